"""SQL for the store's housekeeping, the same text for SQLite and PostgreSQL but for placeholders:
who has been inactive since a cut-off (retention) and a server's settings dropped when the bot leaves it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

# Anything written about a person counts as activity; a reminder counts until it is due.
_ACTIVITY = ("SELECT person_id, updated_at AS at FROM people"
             " UNION ALL SELECT person_id, at FROM events"
             " UNION ALL SELECT person_id, COALESCE(finished_at, started_at) FROM journeys"
             " UNION ALL SELECT person_id, due_at FROM reminders"
             " UNION ALL SELECT person_id, updated_at FROM safety_plan")
# The per-server tables: what a server's moderators set (people's own rows are theirs, and stay).
GUILD_TABLES = ("channels", "guild_settings")


def inactive_sql(cutoff: str, limit: str) -> str:
    """Person ids whose latest activity is before the cut-off, in id order (placeholders "?" or "$1", "$2")."""
    return (f"SELECT person_id FROM ({_ACTIVITY}) AS activity GROUP BY person_id HAVING MAX(at) < {cutoff} "
            f"ORDER BY person_id LIMIT {limit}")


def forget_guild_sql(param: str) -> tuple[str, ...]:
    """The statements that drop one server's settings (its id is `param`)."""
    return tuple(f"DELETE FROM {table} WHERE guild_id = {param}" for table in GUILD_TABLES)


INACTIVE_SQLITE = inactive_sql("?", "?")
INACTIVE_POSTGRES = inactive_sql("$1", "$2")
FORGET_GUILD_POSTGRES = forget_guild_sql("$1")


@dataclass(frozen=True, slots=True)
class ForgetGuild:
    """A SQLite write op (bot.store.sqlite_sql.write_batch): one server's enabled channels and settings go."""

    guild_id: str

    def write(self, conn: sqlite3.Connection) -> None:
        for sql in forget_guild_sql("?"):
            conn.execute(sql, (self.guild_id,))
