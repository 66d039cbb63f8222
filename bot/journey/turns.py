"""What goes into one turn of the engine and what comes out: Inbound (what a person did), Option (a
button), Reply (one message to send) and Turn (the replies, the state to store and the events). Plain values
shared by the engine, the service, care and the adapters; nothing here holds a rule of the journey.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.journey.model import PersonState

# Inbound, Option, Reply and Turn are values: nothing changes one once made (the engine shares the
# replies of unchanging lines between people). They are not frozen only because a frozen dataclass
# costs several times as much to build, field by field, and every turn builds a dozen of them.


@dataclass(slots=True)
class Inbound:
    """One thing a person did: typed text, clicked a choice, or gave a command."""

    person_id: str
    text: str | None = None
    choice: tuple[int, int] | None = None  # (step, index) carried by a button
    command: str | None = None
    arg: str | None = None  # a command's argument (/region fr)
    locale: str | None = None  # the person's Discord locale, when the event carried one ("fr", "en-GB")
    guild_region: str | None = None  # the server's crisis-line region, when the event came from a server
    keep_words: bool = True  # False once the figure answered the text itself: a `keep` prompt then keeps nothing


@dataclass(slots=True)
class Option:
    """A button to show: picks choice `index` (at the step of the reply it rides on), or runs `command`."""

    label: str
    index: int = -1
    command: str | None = None


@dataclass(slots=True)
class Reply:
    """One message to send; `kind` is narration, heading, system, reframe or crisis.

    `step` is the person's step its choices belong to: a click carries it back, and a click from
    an older step is an old button.
    """

    text: str
    kind: str = "narration"
    options: tuple[Option, ...] = ()
    pause: float | None = None
    expects_text: bool = False
    step: int = -1


@dataclass(slots=True)
class Turn:
    """The engine's answer: what to say, the state to store (None: erase), and events."""

    replies: tuple[Reply, ...]
    state: PersonState | None
    events: tuple[str, ...] = ()
