"""Turn a raw chat message into plain lowercase words that the patterns can read."""

from __future__ import annotations

import re
import unicodedata

# Discord caps a message at 2,000 characters (4,000 with Nitro). Reading a head and a tail of a
# longer text bounds the work per message while still covering every real Discord message whole.
HEAD_CHARS = 3000
TAIL_CHARS = 1000

# Typed shortcuts and contractions, expanded so one pattern covers "im", "i'm" and "i am".
_WORDS = {
    "im": "i am", "i'm": "i am", "iam": "i am", "ima": "i am going to", "imma": "i am going to",
    "ive": "i have", "i've": "i have", "i'd": "i would", "i'll": "i will",
    "youre": "you are", "you're": "you are", "ur": "you are", "u": "you", "r": "are",
    "hes": "he is", "he's": "he is", "she's": "she is", "shes": "she is",
    "theyre": "they are", "they're": "they are", "we're": "we are",
    "its": "it is", "it's": "it is", "thats": "that is", "that's": "that is",
    "whats": "what is", "what's": "what is", "theres": "there is", "there's": "there is",
    "cant": "cannot", "can't": "cannot", "cannot": "cannot", "dont": "do not", "don't": "do not",
    "dnt": "do not", "doesnt": "does not", "doesn't": "does not", "didnt": "did not",
    "didn't": "did not", "wont": "will not", "won't": "will not", "isnt": "is not",
    "isn't": "is not", "arent": "are not", "aren't": "are not", "wasnt": "was not",
    "wasn't": "was not", "werent": "were not", "weren't": "were not", "aint": "is not",
    "ain't": "is not", "havent": "have not", "haven't": "have not", "hasnt": "has not",
    "hasn't": "has not", "shouldnt": "should not", "shouldn't": "should not",
    "couldnt": "could not", "couldn't": "could not", "wouldnt": "would not",
    "wouldn't": "would not", "shouldve": "should have", "should've": "should have",
    "couldve": "could have", "could've": "could have", "wouldve": "would have",
    "would've": "would have", "gonna": "going to", "wanna": "want to", "gotta": "got to",
    "tryna": "trying to", "kinda": "kind of", "sorta": "sort of", "noone": "nobody",
    "everybody": "everyone", "somebody": "someone", "meself": "myself", "h8": "hate",
    "h8ed": "hated", "luv": "love", "ppl": "people", "bc": "because", "cuz": "because",
    "coz": "because", "idk": "i do not know", "rn": "right now", "nothin": "nothing",
    "imposter": "impostor", "2": "to", "selfharm": "self harm", "soo": "so", "sooo": "so",
    "tho": "though", "thru": "through", "wat": "what", "ok": "okay",
    "theyll": "they will", "they'll": "they will", "youll": "you will", "you'll": "you will",
    "itll": "it will", "it'll": "it will", "we'll": "we will", "he'll": "he will", "she'll": "she will",
    "that'll": "that will", "theyd": "they would", "they'd": "they would", "youd": "you would",
    "you'd": "you would", "we'd": "we would", "he'd": "he would", "she'd": "she would",
    "itd": "it would", "it'd": "it would", "who's": "who is", "whos": "who is", "how's": "how is",
    "mustve": "must have", "must've": "must have", "mightve": "might have", "might've": "might have",
    "mustn't": "must not", "mustnt": "must not", "dunno": "do not know", "lemme": "let me",
    "outta": "out of", "hafta": "have to", "alot": "a lot", "yall": "you all", "y'all": "you all",
    # Casual hedges, folded to words the rules already allow between "i" and "am".
    "prolly": "probably", "probs": "probably", "rly": "really", "realy": "really", "relly": "really",
    "srsly": "seriously", "litterally": "literally", "literaly": "literally", "litteraly": "literally",
    "tbh": "honestly", "ngl": "honestly", "tbf": "honestly", "deadass": "seriously", "highkey": "really",
    "smth": "something", "sth": "something", "somethin": "something", "anythin": "anything",
    "evrything": "everything", "everythin": "everything", "everyting": "everything", "anyting": "anything",
    "evryone": "everyone", "everyon": "everyone", "every1": "everyone", "erryone": "everyone",
    "any1": "anyone", "some1": "someone", "no1": "nobody", "noboby": "nobody", "nobdy": "nobody",
    "nobidy": "nobody", "nobudy": "nobody", "myslef": "myself", "mysef": "myself", "myelf": "myself",
    "bcs": "because", "bcoz": "because", "becuz": "because", "cos": "because", "shud": "should",
    "shld": "should", "wud": "would", "wld": "would", "cud": "could", "cnt": "cannot", "hav": "have",
    "wierd": "weird", "belive": "believe", "beleive": "believe", "beleve": "believe",
    # Misspelt judgements: a doubt typed in a hurry is still a doubt.
    "faliure": "failure", "failiure": "failure", "failur": "failure", "falure": "failure",
    "fialure": "failure", "failue": "failure", "dissapointment": "disappointment",
    "disapointment": "disappointment", "dissappointment": "disappointment",
    "disappointmnet": "disappointment", "dissapointing": "disappointing", "disapointing": "disappointing",
    "worthles": "worthless", "worhtless": "worthless", "wortless": "worthless", "worthlss": "worthless",
    "worthlesss": "worthless", "usless": "useless", "useles": "useless", "uselss": "useless",
    "burdon": "burden", "burdan": "burden", "burdern": "burden", "burdin": "burden",
    "stupit": "stupid", "stoopid": "stupid", "stupd": "stupid", "stuipd": "stupid", "dum": "dumb",
    "ugley": "ugly", "ulgy": "ugly", "unlovible": "unlovable", "unlovabel": "unlovable",
    "pathatic": "pathetic", "pathetc": "pathetic", "pathethic": "pathetic", "phatetic": "pathetic",
    "enuf": "enough", "enuff": "enough", "enogh": "enough", "enought": "enough", "enouf": "enough",
    "enuogh": "enough", "fruad": "fraud", "frawd": "fraud", "lonley": "lonely", "lonly": "lonely",
    "hopless": "hopeless", "hopeles": "hopeless",
    "disgustin": "disgusting", "discusting": "disgusting", "hidious": "hideous",
    "freind": "friend", "frend": "friend", "freinds": "friends", "frends": "friends",
    "falt": "fault", "fualt": "fault", "faut": "fault", "suicidel": "suicidal", "sucidal": "suicidal",
    "suicdal": "suicidal", "suacide": "suicide",
    "sucide": "suicide", "suicde": "suicide", "kil": "kill", "myslf": "myself",
}

# Multi-word spellings, folded in one pass after single words are expanded.
_PHRASE_WORDS = {
    "no one": "nobody", "can not": "cannot", "my self": "myself", "k m s": "kms", "every one": "everyone",
    "should of": "should have", "could of": "could have", "would of": "would have",
}
# A leading literal space (text is padded) lets the regex engine skip straight to word starts.
_PHRASES = re.compile(r" (?:no one|can not|my self|k m s|every one|(?:should|could|would) of)(?= )")
# Casual "ill" for "i'll", only where "ill" cannot mean unwell.
_ILL = re.compile(r" ill (?=(?:never|always|be|just|end|die|kill|probably|only|ever|get|need|miss|make|do|stay|try|go|"
                  r"have|hurt|find|take|still|finally) )")
# Casual "id" for "i'd", only before words that cannot follow an "id" card or number.
_ID = re.compile(r" id (?=(?:rather|never|be|get|just|like|love|have|die|kill|end|do|want|better|probably|really|been|"
                 r"hate|wish|go|feel) )")

# Zero-width, bidi and soft-hyphen characters vanish (they split words invisibly); other control
# characters become spaces so that they still separate words.
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"
_TRANSLATE: dict[int, str | None] = {ord(c): None for c in _INVISIBLE}
_TRANSLATE.update({c: " " for c in range(0x20) if c not in (0x0A,)})
_TRANSLATE.update({c: " " for c in range(0x7F, 0xA0)})
_TRANSLATE.update({c: " " for c in range(0x202A, 0x202F)})
_TRANSLATE.update({c: " " for c in range(0x2066, 0x206A)})
_TRANSLATE.update({ord(c): "'" for c in "\u2018\u2019\u02bc\u0060\u00b4\u2032"})
_TRANSLATE.update({0x0D: "\n", 0x2028: "\n", 0x2029: "\n"})
# Emoji that stand for a means or a grave, written as words the crisis rules read (SLANG in
# crisis_families.py reads them only when they make up the message). Others vanish as before.
_TRANSLATE.update({
    0x1F52A: " knifeemoji ", 0x1FAA6: " graveemoji ", 0x26B0: " coffinemoji ", 0x1FA78: " bloodemoji ",
    0x1F48A: " pillemoji ", 0x1FAA2: " ropeemoji ",
})

_STRETCHED = re.compile(r"(\w)\1{2,}")  # "sooooo" -> "soo"; genuine words repeat a letter at most twice
# Any character three times in a row: a run of three is rare, and this search costs a fraction of
# _STRETCHED.sub, which only runs when it finds one (sub would change nothing otherwise).
_TRIPLE = re.compile(r"(.)\1\1", re.DOTALL)
_HYPHEN_JOIN = re.compile(r"(?<=\w)[-_](?=\w)")  # "self-harm" -> "self harm"
_BOUNDARY = re.compile(r"[.!?;,:\n]+")
_NOT_WORD = re.compile(r"[^\w'.]+")
# The same for ASCII text in one C pass: each character that is not a word character, an apostrophe
# or a full stop becomes a space (so does "_"); the split that follows joins the runs.
_ASCII_WORDS = "".join(chr(c) for c in range(128) if chr(c).isalnum() or chr(c) in "'.")
_NOT_WORD_ASCII = {c: " " for c in range(128) if chr(c) not in _ASCII_WORDS}
# ASCII text takes _BOUNDARY and _NOT_WORD_ASCII in one byte table (bytes.translate is several times
# faster than str.translate with a dict, and than the regex): a boundary character becomes ".", any
# other in _NOT_WORD_ASCII a space, and _stops then writes each run of "." as " . ", as _BOUNDARY.sub
# would have written the run of boundary characters it came from.
_ASCII_TABLE = bytes(
    ord(".") if c < 128 and _BOUNDARY.fullmatch(chr(c)) else ord(" ") if c in _NOT_WORD_ASCII else c for c in range(256)
)

# " ?\. ?" written as two branches, so that every branch starts with a space or a stop and the
# engine skips straight to those characters.
_CLAUSE_SPLIT = re.compile(r" \. ?|\. ?| (?:and|but|yet|though|although|however|plus) ")
CLAUSE_MARK = "|"


def _stops(text: str) -> str:
    """Each run of "." in text written as " . " (what _BOUNDARY.sub(" . ", text) gives when every
    boundary character is a "."); a split and a join cost far less than the regex on long text."""
    pieces = text.split(".")
    if "" in pieces[1:-1]:  # a run of two or more: the empty pieces inside it go, its ends stay
        pieces = [pieces[0], *[piece for piece in pieces[1:-1] if piece], pieces[-1]]
    return " . ".join(pieces)


def _bounded(text: str) -> str:
    """Keep the head and tail of an over-long text so the work per message stays bounded."""
    if len(text) <= HEAD_CHARS + TAIL_CHARS:
        return text
    return text[:HEAD_CHARS] + "\n" + text[-TAIL_CHARS:]


def normalize(text: str) -> str:
    """Return lowercase words separated by single spaces, clause breaks marked by " . "."""
    if not isinstance(text, str) or not text:
        return ""
    if len(text) > HEAD_CHARS + TAIL_CHARS:
        text = _bounded(text)
    if not text.isascii():
        # NFKC can lengthen some characters many times over, so bound again.
        text = _bounded(unicodedata.normalize("NFKC", text))
    text = text.casefold()
    if not (text.isascii() and text.isprintable()):  # plain typed text needs no translation
        text = text.translate(_TRANSLATE)
    elif "`" in text:
        text = text.replace("`", "'")
    if _TRIPLE.search(text) is not None:
        text = _STRETCHED.sub(r"\1\1", text)
    if "-" in text or "_" in text:
        text = _HYPHEN_JOIN.sub(" ", text)
    if text.isascii():
        text = text.encode("ascii").translate(_ASCII_TABLE).decode("ascii")
        if "." in text:
            text = _stops(text)
    else:
        text = _NOT_WORD.sub(" ", _BOUNDARY.sub(" . ", text)).replace("_", " ")
    words = text.split()
    apostrophes = "'" in text
    if apostrophes:
        text = " ".join([_WORDS.get(w.strip("'") if "'" in w else w, w) for w in words])
        text = " " + text.replace("'", "") + " "
    else:  # no word to strip: each word is its own key
        text = " " + " ".join(map(_WORDS.get, words, words)) + " "
    if _PHRASES.search(text) is not None:
        text = _PHRASES.sub(lambda m: " " + _PHRASE_WORDS[m.group()[1:]], text)
    if " ill " in text:
        text = _ILL.sub(" i will ", text)
    if " id " in text:
        text = _ID.sub(" i would ", text)
    if apostrophes:  # a word that was only apostrophes left two spaces in a row
        return " ".join(text.split())
    # Otherwise the words are already one space apart (the expansions and the phrase and "ill"/"id"
    # replacements are too): only the padding goes.
    return text[1:-1]


def mark_clauses(normalized: str) -> str:
    """Return normalized text with every clause break written as " | " (no pattern crosses one)."""
    return _CLAUSE_SPLIT.sub(" | ", normalized)


def clauses(normalized: str) -> list[str]:
    """Split normalized text into clauses, so that a negation stays with its own clause."""
    return [part.strip() for part in _CLAUSE_SPLIT.split(normalized) if part.strip(" .")]
