"""Plain requests for help, questions about using the bot, and messages that only look like either."""

from __future__ import annotations

import time

import pytest

from bot.language.help_requests import find_help

# Ways of asking for help or saying "I'm not safe" that the opening invites: care at once.
HELP_WORDINGS = [
    "help",
    "Help",
    "HELP",
    "help me",
    "Help me.",
    "HELP ME",
    "please help",
    "please help me",
    "pls help",
    "plz help me",
    "pleeease help",
    "help pls",
    "help!!!",
    "help?",
    "help...",
    "heeelp",
    "hellllp me",
    "HEEEELP",
    "helpp",
    "halp",
    "hlep",
    "hepl me",
    "hlp me",
    "helpme",
    "i ned help",
    "i need hlp rn",
    "i need help",
    "I need help now",
    "i really need some help",
    "need help asap",
    "someone help me",
    "somebody please help",
    "can someone help me",
    "can anyone help me please",
    "send help",
    "SOS",
    "sos",
    "sos pls",
    "🆘",
    "🆘🆘",
    "help 🙏",
    "help me 😭😭",
    "I'm in crisis",
    "im in crisis",
    "i am in a crisis right now",
    "crisis",
    "having a crisis rn",
    "i think i'm having a mental health crisis",
    "this is an emergency",
    "emergency",
    "not safe",
    "not safe rn",
    "i'm not safe",
    "I don't feel safe",
    "i dont feel safe tonight",
    "i feel unsafe",
    "i can't keep myself safe",
    "im not safe with myself",
    "i am in danger",
    "can i talk to a real person",
    "can I speak to a human?",
    "i need to talk to someone",
    "is there someone i can talk to",
    "i want to talk to a real person not a bot",
    "get me a human",
    "is there a number i can call",
    "what number can i call",
    "give me the crisis number",
    "crisis line",
    "is there a hotline",
    "helpline please",
    "who can i call",
    "who do i call right now",
    "can i text someone",
    "where can i get help",
    "how do i get help",
    "i'm having a panic attack",
    "panic attack help",
    "i'm panicking, help",
    "cant breathe help me",
    "help, i can't do this",
    "help i'm scared",
    "i'm not ok please help",
    "i'm not in crisis but i need help",
    "Hello, I would like help please.",
    "Excuse me, could you please help me? I am not feeling safe.",
    "me need help",
    "i want help",
    "/help-now",
    "help now",
    "stop, i need help",
    "i can't promise i'll stay safe tonight",
    "i need someone",
    "i'm not ok, i need someone",
    "i need a therapist now",
    "i need a counselor",
    "phone number for help",
    "who can i talk to",
    "who can i reach out to",
    "S.O.S",
    "h e l p",
    "urgent",
    "panic attack",
    "panicking",
    "crisis mode",
    "real person please",
    "is anyone there",
    "someone please",
    "i need a phone number to call",
    "i need to call 911",
    "i dont think im safe",
    "i'm not sure i'm safe",
    "I am needing help now",
    "stop the journey i need help",
    "i need help with my thoughts",
    "i'm alone and not safe",
    "connect me to someone",
    "who can i call for help",
    "i no feel safe",
    "unsafe",
    "danger",
    "crisis support",
    "i need crisis support",
    "any human here?",
    "is there a real human",
    "number please",
    "what's the number to call",
    "is there a text line",
    "gimme a number to call",
    "can someone talk to me",
    "talk to me please someone",
    "i need u to help me",
    "may i have some help",
    "assistance please",
    "please assist",
    "get help",
    "i'm calling for help",
    "i'm in danger rn",
    "HELPPPP ME",
    "i neeeed help",
    "can sum1 help",
    "i need help 😭😭😭",
    "sos 😭",
    "pls i need halp",
    "i am need help",
    "help to me",
    "please helping me",
    "can you helping me",
    "you can help me?",
    "i am not in safe",
    "i not safe",
    "me no safe",
    "i am in the crisis",
    "i got a crisis",
    "i want speak with human",
    "i want talk someone",
    "there is someone for talk?",
    "ngl i need help",
    "hlp pls",
    "HeLp Me",
    "anyone?",
    "hello?? anyone",
    "save me",
    "someone save me",
    "i need saving",
    "rescue me",
    "can i get a human",
    "i need to talk",
    "i need resources",
    "what number",
    "emergency please help",
    "i've been in crisis all week",
    "i don't know, i think i'm in crisis",
    "it is urgent",
    "help here",
    "we need help",
]

# Questions about using the bot: the help text, not crisis care.
USAGE_QUESTIONS = [
    "help, how do I go back a step?",
    "how do i pause",
    "how do I resume?",
    "how do i restart the journey",
    "help what are the commands",
    "what are the commands?",
    "button not working help",
    "help, the buttons don't work",
    "the buttons aren't working",
    "i'm stuck on this step, what do i type?",
    "what do i type here",
    "how do i go back",
    "go back one step",
    "can i skip this step",
    "how do i skip this part",
    "i'm lost, which step am i on?",
    "lost my place, how do i get it back",
    "help, i clicked the wrong button",
    "how do i slow it down",
    "can you make the messages slower",
    "how do i change the pacing",
    "how do i open the menu",
    "the menu won't open",
    "how do i delete my data",
    "how do i change my region",
    "how do i stop the journey for now",
    "can i pause and come back later?",
    "how does this work?",
    "how do i use this bot",
    "do i type or press a button?",
    "what does /resume do",
    "/help",
    "how do i pick up where i left off",
    "the bot stopped replying, how do i continue",
    "HELP how do i go back",
    "hlep, how do i pause",
    "back",
    "pause please",
    "skip",
    "go back",
    "undo",
    "how do i stop",
    "i want to stop the journey",
    "what now",
    "what can you do",
    "what are my options",
    "is there a menu",
    "the bot is frozen",
    "it's too fast, can you slow down",
    "can you go slower",
    "how do i make it slower",
    "can i change the language",
    "i'm lost, where am i",
    "i got lost, what step is this",
    "help, i pressed the wrong option",
    "how do i answer",
    "do i have to answer",
    "i need help with this step",
    "help with the buttons please",
    "can i do this later",
    "can i change my answer",
    "what if i don't want to answer",
    "i need to pause",
    "take me back",
    "can i redo this step",
    "start over",
    "why can't i click anything",
    "how long is the journey",
    "nothing happens when i click",
    "there are no buttons",
    "can you stop typing",
    "i want to start from the beginning",
    "help i pressed skip by accident",
    "can i choose again",
    "i didn't mean to click that",
    "what does this button do",
    "where's the pause button",
    "i want to go back to the lake",
    "help me go back",
    "oops wrong button",
]

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

# The same languages' lookalikes: thanks for help given, help given to others, "I'm not sure".
LANGUAGE_LOOKALIKES = [
    "gracias por la ayuda",
    "la vela me ayuda mucho",
    "no estoy seguro de qué escribir",
    "obrigado pela ajuda",
    "isso me ajuda muito",
    "fui ao pronto-socorro ontem com minha mãe",
    "merci pour l'aide",
    "ça m'aide beaucoup",
    "danke für die hilfe",
    "ich bin nicht sicher, was ich schreiben soll",
    "ich brauche keine hilfe",
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


@pytest.mark.parametrize("text", HELP_WORDINGS)
def test_plain_help_requests_get_care(text: str) -> None:
    assert find_help(text) == "help"


@pytest.mark.parametrize("text", USAGE_QUESTIONS)
def test_questions_about_the_bot_get_the_help_text(text: str) -> None:
    assert find_help(text) == "usage"


@pytest.mark.parametrize("text", LOOKALIKES + LANGUAGE_LOOKALIKES)
def test_lookalikes_are_not_requests(text: str) -> None:
    assert find_help(text) is None


@pytest.mark.parametrize("lang,text", [(lang, text) for lang, texts in LANGUAGES.items() for text in texts])
def test_supported_languages(lang: str, text: str) -> None:
    assert find_help(text) == "help", lang


@pytest.mark.parametrize(
    "text",
    [
        "how do i pause, i'm not safe",
        "help, how do i go back? i'm in crisis",
        "the buttons don't work and i don't feel safe",
        "what are the commands, i am in danger",
        "how do i restart, im not safe rn",
        "crisis, how do i go back",
        "sos the buttons don't work",
        "what are the commands? emergency",
        "how do i pause, is there a hotline",
    ],
)
def test_usage_never_wins_over_not_safe(text: str) -> None:
    assert find_help(text) == "help"


@pytest.mark.parametrize(
    "text",
    ["i'm not in crisis, how do i pause", "not in crisis lol, how do i go back a step",
     "i feel safe, what are the commands"],
)
def test_usage_wins_when_the_danger_is_denied(text: str) -> None:
    assert find_help(text) == "usage"


@pytest.mark.parametrize(
    "text",
    [
        "how do i keep going",
        "how do i carry on",
        "how do i continue on like this",
        "how do i delete myself",
        "how do i erase myself",
        "how do i restart my life",
        "how do i turn off my thoughts",
        "how do i start loving myself",
        "can i skip life",
        "how do i pause my life",
        "can i pause forever",
        "how do i end it",
        "how do i stop the pain",
        "how do i stop existing",
        "how do i leave this world",
        "i want to stop",
    ],
)
def test_words_about_a_life_are_never_a_usage_question(text: str) -> None:
    # These belong to the crisis detector; a help text would answer the wrong question.
    assert find_help(text) != "usage"


@pytest.mark.parametrize("text", ["", " ", "...", "ok", "hello", "the lake is calm", "a warm light with no shape"])
def test_ordinary_messages(text: str) -> None:
    assert find_help(text) is None


def test_tables_are_large_enough() -> None:
    assert len(HELP_WORDINGS) >= 60
    assert len(USAGE_QUESTIONS) >= 30
    assert len(LOOKALIKES) >= 40
    assert len(LANGUAGES) >= 12 and all(len(v) >= 2 for v in LANGUAGES.values())
    assert len(set(HELP_WORDINGS)) == len(HELP_WORDINGS)


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


# Families added after blind6/help.tsv was measured once (its misses, written anew here, not its rows).
@pytest.mark.parametrize("text", [
    "im not ok", "i am not okay", "not ok rn", "not okay not okay", "I'm not alright",
    "i'm afraid of what i could do tonight", "scared of myself", "my head is scaring me",
    "i think i'll do something drastic", "she's about to hurt me", "someone is trying to hurt me",
])
def test_afraid_of_oneself_or_in_danger_is_help(text):
    assert find_help(text) == "help"


@pytest.mark.parametrize("text", [
    "i'm not ok with pineapple on pizza", "the dog is scared of thunder", "i might do something fun later",
    "will the cat hurt me lol no", "scared of spiders",
])
def test_their_lookalikes_are_not(text):
    assert find_help(text) is None


@pytest.mark.parametrize("text", ["i need help using this bot", "help, it says interaction failed",
                                  "can you help me see how this bot works"])
def test_questions_about_the_bot_itself_are_usage(text):
    assert find_help(text) == "usage"
