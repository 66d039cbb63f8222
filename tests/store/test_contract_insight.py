"""The insight a store keeps, in every store: journeys, the funnel, /mydata's export, and reminders."""

from __future__ import annotations

import asyncio
import json
from dataclasses import asdict

from bot.journey.model import COMPLETED
from bot.store.base import Event, Funnel, JourneyRecord

from .conftest import person, save


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
