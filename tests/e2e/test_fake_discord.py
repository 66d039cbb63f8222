"""The fake Discord works with the real discord.py client (plain clients, not the wellspring bot)."""

from __future__ import annotations

import asyncio

import discord
import pytest
from discord import app_commands

from .fake_discord import FakeDiscord

FAST = {"guild_ready_timeout": 0.05}


def plain_client(**kwargs) -> discord.Client:
    """A discord.Client with default intents and fast readiness."""
    return discord.Client(intents=discord.Intents.default(), **FAST, **kwargs)


class Recorder(discord.Client):
    """A client that keeps what it receives."""

    def __init__(self, **kwargs) -> None:
        super().__init__(intents=discord.Intents.default(), **FAST, **kwargs)
        self.received: list[discord.Message] = []
        self.resumed = 0

    async def on_message(self, message: discord.Message) -> None:
        """Keep messages from people."""
        if not message.author.bot:
            self.received.append(message)

    async def on_resumed(self) -> None:
        """Count RESUMED events."""
        self.resumed += 1


async def test_login_ready_and_dm_roundtrip(fake: FakeDiscord, launch) -> None:
    """Login, READY, on_ready; a DM arrives with content; the reply is recorded with allowed_mentions."""
    garden = fake.add_guild("Garden")
    fake.add_text_channel(garden, "calm")
    alice = fake.add_user("alice")
    client = await launch(Recorder())
    assert client.user.id == int(fake.bot_user["id"])
    assert client.application_id == int(fake.app_id)
    assert [g.name for g in client.guilds] == ["Garden"]
    assert fake.tokens == ["test-token"] and "Bot test-token" in fake.auth_headers

    await fake.user_sends_dm(alice, "hello there")
    await fake.wait_for(lambda f: client.received, timeout=5)
    incoming = client.received[0]
    assert incoming.content == "hello there" and incoming.guild is None
    assert incoming.author.id == int(alice["id"])

    await incoming.channel.send("welcome", allowed_mentions=discord.AllowedMentions.none())
    sent = fake.messages_to(alice)
    assert [m["content"] for m in sent] == ["welcome"]
    assert sent[0]["allowed_mentions"]["parse"] == []


async def test_dm_to_new_user_opens_channel_and_typing(fake: FakeDiscord, launch) -> None:
    """user.send opens a DM channel via POST /users/@me/channels; typing is recorded; files arrive."""
    bob = fake.add_user("bob")
    client = await launch(plain_client())
    user = await client.fetch_user(int(bob["id"]))
    async with user.typing():
        pass
    await user.send("a file", file=discord.File(fp=__import__("io").BytesIO(b"abc"), filename="note.txt"))
    (msg,) = fake.messages_to(bob)
    assert msg["attachments"][0]["filename"] == "note.txt" and msg["attachments"][0]["bytes"] == b"abc"
    assert fake.typing_events == [fake.dm_channel_of(bob)["id"]]


async def test_closed_dms_raise_forbidden_50007(fake: FakeDiscord, launch) -> None:
    """A user with closed DMs makes send raise discord.Forbidden with code 50007."""
    carol = fake.add_user("carol", dms_open=False)
    client = await launch(plain_client())
    user = await client.fetch_user(int(carol["id"]))
    with pytest.raises(discord.Forbidden) as err:
        await user.send("hi")
    assert err.value.code == 50007 and err.value.status == 403
    assert fake.messages_to(carol) == []


async def test_rate_limit_is_retried(fake: FakeDiscord, launch) -> None:
    """A 429 is retried by discord.py and the message still lands once."""
    dan = fake.add_user("dan")
    client = await launch(plain_client())
    user = await client.fetch_user(int(dan["id"]))
    fake.rate_limit("/messages", times=2, retry_after=0.05)
    await asyncio.wait_for(user.send("patient"), timeout=5)
    assert [m["content"] for m in fake.messages_to(dan)] == ["patient"]
    posts = [r for r in fake.requests if r[0] == "POST" and r[1].endswith("/messages")]
    assert len(posts) == 3


async def test_unknown_route_is_json_404(fake: FakeDiscord, launch) -> None:
    """Routes the fake lacks answer 404 with a JSON body (discord.py raises NotFound, no retries)."""
    client = await launch(plain_client())
    with pytest.raises(discord.NotFound):
        await client.fetch_invite("nope")


class Panel(discord.ui.View):
    """A persistent two-button view."""

    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Breathe", custom_id="t:breathe")
    async def breathe(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Answer ephemerally, then edit that answer."""
        await interaction.response.send_message("in...", ephemeral=True)
        await interaction.edit_original_response(content="in... and out")

    @discord.ui.button(label="Next", custom_id="t:next")
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Update the clicked message, then send a followup."""
        await interaction.response.edit_message(content="step two", view=None)
        await interaction.followup.send("followup", ephemeral=True)


async def test_button_click_interaction(fake: FakeDiscord, launch) -> None:
    """A view message is sent; clicks arrive as interactions; responses, edits and followups are recorded."""
    erin = fake.add_user("erin")
    client = await launch(plain_client())
    user = await client.fetch_user(int(erin["id"]))
    await user.send("choose", view=Panel())
    (panel,) = fake.messages_to(erin)
    assert panel["components"][0]["components"][0]["custom_id"] == "t:breathe"

    first = await fake.click(erin, panel, "t:breathe")
    await fake.wait_for(lambda f: first.edits, timeout=5)
    assert first.response_type == 4 and first.responses[0]["data"]["flags"] & 64
    assert first.original["content"] == "in... and out" and first.original["flags"] & 64

    second = await fake.click(erin, panel, "t:next")
    await fake.wait_for(lambda f: second.followups, timeout=5)
    assert second.response_type == 7
    assert fake.messages[panel["id"]]["content"] == "step two"
    assert fake.messages[panel["id"]]["components"] == []
    assert second.followups[0]["content"] == "followup"


async def test_slash_command_sync_and_invoke(fake: FakeDiscord, launch) -> None:
    """A CommandTree syncs (bulk overwrite recorded) and /begin from a guild member reaches it."""
    garden = fake.add_guild("Garden")
    calm = fake.add_text_channel(garden, "calm")
    mod = fake.add_user("mod")
    fake.add_member(garden, mod, permissions=0x10)  # manage_channels
    client = plain_client()
    tree = app_commands.CommandTree(client)
    seen: list[tuple[str, bool, int]] = []

    @tree.command(name="begin", description="Start the journey")
    async def begin(interaction: discord.Interaction, pace: str = "gentle") -> None:
        """Record who asked and answer."""
        seen.append((pace, interaction.permissions.manage_channels, interaction.channel_id))
        await interaction.response.send_message(f"beginning {pace}", ephemeral=True)

    await launch(client)
    synced = await tree.sync()
    assert [c.name for c in synced] == ["begin"] and fake.commands["global"][0]["name"] == "begin"
    assert fake.command_syncs[0][0] == "global"

    rec = await fake.slash(mod, "begin", options={"pace": "slow"}, guild=garden, channel=calm)
    await fake.wait_for(lambda f: rec.answered, timeout=5)
    assert seen == [("slow", True, int(calm["id"]))]
    assert rec.original["content"] == "beginning slow"
    assert rec.payload["data"]["id"] == fake.commands["global"][0]["id"]


async def test_guild_command_sync_and_dm_slash(fake: FakeDiscord, launch) -> None:
    """Guild-scoped sync lands under the guild id; a global command also works from DMs."""
    garden = fake.add_guild("Garden")
    fake.add_text_channel(garden, "calm")
    fay = fake.add_user("fay")
    client = plain_client()
    tree = app_commands.CommandTree(client)

    @tree.command(name="pause", description="Pause")
    async def pause(interaction: discord.Interaction) -> None:
        """Answer in the DM."""
        await interaction.response.send_message(f"paused for {interaction.user.name}")

    await launch(client)
    tree.copy_global_to(guild=discord.Object(int(garden["id"])))
    await tree.sync(guild=discord.Object(int(garden["id"])))
    await tree.sync()
    assert fake.commands[garden["id"]][0]["guild_id"] == garden["id"]
    rec = await fake.slash(fay, "pause")
    await fake.wait_for(lambda f: rec.answered, timeout=5)
    assert fake.messages_to(fay)[-1]["content"] == "paused for fay"


async def test_reconnect_resumes_and_replays(fake: FakeDiscord, launch) -> None:
    """Op 7 -> the client RESUMEs, gets RESUMED, and keeps receiving (events sent meanwhile are replayed)."""
    gus = fake.add_user("gus")
    client = await launch(Recorder())
    (session,) = fake.connected_sessions
    await fake.reconnect_all()
    await fake.user_sends_dm(gus, "while away")
    await fake.wait_for(lambda f: client.resumed == 1, timeout=10)
    await fake.user_sends_dm(gus, "after")
    await fake.wait_for(lambda f: len(client.received) == 2, timeout=5)
    assert [m.content for m in client.received] == ["while away", "after"]
    assert fake.connected_sessions == [session] and len(fake.sessions) == 1
    assert any(frame["op"] == 6 for frame in fake.gateway.frames_in)


async def test_guild_message_content_needs_intent(fake: FakeDiscord, launch) -> None:
    """Without the message_content intent, guild messages arrive with empty content (as on Discord)."""
    garden = fake.add_guild("Garden")
    calm = fake.add_text_channel(garden, "calm")
    hal = fake.add_user("hal")
    fake.add_member(garden, hal)
    client = await launch(Recorder())
    await fake.user_sends_in_channel(hal, calm, "secret words")
    await fake.wait_for(lambda f: client.received, timeout=5)
    assert client.received[0].content == "" and client.received[0].guild.id == int(garden["id"])


class ShardRecorder(discord.AutoShardedClient):
    """An auto-sharded client that records which shard saw which guild event."""

    def __init__(self, **kwargs) -> None:
        super().__init__(intents=discord.Intents.default(), **FAST, **kwargs)
        self.seen: list[tuple[int, int]] = []

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        """Record (guild id, shard id) of each interaction."""
        self.seen.append((interaction.guild_id or 0, interaction.guild.shard_id if interaction.guild else 0))


async def test_auto_sharded_client_routes_guilds(fake: FakeDiscord, launch, fast_identify) -> None:
    """AutoShardedClient (shard_count from GET /gateway/bot) connects two shards; events go to the guild's shard."""
    fake.shard_count = 2
    even = fake.add_guild("Even", shard=(0, 2))
    odd = fake.add_guild("Odd", shard=(1, 2))
    odd_ch = fake.add_text_channel(odd, "general")
    fake.add_text_channel(even, "general")
    ivy = fake.add_user("ivy")
    fake.add_member(odd, ivy)
    client = await launch(ShardRecorder())
    assert sorted(client.shards) == [0, 1]
    assert {s.shard_id for s in fake.connected_sessions} == {0, 1}
    assert client.get_guild(int(odd["id"])).shard_id == 1

    await fake.slash(ivy, "anything", guild=odd, channel=odd_ch)
    await fake.wait_for(lambda f: client.seen, timeout=5)
    assert client.seen == [(int(odd["id"]), 1)]
    (shard1,) = [s for s in fake.connected_sessions if s.shard_id == 1]
    assert "INTERACTION_CREATE" in shard1.events
    (shard0,) = [s for s in fake.connected_sessions if s.shard_id == 0]
    assert "INTERACTION_CREATE" not in shard0.events


async def test_two_clients_with_explicit_shard_ids(fake: FakeDiscord, launch) -> None:
    """Two clients (shard 0 and 1 of 2) each get only their guilds; DMs go to shard 0."""
    even = fake.add_guild("Even", shard=(0, 2))
    odd = fake.add_guild("Odd", shard=(1, 2))
    jo = fake.add_user("jo")
    c0 = await launch(Recorder(shard_id=0, shard_count=2))
    c1 = await launch(Recorder(shard_id=1, shard_count=2))
    assert [g.id for g in c0.guilds] == [int(even["id"])]
    assert [g.id for g in c1.guilds] == [int(odd["id"])]
    await fake.user_sends_dm(jo, "hi shard zero")
    await fake.wait_for(lambda f: c0.received, timeout=5)
    await asyncio.sleep(0.05)
    assert c1.received == []


async def test_defer_then_followup_fills_original(fake: FakeDiscord, launch) -> None:
    """A deferred ("thinking") response is completed by the first followup, as on Discord."""
    kim = fake.add_user("kim")
    client = plain_client()
    tree = app_commands.CommandTree(client)

    @tree.command(name="slow", description="Takes a moment")
    async def slow(interaction: discord.Interaction) -> None:
        """Defer, then answer."""
        await interaction.response.defer(thinking=True)
        await interaction.followup.send("done")

    await launch(client)
    rec = await fake.slash(kim, "slow")
    await fake.wait_for(lambda f: rec.edits, timeout=5)
    assert rec.response_type == 5 and rec.followups == []
    assert rec.original["content"] == "done" and not rec.original["flags"] & 128


async def test_server_disconnect_resumes(fake: FakeDiscord, launch) -> None:
    """A dropped socket (code 4000) makes the client RESUME the same session."""
    lee = fake.add_user("lee")
    client = await launch(Recorder())
    await fake.disconnect_all()
    await fake.wait_for(lambda f: client.resumed == 1, timeout=10)
    await fake.user_sends_dm(lee, "still here?")
    await fake.wait_for(lambda f: client.received, timeout=5)
    assert len(fake.sessions) == 1


async def test_members_intent_gets_chunk(fake: FakeDiscord, launch) -> None:
    """With the members intent, on_ready waits for op 8, answered with GUILD_MEMBERS_CHUNK."""
    garden = fake.add_guild("Garden")
    for name in ("mia", "ned"):
        fake.add_member(garden, fake.add_user(name))
    intents = discord.Intents.default()
    intents.members = True
    client = await launch(discord.Client(intents=intents, **FAST), timeout=5)
    assert {m.name for m in client.get_guild(int(garden["id"])).members} == {"wellspring", "owner", "mia", "ned"}
    assert any(frame["op"] == 8 for frame in fake.gateway.frames_in)


async def test_unknown_token_fails_login(fake: FakeDiscord) -> None:
    """With accepted_tokens set, another token gets 401 and discord.py raises LoginFailure."""
    fake.accepted_tokens = {"good"}
    client = plain_client()
    try:
        with pytest.raises(discord.LoginFailure):
            await asyncio.wait_for(client.login("bad"), timeout=5)
    finally:
        await client.close()


async def test_guild_view_click_edit_delete_and_fetches(fake: FakeDiscord, launch) -> None:
    """In a guild: a view message, a member's click, message edit and delete, fetch_channel, fetch_commands."""
    garden = fake.add_guild("Garden")
    calm = fake.add_text_channel(garden, "calm")
    max_ = fake.add_user("max")
    fake.add_member(garden, max_)
    client = plain_client()
    tree = app_commands.CommandTree(client)
    clicks: list[tuple[str, bool]] = []

    class Once(discord.ui.View):
        """One button that records the clicking member."""

        @discord.ui.button(label="Go", custom_id="g:go")
        async def go(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
            """Record and defer the update."""
            clicks.append((interaction.user.name, isinstance(interaction.user, discord.Member)))
            await interaction.response.defer()

    @tree.command(name="hello", description="hi")
    async def hello(interaction: discord.Interaction) -> None:
        """Unused here."""

    await launch(client)
    await tree.sync()
    assert [c.name for c in await tree.fetch_commands()] == ["hello"]
    channel = await client.fetch_channel(int(calm["id"]))
    assert channel.name == "calm"
    sent = await channel.send("press", view=Once())
    rec = await fake.click(max_, fake.messages_to(calm)[0], "g:go")
    await fake.wait_for(lambda f: rec.answered, timeout=5)
    assert clicks == [("max", True)] and rec.response_type == 6

    await sent.edit(content="pressed", view=None)
    assert fake.messages_to(calm)[0]["content"] == "pressed" and fake.messages_to(calm)[0]["components"] == []
    await sent.delete()
    assert fake.messages_to(calm) == []
    assert ("DELETE", f"/channels/{calm['id']}/messages/{sent.id}", None) in fake.requests
