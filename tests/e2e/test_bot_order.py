"""One order per person across slash commands, clicks and messages: the order Discord delivered them.

A slash command takes its place in the person's line when its payload arrives, before any network
round trip (answering "thinking…", opening the DM), so a message typed 20 ms after it, with 150 ms of
latency on interaction callbacks, is still handled after it.
"""

from __future__ import annotations

import asyncio

from .bot_harness import say, server, settle, start_bot, stop_bot


async def test_a_slash_command_in_a_server_then_a_dm_typed_20_ms_later_keep_their_order(fake, launch, tmp_path):
    guild, calm, _, _, _ = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    await bot.service.store.set_channel(guild["id"], calm["id"], True, "discord:0", 0.0)
    fake.slow("/callback", 0.15)
    entered: list[tuple[str, str]] = []
    real = bot.service.handle

    def handle(inbound, guild_id=None):
        entered.append((inbound.person_id, inbound.command or ("text" if inbound.text else "other")))
        return real(inbound, guild_id)

    kept = 0
    for i in range(10):
        user = fake.add_user(f"ord{i}")
        fake.add_member(guild, user)
        await say(fake, bot, user, "hello")
        bot.service.handle = handle
        key = f"discord:{user['id']}"
        before = len(fake.messages_to(user))
        record = await fake.slash(user, "pause", guild=guild, channel=calm)
        await asyncio.sleep(0.02)
        await fake.user_sends_dm(user, "are you still there?")
        await fake.wait_for(lambda f, record=record, key=key: record.answered
                            and len([e for e in entered if e[0] == key]) == 2,
                            timeout=10)
        await settle(fake, bot, user, before)
        bot.service.handle = real
        mine = [kind for who, kind in entered if who == key]
        kept += mine == ["pause", "text"]
    assert kept == 10, entered
    await stop_bot(bot)
