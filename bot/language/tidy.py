"""Tidying a person's words before the figure says them back: the capitals and apostrophes a chat drops.

`tidy(words)` takes the words of an event already turned to "you" (reflect.py) and restores what
lowercase typing loses where it can be known without guessing: days, months, holidays, languages and
nationalities, common acronyms ("phd" -> "PhD"), a letter grade ("a c on the midterm" -> "a C"), and the
apostrophe of a parent's or partner's thing after "your" ("your dads birthday" -> "your dad's birthday").
Names of people can't be known, so they stay as typed. Pure: no I/O.
"""

from __future__ import annotations

import re

_CAPITALS = {w: w.capitalize() for w in (
    "monday tuesday wednesday thursday friday saturday sunday january february april june july august september "
    "october november december christmas thanksgiving easter diwali eid ramadan hanukkah passover halloween "
    "english spanish french german italian portuguese dutch turkish arabic hindi urdu punjabi bengali "
    "chinese mandarin cantonese japanese korean russian ukrainian greek hebrew tagalog filipino indonesian "
    "vietnamese thai persian farsi swahili somali irish scottish welsh british american canadian mexican "
    "indian pakistani nigerian brazilian poland india mexico spain france germany italy ireland scotland wales "
    "england canada australia nigeria pakistan brazil japan korea philippines ukraine "
    "instagram facebook tiktok linkedin reddit youtube netflix spotify whatsapp").split()}
_CAPITALS.update({"phd": "PhD", "lgbtq": "LGBTQ", "lgbt": "LGBT", "lgbtq+": "LGBTQ+", "ceo": "CEO", "gp": "GP",
                  "hr": "HR", "vp": "VP", "tv": "TV", "dm": "DM", "dms": "DMs", "gcse": "GCSE", "gcses": "GCSEs",
                  "mcat": "MCAT", "lsat": "LSAT", "nhs": "NHS", "adhd": "ADHD",
                  "ocd": "OCD", "ptsd": "PTSD", "ibs": "IBS", "pcos": "PCOS", "icu": "ICU", "ok": "OK",
                  "qa": "QA", "insta": "Instagram"})
# Things of one parent or partner, after "your": the apostrophe the chat left out.
# (Only words that are nearly never plural after "my": "my sisters" may be two sisters.)
_OWNERS = frozenset(("dads", "moms", "mums", "husbands", "wifes", "boyfriends", "girlfriends", "bfs", "gfs", "nans",
                     "grandmas", "grandads", "grandpas", "fiances"))
_GRADE = re.compile(r"^[a-f][+-]?$")
_GRADE_BEFORE = frozenset(("a", "an", "got", "get", "getting", "another", "the", "straight"))
_PUNCT = re.compile(r"^(\W*)(.*?)(\W*)$")


def tidy(words: list[str]) -> list[str]:
    """The words with the capitals and apostrophes that can be known put back (see the module's docstring)."""
    out: list[str] = []
    quoting = False  # someone's quoted words stay exactly as typed
    for n, token in enumerate(words):
        lead, core, trail = _PUNCT.match(token).groups()  # type: ignore[union-attr]
        if quoting or any(q in lead for q in "\"'\u201c\u2018"):
            quoting = not any(q in trail for q in "\"'\u201d\u2019")
            out.append(token)
            continue
        low = core.lower()
        before = out[-1].lower().strip(",.") if out else ""
        after = words[n + 1] if n + 1 < len(words) else ""
        if low in _CAPITALS and core == low:
            core = _CAPITALS[low]
        elif _GRADE.match(low) and core == low and before in _GRADE_BEFORE and after.lower() in ("on", "in", "for"):
            core = core.upper()  # "a c on the midterm"
        elif low in _OWNERS and before == "your" and after[:1].isalpha():
            core = core[:-1] + "'s"  # "your dads birthday"
        out.append(lead + core + trail)
    return out
