"""Core patterns for doubts about oneself, one group per theme, read clause by clause.

The shared pieces (who speaks, the fill words between) are in doubt_parts.py and the rules added
by family of phrasing in doubt_families.py; ANY_DOUBT joins both, one family of rules a theme.
"""

from __future__ import annotations

import re

from bot.language.doubt_families import FAMILY_RULES
from bot.language.doubt_parts import ELLIPTIC as _ELLIPTIC
from bot.language.doubt_parts import ME as _ME
from bot.language.doubt_parts import PEOPLE as _PEOPLE
from bot.language.doubt_parts import QUALITY as _QUALITY
from bot.language.doubt_parts import SPEAKER as _I
from bot.language.rules import RuleSet, compile_union

THEME_RULES: dict[str, list[str]] = {
    "impostor": [
        rf"{_ME} (?:an? )?(?:fraud|fake|impostor|phony|phoney|sham|pretender|faking it|unqualified|not qualified)\b",
        r"\bimpostor syndrome\b",
        r"\bi do not deserve (?:to be here|my (?:job|success|place|spot|grades|position|degree|promotion|role)|this (?:job|success|promotion|role|position|award|praise|place))\b",
        r"\b(?:find out|realize|realise|see|figure out|discover) (?:that )?i am (?:a |an )?(?:fraud|fake|impostor|phony|faking|not (?:good|smart|qualified))",
        r"\b(?:see|saw) (?:right )?through me\b|\bfind me out\b",
        r"\bi (?:only )?got (?:this|the|my|in|here)\b(?: \w+){0,3} (?:by|through|because of|out of) (?:luck|accident|a mistake|mistake|chance|a fluke|fluke)\b",
        r"\b(?:made a mistake|got lucky) (?:hiring|picking|choosing|accepting|admitting|promoting) me\b",
        r"\bi (?:tricked|fooled) (?:everyone|them|people|everybody)\b",
        r"\bi am (?:just )?faking (?:it|everything)\b",
        r"\b(?:they|people|everyone|someone|somebody|my boss) (?:will|are going to|is going to) (?:\w+ ){0,2}?(?:realize|realise|find out|figure out|discover|notice|see) (?:that )?i\b",
        r"\bi have no idea what i am doing\b|\bbecause i got lucky\b|\b(?:only|just) (?:\w+ )?(?:by|through|out of) (?:pure )?(?:luck|a fluke|chance)\b",
    ],
    "comparison": [
        rf"\b{_PEOPLE} (?:(?!not |never )\w+ ){{0,4}}?(?:better|smarter|prettier|happier|further along|ahead|cooler|stronger|funnier|richer|thinner|more \w+) (?:\w+ ){{0,2}}than me\b",
        r"\bi am (?:(?!not |never )\w+ ){0,2}not (?:as|nearly as) (?!bad|awful|terrible|ugly|stupid|dumb|weird|fat|lazy|horrible)\w+ (?:\w+ )?as\b",
        r"\bi will never be (?:as|that) \w+ as\b",
        r"\b(?:ahead of|further along than|better than|smarter than|prettier than|happier than|more (?:successful|talented|attractive|popular|liked|loved|interesting|confident|capable) than) me\b",
        r"\bwhy am i the only one (?:who|that)\b",
        rf"{_ME} (?:the )?worst (?:one |person )?(?:in|at|of)\b(?! (?:the world|all time))",
        rf"{_ME} (?:so |way |miles |years |far |light years )*behind (?:everyone|everybody|others|people|other people|all my \w+|my \w+|everyone else|the rest|people my age|everyone my age)\b",
        r"\bwhy (?:cannot|can not) i be (?:like|as \w+ as) (?:everyone|others|them|other people|my \w+)",
        rf"\b{_PEOPLE}(?: else)? (?:has|have|got|is|are) (?:their|it|life|lives) (?:\w+ )?(?:lives |life )?(?:together|figured out|sorted)",
        r"\b(?:except|but|other than) me\b",
        r"\bmy (?:brother|sister|sibling|cousin)s? (?:got|has|have) all the\b",
        r"\bi (?:always |constantly |keep |cannot stop )?(?:compare|comparing) myself\b",
        r"\bwhy is everyone(?: else)? (?:so )?(?:much )?(?:better|smarter|happier)\b",
    ],
    "burden": [
        rf"{_ME} (?:an? )?(?:burden|bother|nuisance|inconvenience|drain|weight on|problem for|pain to|too much|needy|too needy|in the way|in everyones way)\b",
        rf"\b{_PEOPLE} (?:is |are |gets? |got )?(?:so )?(?:tired|sick) of me\b",
        r"\bi (?:only|always|just) (?:cause|make|bring|create) (?:(?!not |never )\w+ )?(?:trouble|problems|stress|pain|drama|work)\b",
        r"\bi make (?:(?!not |never )\w+ )?(?:everyones|everyone|peoples|their|his|her|my \w+s?) (?:life|lives|day|days) (?:harder|worse|difficult)\b",
        r"\bi am (?:always )?(?:a )?burden(?:ing|some)?\b",
        rf"{_I}(?:am )?(?:always |constantly |just )?(?:bothering|annoying|burdening|inconveniencing|troubling|bugging) (?:people|everyone|them|others|my \w+|him|her|you)\b",
        r"\b(?:people|everyone|they|my friends|my family) (?:only|just) (?:tolerate|put up with|pity|deal with) me\b",
        r"\b(?:only|just) (?:talk to|hang out with|invite|text|spend time with|put up with|are nice to|is nice to|help) me (?:because|since|out of) (?:they have to|they feel (?:sorry|bad|obligated)|they pity me|pity|obligation|guilt)\b",
    ],
    "self_blame": [
        r"\b(?:it|this|that|everything|all of this|all of it|all this) (?:is|was|has been|will be|is all|was all) (?:(?!not |never )\w+ )?my fault\b",
        r" all(?<!not all) my fault\b|\beverything is my fault\b",
        r"\bi (?:always |just )?blame myself\b",
        r"\bi (?:cannot|will never|can never|could never) forgive myself\b",
        r"\bi should (?:have|not have|never have) (?:known better|done more|done something|been there|seen it|stopped|been better|tried harder|noticed|been more|said something|helped)\b",
        r"\bi deserve (?:this|it|all (?:of )?this|everything bad|to suffer|to be (?:hurt|alone|punished|miserable|unhappy|hated|left))\b",
        r"\bi (?:caused|cause|started) (?:all (?:of )?)?(?:this|it|everything)\b",
        r"\bi am (?:(?!not |never )\w+ )?(?:the (?:reason|problem|cause)|to blame)\b",
        r"\b(?:is|was|are|were|happens|happened|left|went wrong|broke up|fell apart|died|suffer|suffers) (?:all )?because of me\b",
        rf"{_I}(?:ruined|destroyed|wrecked|broke|killed) (?:our|my|their|his|her|the) (?:friendship|relationship|marriage|family|life|lives|chance|chances)\b",
    ],
    "appearance": [
        rf"{_ME} (?:too )?(?:ugly|fat|gross|hideous|disgusting|repulsive|unattractive|skinny|thin|weird looking|ugliest|deformed|chubby|obese)\b",
        rf"{_I}hate (?:my|the way i|how i) (?:body|face|look|looks|appearance|skin|nose|weight|reflection|thighs|stomach|hair|smile|teeth)\b",
        r"\bi (?:look|looked) (?:so |really |absolutely |just )?(?:\w+ )?(?:disgusting|ugly|gross|horrible|awful|terrible|hideous|fat|repulsive)\b",
        r"\bmy (?:body|face|skin|appearance|reflection) is (?:so |really |just )?(?:disgusting|ugly|gross|horrible|hideous|repulsive)\b",
        r"\b(?:nobody|nobody will|nobody would) (?:ever )?(?:find|think) me (?:attractive|pretty|beautiful|handsome|cute)\b",
        r"\bi (?:cannot|can not) (?:stand|bear) (?:looking at myself|looking in the mirror|my reflection|the mirror|my body|my face|how i look)\b",
    ],
    "not_belonging": [
        r"\bi (?:(?!not |never )\w+ ){0,2}?(?:do not|never|cannot|will never|just do not|dont) (?:really )?(?:fit in|belong|fit anywhere)(?! (?:these|those|this|that|my|the|them|it|to an?y?)\b)",
        rf"{_ME} (?:an? |the )?(?:outsider|outcast|misfit|weirdo|freak|left out|invisible|excluded|odd one out|different from (?:everyone|others|people|everybody)|forgotten)\b",
        r"\bthere is no place for me\b|\bi have no place\b|\bnowhere (?:i|to) belong\b",
        r"\bnobody wants me (?:around|there|here|in)\b",
        rf"{_I}(?:have|got) no (?:friends|one to talk to|real friends|people)\b|\bi do not have (?:any )?(?:friends|anyone)\b",
        rf"{_ME} (?:always|so|all|completely|totally) alone\b|\bi am alone all the time\b",
    ],
    "unlovable": [
        r"\bnobody\b(?: \w+){0,3}? (?:loves?|loved|likes?|liked|cares? about|cared about|wants?|wanted|wants? to be with|dates?|chooses?|picks?|invites?|notices?|understands?|misses|remembers?|texts?|calls?) me\b",
        r"\b(?:not|never|doubt|no way)\b[^|]*\b(?:anyone|anybody) (?:\w+ )?(?:likes?|loves?|cares? about|wants?|would want|would love|could love) me\b",
        r"\beveryone i (?:love|care about|get close to|trust|let in) (?:always |eventually )?(?:leaves|left|abandons|hurts|gets tired)\b",
        rf"{_ME} (?:unlovable|unloveable|unwanted|undesirable|unlikeable|impossible to love|too broken)\b",
        r"\bi am not (?:lovable|loveable|likeable|wanted|loved|worth loving)\b",
        r"\bi (?:will|am going to) (?:always )?(?:be|end up|die) alone(?: forever)?\b|\balone forever\b",
        r"\b(?:everyone|people|they all|everyone i love|all my friends) (?:always |eventually )?(?:leaves?|left|hates?|abandons?|rejects?|forgets?) me\b",
        r"\bi am (?:always )?the one (?:(?!not |never )\w+ )?(?:people|everyone|they) (?:reject|leave|forget|ignore|abandon)",
        r"\bwho (?:would|could|will) (?:ever )?(?:love|want|like|date|choose) (?:someone like )?me\b",
        r"\bmy (?:friends|family|partner|parents|mom|mum|dad) (?:do not|does not|never) (?:really )?(?:like|love|care about|want) me\b",
        r"\bi do not deserve (?:love|to be loved|friends|kindness)\b",
        r"\b(?:nobody|no man|no woman|no girl|no guy) will ever (?:love|want|like|date) me\b",
    ],
    "hopeless": [
        rf"{_ME} (?:hopeless|a lost cause|beyond help|too far gone|beyond repair|doomed|unfixable|broken|stuck (?:like this|forever|this way))\b",
        r"\bnothing (?:will|is going to|is ever going to) (?:ever )?(?:get|change|be) (?:better|different|okay|ok|right)\b",
        r"\bthings (?:will )?never (?:work out|get better|change|go right|go my way)\b",
        r"\bi will never (?:change|get better|be happy|be okay|be normal|amount to anything|make it|be fixed|get out of this)\b",
        r"\bi will always be (?:like this|this way|stuck)\b|\bi am stuck (?:like this )?forever\b",
        r"\bthere is no hope (?:for me|left)\b|\bno hope for me\b|\bi have no (?:hope|future)\b",
        r"\bwhat is the point (?:of|in) (?:even )?(?:trying|anything|bothering|it all|me)\b|\bwhy (?:even )?bother trying\b",
        r"\bmy (?:future|life) is (?:hopeless|ruined|doomed|bleak|pointless)\b",
        r"\b(?:i am|i will|it is|it will|things are|things will|life is|life will|nothing is|nothing will) (?:\w+ )?(?:never|not ever) (?:going to )?(?:(?:get|be|feel) (?:any )?(?:better|okay|ok|happy|normal|different|fine|right)|change|improve)\b",
        r"\bwhy (?:do|should|would|even) i (?:even )?(?:try|bother)\b",
        r"\bi (?:have )?(?:given|give) up on myself\b|\bi (?:cannot|can never) change\b",
    ],
    "not_enough": [
        rf"\bi(?: (?!he\b|she\b|they\b|you\b|it\b|we\b|him\b|her\b|them\b)\w+){{0,4}}? (?:not|never)(?: be| been| feel| ever| ever be| going to be| really)? (?:(?:quite|really|truly|nearly|remotely|ever) )?(?:{_QUALITY} )?enough\b",
        rf"{_ELLIPTIC}(?:i am )?(?:not|never|never ever) (?:(?!not |never )\w+ )?enough(?:(?= \|)| for (?:anyone|anybody|them|him|her|this|that|anything|you|me|my \w+)\b| at all\b)",
        r"\bnothing i (?:do|did|am|make|try) (?:(?!not |never )\w+ )?(?:is|was|will be) (?:ever )?(?:good )?enough\b",
        r"\bi (?:do not|never|will never|cannot) measure up\b",
        r"\bi (?:never|cannot|can never) do (?:anything )?enough\b",
        r"\bi (?:always |just |keep |constantly )?(?:fall|falling|come up|coming up|come|end up) short\b",
        r"\bnever (?:feels|seems|is|was|feel) (?:like )?(?:good )?enough\b",
        rf"{_ME} (?:inadequate|insufficient|lacking|not up to it)\b",
    ],
    "failure": [
        rf"{_ME} (?:an? )?(?:failure|failing|screwup|screw up|fuckup|fuck up|mess up|disappointment|letdown|let down|disgrace|mess|wreck)\b",
        r"\bi (?:always|keep|constantly|only|just|never stop|always just) (?:mess|messing|screw|screwing|fuck|fucking|f) (?:(?!not |never )\w+ )?up\b",
        r"\bi (?:(?!not |never )\w+ )?(?:mess|messed|screw|screwed|ruin|ruined|wreck|wrecked|destroy|destroyed|break) (?:up )?(?:everything|it all|all of it|every thing|everything up|every \w+|all my \w+)\b",
        r"\bi (?:cannot|can not|never|do not|fail to|can never) (?:do|get|say|make) (?:anything|everything|a single thing|one thing|nothing|things) (?:right|correctly|well)\b",
        r"\bi fail (?:at )?(?:everything|anything|life|all of it|every time|everyone)\b",
        r"\bi (?:keep|always|constantly) (?:fail|failing)\b",
        r"\bi am failing (?:at )?(?:life|everything|everyone)\b",
        r"\bi (?:always |keep |just )?(?:let|letting) (?:everyone|people|them|you|my (?:\w+ )?\w+|everybody) down\b",
    ],
    "worthless": [
        rf"{_ME} (?:a )?(?:worthless|useless|nothing(?! like| compared)|pathetic|garbage|trash|stupid|idiot|dumb|a joke|joke|waste(?: of \w+)?|nobody|insignificant|pointless|unworthy|not worth anything|worth nothing|a disgrace|incompetent|weak|lazy|boring|a (?:bad|terrible|horrible|awful|rotten|shit|shitty) person)\b",
        r"\bi (?:do not|will never|never) matter\b|\bmy life (?:does not|will never) matter\b",
        r"\bi (?:have|bring) no (?:value|worth)\b|\bi am not worth (?:anything|it|much|the effort|the trouble|saving)\b",
        rf"{_I}(?:hate|loathe|despise|cannot stand) (?:myself|me)\b|\bi am disgusted (?:with|by) myself\b",
        r"\bi (?:am|feel) (?:so )?worthless\b",
    ],
}

# A belief that is denied or left behind ("i do not think i am a burden", "i used to think ...").
DENIED = compile_union([
    (r"\b(?:(?:do|does|did) not|never|no longer|not|stopped) (?:(?!not |never )\w+ )?(?:think|thought|believe|believed|feel|felt|say|said)\b"
     r"|\bused to (?:think|believe|feel)\b|\bwhat if\b[^|]*\bnot\b")
])


# Someone else's words reported ("my roommate keeps saying nothing will get better for her"): a
# match after this in its clause, with no "i" or "me" of its own, is about them, not the speaker.
REPORTED = compile_union([
    (r"\b(?:he|she|they|my \w+|his \w+|her \w+|their \w+) (?:\w+ ){0,2}?(?:says|said|saying|thinks|thought|feels|felt|"
     r"believes|believed|told me|tells me|claims|claimed|worries|worried|complains|complained|insists|keeps saying)\b")
])
FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|mine)\b")


# Patterns read the whole message at once, as " | clause | clause | " (see assess.py); no rule can
# match across a mark, since every gap in a rule is made of words.
# One set holds every theme: ANY_DOUBT tells in one pass where the first doubt of any theme is,
# and each theme is searched within it as if compiled alone. Its patterns compile the first time
# a word needs them, most of them with the first message that reads like a doubt.
ANY_DOUBT = RuleSet([rules + FAMILY_RULES[theme] for theme, rules in THEME_RULES.items()], lazy=True)
THEME_PATTERNS = tuple(
    (theme, ANY_DOUBT.family(index, rules + FAMILY_RULES[theme])) for index, (theme, rules) in enumerate(THEME_RULES.items())
)
