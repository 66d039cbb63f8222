"""Rendering within Discord's limits, and a courier that keeps order and survives failures."""

from __future__ import annotations

import asyncio

import discord
import pytest

from bot.discord.courier import Courier
from bot.discord.render import progress_bar, render, split_text
from bot.journey.turns import Option, Reply


def test_split_text_respects_the_limit_and_prefers_breaks():
    text = ("word " * 450).strip() + "\n\n" + "tail"
    pieces = split_text(text)
    assert all(0 < len(p) <= 2000 for p in pieces) and len(pieces) == 2
    assert " ".join(" ".join(pieces).split()) == " ".join(text.split())
    assert split_text("x" * 4500) == ["x" * 2000, "x" * 2000, "x" * 500]
    assert split_text("   ") == ["…"]


async def test_render_puts_buttons_on_the_last_piece_and_caps_them():
    options = tuple(Option(f"choice {i}", i) for i in range(30))
    out = render([Reply("y" * 2500, options=options, step=3), Reply("Stage", "heading")])
    assert [len(o.content) <= 2000 for o in out] == [True, True, True]
    assert out[0].view is None and len(out[1].view.children) == 25
    assert [c.custom_id for c in out[1].view.children][:2] == ["ws:c:3:0", "ws:c:3:1"]
    assert out[2].content == "**Stage**"


def test_progress_bar():
    assert progress_bar(3) == "●●●○○○○" and progress_bar(7) == "●●●●●●●"


class FakeChannel:
    def __init__(self, fail_at: int | None = None, error: Exception | None = None):
        self.sent: list[str] = []
        self.typing_calls = 0
        self.fail_at, self.error = fail_at, error

    async def send(self, content, **kwargs):
        if self.fail_at is not None and len(self.sent) == self.fail_at:
            self.fail_at = None  # fails once
            raise self.error
        await asyncio.sleep(0)
        self.sent.append(content)

    def typing(self):
        channel = self

        class Typing:
            def __await__(self):
                channel.typing_calls += 1
                return asyncio.sleep(0).__await__()

        return Typing()


def http_error(cls, status: int, code: int):
    class Response:
        def __init__(self):
            self.status, self.reason = status, "x"

    return cls(Response(), {"code": code, "message": "x"})


async def test_courier_keeps_each_persons_order_while_people_interleave():
    courier = Courier(pacing=0.0)
    a, b = FakeChannel(), FakeChannel()
    done = [courier.deliver("a", a, render([Reply(f"a{i}") for i in range(3)])),
            courier.deliver("b", b, render([Reply(f"b{i}") for i in range(3)])),
            courier.deliver("a", a, render([Reply("a3")]))]
    assert await asyncio.gather(*done) == [True, True, True]
    assert a.sent == ["a0", "a1", "a2", "a3"] and b.sent == ["b0", "b1", "b2"]


@pytest.mark.parametrize("error", [http_error(discord.Forbidden, 403, 50007), http_error(discord.NotFound, 404, 10003)])
async def test_closed_dms_or_vanished_channel_stop_quietly(error):
    courier = Courier(pacing=0.0)
    channel = FakeChannel(fail_at=1, error=error)
    ok = await courier.deliver("p", channel, render([Reply("one"), Reply("two"), Reply("three")]))
    assert ok is False and channel.sent == ["one"] and courier.undeliverable == 1
    assert await courier.deliver("p", FakeChannel(), render([Reply("later")])) is True  # the next turn goes out


async def test_other_http_errors_skip_one_message_and_go_on():
    courier = Courier(pacing=0.0)
    channel = FakeChannel(fail_at=0, error=http_error(discord.HTTPException, 400, 50035))
    ok = await courier.deliver("p", channel, render([Reply("one"), Reply("two")]))
    assert ok is True and channel.sent == ["two"]


async def test_a_server_error_is_tried_again_and_nothing_after_it_is_lost():
    courier = Courier(pacing=0.0, retry_base=0.01)
    channel = FakeChannel(fail_at=0, error=http_error(discord.HTTPException, 500, 0))
    ok = await courier.deliver("p", channel, render([Reply("one"), Reply("two")]))
    assert ok is True and channel.sent == ["one", "two"] and courier.retried == 1


async def test_pacing_types_before_each_following_line():
    courier = Courier(pacing=0.001)
    channel = FakeChannel()
    await courier.deliver("p", channel,
                          render([Reply("a"), Reply("b"), Reply("c", options=(Option("go", 0),), step=0)]))
    assert channel.sent == ["a", "b", "c"] and channel.typing_calls == 2
