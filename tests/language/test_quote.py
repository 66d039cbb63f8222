"""Quoting a person's doubt: only a whole clause of theirs (never cut mid-word or mid-thought, at most 70
characters), escaped once for Discord, plain in the console."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.language.assess import Assessment
from bot.language.quote import CLAUSE_LIMIT, whole_clause
from bot.language.reframes import ReframeBook, load_reframes, phrase_of, quote
from tests.language.test_reframes import REFRAMES


@pytest.fixture(scope="module")
def book() -> ReframeBook:
    return load_reframes(REFRAMES)


CLAUSES = [
    # (message, the words matched, the quote)
    ("Froze up during my presentation again. I'm such a loser, seriously.", "i am such a loser", "I'm such a loser"),
    ("my manager barely looked at me. she definitely thinks I'm dead weight on the team", "she definitely thinks i am",
     "she definitely thinks I'm dead weight on the team"),
    ("tired and i'm useless lol", "i am useless", "i'm useless"),
    ("ugh, honestly I always fail at this :(", "i always fail", "I always fail at this"),
    ("so today my manager called me into a meeting and honestly i'm such a failure", "i am such a failure",
     "i'm such a failure"),
    ("I passed the midterm but only because it was easy. it doesnt count", "only because it",
     "only because it was easy"),
    # a long clause with the doubt in its middle is no quote: never a cut thought
    ("I forgot to cc the client on one email and now im picturing them pulling the whole account, me getting fired",
     "me getting fired", None),
    ("i keep replaying the whole afternoon over and over again in my head wondering why i said that to everyone",
     "why i said that", None),
    ("Nobody could ever love me <@123> @everyone", "nobody could ever love me", "Nobody could ever love me"),
]


@pytest.mark.parametrize(("text", "matched", "expected"), CLAUSES)
def test_the_quote_is_a_whole_clause_or_nothing(text: str, matched: str, expected: str | None) -> None:
    assert phrase_of(text, (matched,)) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc i'm,.!?-:()@<>*_`\n")), max_size=200), st.data())
def test_a_clause_is_never_cut_mid_word_and_never_long(text: str, data) -> None:
    if len(text) < 2:
        return
    start = data.draw(st.integers(0, len(text) - 2))
    end = data.draw(st.integers(start + 1, len(text)))
    clause = whole_clause(text, start, end)
    if clause is None:
        return
    assert len(clause) <= CLAUSE_LIMIT and clause in text
    at = text.find(clause)
    before, after = text[at - 1: at] if at else "", text[at + len(clause): at + len(clause) + 1]
    assert not (before.isalnum() and clause[0].isalnum()), (text, clause)  # whole words at both ends
    assert not (after.isalnum() and clause[-1].isalnum()), (text, clause)


QUOTES = [
    ("my co-worker hates me", r"my co\-worker hates me"),
    ("i'm useless :(", r"i'm useless \:\("),
    ("I *always* fail", r"I \*always\* fail"),
    ("my_life is over", r"my\_life is over"),
    ("`code` is all I am", r"\`code\` is all I am"),
    ("see https://x.y/z I fail", r"see https\://x.y/z I fail"),
    ("@everyone hates me", "@\u200beveryone hates me"),
    ("<@123> says I'm a failure", "says I'm a failure"),
]


@pytest.mark.parametrize(("raw", "discord"), QUOTES)
def test_an_answer_escapes_its_quote_once_for_discord_and_never_for_the_console(book: ReframeBook, raw: str,
                                                                               discord: str) -> None:
    assert quote(raw) == f"*{discord}*"
    # compose quotes it once, escaped once; the console's plain answer has no escapes or zero-width spaces
    _, text = book.compose("failure", "labeling", None, (), raw)
    assert f"*{discord}*" in text and "\\\\" not in text.replace(discord, "")
    _, plain = book.compose("failure", "labeling", None, (), raw, markup="plain")
    assert "\\" not in plain and "\u200b" not in plain and "*" not in plain.replace(raw, "")


def test_a_message_is_quoted_at_most_once_and_the_models_first_words_never(book: ReframeBook) -> None:
    text = "I forgot to cc the client on one email and now im picturing them pulling the whole account"
    read = Assessment("doubt", "failure", ("i forgot to cc the client on one email and now i am",), family="model")
    for salt_text in (text, text + " ugh", text + " honestly"):
        _, said, _ = book.answer(salt_text, read, (), markup="plain")
        assert "I forgot to cc" not in said and said.count("\u201c") <= 1
    ruled = Assessment("doubt", "failure", ("i am such a failure",), family="rules")
    for n in range(6):
        _, said, _ = book.answer(f"the day went badly{' .' * n} i'm such a failure", ruled, (), markup="plain")
        # what happened may be said back ("So the day went badly."), but it is never the quote
        quoted = re.findall("\u201c(.*?)\u201d", said)
        assert len(quoted) <= 1 and not any("the day went badly" in q for q in quoted), said
