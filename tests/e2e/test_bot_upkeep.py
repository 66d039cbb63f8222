"""Housekeeping against the fake Discord: cooldowns, /about, presence, commands synced only when changed,
a server's settings dropped when the bot leaves it, retention at start-up."""

from __future__ import annotations

import json
import time

from bot.config import version
from bot.discord import upkeep
from bot.discord.client import PRESENCE
from bot.discord.upkeep import STATE_FILE
from bot.store.retention import DAY_S

from .bot_harness import server, start_bot, stop_bot


def answer_text(record) -> str:
    parts = [(record.original or {}).get("content") or ""]
    parts += [m.get("content") or "" for m in record.followups] + [e.get("content") or "" for e in record.edits]
    return "\n".join(parts)


def ephemeral(record) -> bool:
    data = record.responses[0].get("data") or {}
    return bool((data.get("flags") or 0) & 64)


async def run(fake, user, name, guild=None, channel=None):
    record = await fake.slash(user, name, guild=guild, channel=channel)
    await fake.wait_for(lambda f: record.answered and (record.response_type != 5 or record.edits or record.followups))
    return record


async def test_a_second_journey_within_the_window_gets_the_kind_answer(fake, launch, tmp_path):
    mia, ben = fake.add_user("mia"), fake.add_user("ben")
    bot = await start_bot(launch, tmp_path / "w.db")
    first = await run(fake, mia, "journey")
    assert "ready again" not in answer_text(first)
    second = await run(fake, mia, "journey")
    assert "You asked for that a moment ago" in answer_text(second) and ephemeral(second)
    assert "seconds" in answer_text(second)
    other = await run(fake, ben, "journey")  # per person: someone else is not held up
    assert "moment ago" not in answer_text(other)
    mydata = await run(fake, mia, "mydata")  # each command has its own window
    assert "moment ago" not in answer_text(mydata)
    again = await run(fake, mia, "mydata")
    assert "moment ago" in answer_text(again)
    await stop_bot(bot)


async def test_about_says_version_what_is_kept_and_where_the_code_is(fake, launch, tmp_path):
    mia = fake.add_user("mia")
    guild, calm, _, member, _ = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db", retention_days=90, source_url="https://example.org/ws")
    in_dm = await run(fake, mia, "about")
    text = answer_text(in_dm)
    assert f"wellspring {version()}" in text and "https://example.org/ws" in text and "PRIVACY.md" in text
    assert "90 days" in text and "/forget" in text and "never saved and never logged" in text
    assert not ephemeral(in_dm)
    in_server = await run(fake, member, "about", guild, calm)
    assert ephemeral(in_server)
    synced = {c["name"]: c for c in fake.commands["global"]}
    assert set(synced["about"]["integration_types"]) == {0, 1} and set(synced["about"]["contexts"]) == {0, 1, 2}
    await stop_bot(bot)


async def test_presence_invites_people_to_dm(fake, launch, tmp_path):
    bot = await start_bot(launch, tmp_path / "w.db")
    activity = bot.activity  # read once: discord.py builds it from the IDENTIFY payload's presence
    assert activity is not None and activity.name == PRESENCE == "DM me to begin"
    await stop_bot(bot)


async def test_commands_sync_only_when_they_changed(fake, launch, tmp_path):
    state = tmp_path / STATE_FILE
    bot = await start_bot(launch, tmp_path / "w.db", sync_state=state)
    assert len(fake.command_syncs) == 1 and bot.commands_synced is True
    remembered = json.loads(state.read_text())
    assert remembered["application_id"] == str(fake.app_id) and "global" in remembered["synced"]
    assert state.stat().st_mode & 0o077 == 0
    await stop_bot(bot)

    again = await start_bot(launch, tmp_path / "w.db", sync_state=state)  # the same commands: no sync
    assert len(fake.command_syncs) == 1 and again.commands_synced is False
    await stop_bot(again)

    forced = await start_bot(launch, tmp_path / "w.db", sync_state=state, force_sync=True)  # wellspring sync
    assert len(fake.command_syncs) == 2 and forced.commands_synced is True
    await stop_bot(forced)

    real = upkeep.command_hash

    def changed(tree, guild=None):  # as if a command were added or reworded in a new version
        return real(tree, guild) + "-changed"

    upkeep.command_hash = changed
    try:
        newer = await start_bot(launch, tmp_path / "w.db", sync_state=state)
    finally:
        upkeep.command_hash = real
    assert len(fake.command_syncs) == 3 and newer.commands_synced is True
    await stop_bot(newer)


async def test_the_hash_follows_the_payloads(fake, launch, tmp_path):
    bot = await start_bot(launch, tmp_path / "w.db")
    before = upkeep.command_hash(bot.tree)
    assert before == upkeep.command_hash(bot.tree)
    bot.tree.get_command("about").description = "Something else"
    assert upkeep.command_hash(bot.tree) != before
    await stop_bot(bot)


async def test_a_process_without_shard_0_never_syncs(fake, launch, tmp_path, fast_identify):
    fake.add_guild("one", shard=(1, 2))
    bot = await start_bot(launch, tmp_path / "w.db", shard_count=2, shard_ids=[1], sync_state=tmp_path / STATE_FILE)
    assert fake.command_syncs == [] and bot.commands_synced is False
    assert not upkeep.runs_retention(bot)
    await stop_bot(bot)


async def test_leaving_a_server_drops_its_settings(fake, launch, tmp_path):
    guild, calm, lobby, member, mod = server(fake)
    other = fake.add_guild("Other")
    other_channel = fake.add_text_channel(other, "here")
    bot = await start_bot(launch, tmp_path / "w.db")
    store = bot.service.store
    await store.set_channel(guild["id"], calm["id"], True, f"discord:{mod['id']}", 1.0)
    await store.set_guild_region(guild["id"], "US")
    await store.set_channel(other["id"], other_channel["id"], True, f"discord:{mod['id']}", 1.0)
    await fake.dispatch("GUILD_DELETE", {"id": guild["id"]}, guild_id=guild["id"])
    for _ in range(100):
        if not await store.channels(guild["id"]):
            break
        await _tick()
    assert await store.channels(guild["id"]) == [] and await store.guild_region(guild["id"]) is None
    assert await store.channels(other["id"]) == [other_channel["id"]]
    await stop_bot(bot)


async def test_retention_runs_at_start_up(fake, launch, tmp_path):
    from bot.journey.model import PersonState
    from bot.store.sqlite import SqliteStore
    from tests.store.conftest import save

    now = time.time()
    store = await SqliteStore.open(tmp_path / "w.db")
    await save(store, PersonState("discord:1", "candle", "warmth", started_at=now - 50 * DAY_S,
                                  updated_at=now - 40 * DAY_S))
    await save(store, PersonState("discord:2", "candle", "warmth", started_at=now - 50 * DAY_S,
                                  updated_at=now - 5 * DAY_S))
    await store.close()
    bot = await start_bot(launch, tmp_path / "w.db", retention_days=30)
    for _ in range(200):
        if await bot.service.store.load("discord:1") is None:
            break
        await _tick()
    assert await bot.service.store.load("discord:1") is None
    assert await bot.service.store.load("discord:2") is not None
    await stop_bot(bot)


async def _tick() -> None:
    import asyncio

    await asyncio.sleep(0.02)


async def test_wellspring_sync_publishes_the_commands_and_remembers_the_hash(fake, tmp_path, capsys):
    from bot.__main__ import _sync
    from bot.config import load_settings

    settings = load_settings({"DISCORD_TOKEN": "test-token", "WELLSPRING_DB": str(tmp_path / "w.db")}, env_file=None)
    assert await _sync(settings) == 0
    assert len(fake.command_syncs) == 1 and "about" in {c["name"] for c in fake.commands["global"]}
    assert "slash commands synced globally" in capsys.readouterr().out
    assert await _sync(settings) == 0  # forced: it syncs even though nothing changed
    assert len(fake.command_syncs) == 2
    remembered = json.loads((tmp_path / STATE_FILE).read_text())
    assert remembered["application_id"] == str(fake.app_id) and remembered["synced"]["global"]
    fake.accepted_tokens = {"another-token"}
    assert await _sync(settings) == 2
    assert "refused the token" in capsys.readouterr().err


async def test_a_state_file_that_cannot_be_written_only_means_syncing_every_start(fake, launch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the state's folder would be")
    bot = await start_bot(launch, tmp_path / "w.db", sync_state=blocker / STATE_FILE)
    assert bot.is_ready() and bot.commands_synced is True and len(fake.command_syncs) == 1
    await stop_bot(bot)
