"""The thinking trap a doubt's own wording names: explicit cues, read before (and over) the model's guess.

`cue_of(text)` reads plain rules over the normalized message (pure Python, no I/O) and names the trap its
words show ("i should be", "next to her i'm", "i always", "i'm such a", "she thinks i'm", "i know i'll fail",
"i'll lose everything", "my fault", "i feel huge so i must", "they were just being nice", "if it isn't
perfect"), or None. `trap_of(text, model_trap)` decides with the model's trap head: a cue of strength
STRONG or more wins; a weak cue only answers when the model has no trap.

Each cue has a strength: 3 a plain statement of the trap ("compared to them", "i just know i'm going to"),
2 a usual sign of it ("always", "i'm so stupid", "disaster"), 1 a hint ("at all", "completely"). A trap
scores its strongest cue; the highest score wins, and a tie goes to the trap earlier in ORDER:

    should, comparing, discounting_positive, emotional_reasoning, personalizing, mind_reading,
    all_or_nothing, catastrophizing, fortune_telling, overgeneralizing, labeling

(the narrower, more particular traps first: "i should be over it, everyone else is" is a should; a label
said last in a message that shows a more particular trap is usually its echo). A cue just after a negation
in its clause ("i'm not a failure", "not always", "it isn't my fault") does not count; nor does a label
someone else is said to think or say ("he thinks i'm an idiot" is mind reading, "people say i'm kind" no label).
"""

from __future__ import annotations

import re

from bot.language.normalize import normalize

__all__ = ["LABEL_WORDS", "ORDER", "STRONG", "cue_of", "cue_words", "cues_of", "explicit_trap", "labels_named", "trap_of"]

ORDER: tuple[str, ...] = ("should", "comparing", "discounting_positive", "emotional_reasoning", "personalizing",
                          "mind_reading", "all_or_nothing", "catastrophizing", "fortune_telling", "overgeneralizing",
                          "labeling")
STRONG = 2

_I_WILL = r"(?:i will|ill|i am going to|i am gonna|i am probably going to)"
_WHO = r"(?:he|she|they|everyone|everybody|people|my \w+|the \w+|her|him|them|all of them|the whole \w+)"
_CUE_LABELS = ("idiot", "loser", "failure", "fraud", "mess", "disaster", "joke", "nobody", "burden", "freak", "moron",
               "coward", "stupid", "dumb", "useless", "worthless", "pathetic", "lazy", "selfish", "irresponsible",
               "boring", "weak", "hopeless", "ugly", "disgusting", "gross", "terrible", "awful", "horrible", "bad",
               "incompetent", "clueless", "broken", "weird", "annoying", "unlovable", "hypocrite", "fake")
_LABELS = rf"(?:{'|'.join(_CUE_LABELS)})"
# Names people call themselves, as a view may name them back: a view that names one the person did not use
# ("Stupid is a word for a whole person" to "i'm useless at this job") is not said to them (labels_named).
LABEL_WORDS = frozenset((*_CUE_LABELS, "weirdo", "unreliable", "quitter", "slow", "ungrateful", "monster", "leech",
                         "fool", "nightmare", "hideous", "needy", "cringe", "clingy", "slob", "weakness"))
_WORD = re.compile(r"[a-z]+")
_NEGATION = re.compile(r"\b(?:not|never|no|is not|are not|do not|does not|did not|was not|hardly)(?: \w+){0,1} $")
_REPORTED = re.compile(r"\b(?:thinks?|thought|says?|said|tells? me|told me|calls? me|called me|believes?|knows?|"
                       r"saying|thinking|think that|that) $")

# (trap, strength, pattern), read on " normalized text ".
_CUES: tuple[tuple[str, int, str], ...] = (
    # should
    ("should", 3, r"\b(?:i|we) (?:really |still |just |honestly )?(?:should|should not|ought to|ought not)\b"),
    ("should", 3, r"\b(?:supposed to|have to be (?:better|stronger|perfect)|by now)\b"),
    ("should", 3, r"\ba (?:good|real|proper|decent) (?:daughter|son|mother|mum|mom|father|dad|friend|partner|wife|"
                  r"husband|parent|student|employee|person|sister|brother|adult) (?:would|should|does|would not)\b"),
    ("should", 3, r"\breal (?:adults|men|women|grown ups) (?:do not|would not|do|have)\b"),
    ("should", 2, r"\bshould (?:be|have|know|feel|not)\b"),
    # comparing
    ("comparing", 3, r"\b(?:compared (?:to|with)|comparing (?:myself|me)|next to (?:him|her|them|my \w+|everyone|\w+ i am)|"
                     r"than (?:everyone|everybody|all of them|the others|other people|my (?:friends|brother|sister|coworkers?|"
                     r"colleagues?|classmates?|cousins?|siblings?)))\b"),
    ("comparing", 3, r"\b(?:(?:so|way|far|still|really) behind(?: everyone| them| my \w+)?|everyone (?:else|my age|around me) "
                     r"(?:is|has|seems|gets|just|can|knows)|(?:everyone|everybody) (?:else )?has (?:these|this|their|a|such)|"
                     r"the only one (?:who|that|not)|same (?:week|time|year|age) as me|seems? to be (?:\w+ ){0,3}fine)\b"),
    ("comparing", 2, r"\b(?:everyone else|all my (?:friends|classmates|coworkers)|my friends are all|"
                     r"(?:is|are) so \w+ and i am (?:just )?)"),
    # discounting the positive
    ("discounting_positive", 3, r"\b(?:(?:does not|did not|would not) (?:really )?(?:count|mean anything|mean much)|"
                                r"anyone (?:could|can|would) (?:do|have done|pass|manage)|(?:just|only) (?:being nice|being kind|"
                                r"being polite|luck|lucky|a fluke)|(?:was|is) (?:a fluke|just luck|pure luck)|"
                                r"(?:has|have|had) to say that|(?:say|says|said) that to everyone|only because (?:it|they|the|nobody|no one|i was lucky|they felt)|"
                                r"(?:that|it|this) is nothing\b(?! wrong)|not really a (?:personality|skill|talent|achievement))"),
    ("discounting_positive", 2, r"\b(?:but|though) (?:that|it|this) (?:is|was) (?:just|only|nothing|easy)\b"),
    # emotional reasoning
    ("emotional_reasoning", 3, r"\b(?:i|it) (?:feel|feels|felt) (?:[\w.]+ ){0,10}?(?:so|which means|that means|means) "
                               r"(?:i|it|there|something|this|she|he|they|everyone|people) (?:\w+ )?(?:must|probably|is|am|have|has|can|can see|know)\b"),
    ("emotional_reasoning", 3, r"\b(?:so|that|then) (?:something|there) (?:must|has to) be\b|\b(?:like|so) it means i\b|"
                               r"\bso i (?:probably|must) (?:do not|am|have|be)\b"),
    ("emotional_reasoning", 2, r"\bi feel (?:like )?(?:it is|this is) (?:true|real|proof)\b|\bit feels (?:true|real) so\b"),
    # personalizing
    ("personalizing", 3, r"\b(?:(?:is|was|it is|all) (?:all )?my fault|(?:its|it is) (?:all )?on me|because of me|"
                         r"i (?:must|probably) (?:have )?(?:done|said|did) something|if i (?:would|had|was|were|could|"
                         r"would have|would just|had just|just) (?:\w+ ){0,3}?(?:better|faster|sooner|there|more|less|been|"
                         r"pushed|listened|noticed|called|stayed|said|done|made|stopped|tried|a better)|"
                         r"(?:they|he|she) would (?:be )?(?:happier|fine|okay|alive|still be here)|blame myself|"
                         r"i (?:caused|ruined) (?:it|this|everything|their|his|her))\b"),
    # mind reading
    ("mind_reading", 3, rf"\b{_WHO} (?:\w+ )?(?:definitely |obviously |probably |clearly |must |totally |secretly |all )?"
                        r"(?:thinks?|thought|thinking|believes?|must think) (?:(?:that|about how|how) )?(?:i am|i|im|me|my|about me)\b"),
    ("mind_reading", 3, r"\b(?:i (?:just |already )?know|i can tell|i bet|i am sure) (?:that )?(?:they|she|he|everyone|people|"
                        r"the \w+|my \w+) (?:\w+ )?(?:were|was|are|is|think|thinks|hate|hates) (?:all )?(?:judging|cringing|"
                        r"laughing|talking|staring|thinking|annoyed|mad|disappointed|sick|bored|hate|hates|think)"),
    ("mind_reading", 3, r"\b(?:bored of me|sick of me|(?:is|are|was|were) (?:obviously |probably |still |secretly )*"
                        r"(?:mad|angry|annoyed|disappointed|fed up) (?:at|with) me|(?:is|are) (?:obviously |probably |still )*"
                        r"(?:still )?mad\b|(?:were|was) (?:all )?(?:staring|judging|laughing) at (?:me|my)|"
                        r"thinking (?:about )?how (?:gross|ugly|stupid|weird|fat|bad|annoying|pathetic)|"
                        r"(?:hates|hate) me now|they all think|must think|talking about (?:me|it) after)\b"),
    # all or nothing
    ("all_or_nothing", 3, r"\b(?:if (?:it|i|this) (?:is not|am not|was not|is not) perfect|either i (?:am|get|do|make|pass|win) .{1,40} or (?:i am|my|i will|it is|i have)|"
                          r"no in between|no middle ground|might as well|what is (?:even )?the point of|"
                          r"(?:whole|entire) (?:\w+ )?(?:is |feels |was |are )?(?:ruined|wasted|pointless|over|a failure)|"
                          r"(?:is|are|feels|was) (?:completely |totally |all )?ruined|blown (?:my|the) (?:whole|entire)|"
                          r"(?:ruined|wasted|blown) (?:the|my) (?:whole|entire)|(?:a |one )?(?:total|complete) (?:failure|waste)(?! with))\b"),
    ("all_or_nothing", 1, r"\b(?:completely|totally|entirely|at all|nothing but|all or nothing)\b"),
    # catastrophizing
    ("catastrophizing", 3, rf"\b(?:(?:and|then|now) (?:\w+ )?{_I_WILL} (?:\w+ )?lose|lose (?:everything|my (?:job|apartment|house|home|"
                           r"flat|scholarship|place|career|friends|whole)|the (?:whole|entire))|(?:getting|get|be|being) fired|"
                           r"never (?:finding|find|get|getting) (?:work|a job|another)|(?:everything|my (?:whole )?life) is (?:going to )?"
                           r"(?:fall|falling) apart|(?:going to|will) (?:collapse|fall apart|tank|wreck)|wrecks? (?:our|my|the|everything)|"
                           r"drop out|ruin my (?:life|career|future)|end of the world|something (?:really |very |seriously )?"
                           r"(?:serious|wrong with me)(?! about)|(?:a |like a )?(?:tumou?r|cancer)|pulling the (?:whole )?\w+)\b"),
    ("catastrophizing", 2, r"\b(?:disaster|catastrophe|nightmare|the worst|what if (?:\w+ ){0,4}(?:never|lose|hate|leave)|"
                           r"convinced|picturing)\b"),
    # fortune telling
    ("fortune_telling", 3, rf"\b(?:i (?:just |already )?know (?:that )?(?:{_I_WILL}|i am not going to|i will not|it will|"
                           r"it is going to|they will|this will|she will|he will|i will never|it will never)|"
                           r"(?:is|it is|this is|things are) never going to|never going to (?:get|be|change|work|happen)|"
                           r"(?:this|it|that) (?:one )?will (?:too|never)|(?:i will|ill) never (?:be able|get|find|have|make|pass)|"
                           rf"going to be (?:\w+ ){{1,3}}forever|(?:{_I_WILL}) (?:\w+ )?(?:fail|mess (?:it )?up|never)|"
                           r"this is (?:just )?how (?:my life|it) will (?:be|always be)|no point (?:even )?(?:trying|studying|going))\b"),
    ("fortune_telling", 2, r"\b(?:forever|i know it will|it will never|going to fail)\b"),
    # overgeneralizing
    ("overgeneralizing", 3, r"\b(?:every (?:single )?time|every single (?:one|day|time)|every day|nothing ever|"
                            r"no one ever|nobody ever|everyone i (?:love|care about|meet)|this always happens|always happens|"
                            r"(?:this is )?how it always goes|always (?:goes|ends)|every (?:relationship|job|friendship|class))\b"),
    ("overgeneralizing", 2, r"\b(?:always|i never (?:get|do|make|win|finish|have|fit|know|say|manage|seem)|never works|never goes|again and again|all the time|"
                            r"every (?:special|single)|whenever i)\b"),
    # labeling
    ("labeling", 3, rf"\bi am (?:such |so |just |really |basically |literally |a |an |the |total |complete |"
                    rf"absolute |such an |a total |a complete |a selfish |the most )+(?:\w+ )?{_LABELS}\b"),
    ("labeling", 2, rf"\bi am (?:so |just |really |literally |being )*{_LABELS}\b|\bwhat (?:a|an) {_LABELS}\b|"
                    r"\b(?:i am|im) (?:just |such |basically )?(?:a|an) \w+ (?:person|human|friend|aunt|uncle|mum|mom|dad|"
                    r"daughter|son|partner|student|sister|brother)\b"),
)
_PATTERNS = tuple((trap, strength, re.compile(pattern)) for trap, strength, pattern in _CUES)


def _counts(text: str, start: int, trap: str) -> bool:
    """Whether a cue at `start` counts: not right after a negation in its clause, nor (a label) reported."""
    before = text[max(0, start - 30): start].rsplit(" . ", 1)[-1]
    if not before.endswith(" "):
        before += " "
    if _NEGATION.search(before):
        return False
    return not (trap == "labeling" and _REPORTED.search(before))


def _read(text: str) -> dict[str, tuple[int, str]]:
    """Every trap the wording shows: (the strength of its strongest cue, the normalized words of that cue)."""
    if not isinstance(text, str):
        return {}
    normalized = normalize(text)
    if not normalized:
        return {}
    padded = f" {normalized} "
    found: dict[str, tuple[int, str]] = {}
    for trap, strength, pattern in _PATTERNS:
        if found.get(trap, (0, ""))[0] >= strength:
            continue
        hit = next((m for m in pattern.finditer(padded) if _counts(padded, m.start(), trap)), None)
        if hit is not None:
            found[trap] = (strength, hit.group().strip())
    return found


def cues_of(text: str) -> dict[str, int]:
    """Every trap the wording shows, with the strength of its strongest cue."""
    return {trap: strength for trap, (strength, _) in _read(text).items()}


def cue_words(text: str) -> str | None:
    """The normalized words of the cue that names the trap (cue_of), to find the doubt in their message."""
    read = _read(text)
    best = _best({trap: strength for trap, (strength, _) in read.items()})
    return read[best[0]][1] if best else None


def _best(found: dict[str, int]) -> tuple[str, int] | None:
    if not found:
        return None
    trap = min(found, key=lambda t: (-found[t], ORDER.index(t)))
    return trap, found[trap]


def cue_of(text: str) -> str | None:
    """The trap the wording names most plainly (see ORDER for ties), or None."""
    best = _best(cues_of(text))
    return best[0] if best else None


def trap_of(text: str, model_trap: str | None) -> str | None:
    """The trap to answer: an explicit cue (strength STRONG or more) wins, else the model's, else a weak cue."""
    best = _best(cues_of(text))
    known = model_trap if model_trap in ORDER else None
    if best is not None and (best[1] >= STRONG or known is None):
        return best[0]
    return known


def explicit_trap(text: str) -> str | None:
    """The trap the wording names with a cue of strength STRONG or more, or None."""
    best = _best(cues_of(text))
    return best[0] if best and best[1] >= STRONG else None


def labels_named(text: str) -> frozenset[str]:
    """The words of LABEL_WORDS in `text` (read on the normalized text)."""
    return frozenset(_WORD.findall(normalize(text))) & LABEL_WORDS
