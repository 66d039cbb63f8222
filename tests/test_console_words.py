"""The terminal walked by typing words: the choices' labels, the figure in one's own words, a phrase of one's own."""

from __future__ import annotations

from bot.journey.engine import Engine
from bot.journey.loader import load_book
from bot.journey.model import COMPLETED
from bot.journey.turns import Inbound
from tests.journey.test_choosing import plain
from tests.journey.test_loader import REPO_DIALOGUES
from tests.test_console import load, run_console

FIGURE = "my gran in her *blue* coat - smiling :)"
PHRASE = "I'm allowed to go_slow"


def export(db, user: str) -> dict:
    import asyncio

    from bot.store.sqlite import SqliteStore

    async def read():
        store = await SqliteStore.open(db)
        try:
            return await store.export(f"console:{user}")
        finally:
            await store.close()

    return asyncio.run(read())


def script() -> list[str]:
    """What a person types from the greeting to the end: each step a label's words, two steps their own."""
    engine = Engine(load_book(REPO_DIALOGUES), "plain")
    turn = engine.handle(None, Inbound("plan", command="begin"), 1.0)
    typed: list[str] = []
    for _ in range(300):
        state = turn.state
        if state.status == COMPLETED:
            return typed
        node = engine.book.node(state.stage, state.node)
        if (state.stage, state.node) == ("figure", "shape"):
            line = FIGURE
        elif (state.stage, state.node) == ("waking", "phrase"):
            line = PHRASE
        elif node.checkin:
            line = "skip"
        else:
            choice = next(c for c in node.choices if c.action is None)
            line = plain(choice.label).upper() if len(typed) % 2 else plain(choice.label)
        typed.append(line)
        turn = engine.handle(state, Inbound("plan", text=line), 2.0)
    raise AssertionError("the walk never ended")


def test_the_whole_journey_typed_in_words_in_the_terminal(tmp_path):
    db = tmp_path / "w.db"
    lines = script()
    assert not any(line.isdecimal() for line in lines)
    result = run_console(db, [*lines, "/status"], user="wordy")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for number in range(1, 8):
        assert f"Stage {number} of 7" in out
    assert "Your journey is complete" in out and load(db, "wordy").status == COMPLETED
    assert "pick one of these" not in out.lower() and "no choice" not in out.lower()  # every line was understood
    kinds = [event["kind"] for event in export(db, "wordy")["events"]]
    assert "complete" in kinds and not any(k.startswith(("crisis", "check", "reframe")) for k in kinds), kinds
    assert "You see them your own way: “my gran in her *blue* coat - smiling :)”." in out  # plain: no backslashes
    assert "“I'm allowed to go_slow.”" in out and "keep your phrase close: “I'm allowed to go_slow.”" in out
    assert "\\" not in out and "\u200b" not in out
    assert out.count("blue* coat") == 1  # said back once
