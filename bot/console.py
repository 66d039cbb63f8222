"""The terminal adapter: the same journey and database, no Discord."""

from __future__ import annotations

import asyncio
import json
import re
import sys
import textwrap
from pathlib import Path
from typing import Iterable, TextIO

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
        """Greet, then answer every line until /quit or the end of input."""
        await self.show(await self.service.greet(self.person_id))
        loop = asyncio.get_running_loop()
        while True:
            line = await loop.run_in_executor(None, self.stdin.readline)
            if not line:
                break
            inbound = self.parse(line.rstrip("\r\n"))
            if inbound is None:
                break
            if inbound.command in LOCAL:
                await self.local(inbound.command)
                continue
            await self.show(await self.service.handle(inbound))
        self.write(GOODBYE)

    def parse(self, line: str) -> Inbound | None:
        """A line as a command (`/pause`) or text; None for /quit."""
        stripped = line.strip()
        if stripped.startswith("/") and len(stripped) > 1:
            name = stripped[1:].split()[0].lower() if stripped[1:].split() else ""
            if name in QUIT:
                return None
            return Inbound(self.person_id, command=name)
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
            if reply.kind == "heading":
                self.write("")
            self.write(reply.text)
            labels = [o.label for o in reply.options]
            if len(labels) > 2 and all(label.isdecimal() for label in labels[:-1]):  # the 0-10 check-in
                self.write(f"   {' · '.join(labels[:-1])}   (type a number, or {labels[-1]})")
                continue
            for number, option in enumerate(reply.options, start=1):
                if option.command:
                    self.write(f"   (type /{option.command})")
                else:
                    self.write(f"   {number}) {option.label}")
            if reply.expects_text:
                self.write("   (type a few words" + (", or a number" if reply.options else "") + ")")
            delay = pause_after(reply, self.pacing)
            if delay:
                await asyncio.sleep(delay)

    def write(self, text: str) -> None:
        """Print wrapped, flushed at once so pipes see each line as it is said."""
        lines = [textwrap.fill(part, 100, break_long_words=False, break_on_hyphens=False) if part else ""
                 for part in text.split("\n")]
        self.stdout.write("\n".join(lines) + "\n")
        self.stdout.flush()
