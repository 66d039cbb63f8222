"""Group commit keeps its promise: a turn acknowledged is a turn stored, even across kill -9.

The crash test runs this file as a child process (`python -m tests.store.test_group_commit`):
many simulated people walk the real journey through the real service on a SQLite file, and the
child prints `person step` after every `service.handle` returns, which is after the commit.
The parent SIGKILLs it at a random moment, then checks the file against what was acknowledged.
"""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.config import DEFAULT_DIALOGUES
from bot.store.base import STATE_COLUMNS, Event, row_to_state
from bot.store.sqlite import SqliteStore
from bot.store.sqlite_reminders import PendingReminder

from .conftest import person, save

# Tests of what the file gives back read it with no states kept in memory (cache_people=0);
# test_sqlite_cache.py covers the states kept.

ROOT = Path(__file__).resolve().parents[2]


async def _child(db: Path, people: int) -> None:
    """Walk `people` simulated people forever, printing each acknowledged turn."""
    from bot.app import load_content
    from bot.bench.people import crowd
    from bot.journey.engine import Engine
    from bot.service import Service
    from bot.store import sqlite

    committed: dict[str, int] = {}
    real_commit = sqlite._Slot.commit

    async def commit(slot, state, events=()):  # remember what each person's last commit stored
        await real_commit(slot, state, events)
        committed[slot.person_id] = state.step if state is not None else -1

    sqlite._Slot.commit = commit
    content = load_content(DEFAULT_DIALOGUES)
    store = await SqliteStore.open(db)
    service = Service(Engine(content.book), store, content.language)
    out = sys.stdout

    async def walk(walker) -> None:
        while True:
            walker.saw(await service.handle(walker.next()))
            if walker.id in committed:
                out.write(f"{walker.id} {committed[walker.id]}\n")
                out.flush()

    await asyncio.gather(*(walk(w) for w in crowd(people, "crash", seed=os.getpid())))


def _acknowledged(lines: bytes) -> dict[str, int]:
    """The highest acknowledged step per person; a line cut short by the kill does not count."""
    acked: dict[str, int] = {}
    for line in lines.decode("utf-8", "replace").split("\n")[:-1]:
        pid, step = line.split()
        acked[pid] = max(acked.get(pid, -1), int(step))
    return acked


def _run_and_kill(db: Path, rng: random.Random) -> dict[str, int]:
    """Start the child, let it acknowledge a random number of turns, SIGKILL it, return its acks."""
    child = subprocess.Popen([sys.executable, "-m", "tests.store.test_group_commit", str(db)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    target = rng.randint(500, 15000)
    received = bytearray()
    deadline = time.monotonic() + 30
    try:
        while received.count(b"\n") < target and time.monotonic() < deadline:
            chunk = os.read(child.stdout.fileno(), 65536)
            if not chunk:
                break
            received += chunk
        child.send_signal(signal.SIGKILL)
        received += child.stdout.read()  # what it printed before dying is acknowledged too
    finally:
        child.kill()
        child.wait(timeout=10)
        child.stdout.close()
        errors = child.stderr.read().decode()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL, f"child ended on its own:\n{errors}"
    acked = _acknowledged(bytes(received))
    assert len(acked) > 10, f"child acknowledged too little before the kill:\n{errors}"
    return acked


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_9_loses_no_acknowledged_turn_and_leaves_valid_states(tmp_path, seed):
    from bot.app import load_content
    from bot.journey.engine import valid

    book = load_content(DEFAULT_DIALOGUES).book
    db = tmp_path / "crash.db"
    acked = _run_and_kill(db, random.Random(seed))
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = raw.execute(f"SELECT {', '.join(STATE_COLUMNS)} FROM people").fetchall()
    raw.close()
    stored = {row[0]: row_to_state(row) for row in rows}  # raises on any damaged row
    for pid, step in acked.items():
        assert pid in stored, f"{pid}'s acknowledged turn (step {step}) is gone"
        assert stored[pid].step >= step, f"{pid}: stored step {stored[pid].step} < acknowledged {step}"
    invalid = [pid for pid, state in stored.items() if not valid(book, state)]
    assert not invalid, f"invalid states after the kill: {invalid[:5]}"


async def test_one_bad_turn_fails_alone_and_the_batch_commits(tmp_path):
    store = await SqliteStore.open(tmp_path / "w.db", cache_people=0)
    try:
        good = [person(f"test:{i}", step=i) for i in range(50)]
        outcomes = await asyncio.gather(*(save(store, p) for p in good[:25]),
                                        save(store, person("test:bad", status="lost")),
                                        *(save(store, p) for p in good[25:]), return_exceptions=True)
        assert isinstance(outcomes[25], sqlite3.IntegrityError)
        assert [o for i, o in enumerate(outcomes) if i != 25] == [None] * 50
        assert await asyncio.gather(*(store.load(p.person_id) for p in good)) == good
        assert await store.load("test:bad") is None
    finally:
        await store.close()


async def test_a_batch_keeps_the_order_of_saves_and_erasures(tmp_path):
    store = await SqliteStore.open(tmp_path / "w.db")
    try:
        ada1, ada2, bea1, bea2 = [await store.person(pid).__aenter__() for pid in ("test:ada",) * 2 + ("test:bea",) * 2]
        before = store._writes.batches
        await asyncio.gather(  # one batch: the last write for each person wins, in submission order
            ada1.commit(person("test:ada", step=1), [Event("begin", 1.0)]),
            store.forget("test:ada"),
            ada2.commit(person("test:ada", step=3), [Event("resume", 3.0)]),
            bea1.commit(person("test:bea", step=1)),
            bea2.commit(person("test:bea", step=2)),
            store.forget("test:cy"),
        )
        assert store._writes.batches == before + 1
        assert (await store.load("test:ada")).step == 3
        assert (await store.load("test:bea")).step == 2
        assert await store.count_events() == {"resume": 1}
    finally:
        await store.close()


async def test_many_concurrent_turns_make_few_transactions(tmp_path):
    store = await SqliteStore.open(tmp_path / "w.db", cache_people=0)
    try:
        people = [person(f"test:{i}", step=i) for i in range(3000)]
        await asyncio.gather(*(save(store, p) for p in people))
        assert store._writes.items == 3000 and store._writes.batches <= 3
        assert await asyncio.gather(*(store.load(p.person_id) for p in people)) == people
    finally:
        await store.close()


async def test_a_batch_is_a_few_statements_however_many_turns_it_holds(tmp_path):
    store = await SqliteStore.open(tmp_path / "w.db")
    seen: list[str] = []  # what SQLite itself was asked to run, on the writer
    hops = {"writes": 0, "reads": 0}
    write, read = store._writer.run, store._reader.run

    def counted_write(function, *args):
        hops["writes"] += 1
        return write(function, *args)

    def counted_read(function, *args):
        hops["reads"] += 1
        return read(function, *args)

    await store._writer.run(lambda conn: conn.set_trace_callback(seen.append))
    store._writer.run, store._reader.run = counted_write, counted_read
    try:
        people = [person(f"test:{i}", step=i) for i in range(3000)]
        await asyncio.gather(*(save(store, p, [Event("begin", 1.0, "g1")]) for p in people))
        batches = store._writes.batches
        assert batches <= 3 and hops["writes"] == batches  # one call on the writer's thread per batch
        kinds = [sql.split()[0].upper() for sql in seen]
        # Each batch: BEGIN, one INSERT per table (people, journeys, events), data_version, COMMIT.
        assert kinds.count("INSERT") == 3 * batches and kinds.count("COMMIT") == batches
        assert len(kinds) == 6 * batches
        assert hops["reads"] == store._reads.batches  # one SELECT per read batch
    finally:
        store._writer.run, store._reader.run = write, read
        await store.close()


@pytest.mark.parametrize("size", [1, 3, 5, 37, 300])
async def test_padded_statements_store_exactly_the_batch(tmp_path, size):
    db = tmp_path / "w.db"
    store = await SqliteStore.open(db, cache_people=0)
    try:
        people = [person(f"test:{i}", step=i, journeys=1 + i % 3) for i in range(size)]
        await asyncio.gather(*(save(store, p, [Event("begin", 1.0, None if i % 2 else "g1")])
                               for i, p in enumerate(people)))
        assert await asyncio.gather(*(store.load(p.person_id) for p in people)) == people
    finally:
        await store.close()
    with sqlite3.connect(db) as raw:
        counts = [raw.execute(f"SELECT COUNT(*), COUNT(DISTINCT person_id) FROM {table}").fetchone()
                  for table in ("people", "journeys", "events")]
        padding = raw.execute("SELECT COUNT(*) FROM people WHERE typeof(person_id) != 'text'").fetchone()[0]
    raw.close()
    assert counts == [(size, size)] * 3 and padding == 0


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "rows"])
async def test_one_read_batch_answers_each_asker(tmp_path, as_json):
    store = await SqliteStore.open(tmp_path / "w.db", cache_people=0)
    store._json = as_json  # rows: SQLite without its JSON functions
    try:
        await save(store, person("test:ada"))
        await store.set_reminder("test:bea", 50.0, 1.0)  # a reminder, and no state
        before = store._reads.batches

        async def hold(pid):
            return await store.person(pid).__aenter__()

        async def has_reminder(pid):
            return await store._reads.submit(PendingReminder(pid))

        slot, ada, ada_again, nobody, bea_has, ada_has = await asyncio.gather(  # all asked in one loop pass
            hold("test:ada"), store.load("test:ada"), store.load("test:ada"), store.load("test:nobody"),
            has_reminder("test:bea"), has_reminder("test:ada"))
        assert store._reads.batches == before + 1
        assert slot.state == ada == ada_again == person("test:ada") and nobody is None
        assert (bea_has, ada_has) == (True, False)
        assert await store.cancel_reminder("test:bea") is True and await store.cancel_reminder("test:ada") is False
    finally:
        await store.close()


@pytest.mark.parametrize("as_json", [True, False], ids=["json", "rows"])
async def test_reads_give_back_exactly_what_was_stored(tmp_path, as_json):
    db = tmp_path / "w.db"
    store = await SqliteStore.open(db, cache_people=0)
    store._json = as_json
    try:
        odd = person("test:ünï", started_at=1764121234.1234567, updated_at=1764121299.9876543, step=2**40,
                     vars={"figure": 'a "quoted"\\ friend\n\x1f', "🕯️": "é"}, reframes_seen=("a.1", "b.2"))
        await save(store, odd)
        assert await store.load("test:ünï") == odd
        with sqlite3.connect(db) as raw:  # a time stored as text is damaged: a fresh start, as with rows
            raw.execute("UPDATE people SET updated_at = 'soon' WHERE person_id = 'test:ünï'")
        raw.close()
        assert await store.load("test:ünï") is None
    finally:
        await store.close()


if __name__ == "__main__":
    asyncio.run(_child(Path(sys.argv[1]), people=int(os.environ.get("CRASH_PEOPLE", "300"))))
