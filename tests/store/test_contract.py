"""What every store must do, run against memory, SQLite and PostgreSQL alike: state, erasure, channels, ordering,
a server's region. Insight and safety plans: test_contract_insight.py and test_contract_plans.py."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.journey.model import PAUSED
from bot.service import PersonLocks
from bot.store.base import Event

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
