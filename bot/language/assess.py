"""Assess one free-text message: crisis language first, then a doubt about oneself, else nothing."""

from __future__ import annotations

from bot.language.decide import CHECK, CRISIS, DOUBT, NONE, NOTHING, THEMES, Assessment, decide
from bot.language.model import load

__all__ = ["CHECK", "CRISIS", "DOUBT", "MODEL", "NONE", "NOTHING", "THEMES", "Assessment", "assess", "assess_strict"]

# Read now, not on first use: the first message of all must be checked as fast as any other.
MODEL = load()


def assess_strict(text: str) -> Assessment:
    """Assess a message, letting any bug surface (tests call this to prove it never raises)."""
    return decide(text, MODEL)


def assess(text: str) -> Assessment:
    """Assess a message; never raises, and crisis language always wins over a doubt."""
    try:
        return assess_strict(text)
    except Exception:  # noqa: BLE001 - a bug here must never stop a person's journey
        return NOTHING
