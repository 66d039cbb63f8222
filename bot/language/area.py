"""The area of life a message is about: work, school, family, partner, friends, body, health, money, grief, identity.

`area_of(text, doubt=None)` reads word lists over the normalized message (pure Python, no I/O):
  - idioms that only look like an area are blanked first ("dead weight", "face it", "sick of", "things
    will work out", "her friends");
  - an area right after a negation or a contrast in its clause doesn't count ("not work, it's my family");
  - the sentence that holds the doubt (`doubt`: the normalized words the detector matched) decides when it
    names an area, so a passing mention elsewhere ("ate a donut at work. my diet is ruined") loses;
  - grief and identity outrank the people in them ("since my dad died", "coming out to my family");
  - weak words ("relationship", "program", "team") count only when no strong word names an area;
  - among the rest the last mention wins: "work's fine but my partner..." is about the partner.
"""

from __future__ import annotations

import re

from bot.language.normalize import normalize

__all__ = ["AREA_WORDS", "area_of"]

AREA_WORDS: dict[str, str] = {
    "work": r"work|at work|job|jobs|boss|bosses|coworkers?|co workers?|colleagues?|office|(?:my|the|a|night|late|double|early|next|long) shift|shifts|manager|career|workplace|"
            r"clients?|customers?|promotion|promoted|job interview|interview|deadlines?|performance review|internship|my team|"
            r"workmates?|meetings?|launch|slide deck|deck|slides|presentation|department|workload|account|payroll|"
            r"the project|projects|report|hr|overtime|hired|fired|coworking",
    "school": r"school|class|classes|teachers?|exams?|tests?|homework|grades?|university|uni|college|courses?|essays?|"
              r"lectures?|professors?|studies|studying|study group|semester|assignments?|gcses?|a levels|finals|thesis|"
              r"dissertation|classmates?|students?|revision|coursework|quiz|quizzes|gpa|midterms?|scholarship|"
              r"admissions|studied|study|revise|revised|chem|maths?|algebra|physics|biology|history class|tutor|detention|seminar|degree|final",
    "family": r"family|families|mum|mom|mother|dad|father|parents?|brothers?|sisters?|siblings?|sons?|daughters?|kids?|"
              r"children|child|grandma|grandpa|grandmother|grandfather|nan|aunt|uncle|cousins?|in laws|stepdad|stepmom|"
              r"stepmum|step mum|step dad|at home|nephews?|nieces?|moms|mums|dads|aunty|auntie|granny",
    "partner": r"partner|boyfriend|girlfriend|bf|gf|my husband|my wife|husband|relationship|marriage|married|dating|ex|"
               r"fiance|fiancee|spouse|crush|breakup|break up|broke up|anniversary|jealous|"
               r"date night|my man|my girl|each other",
    "friends": r"my friends?|friends?|friendships?|bestie|best friend|mates|friend group|group chat|squad|hang out|hanging out",
    "body": r"body|bodies|weight|fat|skinny|thighs|stomach|belly|face|skin|acne|looks|mirror|ugly|nose|my hair|my height|"
            r"appearance|the way i look|how i look|diet|dieting|goal weight|stretch marks|jeans|gym|working out|"
            r"work out at|workout|calories|bikini|swimsuit|clothes|size|gained|lost weight|look good|look gross|"
            r"look disgusting|i look (?:fat|ugly|gross|disgusting|huge|awful|old|terrible|bad|like|so|in)|"
            r"5k|10k|ran a|running|marathon|fitness|exercise|exercises",
    "health": r"health|sick|sickly|illness|ill|doctors?|hospital|chronic|diagnosis|diagnosed|medication|meds|disease|injury|"
              r"injured|surgery|symptoms|disability|disabled|mental health|cancer|my pain|chronic pain|physio|physiotherapy|"
              r"headaches?|migraines?|tumou?r|immune system|flu|covid|cold|anxiety|depression|therapy|therapist|recovery|"
              r"diabetes|blood pressure|appointment|fatigue|back pain|my back|pain|insomnia",
    "money": r"money|debts?|bills?|rent|salary|wages?|loans?|student loans?|savings|saved|saving|afford|budget|mortgage|"
             r"overdraft|overdrafted|finances?|i am broke|so broke|broke|paycheck|payday|credit card|retire|retirement|"
             r"repair|bank|pay off|paid off|spent|spending|payment|pension|earning|earn|earns|pay rise|raise",
    "grief": r"died|death|passed away|funeral|grief|grieving|(?<!weight )(?<!hair )loss|mourning|bereaved|eulogy|"
             r"since (?:he|she|they) (?:died|passed)|still be here|still be alive|without (?:him|her) here",
    "identity": r"identity|gay|lesbian|trans|transgender|queer|bi|bisexual|nonbinary|non binary|gender|sexuality|"
                r"who i am|who i really am|my culture|religion|my faith|autistic|autism|adhd|neurodivergent|racism|"
                r"coming out|come out|personality|my age|passion|purpose|confident|confidence|outgoing|real adults|"
                r"do not fit in anywhere|not fit in anywhere|fit in anywhere|as a person|the kind of person|not really a personality|"
                r"successful|success",
}
# Words too loose to decide alone: they count only when no strong word names an area.
_WEAK = {"partner": {"relationship"}, "work": {"the project", "projects", "report", "account", "final", "interview"},
         "school": {"final", "degree"}, "body": {"size", "clothes", "gained", "spent", "running", "exercise", "exercises"},
         "health": {"pain", "cold", "appointment", "recovery"}, "money": {"spent", "spending", "bank", "repair"},
         "identity": {"confident", "confidence", "my age", "purpose", "successful", "success"}}
_OUTRANK = {"grief": ("family", "partner", "friends", "health"), "identity": ("family", "partner", "friends")}
_PATTERNS = {area: re.compile(rf"(?<=\s)(?:{words})s?(?=\s)") for area, words in AREA_WORDS.items()}
_NOT_AN_AREA = re.compile(
    r"\b(?:(?:it|this|that|things|everything|nothing|all|will|would|might|not|never|to) (?:\w+ )?work(?:ed|ing|s)? out|(?:does|did|do|will|would|could|can|might) not work|nothing works|it works|make it work|"
    r"will work|(?:it|this|that|things) (?:will )?work|at a loss|loss of appetite|(?:phone|battery|laptop|car|plant|game|"
    r"charger|computer|console)(?: \w+)? died|face it|in the face of|face the|have to face|facing the|to face|lose face|save face|"
    r"in my face|to my face|sick of|sick and tired|(?:the )?test of time|ex (?:boss|job|friends?)|trans fats?|"
    r"dead weight|weight (?:on|off) my (?:shoulders|chest|mind)|weight of the world|pull my weight|carry (?:the )?weight|"
    r"(?:his|her|their) friends?|(?:his|her|their) (?:mum|mom|dad|family)(?= (?:is|was) (?:nice|fine))|"
    r"i am broke(?:n)? (?:inside|down)|broken|a cold (?:way|look|shoulder)|cold shoulder|in class (?:of|with) (?:its|their) own|"
    r"world class|the final (?:straw|word)|in the end|my type|dead on my feet|ill (?:lose|be|never|have|get|go|do|just|fail|make)|"
    r"on the team|out of my league|hang on|let me down|behind my back|driving (?:test|lesson)s?|"
    r"(?:his|her|their) (?:surgery|operation|illness|diagnosis))\b")
# Kept as area words, after the blanking above: "on the team" is work, "ill" before a verb is "i'll".
_RESTORE = {"on the team": "my team"}
_FILLER = r"(?:about|my|the|with|really|even|just|because|of|that|it|is|a|an|our|his|her|their|to|do|so|much|at|from|me|any|some)"
_AREA_NEGATED = re.compile(
    rf"\b(?<!have )(?<!has )(?<!had )(?<!did )(?<!do )(?<!does )(?<!can )(?<!could )(?<!will )(?:not|never mind|nothing to do with|rather than|instead of|except|other than|forget)(?: {_FILLER}){{0,3}} $")


def _blank(padded: str) -> str:
    def swap(match: re.Match[str]) -> str:
        kept = _RESTORE.get(match.group())
        return kept.ljust(len(match.group())) if kept else " " * len(match.group())
    return _NOT_AN_AREA.sub(swap, padded)


def _found(padded: str) -> list[tuple[int, str, bool]]:
    """(where it ends, area, strong) of every area word not negated in its clause."""
    found: list[tuple[int, str, bool]] = []
    for area, pattern in _PATTERNS.items():
        for match in pattern.finditer(padded):
            clause = padded[: match.start()].rsplit(" . ", 1)[-1]
            if not _AREA_NEGATED.search(" " + clause):
                found.append((match.end(), area, match.group() not in _WEAK.get(area, ())))
    return found


def _pick(found: list[tuple[int, str, bool]]) -> str | None:
    strong = [f for f in found if f[2]] or found
    if not strong:
        return None
    areas = {area for _, area, _ in strong}
    for high, over in _OUTRANK.items():
        if high in areas:
            strong = [f for f in strong if f[1] not in over]
    return max(strong)[1]


def _doubt_span(padded: str, doubt: str | None) -> tuple[int, int] | None:
    """Where the sentence holding the doubt's words is in `padded` (None when it can't be found)."""
    want = normalize(doubt).split() if isinstance(doubt, str) else []
    if not want or "." in want or "|" in want:  # a doubt across sentences (a model's first words) names none
        return None
    best, start = None, 0
    for sentence in padded.split(" . "):
        words = set(sentence.split())
        score = sum(1 for w in want if w in words) / len(want)
        if score >= 0.6 and (best is None or score > best[0]):
            best = (score, start, start + len(sentence))
        start += len(sentence) + 3
    return (best[1], best[2]) if best else None


def area_of(text: str, doubt: str | None = None) -> str | None:
    """The area of life a message is about (one of the ten areas), or None (see the module's docstring)."""
    normalized = normalize(text) if isinstance(text, str) else ""
    if not normalized:
        return None
    padded = _blank(f" {normalized} ")
    found = _found(padded)
    span = _doubt_span(padded, doubt)
    if span is not None:
        within = [f for f in found if span[0] < f[0] <= span[1]]
        if within and not any(f[2] for f in within) and any(f[2] for f in found):
            within = []  # a weak word in the doubt's sentence doesn't beat a strong one elsewhere
        inside = _pick(within)
        if inside is not None:
            if inside not in sum(_OUTRANK.values(), ()) or _pick(found) not in _OUTRANK:
                return inside
    return _pick(found)
