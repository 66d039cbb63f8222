"""Help words that ask for nothing (in every supported language), those languages' requests, and long input."""

from __future__ import annotations

import time

import pytest

from bot.language.help_requests import find_help

# Help words that ask for nothing: None.
LOOKALIKES = [
    "that helped",
    "that really helped, thanks",
    "the candle helps",
    "the breathing helps",
    "it helps to picture the lake",
    "help yourself",
    "help yourself to snacks",
    "i helped my sister",
    "i helped my mum move house",
    "helping my dad in the garden",
    "i'm not in crisis, just tired",
    "im not in crisis just tired",
    "not in crisis, just a long day",
    "no crisis here",
    "i feel safe now",
    "i feel safe here by the water",
    "i'm safe",
    "911 by lady gaga",
    "911 by lady gaga is on repeat",
    "thanks for the help",
    "you were a great help",
    "that was a big help",
    "no help needed",
    "i don't need help, just saying hi",
    "i can't help smiling",
    "it can't be helped",
    "she's so helpful",
    "my job is on the help desk",
    "the help section on my phone is confusing",
    "self-help books aren't for me",
    "the housing crisis is in the news",
    "my friend is having an identity crisis about her hair lol",
    "midlife crisis jokes",
    "i volunteer at a helpline on weekends",
    "it's not safe to drive in this snow",
    "that video is not safe for work",
    "the safe in the hotel room is broken",
    "better safe than sorry",
    "i listened to help! by the beatles",
    "it would help me sleep if it were quieter",
    "my therapist helps me a lot",
    "i'm a crisis counsellor, just trying this out",
    "dead, i can't breathe from laughing",
    "i'm beyond help with crosswords lol",
    "i don't feel unsafe",
    "i'm not in danger, just sad",
    "emergency exit is by the stairs",
    "my number is in my bio",
    "i talked to a friend today",
    "the water is still and safe",
    "help urself to cake",
    "do you need help? lol",
    "i'm getting help now, therapy is going well",
    "i got help from my therapist",
    "i asked for help at work and it went fine",
    "i want to help people",
    "i need to help my kids with homework",
    "can't help feeling sad",
    "thanks, that was a big help",
    "that wasn't helpful",
    "yes i'm safe",
    "i feel safer now",
    "you're safe",
    "you are safe now",
    "not a crisis",
    "a crisis at work but i handled it",
    "the energy crisis",
    "my friend is a nurse in an emergency room",
    "i work at a call centre",
    "i need someone who gets me",
    "is there a line for coffee",
    "who should i call about my boiler",
    "i need a human touch",
    "connect me with my inner child",
    "help me understand why i'm like this",
    "help me picture the figure",
    "i need help choosing a phrase",
    "we are having a crisis at work",
    "i'm not asking for help, just venting",
    "nobody will help me",
    "the water doesn't look safe",
    "what's the number for pizza",
    "i need a number for my landlord",
    "i texted someone about it",
    "i talk to someone every week",
    "my friend is in crisis",
    "they tell me it's okay to need help",
    "it's okay to ask for help",
    "asking for help is brave",
    "i hate asking for help, i'm just a bother",
    "i'm going back to work tomorrow",
    "i paused the movie to text you",
    "i'm stuck in traffic",
    "back pain is killing me",
    "she texted me a number",
    "call me maybe",
    "a real person, my grandad",
    "my number one fear is failing",
    "drawing a line under it",
    "i was called in for a meeting",
    "how long does it take so you don't wake up the baby",
    "i'm helpless at cooking",
    "they save me a seat at lunch",
    "save me a slice",
    "my sister saved me",
    "i need to talk to my boss about a raise",
    "i want to talk about the lake",
    "the resources at school are bad",
    "i just needed someone to talk to",
    "i don't think you can help me with the crossword",
    "i wouldn't say i'm in crisis",
    "i'm no longer in crisis",
    "i was in crisis last year but i'm ok now",
    "i used to be in crisis a lot",
    "no i'm not in crisis",
    "not having a panic attack, just excited",
    "i had a panic attack yesterday",
    "im not in any danger",
    "i don't feel unsafe at all",
    # what the figure might say, typed back as the words the person needed to hear
    "help is here",
    "you deserve help",
    "there is help",
    "let them help",
    "we all need help sometimes",
    "accept help",
    "talk to someone you trust",
    "you can always talk to someone",
    "it's okay to get help",
    "you can always ask for help",
    "i'm here to help",
    "someone will always help you",
]

# Each supported language, two plain forms: care at once.
LANGUAGES = {
    "es": ["ayuda", "¡ayúdame!", "auxilio", "no estoy a salvo", "necesito ayuda", "no me siento segura"],
    "pt": ["ajuda", "socorro", "me ajuda", "preciso de ajuda", "não estou em segurança"],
    "fr": ["aide-moi", "au secours", "je ne suis pas en sécurité", "à l'aide", "j'ai besoin d'aide"],
    "de": ["hilfe", "ich brauche hilfe", "hilf mir", "ich fühle mich nicht sicher"],
    "it": ["aiuto", "aiutami", "ho bisogno di aiuto", "non mi sento al sicuro"],
    "nl": ["help me", "hulp", "ik heb hulp nodig", "ik voel me niet veilig"],
    "pl": ["pomocy", "pomóż mi", "potrzebuję pomocy", "nie czuję się bezpiecznie"],
    "tr": ["yardım", "imdat", "yardım edin", "güvende değilim", "yardıma ihtiyacım var"],
    "id": ["tolong", "bantu aku", "tolong saya", "saya butuh bantuan", "aku tidak aman"],
    "tl": ["tulong", "tulungan mo ako", "tulong po", "kailangan ko ng tulong", "hindi ako ligtas"],
    "hi": ["madad", "bachao", "help karo", "mujhe madad chahiye", "meri madad karo"],
    "ja": ["助けて", "たすけて", "誰か助けて", "助けてください", "安全じゃない", "助けが必要です", "誰かと話したい"],
}
LANGUAGES["es"] += ["ayúdenme por favor", "necesito hablar con alguien", "¿hay un número al que pueda llamar?",
                    "estoy en crisis"]
LANGUAGES["pt"] += ["me ajudem por favor", "não me sinto segura", "tem algum número pra ligar?", "estou em crise"]
LANGUAGES["fr"] += ["aidez moi svp", "je suis en crise", "j'ai besoin de parler à quelqu'un"]
LANGUAGES["de"] += ["bitte hilf mir", "ich brauche jemanden zum reden", "gibt es eine nummer, die ich anrufen kann"]
LANGUAGES["it"] += ["aiutatemi vi prego", "ho bisogno d'aiuto", "non sono al sicuro", "aiuto per favore"]
LANGUAGES["nl"] += ["help mij alsjeblieft", "ik moet met iemand praten"]
LANGUAGES["pl"] += ["pomóżcie mi", "nie jestem bezpieczna", "muszę z kimś porozmawiać"]
LANGUAGES["tr"] += ["imdat!", "biriyle konuşmam lazım"]
LANGUAGES["id"] += ["tolong saya dong", "aku perlu bicara dengan seseorang"]
LANGUAGES["tl"] += ["tulungan niyo po ako", "kailangan ko ng kausap"]
LANGUAGES["es"] += ["auxilioo", "por favor alguien", "me siento en peligro", "ocupo ayuda"]
LANGUAGES["pt"] += ["socorroo", "me ajuda pfvr", "estou em perigo"]
LANGUAGES["fr"] += ["a l aide", "j ai besoin d aide", "je suis en danger"]
LANGUAGES["de"] += ["ich brauch hilfe", "kann mir bitte jemand helfen", "ich bin in gefahr"]
LANGUAGES["it"] += ["mi serve aiuto", "sono in pericolo", "per favore aiutami"]
LANGUAGES["nl"] += ["kan iemand mij helpen", "ik ben in gevaar"]
LANGUAGES["pl"] += ["ratunku!", "pomoz mi prosze", "jestem w niebezpieczeństwie"]
LANGUAGES["tr"] += ["bana yardım et", "yardim edin lutfen"]
LANGUAGES["id"] += ["tolongin aku", "toloong", "saya dalam bahaya"]
LANGUAGES["tl"] += ["saklolo", "tulungan nyo ako"]
LANGUAGES["ja"] += ["だれか助けて", "助けがほしい"]
LANGUAGES["hi"] += ["madad kijiye", "bachaooo", "mujhe bachao", "main safe nahi hoon", "mujhe kisi se baat karni hai",
                    "help karo yaar"]
# Asked for in blind18 and only asked about (added after its measure; these wordings are new).
LANGUAGES["fr"] += ["j'ai besoin qu'on m'aide, je tiens plus", "il me faut quelqu'un pour m'aider ce soir"]
LANGUAGES["hi"] += ["kisi real insaan se baat kara do please", "koi banda se baat karni hai abhi"]
LANGUAGES["de"] += ["ich brauch grad wirklich hilfe", "ich brauche echt dringend hilfe"]  # blind20, after its measure

# The same languages' lookalikes: thanks for help given, help given to others, "I'm not sure".
LANGUAGE_LOOKALIKES = [
    "gracias por la ayuda",
    "la vela me ayuda mucho",
    "no estoy seguro de qué escribir",
    "obrigado pela ajuda",
    "isso me ajuda muito",
    "fui ao pronto-socorro ontem com minha mãe",
    "merci pour l'aide",
    "j'ai besoin qu'on m'aide à déménager samedi",
    "il me faut quelqu'un pour m'aider à porter le canapé",
    "ça m'aide beaucoup",
    "danke für die hilfe",
    "ich bin nicht sicher, was ich schreiben soll",
    "ich brauche keine hilfe",
    "ich brauch grad echt hilfe beim umzug",
    "grazie per l'aiuto",
    "non ho bisogno di aiuto",
    "bedankt voor de hulp",
    "dzięki za pomoc",
    "yardımın için teşekkürler",
    "terima kasih atas bantuannya",
    "salamat sa tulong",
    "aapki madad ke liye shukriya",
    "助けてくれてありがとう",
    "vos sos un genio",
    "no estoy seguro",
    "no estoy seguro de qué poner",
    "me siento a salvo",
    "ajudei minha mãe",
    "não preciso de ajuda",
    "je n'ai pas besoin d'aide",
    "ich fühle mich sicher",
    "ich bin mir nicht sicher",
    "mi aiuta molto",
    "dat helpt",
    "czuję się bezpiecznie",
    "bu yardımcı oldu",
    "kendimi güvende hissediyorum",
    "itu membantu",
    "saya merasa aman",
    "nakatulong ito",
    "ligtas ako",
    "main safe hoon",
    "助かりました",
    "安全です",
    "友達を助けた",
    "ayuda humanitaria",
    "me ayudó mucho la vela",
    "el agua me ayuda a calmarme",
    "a vela me ajudou",
    "erste hilfe kurs",
    "mit hilfe meiner schwester",
    "mi ha aiutato",
    "hulp van mijn moeder",
    "pomogłem mamie",
    "annem bana yardım etti",
    "tolong ambilkan air",
    "tinulungan ko si nanay",
    "madad mili",
    "maine uski madad ki",
    "助けてあげた",
]


@pytest.mark.parametrize("text", LOOKALIKES + LANGUAGE_LOOKALIKES)
def test_lookalikes_are_not_requests(text: str) -> None:
    assert find_help(text) is None


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, texts in LANGUAGES.items() for text in texts])
def test_supported_languages(lang: str, text: str) -> None:
    assert find_help(text) == "help", lang


@pytest.mark.parametrize("text", ["", " ", "...", "ok", "hello", "the lake is calm", "a warm light with no shape"])
def test_ordinary_messages(text: str) -> None:
    assert find_help(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "help " * 2000,
        "i am not " * 1250,
        "a" * 10_000,
        "😭" * 10_000,
        "how do i " * 1100,
        ("i feel like i am in the middle of " * 300)[:10_000],
        "please someone " * 660,
        "助け" * 5000,
        "menu " * 2000,
        "is there a " * 1000,
        "who can i " * 1000,
        "not safe " * 1100,
        "i am not in " * 850,
        "help me understand " * 500,
        "need someone " * 800,
    ],
)
def test_long_input_returns(text: str) -> None:
    assert len(text) >= 9_000
    start = time.process_time()
    result = find_help(text)
    assert result in (None, "help", "usage")
    # Generous: only catastrophic backtracking would come near it.
    assert time.process_time() - start < 1.0


def test_long_message_with_a_request_at_the_end() -> None:
    assert find_help("the lake was lovely. " * 400 + "but i'm not safe") == "help"
    assert find_help("the lake was lovely. " * 400) is None


# Lookalikes of the families added after blind6/help.tsv was measured once (written anew here, not its rows).
@pytest.mark.parametrize("text", [
    "i'm not ok with pineapple on pizza", "the dog is scared of thunder", "i might do something fun later",
    "will the cat hurt me lol no", "scared of spiders",
])
def test_their_lookalikes_are_not(text):
    assert find_help(text) is None
