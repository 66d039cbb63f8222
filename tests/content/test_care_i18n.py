"""dialogues/care_i18n.yaml: the crisis-care words in every supported language, complete and safe."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

PATH = Path(__file__).resolve().parents[2] / "dialogues" / "care_i18n.yaml"
CARE = yaml.safe_load(PATH.read_text(encoding="utf-8"))

REGIONS = {
    "es": "es", "pt": "br", "fr": "fr", "de": "de", "it": "it", "nl": "nl",
    "pl": "pl", "tr": "tr", "id": "id", "tl": "ph", "hi": "in", "ja": "jp",
}
TEXTS = ("name", "reply", "reach", "english_note", "misread", "check_question")
LABELS = ("check_yes", "check_no", "check_unsaid")
ANSWERS = {"answers_yes": (5, 10), "answers_no": (5, 10), "answers_unsaid": (3, 6)}
KEYS = ("region",) + TEXTS + LABELS + tuple(ANSWERS)

# Means and places a crisis text must never name, in English and each language (folded, whole words;
# Japanese as substrings). The check question may say "kill yourself": that is the point of asking.
METHOD_WORDS = {
    "en": "pill pills overdose hang hanging rope noose jump jumping gun knife blade razor poison bleach bridge roof "
          "cut cutting",
    "es": "pastilla pastillas sobredosis ahorcar ahorcarse cuerda soga saltar tirarse pistola arma cuchillo navaja "
          "veneno puente azotea cortar cortarse",
    "pt": "comprimido comprimidos remedios overdose enforcar corda pular arma revolver faca lamina veneno ponte "
          "telhado cortar",
    "fr": "medicaments cachets surdose pendre corde sauter arme pistolet couteau lame rasoir poison pont toit",
    "de": "tabletten uberdosis ueberdosis erhangen erhaengen seil strick springen waffe pistole messer klinge gift "
          "brucke bruecke dach ritzen",
    "it": "pastiglie pillole overdose impiccare corda buttarsi pistola arma coltello lametta veleno ponte tetto "
          "tagliarsi",
    "nl": "pillen overdosis ophangen touw springen pistool wapen mes scheermes gif brug dak snijden",
    "pl": "tabletki przedawkowanie powiesic sznur skoczyc bron noz zyletka trucizna most dach ciac",
    "tr": "hap ilac asmak ip atlamak silah bicak jilet zehir kopru cati kesmek",
    "id": "obat overdosis gantung tali lompat pistol senjata pisau silet racun jembatan atap",
    "tl": "gamot bigti lubid tumalon baril kutsilyo blade lason tulay bubong laslas",
    "hi": "goli goliyan phaansi phansi rassi koodna bandook chaku zeher zehar pul chhat",
    "ja": "薬 錠剤 首吊り ロープ 縄 飛び降り 銃 ナイフ 刃物 カミソリ 毒 橋 屋上 切る",
}
FOLD = str.maketrans({"ı": "i", "ł": "l", "ß": "ss", "ø": "o", "œ": "oe", "æ": "ae"})
TRANSLIT = str.maketrans({"ö": "oe", "ä": "ae", "ü": "ue", "ß": "ss"})


def fold(text: str) -> str:
    text = text.lower().translate(FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def texts_of(entry: dict) -> list[str]:
    return [entry[k] for k in TEXTS + LABELS] + [a for k in ANSWERS for a in entry[k]]


def test_every_language_is_there():
    assert set(CARE) == set(REGIONS)


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_every_key_is_there_and_filled(code):
    entry = CARE[code]
    assert set(entry) == set(KEYS), set(KEYS) ^ set(entry)
    for key in ("region",) + TEXTS + LABELS:
        assert isinstance(entry[key], str) and entry[key].strip(), key
    for key, (low, high) in ANSWERS.items():
        answers = entry[key]
        assert isinstance(answers, list) and low <= len(answers) <= high, (key, len(answers))
        assert all(isinstance(a, str) and a.strip() for a in answers), key
        assert len(set(answers)) == len(answers), key


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_region_is_the_likely_one(code):
    assert CARE[code]["region"] == REGIONS[code]


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_misread_keeps_the_resume_command(code):
    assert "/resume" in CARE[code]["misread"]
    assert re.search(r"(?<![\w/])/resume(?!\w)", CARE[code]["misread"])


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_labels_fit_a_button(code):
    for key in LABELS:
        assert len(CARE[code][key]) <= 80, key


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_messages_are_short(code):
    for key in TEXTS:
        assert len(CARE[code][key]) <= 600, key
    assert CARE[code]["reply"].count("\n") == 0  # folded: one paragraph


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_answers_are_lower_case_and_typed_without_accents_too(code):
    for key in ANSWERS:
        answers = CARE[code][key]
        assert all(a == a.lower() for a in answers), key
        plain = {fold(a) for a in answers}
        for a in answers:
            if a.isascii() or code == "ja":
                continue
            assert fold(a) in answers or a.translate(TRANSLIT) in answers, (key, a, plain)


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_yes_no_and_unsaid_never_overlap(code):
    groups = [{fold(a) for a in CARE[code][key]} for key in ANSWERS]
    assert not (groups[0] & groups[1]) and not (groups[0] & groups[2]) and not (groups[1] & groups[2])


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_no_text_names_a_method(code):
    for text in texts_of(CARE[code]):
        if code == "ja":
            for word in METHOD_WORDS["ja"].split():
                assert word not in text, (word, text)
            continue
        words = set(re.findall(r"[a-z]+", fold(text)))
        for lang in ("en", code):
            hits = words & set(METHOD_WORDS[lang].split())
            assert not hits, (hits, text)


@pytest.mark.parametrize("code", sorted(REGIONS))
def test_the_reply_says_it_is_a_bot(code):
    reply = fold(CARE[code]["reply"])
    assert "bot" in reply or "ボット" in CARE[code]["reply"]


def test_method_word_check_would_catch_one():
    words = set(re.findall(r"[a-z]+", fold("Je suis sur le pont avec une corde")))
    assert words & set(METHOD_WORDS["fr"].split()) == {"pont", "corde"}
