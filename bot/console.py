"""The terminal adapter: the same journey and database, no Discord."""

from __future__ import annotations

import asyncio
import json
import re
import sys
import textwrap
import threading
from pathlib import Path
from typing import Iterable, TextIO

from bot.care.flow import URGENT
from bot.insight.chart import checkin_chart, has_checkins
from bot.insight.history import history_text
from bot.journey.engine import Inbound, Reply
from bot.pacing import pause_after
from bot.service import Service

QUIT = {"quit", "exit"}
LOCAL = {"journey", "mydata", "remind"}  # answered here, not by the journey itself
GOODBYE = "Your place is saved. Come back any time with `wellspring console`."
REMIND_HERE = ("Reminders arrive as Discord messages. In the terminal, your place is always kept: "
               "come back with `wellspring console` whenever you like.")


class Console:
    """Reads lines, hands them to the service, prints the replies at a gentle pace."""

    def __init__(self, service: Service, person_id: str, pacing: float,
                 stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout, files: Path = Path("data")):
        self.service, self.person_id, self.pacing = service, person_id, pacing
        self.stdin, self.stdout, self.files = stdin, stdout, files

    async def run(self) -> None:
        """Greet, then answer every line until /quit or the end of input.

        Lines are read while narration is still being paced, so a crisis reply never waits behind
        it: urgent replies drop what is still queued and print at once (the place is kept).
        """
        self._outbox: list[Reply] = []
        self._speaker: asyncio.Task[None] | None = None
        lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._start_reader(lines)
        self.say(await self.service.greet(self.person_id))
        while True:
            line = await lines.get()
            if line is None:
                break
            inbound = self.parse(line.rstrip("\r\n"))
            if inbound is None:
                break
            if inbound.command in LOCAL:
                await self.settle()
                await self.local(inbound.command)
                continue
            self.say(await self.service.handle(inbound))
        await self.settle()
        self.write(GOODBYE)

    def _start_reader(self, lines: asyncio.Queue[str | None]) -> None:
        """Read stdin on a daemon thread (it must never keep the process alive after /quit)."""
        loop = asyncio.get_running_loop()

        def read() -> None:
            while True:
                line = self.stdin.readline()
                loop.call_soon_threadsafe(lines.put_nowait, line or None)
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
            self.write(REMIND_HERE)
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

    def write(self, text: str) -> None:
        """Print wrapped, flushed at once so pipes see each line as it is said."""
        lines = [textwrap.fill(part, 100, break_long_words=False, break_on_hyphens=False) if part else ""
                 for part in text.split("\n")]
        self.stdout.write("\n".join(lines) + "\n")
        self.stdout.flush()


def plain(text: str) -> str:
    """Discord's light markdown as a terminal shows it: no bold marks, no subtext marks."""
    lines = (line[3:] if line.startswith("-# ") else line for line in text.split("\n"))
    return "\n".join(lines).replace("**", "")
