"""Words for a person's history and a server's funnel: their own numbers, or counts only."""

from __future__ import annotations

from bot.journey.model import STAGES
from bot.store.base import Funnel, JourneyRecord

SMALL = 5  # counts of people are shown in bands of this width; under it, "<5", so no one can be singled out


def history_text(journeys: list[JourneyRecord]) -> str:
    """A short, kind summary of someone's own journeys and check-ins."""
    if not journeys:
        return "You haven't begun a journey yet. /begin whenever you're ready."
    finished = sum(1 for j in journeys if j.finished_at is not None)
    lines = [f"Journeys begun: {len(journeys)} · finished: {finished}."]
    pairs = [j for j in journeys if j.checkin_before is not None or j.checkin_after is not None]
    if pairs:
        lines.append("How kindly you held yourself (0-10), before → after:")
        for j in pairs[-10:]:
            lines.append(f"  journey {j.number}: {_score(j.checkin_before)} → {_score(j.checkin_after)}")
    else:
        lines.append("No check-ins yet: the question at the start and end of a journey is always optional.")
    return "\n".join(lines)


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def small(count: int) -> str:
    """A count of people as a moderator may see it: "0", "<5", or its band of five: "5–9", "10–14", ...

    Why bands and not exact counts above 4: with exact counts, a difference of two shown counts can
    single people out (6 began, 5 reached stage 2: one person stopped at stage 1), and so can a sum
    (asked the check question, minus those who answered). Rounded down to a multiple of 5, every
    shown count stands for five possible values, so no difference or sum of shown counts pins a
    group of one to four people to an exact number, whatever the counts' relations (a stage within
    the stage before, help-now within crisis care, the check's answers within the check). What a
    difference can still tell is that a group is "fewer than 5", no more than a "<5" cell says.
    Nought is shown as 0: it singles no one out.
    """
    if count <= 0:
        return "0"
    if count < SMALL:
        return f"<{SMALL}"
    low = count // SMALL * SMALL
    return f"{low}–{low + SMALL - 1}"


CARE_NAMES = {"crisis": "crisis care given", "help-now": "asked for help now", "check": "asked the check question",
              "check:yes": "answered yes", "check:no": "answered no", "check:unsaid": "rather not say",
              "check:unclear": "unclear answer", "care:grounding": "grounding", "care:plan": "safety plan offered",
              "care:plan-begun": "safety plan begun", "care:lines": "lines shown again"}


def funnel_text(funnel: Funnel, titles: dict[int, str]) -> str:
    """A server's funnel and crisis care as counts of distinct people only, each cell through `small`.

    The store counts people, not journeys: someone who began five times counts once, at their
    furthest stage. Every cell (began, finished, each stage, each care label) is shown in bands of
    five, under 5 as "<5" (see `small` for why that rule also keeps differences from singling anyone
    out); nobody's words or answers are ever shown.
    """
    if funnel.started == 0:
        return "No journeys have been begun from this server's channels yet."
    lines = [f"People who began a journey from this server: {small(funnel.started)}"
             f" · finished one: {small(funnel.finished)}.",
             "How far they went (each person once, at their furthest stage):"]
    for number in range(1, len(STAGES) + 1):
        lines.append(f"  {number}. {titles.get(number, STAGES[number - 1])}: {small(funnel.reached.get(number, 0))}")
    care = {kind: count for kind, count in funnel.care.items() if count}
    if care:
        lines.append("Crisis care from this server (people, not messages): " + " · ".join(
            f"{CARE_NAMES.get(kind, kind)}: {small(count)}" for kind, count in sorted(care.items())))
    lines.append(f"Counts are of people, not journeys, in bands of {SMALL} ({SMALL}–{2 * SMALL - 1} means "
                 f"{SMALL} to {2 * SMALL - 1}; under {SMALL} shows as <{SMALL}), so that no count, and no "
                 "difference between counts, points at anyone. Nobody's words or answers are ever shown.")
    return "\n".join(lines)
