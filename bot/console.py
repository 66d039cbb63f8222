"""The terminal adapter: the same journey and database, no Discord."""

from __future__ import annotations

import asyncio
import json
import os
import re
import shlex
import shutil
import signal
import sys
import textwrap
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from bot.care.flow import URGENT
from bot.insight.chart import checkin_chart, has_checkins
from bot.insight.history import history_text
from bot.journey.turns import Inbound, Reply
from bot.pacing import pause_after
from bot.service import Service

QUIT = {"quit", "exit"}  # also as /quit and /exit; Ctrl-C and Ctrl-D (end of input at a terminal) too
LOCAL = {"journey", "mydata", "remind"}  # answered here, not by the journey itself
GOODBYE = "Your place is saved. Come back any time with `{command}`."
REMIND_HERE = ("Reminders arrive as Discord messages. In the terminal, your place is always kept: "
               "come back with `{command}` whenever you like.")
CONSOLE_HELP = ("In this terminal: /quit (or quit, exit, Ctrl-C, Ctrl-D) ends at once and keeps your place · "
                "/journey draws your check-ins to a file · /mydata writes everything kept about you to a file.")
_INTERRUPTED = object()  # queued by Ctrl-C, to wake the conversation


def command_name(argv: list[str] | None = None, orig_argv: list[str] | None = None) -> str:
    """The command as the person ran it, to come back the same way: `.venv/bin/wellspring console --user x`.

    A program found on PATH is named by its name alone (`wellspring console`), one run by a path by
    that path; `python -m bot console` stays a `-m` command.
    """
    argv = list(sys.argv if argv is None else argv) or ["wellspring"]
    orig = list(getattr(sys, "orig_argv", []) if orig_argv is None else orig_argv)
    program = argv[0]
    if os.path.basename(program) == "__main__.py" and "-m" in orig:  # python -m bot
        head = [_as_typed(orig[0]), "-m", orig[orig.index("-m") + 1]] if orig.index("-m") + 1 < len(orig) else [
            "python", "-m", "bot"]
    else:
        head = [_as_typed(program or "wellspring")]
    return " ".join(shlex.quote(part) for part in [*head, *argv[1:]])


def _as_typed(program: str) -> str:
    """`wellspring` when the PATH finds this very program by its name, else the path as given."""
    name = os.path.basename(program)
    if os.sep not in program:
        return program
    found = shutil.which(name)
    try:
        if found and os.path.isabs(program) and os.path.samefile(found, program):
            return name
    except OSError:
        pass
    return program


class Console:
    """Reads lines, hands them to the service, prints the replies at a gentle pace."""

    def __init__(self, service: Service, person_id: str, pacing: float,
                 stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout, files: Path = Path("data")):
        self.service, self.person_id, self.pacing = service, person_id, pacing
        self.stdin, self.stdout, self.files = stdin, stdout, files

    async def run(self) -> None:
        """Greet, then answer every line until quit, Ctrl-C or the end of input.

        Lines are read while narration is still being paced, so a crisis reply never waits behind
        it: urgent replies drop what is still queued and print at once (the place is kept). Quitting
        (quit, exit, /quit, /exit, Ctrl-C, Ctrl-D at a terminal) drops paced narration still queued
        and ends at once; the place was saved with the last answer. The end of piped input lets what
        was already answered finish printing.
        """
        self._outbox: list[Reply] = []
        self._speaker: asyncio.Task[None] | None = None
        self._stopping = False
        self.command = command_name()
        lines: asyncio.Queue[object] = asyncio.Queue()
        self._start_reader(lines)
        loop = asyncio.get_running_loop()
        caught = self._catch_interrupts(loop, lines)
        try:
            self.say(await self.service.greet(self.person_id))
            if await self._converse(lines):
                await self.hush()
            else:
                await self.settle()  # Ctrl-C here still cuts it short
        finally:
            for sig in caught:
                loop.remove_signal_handler(sig)
        self.write(GOODBYE.format(command=self.command), wrap=False)

    async def _converse(self, lines: asyncio.Queue[object]) -> bool:
        """Answer lines until the person leaves; whether to end at once (not after the paced narration)."""
        while True:
            line = await lines.get()
            if self._stopping or line is _INTERRUPTED:
                self.write("")  # the terminal shows ^C where the cursor was
                return True
            if line is None:
                return self._at_terminal()  # Ctrl-D at a terminal; the end of a piped script waits
            assert isinstance(line, str)
            inbound = self.parse(line.rstrip("\r\n"))
            if inbound is None:
                return True
            if inbound.command in LOCAL:
                await self.settle()
                await self.local(inbound.command)
                continue
            replies = await self.service.handle(inbound)
            if inbound.command == "help":
                replies = (*replies, Reply(CONSOLE_HELP, "system"))
            self.say(replies)

    def _catch_interrupts(self, loop: asyncio.AbstractEventLoop, lines: asyncio.Queue[object]) -> list[int]:
        """Ctrl-C (and a polite kill) end the conversation cleanly instead of raising mid-sentence."""
        def stop() -> None:
            self._stopping = True
            self._outbox.clear()
            if self._speaker is not None and not self._speaker.done():
                self._speaker.cancel()  # stop pacing now, not after the next pause
            lines.put_nowait(_INTERRUPTED)

        caught: list[int] = []
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, stop)
            except (NotImplementedError, RuntimeError, ValueError):  # no signal handlers here (Windows, a thread)
                continue
            caught.append(sig)
        return caught

    def _at_terminal(self) -> bool:
        try:
            return self.stdin.isatty()
        except (AttributeError, ValueError, OSError):
            return False

    async def hush(self) -> None:
        """Drop narration still queued and stop the speaker at once."""
        self._outbox.clear()
        if self._speaker is not None and not self._speaker.done():
            self._speaker.cancel()
        await self.settle()

    def _start_reader(self, lines: asyncio.Queue[object]) -> None:
        """Read stdin on a daemon thread (it must never keep the process alive after /quit)."""
        loop = asyncio.get_running_loop()

        def read() -> None:
            while True:
                try:
                    line = self.stdin.readline()
                except (ValueError, OSError):  # closed, or bytes that are not text: the end of input
                    line = ""
                try:
                    loop.call_soon_threadsafe(lines.put_nowait, line or None)
                except RuntimeError:  # the loop has closed: goodbye was said
                    return
                if not line:
                    return

        threading.Thread(target=read, name="console-stdin", daemon=True).start()

    def say(self, replies: Iterable[Reply]) -> None:
        """Queue replies to print at a gentle pace; urgent ones (crisis care) replace what is queued."""
        replies = list(replies)
        if any(reply.kind in URGENT for reply in replies):
            if self._speaker is not None and not self._speaker.done():
                self._speaker.cancel()
            self._outbox.clear()
            for reply in replies:
                self._print(reply)
            return
        self._outbox.extend(replies)
        if self._speaker is None or self._speaker.done():
            self._speaker = asyncio.create_task(self._speak(), name="console-speaker")

    async def _speak(self) -> None:
        while self._outbox:
            reply = self._outbox.pop(0)
            self._print(reply)
            delay = pause_after(reply, self.pacing)
            if delay:
                await asyncio.sleep(delay)

    async def settle(self) -> None:
        """Wait until everything queued has been printed."""
        while self._speaker is not None and not self._speaker.done():
            await asyncio.wait({self._speaker})  # a speaker cancelled by a crisis reply ends here too

    def parse(self, line: str) -> Inbound | None:
        """A line as a command (`/pause`) or text; None for /quit."""
        stripped = line.strip()
        if stripped.casefold() in QUIT:
            return None
        if stripped.startswith("/") and len(stripped) > 1:
            words = stripped[1:].split(maxsplit=1)
            name = words[0].lower() if words else ""
            if name in QUIT:
                return None
            return Inbound(self.person_id, command=name, arg=words[1] if len(words) > 1 else None)
        return Inbound(self.person_id, text=line)

    async def local(self, command: str) -> None:
        """/journey writes the chart, /mydata the export, next to the database; /remind explains."""
        if command == "remind":
            self.write(REMIND_HERE.format(command=getattr(self, "command", None) or command_name()))
            return
        self.files.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", self.person_id.split(":", 1)[-1])[:40] or "you"
        if command == "mydata":
            path = self.files / f"wellspring-mydata-{name}.json"
            data = await self.service.export(self.person_id)
            path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
            self.write(f"Everything kept about you is in this file (/forget erases it all):\n{path}")
            return
        journeys = await self.service.store.journeys(self.person_id)
        self.write(history_text(journeys))
        if has_checkins(journeys):
            path = self.files / f"wellspring-journey-{name}.png"
            path.write_bytes(await asyncio.to_thread(checkin_chart, journeys))
            self.write(f"Your chart is saved here:\n{path}")

    async def show(self, replies: Iterable[Reply]) -> None:
        """Print replies with their choices, resting between narration lines."""
        for reply in replies:
            self._print(reply)
            delay = pause_after(reply, self.pacing)
            if delay:
                await asyncio.sleep(delay)

    def _print(self, reply: Reply) -> None:
        """One reply and its choices, as the terminal shows them."""
        if reply.kind == "heading":
            self.write("")
        self.write(plain(reply.text))
        labels = [o.label for o in reply.options]
        if len(labels) > 2 and all(label.isdecimal() for label in labels[:-1]):  # the 0-10 check-in
            self.write(f"   {' · '.join(labels[:-1])}   (type a number, or {labels[-1]})")
            return
        for number, option in enumerate(reply.options, start=1):
            if option.command:
                self.write(f"   {option.label}: type /{option.command}")
            else:
                self.write(f"   {number}) {option.label}")
        if reply.expects_text:
            numbered = any(not option.command for option in reply.options)
            self.write("   (type a few words" + (", or a number" if numbered else "") + ")")

    def write(self, text: str, wrap: bool = True) -> None:
        """Print wrapped, flushed at once so pipes see each line as it is said."""
        lines = [textwrap.fill(part, 100, break_long_words=False, break_on_hyphens=False) if part and wrap else part
                 for part in text.split("\n")]
        self.stdout.write("\n".join(lines) + "\n")
        self.stdout.flush()


def plain(text: str) -> str:
    """Discord's light markdown as a terminal shows it: no bold marks, no subtext marks."""
    lines = (line[3:] if line.startswith("-# ") else line for line in text.split("\n"))
    return "\n".join(lines).replace("**", "")
