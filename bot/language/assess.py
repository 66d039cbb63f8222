"""Assess one free-text message: crisis language first, then a doubt about oneself, else nothing.

`assess(text)` is the synchronous entry point (CLI, tools, tests): the rules and, where it can
load, the semantic model (bot/language/worker.py). The service must not call it on the event loop
when the model is on; it awaits `bot.language.worker.Listener().assess(text)`, which batches and
runs off the loop.
"""

from __future__ import annotations

from bot.language.decide import CHECK, CRISIS, DOUBT, NONE, NOTHING, THEMES, Assessment, decide
from bot.language.model import load

__all__ = ["CHECK", "CRISIS", "DOUBT", "MODEL", "NONE", "NOTHING", "THEMES", "Assessment", "assess", "assess_rules",
           "assess_strict"]

# The rules-only path's doubt helper, read now: the first message of all must be checked as fast as any other.
MODEL = load()


def assess_strict(text: str) -> Assessment:
    """Assess a message with the rules and model.bin, letting any bug surface (tests call this to prove it
    never raises)."""
    return decide(text, MODEL)


def assess_rules(text: str) -> Assessment:
    """The rules-only path (what runs where the semantic model cannot); never raises."""
    try:
        return assess_strict(text)
    except Exception:  # noqa: BLE001 - a bug here must never stop a person's journey
        return NOTHING


def assess(text: str) -> Assessment:
    """Assess a message with the rules and the semantic model; never raises, crisis always wins."""
    from bot.language.worker import assess_sync

    return assess_sync(text)
