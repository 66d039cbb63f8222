"""Commands on the fake Discord: both installs, what is offered where, regions; pause, forget, restart mid-narration."""

from __future__ import annotations

import asyncio

import pytest

from .bot_harness import (
    MANAGE_CHANNELS,
    answered_texts,
    contents,
    ephemeral,
    erase_button,
    interact,
    narrating,
    server,
    settle,
    start_bot,
    stop_bot,
    watch_turns,
)


async def test_a_user_install_begins_the_journey_in_dms_without_server_settings(fake, launch, tmp_path):
    guild, calm, lobby, member, mod = server(fake)
    group = fake.add_private_channel(member, mod)
    bot = await start_bot(launch, tmp_path / "w.db")
    started = await fake.slash(member, "begin", channel=group)
    await fake.wait_for(lambda f: started.followups or started.edits, timeout=5)
    assert ephemeral(started) and "direct message" in "".join(e.get("content") or "" for e in started.edits)
    dms = await settle(fake, bot, member, 0)
    assert any("Stage 1 of 7" in m["content"] for m in dms)
    assert all((m.get("flags") or 0) & 64 for m in fake.messages_to(group))
    status = await interact(fake, await fake.slash(member, "status", guild=guild, channel=lobby, user_install=True))
    assert ephemeral(status) and "isn't enabled" not in status.original["content"]
    refused = await interact(fake, await fake.slash(member, "status", guild=guild, channel=lobby))
    assert "isn't enabled" in refused.original["content"]  # the server's own install keeps its settings
    await stop_bot(bot)


async def test_commands_are_offered_for_both_installs_everywhere_and_moderator_ones_in_servers(fake, launch, tmp_path):
    bot = await start_bot(launch, tmp_path / "w.db")
    synced = {c["name"]: c for c in fake.commands["global"]}
    for name in ("help-now", "region", "safety-plan", "begin", "pause", "resume", "restart", "status", "help",
                 "forget", "journey", "mydata", "remind"):
        assert sorted(synced[name]["contexts"]) == [0, 1, 2], name
        assert sorted(synced[name]["integration_types"]) == [0, 1], name
        assert synced[name].get("default_member_permissions") is None, name
    for name in ("server-region", "enable", "disable", "channels", "stats"):
        assert synced[name]["contexts"] == [0] and synced[name]["integration_types"] == [0], name
        assert str(synced[name]["default_member_permissions"]) == str(MANAGE_CHANNELS), name
    options = {o["name"]: o for o in synced["region"]["options"]}
    assert options["code"]["autocomplete"] is True and not options["code"].get("required")
    await stop_bot(bot)


class StandInHelplines:
    def search(self, prefix):
        regions = [("fr", "France"), ("fi", "Finland"), ("us", "United States")]
        return [r for r in regions if r[0].startswith(prefix.lower()) or r[1].lower().startswith(prefix.lower())]

    def codes(self):
        return ("fr", "fi", "us")


async def test_region_autocomplete_offers_the_directorys_matches(fake, launch, tmp_path):
    eve = fake.add_user("eve")
    bot = await start_bot(launch, tmp_path / "w.db")
    real_care = bot.service.care
    bot.service.care = type("Care", (), {"helplines": StandInHelplines()})()
    try:
        record = await interact(fake, await fake.autocomplete(eve, "region", {"code": "f"}, "code"))
    finally:
        bot.service.care = real_care
    assert record.response_type == 8
    assert [(c["name"], c["value"]) for c in record.responses[0]["data"]["choices"]] == [
        ("France (FR)", "fr"), ("Finland (FI)", "fi")]
    await stop_bot(bot)


@pytest.mark.service
async def test_region_autocomplete_and_region_from_the_service_directory(fake, launch, tmp_path):
    guild, calm, lobby, member, mod = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    turns = watch_turns(bot)
    record = await interact(fake, await fake.autocomplete(member, "region", {"code": "fra"}, "code"))
    found = record.responses[0]["data"]["choices"]
    assert record.response_type == 8 and 1 <= len(found) <= 25 and "fr" in [c["value"] for c in found]
    everything = await interact(fake, await fake.autocomplete(member, "region", {"code": ""}, "code"))
    regions = len(bot.service.care.helplines.codes())
    assert len(everything.responses[0]["data"]["choices"]) == min(25, regions)
    chosen = await interact(fake, await fake.slash(member, "region", {"code": "fr"}))
    inbound, replies = turns[-1]
    assert (inbound.command, inbound.arg, inbound.locale) == ("region", "fr", "en-US")
    assert not ephemeral(chosen) and answered_texts(chosen)[0] == contents(replies)[0]
    shown = await interact(fake, await fake.slash(member, "region", guild=guild, channel=lobby))
    assert ephemeral(shown) and turns[-1][0].arg is None
    state = await bot.service.store.load(f"discord:{member['id']}")
    assert state is not None and "fr" in repr(state.vars).lower()  # the person's region is a label in their state
    await stop_bot(bot)


async def test_pause_mid_narration_replaces_what_was_queued(fake, launch, tmp_path):
    hal = fake.add_user("hal")
    bot = await start_bot(launch, tmp_path / "w.db", pacing=1.0)
    await narrating(fake, bot, hal)
    record = await interact(fake, await fake.slash(hal, "pause"), timeout=2)
    assert "Paused" in record.original["content"]
    await asyncio.sleep(1.5)
    sent = [m["content"] for m in fake.messages_to(hal)]
    assert sent[-1] == record.original["content"]  # nothing narrated after the pause
    assert not bot.courier.busy() and bot.courier.preempted > 0
    await stop_bot(bot)


async def test_server_region_is_for_moderators_and_sets_shows_and_clears(fake, launch, tmp_path):
    guild, calm, lobby, member, mod = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    store = bot.service.store
    refused = await fake.slash(member, "server-region", {"region": "fr"}, guild=guild)  # Discord itself says no
    assert refused.refused and not refused.answered
    assert await store.guild_region(guild["id"]) is None
    offered = await interact(fake, await fake.autocomplete(mod, "server-region", {"region": ""}, "region", guild=guild))
    values = [c["value"] for c in offered.responses[0]["data"]["choices"]]
    assert values[0] == "none" and len(values) == min(25, 1 + len(bot.service.care.helplines.codes()))
    await interact(fake, await fake.slash(mod, "server-region", {"region": "FR"}, guild=guild))
    assert await store.guild_region(guild["id"]) == "fr"
    shown = await interact(fake, await fake.slash(mod, "server-region", guild=guild))
    assert "France" in shown.original["content"] and ephemeral(shown)
    unknown = await interact(fake, await fake.slash(mod, "server-region", {"region": "atlantis"}, guild=guild))
    assert "don't know" in unknown.original["content"] and await store.guild_region(guild["id"]) == "fr"
    await interact(fake, await fake.slash(mod, "server-region", {"region": "none"}, guild=guild))
    assert await store.guild_region(guild["id"]) is None
    await stop_bot(bot)


async def test_forget_mid_narration_erases_and_nothing_more_arrives(fake, launch, tmp_path):
    ivo = fake.add_user("ivo")
    bot = await start_bot(launch, tmp_path / "w.db", pacing=1.0)
    await narrating(fake, bot, ivo)
    ask = await interact(fake, await fake.slash(ivo, "forget"), timeout=2)
    count = len(fake.messages_to(ivo))
    erase = await interact(fake, await fake.click(ivo, ask.original, erase_button(ask.original)), timeout=2)
    assert "erased" in erase.responses[0]["data"]["content"]
    assert await bot.service.store.load(f"discord:{ivo['id']}") is None
    await asyncio.sleep(1.5)
    assert len(fake.messages_to(ivo)) <= count + 1  # at most the one already on its way
    assert not bot.courier.busy()
    await stop_bot(bot)


async def test_restart_mid_narration_drops_the_old_narration_first(fake, launch, tmp_path):
    jay = fake.add_user("jay")
    bot = await start_bot(launch, tmp_path / "w.db", pacing=1.0)
    await narrating(fake, bot, jay)
    dropped = bot.courier.preempted
    record = await interact(fake, await fake.slash(jay, "restart"), timeout=2)
    assert record.response_type == 4 and bot.courier.preempted > dropped
    await stop_bot(bot)
