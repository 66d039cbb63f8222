"""Servers: moderators enable channels; /begin there starts a private DM journey."""

from __future__ import annotations

from .bot_harness import MANAGE_CHANNELS, server, settle, start_bot, stop_bot


def ephemeral(record) -> bool:
    data = record.responses[0].get("data") or {}
    return bool((data.get("flags") or 0) & 64)


def answer_text(record) -> str:
    parts = [(record.original or {}).get("content") or ""]
    parts += [m.get("content") or "" for m in record.followups] + [e.get("content") or "" for e in record.edits]
    return "\n".join(parts)


async def run(fake, user, name, guild, channel):
    record = await fake.slash(user, name, guild=guild, channel=channel)
    await fake.wait_for(lambda f: record.answered and (record.response_type != 5 or record.edits or record.followups))
    return record


async def test_commands_are_synced_with_moderator_defaults(fake, launch, tmp_path):
    bot = await start_bot(launch, tmp_path / "w.db")
    synced = {c["name"]: c for c in fake.commands["global"]}
    assert {"begin", "pause", "resume", "restart", "status", "forget", "help", "enable", "disable",
            "channels"} <= set(synced)
    assert str(synced["enable"]["default_member_permissions"]) == str(MANAGE_CHANNELS)
    assert synced["begin"].get("default_member_permissions") is None
    await stop_bot(bot)


async def test_enable_needs_manage_channels(fake, launch, tmp_path):
    guild, calm, _, member, mod = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    refused = await fake.slash(member, "enable", guild=guild, channel=calm)  # Discord itself says no
    assert refused.refused and not refused.answered
    assert not await bot.service.store.is_enabled(guild["id"], calm["id"])
    accepted = await run(fake, mod, "enable", guild, calm)
    assert ephemeral(accepted) and "enabled" in answer_text(accepted)
    assert await bot.service.store.is_enabled(guild["id"], calm["id"])
    listed = await run(fake, mod, "channels", guild, calm)
    assert f"<#{calm['id']}>" in answer_text(listed)
    await run(fake, mod, "disable", guild, calm)
    assert not await bot.service.store.is_enabled(guild["id"], calm["id"])
    await stop_bot(bot)


async def test_begin_only_in_enabled_channels_and_the_journey_goes_to_dms(fake, launch, tmp_path):
    guild, calm, lobby, member, mod = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    await run(fake, mod, "enable", guild, calm)
    refused = await run(fake, member, "begin", guild, lobby)
    assert ephemeral(refused) and "isn't enabled in this channel" in answer_text(refused)
    assert f"<#{calm['id']}>" in answer_text(refused)
    assert fake.messages_to(member) == []

    started = await run(fake, member, "begin", guild, calm)
    assert "direct message" in answer_text(started)
    dms = await settle(fake, bot, member, 0)
    assert any("Stage 1 of 7" in m["content"] for m in dms)
    public = [m for m in fake.messages_to(calm) if not ((m.get("flags") or 0) & 64)]
    assert public == []  # nothing of the journey is visible in the server
    state = await bot.service.store.load(f"discord:{member['id']}")
    assert state is not None and state.stage == "abyss"
    assert (await bot.service.store.count_events(guild["id"]))["begin"] == 1
    await stop_bot(bot)


async def test_begin_with_closed_dms_explains_how_to_open_them(fake, launch, tmp_path):
    guild, calm, _, member, mod = server(fake)
    fake.set_dms_open(member, False)
    bot = await start_bot(launch, tmp_path / "w.db")
    await run(fake, mod, "enable", guild, calm)
    answer = await run(fake, member, "begin", guild, calm)
    assert "couldn't send you a direct message" in answer_text(answer)
    assert await bot.service.store.load(f"discord:{member['id']}") is None
    await stop_bot(bot)


async def test_status_in_a_server_is_private_to_the_person(fake, launch, tmp_path):
    guild, calm, _, member, mod = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    await run(fake, mod, "enable", guild, calm)
    await run(fake, member, "begin", guild, calm)
    await settle(fake, bot, member, 0)
    status = await run(fake, member, "status", guild, calm)
    assert ephemeral(status) and "stage 1 of 7" in answer_text(status)
    await stop_bot(bot)


async def test_server_messages_are_ignored(fake, launch, tmp_path):
    guild, calm, _, member, mod = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    await run(fake, mod, "enable", guild, calm)
    await fake.user_sends_in_channel(member, calm, "i want to begin")
    import asyncio

    await asyncio.sleep(0.3)
    assert fake.messages_to(member) == [] and await bot.service.store.load(f"discord:{member['id']}") is None
    await stop_bot(bot)


async def test_test_guild_setting_syncs_commands_to_that_server(fake, launch, tmp_path):
    guild = fake.add_guild("Workshop")
    bot = await start_bot(launch, tmp_path / "w.db", test_guild=int(guild["id"]))
    names = {c["name"] for c in fake.commands.get(guild["id"], [])}
    assert {"begin", "enable", "stats", "journey"} <= names
    await stop_bot(bot)
