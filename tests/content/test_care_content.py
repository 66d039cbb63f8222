"""Crisis care's words, checked as a reviewer would: every key there, short enough, safe.

Reads dialogues/care.yaml and dialogues/grounding.yaml with yaml.safe_load only (no bot code), so the
content is checked even while the loader is being built. Also keeps the seven stage files free of
phrases that can read as dying or self-harm on a hard day.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

DIALOGUES = Path(__file__).resolve().parents[2] / "dialogues"
STAGES = ("abyss", "tunnel", "candle", "lake", "figure", "embrace", "waking")
MAX_MESSAGE = 600
MAX_LABEL = 80
MAX_TITLE = 60

CRISIS_KEYS = ("reply", "again", "reach", "region_note", "emergency", "stay", "help_now")
CHECK_TEXTS = ("question", "thanks_no", "later", "unclear")
CHECK_LABELS = ("yes", "no", "unsaid")
CHECK_LISTS = {"answers_yes": 15, "answers_no": 12, "answers_unsaid": 6}
CARE_TEXTS = ("fine", "lines_again")
CARE_LABELS = ("grounding", "plan", "show_plan", "lines", "resume", "help_button")
PLAN_TEXTS = ("offer", "declined", "saved", "done", "header", "empty")
PLAN_LABELS = ("consent", "decline", "skip", "stop")
SECTIONS = ("warning_signs", "coping", "distractions", "people", "professionals", "safe_space", "reasons")
EXERCISES = ("senses", "breathing")

# Words that name a means or method: never in care content, in any form.
METHOD = re.compile(
    r"\b(?:pills?|overdos\w*|ropes?|hang|hangs|hanged|hanging|jump\w*|bridges?|blades?|cut|cuts|cutting|"
    r"knife|knives|guns?|poison\w*|lethal|doses?)\b",
    re.IGNORECASE,
)
# Phrases that can read as dying on a hard day: never in care content nor in the journey.
DYING = re.compile(
    r"\b(?:cross(?:es|ed|ing)? over|let(?:ting)? go for good|sleep forever|never wake|the end\b|"
    r"disappear\w*|into the (?:water|deep|depths)|no way back|fall\w*|fell|slip(?:s|ped|ping)? away|"
    r"be gone|rest forever|fad(?:e|es|ed|ing) away|other side|for good|forever|no bottom|bottomless)",
    re.IGNORECASE,
)


def _load(name: str) -> dict:
    data = yaml.safe_load((DIALOGUES / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{name} must be a mapping"
    return data


@pytest.fixture(scope="module")
def care() -> dict:
    return _load("care.yaml")


@pytest.fixture(scope="module")
def grounding() -> dict:
    return _load("grounding.yaml")


def _text(section: dict, key: str, where: str) -> str:
    value = section.get(key)
    assert isinstance(value, str) and value.strip(), f"{where}.{key} must be a non-empty string"
    return value


def _strings(section: dict, key: str, where: str) -> list[str]:
    value = section.get(key)
    assert isinstance(value, list) and value, f"{where}.{key} must be a non-empty list"
    for item in value:
        assert isinstance(item, str) and item.strip(), f"{where}.{key} holds a non-string or empty item: {item!r}"
    return value


def _all_strings(node, where: str = ""):
    """Every string in a loaded YAML tree, with where it is."""
    if isinstance(node, str):
        yield where, node
    elif isinstance(node, dict):
        for key, value in node.items():
            assert isinstance(key, str), f"{where}: key {key!r} is not a string (quote yes/no keys in YAML)"
            yield from _all_strings(value, f"{where}.{key}" if where else key)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _all_strings(value, f"{where}[{i}]")
    else:
        assert node is None or isinstance(node, (int, float)), f"{where}: unexpected {type(node).__name__}"


def _stage_texts(stage: str):
    """Every `say` line and choice label of one stage file (not ids, words or vars)."""
    data = _load(f"{stage}.yaml")
    for node in data["nodes"]:
        for i, line in enumerate(node.get("say") or []):
            yield f"{stage}:{node['id']}.say[{i}]", line["text"] if isinstance(line, dict) else line
        for i, choice in enumerate(node.get("choices") or []):
            yield f"{stage}:{node['id']}.choices[{i}]", choice["label"]


# --- care.yaml: every key there, non-empty ---

def test_crisis_keys(care):
    crisis = care.get("crisis")
    assert isinstance(crisis, dict)
    for key in CRISIS_KEYS:
        _text(crisis, key, "crisis")


def test_check_keys(care):
    check = care.get("check")
    assert isinstance(check, dict)
    for key in CHECK_TEXTS + CHECK_LABELS:
        _text(check, key, "check")
    assert check["yes"] == "Yes" and check["no"] == "No, I'm safe" and check["unsaid"] == "I'd rather not say"
    for key, least in CHECK_LISTS.items():
        answers = _strings(check, key, "check")
        assert len(answers) >= least, f"check.{key} has {len(answers)} answers (at least {least})"
        assert all(a == a.lower() for a in answers), f"check.{key} must be lower case"
        assert len(set(answers)) == len(answers), f"check.{key} repeats an answer"


def test_check_answers_do_not_overlap_and_hesitation_counts_as_yes(care):
    check = care["check"]
    yes, no, unsaid = (set(check[k]) for k in CHECK_LISTS)
    assert not yes & no and not yes & unsaid and not no & unsaid
    assert {"yes", "yeah", "yep", "ya", "y", "kind of", "sometimes", "a little", "i think so", "maybe",
            "sort of"} <= yes
    assert {"no", "nope", "nah", "n", "not at all", "i'm safe", "im fine", "i'm ok"} <= no
    assert {"rather not say", "don't want to say", "pass", "skip", "idk", "i don't know"} <= unsaid


def test_check_question_is_direct(care):
    question = care["check"]["question"].lower()
    assert "?" in question
    assert "dead" in question and "killing yourself" in question, "the question must ask plainly, not in euphemism"


def test_care_keys(care):
    section = care.get("care")
    assert isinstance(section, dict)
    for key in CARE_TEXTS + CARE_LABELS:
        _text(section, key, "care")
    still_here = _strings(section, "still_here", "care")
    assert len(still_here) >= 5 and len(set(still_here)) == len(still_here)
    for line in still_here:
        assert "resting" not in line.lower(), "care mode never says the journey is resting"


def test_plan_keys_and_sections(care):
    plan = care.get("plan")
    assert isinstance(plan, dict)
    for key in PLAN_TEXTS + PLAN_LABELS:
        _text(plan, key, "plan")
    sections = plan.get("sections")
    assert isinstance(sections, list)
    assert tuple(s.get("id") for s in sections) == SECTIONS
    for s in sections:
        assert len(_text(s, "title", s["id"])) <= MAX_TITLE, f"plan section {s['id']} title is too long"
        _text(s, "prompt", s["id"])
    offer = plan["offer"]
    assert "/safety-plan" in offer and "/forget" in offer and "Stanley" in offer
    assert "/safety-plan" in plan["done"] and "/forget" in plan["done"]


def test_resume_and_placeholders(care):
    assert "/resume" in care["crisis"]["stay"]
    assert "/resume" in care["care"]["fine"]
    assert "{region}" in care["crisis"]["region_note"]
    assert "{emergency}" in care["crisis"]["emergency"]
    placeholder = re.compile(r"\{[^}]*\}")
    allowed = {"crisis.region_note": {"{region}"}, "crisis.emergency": {"{emergency}"}}
    for where, text in _all_strings(care):
        assert set(placeholder.findall(text)) <= allowed.get(where, set()), f"{where}: unexpected placeholder"


def test_says_it_is_a_bot(care):
    assert "I'm a bot" in care["crisis"]["reply"]
    assert "bot" in care["crisis"]["help_now"]


# --- grounding.yaml ---

def test_grounding_keys(grounding):
    exercises = grounding.get("exercises")
    assert isinstance(exercises, dict) and set(EXERCISES) <= set(exercises)
    for name in EXERCISES:
        entry = exercises[name]
        _text(entry, "title", name)
        _text(entry, "label", name)
        steps = _strings(entry, "steps", name)
        assert 5 <= len(steps) <= 7, f"{name} has {len(steps)} steps"
    for key in ("next", "stop", "done"):
        _text(grounding, key, "grounding")


def test_senses_walks_five_to_one(grounding):
    steps = [s.lower() for s in grounding["exercises"]["senses"]["steps"]]
    order = [next(i for i, s in enumerate(steps) if f"{n} things" in s or f"{n} thing" in s)
             for n in ("five", "four", "three", "two", "one")]
    assert order == sorted(order)


# --- lengths and safe words, both files ---

LABEL_KEYS = {f"check.{k}" for k in CHECK_LABELS} | {f"care.{k}" for k in CARE_LABELS} | \
    {f"plan.{k}" for k in PLAN_LABELS} | {"next", "stop"} | {f"exercises.{n}.label" for n in EXERCISES} | \
    {f"exercises.{n}.title" for n in EXERCISES}


@pytest.mark.parametrize("name", ["care.yaml", "grounding.yaml"])
def test_lengths(name):
    for where, text in _all_strings(_load(name)):
        if ".answers_" in where:
            continue
        limit = MAX_LABEL if where in LABEL_KEYS else MAX_MESSAGE
        assert len(" ".join(text.split())) <= limit, f"{name}: {where} is {len(text)} characters (at most {limit})"


@pytest.mark.parametrize("name", ["care.yaml", "grounding.yaml"])
def test_no_method_words_or_dying_phrases(name):
    for where, text in _all_strings(_load(name)):
        assert not METHOD.search(text), f"{name}: {where} names a method: {METHOD.search(text).group()!r}"
        assert not DYING.search(text), f"{name}: {where} can read as dying: {DYING.search(text).group()!r}"


@pytest.mark.parametrize("stage", STAGES)
def test_stages_have_no_dying_phrases(stage):
    for where, text in _stage_texts(stage):
        assert not DYING.search(text), f"{where} can read as dying: {DYING.search(text).group()!r}"
        assert not METHOD.search(text), f"{where} names a method: {METHOD.search(text).group()!r}"


def test_patterns_catch_what_they_must_and_spare_lookalikes():
    for bad in ("cross over", "never wake", "slip away", "fading away", "falls away", "pills", "cut off", "hanging"):
        assert METHOD.search(bad) or DYING.search(bad), bad
    for fine in ("change the country", "Europe", "begun", "the ending credits", "counts"):
        assert not METHOD.search(fine) and not DYING.search(fine), fine
