"""Saying back what happened: the person's own telling of the event behind a doubt, in the second person.

A practitioner answering "forgot to cc legal on the contract AGAIN. im just so incompetent" starts from
what happened ("You forgot to cc legal again"), then turns to the judgement. The figure's pools can't
know the event; the person's words do. `event_of(text, doubt)` finds it:

  - the message's sentences (then, in a long sentence, its clauses at "but", "so", "and i", ...);
  - the first that tells something rather than judges: no label ("stupid", "a fraud"), no trap cue
    ("always", "should", "everyone thinks"), no words of self-judgement, not the quoted doubt itself,
    not a question, and no word of harm or danger (those are never echoed);
  - 4 to 24 words, at most EVENT_LIMIT characters, holding no "you" (whose "you" would be unclear),
    no link or mention, and starting like a telling ("i", "my boss", "jess cancelled", or a verb in the
    past tense with the "i" dropped: "forgot to cc legal");
  - turned to the second person ("i was" -> "you were", "my" -> "your", "im" -> "you're"), with the
    common shorthand written out ("didnt" -> "didn't", "bc" -> "because", "tmrw" -> "tomorrow") and
    shouted words lowered ("AGAIN" -> "again").

None when no sentence qualifies; then the figure answers from its pools alone, as before. Pure: no I/O.
The caller escapes the result for its markup (it is the person's words).
"""

from __future__ import annotations

import re
import unicodedata

from bot.language.normalize import normalize
from bot.language.tidy import tidy
from bot.language.traps import cues_of, labels_named

EVENT_LIMIT = 140
MIN_WORDS, MAX_WORDS = 4, 24

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+|;\s*|\s[-\u2013\u2014]+\s")
_CLAUSE = re.compile(r",?\s(?=(?:but|because|though|although|and i|and im|and i'm|and now|which means|"
                     r"so (?:i|im|i'm|now|the|this|it|its|it's|my|everyone|nobody|that))\s)",
                     re.IGNORECASE)
_UNSAFE = re.compile(r"https?://|www\.|[<>@`*_~|\\#\[\]]|\b(?:you|your|yours|youre|you're|yourself|u|ur|ya|yall)\b",
                     re.IGNORECASE)
# Words never said back: harm, danger, dying, abuse (crisis and abuse are answered elsewhere, first).
_HARM = re.compile(r"\b(?:die|died|dies|dead|death|dying|kill\w*|suicid\w*|overdos\w*|pills?|tablets?|bridge|rope|"
                   r"noose|gun|knife|blades?|razor\w*|cut|cuts|cutting|bleed\w*|blood|jump\w*|hang\w*|drown\w*|"
                   r"harm\w*|hurt(?:s|ing)? (?:myself|me)|ledge|roof|tracks|abus\w*|rap\w*|assault\w*|hit|hits|beat|"
                   r"beats|touched|grave|funeral|end it|disappear|gone forever|starv\w*|purg\w*|vomit\w*)\b",
                   re.IGNORECASE)
# Self-judgement told outright (the trap cues and labels catch the rest), read on normalized text.
_JUDGING = (
    # about oneself
    r"i am (?:so|such|just|a|an|the|too|never|always|not good|not enough)", "i always", "i never", "i should",
    "i must", "my fault", "what is wrong with me", "wrong with me", "i hate myself", "i ruin", "i mess up", "i cannot",
    "i do not deserve", "i am the worst", "i suck", "i guess", "i feel", "i felt", "no wonder", "of course i",
    # what one knows or fears without seeing it
    "i knew it", r"i (?:already |just )?know", "i bet", "i can tell", "i am convinced", "pretty sure", "probably",
    "prob", "probs", "obviously", r"(?:gonna|going to) (?:work|go wrong|fail|hate|be awful|ruin|mess)",
    "never gonna", "will never",
    # what it must mean, what it should have been, what doesn't count
    "has to mean", "must mean", "that means", "which means", "would have", "should have", "could have",
    r"anyone (?:normal|responsible|else)", "everyone else", "a normal person", "barely did anything",
    "did not really do anything", "does not count", r"not really an?", "what is the point", "whats the point",
    "pointless", "ruined", "might as well", "is over",
    # others held up as the measure: said back, it reads as agreeing ("the other students just get it")
    r"(?:everyone|everybody|every couple|all the other|the other \w+|all my \w+) (?:\w+ ){0,5}?"
    r"(?:just|seems?|is|are|has|have|knows?|gets?)",
)
_JUDGED = re.compile(r"\b(?:" + "|".join(_JUDGING) + r")\b|\bright$")
_FILLER = re.compile(r"^(?:(?:and|but|so|ugh|like|just|well|yeah|honestly|tbh|lol|ok|okay|anyway|also|then)\b[\s,]*)+|"
                     r"[\s,]*\b(?:lol|lmao|haha|tbh|honestly|ugh|idk|smh|fml)\b[\s.!,]*$", re.IGNORECASE)
_PAST = re.compile(r"(?:[a-z]+ed|got|forgot|had|went|made|sent|said|told|fell|lost|took|ate|spent|tried|quit|found|"
                   r"caught|bought|left|saw|came|gave|wrote|ran|broke|woke|slept|drove|paid|did|put|let|sat|stood|"
                   r"began|kept|met|heard|felt|thought|brought|forgave|hit|ended|shut|threw|wore|won|"
                   r"overslept|overspent|blanked|froze|flaked|bombed|skipped|snapped|stopped|dropped|messed|"
                   r"stumbled|cancelled|canceled|yelled|cried|texted|posted|spilled|burnt|burned|failed|was|stuck|"
                   r"shouted|panicked|freaked|lied|hid|sent|didnt|didn't|couldnt|couldn't|wasnt|wasn't|havent|haven't)$")
_SELF_BEFORE = r"\b(?:i am|i was|i feel|i felt|i look|makes me|made me|me|myself|am i|such an?|a total|a complete) "
_ADVERBS = frozenset(("finally", "just", "already", "accidentally", "totally", "basically", "literally", "actually",
                      "also", "still", "again", "kinda", "sorta", "only"))
_DANGLING = re.compile(r"[\s,]+(?:and|but|so|or|then|because|bc|like|with|to|the|a|of)$", re.IGNORECASE)
# A sentence that ends on one of these leaves its verb out ("...and never have"): only half said back.
_ELLIPTICAL = frozenset(("have", "has", "had", "did", "do", "does", "am", "was", "were", "can", "could", "will",
                         "would", "should", "is", "are", "been", "it's", "its", "that's", "thats", "there's", "i'm",
                         "im"))
# A sentence that opens on a doing and then says what it is: the doing is its subject, not the person's act.
_GERUND_SUBJECT = re.compile(r"^\S+ing\b(?: [\w']+){0,6}? (?:is|was|means|feels|seems|makes|made)\b", re.IGNORECASE)
_GERUND = re.compile(r"[a-z]{2,}ing$")
_SUBJECTS = frozenset(("i", "im", "i'm", "ive", "i've", "id", "i'd", "me", "my", "we", "we're", "weve", "we've", "our",
                       "he", "she", "they", "it", "it's", "its", "there", "there's", "theres", "the", "a", "an",
                       "this", "that", "someone", "somebody", "people", "ppl", "everyone", "nobody", "his", "her",
                       "their", "today", "yesterday", "last", "tonight", "after", "when", "at", "on", "all", "both",
                       "some", "most", "everybody"))
_ROLES = frozenset(("manager", "boss", "mum", "mom", "dad", "sister", "brother", "partner", "bf", "gf", "husband",
                    "wife", "team", "teacher", "prof", "professor", "tutor", "doctor", "gp", "therapist", "landlord",
                    "flatmate", "roommate", "housemate", "coworker", "colleague", "parents", "friend", "friends",
                    "kids", "son", "daughter", "girlfriend", "boyfriend", "fiance", "ex", "client", "supervisor",
                    "lecturer", "coach", "family", "nan", "grandma", "grandad", "grandpa", "aunt", "uncle", "cousin",
                    "physio", "nurse", "dentist", "vet", "mentor", "sponsor", "stepdad", "stepmum", "stepmom"))
# A role named without "my" ("manager said my email...") is said back with "your".
_BARE_ROLE_NEXT = frozenset(("said", "says", "asked", "told", "called", "cancelled", "canceled", "missed", "had", "has",
                             "is", "was", "stopped", "keeps", "texted", "threw", "thinks", "gave", "sent", "wants"))
_VERB_AFTER_NAME = frozenset(("was", "is", "said", "says", "has", "had", "did", "got", "asked", "told", "called",
                              "cancelled", "canceled", "texted", "left", "went", "came", "gave", "sent", "thanked",
                              "finished", "started", "stopped", "walked", "looked", "forgot", "missed", "keeps", "made",
                              "keep", "just", "already", "never", "barely", "hasnt", "hasn't", "didnt", "didn't"))
# Word by word, to the second person (and shorthand written out).
_SWAP = {"i": "you", "im": "you're", "i'm": "you're", "ive": "you've", "i've": "you've", "i'd": "you'd",
         "i'll": "you'll", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "we": "you",
         "we're": "you're", "we've": "you've", "weve": "you've", "we'll": "you'll", "we'd": "you'd", "our": "your",
         "ours": "yours", "us": "you", "ourselves": "yourselves", "am": "are",
         "dont": "don't", "didnt": "didn't", "doesnt": "doesn't", "cant": "can't", "couldnt": "couldn't",
         "wouldnt": "wouldn't", "shouldnt": "shouldn't", "wont": "won't", "isnt": "isn't", "wasnt": "wasn't",
         "werent": "weren't", "arent": "aren't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
         "thats": "that's", "theres": "there's", "whats": "what's", "shes": "she's", "theyre": "they're",
         "bc": "because", "b/c": "because", "cuz": "because", "coz": "because", "thru": "through", "tmrw": "tomorrow",
         "tmr": "tomorrow", "tomoz": "tomorrow", "tonite": "tonight", "ppl": "people", "yrs": "years", "yr": "year",
         "hrs": "hours", "mins": "minutes", "w/": "with", "rn": "right now", "pls": "please", "tho": "though",
         "prob": "probably", "def": "definitely", "abt": "about", "bday": "birthday", "couldve": "could've",
         "wouldve": "would've", "shouldve": "should've", "theyll": "they'll", "itll": "it'll", "hes": "he's"}
# "its" that is "it's" (before these words), "ill" that is "I'll" (unless after these), "id" that is "I'd".
_ITS = re.compile(r"^(?:been|not|so|bc|because|cause|just|all|always|only|like|gonna|going|too|very|really|hard|"
                  r"fine|ok|okay|over|late|\d\S*|a|the|my|your|nearly|almost|getting|finally|literally)$")
_ILL_ADJECTIVE = frozenset(("was", "am", "im", "i'm", "so", "very", "feel", "feeling", "felt", "got", "fell", "been",
                            "is", "are", "be", "really", "mentally", "too", "quite", "seriously", "terminally",
                            "being"))
_ILL_SUBJECT = frozenset(("", "and", "so", "then", "but", "because", "bc", "if", "when", "that", "now", "maybe",
                          "probably"))
_NO_SUBJECT = frozenset(("and", "but", "then", "so"))
_EDGE = re.compile(r"^([\"'(\u201c\u2018]*)(.*?)([\"').,!:\u201d\u2019]*)$")


def _tells(words: list[str]) -> tuple[bool, str]:
    """(whether the words start like a telling, the dropped subject to put back in front: "i", "im" or "")."""
    lead = 1 if len(words) > 2 and words[0].lower() in _ADVERBS else 0  # "finally paid off my card"
    first = words[lead].lower()
    second = words[lead + 1].lower() if len(words) > lead + 1 else ""
    if first in _ROLES and (second in _BARE_ROLE_NEXT or second.endswith("ed")):
        return True, "my"
    if first in _SUBJECTS or first in _ROLES:
        return True, ""
    if _PAST.match(first):  # "forgot to cc legal"
        return True, "i"
    if _GERUND.match(first) and first not in ("nothing", "something", "everything", "morning", "evening"):
        if second in ("is", "was", "has", "had", "will", "went", "got", "starts", "started", "s"):
            return True, ""  # "wedding is in 6 weeks": a thing, not a doing
        return True, "im"  # "going home next week"
    if words[0][:1].isalpha() and second in _VERB_AFTER_NAME:  # "jess cancelled", "sam was"
        return True, ""
    return False, ""


def _swap(words: list[str]) -> list[str]:
    out: list[str] = []
    quoting = False  # inside someone's quoted words ("the prof said 'we covered that'"): kept as said
    for n, token in enumerate(words):
        lead, core, trail = _EDGE.match(token).groups()  # type: ignore[union-attr]
        opens = any(q in lead for q in "\"'\u201c\u2018")
        if quoting or opens:
            quoting = not any(q in trail for q in "\"'\u201d\u2019")
            out.append(token)
            continue
        low = core.lower().replace("\u2019", "'")
        before = words[n - 1].lower().strip(",.") if n else ""
        if low == "was" and before == "i":
            new = "were"
        elif low == "wasnt" and before == "i":
            new = "weren't"
        elif low == "wasn't" and before == "i":
            new = "weren't"
        elif low == "ill":
            new = core if before in _ILL_ADJECTIVE else "you'll"
        elif low in ("was", "wasnt", "wasn't") and before in _NO_SUBJECT and words[0].lower() == "i":
            new = "were" if low == "was" else "weren't"  # "tried a pottery class and was rubbish at it"
        elif low == "id":
            new = "you'd" if before in _ILL_SUBJECT and n + 1 < len(words) else core
        elif low == "its" and n == 0:
            new = "it's"
        elif low == "its":
            nxt = words[n + 1].lower().strip(",.") if n + 1 < len(words) else ""
            new = "it's" if _ITS.match(nxt) else core
        elif low == "am" and before != "i":
            new = core
        elif low == "us" and core == "US":
            new = core
        elif low == "w" and n + 1 < len(words):
            new = "with"
        elif low in _SWAP:
            new = _SWAP[low]
        elif len(core) >= 5 and core.isupper() and core.isalpha():
            new = core.lower()
        else:
            new = core
        out.append(lead + new + trail)
    return out


def _candidates(text: str) -> list[str]:
    """Each sentence, then its first clause ("got 74 on my midterm" of "... but it doesnt count"). A later
    clause is never taken alone: cut from what came before, it says something else ("and i didnt say anything")."""
    parts: list[str] = []
    for sentence in _SENTENCE.split(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        if len(sentence.split()) <= MAX_WORDS:
            parts.append(sentence)
        first = _CLAUSE.split(sentence, maxsplit=1)[0].strip()
        if first and first != sentence:
            parts.append(first)
    return parts


def _labels_self(plain: str) -> bool:
    """A label said of oneself ("im so needy", "i feel pathetic"), not of a thing ("a weird mole", "felt awful")."""
    named = labels_named(plain)
    return any(re.search(rf"{_SELF_BEFORE}(?:\w+ ){{0,3}}{re.escape(w)}\b", plain) for w in named)


def _judges(part: str, doubt_words: frozenset[str]) -> bool:
    plain = normalize(part)
    if cues_of(part) or _JUDGED.search(plain) or _labels_self(plain):
        return True
    words = frozenset(plain.split())
    return bool(doubt_words) and len(words & doubt_words) >= max(2, (len(doubt_words) + 1) // 2)


def event_of(text: str, doubt: str | None = None) -> str | None:
    """What happened, told in the person's words and said back in the second person; None if none stands out.

    `doubt` is their words for the doubt (phrase_of), never itself said back as the event."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = unicodedata.normalize("NFKC", text[:2000])
    doubt_words = frozenset(normalize(doubt).split()) if doubt else frozenset()
    for part in _candidates(text):
        for _ in range(3):  # "after lunch and ugh" -> "after lunch and" -> "after lunch"
            part = _DANGLING.sub("", _FILLER.sub("", part)).strip(" ,")
        if "?" in part or _UNSAFE.search(part) or _HARM.search(part):
            continue
        words = part.rstrip(".!").split()
        if not MIN_WORDS <= len(words) <= MAX_WORDS or _judges(part, doubt_words) \
                or words[-1].lower() in _ELLIPTICAL:  # "ive been here 2 yrs and never have"
            continue
        tells, add_i = _tells(words)
        if not tells:
            continue
        if add_i == "im" and _GERUND_SUBJECT.search(part):  # "paying the minimum is basically giving up"
            continue
        said = tidy(_swap(([add_i] if add_i else []) + words))
        event = " ".join(said).rstrip(" ,.!")
        if len(event) > EVENT_LIMIT or not re.search(r"[a-z]", event, re.IGNORECASE):
            continue
        return event[0].upper() + event[1:]
    return None


EVENT = "{event}"
# Words of ours (or plain ones) that take a small letter inside a sentence; a name keeps its capital.
_LOWER_INSIDE = frozenset(("you", "your", "you're", "you've", "you'll", "you'd", "it's", "its", "the", "a", "an",
                           "people", "everyone", "everybody", "there's", "there", "this", "that", "she", "he", "they",
                           "it", "all", "both", "some", "most", "someone", "somebody", "nobody", "today",
                           "yesterday", "last", "tonight", "after", "when", "at", "on", "she's", "he's", "wedding"))


def say_back(frame: str, event: str) -> str:
    """A reflection's frame with the event in it: a capital where it opens a sentence, else a small letter
    for a word like "you" (a name keeps its capital). `event` is already escaped for the markup."""
    at = frame.find(EVENT)
    if at < 0 or not event:
        return frame
    opens = at == 0 or frame[:at].rstrip().endswith((".", "!"))
    first = event.split(" ", 1)[0]
    if opens:
        event = event[0].upper() + event[1:]
    elif first.lower() in _LOWER_INSIDE:
        event = event[0].lower() + event[1:]
    return frame.replace(EVENT, event, 1)
