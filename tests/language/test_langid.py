"""bot.language.langid.detect: which supported language a message is in, None for English or unsure."""

from __future__ import annotations

import time

import pytest

from bot.language.langid import LANGS, detect

DETECTED = {
    "es": [
        "ayuda",
        "Ayúdame por favor",
        "no puedo mas con esto",
        "hoy me siento muy sola",
        "neta ya no se que hacer con mi vida",
        "mañana tengo que trabajar temprano",
        "¿alguien me puede escuchar?",
        "q onda, como estas?",
        "estoy cansada de todo y de todos",
        "mi mama no me entiende",
        "quiero hablar con alguien ahora",
    ],
    "pt": [
        "socorro",
        "me ajuda pfv",
        "nao aguento mais isso",
        "eu to muito cansada hj",
        "ninguém me entende",
        "vc pode falar comigo agora?",
        "minha mae brigou comigo de novo kkkk",
        "amanhã tenho prova e to desesperado",
        "não sei o que fazer da minha vida",
        "tô sozinho em casa",
    ],
    "fr": [
        "au secours",
        "aidez-moi",
        "j'en peux plus de cette vie",
        "je me sens tellement seule ce soir",
        "personne ne me comprend",
        "ça va pas du tout",
        "jsp quoi faire, c'est trop dur",
        "je veux parler à quelqu'un maintenant",
        "ma mère m'a encore crié dessus",
        "demain j'ai cours à 8h",
    ],
    "de": [
        "hilfe",
        "hilf mir bitte",
        "ich kann nicht mehr",
        "mir geht es heute gar nicht gut",
        "niemand versteht mich",
        "ich fühle mich so allein",
        "morgen hab ich schule um 8",
        "kannst du bitte mit mir reden?",
        "Ich weiß nicht mehr weiter.",
        "das ist alles zu viel für mich",
    ],
    "it": [
        "aiuto",
        "aiutami ti prego",
        "non ce la faccio più",
        "mi sento sola stasera",
        "nessuno mi capisce",
        "voglio parlare con qualcuno adesso",
        "oggi è stata una giornata pesante",
        "domani ho scuola alle 8",
        "boh non so cosa fare",
        "perché mi succede sempre questo?",
    ],
    "nl": [
        "help me alsjeblieft",
        "ik kan het niet meer aan",
        "ik voel me zo alleen vandaag",
        "niemand begrijpt mij",
        "wat moet ik doen?",
        "ik wil met iemand praten",
        "morgen moet ik om 8 uur naar school",
        "het gaat echt niet goed met me",
        "mijn moeder snapt er niks van",
        "ik ben zo moe van alles",
    ],
    "pl": [
        "pomocy",
        "pomóż mi proszę",
        "nie daję już rady",
        "czuję się taka samotna",
        "nikt mnie nie rozumie",
        "chce z kims porozmawiac teraz",
        "jutro mam szkole o 8",
        "nie wiem co mam robic",
        "mam dosc wszystkiego",
        "dzisiaj jest bardzo zle",
        "ratunku",
    ],
    "tr": [
        "yardım edin",
        "imdat",
        "artık dayanamıyorum",
        "kendimi çok yalnız hissediyorum",
        "kimse beni anlamıyor",
        "biriyle konusmak istiyorum",
        "yarin okul var saat 8de",
        "ne yapacagimi bilmiyorum",
        "bugun cok kotu bir gun",
        "annem yine bana bagirdi",
    ],
    "id": [
        "tolong",
        "tolong aku",
        "aku gak kuat lagi",
        "aku ngerasa sendirian banget",
        "gak ada yang ngerti aku",
        "aku mau ngobrol sama seseorang sekarang",
        "besok aku sekolah jam 7",
        "aku gak tau harus ngapain",
        "hari ini capek banget",
        "mama marahin aku lagi",
        "aku butuh bantuan",
    ],
    "tl": [
        "tulungan niyo ako",
        "tulong po",
        "hindi ko na kaya",
        "sobrang lungkot ko ngayon",
        "walang nakakaintindi sakin",
        "gusto ko lang may makausap",
        "may pasok ako bukas ng 7",
        "di ko alam gagawin ko",
        "pagod na pagod na ako sa lahat",
        "pinagalitan na naman ako ni mama",
        "saklolo",
        "hindi ako ligtas",
    ],
    "hi": [
        "madad karo",
        "bachao",
        "main bahut akela feel kar raha hoon",
        "mujhe kuch samajh nahi aa raha",
        "koi meri baat nahi sunta",
        "mujhe kisi se baat karni hai abhi",
        "kal subah 8 baje college hai",
        "yaar kya karu main",
        "aaj ka din bahut bura tha",
        "mummy ne phir se daanta",
        "mujhe help chahiye",
    ],
    "ja": [
        "助けて",
        "たすけて",
        "もう無理",
        "誰もわかってくれない",
        "今日はすごく疲れた",
        "誰かと話したい",
        "明日は8時から学校",
        "どうしたらいいかわからない",
        "ひとりぼっちな気がする",
        "ママにまた怒られた",
    ],
}

ENGLISH = [
    "help",
    "help me",
    "I want to die",
    "i'm not safe",
    "can i talk to a real person",
    "we had a fiesta at school today, it was fun",
    "need a siesta after this shift",
    "my little brother started kindergarten this week",
    "karaoke night with the team on friday!",
    "ciao guys, see you tomorrow",
    "hasta la vista, baby",
    "ok gracias amigo",
    "bon appetit everyone",
    "that was such a deja vu moment",
    "c'est la vie I guess, we lost the game",
    "gesundheit! are you catching a cold?",
    "I have so much angst about the exam",
    "we ordered pizza and pasta al dente",
    "she said namaste at the end of yoga class",
    "my karma is bad this week lol",
    "the anime club meets on tuesday",
    "i ate sushi and ramen tonight",
    "no",
    "no no no",
    "me too",
    "a bit tired",
    "die hard is my favorite movie",
    "I was in the main hall at noon",
    "going to the bridge tonight to meet friends",
    "this heat is killing me",
    "i died 5 times on that boss",
    "i feel like i'm not good enough",
    "nobody would miss me if i was gone",
    "thanks for the exercise, that helped",
    "where is the nearest bus stop",
    "mi casa es su casa, come over anytime",
    "tbh idk what to do anymore",
    "my mom made tacos and burritos for dinner",
    "the barista spilled my latte and espresso",
    "i love the zeitgeist of that film",
    "he has serious wanderlust",
    "we went to the fiesta at the plaza",
    "sorry, I'm just really tired",
    "hi",
    "hola!",
    "ok",
    "lol",
    "yes",
    "",
    "12345",
    "🙂🙂",
    "Merci for the help, you're the best",
    "the kids said danke to their german teacher",
]


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, texts in DETECTED.items() for text in texts])
def test_detects_language(lang, text):
    assert detect(text) == lang


@pytest.mark.parametrize("text", ENGLISH)
def test_english_and_unsure_give_none(text):
    assert detect(text) is None


def test_every_language_is_covered_with_at_least_eight_messages():
    assert set(DETECTED) == set(LANGS)
    assert all(len(texts) >= 8 for texts in DETECTED.values())
    assert len(ENGLISH) >= 30


@pytest.mark.parametrize("text", ["NAO AGUENTO MAIS", "Ich Kann Nicht Mehr", "NO PUEDO MAS"])
def test_casing_does_not_matter(text):
    assert detect(text) is not None


@pytest.mark.parametrize(
    "with_marks,without",
    [("não sei", "nao sei"), ("ayúdame", "ayudame"), ("ich weiß nicht", "ich weiss nicht"),
     ("nie daję rady", "nie daje rady")],
)
def test_missing_accents_give_the_same_answer(with_marks, without):
    assert detect(with_marks) == detect(without) is not None


def test_one_ambiguous_word_is_not_enough():
    for word in ("me", "no", "a", "die", "la", "de", "main", "hai", "to", "was", "is", "ben", "mi", "ya"):
        assert detect(word) is None, word


def test_fast_on_a_short_message():
    texts = [t for texts in DETECTED.values() for t in texts] + ENGLISH
    for t in texts:  # warm up
        detect(t)
    rounds = 20
    start = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            detect(t)
    per_message = (time.perf_counter() - start) / (rounds * len(texts))
    assert per_message < 200e-6  # well under 50 µs on an ordinary machine; slack for a loaded test runner
