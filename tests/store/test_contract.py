"""What every store must do, run against memory, SQLite and PostgreSQL alike."""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import asdict, replace

import pytest

from bot.journey.model import COMPLETED, PAUSED
from bot.service import PersonLocks
from bot.store.base import Event, Funnel, JourneyRecord

from .conftest import ALL_STORES, person, save


async def test_state_round_trips_and_another_store_sees_it_committed(backend, store):
    await save(store, person())
    await save(store, person(status=PAUSED, node="melody", step=5))
    other = await backend.open()  # a second connection / pool: sees only what was committed
    assert await other.load("test:ada") == person(status=PAUSED, node="melody", step=5)
    assert await other.load("test:nobody") is None


async def test_the_slot_holds_the_last_committed_state(store):
    async with store.person("test:ada") as slot:
        assert slot.state is None
        await slot.commit(person())
        assert slot.state == person()
    async with store.person("test:ada") as slot:
        assert slot.state == person()


@pytest.mark.stores("sqlite", "postgres")
async def test_reopening_keeps_data_and_does_not_reapply_migrations(backend):
    for step in range(3):
        store = await backend.open()
        assert (await store.load("test:ada") or person(step=-1)).step == step - 1
        await save(store, person(step=step))
        await store.close()
        backend.opened.remove(store)


async def test_forget_in_a_turn_erases_state_and_events(store):
    await save(store, person(), [Event("begin", 1.0, "g1")])
    await save(store, person("test:bea"), [Event("begin", 1.0, "g1")])
    async with store.person("test:ada") as slot:
        await slot.commit(None)
        assert slot.state is None
    assert await store.load("test:ada") is None
    assert await store.load("test:bea") == person("test:bea")
    assert await store.count_events("g1") == {"begin": 1}


async def test_forget_erases_outside_a_turn(store):
    await save(store, person(), [Event("begin", 1.0, "g1"), Event("stage:candle", 2.0, "g1")])
    await store.forget("test:ada")
    await store.forget("test:nobody")  # nothing to erase is fine
    assert await store.load("test:ada") is None
    assert await store.count_events() == {}


PERSON_TABLES = ("people", "events", "journeys", "reminders", "safety_plan")


@pytest.mark.stores("sqlite", "postgres")
async def test_after_forget_no_row_names_the_person(backend, store):
    await save(store, person(), [Event("begin", 1.0, "g1")])
    await store.set_reminder("test:ada", 50.0, 2.0)
    await store.save_plan_item("test:ada", "warning_signs", "I stop answering my phone", 2.0)
    assert await backend.sql("SELECT COUNT(*) FROM safety_plan WHERE person_id = 'test:ada'") == [(1,)]
    async with store.person("test:ada") as slot:
        await slot.commit(None, [Event("forget", 2.0)])
    for table in PERSON_TABLES:
        assert await backend.sql(f"SELECT * FROM {table} WHERE person_id = 'test:ada'") == []
    assert (await store.count_events()).get("forget", 0) <= 1


async def test_channels_enable_disable(store):
    await store.set_channel("g1", "c1", True, "mod", 1.0)
    await store.set_channel("g1", "c2", True, "mod", 2.0)
    await store.set_channel("g1", "c1", True, "mod", 3.0)  # twice is fine
    assert await store.channels("g1") == ["c1", "c2"]
    await store.set_channel("g1", "c1", False, "mod", 4.0)
    await store.set_channel("g1", "c9", False, "mod", 4.0)  # disabling what was never on is fine
    assert await store.channels("g1") == ["c2"]
    assert not await store.is_enabled("g1", "c1") and await store.is_enabled("g1", "c2")
    assert await store.channels("g2") == [] and not await store.is_enabled("g2", "c2")


async def test_count_events_counts_people_per_label(store):
    await save(store, person("test:a"), [Event("begin", 1.0, "g1"), Event("stage:candle", 2.0, "g1")])
    await save(store, person("test:a", step=5), [Event("stage:candle", 3.0, "g1")])
    await save(store, person("test:b"), [Event("begin", 1.0, "g2")])
    await save(store, person("test:c"), [Event("begin", 1.0)])
    assert await store.count_events("g1") == {"begin": 1, "stage:candle": 1}
    assert await store.count_events() == {"begin": 3, "stage:candle": 1}


@pytest.mark.stores("sqlite", "postgres")
async def test_a_damaged_row_reads_as_a_fresh_start(backend, store):
    await save(store, person())
    await backend.sql("UPDATE people SET vars = 'not json' WHERE person_id = 'test:ada'")
    # SQLite keeps the states it wrote in memory; its next write notices the other connection's.
    await save(store, person("test:someone-else"))
    assert await store.load("test:ada") is None
    async with store.person("test:ada") as slot:
        assert slot.state is None
        await slot.commit(person(step=1))  # and the next turn repairs it
    assert (await store.load("test:ada")).step == 1


@pytest.mark.stores("sqlite", "postgres")
async def test_a_failed_write_rolls_back_and_the_store_keeps_working(store):
    await save(store, person())
    with pytest.raises(Exception):  # noqa: B017 - sqlite3's IntegrityError or asyncpg's CheckViolationError
        await save(store, person("test:bad", status="lost"), [Event("begin", 1.0)])  # violates CHECK
    assert await store.load("test:bad") is None
    assert await store.count_events() == {}
    await save(store, person(step=9))
    assert (await store.load("test:ada")).step == 9


async def test_a_turn_that_does_not_commit_changes_nothing(store):
    await save(store, person())
    async with store.person("test:ada") as slot:
        assert slot.state == person()
    with pytest.raises(RuntimeError):
        async with store.person("test:ada"):
            raise RuntimeError("the engine failed mid-turn")
    assert await store.load("test:ada") == person()
    await asyncio.wait_for(save(store, person(step=7)), 5)  # nothing is left locked
    assert (await store.load("test:ada")).step == 7


async def increment(store, locks: PersonLocks, pid: str, events=()) -> None:
    """One turn that adds one to a person's step: a lost update shows as a missing step."""
    async with locks.hold(pid):
        async with store.person(pid) as slot:
            current = slot.state or person(pid, step=0)
            await asyncio.sleep(0)  # let other turns try to interleave
            await slot.commit(replace(current, step=current.step + 1), events)


async def test_one_persons_turns_stay_ordered_in_one_process(store):
    locks = PersonLocks()
    await asyncio.gather(*(increment(store, locks, "test:ada", [Event("turn", float(i))]) for i in range(60)))
    assert (await store.load("test:ada")).step == 60


@pytest.mark.stores("postgres")
async def test_one_persons_turns_stay_ordered_across_processes(backend):
    stores = [await backend.open(), await backend.open()]  # two pools: two bot processes
    locks = [PersonLocks(), PersonLocks()]  # each process has only its own in-memory locks
    turns = [increment(stores[i % 2], locks[i % 2], "test:ada") for i in range(200)]
    others = [increment(stores[i % 2], locks[i % 2], f"test:{i % 5}") for i in range(50)]
    await asyncio.gather(*turns, *others)
    assert (await stores[0].load("test:ada")).step == 200
    assert [(await stores[1].load(f"test:{i}")).step for i in range(5)] == [10] * 5


async def test_many_people_at_once_each_keep_their_own_state(store):
    people = [person(f"test:{i}", step=i, vars={"figure": f"friend {i}"}) for i in range(120)]
    await asyncio.gather(*(save(store, p, [Event("begin", 1.0, "g1")]) for p in people))
    assert await asyncio.gather(*(store.load(p.person_id) for p in people)) == people
    assert await store.count_events("g1") == {"begin": 120}


async def test_text_round_trips_exactly(store):
    odd = person("test:ünï", vars={"figure": "a 'quoted' \"friend\"; DROP TABLE people; --", "emoji": "🕯️"},
                 reframes_seen=tuple(f"theme.{i}" for i in range(200)))
    await save(store, odd)
    assert await store.load("test:ünï") == odd


# --- insight: journeys, funnel, export, reminders --------------------------------------------------


def walk(pid: str = "test:ada", number: int = 1, stage: str = "abyss", at: float = 100.0, **changes):
    """A state `number` journeys in, at `stage`; started at `at` unless said otherwise."""
    values = dict(journeys=number, stage=stage, node="n", vars={}, reframes_seen=(), step=0,
                  started_at=at, updated_at=at)
    return person(pid, **(values | changes))


def checkins(before: int | None = None, after: int | None = None) -> dict[str, str]:
    """A state's vars holding the given check-in scores."""
    found = {"_checkin_before": before, "_checkin_after": after}
    return {"figure": "a friend"} | {k: str(v) for k, v in found.items() if v is not None}


async def test_journey_rows_follow_begin_progress_completion_and_restart(store):
    await save(store, walk(at=100.0), [Event("begin", 100.0, "g1"), Event("stage:abyss", 100.0, "g1")])
    assert await store.journeys("test:ada") == [JourneyRecord(1, 100.0, None, 1, None, None, "g1")]
    await save(store, walk(stage="candle", at=100.0, updated_at=110.0, vars=checkins(3)),
               [Event("stage:candle", 110.0)])  # a later turn from DMs: no server
    await save(store, walk(stage="waking", at=100.0, updated_at=130.0, status=COMPLETED, vars=checkins(3, 8)),
               [Event("complete", 130.0)])
    await save(store, walk(stage="waking", at=100.0, updated_at=150.0, status=COMPLETED, vars=checkins(3, 8)))
    assert await store.journeys("test:ada") == [JourneyRecord(1, 100.0, 130.0, 7, 3, 8, "g1")]  # first finish
    await save(store, walk(number=2, at=200.0), [Event("begin", 200.0, "g2")])  # begin again, elsewhere
    await save(store, walk(number=2, stage="tunnel", at=200.0, updated_at=210.0))
    assert await store.journeys("test:ada") == [JourneyRecord(1, 100.0, 130.0, 7, 3, 8, "g1"),
                                                JourneyRecord(2, 200.0, None, 2, None, None, "g2")]
    assert await store.journeys("test:nobody") == []


async def test_a_journey_keeps_its_first_server_and_its_furthest_stage(store):
    await save(store, walk(stage="lake"), [Event("begin", 100.0, "g1")])
    await save(store, walk(stage="figure", updated_at=120.0), [Event("begin", 120.0, "g2")])
    await save(store, walk(stage="tunnel", updated_at=130.0))  # moved back (e.g. repaired): still reached 5
    assert await store.journeys("test:ada") == [JourneyRecord(1, 100.0, None, 5, None, None, "g1")]
    # Restarting is a new journey: the abandoned one keeps how far it went.
    await save(store, walk(number=2, at=300.0), [Event("begin", 300.0, "g1")])
    trips = await store.journeys("test:ada")
    assert [(t.number, t.furthest_stage, t.finished_at) for t in trips] == [(1, 5, None), (2, 1, None)]


async def test_a_journey_begun_in_dms_has_no_server(store):
    await save(store, walk(), [Event("begin", 100.0), Event("stage:abyss", 100.0, "g1")])  # begin names none
    await save(store, walk(stage="tunnel", updated_at=110.0), [Event("stage:tunnel", 110.0, "g1")])
    assert (await store.journeys("test:ada"))[0].guild_id is None
    assert await store.funnel("g1") == Funnel(0, 0, {n: 0 for n in range(1, 8)})


async def test_check_ins_take_the_latest_answer(store):
    await save(store, walk(vars=checkins()), [Event("begin", 100.0, "g1")])
    trip = (await store.journeys("test:ada"))[0]
    assert (trip.checkin_before, trip.checkin_after) == (None, None)
    await save(store, walk(updated_at=101.0, vars=checkins(0)))
    trip = (await store.journeys("test:ada"))[0]
    assert (trip.checkin_before, trip.checkin_after) == (0, None)  # zero is an answer, not a missing one
    await save(store, walk(updated_at=102.0, vars=checkins(4)))
    await save(store, walk(stage="waking", updated_at=103.0, status=COMPLETED, vars=checkins(4, 10)))
    trip = (await store.journeys("test:ada"))[0]
    assert (trip.checkin_before, trip.checkin_after, trip.finished_at) == (4, 10, 103.0)


async def test_funnel_counts_people_who_began_from_a_server(store):
    stages = {"test:a": "waking", "test:b": "candle", "test:c": "abyss", "test:d": "tunnel"}
    for pid, stage in stages.items():
        await save(store, walk(pid), [Event("begin", 100.0, "g1")])
        done = stage == "waking"
        await save(store, walk(pid, stage=stage, updated_at=110.0, status=COMPLETED if done else "active"),
                   [Event("complete", 110.0, "g1")] if done else [])
    await save(store, walk("test:a", number=2, at=200.0), [Event("begin", 200.0, "g1")])  # a second journey
    await save(store, walk("test:e", stage="lake"), [Event("begin", 100.0, "g2")])
    await save(store, walk("test:f", stage="lake"), [Event("begin", 100.0)])
    # People, not journeys: test:a's second journey (back at stage 1) leaves them counted once, at stage 7.
    assert await store.funnel("g1") == Funnel(4, 1, {1: 4, 2: 3, 3: 2, 4: 1, 5: 1, 6: 1, 7: 1})
    assert await store.funnel("g2") == Funnel(1, 0, {1: 1, 2: 1, 3: 1, 4: 1, 5: 0, 6: 0, 7: 0})
    assert await store.funnel("g9") == Funnel(0, 0, {n: 0 for n in range(1, 8)})


async def test_funnel_counts_people_given_crisis_care_from_a_server(store):
    await save(store, walk("test:a"), [Event("begin", 100.0, "g1"), Event("crisis", 101.0, "g1"),
                                       Event("help-now", 101.0, "g1")])
    await save(store, walk("test:a", updated_at=102.0), [Event("crisis", 102.0, "g1")])  # the same person again
    await save(store, walk("test:b"), [Event("begin", 100.0, "g1"), Event("check", 101.0, "g1"),
                                       Event("check:no", 102.0, "g1"), Event("reframe:burden", 103.0, "g1")])
    await save(store, walk("test:c"), [Event("crisis", 101.0, "g2"), Event("crisis", 102.0)])
    funnel = await store.funnel("g1")
    assert funnel.care == {"crisis": 1, "help-now": 1, "check": 1, "check:no": 1}  # people, not messages
    assert (await store.funnel("g2")).care == {"crisis": 1}


async def test_export_holds_everything_about_one_person_and_nobody_else(store):
    state = walk(stage="candle", updated_at=110.0, vars=checkins(6), reframes_seen=("failure.1",), step=4)
    await save(store, walk(), [Event("begin", 100.0, "g1"), Event("stage:abyss", 100.0, "g1")])
    await save(store, state, [Event("stage:candle", 110.0)])
    await store.set_reminder("test:ada", 5000.0, 120.0)
    await save(store, walk("test:bea"), [Event("begin", 100.0, "g1")])
    await store.set_reminder("test:bea", 6000.0, 120.0)
    exported = await store.export("test:ada")
    assert json.loads(json.dumps(exported)) == exported  # plain JSON, nothing lost on the way
    assert exported == {
        "person_id": "test:ada",
        "state": asdict(state) | {"vars": dict(state.vars), "reframes_seen": list(state.reframes_seen)},
        "journeys": [{"number": 1, "started_at": 100.0, "finished_at": None, "furthest_stage": 3,
                      "checkin_before": 6, "checkin_after": None, "guild_id": "g1"}],
        "events": [{"kind": "begin", "at": 100.0, "guild_id": "g1"},
                   {"kind": "stage:abyss", "at": 100.0, "guild_id": "g1"},
                   {"kind": "stage:candle", "at": 110.0, "guild_id": None}],
        "reminder": {"due_at": 5000.0, "created_at": 120.0},
        "safety_plan": {},  # always there: none written is shown as none
        "channels_enabled": [],  # likewise: channels they enabled as a moderator
        "delivered_step": -1,  # how far their replies reached them: none reported yet
    }
    assert await store.export("test:nobody") == {"person_id": "test:nobody", "state": None, "journeys": [],
                                                 "events": [], "reminder": None, "safety_plan": {},
                                                 "channels_enabled": [], "delivered_step": None}


async def test_one_pending_reminder_per_person_set_replace_cancel(store):
    assert await store.reminder("test:ada") is None
    await store.set_reminder("test:ada", 500.0, 100.0)
    assert await store.reminder("test:ada") == 500.0
    await store.set_reminder("test:ada", 900.0, 200.0)  # a new one replaces the old
    assert await store.reminder("test:ada") == 900.0
    assert (await store.export("test:ada"))["reminder"] == {"due_at": 900.0, "created_at": 200.0}
    await store.set_reminder("test:bea", 400.0, 100.0)
    assert await store.cancel_reminder("test:ada") is True
    assert await store.cancel_reminder("test:ada") is False
    assert await store.cancel_reminder("test:nobody") is False
    assert await store.reminder("test:ada") is None and await store.reminder("test:bea") == 400.0
    assert await store.claim_due_reminders(1000.0) == ["test:bea"]  # the cancelled one never comes due


async def test_claiming_takes_due_reminders_soonest_first_and_only_once(store):
    for pid, due in {"test:a": 50.0, "test:b": 10.0, "test:c": 200.0, "test:d": 30.0, "test:e": 100.0}.items():
        await store.set_reminder(pid, due, 1.0)
    assert await store.claim_due_reminders(5.0) == []
    assert await store.claim_due_reminders(100.0, limit=2) == ["test:b", "test:d"]
    assert await store.claim_due_reminders(100.0) == ["test:a", "test:e"]  # due at exactly `now` counts
    assert await store.claim_due_reminders(100.0) == []
    assert await store.reminder("test:c") == 200.0
    await store.set_reminder("test:b", 150.0, 101.0)  # a claimed person may ask again
    assert await store.claim_due_reminders(1000.0) == ["test:b", "test:c"]
    assert await store.reminder("test:c") is None


async def test_reminders_due_together_are_claimed_in_person_order(store):
    for pid in ("test:c", "test:a", "test:b"):
        await store.set_reminder(pid, 7.0, 1.0)
    assert await store.claim_due_reminders(7.0, limit=2) == ["test:a", "test:b"]
    assert await store.claim_due_reminders(7.0, limit=2) == ["test:c"]


async def test_concurrent_claimers_never_take_the_same_reminder(backend, store):
    people = [f"test:{i:03d}" for i in range(300)]
    for i, pid in enumerate(people):
        await store.set_reminder(pid, float(i % 17), 0.0)
    await store.set_reminder("test:later", 1000.0, 0.0)
    stores = [store, await backend.open()]  # on SQLite and PostgreSQL: two connections, as two processes

    async def claimer(claiming) -> list[str]:
        taken: list[str] = []
        while batch := await claiming.claim_due_reminders(100.0, limit=7):
            taken += batch
            await asyncio.sleep(0)
        return taken

    claimed = await asyncio.wait_for(asyncio.gather(*(claimer(stores[i % 2]) for i in range(8))), 60)
    everything = [pid for taken in claimed for pid in taken]
    assert len(everything) == len(set(everything)) == len(people)  # each sent once, none lost
    assert set(everything) == set(people)
    assert await stores[1].reminder("test:later") == 1000.0


async def test_erasure_removes_journeys_and_reminders(store):
    for pid in ("test:ada", "test:bea", "test:cy"):
        await save(store, walk(pid), [Event("begin", 100.0, "g1")])
        await store.set_reminder(pid, 500.0, 100.0)
    await store.forget("test:ada")
    async with store.person("test:bea") as slot:
        await slot.commit(None)
    for pid in ("test:ada", "test:bea"):
        assert await store.journeys(pid) == [] and await store.reminder(pid) is None
        assert await store.export(pid) == {"person_id": pid, "state": None, "journeys": [], "events": [],
                                           "reminder": None, "safety_plan": {}, "channels_enabled": [],
                                           "delivered_step": None}
    assert await store.claim_due_reminders(1000.0) == ["test:cy"]
    assert len(await store.journeys("test:cy")) == 1
    assert await store.funnel("g1") == Funnel(1, 0, {1: 1} | {n: 0 for n in range(2, 8)})


async def test_store_calls_inside_many_turns_at_once_do_not_starve(store):
    # The service cancels a pending reminder inside the turn of someone who comes back; with more people
    # arriving at once than a pool has connections, that call must not wait for a connection forever.
    async def come_back(pid: str) -> None:
        async with store.person(pid) as slot:
            await store.set_reminder(pid, 500.0, 100.0)
            await asyncio.sleep(0.01)  # every turn holds its place at the same time
            assert await store.cancel_reminder(pid) is True
            assert await store.reminder(pid) is None
            # A crisis reply in a turn reads the server's region; a safety plan is written in care mode.
            assert await store.guild_region("g1") == "NZ"
            await store.save_plan_item(pid, "what_helps", f"a walk, {pid}", 100.0)
            assert await store.plan(pid) == {"what_helps": f"a walk, {pid}"}
            await slot.commit(walk(pid), [Event("resume", 100.0)])
            assert await store.load(pid) == walk(pid)

    await store.set_guild_region("g1", "NZ")
    people = [f"test:{i}" for i in range(40)]
    await asyncio.wait_for(asyncio.gather(*(come_back(pid) for pid in people)), 30)
    assert [await store.reminder(pid) for pid in people] == [None] * len(people)
    assert [await store.plan(pid) for pid in people] == [{"what_helps": f"a walk, {pid}"} for pid in people]
    assert await store.claim_due_reminders(1000.0) == []


# --- safety plans: a person's own words, kept only for them -----------------------------------------
# The one place a person's words are stored (after they said yes): in /mydata, erased by /forget,
# never seen by anyone else, never logged. Every store, the bench's naive one included.

PLAN_A = {"warning_signs": "When I stop answering my phone", "what_helps": "Walking the dog; rain on the roof",
          "people_to_ask": "My sister Jo, 021 555 0101"}


async def write_plan(store, pid: str, items: dict[str, str], now: float = 100.0) -> None:
    for section, text in items.items():
        await store.save_plan_item(pid, section, text, now)


@pytest.mark.stores(*ALL_STORES)
async def test_plan_items_are_saved_overwritten_and_read(backend, store):
    assert await store.plan("test:ada") == {}
    await write_plan(store, "test:ada", PLAN_A)
    assert await store.plan("test:ada") == PLAN_A
    await store.save_plan_item("test:ada", "what_helps", "Music, loud", 200.0)  # the same section again
    assert await store.plan("test:ada") == PLAN_A | {"what_helps": "Music, loud"}
    other = await backend.open()  # another connection / pool sees it committed
    assert await other.plan("test:ada") == PLAN_A | {"what_helps": "Music, loud"}
    assert (await store.export("test:ada"))["safety_plan"]["what_helps"] == {"text": "Music, loud",
                                                                             "updated_at": 200.0}


@pytest.mark.stores(*ALL_STORES)
async def test_plans_are_kept_apart_between_people(store):
    await write_plan(store, "test:ada", PLAN_A)
    await write_plan(store, "test:bea", {"warning_signs": "Bea's own words", "reasons": "My garden"})
    assert await store.plan("test:ada") == PLAN_A
    assert await store.plan("test:bea") == {"warning_signs": "Bea's own words", "reasons": "My garden"}
    assert await store.plan("test:ad") == {} and await store.plan("test:ada ") == {}
    await store.delete_plan("test:bea")
    assert await store.plan("test:bea") == {} and await store.plan("test:ada") == PLAN_A
    await write_plan(store, "test:bea", {"reasons": "My garden"})
    await store.forget("test:ada")
    assert await store.plan("test:ada") == {} and await store.plan("test:bea") == {"reasons": "My garden"}


@pytest.mark.stores(*ALL_STORES)
async def test_forget_erases_the_plan_outside_and_inside_a_turn(store):
    for pid in ("test:ada", "test:bea", "test:cy"):
        await save(store, person(pid))
        await write_plan(store, pid, PLAN_A)
    await store.forget("test:ada")
    async with store.person("test:bea") as slot:
        await slot.commit(None, [Event("forget", 2.0)])
    for pid in ("test:ada", "test:bea"):
        assert await store.plan(pid) == {}
        assert (await store.export(pid))["safety_plan"] == {}
    assert await store.plan("test:cy") == PLAN_A
    await store.forget("test:dee")  # someone with no plan (and nothing else) is fine


@pytest.mark.stores(*ALL_STORES)
async def test_export_includes_the_plan_and_nobody_elses(store):
    await save(store, person())
    await write_plan(store, "test:ada", {"warning_signs": "When I stop answering my phone"}, now=100.0)
    await store.save_plan_item("test:ada", "reasons", "Seeing my niece grow up", 150.5)
    await write_plan(store, "test:bea", {"reasons": "Not Ada's words"})
    exported = await store.export("test:ada")
    assert json.loads(json.dumps(exported)) == exported
    assert exported["safety_plan"] == {
        "warning_signs": {"text": "When I stop answering my phone", "updated_at": 100.0},
        "reasons": {"text": "Seeing my niece grow up", "updated_at": 150.5}}
    assert "Not Ada's words" not in json.dumps(exported)
    assert (await store.export("test:nobody"))["safety_plan"] == {}


@pytest.mark.stores(*ALL_STORES)
async def test_delete_plan_erases_the_plan_and_nothing_else(store):
    await save(store, person(), [Event("begin", 1.0, "g1")])
    await store.set_reminder("test:ada", 500.0, 1.0)
    await write_plan(store, "test:ada", PLAN_A)
    await store.delete_plan("test:ada")
    await store.delete_plan("test:ada")  # twice, or with no plan at all, is fine
    await store.delete_plan("test:nobody")
    assert await store.plan("test:ada") == {}
    assert await store.load("test:ada") == person()
    assert await store.reminder("test:ada") == 500.0
    assert len(await store.journeys("test:ada")) == 1
    await store.save_plan_item("test:ada", "what_helps", "Starting again", 3.0)  # a new plan after deleting
    assert await store.plan("test:ada") == {"what_helps": "Starting again"}


@pytest.mark.stores(*ALL_STORES)
async def test_plan_text_round_trips_exactly_up_to_1000_characters(store):
    odd = {"warning_signs": "line one\nline two\t'quoted' \"double\"; DROP TABLE safety_plan; --",
           "reasons": "🕯️ ünïcödé 日本語 " + "é" * 900, "what_helps": "", "full": "ø" * 1000}
    await write_plan(store, "test:ünï", odd)
    assert await store.plan("test:ünï") == odd
    assert len((await store.plan("test:ünï"))["full"]) == 1000  # characters, not bytes: 2,000 bytes of UTF-8


@pytest.mark.stores(*ALL_STORES)
async def test_a_plan_item_too_long_is_refused_naming_no_words(store):
    await store.save_plan_item("test:ada", "what_helps", "Walking", 1.0)
    secret = "my own words " + "x" * 1000
    with pytest.raises(ValueError) as refused:
        await store.save_plan_item("test:ada", "what_helps", secret, 2.0)
    assert "my own words" not in str(refused.value) and "1000" in str(refused.value).replace(",", "")
    for section in ("", "s" * 65):
        with pytest.raises(ValueError):
            await store.save_plan_item("test:ada", section, "fine", 2.0)
    assert await store.plan("test:ada") == {"what_helps": "Walking"}  # nothing changed
    await store.save_plan_item("test:ada", "what_helps", "Walking, still", 3.0)  # and the store works on
    assert await store.plan("test:ada") == {"what_helps": "Walking, still"}


@pytest.mark.stores("sqlite", "postgres", "naive")
async def test_the_table_itself_refuses_more_than_1000_characters(backend, store):
    with pytest.raises(Exception, match="(?i)check"):
        await backend.sql("INSERT INTO safety_plan (person_id, section, text, updated_at) "
                          f"VALUES ('test:ada', 'reasons', '{'é' * 1001}', 1.0)")
    assert await store.plan("test:ada") == {}


@pytest.mark.stores(*ALL_STORES)
async def test_plan_words_never_reach_the_log(store, caplog):
    caplog.set_level(logging.DEBUG)  # the most a deployment can turn on
    words = "the bridge on Elm Street scares me"
    await save(store, person())
    await store.save_plan_item("test:ada", "make_safe", words, 1.0)
    await store.plan("test:ada")
    await store.export("test:ada")
    with pytest.raises(ValueError):
        await store.save_plan_item("test:ada", "make_safe", words * 40, 2.0)
    await store.delete_plan("test:ada")
    await store.save_plan_item("test:ada", "make_safe", words, 3.0)
    await store.forget("test:ada")
    assert not [r for r in caplog.records if "Elm Street" in r.getMessage()]


@pytest.mark.stores("memory", "sqlite")
async def test_a_plan_item_and_an_erasure_asked_together_keep_their_order(store):
    # In one process the SQLite store puts both in one write batch: the erasure, asked last, wins.
    await save(store, person())
    await asyncio.gather(store.save_plan_item("test:ada", "reasons", "first", 1.0), store.forget("test:ada"))
    assert await store.plan("test:ada") == {}
    await asyncio.gather(store.forget("test:ada"), store.save_plan_item("test:ada", "reasons", "after", 2.0))
    assert await store.plan("test:ada") == {"reasons": "after"}


@pytest.mark.stores(*ALL_STORES)
async def test_a_plan_item_saved_inside_a_turn_is_kept_with_the_turn(backend, store):
    async with store.person("test:ada") as slot:
        await store.save_plan_item("test:ada", "reasons", "My cat", 1.0)
        assert await store.plan("test:ada") == {"reasons": "My cat"}  # the turn sees its own write
        await slot.commit(person(), [Event("plan:saved", 1.0)])
    assert await (await backend.open()).plan("test:ada") == {"reasons": "My cat"}


# --- a server's crisis-line region ---------------------------------------------------------------------


@pytest.mark.stores(*ALL_STORES)
async def test_guild_region_set_replace_and_clear(backend, store):
    assert await store.guild_region("g1") is None
    await store.set_guild_region("g1", "NZ")
    await store.set_guild_region("g2", "FR")
    assert await store.guild_region("g1") == "NZ" and await store.guild_region("g2") == "FR"
    await store.set_guild_region("g1", "AU")  # a new choice replaces the old
    assert await store.guild_region("g1") == "AU"
    assert await (await backend.open()).guild_region("g1") == "AU"
    await store.set_guild_region("g1", None)
    await store.set_guild_region("g1", None)  # clearing twice, or what was never set, is fine
    await store.set_guild_region("g9", None)
    assert await store.guild_region("g1") is None and await store.guild_region("g9") is None
    assert await store.guild_region("g2") == "FR"  # the other server keeps its own
    await store.set_guild_region("g1", "intl")
    assert await store.guild_region("g1") == "intl"
    for bad in ("", "r" * 33):
        with pytest.raises(ValueError):
            await store.set_guild_region("g1", bad)
    assert await store.guild_region("g1") == "intl"


@pytest.mark.stores(*ALL_STORES)
async def test_forgetting_a_person_leaves_server_settings_alone(store):
    await store.set_guild_region("g1", "IE")
    await save(store, person(), [Event("begin", 1.0, "g1")])
    await store.forget("test:ada")
    assert await store.guild_region("g1") == "IE"
