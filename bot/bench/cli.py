"""The `wellspring bench` arguments, kept apart so building the CLI parser stays cheap."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.config import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the bench's options on its subparser."""
    parser.add_argument("--people", type=int, default=None, help="simulated people (default 10000; --quick 300)")
    parser.add_argument("--seconds", type=float, default=None,
                        help="seconds of closed-loop load per store (default 10; --quick 1)")
    parser.add_argument("--turns", type=int, default=None, help="closed-loop turns per store instead of --seconds")
    parser.add_argument("--rate", type=float, default=None, help="offered turns/s for the latency run (default 2000)")
    parser.add_argument("--latency-seconds", type=float, default=None, help="length of the latency run (default 10)")
    parser.add_argument("--quick", action="store_true", help="a small, fast run (for tests and a first look)")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout instead of a table")
    parser.add_argument("--discord", dest="discord", action="store_true", default=None,
                        help="also run the Discord scenario (default: on, unless --quick)")
    parser.add_argument("--no-discord", dest="discord", action="store_false", help="skip the Discord scenario")
    parser.add_argument("--gc-threshold", type=int, default=None,
                        help="Python's gen-0 GC threshold for the load runs "
                             "(default 50000, as `wellspring run` sets it)")
    parser.add_argument("--gc-default", dest="gc_tuning", action="store_false", default=None,
                        help="leave Python's GC as the interpreter sets it (threshold 700, nothing frozen)")
    parser.add_argument("--dialogues", type=Path, default=None, help="dialogues folder (default: WELLSPRING_DIALOGUES)")
    parser.add_argument("--capacity", action="store_true",
                        help="measure people served at once within Discord's rate limits (see docs/performance.md)")
    parser.add_argument("--speed", type=float, default=None, help="--capacity: time runs this many times faster (2)")
    parser.add_argument("--scale", type=float, default=None,
                        help="--capacity: crowd and Discord's global limit shrunk by this factor (5)")
    parser.add_argument("--window", type=float, default=None, help="--capacity: run seconds per crowd (30)")
    parser.add_argument("--store", default=None,
                        help="also measure this store (e.g. postgresql://...) beside SQLite, in the same run")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the bench as the parsed arguments say; print a table or JSON."""
    if args.capacity:
        return capacity(args, settings)
    from bot.bench.run import Options, main

    return main(Options.from_args(args, settings))


def capacity(args: argparse.Namespace, settings: Settings) -> int:
    """`wellspring bench --capacity`: --people is the first crowd each path tries (default 1000)."""
    from bot.app import load_content
    from bot.bench.capacity import CapacityOptions, main

    opts = CapacityOptions()
    for name, value in (("people", args.people), ("speed", args.speed), ("scale", args.scale),
                        ("window", args.window)):
        if value is not None:
            setattr(opts, name, value)
    if args.quick and args.window is None:
        opts.window = 8.0
    return main(load_content(args.dialogues or settings.dialogues), opts, args.json)
