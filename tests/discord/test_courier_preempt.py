"""Crisis care first: Courier.preempt and urgent batches, on stand-in channels (no Discord, no service)."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.discord.courier import Courier, is_urgent
from bot.discord.render import render
from bot.journey.turns import Option, Reply


class Channel:
    """A DM stand-in that records what was sent and when, with a configurable send latency."""

    def __init__(self, latency: float = 0.0):
        self.sent: list[str] = []
        self.at: list[float] = []
        self.typing_calls = 0
        self.latency = latency

    async def send(self, content, **kwargs):
        await asyncio.sleep(self.latency)
        self.sent.append(content)
        self.at.append(time.monotonic())

    def typing(self):
        channel = self

        class Typing:
            def __await__(self):
                channel.typing_calls += 1
                return asyncio.sleep(0).__await__()

        return Typing()


def narration(n: int, pause: float = 5.0, prefix: str = "n") -> list:
    return render([Reply(f"{prefix}{i}", pause=pause) for i in range(n)])


def crisis(n: int = 2, prefix: str = "c", kind: str = "crisis") -> list:
    replies = [Reply(f"{prefix}{i}", kind, pause=5.0) for i in range(n)]
    replies[-1] = Reply(replies[-1].text, kind, (Option("Resume the journey", command="resume"),))
    return render(replies)


async def until(predicate, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.005)


def test_urgent_kinds():
    assert is_urgent(crisis(1)) and is_urgent(crisis(1, kind="check")) and is_urgent(crisis(1, kind="care"))
    assert not is_urgent(narration(2)) and not is_urgent(render([Reply("x", "reframe"), Reply("y", "system")]))


async def test_crisis_mid_pause_drops_the_queued_narration_and_goes_out_at_once():
    courier, dm = Courier(pacing=1.0), Channel()
    told = courier.deliver("p", dm, narration(5))  # 5 s between lines
    later = courier.deliver("p", dm, narration(2, prefix="m"))  # the next turn, queued behind
    await until(lambda: dm.sent == ["n0"])
    await asyncio.sleep(0.05)  # now resting before n1, "typing…"
    started = time.monotonic()
    care = courier.deliver("p", dm, crisis(2))
    assert await asyncio.wait_for(care, 1.0) is True
    assert time.monotonic() - started < 0.5
    assert dm.sent == ["n0", "c0", "c1"]
    assert told.done() and told.result() is True and later.result() is True  # superseded, not failed
    assert courier.preempted == 4 + 2
    await asyncio.wait_for(courier.drain(), 1.0)
    assert not courier.busy("p") and dm.sent == ["n0", "c0", "c1"]  # nothing of the narration ever comes back


@pytest.mark.parametrize("pacing", [0.5, 1.0, 3.0, 10.0])
async def test_at_any_pacing_the_crisis_reply_is_out_within_a_second(pacing):
    courier, dm = Courier(pacing=pacing), Channel(latency=0.01)
    courier.deliver("p", dm, narration(8, pause=None))  # paused by length, scaled by pacing
    await until(lambda: dm.sent)
    started = time.monotonic()
    await asyncio.wait_for(courier.deliver("p", dm, crisis(3)), 1.0)
    assert time.monotonic() - started < 1.0
    assert dm.sent[-3:] == ["c0", "c1", "c2"] and all(s.startswith("c") for s in dm.sent[dm.sent.index("c0"):])


async def test_an_urgent_batch_has_no_typing_and_no_pauses_between_its_messages():
    courier, dm = Courier(pacing=1.0), Channel()
    started = time.monotonic()
    await asyncio.wait_for(courier.deliver("p", dm, crisis(4)), 1.0)
    assert dm.sent == ["c0", "c1", "c2", "c3"] and dm.typing_calls == 0
    assert time.monotonic() - started < 0.3


async def test_a_message_in_flight_is_neither_cut_nor_overtaken():
    courier, dm = Courier(pacing=0.0), Channel(latency=0.2)
    courier.deliver("p", dm, narration(4))
    await asyncio.sleep(0.05)  # n0 is on its way to Discord
    quiet = courier.preempt("p")
    assert not quiet.done()  # it waits for n0 to land
    care = courier.deliver("p", dm, crisis(2))
    assert await asyncio.wait_for(quiet, 1.0) == 3  # n1..n3 dropped
    assert dm.sent == ["n0"]
    await asyncio.wait_for(care, 1.0)
    assert dm.sent == ["n0", "c0", "c1"] and dm.at[1] >= dm.at[0]


async def test_crisis_care_already_going_out_is_not_dropped_by_the_next_urgent_batch():
    courier, dm = Courier(pacing=1.0), Channel(latency=0.05)
    first = courier.deliver("p", dm, crisis(3))
    await until(lambda: dm.sent)
    second = courier.deliver("p", dm, crisis(1, prefix="d", kind="care"))
    await asyncio.wait_for(asyncio.gather(first, second), 1.0)
    assert dm.sent == ["c0", "c1", "c2", "d0"]


async def test_preempt_alone_clears_the_queue_for_pause_restart_or_forget():
    courier, dm = Courier(pacing=1.0), Channel()
    courier.deliver("p", dm, narration(4))
    await until(lambda: dm.sent == ["n0"])
    started = time.monotonic()
    assert await asyncio.wait_for(courier.preempt("p"), 1.0) == 3
    await asyncio.wait_for(courier.drain(), 1.0)
    assert time.monotonic() - started < 0.5 and not courier.busy()
    answer = render([Reply("Paused at stage 1 of 7.", "system"), Reply("See you soon.", "system")])
    assert await asyncio.wait_for(courier.deliver("p", dm, answer), 3.0) is True  # the replacement goes out
    assert dm.sent == ["n0", "Paused at stage 1 of 7.", "See you soon."]
    assert await courier.preempt("nobody") == 0


async def test_preempting_one_person_leaves_everyone_else_paced():
    courier, a, b = Courier(pacing=1.0), Channel(), Channel()
    courier.deliver("a", a, narration(3, pause=0.3))
    courier.deliver("b", b, narration(3, pause=0.3))
    await until(lambda: a.sent and b.sent)
    await asyncio.wait_for(courier.deliver("a", a, crisis(1)), 1.0)
    assert a.sent == ["n0", "c0"]
    assert courier.busy("b")
    await asyncio.wait_for(courier.drain(), 3.0)
    assert b.sent == ["n0", "n1", "n2"] and b.typing_calls == 2


async def test_a_turn_after_the_crisis_reply_is_paced_again():
    courier, dm = Courier(pacing=0.01), Channel()
    await courier.deliver("p", dm, crisis(1))
    await courier.deliver("p", dm, narration(3, pause=1.0))
    assert dm.sent == ["c0", "n0", "n1", "n2"] and dm.typing_calls == 2


async def test_recheck_stops_paced_narration_another_process_made_unwanted():
    wanted = {"p": True}

    async def recheck(key):
        return wanted[key]

    courier, dm = Courier(pacing=0.05, recheck=recheck), Channel()
    told = courier.deliver("p", dm, narration(5, pause=1.0))
    await until(lambda: len(dm.sent) == 2)
    wanted["p"] = False  # crisis care given by the other process, seen in the store
    assert await asyncio.wait_for(told, 1.0) is True
    assert dm.sent in (["n0", "n1"], ["n0", "n1", "n2"])  # at most the line already past its check
    system = render([Reply("Paused.", "system", pause=1.0), Reply("See you.", "system")])
    await asyncio.wait_for(courier.deliver("p", dm, system), 1.0)
    assert dm.sent[-2:] == ["Paused.", "See you."]  # only the journey's narration is rechecked


async def test_a_failing_recheck_never_silences_the_journey():
    async def recheck(key):
        raise RuntimeError("store away")

    courier, dm = Courier(pacing=0.01, recheck=recheck), Channel()
    await asyncio.wait_for(courier.deliver("p", dm, narration(3, pause=1.0)), 1.0)
    assert dm.sent == ["n0", "n1", "n2"]
