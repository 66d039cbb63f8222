"""The SQL of the PostgreSQL store: a turn's whole write as one statement (state, journey row and events,
with data-modifying CTEs), erasure as one statement over every per-person table, and the reads, safety-plan,
server-region and reminder-claim statements, each a constant built once. bot/store/postgres.py runs them.
"""

from __future__ import annotations

from bot.store.base import FORGOTTEN_MODERATOR, JOURNEY_COLUMNS, STATE_COLUMNS, funnel_sql

# Per-person tables: erasure deletes a person's rows from each of these.
PERSON_TABLES = ("people", "events", "journeys", "reminders", "safety_plan")

_PARAMS = ", ".join(f"${i}" for i in range(1, len(STATE_COLUMNS) + 1))
UPSERT = (
    f"INSERT INTO people ({', '.join(STATE_COLUMNS)}) VALUES ({_PARAMS}) "
    "ON CONFLICT (person_id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in STATE_COLUMNS[1:])
)


def _events_from(pid: int, first: int) -> str:
    # Events travel as three arrays, so a turn's whole write is one statement and one round trip.
    return (f"INSERT INTO events (person_id, guild_id, kind, at) SELECT ${pid}, g, k, a FROM "
            f"unnest(${first}::text[], ${first + 1}::text[], ${first + 2}::float8[]) AS e(g, k, a)")


# The journey row rides in the same statement as the state: its person is $1, the rest follow the state.
_JOURNEY_FIRST = len(STATE_COLUMNS) + 1
_JOURNEY_UPSERT = (
    f"INSERT INTO journeys ({', '.join(JOURNEY_COLUMNS)}) VALUES ($1, "
    + ", ".join(f"${_JOURNEY_FIRST + i}" for i in range(len(JOURNEY_COLUMNS) - 1)) + ") "
    # The same rule as SQLite's and merge_journey: first server and finish, furthest stage, latest check-ins.
    "ON CONFLICT (person_id, number) DO UPDATE SET"
    " guild_id = COALESCE(journeys.guild_id, excluded.guild_id),"
    " finished_at = COALESCE(journeys.finished_at, excluded.finished_at),"
    " furthest_stage = GREATEST(journeys.furthest_stage, excluded.furthest_stage),"
    " checkin_before = excluded.checkin_before, checkin_after = excluded.checkin_after")
_EVENTS_FIRST = _JOURNEY_FIRST + len(JOURNEY_COLUMNS) - 1

# Data-modifying CTEs all run, referenced or not: state, journey (and events) in one statement.
SAVE = f"WITH saved AS ({UPSERT}) {_JOURNEY_UPSERT}"
SAVE_WITH_EVENTS = (f"WITH saved AS ({UPSERT}), journey AS ({_JOURNEY_UPSERT}) "
                    + _events_from(1, _EVENTS_FIRST))
# Every sub-statement shares one snapshot, so the DELETEs cannot see the events inserted here.
# A channel the person enabled stays enabled, under a fixed label (a constant of the code, never input).
assert "'" not in FORGOTTEN_MODERATOR
ERASE = ("WITH " + ", ".join(f"d_{t} AS (DELETE FROM {t} WHERE person_id = $1)" for t in PERSON_TABLES)
         + f", u_channels AS (UPDATE channels SET enabled_by = '{FORGOTTEN_MODERATOR}' WHERE enabled_by = $1)"
         + " " + _events_from(2, 3))
SELECT_ENABLED = ("SELECT guild_id, channel_id, enabled_at FROM channels WHERE enabled_by = $1 "
                  "ORDER BY enabled_at, guild_id, channel_id")
SELECT = f"SELECT {', '.join(STATE_COLUMNS)} FROM people WHERE person_id = $1"
SELECT_JOURNEYS = ("SELECT number, started_at, finished_at, furthest_stage, checkin_before, checkin_after, "
                   "guild_id FROM journeys WHERE person_id = $1 ORDER BY number")
SELECT_PLAN = "SELECT section, text, updated_at FROM safety_plan WHERE person_id = $1 ORDER BY section"
SAVE_PLAN = ("INSERT INTO safety_plan (person_id, section, text, updated_at) VALUES ($1, $2, $3, $4) "
             "ON CONFLICT (person_id, section) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at")
SET_REGION = ("INSERT INTO guild_settings (guild_id, region) VALUES ($1, $2) "
              "ON CONFLICT (guild_id) DO UPDATE SET region = excluded.region")
FUNNEL = funnel_sql("$1")  # distinct people, each at their furthest stage
# Each claimer locks the due rows it takes and skips rows locked by another, so no reminder is taken twice.
CLAIM = ("WITH claimed AS (DELETE FROM reminders WHERE person_id IN ("
         "SELECT person_id FROM reminders WHERE due_at <= $1 ORDER BY due_at, person_id LIMIT $2 "
         "FOR UPDATE SKIP LOCKED) "
         "RETURNING person_id, due_at) SELECT person_id FROM claimed ORDER BY due_at, person_id")
# One at a time, leased: the due time moves ahead ($2) instead of the row being deleted.
CLAIM_ONE = ("UPDATE reminders SET due_at = $2 WHERE person_id = ("
             "SELECT person_id FROM reminders WHERE due_at <= $1 ORDER BY due_at, person_id LIMIT 1 "
             "FOR UPDATE SKIP LOCKED) RETURNING person_id")
