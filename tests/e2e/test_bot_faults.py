"""The fault suite: the fake Discord fails the way networks fail (malformed payloads: test_bot_malformed.py).

Scripted server errors, cut connections and latency: nothing queued is lost, the message with the
buttons always arrives, 403 50007 is not retried, a late interaction is deferred or answered in the DM.
Then order, erasure and hardening under the same fake.
"""

from __future__ import annotations

import asyncio

import discord
import pytest

from bot.discord.client import FORGET_EXPIRED

from .bot_harness import (
    a_step,
    answered,
    buttons,
    choices,
    ephemeral_text,
    erase_button,
    last_with_buttons,
    say,
    settle,
    start_bot,
    stop_bot,
)

# transient send errors

async def test_a_server_error_on_the_message_with_the_buttons_is_retried_until_it_arrives(fake, launch, tmp_path):
    di = fake.add_user("di")
    bot = await start_bot(launch, tmp_path / "w.db")
    bot.courier.retry_base = 0.05
    fake.fail("POST /channels/", 503, times=6, when=lambda body: bool((body or {}).get("components")))
    await fake.user_sends_dm(di, "hello")
    await fake.wait_for(lambda f: last_with_buttons(f, di), timeout=20)
    assert fake.faults_served == 6
    await stop_bot(bot)


async def test_cut_connections_lose_nothing_and_keep_the_order(fake, launch, tmp_path):
    ed = fake.add_user("ed")
    bot = await start_bot(launch, tmp_path / "w.db")
    clean = await say(fake, bot, ed, "hello")
    expected = [m["content"] for m in clean]
    fe = fake.add_user("fe")
    bot.courier.retry_base = 0.05
    seen: set[str] = set()

    def first_try(body) -> bool:  # every message's connection is cut once
        key = (body or {}).get("content", "")
        fresh = key not in seen
        seen.add(key)
        return fresh

    fake.cut("POST /channels/", times=100, when=first_try)
    got = await say(fake, bot, fe, "hello")
    await fake.wait_for(lambda f: len(f.messages_to(fe)) >= len(expected), timeout=20)
    assert [m["content"] for m in fake.messages_to(fe)] == expected
    assert last_with_buttons(fake, fe) is not None and got
    await stop_bot(bot)


async def test_a_failed_typing_call_drops_nothing(fake, launch, tmp_path):
    gil = fake.add_user("gil")
    bot = await start_bot(launch, tmp_path / "w.db", pacing=0.05)
    fake.fail("/typing", 503, times=50)
    fake.cut("/typing", times=50)
    await fake.user_sends_dm(gil, "hello")
    await fake.wait_for(lambda f: last_with_buttons(f, gil), timeout=20)
    hal = fake.add_user("hal")
    fake._faults.clear()
    clean = await say(fake, bot, hal, "hello")
    assert [m["content"] for m in fake.messages_to(gil)] == [m["content"] for m in clean]
    await stop_bot(bot)


async def test_closed_dms_are_not_retried(fake, launch, tmp_path):
    ivy = fake.add_user("ivy", dms_open=False)
    bot = await start_bot(launch, tmp_path / "w.db")
    bot.courier.retry_base = 0.05
    await fake.user_sends_dm(ivy, "hello")
    await fake.wait_for(lambda f: bot.courier.undeliverable >= 1, timeout=10)
    await asyncio.sleep(0.3)
    dm = fake.dm_channel_of(ivy)["id"]
    posts = [r for r in fake.requests if r[0] == "POST" and r[1] == f"/channels/{dm}/messages"]
    assert len(posts) == 1 and bot.courier.retried == 0
    await stop_bot(bot)


async def test_a_slow_turn_is_deferred_before_the_window_closes_and_answered_after(fake, launch, tmp_path):
    jo = fake.add_user("jo")
    bot = await start_bot(launch, tmp_path / "w.db")
    step = await a_step(fake, bot, jo)
    real = bot.service.handle

    async def slow(inbound, guild_id=None):
        await asyncio.sleep(2.6)
        return await real(inbound, guild_id)

    bot.service.handle = slow
    before = len(fake.messages_to(jo))
    click = await fake.click(jo, step, choices(step)[0]["custom_id"])
    command = await fake.slash(jo, "pause")
    await fake.wait_for(lambda f: click.answered and command.answered, timeout=5)
    assert click.response_type == 7  # a click is acknowledged while its (slow) turn runs
    assert command.response_type == 5  # a command whose answer is late is deferred within the window
    await fake.wait_for(lambda f: command.original and command.original["content"], timeout=10)
    assert [b["custom_id"] for b in buttons(fake.messages[step["id"]])] == ["ws:cmd:help-now"]
    await settle(fake, bot, jo, before)
    await stop_bot(bot)


async def test_after_the_window_passed_a_dm_answer_goes_through_the_channel(fake, launch, tmp_path):
    kit = fake.add_user("kit")
    bot = await start_bot(launch, tmp_path / "w.db")
    await a_step(fake, bot, kit)
    fake.fail("/callback", 404, code=10062)
    before = len(fake.messages_to(kit))
    await fake.slash(kit, "status")
    await fake.wait_for(lambda f: len(f.messages_to(kit)) > before, timeout=5)
    assert fake.messages_to(kit)[-1]["via"] == "rest"
    await stop_bot(bot)


# order

async def test_a_click_then_a_message_typed_20_ms_later_keeps_its_order_with_slow_callbacks(fake, launch, tmp_path):
    bot = await start_bot(launch, tmp_path / "w.db")
    fake.slow("/callback", 0.15)
    entered: list[tuple[str, str]] = []
    real = bot.service.handle

    def handle(inbound, guild_id=None):
        entered.append((inbound.person_id, "click" if inbound.choice else "text" if inbound.text else "other"))
        return real(inbound, guild_id)

    first = 0
    for i in range(20):
        user = fake.add_user(f"o{i}")
        step = await a_step(fake, bot, user)
        bot.service.handle = handle
        key = f"discord:{user['id']}"
        record = await fake.click(user, step, choices(step)[0]["custom_id"])
        await asyncio.sleep(0.02)
        before = len(fake.messages_to(user))
        await fake.user_sends_dm(user, "i feel a bit better today")
        await fake.wait_for(lambda f, record=record, key=key: record.answered
                            and len([e for e in entered if e[0] == key]) == 2,
                            timeout=10)
        await settle(fake, bot, user, before - 1)
        mine = [kind for who, kind in entered if who == key]
        first += mine == ["click", "text"]
        bot.service.handle = real
    assert first == 20
    await stop_bot(bot)


# erasure wins

async def test_only_the_live_forget_confirmation_erases(fake, launch, tmp_path):
    lu = fake.add_user("lu")
    bot = await start_bot(launch, tmp_path / "w.db")
    step = await a_step(fake, bot, lu)
    key = f"discord:{lu['id']}"
    forged = [await fake.raw_interaction(fake.component_payload(lu, step, cid))
              for cid in ("ws:cmd:forget-yes", "ws:cmd:forget", "ws:cmd:forget-yes:madeup123")]
    await answered(fake, forged)
    assert all(ephemeral_text(r) == FORGET_EXPIRED for r in forged)
    assert await bot.service.store.load(key) is not None
    old = await fake.slash(lu, "forget")
    await answered(fake, [old])
    new = await fake.slash(lu, "forget")
    await answered(fake, [new])
    stale = await fake.click(lu, old.original, erase_button(old.original))  # replaced by the newer question
    await answered(fake, [stale])
    assert ephemeral_text(stale) == FORGET_EXPIRED and await bot.service.store.load(key) is not None
    token = erase_button(new.original).rsplit(":", 1)[1]
    bot._forget_tokens[key] = (token, 0.0)  # as if minutes had passed
    late = await fake.click(lu, new.original, erase_button(new.original))
    await answered(fake, [late])
    assert ephemeral_text(late) == FORGET_EXPIRED and await bot.service.store.load(key) is not None
    ask = await fake.slash(lu, "forget")
    await answered(fake, [ask])
    live = erase_button(ask.original)
    erase = await fake.click(lu, ask.original, live)
    await answered(fake, [erase])
    assert erase.response_type == 7 and await bot.service.store.load(key) is None
    again = await fake.raw_interaction(fake.component_payload(lu, ask.original, live))  # a token works once
    await answered(fake, [again])
    assert ephemeral_text(again) == FORGET_EXPIRED
    await stop_bot(bot)


# hardening

async def test_the_client_keeps_no_message_cache(fake, launch, tmp_path):
    mo = fake.add_user("mo")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, mo, "hello")
    assert bot._connection.max_messages is None and not bot.cached_messages
    await stop_bot(bot)


@pytest.mark.parametrize("command", ["mydata", "journey", "safety-plan"])
@pytest.mark.parametrize("with_context", [True, False])
async def test_private_commands_in_a_group_dm_post_nothing_there(fake, launch, tmp_path, command, with_context):
    ny, friend = fake.add_user("ny"), fake.add_user("friend")
    group = fake.add_private_channel(ny, friend)
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, ny, "hello")
    ch, data = fake._command_data(ny, command, None, None, group)
    extra = fake._install_fields(ny, ch, True, "en-US")
    if not with_context:
        extra.pop("context", None)  # an older payload without the context field is still not the bot's DM
    record = await fake._interact(ny, 2, data, ch, **extra)
    await answered(fake, [record])
    await asyncio.sleep(0.3)
    await bot.courier.drain()
    shown = [m for m in fake.messages.values() if m["channel_id"] == group["id"]]
    assert all((m.get("flags") or 0) & 64 for m in shown), "everything in the group is ephemeral"
    assert not any(m.get("attachments") for m in shown)
    await stop_bot(bot)


def test_discord_py_still_has_the_hooks_the_guard_uses():
    assert hasattr(discord.app_commands.CommandTree, "_call") and hasattr(discord.app_commands.CommandTree,
                                                                           "_dispatch_error")
    assert "_cs_response" in discord.Interaction.__slots__


async def test_a_reminder_for_a_deleted_account_never_stops_the_others(fake, launch, tmp_path):
    from bot.journey.turns import Reply

    ola, pim = fake.add_user("ola"), fake.add_user("pim")
    bot = await start_bot(launch, tmp_path / "w.db", reminder_every=0.05)
    batches = [[("discord:4242424242", Reply("come back?")), (f"discord:{ola['id']}", Reply("come back, ola?")),
                (f"discord:{pim['id']}", Reply("come back, pim?"))]]

    async def due():
        return batches.pop() if batches else []

    bot.service.due_reminders = due
    await fake.wait_for(lambda f: f.messages_to(ola) and f.messages_to(pim), timeout=10)
    assert [m["content"] for m in fake.messages_to(ola)] == ["come back, ola?"]
    assert [m["content"] for m in fake.messages_to(pim)] == ["come back, pim?"]
    await stop_bot(bot)


async def test_delivered_steps_are_reported_and_undelivered_ones_sent_again_on_ready(fake, launch, tmp_path):
    """The hooks for the service's delivery tracking (issue 16 item 1): Service.delivered(person_id, step)
    once a step's buttons reached the person, Service.undelivered() read on ready and sent again."""
    from bot.discord.client import build_bot
    from bot.journey.engine import Engine
    from bot.journey.turns import Option, Reply
    from bot.service import Service
    from bot.store.sqlite import SqliteStore

    from .bot_harness import content

    qi, ro = fake.add_user("qi"), fake.add_user("ro")
    shown: list[tuple[str, int]] = []

    class Tracking(Service):
        async def delivered(self, person_id: str, step: int) -> None:
            shown.append((person_id, step))

        async def undelivered(self):
            return [("discord:4242", (Reply("gone"),)),  # a deleted account never stops the others
                    (f"discord:{qi['id']}", (Reply("where you were", options=(Option("go on", 0),), step=3),))]

    store = await SqliteStore.open(tmp_path / "w.db")
    bot = build_bot(Tracking(Engine(content().book), store, content().language), pacing=0.0,
                    guild_ready_timeout=0.05)
    await launch(bot)
    await fake.wait_for(lambda f: f.messages_to(qi), timeout=10)
    again = fake.messages_to(qi)[-1]
    assert again["content"] == "where you were" and choices(again)
    await say(fake, bot, ro, "hello")
    await fake.wait_for(lambda f: (f"discord:{ro['id']}", 0) in shown and (f"discord:{qi['id']}", 3) in shown)
    await stop_bot(bot)
