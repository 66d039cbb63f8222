"""Crisis rules by family of phrasing: means, planning, passive wishes, self-harm acts, farewells.

Each family names the behaviour, not one sentence, so that new wordings of the same warning sign
are caught. Where a phrase is ambiguous between crisis and an everyday meaning, the rule leans
to crisis (a gentle message not needed costs far less than a miss); only wordings that are
plainly everyday ("took my meds", "cut my hair", "walked over the bridge") are left out.

The families live in four files by when and why they were added: crisis_signs.py (the first families),
crisis_indirect.py (wordings that name no stock phrase), crisis_registers.py (registers, after blind4.tsv)
and crisis_situations.py (situations, after blind5.tsv), with the pieces they share in crisis_words.py.
This module joins them, in the order registry.py names them, as FAMILY_RULES; every family is importable
from here by its name.
"""

from __future__ import annotations

from bot.language.crisis_indirect import (
    AT_HAND,
    FAREWELL_THANKS,
    FINAL_ACT,
    GOODBYE,
    IDEATION,
    METHOD_PLACE,
    SELF_HARM_REPORT,
    SLANG,
    TIMED_INTENT,
)
from bot.language.crisis_registers import AFTER, BURIED, FORMAL, JOURNEY_DARK, MEDICAL, NON_NATIVE, REUNION, TEEN
from bot.language.crisis_signs import DIRECT, FAREWELL, MEANS, PASSIVE_WISH, PLANNING, PRESENT, SELF_HARM
from bot.language.crisis_situations import (
    GAMER,
    GRIEF_REUNION,
    ILLNESS,
    METHOD_MORE,
    MONEY_HOME,
    PERMISSION,
    PLAN_LIST,
    RATHER_GONE,
    REHEARSAL,
    RELAPSE,
    SERVICE,
    SPANISH,
)

FAMILY_RULES = (
    MEANS + PLANNING + PASSIVE_WISH + SELF_HARM + FAREWELL + PRESENT + DIRECT + TIMED_INTENT + FAREWELL_THANKS + AT_HAND
    + IDEATION + FINAL_ACT + SELF_HARM_REPORT + GOODBYE + METHOD_PLACE + SLANG
    + TEEN + FORMAL + NON_NATIVE + REUNION + MEDICAL + AFTER + JOURNEY_DARK + BURIED
    + GRIEF_REUNION + ILLNESS + RELAPSE + SERVICE + RATHER_GONE + REHEARSAL + PLAN_LIST + MONEY_HOME + GAMER + SPANISH
    + PERMISSION + METHOD_MORE
)
