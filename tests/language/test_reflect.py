"""Saying back what happened (bot/language/reflect.py, ReframeBook.reflect): the person's telling, in "you"."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.language.assess import Assessment
from bot.language.reflect import event_of, say_back
from bot.language.reframes import ReframeBook
from tests.language.reframe_book import book as book  # the fixture, found by name


@pytest.mark.parametrize(("text", "event"), [
    ("forgot to cc legal on the contract AGAIN. im just so incompetent",
     "You forgot to cc legal on the contract again"),
    ("my boss walked right past my desk this morning and didnt even say hi. she thinks im useless",
     "Your boss walked right past your desk this morning and didn't even say hi"),
    ("manager said my email was abrupt. i always do this", "Your manager said your email was abrupt"),
    ("going home for thanksgiving next week and i already know dad will bring it up",
     "You're going home for Thanksgiving next week"),
    ("snapped at my 6yo this morning bc she wouldnt put her shoes on and we were late. im scaring her",
     "You snapped at your 6yo this morning because she wouldn't put her shoes on and you were late"),
    ("tried a pottery class and was rubbish at it. i never stick with anything",
     "You tried a pottery class and were rubbish at it"),
    ("jess cancelled our brunch and said shes had a rough week. i bet its something i did",
     "Jess cancelled your brunch and said she's had a rough week"),
    ("its 9pm and im still answering slack. i should be able to handle this",
     "It's 9pm and you're still answering slack"),
    ("i was ill all week and missed the deadline. im useless", "You were ill all week and missed the deadline"),
    ("finally paid off my credit card but it took 2 years so its not really an achievement",
     "You finally paid off your credit card"),
])
def test_the_event_is_said_back_in_the_second_person(text: str, event: str) -> None:
    assert event_of(text) == event


@pytest.mark.parametrize("text", [
    "im such a failure",  # only the doubt: nothing happened to say back
    "i feel like the black sheep at every family thing so i guess i just am",
    "i should be over my ex by now. whats wrong with me",
    "everyone def thinks im the dumb one who doesnt get it",
    "why does this always happen to me?",
    "you said i was useless and you were right",  # whose "you"? never turned around
    "stood on the bridge for an hour last night. im such a failure",  # danger is never echoed
    "took all the pills in the drawer. i ruin everything",
    "he hit me again last night. it was my fault",
    "my sister @everyone said i'm useless",  # a mention is never echoed
    "posted my art on https://example.com and nobody liked it. im talentless",
    "",
    "     ",
    "first date in 3 yrs on saturday",  # no telling, a heading
    "ok",
])
def test_nothing_is_said_back_when_no_event_stands_apart(text: str) -> None:
    assert event_of(text) is None


@pytest.mark.parametrize(("text", "event"), [
    ("caught myself in the elevator mirror after lunch and ugh. im just disgusting",
     "You caught yourself in the elevator mirror after lunch"),  # no dangling "and"
    ("maya made a comment about my job at brunch that really hurt and i didnt say anything. im pathetic",
     "Maya made a comment about your job at brunch that really hurt and you didn't say anything"),
    ("new hire already presented to the VP. ive been here 2 yrs and never have. im so behind", None),  # half said
    ("now it feels like my whole life was fake and i wasted all of it not knowing", None),  # a later clause alone
    ("my parents split up and it's because of me", None),  # "...and it's" says nothing
])
def test_never_half_a_thought(text: str, event: str | None) -> None:
    assert event_of(text) == event


def test_the_quoted_doubt_is_never_the_event() -> None:
    text = "got left on read after i shared my news"
    assert event_of(text) == "You got left on read after you shared your news"
    assert event_of(text, "got left on read after i shared my news") is None


def test_huge_and_odd_messages_give_a_short_event_or_none() -> None:
    assert event_of("forgot my keys " * 500) is None  # one endless sentence: nothing whole to say back
    long = "missed the train this morning. " + "blah " * 3000
    assert event_of(long) == "You missed the train this morning"
    assert event_of("ｍｉｓｓｅｄ the train this morning, im useless") in (None, "You missed the train this morning")
    said = event_of("missed the bus\u200b this morning and was late to class. im hopeless")
    assert said is None or len(said) <= 140


@pytest.mark.parametrize(("frame", "event", "said"), [
    ("So {event}.", "You forgot the cake", "So you forgot the cake."),
    ("{event}, and it's been sitting with you.", "You forgot the cake",
     "You forgot the cake, and it's been sitting with you."),
    ("Thanks for telling me what happened. {event}.", "you forgot the cake",
     "Thanks for telling me what happened. You forgot the cake."),
    ("It sounds like {event}.", "Jess cancelled your brunch", "It sounds like Jess cancelled your brunch."),
])
def test_a_frame_capitalises_only_where_a_sentence_opens(frame: str, event: str, said: str) -> None:
    assert say_back(frame, event) == said


DOUBT = Assessment("doubt", "worthless", (), trap="labeling", family="model")


def test_a_reframe_opens_by_saying_back_what_happened(book: ReframeBook) -> None:
    text = "forgot to cc legal on the contract AGAIN. im just so incompetent"
    ids, said, label = book.answer(text, DOUBT, (), markup="plain")
    assert ids[0].startswith("reflection.") and label == "reframe:worthless"
    assert "you forgot to cc legal on the contract again" in said.lower()
    assert "AGAIN" not in said and "im just so incompetent" not in said.split(".")[0]


def test_the_event_is_escaped_once_for_discord_and_plain_in_the_console(book: ReframeBook) -> None:
    text = "sent the invoice (the big one) to the wrong client - again. im so careless"
    _, discord, _ = book.answer(text, DOUBT, ())
    _, plain, _ = book.answer(text, DOUBT, (), markup="plain")
    assert "sent the invoice \\(the big one\\) to the wrong client" in discord
    assert "sent the invoice (the big one) to the wrong client" in plain and "\\" not in plain


def test_no_reflection_for_a_check_or_when_nothing_happened(book: ReframeBook) -> None:
    text = "forgot to cc legal on the contract AGAIN. im just so incompetent"
    checked = Assessment("check", "worthless", (), trap="labeling", family="model")
    ids, _, _ = book.answer(text, checked, ())
    assert not any(i.startswith("reflection.") for i in ids)
    ids, _, _ = book.answer("im just so incompetent", DOUBT, ())
    assert not any(i.startswith("reflection.") for i in ids)


def test_a_person_meets_every_frame_before_any_twice(book: ReframeBook) -> None:
    frames = book.pools("reflections")["any"]
    seen: list[str] = []
    used = []
    for n in range(len(frames)):
        ids, said, _ = book.answer(f"missed the {n}th bus this morning. im hopeless", DOUBT, seen)
        used.append(ids[0])
        seen += ids
    assert sorted(used) == sorted(p.id for p in frames)
    assert max(Counter(u.split(".")[-1] for u in used).values()) == 1


def test_a_book_without_reflections_still_answers(tmp_path) -> None:
    from pathlib import Path

    from bot.language.reframes import load_reframes

    root = Path(__file__).resolve().parents[2] / "dialogues" / "reframes.yaml"
    text = root.read_text(encoding="utf-8")
    cut = text.index("\nreflections:")
    (tmp_path / "reframes.yaml").write_text(text[:cut] + "\n", encoding="utf-8")
    book = load_reframes(tmp_path / "reframes.yaml")
    ids, said, _ = book.answer("forgot to cc legal AGAIN. im just so incompetent", DOUBT, ())
    assert not any(i.startswith("reflection.") for i in ids) and said


def test_a_reflection_without_its_event_is_refused_with_file_line_and_id(tmp_path) -> None:
    from pathlib import Path

    from bot.content import ContentInvalid
    from bot.language.reframes import load_reframes

    root = Path(__file__).resolve().parents[2] / "dialogues" / "reframes.yaml"
    broken = root.read_text(encoding="utf-8").replace('text: "So {event}."', 'text: "So that happened."')
    (tmp_path / "reframes.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(ContentInvalid) as caught:
        load_reframes(tmp_path / "reframes.yaml")
    message = "\n".join(str(e) for e in caught.value.errors)
    assert "reflection.any.so" in message and "{event}" in message and "reframes.yaml" in message
    line = broken[:broken.index("So that happened")].count("\n") + 1
    assert f"reframes.yaml:{line}:" in message or f"reframes.yaml:{line - 1}:" in message, message



@pytest.mark.parametrize(("text", "event"), [
    ("asked a question in seminar and the prof said 'we covered that last week'. im so dumb",
     "You asked a question in seminar and the prof said 'we covered that last week'"),  # their words, kept
    ("got a c on my orgo midterm. im hopeless", "You got a C on your orgo midterm"),
    ("missed my dads birthday dinner on sunday because of work. im the worst",
     "You missed your dad's birthday dinner on Sunday because of work"),
    ("started my phd in september and the first review is on friday. im not smart enough",
     "You started your PhD in September and the first review is on Friday"),
    ("my mum is 78 and i only visit every other sunday. a good daughter would go every weekend",
     "Your mum is 78 and you only visit every other Sunday"),
])
def test_what_a_chat_drops_is_put_back_and_quotes_are_kept(text: str, event: str) -> None:
    assert event_of(text) == event


def test_others_held_up_as_the_measure_are_not_said_back() -> None:
    assert event_of("everyone in the design reviews seems to know what they are talking about. im a fraud") is None
    assert event_of("paying the minimum is basically giving up. im hopeless with money") is None
