"""The language layer: crisis and doubt detection, reframes and the crisis reply (pure Python, no I/O)."""

from bot.language.assess import THEMES, Assessment, assess

__all__ = ["THEMES", "Assessment", "assess"]
