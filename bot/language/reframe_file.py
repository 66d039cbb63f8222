"""Reading dialogues/reframes.yaml: the pieces of the figure's answers, each pool checked (ReframeBook's file).

`read_reframes(path)` returns (pieces, area phrases) or raises ContentInvalid listing every problem with
its file and line: unknown sections, keys and placeholders, ids that don't name their pool, pools too
small, a question mark (the figure doesn't ask), an uncontracted form the narration would contract, a
reflection without exactly one {event} (what happened, in the person's words: bot/language/reflect.py).
bot/language/reframes.py builds the ReframeBook from them (load_reframes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.content import ContentError, ContentInvalid, line_of, read_yaml
from bot.language.assess import THEMES
from bot.language.weight import KINDS

TRAPS: tuple[str, ...] = ("all_or_nothing", "overgeneralizing", "labeling", "mind_reading", "fortune_telling",
                          "catastrophizing", "should", "personalizing", "emotional_reasoning", "discounting_positive",
                          "comparing")
AREAS: tuple[str, ...] = ("work", "school", "family", "partner", "friends", "body", "health", "money", "grief",
                          "identity", "other")
GENERAL = "general"  # acknowledgements and views for a doubt whose theme is not known
SHAPES: tuple[str, ...] = ("view", "step", "view+step")
MIN_PER_THEME = 8  # acknowledgements per theme
MIN_GENERAL = 4
MIN_VIEWS = 4  # views per theme (and general)
MIN_PER_TRAP = 4  # perspectives per trap that fit any area
MIN_STEPS_ANY = 4
MIN_PER_WEIGHT = 3
MIN_FEELINGS = 5  # acknowledgements per trap, for a doubt whose wording names the trap
MIN_REFLECTIONS = 8  # ways of saying back what happened (bot/language/reflect.py), so no frame becomes a tic
ACKS = ("themes", "feelings")  # the sections that open a reframe
OPTIONAL = ("reflections",)  # a dialogues folder written before them still loads
MAX_TEXT = 2000
PHRASE = "{phrase}"
EVENT = "{event}"
WHERE = "{where}"
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_LOWER_START = re.compile(r"^([*\u201c]*)([a-z])")


@dataclass(frozen=True, slots=True)
class Piece:
    """One text of a pool: `section` is themes, views, traps, steps or weights; `key` the theme, trap, area or kind.

    Acknowledgements may hold {where} (the area) and {phrase} (the person's words); `areas` limits a
    trap's perspective to the areas it was written for.
    """

    id: str
    section: str
    key: str
    text: str
    areas: tuple[str, ...] = ()
    trap: str = ""  # a situation's view (situation_file.py): the trap it answers, or "any"

    @property
    def theme(self) -> str:  # the old Reframe's field
        return self.key

    @property
    def quotes(self) -> bool:
        """Whether this text has a slot for the person's own words."""
        return PHRASE in self.text

    def render(self, quoted: str | None, where: str = "") -> str:
        """Fill {where} and {phrase}; without a quote, drop the sentences that need one."""
        text = self.text
        if self.quotes and quoted is None:
            text = " ".join(s for s in _SENTENCE_END.split(text) if PHRASE not in s)
        text = text.replace(WHERE, where)
        if quoted is None:
            return text
        if text.startswith(PHRASE):  # a sentence opens with a capital, even when it opens with their words
            quoted = _LOWER_START.sub(lambda m: m.group(1) + m.group(2).upper(), quoted, count=1)
        return text.replace(PHRASE, quoted)


Reframe = Piece  # the old name


_SECTIONS = ("themes", "feelings", "views", "traps", "steps", "weights", "reflections")
_KEYS = {"themes": (*THEMES, GENERAL), "feelings": TRAPS, "views": (*THEMES, GENERAL), "traps": TRAPS,
         "steps": ("any", *AREAS, *TRAPS),
         "weights": KINDS, "reflections": ("any",)}
_MINIMUM = {"themes": MIN_PER_THEME, "feelings": MIN_FEELINGS, "views": MIN_VIEWS, "traps": MIN_PER_TRAP,
            "weights": MIN_PER_WEIGHT, "reflections": MIN_REFLECTIONS}
_ID_PREFIX = {"themes": "{key}.", "feelings": "feeling.{key}.", "views": "{key}.view.", "traps": "trap.{key}.",
              "steps": "step.{key}.",
              "weights": "weight.{key}.", "reflections": "reflection.{key}."}
# Forms the narration always contracts ("you are" or "it is" can't be, at the end of a clause: "who you are").
_UNCONTRACTED = re.compile(r"\b(?:do not|does not|did not|is not|are not|was not|were not|cannot|can not|"
                           r"have not|has not|"
                           r"will not|would not|could not|should not|i am|let us)\b", re.IGNORECASE)


def _check_text(file: str, line: int, node: str, section: str, text: object, errors: list[ContentError]) -> bool:
    """Record problems with one text; return True if it is usable."""
    if not isinstance(text, str) or not text.strip():
        errors.append(ContentError(file, line, node, "text must be a non-empty string"))
        return False
    if len(text) > MAX_TEXT:
        errors.append(ContentError(file, line, node, f"text is {len(text)} characters (at most {MAX_TEXT})"))
    allowed = {"phrase", "where"} if section in ACKS else {"event"} if section == "reflections" else set()
    for name in _PLACEHOLDER.findall(text):
        if name not in allowed:
            only = " or ".join("{" + a + "}" for a in sorted(allowed)) or "none here"
            errors.append(ContentError(file, line, node, f"unknown placeholder {{{name}}} ({only})"))
    if section == "themes" and text.count(WHERE) != 1:
        errors.append(ContentError(file, line, node, "an acknowledgement names the area: exactly one {where}"))
    if section == "reflections" and text.count(EVENT) != 1:
        errors.append(ContentError(file, line, node, "a reflection says back what happened: exactly one {event}"))
    if section == "feelings" and text.count(WHERE) > 1:
        errors.append(ContentError(file, line, node, "a trap's acknowledgement names the area once at most"))
    if PHRASE in text and not Piece("", section, "", text).render(None).strip():
        errors.append(ContentError(file, line, node, "needs a sentence without {phrase} for when nothing is quoted"))
    if "?" in text:
        errors.append(ContentError(file, line, node, "the figure doesn't ask: no question marks"))
    if (found := _UNCONTRACTED.search(text)) is not None:
        errors.append(ContentError(file, line, node, f"use contractions, like the narration: {found.group()!r}"))
    return True


def read_reframes(path: Path) -> tuple[list[Piece], dict[str, str]]:
    """Read and validate reframes.yaml: (its pieces, the area phrases); raise ContentInvalid listing every problem."""
    file = str(path)
    data = read_yaml(Path(path))
    if not isinstance(data, dict) or not isinstance(data.get("themes"), dict):
        raise ContentInvalid([ContentError(file, line_of(data, 1), "",
                                           "expected a mapping `themes:` of theme -> list")])
    errors: list[ContentError] = []
    where = _load_areas(file, data, errors)
    pieces: list[Piece] = []
    ids: set[str] = set()
    for section in _SECTIONS:
        body = data.get(section)
        if section in OPTIONAL and section not in data:
            continue  # without reflections, the figure answers from its pools without saying back what happened
        if not isinstance(body, dict):
            errors.append(ContentError(file, line_of(data, 1), section,
                                       f"expected a mapping `{section}:` of key -> list"))
            continue
        for key, entries in body.items():
            if key not in _KEYS[section]:
                errors.append(ContentError(file, line_of(body, 1), f"{section}.{key}",
                                           f"unknown {section} key (known: {', '.join(_KEYS[section])})"))
                continue
            if not isinstance(entries, list):
                errors.append(ContentError(file, line_of(body, 1), f"{section}.{key}", "expected a list of texts"))
                continue
            count = 0
            for entry in entries:
                line = line_of(entry, line_of(body, 1))
                if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
                    errors.append(ContentError(file, line, f"{section}.{key}", "each text needs `id` and `text`"))
                    continue
                pid = entry["id"]
                if pid in ids:
                    errors.append(ContentError(file, line, pid, "duplicate id"))
                    continue
                ids.add(pid)
                prefix = _ID_PREFIX[section].format(key=key)
                if not pid.startswith(prefix) or "+" in pid:
                    errors.append(ContentError(file, line, pid, f"id must start with {prefix!r} (and hold no '+')"))
                areas = entry.get("areas", ())
                if section != "traps" and areas:
                    errors.append(ContentError(file, line, pid, "only a trap's perspective can be limited to `areas`"))
                if not isinstance(areas, (list, tuple)) or any(a not in AREAS for a in areas):
                    errors.append(ContentError(file, line, pid, f"areas must be a list of: {', '.join(AREAS)}"))
                    areas = ()
                if _check_text(file, line, pid, section, entry.get("text"), errors):
                    pieces.append(Piece(pid, section, key, " ".join(entry["text"].split()), tuple(areas)))
                    count += 0 if areas else 1
            least = MIN_GENERAL if key == GENERAL else MIN_STEPS_ANY if (section, key) == ("steps", "any") \
                else _MINIMUM.get(section, 1)
            if count < least:
                what = "texts that fit any area" if section == "traps" else "texts"
                errors.append(ContentError(file, line_of(body, 1), f"{section}.{key}",
                                           f"has {count} {what} (at least {least})"))
        required = [k for k in _KEYS[section] if section != "steps" or k == "any"]
        for key in required:
            if key not in body:
                errors.append(ContentError(file, line_of(body, 1), f"{section}.{key}", f"{section} pool is missing"))
    if errors:
        raise ContentInvalid(errors)
    return pieces, where


def _load_areas(file: str, data: dict, errors: list[ContentError]) -> dict[str, str]:
    areas = data.get("areas")
    if not isinstance(areas, dict):
        errors.append(ContentError(file, line_of(data, 1), "areas", "expected a mapping `areas:` of area -> phrase"))
        return {}
    where: dict[str, str] = {}
    for area in AREAS:
        phrase = areas.get(area)
        if not isinstance(phrase, str):
            errors.append(ContentError(file, line_of(areas, 1), f"areas.{area}", "area phrase is missing"))
        elif phrase and not phrase.startswith(" "):
            errors.append(ContentError(file, line_of(areas, 1), f"areas.{area}",
                                       "start the phrase with a space: \" at work\""))
        else:
            where[area] = phrase
    for area in areas:
        if area not in AREAS:
            errors.append(ContentError(file, line_of(areas, 1), f"areas.{area}",
                                       f"unknown area (known: {', '.join(AREAS)})"))
    return where
