"""How heavy a message is when it is not (only) a doubt about oneself: abuse, grief, anger, worry, bad luck, a mishap.

`weigh(text)` reads plain rules over the normalized message (pure Python, no I/O) and names the kind of
weight, or None. The figure answers each kind with an acknowledgement scaled to it (dialogues/reframes.yaml,
`weights:`): a burnt dinner is not a wound, and grief and abuse are not doubts to argue with.

Order matters and is by weight: abuse, then grief, anger at others, worry, bad luck, a mishap. Abuse is read
generously (a false alarm costs a careful "it was not your fault"; a miss costs a reframe of self-blame for
being hurt, which must never happen); only a plain negation next to the verb ("he never hit me") stops it.
"""

from __future__ import annotations

import re

from bot.language.normalize import normalize

__all__ = ["KINDS", "OVER_DOUBT", "weigh"]

KINDS: tuple[str, ...] = ("abuse", "grief", "anger_at_others", "worry", "bad_luck", "mishap")
# Kinds answered instead of a reframe even when the message also holds a doubt ("getting abused was my
# fault", "i should have been there when mum died"): never argue with these.
OVER_DOUBT: frozenset[str] = frozenset({"abuse", "grief"})

_NEG = r"(?:not|never|no one|nobody|no|nothing)"
# A negation in the few words before a match, inside its clause: "he has never once hit me".
_NEGATED = re.compile(rf"\b{_NEG}(?: \w+){{0,2}} ?$")

_PEOPLE = (r"(?:mum|mom|mother|dad|father|stepdad|stepmom|stepmum|stepfather|stepmother|parents?|brother|sister|"
           r"uncle|aunt|cousin|grandpa|grandma|grandad|granddad|grandmother|grandfather|nan|nana|husband|wife|"
           r"boyfriend|girlfriend|bf|gf|partner|ex|fiance|fiancee|teacher|coach|boss|friend|best friend|"
           r"son|daughter|baby|child|kid|neighbou?r|roommate|flatmate|housemate|coworker|co worker|colleague|"
           r"manager|classmate|pastor|priest|babysitter|carer|caretaker)")
_PETS = r"(?:dog|cat|pet|puppy|kitten|horse|rabbit|bunny|hamster|bird|parrot|guinea pig)"
_WHO = rf"(?:he|she|they|someone|somebody|a man|a guy|a boy|a girl|a woman|(?:my|our|his|her|their) (?:own )?(?:\w+ )?{_PEOPLE}s?)"

_ABUSE = [
    # The words themselves, whoever says them: "getting abused was my fault", "i think it was assault".
    re.compile(r"\b(?:abus(?:e|ed|es|ing|ive|er|ers)|assault(?:ed|s|ing)?|rap(?:e|ed|es|ing|ist)|molest(?:ed|ing|er|ation)?|"
               r"sexual(?:ly)? (?:harass(?:ed|ment)|touched)|domestic violence|incest|groom(?:ed|ing) me|"
               r"(?:beat|beats|beating|beaten) (?:me )?up)\b"),
    # Someone hurting them: "he hit me again", "my dad hits me", "she choked me".
    re.compile(rf"\b{_WHO} (?:\w+ ){{0,2}}?(?:hit|hits|hitting|beat|beats|beating|punch(?:ed|es)?|slap(?:ped|s)?|kick(?:ed|s)|"
               r"chok(?:ed|es|ing)|strangl(?:ed|es)|shov(?:ed|es)?|push(?:ed|es)?|burn(?:ed|t|s)|grab(?:bed|s)|touch(?:ed|es|ing)|"
               r"threaten(?:ed|s)?|lock(?:ed|s)) me\b(?! (?:at|in|to|on the shoulder|up|out of the house by accident))"),
    # Made to, or hurt again and again: "he pressured me into sex", "my ex used to hurt me".
    re.compile(rf"\b{_WHO} (?:\w+ ){{0,2}}?(?:forced|pressured|coerced|made|pushed) me (?:into |to )?(?:have )?"
               r"(?:sex|sleep with|sleeping with|do (?:stuff|things|sexual)|sexual|touch|send (?:nudes|pics|photos))"),
    re.compile(rf"\b{_WHO} (?:forced|forces|pushed) (?:himself|herself|themselves) on me\b"),
    re.compile(rf"\b{_WHO} (?:used to|would|kept|keeps|always|still|would always) (?:\w+ )?(?:hurt|hurting|hit|hitting|beat|"
               r"beating|hurts|choke|choked|slap|slapped) me\b"),
    re.compile(r"\b(?:he|she|they) (?:\w+ ){0,2}?(?:forced|pressured) me\b.*\b(?:led (?:him|her|them) on|my fault|asked for it)\b"),
    # Done to them: "i was hit", "i keep getting beaten", "i have been touched".
    re.compile(r"\b(?:i was|i am|i got|i get|i have been|i keep getting|getting|got|being|been) (?:\w+ )?"
               r"(?:hit|beaten|slapped|punched|kicked|choked|strangled|touched|groomed|hurt) "
               r"(?:by (?!(?:a|an|the) (?:car|ball|bus|truck|lorry|bike|van|wave|door|branch|train))|again|at home|every)"),
]
_ABUSE_NOT = re.compile(r"\b(?:substance|drug|alcohol|drugs|steroid|opioid|solvent) abuse\b|\babuse of (?!me\b|my body\b)"
                        r"(?:power|the system|statistics|language|process|discretion|trust|office|position|privilege|alcohol|drugs)\b"
                        r"|\b(?:my|our|his|her|their) \w+ (?:death|loss|absence|memory|words|silence|passing) (?:\w+ )?(?:hit|hits|hitting) me\b"
                        r"|\bgroom(?:ed|ing) (?:the|my|our) (?:dog|cat|horse|pony|hair|beard)\b")

_GRIEF = [
    re.compile(r"\b(?:passed away|passed on|grieving|grief(?! counsell?ing ad)|bereave\w*|mourning|mourn|funeral|"
               r"miscarriage|miscarried|stillborn|(?:his|her|their|(?:my|our) \w+(?:'s)?) death|"
               r"put (?:my|our) \w+ down|had to put (?:him|her) down|since (?:he|she|they) (?:died|passed|went))\b"),
    # A pet is a loss of the speaker's when it is theirs or unnamed, not "her dog" or "his cat".
    re.compile(rf"\b(?:{_WHO}|(?<!her )(?<!his )(?<!their )(?<!your ){_PETS}s?|(?:my|our) {_PETS}|who) "
               r"(?:\w+ ){0,2}?(?:died|passed|is dead|was killed|got killed)\b"
               r"(?! (?:the|an?|my|his|her|their) (?:test|exam|class|course|ball|salt|time|driving))"),
    re.compile(rf"\b(?:lost|losing) (?:my|our) (?:\w+ )?(?:{_PEOPLE}|{_PETS})s?\b(?! (?:in the|at the) (?:crowd|shop|store|mall|park))"
               r"(?! to (?:the|a) \w+ (?:team|club|school|company|job))"),
    re.compile(rf"\b(?:the )?loss of (?:my|our) (?:\w+ )?(?:{_PEOPLE}|{_PETS})\b|\bmiss (?:him|her|them) (?:so much|every day)\b.*\b(?:died|gone|passed)\b"),
]
_GRIEF_NOT = re.compile(r"\bgood grief\b|\bgrief (?:from|over) (?:my|the) (?:boss|teacher|homework)\b|\bgive (?:me|you|him|her) grief\b"
                        r"|\bgiving (?:me|you|him|her) grief\b|\blost my (?:friend|friends) (?:in|at) the\b")

_TARGET = (rf"(?:{_WHO}|him|her|them|people|everyone|everybody|this guy|this girl|the (?:way (?:he|she|they|people))|"
           rf"how (?:he|she|they|people|my \w+)|(?:my|the) (?:\w+ )?{_PEOPLE}s?|the government|society|my job|my school)")
_ANGER = [
    re.compile(rf"\b(?:i am|i feel|i get|i got|i was|feeling|so|i am just|i am getting) (?:so |really |very |super |fucking |absolutely |"
               rf"kind of |a bit |just |honestly |seriously )*(?:angry|mad|furious|pissed|pissed off|livid|fuming|annoyed|irritated|"
               rf"frustrated|sick|fed up|done|raging|seething) (?:with|at|about|by|of|because of|over) {_TARGET}"),
    re.compile(rf"\bi (?:really |honestly |seriously |just |fucking )?(?:hate|cannot stand|despise|loathe|resent) {_TARGET}"),
    re.compile(rf"\b(?:{_WHO}|people|everyone|everybody) (?:is|are|was|were|has been|is being|was being) (?:such |so |being |a |an |total |complete |absolute |"
               r"fucking |really |very |just |the most |an absolute |a complete |a total )*"
               r"(?:jerk|idiot|idiots|asshole|assholes|arsehole|dick|prick|rude|selfish|unfair|mean|liar|toxic|annoying|"
               r"horrible|awful|inconsiderate|disrespectful|a nightmare|ridiculous|useless|insufferable|unbearable)\b"),
    re.compile(rf"\b{_WHO} (?:\w+ )?(?:lied to me|cheated on me|ghosted me|ditched me|yelled at me|screamed at me|shouted at me|"
               r"blamed me|stole from me|stole my (?:idea|ideas|work|boyfriend|girlfriend|partner|spot)|took credit|humiliated me|betrayed me|backstabbed me|talked behind my back|bailed on me|"
               r"stood me up|sold me out|threw me under the bus)"),
]
_WORRY_SELF = r"(?:that )?i am (?:not|a|an|so|too|such|never|just|the|worthless|useless|stupid|ugly|unlovable|unwanted|boring|annoying|a burden)\b"
_WORRY = [
    re.compile(rf"\b(?:i am|i feel|i get|i got|feeling|so|i have been|been) (?:so |really |very |super |kind of |a bit |a little |"
               rf"pretty |quite |honestly |seriously |just |getting |all )*(?:worried|anxious|nervous|scared|afraid|stressed|stressed out|"
               rf"freaking out|panicking|panicky|terrified|dreading|uneasy|on edge|tense|jittery|uptight|frightened) "
               rf"(?!{_WORRY_SELF})(?:about|for|of|that|because|over|before|since|the|my|what|whether|if|\w+ing)\b"),
    re.compile(r"\b(?:i keep|i cannot stop|i can not stop|cannot stop|i have been|i am|i keep on) (?:\w+ )?"
               r"(?:worrying|stressing|overthinking|panicking|freaking out|dreading|losing sleep)\b"),
    re.compile(r"\bwhat if (?:my|he|she|they|the|it|we|something|i (?:fail|lose|get|miss|do not get|cannot|mess|say|forget|am late))\b"),
    re.compile(r"\b(?:worried sick|dreading (?:it|tomorrow|the|my|going|seeing)|cannot sleep because of|losing sleep over)\b"),
]
_WORRY_NOT = re.compile(r"\b(?:no worries|not (?:that |too |even |really |at all )?(?:worried|anxious|nervous|scared|stressed)|"
                        r"do not (?:worry|stress)|nothing to worry|never worry|(?<!cannot )(?<!can not )(?<!cannot seem to )stop worrying|without worrying)\b")
_THINGS = (r"(?:car|bike|laptop|computer|pc|phone|flight|train|bus|washing machine|fridge|freezer|oven|boiler|heating|"
           r"wifi|internet|power|electricity|tablet|console|hard drive|pipe|pipes|roof|tyre|tire|landlord|order|package|parcel)")
_BAD_LUCK = [
    re.compile(rf"\b(?:my|the|our) (?:\w+ )?{_THINGS} (?:\w+ )?(?:broke down|broke|crashed|died|got cancell?ed|was cancell?ed|"
               r"is broken|got stolen|was stolen|got delayed|was delayed|went out|stopped working|is not working|"
               r"will not start|burst|leaked|flooded|got lost|never came|never arrived|got towed|got hacked)\b"),
    re.compile(r"\b(?:got|was|been|getting) (?:stuck in traffic|rained on|laid off|made redundant|robbed|mugged|scammed|"
               r"pickpocketed|evicted|hacked|towed|rear ended|caught in the rain|soaked|food poisoning|a flat)\b"),
    re.compile(r"\b(?:someone|somebody|they) (?:\w+ )?stole my\b"),
    re.compile(r"\b(?:flat tyre|flat tire|power cut|power outage|blackout|lost my (?:wallet|luggage|suitcase|bag|job|purse|passport)|"
               r"got a (?:parking ticket|speeding ticket|fine)|got sick (?:on|before|right before|the day)|caught (?:a cold|the flu|covid)|"
               r"just my luck|bad luck|so unlucky|rotten luck|worst luck|nothing goes my way today|"
               r"(?:flight|train|concert|trip|holiday|event|show) (?:\w+ )?(?:got |was )?cancell?ed)\b"),
]
_MISHAP = [
    re.compile(r"\b(?:burnt|burned|burnt the|overcooked|undercooked|ruined|dropped|spilled|spilt) (?:the |my |our |all the |a )?"
               r"(?:\w+ )?(?:dinner|lunch|breakfast|toast|rice|potatoes|cake|pasta|food|pizza|cookies|biscuits|eggs|meal|soup|pan|"
               r"bread|sauce|coffee|tea|drink|juice|milk|water|smoothie|cereal|wine|paint)\b"),
    re.compile(r"\b(?:missed|nearly missed|just missed) (?:the|my) (?:\w+ )?(?:bus|train|tram|flight|ride|lift|ferry|stop)\b"),
    re.compile(r"\b(?:dropped|broke|smashed|cracked|lost|forgot|misplaced|left) (?:\w+ ){0,2}?(?:phone|mug|glass|plate|"
               r"keys|key|umbrella|lunch|charger|headphones|earbuds|homework|password|water bottle|jacket|coat|glasses|id|badge|"
               r"notebook|book)\b"),
    re.compile(r"\b(?:overslept|slept through my alarm|stubbed my toe|locked myself out|tripped (?:over|on|up)|"
               r"got lost on the way|sent (?:it|the \w+|an email|a text|a message) to the wrong|took the wrong (?:bus|train|turn)|"
               r"typo in|forgot (?:to|her|his|their|about)|ran out of (?:milk|coffee|bread|gas|petrol|battery|time)|"
               r"got (?:paint|ketchup|coffee|sauce) on|shrank my|dyed my \w+ pink by accident|"
               r"i was late|running late|woke up late|late for)\b"),
]


def _found(patterns: list[re.Pattern[str]], text: str, negated: bool = True) -> bool:
    """Whether any pattern matches in a clause, not right after a negation (when `negated` is checked)."""
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not negated:
                return True
            before = text[max(0, match.start() - 40): match.start()].split(" . ")[-1]
            inside = match.group()
            if _NEGATED.search(before) or re.search(r"\b(?:never|not|no one|nobody) (?:\w+ )?(?:once )?(?:hit|touched|hurt|"
                                                      r"abused|beat|died|passed)\b", inside):
                continue
            return True
    return False


def weigh(text: str) -> str | None:
    """The kind of weight a message carries (one of KINDS), or None when it is none of them."""
    normalized = normalize(text)
    if not normalized:
        return None
    padded = f" {normalized} "
    if _found(_ABUSE, padded) and not _only_excluded(_ABUSE, padded, _ABUSE_NOT):
        return "abuse"
    if _found(_GRIEF, padded) and not _GRIEF_NOT.search(padded):
        return "grief"
    if _found(_ANGER, padded):
        return "anger_at_others"
    if _found(_WORRY, padded) and not _WORRY_NOT.search(padded):
        return "worry"
    if _found(_BAD_LUCK, padded):
        return "bad_luck"
    if _found(_MISHAP, padded):
        return "mishap"
    return None


def _only_excluded(patterns: list[re.Pattern[str]], text: str, exclusions: re.Pattern[str]) -> bool:
    """Whether every abuse match sits inside an excluded phrase ("abuse of power", "drug abuse")."""
    if not exclusions.search(text):
        return False
    spans = [m.span() for m in exclusions.finditer(text)]
    for pattern in patterns:
        for match in pattern.finditer(text):
            if not any(start <= match.start() < end or start < match.end() <= end for start, end in spans):
                return False
    return True
