"""wellspring: a guided visualization of self-compassion, in Discord DMs or a terminal."""

__version__ = "0.1.0"
