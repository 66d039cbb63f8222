"""Who may use the moderator commands: Discord decides, with a server admin's overrides, and the bot trusts it.

The moderator commands carry default_member_permissions (Manage Channels). Discord applies it, and any
override set in Server Settings -> Integrations, before a command reaches the bot; the fake does the same.
"""

from __future__ import annotations

import asyncio

from .bot_harness import MANAGE_CHANNELS, server, start_bot, stop_bot
from .test_bot_guild import answer_text, ephemeral, run

MODERATOR = ("enable", "disable", "channels", "stats", "server-region")


async def refused_quietly(fake, record, since: int) -> bool:
    """The fake refused the command, and the bot, never told, sent nothing at all."""
    await asyncio.sleep(0.3)
    sent = [(method, path) for method, path, _ in fake.requests[since:] if method != "GET"]
    return record.refused and record not in fake.interactions and not record.answered and sent == []


async def test_moderator_commands_carry_manage_channels_as_their_default(fake, launch, tmp_path):
    bot = await start_bot(launch, tmp_path / "w.db")
    synced = {c["name"]: c for c in fake.commands["global"]}
    for name in MODERATOR:
        assert str(synced[name]["default_member_permissions"]) == str(MANAGE_CHANNELS), name
        assert synced[name]["contexts"] == [0] and synced[name]["integration_types"] == [0], name
    await stop_bot(bot)


async def test_a_member_without_manage_channels_is_refused_by_discord_and_the_bot_sends_nothing(
        fake, launch, tmp_path):
    guild, calm, _, member, _ = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    for name in MODERATOR:
        since = len(fake.requests)
        record = await fake.slash(member, name, guild=guild, channel=calm)
        assert await refused_quietly(fake, record, since), name
    assert not await bot.service.store.is_enabled(guild["id"], calm["id"])
    assert fake.messages_to(calm) == [] and fake.messages_to(member) == []
    await stop_bot(bot)


async def test_an_admin_override_for_a_member_lets_them_enable_without_manage_channels(fake, launch, tmp_path):
    guild, calm, _, member, _ = server(fake)
    fake.override_command(guild, member, allowed=True, command="enable")
    bot = await start_bot(launch, tmp_path / "w.db")
    enabled = await run(fake, member, "enable", guild, calm)
    assert ephemeral(enabled) and "enabled" in answer_text(enabled) and "Manage Channels" not in answer_text(enabled)
    assert await bot.service.store.is_enabled(guild["id"], calm["id"])
    since = len(fake.requests)  # the override was for /enable only
    assert await refused_quietly(fake, await fake.slash(member, "disable", guild=guild, channel=calm), since)
    assert await bot.service.store.is_enabled(guild["id"], calm["id"])
    await stop_bot(bot)


async def test_an_admin_override_for_a_role_covers_its_members_for_every_command(fake, launch, tmp_path):
    guild, calm, lobby, member, _ = server(fake)
    helper = fake.add_user("helper")
    helpers = fake.add_member(guild, helper, permissions=0x40)["roles"][0]  # a role without Manage Channels
    fake.override_command(guild, helpers, allowed=True)  # the whole app, for the role
    bot = await start_bot(launch, tmp_path / "w.db")
    await run(fake, helper, "enable", guild, calm)
    listed = await run(fake, helper, "channels", guild, lobby)
    assert f"<#{calm['id']}>" in answer_text(listed)
    stats = await run(fake, helper, "stats", guild, calm)
    assert ephemeral(stats) and "Manage Channels" not in answer_text(stats)
    since = len(fake.requests)  # someone outside the role is still refused
    assert await refused_quietly(fake, await fake.slash(member, "channels", guild=guild, channel=calm), since)
    await stop_bot(bot)


async def test_an_admin_can_also_take_a_moderator_command_away(fake, launch, tmp_path):
    guild, calm, _, _, mod = server(fake)
    fake.override_command(guild, mod, allowed=False, command="enable")
    bot = await start_bot(launch, tmp_path / "w.db")
    since = len(fake.requests)
    assert await refused_quietly(fake, await fake.slash(mod, "enable", guild=guild, channel=calm), since)
    assert not await bot.service.store.is_enabled(guild["id"], calm["id"])
    listed = await run(fake, mod, "channels", guild, calm)  # their other commands are untouched
    assert "isn't enabled in any channel" in answer_text(listed)
    await stop_bot(bot)
