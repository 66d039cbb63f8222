"""Crisis care nobody can miss, on the fake Discord with the real client and pacing on.

What the adapter does is asserted everywhere: the Inbound each event becomes (command, locale,
the server's region), where and how the answer goes (in place, ephemeral, DMs), that the service's
replies arrive whole and first, and that queued narration never comes after them. Tests marked
`service` also assert what the service answers (crisis kinds and content from bot/service.py and
bot/care); those follow the service, not this adapter.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.journey.turns import Option, Reply

from .bot_harness import (
    HELP_NOW,
    answered_texts,
    buttons,
    choices,
    contents,
    ephemeral,
    interact,
    narrating,
    press,
    say,
    server,
    settle,
    start_bot,
    stop_bot,
    watch_turns,
)

URGENT = {"crisis", "check", "care"}


@pytest.mark.service
@pytest.mark.parametrize("pacing", [1.0, 3.0])
async def test_a_crisis_typed_mid_narration_is_answered_within_a_second_and_the_narration_stops(
        fake, launch, tmp_path, pacing):
    ana = fake.add_user("ana")
    bot = await start_bot(launch, tmp_path / "w.db", pacing=pacing)
    turns = watch_turns(bot)
    await narrating(fake, bot, ana)
    before = len(fake.messages_to(ana))
    dm = fake.dm_channel_of(ana)["id"]
    typed = fake.typing_events.count(dm)
    started = time.monotonic()
    await fake.user_sends_dm(ana, "i want to die")
    await fake.wait_for(lambda f: any(i.text == "i want to die" for i, _ in turns), timeout=1.0)
    care = next(r for i, r in turns if i.text == "i want to die")
    expected = contents(care)
    await fake.wait_for(lambda f: any(m["content"] == expected[0] for m in f.messages_to(ana)), timeout=1.0)
    assert time.monotonic() - started < 1.0
    await fake.wait_for(lambda f: not bot.courier.busy(), timeout=2)  # nothing left queued: the narration was dropped
    await asyncio.sleep(1.0 * pacing)  # longer than any pause the dropped narration would have taken first
    sent = [m["content"] for m in fake.messages_to(ana)]
    first = sent.index(expected[0])
    assert first - before <= 1  # at most the one narration message already on its way
    assert sent[first:] == expected  # the care, whole, and nothing narrated after it
    assert fake.typing_events.count(dm) - typed <= 1  # at most a "typing…" already on its way; none for the care
    # the service: it is crisis care, and the person's place was kept (not lost, not advanced)
    assert care[0].kind == "crisis" and all(r.kind in URGENT for r in care)
    assert await bot.service.store.load(f"discord:{ana['id']}") is not None
    await stop_bot(bot)


@pytest.mark.service
async def test_every_step_has_help_now_in_one_tap_and_it_gets_crisis_care(fake, launch, tmp_path):
    ben = fake.add_user("ben")
    bot = await start_bot(launch, tmp_path / "w.db")
    turns = watch_turns(bot)
    step = (await say(fake, bot, ben, "hello"))[-1]
    assert choices(step), "the first step offers choices"
    last_row = step["components"][-1]["components"]
    assert [(b["custom_id"], b["label"], b["style"]) for b in last_row] == [(HELP_NOW, "I need help now", 2)]
    assert all(HELP_NOW not in [b["custom_id"] for b in row["components"]] for row in step["components"][:-1])
    answer = await press(fake, bot, ben, step, HELP_NOW)
    inbound, replies = turns[-1]
    assert inbound.command == "help-now" and inbound.locale == "en-US" and inbound.guild_region is None
    assert [m["content"] for m in answer] == contents(replies)
    # the service
    assert replies[0].kind == "crisis" and all(r.kind in URGENT for r in replies)
    await stop_bot(bot)


@pytest.mark.service
async def test_help_now_stays_in_reach_while_the_next_step_is_narrated(fake, launch, tmp_path):
    cy = fake.add_user("cy")
    bot = await start_bot(launch, tmp_path / "w.db")
    turns = watch_turns(bot)
    step = (await say(fake, bot, cy, "hello"))[-1]
    bot.courier.pacing = 3.0  # from here on, narration is paced (slowly: every pause outlasts the 1 s budget)
    before = len(fake.messages_to(cy))
    record = await fake.click(cy, step, choices(step)[1]["custom_id"])  # "Tell me a little more": two lines
    await interact(fake, record)
    clicked = fake.messages[step["id"]]
    assert [b["custom_id"] for b in buttons(clicked)] == [HELP_NOW]  # the choices go, help stays
    await fake.wait_for(lambda f: len(f.messages_to(cy)) > before, timeout=10)
    assert bot.courier.busy(f"discord:{cy['id']}")  # resting before the next line
    started = time.monotonic()
    await fake.click(cy, clicked, HELP_NOW)
    await fake.wait_for(lambda f: turns[-1][0].command == "help-now", timeout=1.0)
    expected = contents(turns[-1][1])
    await fake.wait_for(lambda f: any(m["content"] == expected[0] for m in f.messages_to(cy)), timeout=1.0)
    assert time.monotonic() - started < 1.0
    await asyncio.sleep(1.0)
    sent = [m["content"] for m in fake.messages_to(cy)]
    assert sent[sent.index(expected[0]):] == expected
    assert turns[-1][1][0].kind == "crisis"  # the service
    await stop_bot(bot)


@pytest.mark.service
async def test_help_now_in_the_dm_answers_in_place_at_once_and_stops_the_narration(fake, launch, tmp_path):
    dee = fake.add_user("dee")
    bot = await start_bot(launch, tmp_path / "w.db", pacing=1.0)
    turns = watch_turns(bot)
    await narrating(fake, bot, dee)
    started = time.monotonic()
    record = await fake.slash(dee, "help-now", locale="fr")
    await interact(fake, record, timeout=1.0)
    assert time.monotonic() - started < 1.0
    inbound, replies = turns[-1]
    assert inbound.command == "help-now" and inbound.locale == "fr"
    assert record.response_type == 4 and not ephemeral(record)  # in place, in their own DM
    await fake.wait_for(lambda f: len(answered_texts(record)) == len(contents(replies)), timeout=1.0)
    assert answered_texts(record) == contents(replies)
    await asyncio.sleep(1.5)
    sent = [m["content"] for m in fake.messages_to(dee)]
    assert sent[sent.index(contents(replies)[0]):] == contents(replies)  # no narration after the care
    assert not bot.courier.busy()
    assert replies[0].kind == "crisis"  # the service
    await stop_bot(bot)


@pytest.mark.service
async def test_help_now_in_a_server_channel_that_is_not_enabled_is_ephemeral(fake, launch, tmp_path):
    guild, calm, lobby, member, mod = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    turns = watch_turns(bot)
    assert not await bot.service.store.is_enabled(guild["id"], lobby["id"])
    region = await interact(fake, await fake.slash(mod, "server-region", {"region": "fr"}, guild=guild, channel=lobby))
    assert ephemeral(region) and "France" in region.original["content"]
    record = await interact(fake, await fake.slash(member, "help-now", guild=guild, channel=lobby))
    inbound, replies = turns[-1]
    assert inbound.command == "help-now" and inbound.locale == "en-US" and inbound.guild_region == "fr"
    assert ephemeral(record) and "isn't enabled" not in record.original["content"]
    await fake.wait_for(lambda f: len(answered_texts(record)) == len(contents(replies)), timeout=2)
    assert answered_texts(record) == contents(replies)
    assert all((m.get("flags") or 0) & 64 for m in fake.messages_to(lobby))  # nothing public in the server
    assert all((m.get("flags") or 0) & 64 for m in record.followups)
    assert fake.messages_to(member) == []  # and nothing sent to their DMs either
    assert replies[0].kind == "crisis"  # the service
    await stop_bot(bot)


@pytest.mark.service
async def test_help_now_from_a_user_install_in_a_server_and_in_a_private_channel(fake, launch, tmp_path):
    guild, calm, lobby, member, mod = server(fake)
    friend = fake.add_user("friend")
    group = fake.add_private_channel(member, friend)
    bot = await start_bot(launch, tmp_path / "w.db")
    turns = watch_turns(bot)
    in_server = await interact(fake, await fake.slash(member, "help-now", guild=guild, channel=lobby,
                                                      user_install=True))
    assert ephemeral(in_server) and turns[-1][0].command == "help-now"
    assert in_server.payload["authorizing_integration_owners"] == {"1": member["id"]}
    in_group = await interact(fake, await fake.slash(member, "help-now", channel=group))
    assert in_group.payload["context"] == 2 and ephemeral(in_group)
    inbound, replies = turns[-1]
    assert inbound.command == "help-now" and inbound.guild_region is None
    await fake.wait_for(lambda f: len(answered_texts(in_group)) == len(contents(replies)), timeout=2)
    assert all((m.get("flags") or 0) & 64 for m in fake.messages_to(group))
    assert not [r for r in fake.requests if r[0] == "POST" and r[1] == f"/channels/{group['id']}/messages"]
    assert replies[0].kind == "crisis"  # the service
    await stop_bot(bot)


@pytest.mark.service
async def test_check_buttons_go_to_the_service_and_no_gets_its_answer(fake, launch, tmp_path):
    fox = fake.add_user("fox")
    bot = await start_bot(launch, tmp_path / "w.db")
    turns = watch_turns(bot)
    await say(fake, bot, fox, "hello")
    user = await bot.fetch_user(int(fox["id"]))
    question = Reply("Are you having thoughts of ending your life?", "check",
                     (Option("Yes", command="check-yes"), Option("No, I'm safe", command="check-no"),
                      Option("I'd rather not say", command="check-unsaid")))
    before = len(fake.messages_to(fox))
    bot.send(user, await bot.dm_channel(user), [question])
    asked = (await settle(fake, bot, fox, before))[-1]
    assert [b["custom_id"] for b in buttons(asked)] == ["ws:cmd:check-yes", "ws:cmd:check-no", "ws:cmd:check-unsaid"]
    answer = await press(fake, bot, fox, asked, "ws:cmd:check-no")
    inbound, replies = turns[-1]
    assert inbound.command == "check-no" and inbound.locale == "en-US"
    assert [m["content"] for m in answer] == contents(replies)
    assert buttons(fake.messages[asked["id"]]) == []  # answered: the question's buttons are gone
    assert replies[0].kind == "check" and "glad" in replies[0].text.lower()  # the service: thanks, and on we go
    await stop_bot(bot)


@pytest.mark.parametrize("name", ["grounding", "ground-senses", "ground-breathing", "ground-next", "ground-stop",
                                  "plan", "plan-yes", "plan-no", "plan-skip", "plan-stop", "lines", "check-yes",
                                  "check-unsaid", "safety-plan", "region"])
async def test_every_care_button_reaches_the_service_as_its_command(fake, launch, tmp_path, name):
    gil = fake.add_user("gil")
    bot = await start_bot(launch, tmp_path / "w.db")
    turns = watch_turns(bot)
    await say(fake, bot, gil, "hello")
    user = await bot.fetch_user(int(gil["id"]))
    before = len(fake.messages_to(gil))
    bot.send(user, await bot.dm_channel(user), [Reply("Here with you.", "care", (Option(name, command=name),))])
    offered = (await settle(fake, bot, gil, before))[-1]
    answer = await press(fake, bot, gil, offered, f"ws:cmd:{name}")
    assert turns[-1][0].command == name and turns[-1][0].person_id == f"discord:{gil['id']}"
    assert [m["content"] for m in answer] == contents(turns[-1][1])
    await stop_bot(bot)


@pytest.mark.service
async def test_safety_plan_is_private_in_a_server_and_in_place_in_the_dm(fake, launch, tmp_path):
    guild, calm, lobby, member, mod = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    turns = watch_turns(bot)
    in_server = await interact(fake, await fake.slash(member, "safety-plan", guild=guild, channel=lobby))
    assert ephemeral(in_server) and turns[-1][0].command == "safety-plan"
    in_dm = await interact(fake, await fake.slash(member, "safety-plan"))
    assert not ephemeral(in_dm) and answered_texts(in_dm)[0] == contents(turns[-1][1])[0]
    assert all((m.get("flags") or 0) & 64 for m in fake.messages_to(lobby))
    await stop_bot(bot)


@pytest.mark.service
async def test_care_buttons_on_an_ephemeral_answer_stay_private_and_the_journey_goes_to_dms(fake, launch, tmp_path):
    guild, calm, lobby, member, mod = server(fake)
    bot = await start_bot(launch, tmp_path / "w.db")
    turns = watch_turns(bot)
    await say(fake, bot, member, "hello")  # a journey under way in their DMs
    in_dm = len(fake.messages_to(member))
    record = await interact(fake, await fake.slash(member, "help-now", guild=guild, channel=lobby))
    await fake.wait_for(lambda f: len(answered_texts(record)) == len(contents(turns[-1][1])), timeout=2)
    offered = next(m for m in [record.original, *record.followups] if buttons(m))
    ids = [b["custom_id"] for b in buttons(offered)]
    assert "ws:cmd:grounding" in ids and "ws:cmd:resume" in ids  # the service offers grounding, and the way back
    ground = await interact(fake, await fake.click(member, offered, "ws:cmd:grounding"))
    await fake.wait_for(lambda f: ground.followups, timeout=2)
    assert turns[-1][0].command == "grounding" and turns[-1][0].guild_region is None
    assert [m["content"] for m in ground.followups] == contents(turns[-1][1])
    assert all((m.get("flags") or 0) & 64 for m in ground.followups)
    assert all((m.get("flags") or 0) & 64 for m in fake.messages_to(lobby))
    assert len(fake.messages_to(member)) == in_dm  # care stayed where it was asked for
    assert buttons(fake.messages[offered["id"]]) == []  # the clicked answer's buttons are gone
    again = await interact(fake, await fake.slash(member, "help-now", guild=guild, channel=lobby))
    await fake.wait_for(lambda f: len(answered_texts(again)) == len(contents(turns[-1][1])), timeout=2)
    offered = next(m for m in [again.original, *again.followups] if buttons(m))
    back = await interact(fake, await fake.click(member, offered, "ws:cmd:resume"))
    await fake.wait_for(lambda f: back.followups, timeout=3)
    assert "direct message" in back.followups[-1]["content"]  # the journey itself happens in DMs
    assert (await settle(fake, bot, member, in_dm)) and turns[-1][0].command == "resume"
    await stop_bot(bot)
