"""The figure's answers for written situations: the file's checks, the shipped index, and what a person gets.

Probes here are written for this test (not examples of the yaml): a doubt told in a situation the
bank covers gets that situation's acknowledgement, the view for its trap, and never the same
acknowledgement twice; a doubt in another area of life never gets a situation of the wrong area.
"""

from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest

from bot.content import ContentInvalid
from bot.language.reframes import NAMING, load_reframes
from bot.language.situation_file import examples_digest, read_situations
from bot.language.traps import labels_named

ROOT = Path(__file__).resolve().parents[2]
YAML = ROOT / "dialogues" / "situations.yaml"


def test_the_shipped_bank_covers_every_area_but_grief():
    pieces, examples, areas = read_situations(YAML)
    assert len(examples) >= 100
    covered = collections.Counter(areas.values())
    for area in ("work", "school", "family", "partner", "friends", "body", "health", "money", "identity"):
        assert covered[area] >= 5, (area, covered)
    assert all(sid.startswith(area) for sid, area in areas.items())  # the id names its area, for a reader


def test_openings_vary_across_the_bank():
    pieces, _, _ = read_situations(YAML)
    for section in ("situation_acks", "situation_views"):
        texts = [p.text for p in pieces if p.section == section]
        openings = collections.Counter(" ".join(re.findall(r"[\w']+", t.lower())[:2]) for t in texts)
        word, count = openings.most_common(1)[0]
        assert count <= len(texts) / 5, (section, word, count)


def test_the_shipped_index_was_built_from_these_examples():
    from bot.language.situations import load

    _, examples, _ = read_situations(YAML)
    index = load()
    assert index.header["examples_sha256"] == examples_digest(examples), \
        "dialogues/situations.yaml changed: run tools/build_situations.py"
    assert list(index.ids) == sorted(examples)


@pytest.mark.parametrize(("broken", "says"), [
    ("- id: work_x\n  area: work\n", "expected a list of at least 3"),
    ("- id: work_x\n  area: space\n  examples: [a, b, c]\n  acknowledge: [A., B.]\n"
     "  views: [{trap: any, text: V.}, {trap: any, text: W.}]\n  steps: [S.]\n", "area must be one of"),
    ("- id: work_x\n  area: work\n  examples: [a, b, c]\n  acknowledge: ['Is it hard?', B.]\n"
     "  views: [{trap: any, text: V.}, {trap: any, text: W.}]\n  steps: [S.]\n", "no question marks"),
    ("- id: work_x\n  area: work\n  examples: [a, b, c]\n  acknowledge: [You do not rest., B.]\n"
     "  views: [{trap: any, text: V.}, {trap: any, text: W.}]\n  steps: [S.]\n", "contractions"),
    ("- id: work_x\n  area: work\n  examples: [a, b, c]\n  acknowledge: [A., B.]\n"
     "  views: [{trap: mindreading, text: V.}, {trap: any, text: W.}]\n  steps: [S.]\n", "trap must be any"),
    ("- id: work_x\n  area: work\n  examples: [a, b, c]\n  acknowledge: [A., B.]\n"
     "  views: [{trap: any, text: V.}, {trap: any, text: W.}]\n  steps: [S.]\n" * 2, "duplicate situation id"),
    ("- id: work_x\n  area: work\n  examples: [a, b, c]\n  acknowledge: [A., B.]\n"
     "  views: [{trap: any, text: V.}, {trap: any, text: W.}]\n  steps: [S.]\n  quips: [Q.]\n", "unknown key"),
    ("situations: {}\n", "expected a list of situations"),
    ("- id: work_x\n  area: [work\n", "invalid YAML"),
])
def test_a_broken_file_names_file_line_and_node(tmp_path, broken, says):
    path = tmp_path / "situations.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ContentInvalid) as caught:
        read_situations(path)
    said = str(caught.value)
    assert "situations.yaml:" in said and says in said, said  # file:line, then the node and the problem


def test_a_broken_situations_file_stops_the_book_loading_with_the_reframes(tmp_path):
    (tmp_path / "reframes.yaml").write_text((ROOT / "dialogues" / "reframes.yaml").read_text(), encoding="utf-8")
    (tmp_path / "situations.yaml").write_text("- id: work_x\n  area: work\n", encoding="utf-8")
    with pytest.raises(ContentInvalid, match="situations.yaml"):
        load_reframes(tmp_path / "reframes.yaml")


@pytest.fixture(scope="module")
def book():
    return load_reframes(ROOT / "dialogues" / "reframes.yaml")


@pytest.fixture(scope="module")
def assess():
    from bot.language.worker import assess_sync, semantic

    if not semantic().available:
        pytest.skip("the encoder is not installed on this platform")
    return assess_sync


PROBES = [  # (what a person writes, the area of the situation it must get)
    ("my manager found a big error in the figures i sent out, i'm so careless", "work"),
    ("failed my driving theory exam at uni today, i'm hopeless at tests", "school"),
    ("yelled at my daughter this morning because she was slow getting her shoes on. i'm a terrible mum", "family"),
    ("my girlfriend still hasn't answered my message from this morning, i must have annoyed her", "partner"),
    ("saw photos of my friends at a party i wasn't invited to. they don't really like me", "friends"),
    ("nothing fits me anymore, i've put on so much weight, i look awful", "body"),
    ("maxed out my credit card again, i'm hopeless with money", "money"),
]


@pytest.mark.parametrize(("text", "area"), PROBES)
def test_a_doubt_in_a_written_situation_gets_that_situations_words(book, assess, text, area):
    assessment = assess(text)
    assert assessment.kind in ("doubt", "check"), assessment
    answered = book.answer(text, assessment, [])
    assert answered is not None
    ids, said, _event = answered
    ids = tuple(i for i in ids if not i.startswith("reflection."))  # what happened, said back first
    assert ids[0].startswith(f"sit.{area}_"), (ids, said)
    ack = book.piece(ids[0])
    assert ack is not None and ack.text in said


def test_the_same_doubt_twice_gets_a_fresh_acknowledgement_then_the_pools(book, assess):
    text = "my manager found a big error in the figures i sent out, i'm so careless"
    assessment = assess(text)
    seen: list[str] = []
    openings = []
    for _ in range(3):
        ids, said, _event = book.answer(text, assessment, seen)
        openings.append(next(i for i in ids if not i.startswith("reflection.")))
        seen += list(ids)
    assert len(set(openings)) == 3, openings
    assert openings[0].startswith("sit.") and openings[1].startswith("sit.")
    assert not openings[2].startswith("sit."), "both acknowledgements seen: the theme and trap pools answer"


def test_the_view_answers_the_trap_when_one_was_written_for_it(book):
    traps = [p for p in book.pools("situation_views").values() for p in p
             if p.trap not in ("", "any") and not labels_named(p.text)]
    piece = traps[0]
    near = ((piece.key, 0.99),)
    text = "i messed it up"
    assessment = type("A", (), {"kind": "doubt", "theme": "failure", "trap": piece.trap, "situations": near,
                                "family": "model", "matched": ()})()
    for seen in ([], ["x"], ["x", "y"]):  # whatever the shape, a view it carries is the trap's
        ids, said, _ = book.answer(text, assessment, seen)
        views = [i for i in ids if book.piece(i).section == "situation_views"]
        assert all(book.piece(i).trap == piece.trap for i in views), ids


def _label_view(book, situation):
    return next(p for p in book.pools("situation_views")[situation] if p.trap == "labeling")


@pytest.mark.parametrize(("text", "kept"), [
    ("my boss yelled at me for a typo in the report, i'm useless at this job", False),  # found in the console
    ("boss found an error in my report. i'm so stupid", True),
    ("boss found an error in my report. IM SO STUPID", True),
])
def test_a_view_never_calls_the_person_a_name_they_did_not_use(book, text, kept):
    label = _label_view(book, "work_mistake_caught")
    assert labels_named(label.text) == {"stupid"}
    near = (("work_mistake_caught", 0.99),)
    assessment = type("A", (), {"kind": "doubt", "theme": "worthless", "trap": "labeling", "situations": near,
                                "family": "model", "matched": ()})()
    views, answers = [], []
    for seen in ([], ["x"], ["x", "y"], ["x", "y", "z"]):  # every shape the answer can take
        ids, said, _ = book.answer(text, assessment, seen)
        ids = tuple(i for i in ids if not i.startswith("reflection."))  # what happened, said back first
        assert ids[0].startswith("sit.work_mistake_caught"), ids
        views += [i for i in ids if book.piece(i).section == "situation_views"]
        answers.append(said)
    assert views, "some shape carries a view"
    assert (label.id in views) is kept, (views, label.id)
    assert any("Stupid" in said for said in answers) is kept, answers


def test_every_situation_has_a_view_for_a_person_who_named_no_label(book):
    for situation, views in book.pools("situation_views").items():
        assert any(p.trap not in NAMING or not labels_named(p.text) for p in views), situation


def test_a_mind_reading_view_names_only_the_word_the_person_feared(book):
    views = book.pools("situation_views")["work_asking_for_help"]
    named = next(p for p in views if p.trap == "mind_reading")
    assert labels_named(named.text) == {"incompetent"}
    near = (("work_asking_for_help", 0.99),)
    assessment = type("A", (), {"kind": "doubt", "theme": "impostor", "trap": "mind_reading", "situations": near,
                                "family": "model", "matched": ()})()
    for text, kept in (("asked my colleague for help again at work, they must think im an idiot", False),
                       ("asked my colleague for help again at work, they must think im incompetent", True)):
        shown = [book.answer(text, assessment, seen)[0] for seen in ([], ["x"], ["x", "y"], ["x", "y", "z"])]
        assert any(named.id in ids for ids in shown) is kept, (text, shown)


def test_a_situation_of_another_area_is_never_taken(book):
    assert book.situation_of("my boss yelled at me at work", (("family_snapped_at_kids", 0.99),)) is None
    assert book.situation_of("my boss yelled at me at work", (("family_snapped_at_kids", 0.99),
                                                              ("work_mistake_caught", 0.95))) == "work_mistake_caught"
    assert book.situation_of("my boss yelled at me at work", (("work_mistake_caught", 0.80),)) is None
    assert book.situation_of("i messed up", (("work_mistake_caught", 0.90),)) is None  # no area named: higher bar
    assert book.situation_of("i messed up", (("unknown_situation", 0.99),)) is None


def test_with_no_area_named_a_situation_must_lead_the_other_areas(book):
    near = (("work_quitting_feels_like_failing", 0.9174), ("work_fired", 0.9151), ("school_exam_failed", 0.9124))
    assert book.situation_of("im such a failure, i ruin everything", near) is None  # near a job and an exam alike
    assert book.situation_of("i messed up", (("work_mistake_caught", 0.95), ("school_exam_failed", 0.90))) \
        == "work_mistake_caught"


def test_an_everyday_message_carries_no_situation_answer(book, assess):
    text = "had pasta for lunch and watched a film"
    assert book.answer(text, assess(text), []) is None
