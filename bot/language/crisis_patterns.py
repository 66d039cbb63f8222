"""Patterns for crisis language (suicidal thoughts, self-harm), read on normalized text.

Recall matters more than precision here: a missed crisis is far worse than a caring reply that
was not needed, so the patterns are generous and only well-known idioms are set aside.
"""

from __future__ import annotations

import re

from bot.language.crisis_families import FAMILY_RULES
from bot.language.rules import RuleSet, compile_union, pad

_SELF = r"(?:myself|my life|my own life)"
_OTHER_SELF = r"(?:herself|himself|themselves|themself)"
_WANT = (
    r"(?:want|wanted|wanting|wish|wished|plan|planning|planned|ready|need|needed|deserve|"
    r"should|would like|would rather|rather|try|tried|trying|thinking about|think about|"
    r"thought about|thoughts of|thoughts about|urge|urges|considering|decided|choose)"
)

_SPAN_OF_TIME = r"(?:day|days|night|nights|week|weeks|month|months|year|years|hour|hours|minute|minutes|morning|mornings)\b"
_NOT_EXASPERATION = (r"(?:like this|of this|alone|without|lonely|hit|hits|beat|beats|hurt|hurts|touch|touches|kick|kicks|"
                     r"punch|punches|choke|chokes|rape|rapes|abuse|abuses|fail|fails|lose|loses|leave|leaves|left|dump|dumps|"
                     r"reject|rejects|rejected)\b")

# Idioms that look like crisis words but are not; removed before the crisis patterns are read.
IDIOMS = compile_union([
    (r"\b(?:"
     r"dying (?:to|for|of|from)\b|to die for|(?:die|died|dying) (?:of|from|laughing|of laughter)"
     r"|(?:nearly|almost) died\b|rather die than|(?:is|are|was|were|be|am) killing me"
     r"|kill(?:ed|ing)? (?:it|this|that|time|the lights|two birds|for a)\b|dead tired"
     r"|(?:kill|killing|killed) myself (?:laughing|with laughter)"
     r"|(?:cut|hurt|burn|burned|burnt) myself (?:shaving|cooking|by accident|accidentally"
     r"|on (?:a|the|my)|while|playing|at (?:the|work)|in the kitchen)"
     r"|die on this hill|death of me|(?:suicide|suicidal) squad"
     r"|die (?:if|unless) i (?:do not |dont )?(?:eat|get|have|sleep|drink)\b"
     # Accidents named with the body part and where they happened; burnout; self-reproach idioms.
     r"|(?:cut|cuts|burn|burned|burnt|scratched|scraped|hurt|hit|bruised|banged) my (?:\w+ ){1,2}?(?:on (?:a|the|some|my)|while|cooking|"
     r"shaving|playing|at (?:the|work)|in the kitchen|by accident|accidentally|ironing|baking|falling|when i fell)\b"
     r"|burn(?:ing|ed|t)? (?:myself|me) out|could (?:kick|hit|slap) myself"
     # Games: a death by one's own grenade, a jump off the map's edge (the model still reads the message).
     r"|(?:kill|kills|killed|killing|blew|blow|blowing) (?:myself|me) (?:up )?with (?:my own|a|the|our own) "
     r"(?:grenade|grenades|rocket|rockets|bomb|c4|trap|mine|spell|fireball|explosive|barrel|tnt)"
     r"|jump(?:ed|ing|s)? off (?:the|a|that) (?:cliff|edge|map|ledge|platform) (?:to (?:skip|respawn|reset|save)|by accident"
     r"|accidentally|in (?:the )?game|again lol)"
     # A wish for a break, not to be gone: "disappear into a cabin for a week", "into a good book".
     r"|(?:disappear|vanish) (?:into|to|in) (?:a|the|my) (?:\w+ )?(?:cabin|book|holiday|vacation|beach|woods|forest|island|bed|blanket|hoodie|game|mountains|countryside)"
     # Exasperation: "if the call bell goes one more time i'll die", "... i'm going to murder it". Not one
     # more day or night, nor "like this", "alone" or a blow ("if he hits me one more time i will die").
     r"|if (?:(?!" + _NOT_EXASPERATION + r")[\w']+ ){0,12}?one more (?!" + _SPAN_OF_TIME + r")"
     r"(?:(?!" + _NOT_EXASPERATION + r")[\w']+ ){0,12}?i (?:will|am going to|am gonna) "
     r"(?:literally |actually |simply |just |honestly )?(?:die|murder (?:it|him|her|them|someone|somebody))\b"
     r")")
])

_RULES = [
    # Direct statements about ending one's life, including text-speak.
    rf"\b(?:kill|killing|killed|kil|end|ending|ended|off|offing|hang|hanging|unalive|unaliving) {_SELF}\b",
    rf"\b(?:kill|killing|killed|end|ending|hang|hanging|unalive) {_OTHER_SELF}\b",
    r"\b(?:kms|kmsl|kys myself|unalive|unaliving|unalived|suicid\w*|sewer ?slide|sui ?cide|self ?harm\w*)\b",
    rf"\b{_WANT} (?:to )?(?:just )?die+\b",
    r"\bi (?:should|will|wanna|just) (?:just )?die+\b",
    r"\bi am (?:going|about|ready) to die+\b",
    r"\b(?:want|wanted|wish|ready|need) (?:to|2) (?:be )?(?:dead|gone for good|gone forever|not alive)\b",
    r"\bwish (?:i|that i) (?:was|were|could be|had) (?:dead|died|gone|never born|not here)\b",
    r"\bwish (?:i|that i) (?:had )?never (?:been born|existed|woke up|wake up)\b",
    r"\b(?:better off|easier|happier) (?:dead|if i (?:was|were|am|died|disappeared|was gone|were gone|was not|were not|did not))\b",
    r"\bbetter off without me\b",
    r"\bend (?:it all|it|everything|things|my life|the pain|my suffering)\b(?!.*\b(?:with|between) (?:him|her|them|my (?:boyfriend|girlfriend|partner|husband|wife|fiance|fiancee|bf|gf|ex))\b)",
    r"\bending (?:it all|it|everything|things for good|my life)\b",
    r"\bend it all\b|\bend things for good\b",
    r"\b(?:do not|dont|never|no longer) want to (?:be here|exist|live|be alive|be around|wake up|keep living|go on|continue)\b",
    r"\bnot want to (?:live|exist|be alive)\b",
    r"\b(?:want|wanted|wish) to (?:stop|quit) (?:living|existing|breathing|being alive)\b",
    r"\b(?:sleep|go to sleep|fall asleep) and never wake up\b|\bnever wake up again\b",
    r"\bno (?:reason|point|will) (?:to|in|for) (?:live|living|keep living|go on|going on|be alive|being alive|stay|staying|exist|existing|carry on|carrying on)\b",
    r"\b(?:nothing|no one|nobody|noone) (?:left )?to live for\b",
    r"\b(?:reason|point) to (?:keep )?(?:live|living|going on|be alive)\b",
    r"\bnot worth (?:living|it anymore|being alive|saving)\b|\blife is not worth\b",
    r"\bwhat is the point (?:of|in) (?:living|life|being alive|going on|existing|being here|me being here)\b",
    r"\b(?:cannot|can not|could not|do not want to|cant) (?:go on|keep going|do this|take (?:it|this)|live like this|carry on)(?: anymore| any more| much longer| any longer)\b",
    r"\b(?:cannot|can not|cant) go on\b",
    r"\b(?:done|finished|through) with (?:life|living|being alive|everything|it all|existing)\b",
    r"\btired of (?:living|being alive|existing|life)\b",
    r"\b(?:miss|care|notice|matter) (?:me )?if i (?:died|die|was gone|were gone|disappeared|was dead|were dead|was not here|were not here|killed)\b",
    r"\bif i (?:died|was dead|were dead) (?:nobody|no one|who) would\b",
    # "Took my meds" is routine; the pills, these pills, or a quantity of them (crisis_families) is not.
    r"\b(?:take|took|taking|swallow) (?:all |a bunch of |all of )?(?:the |these |those )(?:pills|tablets|meds)\b",
    r"\b(?:overdose|overdosing|od ing|noose|slit my|hang myself|jump off|jumping off|jumped off|jump in front of|step in front of)\b",
    rf"\b(?:cut|cutting|burn|burning|burned|burnt|hurt|hurting|harm|harming|starve|starving|punish|punishing|scratch|scratching) {_SELF}\b",
    r"\b(?:been|started|start|keep|kept|began) (?:cutting|burning|harming) (?:again|myself|my (?:arms?|wrists?|legs?|thighs?|skin))\b",
    r"\bcutting again\b",
    r"\b(?:goodbye|suicide|farewell) (?:note|letter|message)\b",
    r"\bnot (?:going to|gonna) be (?:around|here|alive) (?:much )?(?:longer|for long|tomorrow|anymore)\b",
    r"\b(?:want|wanted|wish|need) to (?:just )?(?:disappear|vanish) (?:forever|for good|permanently)?",
    r"\b(?:life|everything) to (?:end|be over|stop)\b|\bmy life (?:to be|is) over\b",
    r"\bwant (?:it|it all|this|everything|all of this|the pain) to (?:end|stop|be over)\b",
    r"\b(?:want|wanna|need) (?:to )?(?:go to )?sleep forever\b",
    # Thinking about death, wishing not to exist, hoping not to wake.
    r"\b(?:think|thinking|thought|thoughts|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:a lot |so much |constantly |always )?(?:about|of) (?:dying|death|being dead|not being here|not existing|not waking up|ending (?:it|things|everything)|killing myself|disappearing)\b",
    r"\b(?:wish|want|hope|hoping|pray|praying) (?:i|that i) (?:could |would )?(?:just )?(?:not exist|stop existing|never existed|disappear|do not wake up|never wake up|will not wake up|die+|was not alive|was not here|were not here|was gone|were gone)\b",
    r"\b(?:want|wish|need) to (?:just )?(?:not exist|stop existing|not be alive|not be here)\b",
    r"\b(?:cannot|can not|do not want to|could not) (?:keep )?(?:living|live|existing|exist|going on|keep going|go on|holding on|hold on)(?: like this| this way| anymore| any more| any longer)\b",
    r"\bhow (?:much )?longer i can (?:keep going|go on|do this|take this|take it|hold on|keep living|live like this)\b",
    # Goodbyes and last messages.
    r"\b(?:goodbye|bye) (?:everyone|world|all|forever|for good)\b|\bmy (?:last|final) (?:message|day|night|goodbye|words)\b|\bthis is (?:goodbye|my last)\b",
    # Intent without an object, and injuries written as acts.
    r"\bi am (?:going|gonna|about|ready|planning|thinking of|thinking about) (?:to )?jump(?:ing)?\b|\bwant to jump\b",
    r"\b(?:cut|cutting|slit|slitting|slash|slashing) (?:my|both) (?:wrists?|arms?|thighs?|veins?|legs?|skin)\b",
    r"\b(?:had|would|have) never been born\b|\bnever been born\b",
    r"\bi (?:just )?(?:want|need|wanna) (?:to get )?out\b(?! of (?:here|this (?:meeting|class|job|room|place|house|city)|the)\b)",
    r"\b(?:my )?life (?:is|feels) (?:so )?(?:pointless|meaningless|not worth it|over)\b",
    # Others better without them, in any wording.
    r"\b(?:better|easier|happier|fine|lighter) without me\b",
    r"\bif i (?:was|were|am|was not|were not) (?:gone|dead|not here|not around|not alive|never born|around no more)\b|\bif i (?:died|disappeared|was to die|killed myself)\b",
]

# Compiled now, not on first use: the first message of all must be checked as fast as any other.
CRISIS = RuleSet([_RULES + FAMILY_RULES])
# Words run together, as when a zero-width character or nothing at all stood between them. Kept
# apart from CRISIS because a rule that may start inside a word cannot be reached by its trie.
# Only the literal core is searched: a leading \w* would be retried at every character.
RUN_TOGETHER = re.compile(r"killmyself|killingmyself|endmylife|wanttodie|wannadie|hurtmyself|cutmyself|endmyself|offmyself")
# Every run-together phrase holds one of these, so a text with none of them (most) skips the search:
# three substring tests cost less than the regex's try at every character. _search spells them out
# (a loop would cost more than it saves); this check keeps the phrases and the cores in step.
_RUN_TOGETHER_CORES = ("myself", "mylife", "die")
if not all(any(core in phrase for core in _RUN_TOGETHER_CORES) for phrase in RUN_TOGETHER.pattern.split("|")):
    raise ValueError("every RUN_TOGETHER phrase must hold one of _RUN_TOGETHER_CORES")


def _search(padded: str) -> str | None:
    """The first crisis phrase in padded text, run-together words included (as the whole word)."""
    match = CRISIS.search(padded)
    if match is not None:
        return match.group()
    if "myself" not in padded and "mylife" not in padded and "die" not in padded:
        return None
    match = RUN_TOGETHER.search(padded)
    if match is None:
        return None
    return padded[padded.rfind(" ", 0, match.start()) + 1:padded.find(" ", match.end())]


def find_crisis(normalized: str) -> str | None:
    """Return the crisis phrase found in normalized text, or None."""
    padded = pad(normalized)
    # Removing idioms can only take matches away (" ~ " joins no words), so most messages, with no
    # crisis match at all, skip that step.
    if _search(padded) is None:
        return None
    found = _search(IDIOMS.sub(" ~ ", padded))
    return found.strip() if found else None
