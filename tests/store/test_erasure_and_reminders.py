"""Forgotten means gone (channel rows, /mydata, the files themselves), and reminders one by one, in every store."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot.app import load_content
from bot.journey.engine import Engine
from bot.journey.model import ACTIVE, PAUSED
from bot.service import Service
from bot.store.base import FORGOTTEN_MODERATOR, REMINDER_LEASE_S, Event, ReminderClaim
from tests.fakes import Clock

from .conftest import ALL_STORES, person, save

ROOT = Path(__file__).resolve().parents[2]


# --- forgotten means gone ----------------------------------------------------------------------------
@pytest.mark.stores(*ALL_STORES)
async def test_forget_keeps_the_channels_a_moderator_enabled_but_not_who_did(store):
    await store.set_channel("g1", "c1", True, "test:mod", 1.0)
    await store.set_channel("g1", "c2", True, "test:other", 2.0)
    await store.set_channel("g2", "c3", True, "test:mod", 3.0)
    await store.set_channel("g1", "c1", True, "test:other", 4.0)  # enabled again: the first enabler stays
    exported = await store.export("test:mod")
    assert json.loads(json.dumps(exported)) == exported
    assert exported["channels_enabled"] == [{"guild_id": "g1", "channel_id": "c1", "enabled_at": 1.0},
                                            {"guild_id": "g2", "channel_id": "c3", "enabled_at": 3.0}]
    await store.forget("test:mod")
    assert await store.channels("g1") == ["c1", "c2"] and await store.channels("g2") == ["c3"]
    assert await store.is_enabled("g1", "c1") and await store.is_enabled("g2", "c3")
    assert (await store.export("test:mod"))["channels_enabled"] == []
    assert (await store.export("test:other"))["channels_enabled"] == [
        {"guild_id": "g1", "channel_id": "c2", "enabled_at": 2.0}]


@pytest.mark.stores("sqlite", "postgres", "naive")
async def test_no_channel_row_names_a_forgotten_moderator_in_or_out_of_a_turn(backend, store):
    await store.set_channel("g1", "c1", True, "test:mod", 1.0)
    await store.set_channel("g1", "c2", True, "test:bea", 2.0)
    await store.set_channel("g1", "c3", True, "test:cy", 3.0)
    await save(store, person("test:bea"), [Event("begin", 1.0, "g1")])
    await store.forget("test:mod")
    async with store.person("test:bea") as slot:  # /forget's own path: the turn commits None
        await slot.commit(None, [Event("forget", 5.0)])
    rows = await backend.sql("SELECT channel_id, enabled_by, enabled_at FROM channels ORDER BY channel_id")
    assert rows == [("c1", FORGOTTEN_MODERATOR, 1.0), ("c2", FORGOTTEN_MODERATOR, 2.0), ("c3", "test:cy", 3.0)]


@pytest.mark.stores("sqlite", "naive")
async def test_after_forget_the_id_is_in_neither_the_file_nor_its_log(backend, store):
    gone = "test:erase-me-5e1f0c7d2a"
    db = Path(backend.target)
    wal = db.with_name(db.name + "-wal")
    for i in range(30):  # others around them, so their rows share pages with the rest
        await save(store, person(f"test:stay-{i:02d}"), [Event("begin", 1.0, "g1")])
    for step in range(5):
        await save(store, person(gone, step=step), [Event("begin", 1.0, "g1"), Event(f"stage:{step}", 2.0, "g1")])
    await store.set_reminder(gone, 500.0, 2.0)
    await store.save_plan_item(gone, "what_helps", "a long walk by the river", 2.0)
    await store.set_channel("g1", "c1", True, gone, 3.0)
    needle = gone.encode()
    assert needle in db.read_bytes() + wal.read_bytes()  # it was there to begin with
    await store.forget(gone)
    assert needle not in db.read_bytes()
    assert not wal.exists() or needle not in wal.read_bytes()
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    assert b"a long walk by the river" not in db.read_bytes()
    assert await store.load("test:stay-07") == person("test:stay-07") and await store.is_enabled("g1", "c1")
    await save(store, person("test:after"))  # and the store goes on as before
    assert await store.load("test:after") == person("test:after")


# --- reminders, one by one ---------------------------------------------------------------------------
async def test_claiming_one_leases_the_soonest_and_a_lapsed_lease_comes_due_again(store):
    for pid, due in {"test:a": 50.0, "test:b": 10.0, "test:c": 200.0, "test:d": 30.0}.items():
        await store.set_reminder(pid, due, 1.0)
    assert await store.claim_due_reminder(5.0) is None
    first = await store.claim_due_reminder(100.0)
    assert first == ReminderClaim("test:b", 100.0 + REMINDER_LEASE_S)
    assert await store.reminder("test:b") == 100.0 + REMINDER_LEASE_S  # leased, not deleted
    assert [(await store.claim_due_reminder(100.0, 60.0)).person_id for _ in range(2)] == ["test:d", "test:a"]
    assert await store.claim_due_reminder(100.0) is None  # leased ones are out of reach meanwhile
    # Never settled (a crash, a failure): each comes due again once its lease lapses; ties by person.
    taken = [await store.claim_due_reminder(1000.0) for _ in range(5)]
    assert [c.person_id if c else None for c in taken] == ["test:a", "test:d", "test:c", "test:b", None]


async def test_a_claim_is_settled_or_released_only_while_it_is_still_the_claimed_one(store):
    for pid in ("test:a", "test:b", "test:c", "test:d"):
        await store.set_reminder(pid, 10.0, 1.0)
    a, b, c, d = [await store.claim_due_reminder(20.0) for _ in range(4)]
    assert await store.settle_reminder(a) is True and await store.reminder("test:a") is None
    assert await store.settle_reminder(a) is False
    await store.set_reminder("test:b", 5000.0, 21.0)  # asked again meanwhile: the new one stays
    assert await store.settle_reminder(b) is False and await store.reminder("test:b") == 5000.0
    assert await store.cancel_reminder("test:c") is True  # came back by themselves
    assert await store.settle_reminder(c) is False and await store.release_reminder(c, 30.0) is False
    assert await store.reminder("test:c") is None
    assert await store.release_reminder(d, 300.0) is True  # a retry, later
    assert await store.reminder("test:d") == 300.0
    assert await store.release_reminder(d, 400.0) is False and await store.settle_reminder(d) is False
    assert (await store.claim_due_reminder(300.0)).person_id == "test:d"
    assert await store.claim_due_reminder(300.0) is None


async def test_one_by_one_claimers_in_two_processes_never_take_the_same_reminder(backend, store):
    people = [f"test:{i:03d}" for i in range(120)]
    for i, pid in enumerate(people):
        await store.set_reminder(pid, float(i % 13), 0.0)
    await store.set_reminder("test:later", 1000.0, 0.0)
    stores = [store, await backend.open()]

    async def claimer(claiming) -> list[str]:
        taken: list[str] = []
        while (claim := await claiming.claim_due_reminder(100.0)) is not None:
            assert await claiming.settle_reminder(claim) is True
            taken.append(claim.person_id)
            await asyncio.sleep(0)
        return taken

    claimed = await asyncio.wait_for(asyncio.gather(*(claimer(stores[i % 2]) for i in range(6))), 60)
    everything = [pid for taken in claimed for pid in taken]
    assert sorted(everything) == people  # each once, none lost
    assert await stores[1].reminder("test:later") == 1000.0


# --- the service: a failure for one person never costs another their reminder -----------------------
class Flaky:
    """A store that fails for the people named, in the call named, and is the real store otherwise."""

    def __init__(self, store, fail: dict[str, set[str]]):
        self._store, self.fail = store, fail

    def __getattr__(self, name):
        real = getattr(self._store, name)
        if name not in self.fail:
            return real

        async def call(first, *args, **kw):
            pid = first.person_id if isinstance(first, ReminderClaim) else first
            if pid in self.fail[name]:
                raise RuntimeError("the state cannot be read")
            return await real(first, *args, **kw)

        return call


@pytest.fixture(scope="module")
def content():
    return load_content(ROOT / "dialogues")


def service_over(store, content) -> Service:
    return Service(Engine(content.book), store, replace(content.language, assess=lambda text: None), clock=Clock())


async def paused_with_reminders(store, people, due: float = 10.0) -> None:
    for i, pid in enumerate(people):
        await save(store, person(pid, status=PAUSED))
        await store.set_reminder(pid, due + i, 1.0)  # the first person's is the soonest


@pytest.mark.stores(*ALL_STORES)
async def test_the_first_person_failing_does_not_cost_the_next_two_their_reminders(store, content):
    people = ["test:gone", "test:bea", "test:cy"]
    await paused_with_reminders(store, people)
    flaky = Flaky(store, {"load": {"test:gone"}})
    service = service_over(flaky, content)
    due = await service.due_reminders()
    assert [pid for pid, _ in due] == ["test:bea", "test:cy"]
    assert all("/resume" in reply.text and reply.options[0].command == "resume" for _, reply in due)
    assert await store.reminder("test:bea") is None and await store.reminder("test:cy") is None  # settled
    assert await store.reminder("test:gone") is not None  # left to its lease, not lost
    assert await service.due_reminders() == []  # within the lease: not again, and no one twice
    flaky.fail = {}  # readable again; once the lease lapses it is sent after all, once
    service.clock.now += REMINDER_LEASE_S
    assert [pid for pid, _ in await service.due_reminders()] == ["test:gone"]
    assert await store.reminder("test:gone") is None
    service.clock.now += 10 * REMINDER_LEASE_S
    assert await service.due_reminders() == []


@pytest.mark.stores("memory", "sqlite")
async def test_a_delivery_failing_for_the_first_person_still_delivers_the_next_two(store, content):
    # What the Discord loop gets: each reminder its own, already settled; a deleted account is one item.
    people = ["test:deleted", "test:bea", "test:cy"]
    await paused_with_reminders(store, people)
    delivered: list[str] = []

    async def deliver(pid: str) -> None:
        if pid == "test:deleted":
            raise LookupError("Unknown User")
        delivered.append(pid)

    for pid, _ in await service_over(store, content).due_reminders():
        try:
            await deliver(pid)
        except LookupError:
            pass
    assert delivered == ["test:bea", "test:cy"]
    assert [await store.reminder(pid) for pid in people] == [None, None, None]


@pytest.mark.stores("memory", "sqlite")
async def test_a_failed_settle_or_claim_costs_only_that_reminder(store, content):
    people = ["test:ada", "test:bea", "test:cy"]
    await paused_with_reminders(store, people)
    flaky = Flaky(store, {"settle_reminder": {"test:ada"}})
    assert [pid for pid, _ in await service_over(flaky, content).due_reminders()] == ["test:bea", "test:cy"]
    assert await store.reminder("test:ada") is not None  # comes due again after its lease

    await paused_with_reminders(store, ["test:dan", "test:eve"], due=5.0)
    calls = 0
    real_claim = store.claim_due_reminder

    async def claim_twice(now, lease_s=REMINDER_LEASE_S):
        nonlocal calls
        calls += 1
        if calls > 1:
            raise RuntimeError("database is locked")
        return await real_claim(now, lease_s)

    flaky = Flaky(store, {})
    flaky.claim_due_reminder = claim_twice
    assert [pid for pid, _ in await service_over(flaky, content).due_reminders()] == ["test:dan"]
    assert await store.reminder("test:eve") == 6.0  # not claimed: still due, untouched


@pytest.mark.stores("memory", "sqlite")
async def test_a_person_who_resumed_or_was_erased_gets_nothing_and_their_reminder_goes(store, content):
    await paused_with_reminders(store, ["test:back", "test:erased", "test:waiting"])
    await save(store, person("test:back", status=ACTIVE))
    await store.set_reminder("test:erased", 11.0, 1.0)
    await store.forget("test:erased")
    await store.set_reminder("test:erased", 11.0, 1.0)  # a stray reminder with no one behind it
    assert [pid for pid, _ in await service_over(store, content).due_reminders()] == ["test:waiting"]
    assert [await store.reminder(pid) for pid in ("test:back", "test:erased", "test:waiting")] == [None] * 3


def test_a_checkpoint_a_reader_holds_up_says_so_and_never_raises(tmp_path, caplog):
    import sqlite3

    from bot.store.sqlite_sql import checkpoint

    path = tmp_path / "held.db"
    writer = sqlite3.connect(path, isolation_level=None)
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode=WAL")
        writer.execute("PRAGMA busy_timeout=50")
        writer.execute("CREATE TABLE t (a)")
        writer.execute("INSERT INTO t VALUES (1)")
        reader.execute("BEGIN")
        reader.execute("SELECT * FROM t").fetchall()  # a read snapshot pins the log
        writer.execute("INSERT INTO t VALUES (2)")
        assert checkpoint(writer) is False  # the erasure stays committed; the next one truncates
        assert "could not finish" in caplog.text
        reader.execute("COMMIT")
        assert checkpoint(writer) is True
        assert (tmp_path / "held.db-wal").stat().st_size == 0
    finally:
        reader.close()
        writer.close()
