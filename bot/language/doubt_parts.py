"""Shared pieces of the doubt rules: who is speaking, the words between, and who they compare with.

Every rule is anchored on the person speaking about themselves, so "my brother thinks he is a
failure" does not match. No filler word is "not" or "never", so "i am not a failure" does not
match either; the negative forms that are doubts ("i am not enough") are written out.
"""

from __future__ import annotations

# Hedges that may sit after "i": "i guess i am just", "i lowkey feel like", "deep down i probably am".
ADVERB = (
    r"(?:really|just|honestly|literally|truly|always|still|sometimes|often|actually|seriously|genuinely|so|also|"
    r"kind of|sort of|probably|definitely|maybe|lowkey|secretly|clearly|obviously|basically|simply|totally|"
    r"completely|pretty much|constantly|even|already|now|lately|deep down|low key)"
)
_THINK = (
    r"(?:feel like|feel as if|feel as though|think|know|guess|swear|realize|realise|realized|realised|believe|suppose|"
    r"bet|reckon|figure|am sure|am convinced|am starting to think|am starting to feel like|am beginning to think|"
    r"keep thinking|have realized|am afraid|worry|fear|suspect|have a feeling)"
)
_BE = (
    r"(?:am|was|feel like|feel as if|feel|felt like|felt|have (?:always |just |only |now )?been|have become|"
    r"will (?:always |forever |only |just )?be|must be|might be|may be|could be|would be|seem like|seemed like|seem|"
    r"seemed|became|become|look like|am (?:always |forever |just |probably )?going to be|end up being|ended up being|end up|ended up|"
    r"turned into|turn into|turned out to be|am turning into|am becoming|come across as|came across as|am being)"
)
# "i am", "i feel like i am", "why am i", "am i", and a clause that starts with "felt like" (its
# "i" dropped, as in "went to the party and felt like an outsider").
SUBJECT = (
    rf" (?:i (?:{ADVERB} )*(?:{_THINK} (?:that )?i (?:{ADVERB} )*)?{_BE}"
    r"|is it (?:normal|okay|ok|weird|bad|common) to (?:always |constantly )?(?:feel like|feel|be)"
    r"|(?:why |how )?am i"  # no adverbs here: FILL takes them, and two loops over one run would split it n ways
    r"|(?<=\| )(?:always |still |just |kind of )?(?:feel|felt|feeling|been feeling) like)"
)
# Intensifiers and articles that may sit between the subject and the judgement. No entry may be a
# run of other entries ("such a" = "such" + "a"): a run like "such a such a ..." would then parse
# 2^n ways and a 150-character message took seconds to reject.
FILL = (
    r"(?: (?:so|such|just|a|an|the|total|totally|complete|completely|really|literally|always|basically|kind of|"
    r"sort of|pretty|very|utter|utterly|absolute|absolutely|fucking|freaking|fking|huge|big|biggest|massive|"
    r"honestly|nothing but|a bit|a little|forever|constantly|only|still|like|genuinely|truly|incredibly|"
    r"this|that|all|getting|becoming|probably|definitely|already|now|even|way|too|lowkey))*"
)
ME = rf"{SUBJECT}{FILL}"
SPEAKER = rf"\bi (?:{ADVERB} )*"
PEOPLE = r"(?:everyone|everyone else|people|other people|others|all my friends|my friends|they|they all|all of them|the rest of them)"
# Who a person measures themselves against: peers, siblings, "everyone my age", "other moms".
OTHERS = (
    r"(?:everyone|everyone else|everybody|people|other people|others|the others|they all|all of them|"
    r"all my (?:friends|peers|classmates|coworkers|colleagues|siblings|cousins|exes)|my (?:friends|peers|classmates|"
    r"coworkers|colleagues|siblings|cousins|sister|brother|sisters|brothers|cousin|best friend|roommate|ex|"
    r"(?:younger|older|little|big|twin) (?:sister|brother))|other (?:people|moms|mums|dads|parents|kids|students|"
    r"guys|girls|women|men|artists|writers|people my age)|people (?:my age|around me|i know|i went to school with)|"
    r"everyone (?:my age|around me|i know|in my \w+|at (?:work|school|uni)))"
)
# A quality someone may feel short of; words about having or getting things are left out so that
# "i do not have enough time" is not read as a doubt.
QUALITY = r"(?!(?:have|has|had|get|got|getting|make|making|earn|eat|eating|sleep|sleeping|know|spend|time|money|room|space)\b)\w+"
# An answer to "what do the whispers say?" may drop the subject or quote the whisper itself.
ELLIPTIC = r" (?<=\| )(?:that |like |just |(?:that )?you are |you will |(?:that )?you will )?"
# "I will never", "I'm never going to", "I don't think I'll ever".
NEVER = (
    r"\bi (?:(?:really|honestly|just|probably|literally|seriously) )?(?:will never|am never going to|will not ever|"
    r"can never|could never|am not ever going to|do not think i will ever|do not think i am ever going to|"
    r"doubt i will ever|never|will probably never)(?: ever)?"
)
