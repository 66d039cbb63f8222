"""A person's own words: the figure described in them, a phrase of their own to carry, said back safely once."""

from __future__ import annotations

import pytest

from bot.journey.engine import Engine
from bot.journey.loader import load_book
from bot.journey.model import OWN, PersonState
from bot.journey.own import KEEP_CHARS, own_words, say_back
from bot.journey.turns import Inbound
from tests.fakes import write_minimal_dialogues
from tests.journey.test_loader import REPO_DIALOGUES, edit, errors_for, line_of

BOOK = load_book(REPO_DIALOGUES)
DISCORD, PLAIN = Engine(BOOK, "discord"), Engine(BOOK, "plain")


def at(stage: str, node: str, **variables: str) -> PersonState:
    return PersonState("test:own", stage, node, step=5, vars=dict(variables))


def said(turn) -> list[str]:
    return [r.text for r in turn.replies]


def walk_first(engine: Engine, turn, until: tuple[str, str], limit: int = 40):
    """Tap the first choice that leads on until the person reaches `until`; every line said on the way."""
    lines = said(turn)
    for _ in range(limit):
        state = turn.state
        if (state.stage, state.node) == until:
            return turn, lines
        node = BOOK.node(state.stage, state.node)
        index = next(i for i, c in enumerate(node.choices) if c.next)
        turn = engine.handle(state, Inbound("test:own", choice=(state.step, index)), 3.0)
        lines += said(turn)
    raise AssertionError(f"never reached {until}")


# --- which answers are words to keep ---------------------------------------------------------------
@pytest.mark.parametrize(("text", "kept"), [
    ("my gran, in her blue coat", "my gran, in her blue coat"),
    ("  an old man?  ", "an old man"),  # a shy answer, not a question
    ("I'm allowed to rest!", "I'm allowed to rest"),
    ("tall\nand quiet", "tall and quiet"),
    ("I'd rather not say", None),
    ("pass", None),
    ("what do you mean?", None),
    ("idk", None),
    ("hmm", None),
    ("yes", None),
    ("3", None),
    (":( :(", None),
    ("<@123>", None),
])
def test_own_words_are_kept_only_when_they_say_something(text, kept):
    assert own_words(text) == kept


def test_a_long_answer_is_cut_at_a_word_when_said_back():
    words = own_words("someone " * 40)
    assert words is not None and len(words) <= KEEP_CHARS  # kept no longer than it is shown
    back = say_back(words, "plain")
    assert words.endswith("someone\u2026") and back.rstrip(".\u2026") == words.rstrip("\u2026")  # nothing more cut
    assert len(own_words("x" * 500)) == KEEP_CHARS  # one long word: cut all the same


@pytest.mark.parametrize(("typed", "discord", "plain"), [
    ("co-worker", "co\\-worker", "co-worker"),
    ("sad :(", "sad \\:\\(", "sad :("),
    ("*bold* and _soft_", "\\*bold\\* and \\_soft\\_", "*bold* and _soft_"),
    ("`code` here", "\\`code\\` here", "`code` here"),
    ("[kind](https://x.example)", "\\[kind\\]\\(https\\:", "[kind](https:"),
    ("hi @everyone", "hi @\u200beveryone", "hi @everyone"),
    ("my friend <@123> smiling", "my friend smiling", "my friend smiling"),
])
def test_said_back_escaped_once_for_discord_and_plain_in_the_console(typed, discord, plain):
    assert discord in say_back(typed, "discord")
    assert "\\\\" not in say_back(typed, "discord")  # one escaping step, never two
    back = say_back(typed, "plain")
    assert plain in back and "\\" not in back and "\u200b" not in back
    with pytest.raises(ValueError):
        say_back(typed, "html")


# --- the figure in their own words -----------------------------------------------------------------
@pytest.mark.parametrize(("engine", "shown"), [(DISCORD, "“my gran, in her \\*blue\\* coat \\:\\(”"),
                                               (PLAIN, "“my gran, in her *blue* coat :(”")])
def test_the_figure_described_in_their_words_is_said_back_once(engine, shown):
    typed = "my gran, in her *blue* coat :("
    turn = engine.handle(at("figure", "shape"), Inbound("test:own", text=typed), 2.0)
    assert turn.state.node == "shaped_own" and turn.state.vars["figure_own"] == typed
    assert turn.state.vars[OWN] == "figure_own"
    turn, lines = walk_first(engine, turn, ("embrace", "surge"))
    quoted = [line for line in lines if shown in line]
    assert len(quoted) == 1, lines  # once, at the shore; the embrace names them without repeating it
    assert "gran" not in " ".join(lines).replace(quoted[0], "")
    assert any(line.startswith("And then the one you pictured holds you") for line in lines), lines
    assert "{" not in " ".join(lines) and "  " not in " ".join(lines)


@pytest.mark.parametrize(("typed", "landing", "figure"), [
    ("I'm not sure", "shaped", "this gentle presence"),
    ("I'd rather not say", "shape_open", "this gentle presence"),
    ("what do you mean?", "shape_open", "this gentle presence"),
    ("a warm light with no shape", "shaped", "the light"),  # a label typed is its choice
])
def test_answers_that_are_not_a_description_are_never_quoted(typed, landing, figure):
    turn = DISCORD.handle(at("figure", "shape"), Inbound("test:own", text=typed), 2.0)
    assert turn.state.node == landing and "figure_own" not in turn.state.vars and OWN not in turn.state.vars
    assert turn.state.vars["figure"] == figure
    text = " ".join(said(turn))
    assert "“" not in text and typed.lower() not in text.lower()
    if "not say" in typed or "?" in typed:
        assert "thank" not in text.lower() and "blurry" not in text  # nothing thanked or assumed
        assert "warm" not in text and "kind" not in text  # nor said of how they look


def test_every_way_through_the_figure_s_shape_sets_how_the_embrace_names_them():
    prompt = BOOK.node("figure", "shape").prompt
    ways = [c.sets for c in BOOK.node("figure", "shape").choices]
    ways += [r.sets for r in prompt.routes] + [prompt.sets, prompt.keep.sets]
    assert all("figure" in sets for sets in ways), ways
    seen = [r.sets for r in prompt.routes] + [c.sets for c in BOOK.node("figure", "shape").choices]
    assert all("figure_seen" in sets for sets in seen)  # `shaped` names them; `shaped_own` quotes them instead
    assert not any("{" in line.text for line in BOOK.node("figure", prompt.default).say)  # the default names nothing


# --- a phrase of their own ------------------------------------------------------------------------
@pytest.mark.parametrize(("engine", "shown"), [(DISCORD, "“I'm allowed to rest \\- truly.”"),
                                               (PLAIN, "“I'm allowed to rest - truly.”")])
def test_their_own_phrase_is_what_the_journey_gives_back(engine, shown):
    turn = engine.handle(at("waking", "phrase"), Inbound("test:own", text="I'm allowed to rest - truly!"), 2.0)
    assert turn.state.node == "carry" and said(turn)[0] == shown
    turn = engine.handle(turn.state, Inbound("test:own", text="say it once more"), 3.0)
    assert said(turn)[0].startswith(shown[:-1])  # "again" says it once more, as asked
    for _ in range(20):
        if turn.state.status == "completed":
            break
        node = BOOK.node(turn.state.stage, turn.state.node)
        turn = engine.handle(turn.state, Inbound("test:own", choice=(turn.state.step, len(node.choices) - 1
                                                                          if node.checkin else 0)), 4.0)
    assert turn.state.status == "completed"
    assert any(line.endswith(f"keep your phrase close: {shown}") for line in said(turn)), said(turn)


def test_resume_shows_their_phrase_the_same_safe_way():
    turn = DISCORD.handle(at("waking", "phrase"), Inbound("test:own", text="I can *rest* @here"), 2.0)
    paused = DISCORD.handle(turn.state, Inbound("test:own", command="pause"), 3.0).state
    resumed = DISCORD.handle(paused, Inbound("test:own", command="resume"), 4.0)
    assert "“I can \\*rest\\* @\u200bhere.”" in said(resumed)


def test_declining_the_phrase_offers_the_list_again_and_a_choice_replaces_their_words():
    turn = DISCORD.handle(at("waking", "phrase"), Inbound("test:own", text="I'd rather not"), 2.0)
    assert turn.state.node == "phrase_offer" and "phrase" not in turn.state.vars
    tapped = DISCORD.handle(turn.state, Inbound("test:own", text="I can begin again gently"), 3.0)
    assert tapped.state.vars["phrase"] == "I can begin again, gently" and OWN not in tapped.state.vars
    quiet = DISCORD.handle(turn.state, Inbound("test:own", text="no idea"), 3.0)
    assert quiet.state.node == "kind_act" and quiet.state.vars["phrase"] == "The light has been here all along"
    assert not any("{" in line or "“.”" in line for line in said(quiet))


def test_a_name_set_by_a_choice_no_longer_counts_as_their_words():
    state = at("waking", "phrase_offer", phrase="mine", **{OWN: "figure_own phrase"}, figure_own="tall")
    tapped = DISCORD.handle(state, Inbound("test:own", choice=(5, 0)), 3.0)
    assert tapped.state.vars[OWN] == "figure_own" and tapped.state.vars["phrase"] == "I'm allowed to be kind to myself"


def test_forget_erases_their_words_with_the_rest():
    turn = DISCORD.handle(at("waking", "phrase"), Inbound("test:own", text="I am enough today"), 2.0)
    assert turn.state.vars["phrase"] == "I am enough today"
    assert DISCORD.handle(turn.state, Inbound("test:own", command="forget"), 3.0).state is None


# --- the loader checks `keep` like everything else: file, line and node ---------------------------
KEEP = "      default: three\n      keep: {as: seen_words, next: three}"


def test_a_keep_prompt_loads_and_its_words_may_fill_a_line(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    edit(folder, "lake", "      default: three", KEEP)
    edit(folder, "lake", 'say: ["You noticed {noticed_lake}."]', 'say: ["You noticed {noticed_lake}: {seen_words}."]')
    keep = load_book(folder).node("lake", "two").prompt.keep
    assert keep.name == "seen_words" and keep.next == "three"


@pytest.mark.parametrize(("new", "message"), [
    ("      default: three\n      keep: oops", "`keep` must be a mapping with `as`"),
    ("      default: three\n      keep: {next: three}", "`keep` needs `as`"),
    ("      default: three\n      keep: {as: 'two words', next: three}", "`keep` needs `as`"),
    ("      default: three\n      keep: {as: _mine, next: three}", "kept for wellspring itself"),
    ("      default: three\n      keep: {as: mine}", "`keep` needs `next`"),
    ("      default: three\n      keep: {as: mine, next: nowhere}", "unknown target 'nowhere'"),
    ("      default: three\n      keep: {as: mine, next: three, set: {mine: x}}", "`set` may not name it too"),
    ("      default: three\n      keep: {as: mine, next: three, goto: x}", "unknown key 'goto' in `keep`"),
    ("      default: three\n      keep: {as: noticed_lake, next: three}", "a label would overwrite their words"),
    ("      default: three\n      sets: {x: y}", "unknown key 'sets' in a prompt"),
    ("      default: three\n      set: {_x: y}", "kept for wellspring itself"),
])
def test_a_broken_keep_is_named_with_file_line_and_node(tmp_path, new, message):
    folder = write_minimal_dialogues(tmp_path)
    path = edit(folder, "lake", "      default: three", new)
    found = errors_for(folder)
    assert any(e.startswith(f"{path}:") and ": two: " in e and message in e for e in found), found
    start = line_of(path, "prompt:")
    lines = [int(e.split(":")[1]) for e in found if e.startswith(f"{path}:") and message in e]
    assert lines and all(start <= n <= start + 8 for n in lines), (start, found)  # within the prompt's lines


def test_a_route_with_a_bad_key_or_set_is_named(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    path = edit(folder, "lake", "          next: three", "          next: three\n          set: oops\n          go: x")
    found = errors_for(folder)
    line = line_of(path, "- label: light")
    assert any(e.startswith(f"{path}:{line}: two: `set` must map names to text") for e in found), found
    assert any(e.startswith(f"{path}:{line}: two: unknown key 'go' in a route") for e in found), found


def test_a_kept_name_counts_as_set_for_placeholders(tmp_path):
    folder = write_minimal_dialogues(tmp_path)
    edit(folder, "lake", 'say: ["You noticed {noticed_lake}."]', 'say: ["You noticed {seen_words}."]')
    assert any("{seen_words} is never set" in e for e in errors_for(folder))
