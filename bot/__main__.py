"""The `wellspring` command: run | console | check | classify | bench | erase | backup | stats | invite | sync ..."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import Settings, SettingsError, SettingsInvalid, load_settings, prepare_sqlite, version
from bot.content import ContentInvalid

if TYPE_CHECKING:
    from bot.app import Content
    from bot.language.helpline_data import Helplines

STORE_COMMANDS = frozenset({"run", "console", "erase", "backup", "stats"})  # settings checked for a writable store


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="wellspring", description="A guided visualization of self-compassion.")
    parser.add_argument("--version", action="version", version=f"wellspring {version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    run = sub.add_parser("run", help="run the Discord bot (needs DISCORD_TOKEN)")
    run.add_argument("--shard-count", type=int, default=None, help="total shards (Discord sharding)")
    run.add_argument("--shard-ids", default=None, help="comma-separated shard ids this process runs")
    console = sub.add_parser("console", help="walk the journey in this terminal (no Discord, no token)")
    console.add_argument("--user", default=None, help="whose journey (default: your login name)")
    console.add_argument("--db", type=Path, default=None, help="SQLite file (default: WELLSPRING_DB)")
    console.add_argument("--no-pacing", action="store_true", help="print without pauses")
    check = sub.add_parser("check", help="validate a dialogues folder and print every problem")
    check.add_argument("folder", nargs="?", type=Path, default=None)
    classify = sub.add_parser("classify", help="read statements on stdin, print one JSON assessment per line")
    classify.add_argument("--bench", action="store_true", help="measure statements per second instead")
    graph = sub.add_parser("graph", help="draw the dialogue trees (Graphviz svg/png, or Mermaid/DOT text)")
    graph.add_argument("--format", choices=("svg", "png", "mermaid", "dot"), default=None,
                       help="default: from --out's suffix, else svg with Graphviz installed, mermaid without")
    graph.add_argument("--out", type=Path, default=None,
                       help="file to write (default: stdout for text, dialogue-graph.svg|png for images)")
    graph.add_argument("--dialogues", type=Path, default=None, help="folder to draw (default: WELLSPRING_DIALOGUES)")
    move = sub.add_parser("migrate-store", help="copy every row to another store (e.g. SQLite -> PostgreSQL), "
                                                "idempotently, and verify the counts")
    move.add_argument("--from", dest="source", required=True, help="sqlite:///data/wellspring.db, a path, or postgresql://...")
    move.add_argument("--to", dest="target", required=True, help="postgresql://user:password@host/db, or a SQLite path")
    move.add_argument("--batch", type=int, default=1000, help="rows per transaction (default 1000)")
    evaluate = sub.add_parser("evaluate",
                              help="score the language layer on the labelled sets (and any given .tsv files)")
    evaluate.add_argument("sets", nargs="*", type=Path, help="extra labelled .tsv files to score")
    evaluate.add_argument("--only", action="store_true", help="score only the files given")
    evaluate.add_argument("--rules-only", action="store_true", help="the rules-only path (no encoder)")
    evaluate.add_argument("--no-groups", action="store_true", help="one line per set, no registers")
    evaluate.add_argument("--json", action="store_true", help="print JSON instead of a table")
    evaluate.add_argument("--golden", action="store_true",
                          help="with UPDATE_GOLDEN=1, rewrite tests/language/golden.tsv")
    from bot.bench.cli import add_arguments as add_bench_arguments

    add_bench_arguments(sub.add_parser(
        "bench", help="measure turns/s, latency, memory and start-up against a naive baseline"))
    from bot.owner import add_arguments as add_owner_arguments

    add_owner_arguments(sub)
    invite = sub.add_parser("invite",
                            help="print the links that add the bot to a server or to a person's own account")
    invite.add_argument("--app-id", default=None, metavar="ID",
                        help="the application id (default: WELLSPRING_APPLICATION_ID, else the one the last run kept)")
    sub.add_parser("sync", help="publish the slash commands to Discord now (start-up does it only when they changed)")
    sub.add_parser("health", help="ask the running bot's readiness endpoint (WELLSPRING_HEALTH_PORT); "
                                  "exit 0 when ready")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(store=args.command in STORE_COMMANDS)
    except SettingsError as exc:
        for problem in exc.problems if isinstance(exc, SettingsInvalid) else [str(exc)]:
            print(f"wellspring: {problem}", file=sys.stderr)
        return 2
    level = settings.log_level
    if args.command != "run" and "WELLSPRING_LOG_LEVEL" not in os.environ:
        level = "WARNING"  # a person at a terminal wants the journey, not the plumbing
    from bot.lifecycle import DiscordUnreachable, configure_logging

    configure_logging(level)
    try:
        if args.command in ("run", "sync"):
            settings.require_token()  # before anything is made on disk
        if args.command in STORE_COMMANDS and not (args.command == "console" and args.db is not None):
            prepare_sqlite(settings.store_target)  # a missing folder 0700, the file 0600
        if args.command == "health":
            from bot.health import health_command

            return health_command(settings.health_port)
        if args.command in ("erase", "backup", "stats"):
            from bot.owner import run as run_owner

            return run_owner(args, settings)
        if args.command == "invite":
            return _invite(settings, args.app_id)
        if args.command == "sync":
            return asyncio.run(_sync(settings))
        if args.command == "graph":
            from bot.graph.command import graph_command

            return graph_command(args.format, args.out, args.dialogues or settings.dialogues)
        if args.command == "migrate-store":
            from bot.store.transfer import migrate_store

            return asyncio.run(migrate_store(args.source, args.target, max(1, args.batch)))
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "bench":
            from bot.bench.cli import run as run_bench

            return run_bench(args, settings)
        if args.command == "check":
            return _check(args.folder or settings.dialogues)
        if args.command == "console":
            return asyncio.run(_console(args, settings))
        if args.command == "classify":
            return _classify(args, settings)
        if args.command == "run":
            from bot.discord.runner import run_bot

            return run_bot(settings, args)
    except ContentInvalid as exc:
        _print_errors(exc)
        print("wellspring: refusing to start until the dialogues are fixed.", file=sys.stderr)
        return 1
    except SettingsError as exc:
        print(f"wellspring: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except DiscordUnreachable as exc:  # a network problem: exit 1, so a restart policy tries again
        print(f"wellspring: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `wellspring console | head`: the reader left
        return 0
    return 2


def _content(settings: Settings) -> Content:
    from bot.app import load_content

    return load_content(settings.dialogues, settings.crisis_region)


def _print_errors(exc: ContentInvalid) -> None:
    for error in exc.errors:
        print(error, file=sys.stderr)
    print(f"{len(exc.errors)} problem(s) found.", file=sys.stderr)


def _check(folder: Path) -> int:
    from bot.app import load_content
    from bot.language.helplines import load_helplines

    errors: list[Any] = []
    content: Content | None = None
    helplines: Helplines | None = None
    try:
        content = load_content(folder)
    except ContentInvalid as exc:
        errors += exc.errors
    try:
        helplines = load_helplines(folder / "helplines.yaml")
    except ContentInvalid as exc:
        errors += exc.errors
    if errors or content is None or helplines is None:
        _print_errors(ContentInvalid(errors))
        return 1
    nodes = sum(len(stage.nodes) for stage in content.book.stages)
    lines = sum(len(helplines.region(code).lines) for code in helplines.codes())
    print(f"{folder}: ok — {len(content.book.stages)} stages, {nodes} nodes, "
          f"{len(content.language.reframes.themes)} reframe themes, crisis resources present, "
          f"{lines} helplines in {len(helplines.codes())} regions.")
    from bot.language.worker import language_status

    print(language_status())
    return 0


async def _console(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import open_service
    from bot.console import Console

    if args.db is not None:
        settings = replace(settings, db=args.db, database_url=None)
        prepare_sqlite(args.db)
    pacing = 0.0 if args.no_pacing else settings.pacing
    user = (args.user or _login_name()).strip()[:64] or "you"
    content = _content(settings)
    async with open_service(settings, content, markup="plain") as service:
        await Console(service, f"console:{user}", pacing, files=settings.db.parent).run()
    return 0


def _classify(args: argparse.Namespace, settings: Settings) -> int:
    if args.bench:
        import json

        from bot.language.bench import bench_classify

        print(json.dumps(bench_classify()))
        return 0
    from bot.classify import classify_stream

    return classify_stream(sys.stdin, sys.stdout, _content(settings).language)


def _evaluate(args: argparse.Namespace) -> int:
    root = Path(__file__).resolve().parents[1]
    if not (root / "tools" / "evaluate.py").exists():
        print("wellspring evaluate runs from a checkout of the repository (tools/evaluate.py)", file=sys.stderr)
        return 2
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from tools.evaluate import run

    return run(args)


def _invite(settings: Settings, given: str | None) -> int:
    """Print the invite links; no network: the id is given, set, or remembered from the last run."""
    from bot.discord.upkeep import NO_APPLICATION_ID, invite_lines, known_application_id

    if given is not None and not given.strip().isdigit():
        print("wellspring: --app-id must be the application's id (digits)", file=sys.stderr)
        return 2
    app_id = known_application_id(settings, given.strip() if given else None)
    if app_id is None:
        print(NO_APPLICATION_ID, file=sys.stderr)
        return 1
    for line in invite_lines(app_id):
        print(line)
    return 0


async def _sync(settings: Settings) -> int:
    """Log in over HTTP only (no gateway), publish the slash commands, remember their hash."""
    import aiohttp
    import discord

    from bot.discord.client import build_bot
    from bot.discord.runner import point_at
    from bot.discord.upkeep import state_path

    if settings.discord_api:
        point_at(settings.discord_api)
    bot = build_bot(None, test_guild=settings.test_guild, sync_state=state_path(settings),  # type: ignore[arg-type]
                    force_sync=True)
    async with bot:
        try:
            await bot.login(settings.require_token())  # its setup hook syncs (forced)
        except discord.LoginFailure:
            print("wellspring: Discord refused the token. Check DISCORD_TOKEN (Developer Portal -> Bot -> "
                  "Reset Token).", file=sys.stderr)
            return 2
        except (TimeoutError, OSError, aiohttp.ClientError, discord.DiscordServerError) as exc:
            print(f"wellspring: cannot reach Discord ({type(exc).__name__}); nothing was synced", file=sys.stderr)
            return 1
    if bot.commands_synced is not True:
        print("wellspring: the slash commands could not be synced; see the line above", file=sys.stderr)
        return 1
    where = f"to server {settings.test_guild}" if settings.test_guild else "globally"
    print(f"slash commands synced {where} ({len(bot.tree.get_commands())} commands)")
    return 0


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "you"


if __name__ == "__main__":
    sys.exit(main())
