"""How find_help reads a message before its patterns do: clipped, folded, and split into words.

A long message is read as its head and its tail; the text is lower-cased with accents and apostrophes
dropped and long letter runs shortened, and each word is mapped through _WORDS (typos, text-speak,
contractions, a few spellings in other languages) so that the patterns in help_unsafe.py,
help_asking.py and help_usage.py see one spelling.
"""

from __future__ import annotations

import re
import unicodedata

# Discord caps a message at 4,000 characters; a longer text is read as its head and its tail.
HEAD_CHARS = 3000
TAIL_CHARS = 1000

# ---------------------------------------------------------------------------------------------------------------
# Normalisation: lower case, no accents, no apostrophes, letters repeated three or more times folded to one
# ("heeelp", "hellllp", "nooot"), then every run of non-word characters becomes one space and each word is
# mapped through _WORDS (typos, text-speak and contractions) so the patterns see one spelling.
# ---------------------------------------------------------------------------------------------------------------

_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "’": "", "'": "",
                       "`": "", "´": ""})
_ELONGATED = re.compile(r"([^\W\d_])\1{2,}")
_ELONGATED_ASCII = re.compile(r"([a-z])\1\1+")
_NON_WORD = re.compile(r"[\W_]+")

_WORDS = {
    # help, typed in a hurry
    "halp": "help", "hlep": "help", "hepl": "help", "hlp": "help", "hellp": "help", "helpp": "help",
    "hhelp": "help", "heelp": "help", "hekp": "help", "hwlp": "help", "hrlp": "help", "heop": "help",
    "hlpe": "help", "ehlp": "help", "hlelp": "help", "helo me": "help me", "hel": "help", "hep": "help",
    "helpme": "help me", "helpmee": "help me", "helpplease": "help please", "helpplz": "help please",
    "helppls": "help please", "plshelp": "please help", "plzhelp": "please help", "pleasehelp": "please help",
    "sendhelp": "send help", "ineedhelp": "i need help", "needhelp": "need help", "helpmeplease": "help me please",
    "mee": "me", "meh": "me",
    # need / please / someone
    "ned": "need", "nedd": "need", "neeed": "need", "needd": "need", "nead": "need", "nid": "need",
    "neeeds": "needs", "pls": "please", "plz": "please", "plis": "please", "pliz": "please", "plse": "please",
    "plez": "please", "pleas": "please", "pleaz": "please", "pleaze": "please", "plox": "please", "plx": "please",
    "pweese": "please", "pwease": "please", "pl0x": "please", "ples": "please", "plese": "please",
    "pleasee": "please", "plss": "please", "plzz": "please", "plsss": "please", "pleae": "please", "plees": "please",
    "some1": "someone", "sum1": "someone", "someon": "someone", "somone": "someone", "smn": "someone",
    "sombody": "somebody", "sumbody": "somebody", "sumone": "someone", "any1": "anyone", "anyon": "anyone",
    "eny1": "anyone", "anyboby": "anybody", "ppl": "people", "hooman": "human",
    # crisis / safe / emergency
    "crysis": "crisis", "crisi": "crisis", "crsis": "crisis", "cirsis": "crisis", "crisus": "crisis",
    "crissis": "crisis", "crisiss": "crisis", "crises": "crisis", "emergancy": "emergency",
    "emergecy": "emergency", "emergncy": "emergency", "emergeny": "emergency", "emrgency": "emergency",
    "emergenc": "emergency", "saf": "safe", "sfae": "safe", "saef": "safe", "nott": "not", "nto": "not",
    "noy": "not", "hotlines": "hotline", "helplines": "helpline", "hotine": "hotline", "helpine": "helpline",
    "numbr": "number", "nummber": "number", "numba": "number", "nunber": "number",
    # contractions (apostrophes are already gone) and text-speak
    "im": "i am", "iam": "i am", "ima": "i am", "m": "am", "dont": "do not", "dnt": "do not",
    "doesnt": "does not", "didnt": "did not", "cant": "can not", "cannot": "can not", "cnt": "can not",
    "wont": "will not", "shouldnt": "should not", "couldnt": "could not", "wouldnt": "would not",
    "havent": "have not", "hasnt": "has not", "mustnt": "must not", "werent": "were not", "isnt": "is not",
    "arent": "are not", "aint": "is not", "wasnt": "was not",
    "ive": "i have", "u": "you", "r": "are", "ur": "your", "rn": "right now", "nw": "now",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "cud": "could", "cn": "can", "wat": "what",
    "wut": "what", "whats": "what is", "wheres": "where is", "hows": "how is", "thats": "that is",
    "its": "it is", "theres": "there is", "idk": "i do not know", "nvm": "never mind", "abt": "about",
    "bc": "because", "cuz": "because", "coz": "because", "tho": "though", "asap": "asap", "srsly": "seriously",
    "rly": "really", "realy": "really", "ok": "okay", "okey": "okay", "k": "okay", "ty": "thanks",
    "thx": "thanks", "tnx": "thanks", "pic": "picture", "msg": "message", "msgs": "messages", "btn": "button",
    "btns": "buttons", "cmd": "command", "cmds": "commands", "pasue": "pause", "puase": "pause",
    "resum": "resume", "restrat": "restart",
    # other languages: a few common spellings without accents or with typos
    "ayudaa": "ayuda", "ayudam": "ayudame", "ajudaa": "ajuda", "socoro": "socorro", "auxlio": "auxilio",
    "urself": "yourself", "gimme": "give me", "gimmie": "give me", "lemme": "let me", "yourslef": "yourself",
    "yrself": "yourself", "urselves": "yourselves",
    "yardm": "yardim", "yrdm": "yardim", "tolongg": "tolong",
    "tulongg": "tulong", "madat": "madad", "bachaao": "bachao", "bacao": "bachao",
    "toloong": "tolong", "tulungg": "tulong", "auxilioo": "auxilio", "socorroo": "socorro", "pomocyy": "pomocy",
    "hilfee": "hilfe", "aiutoo": "aiuto", "imdatt": "imdat", "bachaoo": "bachao",
    "fuehle": "fuhle", "quelquun": "quelquun",
}

_SPLIT_WORDS = {k: v for k, v in _WORDS.items() if " " not in k}


def _clip(text: str) -> str:
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]


def _fold(text: str) -> str:
    """Lower-cased text with accents dropped, apostrophes removed and long letter runs shortened."""
    if text.isascii():
        return _ELONGATED_ASCII.sub(r"\1", text.replace("'", "").replace("`", ""))
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _ELONGATED.sub(r"\1", text)


def _words(folded: str) -> list[str]:
    out: list[str] = []
    for word in _NON_WORD.split(folded):
        if word:
            mapped = _SPLIT_WORDS.get(word)
            if mapped is None:
                out.append(word)
            else:
                out.extend(mapped.split(" "))
    return out
