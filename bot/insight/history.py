"""Words for a person's history and a server's funnel: their own numbers, or counts only."""

from __future__ import annotations

from bot.journey.model import STAGES
from bot.store.base import Funnel, JourneyRecord

SMALL = 5  # counts under this are shown as "<5", so no one can be singled out


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
    """A count safe to show a moderator."""
    return f"<{SMALL}" if 0 < count < SMALL else str(count)


CARE_NAMES = {"crisis": "crisis care given", "help-now": "asked for help now", "check": "asked the check question",
              "check:yes": "answered yes", "check:no": "answered no", "check:unsaid": "rather not say",
              "check:unclear": "unclear answer", "care:grounding": "grounding", "care:plan": "safety plan offered",
              "care:plan-begun": "safety plan begun", "care:lines": "lines shown again"}


def funnel_text(funnel: Funnel, titles: dict[int, str]) -> str:
    """A server's journeys as aggregate counts only; small numbers hidden."""
    if funnel.started == 0:
        return "No journeys have been begun from this server's channels yet."
    lines = [f"Journeys begun from this server: {small(funnel.started)} · finished: {small(funnel.finished)}.",
             "How far they went (journeys that reached each stage):"]
    for number in range(1, len(STAGES) + 1):
        lines.append(f"  {number}. {titles.get(number, STAGES[number - 1])}: {small(funnel.reached.get(number, 0))}")
    care = {kind: count for kind, count in funnel.care.items() if count}
    if care:
        lines.append("Crisis care from this server (people, not messages): " + " · ".join(
            f"{CARE_NAMES.get(kind, kind)}: {small(count)}" for kind, count in sorted(care.items())))
    lines.append(f"Counts under {SMALL} are shown as <{SMALL}. Nobody's words or answers are ever shown.")
    return "\n".join(lines)
