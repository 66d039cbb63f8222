"""The language layer: crisis and doubt detection, reframes and the crisis reply (pure Python, no I/O)."""

from typing import Any

from bot.language.decide import THEMES, Assessment

__all__ = ["THEMES", "Assessment", "assess"]


def __getattr__(name: str) -> Any:
    """Read the model (bot.language.assess) only when assess is asked for, so training can run without one."""
    if name == "assess":
        from bot.language.assess import assess

        return assess
    raise AttributeError(name)
