"""The words of crisis care, read and validated from care.yaml, care_i18n.yaml and grounding.yaml.

Every text the crisis path says lives in those files, so a reviewer reads the care as written and a
translator adds a language without touching code. Problems are reported naming file, line and node.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from bot.content import ContentError, ContentInvalid, line_of, read_yaml
from bot.language.helplines import Helplines, load_helplines

MAX_TEXT = 1200  # one message's share, so that a reply with the lines stays within Discord's 2,000
MAX_LABEL = 80
PLAN_SECTIONS = ("warning_signs", "coping", "distractions", "people", "professionals", "safe_space", "reasons")
CRISIS_KEYS = ("reply", "again", "reach", "region_note", "emergency", "stay", "help_now", "someone_else")
CHECK_KEYS = ("question", "yes", "no", "unsaid", "thanks_no", "later", "unclear")
CHECK_LISTS = ("answers_yes", "answers_no", "answers_unsaid")
CARE_KEYS = ("fine", "lines_again", "grounding", "plan", "show_plan", "lines", "resume", "help_button")
CARE_LABELS = ("grounding", "plan", "show_plan", "lines", "resume", "help_button")
PLAN_KEYS = ("offer", "consent", "decline", "declined", "skip", "stop", "saved", "done", "header", "empty")
PLAN_LABELS = ("consent", "decline", "skip", "stop")
TRANSLATION_KEYS = ("name", "region", "reply", "reach", "english_note", "misread", "check_question",
                    "check_yes", "check_no", "check_unsaid")
PLACEHOLDERS = {("crisis", "region_note"): "{region}", ("crisis", "emergency"): "{emergency}"}


@dataclass(frozen=True, slots=True)
class Section:
    """One part of a Stanley-Brown safety plan."""

    id: str
    title: str
    prompt: str


@dataclass(frozen=True, slots=True)
class Exercise:
    """A short grounding exercise: a few messages walked one at a time."""

    name: str
    title: str
    label: str
    steps: tuple[str, ...]


@dataclass(frozen=True)
class CareContent:
    """All of crisis care's words: crisis reply, the check question, care mode, plan, grounding."""

    crisis: Mapping[str, str]
    check: Mapping[str, str]
    answers: Mapping[str, frozenset[str]]  # yes / no / unsaid -> typed answers, every language
    care: Mapping[str, str]
    still_here: tuple[str, ...]
    plan: Mapping[str, str]
    sections: tuple[Section, ...]
    exercises: Mapping[str, Exercise]
    grounding: Mapping[str, str]  # next, stop, done
    translations: Mapping[str, Mapping[str, str]]  # language code -> its texts
    helplines: Helplines


class _Reader:
    """Collects problems while reading one file."""

    def __init__(self, path: Path):
        self.file, self.errors = str(path), []  # type: ignore[var-annotated]
        self.data = read_yaml(path)
        if not isinstance(self.data, dict):
            self.fail(self.data, "", "expected a mapping")
            self.data = {}

    def fail(self, where: Any, node: str, message: str) -> None:
        self.errors.append(ContentError(self.file, line_of(where, 1), node, message))

    def section(self, data: Any, key: str) -> dict:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, dict):
            self.fail(data, key, f"`{key}` must be a mapping")
            return {}
        return value

    def text(self, data: dict, key: str, node: str, limit: int = MAX_TEXT) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(data, f"{node}.{key}", "must be a non-empty string")
            return ""
        value = " ".join(value.split())
        if len(value) > limit:
            self.fail(data, f"{node}.{key}", f"is {len(value)} characters (at most {limit})")
        return value

    def texts(self, data: dict, keys: tuple[str, ...], node: str, labels: tuple[str, ...] = ()) -> dict[str, str]:
        return {key: self.text(data, key, node, MAX_LABEL if key in labels else MAX_TEXT) for key in keys}

    def strings(self, data: dict, key: str, node: str) -> tuple[str, ...]:
        value = data.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(x, str) and x.strip() for x in value):
            self.fail(data, f"{node}.{key}", "must be a non-empty list of strings")
            return ()
        return tuple(" ".join(x.split()) for x in value)


def fold_answer(answer: str) -> str:
    """A typed answer as it is compared: lower case, end punctuation and spaces off."""
    return " ".join(answer.casefold().replace("’", "'").strip(" .!?,").split())


def load_care(folder: Path, helplines: Helplines | None = None) -> CareContent:
    """Read and validate the care files of a dialogues folder; raise ContentInvalid naming each problem."""
    folder = Path(folder)
    errors: list[ContentError] = []
    if helplines is None:
        try:
            helplines = load_helplines(folder / "helplines.yaml")
        except ContentInvalid as exc:
            errors.extend(exc.errors)
    care = _Reader(folder / "care.yaml")
    crisis = care.texts(care.section(care.data, "crisis"), CRISIS_KEYS, "crisis")
    check_raw = care.section(care.data, "check")
    check = care.texts(check_raw, CHECK_KEYS, "check", labels=("yes", "no", "unsaid"))
    answers = {kind: set(map(fold_answer, care.strings(check_raw, f"answers_{kind}", "check")))
               for kind in ("yes", "no", "unsaid")}
    care_raw = care.section(care.data, "care")
    care_texts = care.texts(care_raw, CARE_KEYS, "care", labels=CARE_LABELS)
    still_here = care.strings(care_raw, "still_here", "care")
    plan_raw = care.section(care.data, "plan")
    plan = care.texts(plan_raw, PLAN_KEYS, "plan", labels=PLAN_LABELS)
    sections = _sections(care, plan_raw)
    for (part, key), mark in PLACEHOLDERS.items():
        if mark not in {"crisis": crisis}[part].get(key, mark):
            care.fail(care.data, f"{part}.{key}", f"must contain {mark}")
    for node, value in (("crisis.stay", crisis.get("stay", "")), ("care.fine", care_texts.get("fine", ""))):
        if value and "/resume" not in value:
            care.fail(care.data, node, "must say how to go back (/resume)")
    ground = _Reader(folder / "grounding.yaml")
    exercises = _exercises(ground)
    grounding = ground.texts(ground.data, ("next", "stop"), "grounding", labels=("next", "stop"))
    grounding["done"] = ground.text(ground.data, "done", "grounding")
    i18n = _Reader(folder / "care_i18n.yaml")
    translations = {}
    for code, entry in i18n.data.items():
        if not isinstance(entry, dict):
            i18n.fail(i18n.data, str(code), "must be a mapping")
            continue
        translations[code] = i18n.texts(entry, TRANSLATION_KEYS, str(code),
                                        labels=("check_yes", "check_no", "check_unsaid"))
        if translations[code]["misread"] and "/resume" not in translations[code]["misread"]:
            i18n.fail(entry, f"{code}.misread", "must keep /resume as it is")
        if helplines is not None and translations[code]["region"] not in helplines.codes():
            i18n.fail(entry, f"{code}.region",
                      f"unknown region {translations[code]['region']!r} (not in helplines.yaml)")
        for kind in ("yes", "no", "unsaid"):
            answers[kind] |= set(map(fold_answer, i18n.strings(entry, f"answers_{kind}", str(code))))
    errors += care.errors + ground.errors + i18n.errors
    if errors:
        raise ContentInvalid(errors)
    assert helplines is not None
    return CareContent(
        crisis=MappingProxyType(crisis), check=MappingProxyType(check),
        answers=MappingProxyType({k: frozenset(v) for k, v in answers.items()}),
        care=MappingProxyType(care_texts), still_here=still_here, plan=MappingProxyType(plan),
        sections=sections, exercises=MappingProxyType(exercises), grounding=MappingProxyType(grounding),
        translations=MappingProxyType({k: MappingProxyType(v) for k, v in translations.items()}),
        helplines=helplines,
    )


def _sections(reader: _Reader, plan: dict) -> tuple[Section, ...]:
    raw = plan.get("sections")
    if not isinstance(raw, list):
        reader.fail(plan, "plan.sections", "must be a list")
        return ()
    found = []
    for i, entry in enumerate(raw):
        if not isinstance(entry, dict):
            reader.fail(plan, f"plan.sections[{i}]", "must be a mapping")
            continue
        found.append(Section(str(entry.get("id", "")), reader.text(entry, "title", f"plan.sections[{i}]", MAX_LABEL),
                             reader.text(entry, "prompt", f"plan.sections[{i}]")))
    if tuple(s.id for s in found) != PLAN_SECTIONS:
        reader.fail(plan, "plan.sections", f"must be, in order: {', '.join(PLAN_SECTIONS)}")
    return tuple(found)


def _exercises(reader: _Reader) -> dict[str, Exercise]:
    raw = reader.section(reader.data, "exercises")
    found = {}
    for name, entry in raw.items():
        if not isinstance(entry, dict):
            reader.fail(raw, f"exercises.{name}", "must be a mapping")
            continue
        node = f"exercises.{name}"
        found[str(name)] = Exercise(str(name), reader.text(entry, "title", node, MAX_LABEL),
                                    reader.text(entry, "label", node, MAX_LABEL), reader.strings(entry, "steps", node))
    if not found:
        reader.fail(raw, "exercises", "must hold at least one exercise")
    return found
