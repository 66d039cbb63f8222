"""The fake Discord the Discord benches run against: the test suite's, from the repository checkout.

Nothing in `bot` imports `tests`; only `wellspring bench` (its Discord scenario and --capacity) loads
the fake, by name, at run time, from the checkout the bench runs in.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def load_fake() -> type:
    """The FakeDiscord class of tests/e2e, or ImportError outside a checkout."""
    if not (PROJECT_ROOT / "tests" / "e2e" / "fake_discord.py").is_file():
        raise ImportError("the fake Discord lives in the repository's tests/e2e; run from a checkout")
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    return importlib.import_module("tests.e2e.fake_discord").FakeDiscord
