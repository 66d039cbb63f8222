"""Plain statements of wanting to die in the twelve other languages: found by the rules, at once, on both paths."""

from __future__ import annotations

import pytest

import bot.language.registry as registry
from bot.language.assess import assess_rules
from bot.language.crisis_languages import find_stated
from bot.language.worker import assess_many

STATED = [
    "vou me matar hj, to falando serio",  # pt, blind14's explicit line the model only asked about
    "Não quero mais viver",
    "nao aguento mais viver",
    "me voy a matar esta noche",
    "ya no quiero seguir viviendo",
    "j'ai envie de mourir",
    "je vais me foutre en l'air ce soir",
    "ich will einfach nur sterben",
    "ich will nicht mehr leben",
    "ich bring mich um",
    "voglio farla finita",
    "non voglio più vivere",
    "ik wil dood",
    "ik wil er niet meer zijn",
    "chcę umrzeć",
    "nie chce mi się już żyć",
    "ölmek istiyorum",
    "yaşamak istemiyorum artık",
    "aku pengen bunuh diri",
    "gue mau mati aja",
    "gusto ko nang mamatay",
    "ayoko na mabuhay",
    "main marna chahta hoon",
    "ab jeena nahi chahti",
    "もう死にたい",
    "自殺しようと思ってる",
]

NOT_STATED = [
    "no quiero morir, solo estoy cansada",  # denials
    "je veux pas mourir, je veux juste dormir",
    "t'inquiète, je vais pas me foutre en l'air, j'ai juste besoin de dormir",
    "non sto dicendo che voglio morire, sia chiaro",
    "nee hoor, ik wil echt geen einde aan mijn leven maken",
    "ich denke nicht an selbstmord",
    "di ako magpapakamatay ha, wag kayo mag-alala",
    "hindi naman ako nag-iisip na magpakamatay ha, pagod lang talaga ako",
    "khudkushi ka koi irada nahi, bas stress hai",
    "死にたいとかじゃないから安心して",
    "me muero de risa",  # hyperbole
    "quero morrer de vergonha kkkk",
    "j'ai envie de mourir de rire",
    "minha mãe vai me matar quando ver a nota",
    "恥ずかしすぎて死にたい笑",
    "kolega pisze ze chce sie zabic, co mam zrobic?",  # someone else's: the model reads it
    "mera dost bol raha tha marna chahta hai",
    "",
    "x" * 10_000,
]


@pytest.mark.parametrize("text", STATED)
def test_a_plain_statement_is_found(text: str) -> None:
    assert find_stated(text), text


@pytest.mark.parametrize("text", NOT_STATED)
def test_denials_hyperbole_and_someone_elses_are_not(text: str) -> None:
    assert find_stated(text) is None, text


@pytest.mark.parametrize("text", STATED[:6] + STATED[-4:])
def test_the_rules_alone_give_care_at_once_and_name_the_family(text: str) -> None:
    found = assess_rules(text)  # the path where the encoder cannot run
    assert found.kind == "crisis", (text, found)
    assert found.family in registry.FAMILIES


def test_with_the_model_a_statement_is_care_at_once() -> None:
    found = assess_many(["vou me matar hj, to falando serio", "ich will nicht mehr leben"])
    assert [f.kind for f in found] == ["crisis", "crisis"], found
    assert found[0].family == registry.STATED
