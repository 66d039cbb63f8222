"""A person's journey in DMs with the real bot: buttons, text, restarts, doubts, crisis."""

from __future__ import annotations

from .bot_harness import buttons, erase_button, last_with_buttons, press, say, settle, start_bot, stop_bot


def assert_safe(messages: list[dict]) -> None:
    for message in messages:
        assert message["allowed_mentions"] == {"parse": []} or message["allowed_mentions"]["parse"] == []
        assert 0 < len(message["content"]) <= 2000
        assert len(buttons(message)) <= 25


async def walk(fake, bot, user, answers=("a warm light",), limit=300):
    """Take the first choice each time; answer free-text prompts; stop at the journey's end."""
    seen = []
    for _ in range(limit):
        latest = fake.messages_to(user)[-1]
        if "Your journey is complete" in latest["content"]:
            return seen
        if buttons(latest) and buttons(latest)[0]["custom_id"].startswith("ws:c:"):
            seen += await press(fake, bot, user, latest, buttons(latest)[0]["custom_id"])
        else:
            seen += await say(fake, bot, user, answers[0])
    raise AssertionError("the journey did not end")


async def test_first_dm_greets_and_the_whole_journey_walks_to_waking(fake, launch, tmp_path):
    alice = fake.add_user("alice")
    bot = await start_bot(launch, tmp_path / "w.db")
    first = await say(fake, bot, alice, "hi")
    text = "\n".join(m["content"] for m in first)
    assert "Stage 1 of 7" in text and "not therapy" in text and "bot" in text
    walked = await walk(fake, bot, alice)
    everything = "\n".join(m["content"] for m in fake.messages_to(alice))
    for number in range(1, 8):
        assert f"Stage {number} of 7" in everything
    assert_safe(fake.messages_to(alice))
    state = await bot.service.store.load(f"discord:{alice['id']}")
    assert state.status == "completed" and state.completed == 1
    assert len(walked) > 50  # narration comes as many short messages
    assert fake.typing_events == []  # pacing is off in tests; see test_pacing_types_between_lines
    await stop_bot(bot)


async def test_old_button_gets_moment_passed_and_current_step(fake, launch, tmp_path):
    bea = fake.add_user("bea")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, bea, "hello")
    old = last_with_buttons(fake, bea)
    await say(fake, bot, bea, "1")  # typed the number, so the old message keeps its buttons
    current = last_with_buttons(fake, bea)
    answer = await press(fake, bot, bea, old, buttons(old)[0]["custom_id"])
    assert "That moment has passed" in answer[0]["content"]
    assert [b["custom_id"] for b in buttons(answer[-1])] == [b["custom_id"] for b in buttons(current)]
    await stop_bot(bot)


async def test_restart_resumes_at_the_same_step_and_old_buttons_still_answer(fake, launch, tmp_path):
    cara = fake.add_user("cara")
    db = tmp_path / "w.db"
    bot = await start_bot(launch, db)
    await say(fake, bot, cara, "hello")
    step_one = last_with_buttons(fake, cara)
    await say(fake, bot, cara, "1")
    current = last_with_buttons(fake, cara)
    before = await bot.service.store.load(f"discord:{cara['id']}")
    await stop_bot(bot)

    bot = await start_bot(launch, db)  # a new process: new client, new store on the same file
    after = await bot.service.store.load(f"discord:{cara['id']}")
    assert (after.stage, after.node, after.step) == (before.stage, before.node, before.step)
    stale = await press(fake, bot, cara, step_one, buttons(step_one)[0]["custom_id"])
    assert "That moment has passed" in stale[0]["content"]
    moved = await press(fake, bot, cara, current, buttons(current)[0]["custom_id"])  # from before the restart
    assert moved and "That moment has passed" not in moved[0]["content"]
    assert (await bot.service.store.load(f"discord:{cara['id']}")).step > before.step
    await stop_bot(bot)


async def test_pause_and_resume_slash_commands_in_dm(fake, launch, tmp_path):
    dev = fake.add_user("dev")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, dev, "hello")
    paused = await fake.slash(dev, "pause")
    await fake.wait_for(lambda f: paused.answered)
    assert "Paused at stage 1 of 7" in paused.original["content"]
    reply = await say(fake, bot, dev, "are you there?")
    assert "/resume" in reply[0]["content"]
    status = await fake.slash(dev, "status")
    await fake.wait_for(lambda f: status.answered)
    assert "stage 1 of 7" in status.original["content"] and "●○○○○○○" in status.original["content"]
    resumed = await fake.slash(dev, "resume")
    await fake.wait_for(lambda f: resumed.answered)
    assert "Welcome back" in resumed.original["content"]
    await settle(fake, bot, dev, 0)
    assert buttons(fake.messages_to(dev)[-1])
    await stop_bot(bot)


async def test_a_doubt_gets_a_reframe_and_the_journey_goes_on(fake, launch, tmp_path):
    eli = fake.add_user("eli")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, eli, "hello")
    step = last_with_buttons(fake, eli)
    answer = await say(fake, bot, eli, "honestly i always mess everything up")
    state = await bot.service.store.load(f"discord:{eli['id']}")
    # theme or trap acknowledgement
    assert any(seen.startswith(("failure", "feeling.")) for seen in state.reframes_seen)
    assert answer[-1]["components"] and [b["label"] for b in buttons(answer[-1])] == [b["label"] for b in buttons(step)]
    assert "mess everything up" not in repr(state)  # labels, never the person's words
    await stop_bot(bot)


async def test_crisis_words_get_resources_and_a_pause(fake, launch, tmp_path):
    fay = fake.add_user("fay")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, fay, "hello")
    answer = await say(fake, bot, fay, "i want to kill myself")
    text = "\n".join(m["content"] for m in answer)
    assert "988" in text and "116 123" in text
    assert "Stage" not in text  # no journey text in a crisis reply
    state = await bot.service.store.load(f"discord:{fay['id']}")
    assert state.status == "paused"
    await stop_bot(bot)


async def test_everyone_is_never_pinged(fake, launch, tmp_path):
    gus = fake.add_user("gus")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, gus, "hello")
    answer = await say(fake, bot, gus, "@everyone i'm not good enough <@&123> <@456>")
    assert_safe(answer)
    for message in answer:
        assert "@everyone" not in message["content"] and "<@&123>" not in message["content"]
    await stop_bot(bot)


async def test_closed_dms_keep_the_place(fake, launch, tmp_path):
    hal = fake.add_user("hal")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, hal, "hello")
    step = last_with_buttons(fake, hal)
    fake.set_dms_open(hal, False)
    record = await fake.click(hal, step, buttons(step)[0]["custom_id"])
    await fake.wait_for(lambda f: record.answered)
    await fake.wait_for(lambda f: bot.courier.undeliverable >= 1)
    state = await bot.service.store.load(f"discord:{hal['id']}")
    assert state.step == 1  # the step was taken and kept even though the DM could not be sent
    await stop_bot(bot)


async def test_rate_limits_and_reconnects_lose_nothing(fake, launch, tmp_path):
    ivy = fake.add_user("ivy")
    bot = await start_bot(launch, tmp_path / "w.db")
    fake.rate_limit("POST /channels/", times=2)
    first = await say(fake, bot, ivy, "hello")
    assert any("Stage 1 of 7" in m["content"] for m in first)
    await fake.reconnect_all()
    await fake.wait_for(lambda f: len(f.sessions) and all(s.alive for s in f.connected_sessions))
    step = last_with_buttons(fake, ivy)
    moved = await press(fake, bot, ivy, step, buttons(step)[0]["custom_id"])
    assert moved
    await stop_bot(bot)


async def test_forget_asks_then_erases(fake, launch, tmp_path):
    jo = fake.add_user("jo")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, jo, "hello")
    ask = await fake.slash(jo, "forget")
    await fake.wait_for(lambda f: ask.answered)
    keep = [b for b in buttons(ask.original) if b["custom_id"] == "ws:cmd:forget-no"][0]
    kept = await fake.click(jo, ask.original, keep["custom_id"])
    await fake.wait_for(lambda f: kept.answered)
    assert await bot.service.store.load(f"discord:{jo['id']}") is not None
    ask = await fake.slash(jo, "forget")
    await fake.wait_for(lambda f: ask.answered)
    erase = await fake.click(jo, ask.original, erase_button(ask.original))
    await fake.wait_for(lambda f: erase.answered)
    assert await bot.service.store.load(f"discord:{jo['id']}") is None
    assert "erased" in erase.responses[0]["data"]["content"]
    await stop_bot(bot)


async def test_pacing_types_between_lines_and_people_do_not_wait_for_each_other(fake, launch, tmp_path):
    import time

    kit, lee = fake.add_user("kit"), fake.add_user("lee")
    bot = await start_bot(launch, tmp_path / "w.db", pacing=0.05)
    started = time.monotonic()
    await fake.user_sends_dm(kit, "hello")
    await fake.user_sends_dm(lee, "hello")
    await fake.user_sends_dm(kit, "are you there")  # typed while the bot is still narrating
    await fake.wait_for(lambda f: any("pick one of these" in m["content"] for m in f.messages_to(kit))
                        and buttons(f.messages_to(kit)[-1]) and f.messages_to(lee)
                        and buttons(f.messages_to(lee)[-1]), timeout=20)
    await bot.courier.drain()
    kit_dm = fake.dm_channel_of(kit)["id"]
    assert fake.typing_events.count(kit_dm) >= 5  # "is typing…" before each narration line
    contents = [m["content"] for m in fake.messages_to(kit)]
    opening = contents.index(next(c for c in contents if "Stage 1 of 7" in c))
    nudge = next(i for i, c in enumerate(contents) if "pick one of these" in c)
    assert nudge > opening + 4  # the second answer waited for the first narration to finish
    assert time.monotonic() - started < 15
    await stop_bot(bot)
