"""What a journey costs against Discord's global limit, on the fake Discord with its limits on."""

from __future__ import annotations

import asyncio
from collections import Counter

from bot.discord.budget import GlobalBudget

from .bot_harness import buttons, press, say, start_bot, stop_bot
from .test_bot_journey import assert_safe

MOST_GLOBAL_PER_JOURNEY = 30


def route_of(path: str) -> str:
    """A request's route with its ids taken out, for a readable breakdown."""
    return "/".join("{id}" if part.isdigit() or part.startswith("itoken-") else part for part in path.split("/"))


async def walk_by_buttons(fake, bot, user, limit=300):
    """Tap the first choice at every step; type a few words where a step asks for them."""
    for _ in range(limit):
        latest = fake.messages_to(user)[-1]
        if "Your journey is complete" in latest["content"]:
            return
        if buttons(latest) and buttons(latest)[0]["custom_id"].startswith("ws:c:"):
            await press(fake, bot, user, latest, buttons(latest)[0]["custom_id"])
        else:
            await say(fake, bot, user, "a warm light")
    raise AssertionError("the journey did not end")


async def test_a_journey_walked_by_buttons_costs_at_most_30_global_requests(fake, launch, tmp_path):
    fake.limits.enabled = True
    mia = fake.add_user("mia")
    bot = await start_bot(launch, tmp_path / "w.db")
    since = len(fake.requests)  # after login and the command sync, which a bot pays once, not per person
    await say(fake, bot, mia, "hi")
    await walk_by_buttons(fake, bot, mia)
    spent = fake.global_requests(since)
    breakdown = Counter(f"{method} {route_of(path)}" for method, path in spent)
    assert len(spent) <= MOST_GLOBAL_PER_JOURNEY, breakdown
    assert fake.limits.global_429 == 0 and fake.limits.route_429 == 0
    assert bot.courier.followups > 100  # the narration went out through the interactions
    everything = "\n".join(m["content"] for m in fake.messages_to(mia))
    assert all(f"Stage {n} of 7" in everything for n in range(1, 8))
    assert_safe(fake.messages_to(mia))
    assert (await bot.service.store.load(f"discord:{mia['id']}")).status == "completed"
    await stop_bot(bot)


async def test_with_no_live_interaction_a_typed_dm_is_answered_through_the_channel_within_the_budget(
        fake, launch, tmp_path):
    fake.limits.enabled = True
    ned = fake.add_user("ned")
    bot = await start_bot(launch, tmp_path / "w.db")
    before = bot.courier.channel_sends
    first = await say(fake, bot, ned, "hello")
    assert first and all(m["via"] == "rest" for m in first)
    assert bot.courier.channel_sends - before == len(first) and bot.courier.followups == 0
    assert bot.courier.budget is not None and bot.courier.budget.granted >= len(first)
    await stop_bot(bot)


async def test_a_followup_refused_for_an_expired_token_falls_back_to_the_channel(fake, launch, tmp_path):
    fake.limits.enabled = True
    ola = fake.add_user("ola")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, ola, "hello")
    step = fake.messages_to(ola)[-1]
    await press(fake, bot, ola, step, buttons(step)[0]["custom_id"])
    assert bot.courier.followups > 0
    fake.limits.advance(15 * 60 + 1)  # the token has expired at Discord, though the courier still holds it
    sends = bot.courier.channel_sends
    answer = await say(fake, bot, ola, "a warm light")
    assert answer and answer[-1]["via"] == "rest" and bot.courier.channel_sends > sends
    await stop_bot(bot)


async def test_the_budget_serves_crisis_first_then_people_in_turn_and_never_exceeds_its_limit():
    now = [0.0]
    budget = GlobalBudget(10, headroom=1.0, clock=lambda: now[0])
    order: list[str] = []

    async def ask(key: str, urgent: bool = False) -> None:
        await budget.acquire(key, urgent=urgent)
        order.append(key)

    for _ in range(8):  # the first second's slots but those kept for answers and crisis care: one narration's
        await ask("a")
    waiting = [asyncio.ensure_future(ask(k)) for k in ("a", "a", "a", "b", "b", "c")]
    await asyncio.sleep(0.01)
    assert len(order) == 8  # nothing more of any narration within the same second
    await ask("crisis", urgent=True)  # a kept slot: at once, before everyone waiting
    assert len(order) == 9 and order[-1] == "crisis"
    assert not budget.try_spare()  # a "typing…" is left out while the window is busy
    now[0] = 1.0
    await asyncio.gather(*waiting)
    assert order[9:] == ["a", "b", "c", "a", "b", "a"]
    assert GlobalBudget.for_shards(4, [0, 1]).limit == GlobalBudget(25).limit


def test_a_beat_holds_up_to_four_lines_and_ends_with_the_buttons():
    from bot.discord.beats import beat
    from bot.discord.render import render
    from bot.journey.turns import Option, Reply

    lines = [Reply(f"line {i}", "narration") for i in range(6)]
    question = Reply("which way?", "narration", options=(Option("left", index=0),), step=3)
    out = render(lines + [question])
    first, taken = beat(out, 0)
    assert taken == 4 and first.content == "line 0\n\nline 1\n\nline 2\n\nline 3" and first.view is None
    last, taken = beat(out, 4)
    assert taken == 3 and last.content.endswith("which way?") and last.view is out[-1].view
    assert last.reply is question  # the step whose buttons it carries
    assert beat(out, 6) == (out[6], 1)
    long = render([Reply("x" * 1500, "narration"), Reply("y" * 600, "narration")])
    assert beat(long, 0) == (long[0], 1)  # never past Discord's 2,000 characters


async def test_while_the_budget_is_tight_a_typed_dm_gets_fewer_fuller_messages(fake, launch, tmp_path):
    fake.limits.enabled = True
    roy, sue = fake.add_user("roy"), fake.add_user("sue")
    bot = await start_bot(launch, tmp_path / "w.db")
    relaxed = await say(fake, bot, roy, "hello")
    bot.courier.budget = GlobalBudget(2, headroom=1.0)  # two requests a second: pressed after the first
    tight = await say(fake, bot, sue, "hello")
    assert len(tight) < len(relaxed)
    assert "\n\n".join(m["content"] for m in tight) == "\n\n".join(m["content"] for m in relaxed)
    assert buttons(tight[-1]) and [b["label"] for b in buttons(tight[-1])] == [b["label"] for b in buttons(relaxed[-1])]
    assert fake.limits.global_429 == 0
    await stop_bot(bot)


async def test_the_first_answer_to_someone_goes_before_the_rest_of_anyone_s_narration():
    now = [0.0]
    budget = GlobalBudget(10, headroom=1.0, clock=lambda: now[0])
    order: list[str] = []

    async def ask(key: str, first: bool = False) -> None:
        await budget.acquire(key, first=first)
        order.append(key)

    for _ in range(8):
        await ask("narrating")
    waiting = [asyncio.ensure_future(ask("narrating")) for _ in range(3)]
    waiting.append(asyncio.ensure_future(ask("answered", first=True)))
    await asyncio.sleep(0.01)
    assert order[8:] == ["answered"]  # a slot kept for answers, while the narrations wait for the next second
    now[0] = 1.0
    await asyncio.gather(*waiting)
    assert order[8:] == ["answered", "narrating", "narrating", "narrating"]
