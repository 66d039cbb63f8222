"""find_help's statements that the person is not safe or is in crisis (patterns only, read by help_requests.py)."""

from __future__ import annotations

from bot.language.help_family import _ADV, _CRISIS_NOUN, _NEG, _Family, _StatementFamily

# Statements that the person is not safe or is in crisis. These are never outweighed by a usage question.
_UNSAFE = [
    _Family(
        "safe unsafe",
        [
            r"(?:\x02| (?:i|am|me|and|but|so|just|still|really|honestly|now|okay|feel|scared|because)) (?:do )?(?:not|never|no longer) (?:feel(?:ing)? |be |being |stay |staying |am |in )?(?:very |really |totally |completely |entirely |so |that |at all )?safe\b",
            r"\b(?:i|me) no (?:feel )?safe\b",
            r"\b(?:do not|never|no longer|no) (?:really |even )?feel (?:very |really |so |that |entirely )?safe\b",
            r"\b(?:i am|i feel|feel|feeling|am|i|so|very|really) unsafe\b",
            r"\bcan not (?:keep|stay|be) (?:myself |me )?safe\b",
            r"\b(?:can not|will not|might not|may not|do not think i (?:can|will)|not sure i (?:can|will)) (?:promise (?:i will |to |that i will |ill |i can )?)?(?:stay|be|keep myself|keep me) safe\b",
            r"\b(?:not|never) safe (?:with|around|from) (?:myself|me)\b",
            r"\b(?:not sure|do not think|do not know if|unsure if|not certain|doubt) (?:if |whether |that )?(?:i am|i will be|i can be|i can stay|i will stay|ill be|ill stay) safe\b",
            r"\b(?:surakshit|safe) nahi (?:hu|hoon|hun|hoo|lagta|lagti|lag raha|lag rahi|mehsoos)\b",
        ],
        [
            # the road, the video or the ice is not safe, not the person
            r"\b(?:is|was|are|were|be|it is|that is|thing is) not (?:very |really |that |so )?safe\b(?! (?:for me|at home|here for me|with me|to be alone)\b)",
            r"\bnot safe (?:for work|to (?:drive|eat|swim|drink|walk|go out|travel|use|cross|post|open|click|share))\b",
            rf"\b{_NEG}{_ADV} (?:feel(?:ing)? |am |be |being )?unsafe\b",
        ],
    ),
    _Family(
        "surakshit",
        [r"\b(?:surakshit|safe) nahi (?:hu|hoon|hun|hoo|lagta|lagti|lag raha|lag rahi|mehsoos)\b"],
    ),
    _Family(
        "danger",
        [r"\b(?:i am|i feel|feel|feeling|am|i|we are|we) (?:in|in real|in serious|in big) danger\b"],
        [rf"\b{_NEG}{_ADV} (?:feel(?:ing)? |am |be |being )?in danger\b"],
    ),
    _StatementFamily(
        "crisis breakdown emergency panic anxiety",
        rf" (?:in|having|have|got|going through|experiencing|in the middle of) {_CRISIS_NOUN}",
        [
            r"\b(?:mental health|psychiatric|emotional|suicidal) (?:crisis|emergency)\b",
            r"\b(?:this|it|that) is (?:a |an )?(?:real |actual )?(?:crisis|emergency)\b",
            r"^ (?:in |full |total )?crisis mode\b",
            r"^ (?:having (?:a |an )?|in (?:a |an )?)?(?:panic|anxiety) attack(?: help| please| now| right now)* $",
        ],
        [
            rf"\b{_NEG}{_ADV} (?:a |an )?(?:crisis|emergency)\b",
        ],
    ),
    _Family(
        "panicking freaking spiralling spiraling scared",
        [r"\b(?:i am|am) (?:panicking|freaking out|spiralling|spiraling|scared for my life)\b"],
    ),
    _Family(
        "breathe",
        [r"(?:\x02| i) (?:can not|can no longer) breathe\b(?! (?:from|for|because of|with) (?:laugh|laughing|laughter|the smell))(?! laughing)"],
    ),
    _Family("salvo seguro segura peligro crisis lugar", [
        r"\bno (?:me siento|estoy|me encuentro) (?:a salvo|en un lugar seguro)\b",
        r"\bno me siento segur[oa]\b(?! (?:de|si|que|con)\b)",
        r"\bno estoy segur[oa] (?:en casa|aqui|conmigo|con el|con ella|sola|solo)\b",
        r"\b(?:estoy|me siento|me encuentro) en (?:peligro|crisis)\b",
    ]),
    _Family("salvo seguranca seguro segura perigo crise", [
        r"\bnao (?:estou|me sinto|to|tou) (?:a salvo|em seguranca)\b",
        r"\bnao me sinto segur[oa]\b(?! (?:de|se|que|sobre)\b)",
        r"\bnao (?:estou|to|tou) segur[oa] (?:em casa|aqui|comigo|sozinh[oa])\b",
        r"\bestou em (?:perigo|crise)\b",
    ]),
    _Family("securite crise danger", [
        r"\b(?:je ne suis pas|je suis pas|je ne me sens pas|je me sens pas|pas) en securite\b",
        r"\bje suis en (?:crise|danger)\b",
    ]),
    _Family("sicher sicherheit gefahr krise", [
        r"\bich (?:fuhle|fuhl) mich (?:nicht|gar nicht) (?:sicher|in sicherheit)\b",
        r"\bich bin (?:nicht in sicherheit|in gefahr|in einer krise|in der krise)\b",
    ]),
    _Family("sicuro salvo pericolo crisi", [
        r"\bnon (?:mi sento|sono) (?:al sicuro|in salvo)\b",
        r"\bsono in (?:pericolo|crisi)\b",
    ]),
    _Family("veilig gevaar crisis", [
        r"\b(?:ik voel me|ik voel mij|ik ben) niet veilig\b",
        r"\bik ben in (?:gevaar|crisis)\b",
    ]),
    _Family("bezpiecznie bezpieczny bezpieczna niebezpieczenstwie kryzysie", [
        r"\bnie (?:jestem bezpieczn[ya]|czuje sie bezpiecznie|czuje sie bezpieczn[ya])\b",
        r"\bjestem w (?:niebezpieczenstwie|kryzysie)\b",
    ]),
    _Family("guvende tehlikedeyim krizdeyim", [r"\bguvende (?:degilim|hissetmiyorum)\b", r"\b(?:tehlikedeyim|krizdeyim)\b"]),
    _Family("aman bahaya", [
        r"\b(?:aku|saya|gue|gw|aq) (?:tidak|nggak|gak|ga|enggak|ngga|tak) (?:merasa )?aman\b",
        r"\b(?:aku|saya|gue|gw) dalam bahaya\b",
    ]),
    _Family("ligtas panganib", [r"\b(?:hindi|di) (?:po )?ako ligtas\b", r"\bnasa panganib ako\b"]),
]
