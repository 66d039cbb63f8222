"""Kindness and care a person means to show themselves, which the model does not read (decide.model_text)."""

from __future__ import annotations

import re

# Kindness and care a person means to show themselves ("i want to hug myself", "i'm learning to like
# myself", "i need to distract myself"), which the words around it ("want to ... myself") would
# otherwise drag toward crisis; the model does not read it (the rules still read everything). Only
# an aim or a plain statement, and only verbs that no harm can follow: "i can't forgive myself" stays.
_KIND = (
    r"(?:like|love|accept|forgive|hug|comfort|trust|respect|nurture|praise|believe in|care for|look after|treat|reward|"
    r"celebrate|understand|listen to|stand up for|be honest with|make time for|speak kindly to|spoil|pamper|be|express|"
    r"enjoy|ground|calm|soothe|heal|protect|better|improve|motivate|check on|be there for|find|"
    r"distract|challenge|amuse|entertain|pace|organi[sz]e|educate|teach|introduce|dress|"
    r"take (?:better |good |more |some )?care of|"
    r"be (?:more )?(?:kind|kinder|gentle|gentler|patient|nice|nicer|soft|softer|easier|"
    r"good|proud|compassionate|loving|warm|friendly) (?:to|with|of|on|towards))"
)
KINDNESS = re.compile("|".join([
    rf"\b(?:want|need|would like|trying|try|learning|learn|going|hope|hoping|able|allowed|ready|deserve|started|"
    rf"starting|remember|choose|choosing) to (?:really |finally |actually |just |truly )?(?:be able to )?"
    rf"{_KIND} myself\b",
    r"\bi (?:(?:really|truly|actually|finally|still|kind of|do|am learning to|am starting to) )?"
    r"(?:like|love|accept|trust|respect|am proud of|am kind to|am gentle with) myself\b",
]))
