"""A person's own history and data, moderators' counts, reminders: through the real bot."""

from __future__ import annotations

import json

from .bot_harness import (
    MANAGE_CHANNELS,
    buttons,
    choices,
    erase_button,
    last_with_buttons,
    press,
    say,
    settle,
    start_bot,
    stop_bot,
)
from .test_bot_guild import answer_text, ephemeral, run


class Clock:
    """Wall time that a test can push forward."""

    def __init__(self) -> None:
        import time

        self.offset, self._time = 0.0, time.time

    def __call__(self) -> float:
        return self._time() + self.offset


async def begin_and_check_in(fake, bot, user, score: str):
    await say(fake, bot, user, "hello")
    await say(fake, bot, user, "1")  # "I'm ready to begin" -> the check-in
    return await say(fake, bot, user, score)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


async def test_journey_sends_my_own_chart_in_dm(fake, launch, tmp_path):
    mia = fake.add_user("mia")
    bot = await start_bot(launch, tmp_path / "w.db")
    await say(fake, bot, mia, "hello")
    ask = await say(fake, bot, mia, "1")
    assert [b["label"] for b in choices(ask[-1])] == [str(n) for n in range(11)] + ["Skip"]
    await press(fake, bot, mia, ask[-1], buttons(ask[-1])[4]["custom_id"])  # the button "4"
    record = await fake.slash(mia, "journey")
    await fake.wait_for(lambda f: record.edits or record.followups)
    message = fake.messages_to(mia)[-1]
    assert "journey 1: 4 → –" in message["content"]
    (attachment,) = message["attachments"]
    width, height = png_size(attachment["bytes"])
    assert attachment["filename"].endswith(".png") and width > 300 and height > 200
    await stop_bot(bot)


async def test_journey_and_mydata_from_a_server_go_to_dms_only(fake, launch, tmp_path):
    guild = fake.add_guild("Garden")
    calm = fake.add_text_channel(guild, "calm")
    nia = fake.add_user("nia")
    fake.add_member(guild, nia)
    bot = await start_bot(launch, tmp_path / "w.db")
    await begin_and_check_in(fake, bot, nia, "6")
    for name in ("journey", "mydata"):
        record = await run(fake, nia, name, guild, calm)
        assert ephemeral(record) and "direct message" in answer_text(record)
    public = [m for m in fake.messages_to(calm) if not ((m.get("flags") or 0) & 64)]
    assert public == []
    exported = fake.messages_to(nia)[-1]["attachments"][0]
    data = json.loads(exported["bytes"])
    assert data["person_id"] == f"discord:{nia['id']}" and data["journeys"][0]["checkin_before"] == 6
    assert "hello" not in exported["bytes"].decode()  # labels and numbers, never their words
    await stop_bot(bot)


async def test_stats_shows_counts_only_and_hides_small_numbers(fake, launch, tmp_path):
    guild = fake.add_guild("Garden")
    calm = fake.add_text_channel(guild, "calm")
    mod = fake.add_user("mod")
    fake.add_member(guild, mod, permissions=MANAGE_CHANNELS)
    people = [fake.add_user(f"p{i}") for i in range(6)]
    for person in people:
        fake.add_member(guild, person)
    bot = await start_bot(launch, tmp_path / "w.db")
    await run(fake, mod, "enable", guild, calm)
    for person in people:
        await run(fake, person, "begin", guild, calm)
        await settle(fake, bot, person, 0)
    for person in people[:2]:  # two walk on into the tunnel
        for _ in range(40):
            state = await bot.service.store.load(f"discord:{person['id']}")
            if state.stage != "abyss":
                break
            step = last_with_buttons(fake, person)
            if step is not None and step is fake.messages_to(person)[-1]:
                await press(fake, bot, person, step, buttons(step)[0]["custom_id"])
            else:
                await say(fake, bot, person, "work")
    refused = await fake.slash(people[0], "stats", guild=guild, channel=calm)  # Discord itself says no
    assert refused.refused and not refused.answered
    stats = await run(fake, mod, "stats", guild, calm)
    text = answer_text(stats)
    assert ephemeral(stats)
    assert "People who began a journey from this server: 5–9 · finished one: 0." in text  # bands of five
    assert "1. The abyss: 5–9" in text and "2. The tunnel: <5" in text and "3. The candle: 0" in text
    for person in people:
        assert person["username"] not in text and person["id"] not in text
    await stop_bot(bot)


async def test_reminder_survives_a_restart_is_sent_once_and_forget_cancels(fake, launch, tmp_path):
    ola, pia = fake.add_user("ola"), fake.add_user("pia")
    clock = Clock()
    db = tmp_path / "w.db"
    bot = await start_bot(launch, db, clock=clock, reminder_every=0.05)
    for person in (ola, pia):
        await say(fake, bot, person, "hello")
        early = await fake.slash(person, "remind", options={"amount": 3, "unit": "hours"})
        await fake.wait_for(lambda f, early=early: early.answered)
        assert "paused journey" in early.original["content"]  # only for a paused journey
        paused = await fake.slash(person, "pause")
        await fake.wait_for(lambda f, paused=paused: paused.answered)
        asked = await fake.slash(person, "remind", options={"amount": 3, "unit": "hours"})
        await fake.wait_for(lambda f, asked=asked: asked.answered)
        assert "I'll remind you in 3 hours" in asked.original["content"]
    erase = await fake.slash(pia, "forget")
    await fake.wait_for(lambda f: erase.answered)
    done = await fake.click(pia, erase.original, erase_button(erase.original))
    await fake.wait_for(lambda f: done.answered)
    await stop_bot(bot)

    clock.offset = 3 * 3600 + 60  # three hours later, a new process
    bot = await start_bot(launch, db, clock=clock, reminder_every=0.05)
    await fake.wait_for(lambda f: any("You asked me to remind you" in m["content"] for m in f.messages_to(ola)))
    import asyncio

    await asyncio.sleep(0.5)  # several more rounds of the reminder loop
    reminders = [m for m in fake.messages_to(ola) if "You asked me to remind you" in m["content"]]
    assert len(reminders) == 1 and "stage 1 of 7" in reminders[0]["content"]
    assert [b["custom_id"] for b in buttons(reminders[0])] == ["ws:cmd:resume", "ws:cmd:help-now"]
    assert not any("You asked me to remind you" in m["content"] for m in fake.messages_to(pia))
    await stop_bot(bot)


async def test_reminder_to_closed_dms_is_dropped_quietly(fake, launch, tmp_path):
    quin = fake.add_user("quin")
    clock = Clock()
    bot = await start_bot(launch, tmp_path / "w.db", clock=clock, reminder_every=0.05)
    await say(fake, bot, quin, "hello")
    paused = await fake.slash(quin, "pause")
    await fake.wait_for(lambda f: paused.answered)
    asked = await fake.slash(quin, "remind", options={"amount": 1, "unit": "days"})
    await fake.wait_for(lambda f: asked.answered)
    fake.set_dms_open(quin, False)
    clock.offset = 86400 + 60
    await fake.wait_for(lambda f: bot.courier.undeliverable >= 1)
    assert await bot.service.store.reminder(f"discord:{quin['id']}") is None  # sent once: not retried
    await stop_bot(bot)
