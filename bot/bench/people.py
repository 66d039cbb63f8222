"""Simulated people: each answers what the current step offers, like a person would."""

from __future__ import annotations

import random
from collections.abc import Sequence

from bot.journey.turns import Inbound, Reply

DOUBTS = (
    "i'm not good enough",
    "I always mess everything up",
    "nobody could love someone like me",
    "i feel like a burden to everyone",
    "everyone else is doing better than me",
)
NEUTRAL = ("okay", "hmm, i'm not sure", "this is nice", "i'm still here", "maybe")
ANSWERS = ("a warm light", "quiet", "my grandmother", "the sea", "soft rain", "i don't know",
           "a friend from school", "something gentle")

# How often a turn strays from simply answering the step (the rest: buttons, numbers, answers).
P_DOUBT, P_NEUTRAL, P_STATUS, P_TYPED_NUMBER = 0.05, 0.04, 0.02, 0.25


class Person:
    """One simulated person: remembers what they were last offered, picks the next input.

    The offer is kept as a tuple of plain values, not the Reply itself, so the simulation adds as
    little as possible to the heap the garbage collector walks and to the memory measured.
    """

    __slots__ = ("id", "rng", "offer", "turns")

    def __init__(self, person_id: str, rng: random.Random):
        self.id = person_id
        self.rng = rng
        self.offer: tuple[int, int, bool, tuple[str, ...]] | None = None  # step, choices, words?, commands
        self.turns = 0

    def next(self) -> Inbound:
        """The next thing this person sends, chosen from what the step offers."""
        offer, rng = self.offer, self.rng
        if offer is None:
            return Inbound(self.id, command="begin")
        step, choices, expects_text, commands = offer
        roll = rng.random()
        if roll < P_DOUBT:
            return Inbound(self.id, text=rng.choice(DOUBTS))
        roll -= P_DOUBT
        if roll < P_NEUTRAL:
            return Inbound(self.id, text=rng.choice(NEUTRAL))
        roll -= P_NEUTRAL
        if roll < P_STATUS:
            return Inbound(self.id, command="status")
        if choices and not expects_text:
            index = rng.randrange(choices)
            if rng.random() < P_TYPED_NUMBER:
                return Inbound(self.id, text=str(index + 1))
            return Inbound(self.id, choice=(step, index))
        if expects_text:
            return Inbound(self.id, text=rng.choice(ANSWERS))
        return Inbound(self.id, command=rng.choice(commands) if commands else "begin")

    def saw(self, replies: Sequence[Reply]) -> None:
        """Remember the newest reply that offers buttons or asks for words."""
        self.turns += 1
        for reply in reversed(replies):
            if reply.options or reply.expects_text:
                options = reply.options
                choices = sum(1 for o in options if o.command is None)
                step = reply.step if choices else -1
                commands = tuple(o.command for o in options if o.command)
                self.offer = (step, choices, reply.expects_text, commands)
                return


def crowd(count: int, prefix: str = "bench", seed: int = 1) -> list[Person]:
    """`count` people with distinct ids and reproducible choices."""
    rng = random.Random(seed)  # one generator for all: 2.5 KB each would swamp the memory measure
    return [Person(f"{prefix}:{i}", rng) for i in range(count)]
