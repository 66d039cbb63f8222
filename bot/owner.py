"""Owner tools: erase, backup, stats (filled in below)."""

from __future__ import annotations

import argparse


def add_arguments(sub) -> None:
    """Register the owner subcommands."""


def run(args: argparse.Namespace, settings) -> int:
    return 2
