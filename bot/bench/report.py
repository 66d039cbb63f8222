"""The bench's targets and its human-readable table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Check = Callable[[dict[str, Any]], "bool | None"]
DEFAULT_PEOPLE = 10_000  # the run the targets are judged on (bench.run.Options.people)

# name -> (what the target says, whether a result meets it; None when the run cannot tell).
TARGETS: dict[str, tuple[str, Check]] = {
    "vs_baseline": (">= 6x the naive baseline", lambda r: r["ratio"] >= 6.0),
    "p99_latency": ("p99 <= 10 ms at 2,000 turns/s offered",
                    lambda r: r["p99_ms"] <= 10.0 if r["offered_rate"] >= 2_000 else None),
    "memory": ("<= 4 KB per active session", lambda r: r["rss_bytes_per_session"] <= 4096),
    "startup": ("start-up <= 300 ms", lambda r: r["startup_ms"] <= 300.0),
}


def verdict(ok: bool | None) -> str:
    """Met, missed, or not measured at the target's load."""
    return {True: "met", False: "MISSED", None: "n/a"}[ok]


def table(r: dict[str, Any]) -> str:
    """The result as an aligned table, one measurement per line."""
    m = r["machine"]
    targets = r["targets"]
    rows: list[tuple[str, str, str]] = [
        ("throughput, group commit (closed loop)", f"{r['turns_per_s']:,.0f} turns/s", ""),
        ("naive baseline: aiosqlite, commit per turn", f"{r['baseline_turns_per_s']:,.0f} turns/s", ""),
        ("  ratio", f"{r['ratio']:.1f}x", f"{TARGETS['vs_baseline'][0]}: {verdict(targets['vs_baseline'])}"),
        ("same service, in-memory store (ceiling)", f"{r['memory_store_turns_per_s']:,.0f} turns/s",
         f"group commit reaches {r['turns_per_s'] / r['memory_store_turns_per_s']:.0%} of it"),
        ("raw sqlite3 upsert+commit per call", f"{r['raw_sqlite_per_s']:,.0f} /s",
         f"service turns are {r['turns_per_s'] / r['raw_sqlite_per_s']:.0%} of it"),
        ("turns per commit (closed loop)", f"{r['turns_per_commit']:,.0f}", ""),
        ("closed-loop latency p50 / p99", f"{r['closed_p50_ms']:,.0f} / {r['closed_p99_ms']:,.0f} ms",
         f"{r['people']:,} turns in flight at once"),
        (f"latency at {r['offered_rate']:,.0f} turns/s offered: p50", f"{r['p50_ms']:.2f} ms",
         f"achieved {r['achieved_rate']:,.0f} turns/s"),
        ("  p95 / p99 / max", f"{r['p95_ms']:.2f} / {r['p99_ms']:.2f} / {r['max_ms']:.1f} ms",
         f"{TARGETS['p99_latency'][0]}: {verdict(targets['p99_latency'])}"),
        ("  naive baseline p50 / p99", f"{r['baseline_p50_ms']:.2f} / {r['baseline_p99_ms']:.2f} ms", ""),
        ("memory per active session (RSS)", f"{r['rss_bytes_per_session']:,.0f} B",
         f"{TARGETS['memory'][0]}: {verdict(targets['memory'])}"),
        ("  (tracemalloc: live Python objects)", f"{r['traced_bytes_per_session']:,.0f} B",
         f"{r['memory_people']:,} people mid-journey"),
        ("peak RSS of the bench process", f"{r['peak_rss_bytes'] / 2**20:,.0f} MiB", ""),
        ("start-up: load + validate dialogues, migrate", f"{r['startup_ms']:.0f} ms",
         f"{TARGETS['startup'][0]}: {verdict(targets['startup'])}"),
        ("  load / migrate / (imports, not counted)",
         f"{r['startup_load_ms']:.0f} / {r['startup_migrate_ms']:.0f} / {r['startup_import_ms']:.0f} ms", ""),
    ]

    rows += other_store_rows(r)
    if r.get("discord_turns_per_s") is not None:
        rows.append(("Discord adapter vs fake Discord", f"{r['discord_turns_per_s']:,.0f} turns/s",
                     r.get("discord_note", "")))
    else:
        rows.append(("Discord adapter vs fake Discord", "-", r.get("discord_note", "")))
    if r.get("errors"):
        rows.append(("ERRORS during load", str(r["errors"]), "see logs"))
    width = max(len(label) for label, _, _ in rows)
    value_width = max(len(value) for _, value, _ in rows)
    head = (f"wellspring bench: {r['people']:,} people · {m['cpus']} CPUs ({m['cpu']}) · "
            f"Python {m['python']} · SQLite {m['sqlite']} · GC gen-0 threshold {r['gc_threshold']:,}"
            + (f", {r['gc_frozen']:,} start-up objects frozen" if r.get("gc_frozen") else ""))
    lines = [head, "-" * len(head)]
    if r["people"] != DEFAULT_PEOPLE:  # fewer people in flight share each commit, and RSS over few is coarse
        lines.append(f"(the targets are set for the default {DEFAULT_PEOPLE:,} people; this run had {r['people']:,},"
                     " so its verdicts are indicative only)")
    lines += [f"{label:<{width}}  {value:>{value_width}}  {note}".rstrip() for label, value, note in rows]
    return "\n".join(lines)


def other_store_rows(r: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Table rows for the other store, placed beside SQLite's own numbers."""
    if not r.get("store"):
        return []
    kind = r["store_kind"]
    return [
        (f"{kind} store: throughput (closed loop)", f"{r['store_turns_per_s']:,.0f} turns/s",
         f"SQLite above: {r['turns_per_s']:,.0f} turns/s; {r['store']}"),
        (f"  {kind} closed-loop p50 / p99", f"{r['store_closed_p50_ms']:,.0f} / {r['store_closed_p99_ms']:,.0f} ms",
         f"{r['people']:,} turns in flight at once"),
        (f"  {kind} at {r['offered_rate']:,.0f} turns/s offered: p50", f"{r['store_p50_ms']:.2f} ms",
         f"achieved {r['store_achieved_rate']:,.0f} turns/s"),
        (f"  {kind} p95 / p99 / max",
         f"{r['store_p95_ms']:.2f} / {r['store_p99_ms']:.2f} / {r['store_max_ms']:.1f} ms",
         f"SQLite p99 above: {r['p99_ms']:.2f} ms"),
    ] + ([(f"  {kind} ERRORS during load", str(r["store_errors"]), "")] if r.get("store_errors") else [])
