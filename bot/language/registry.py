"""The named crisis families: which one fired for a crisis the rules found (Assessment.family).

The rules are compiled as one RuleSet for speed (crisis_patterns.CRISIS), which says that some rule
matched but not which. Naming the family is only needed once a crisis is found (rare), so each
family's own pattern is compiled lazily, once, and tried in registry order on the same idiom-free
text the rules read; `warm()` compiles them all off the start-up path (the Listener calls it on its
worker thread). Besides the rule families, the registry names the other deciders a crisis or a
check can come from.
"""

from __future__ import annotations

import re
import threading

import bot.language.crisis_families as _families
import bot.language.crisis_patterns as _patterns
from bot.language.rules import pad

# Rule families in the order FAMILY_RULES concatenates them (checked below), after the core rules.
_FAMILY_ORDER = (
    "MEANS", "PLANNING", "PASSIVE_WISH", "SELF_HARM", "FAREWELL", "PRESENT", "DIRECT", "TIMED_INTENT",
    "FAREWELL_THANKS",
    "AT_HAND", "IDEATION", "FINAL_ACT", "SELF_HARM_REPORT", "GOODBYE", "METHOD_PLACE", "SLANG", "TEEN", "FORMAL",
    "NON_NATIVE", "REUNION", "MEDICAL", "AFTER", "JOURNEY_DARK", "BURIED", "GRIEF_REUNION", "ILLNESS", "RELAPSE",
    "SERVICE", "RATHER_GONE", "REHEARSAL", "PLAN_LIST", "MONEY_HOME", "GAMER", "SPANISH", "PERMISSION", "METHOD_MORE",
)

# family name -> its rules (regex sources over normalized, space-padded text).
# The core list has no public name.
RULE_FAMILIES: dict[str, list[str]] = {"core": list(_patterns._RULES)}
RULE_FAMILIES.update({name.lower(): list(getattr(_families, name)) for name in _FAMILY_ORDER})

# Deciders that are not rule families.
RUN_TOGETHER = "run_together"  # words typed without spaces ("killmyself")
MODEL = "model"  # the semantic model's crisis probability reached its tier
HELP_REQUEST = "help_request"  # a plain request for help or a statement of not being safe
MODEL_FAILED = "model_failed"  # the model failed on this message: the bot asks (check), never passes
OLD_MODEL = "old_model"  # the rules-only path's pure-Python model.bin read a doubt as a crisis
RULES = "rules"  # a rule matched that no family below claims (should not happen; tested)
DENIED = "denied"  # every crisis phrase was plainly denied ("i'm not suicidal") and no model read it: the bot asks
STATED = "stated"  # a plain statement of wanting to die, or of self-harm, in another language (crisis_languages.py)
OTHER_DECIDERS = (RUN_TOGETHER, MODEL, HELP_REQUEST, MODEL_FAILED, OLD_MODEL, RULES, DENIED, STATED)
FAMILIES: tuple[str, ...] = (*RULE_FAMILIES, *OTHER_DECIDERS)

# Whether the registry still matches what the rules compile (a family added elsewhere shows here).
IN_STEP = [r for name in _FAMILY_ORDER for r in getattr(_families, name)] == list(_families.FAMILY_RULES)

_compiled: dict[str, re.Pattern[str]] = {}
_lock = threading.Lock()


def _pattern(name: str) -> re.Pattern[str]:
    found = _compiled.get(name)
    if found is None:
        with _lock:
            found = _compiled.get(name)
            if found is None:
                found = _compiled[name] = re.compile("|".join(f"(?:{rule})" for rule in RULE_FAMILIES[name]))
    return found


def warm() -> None:
    """Compile every family now (about half a second in all), so no crisis waits for it."""
    for name in RULE_FAMILIES:
        _pattern(name)


def family_of(normalized: str, matched: str) -> str:
    """The family whose rules produce the phrase find_crisis returned for this normalized text."""
    padded = _patterns.IDIOMS.sub(" ~ ", pad(normalized))
    first = None
    for name in RULE_FAMILIES:
        for match in _pattern(name).finditer(padded):
            if match.group().strip() == matched:
                return name
            first = first or name
    if first is not None:
        return first
    if _patterns.RUN_TOGETHER.search(padded):
        return RUN_TOGETHER
    return RULES
