"""Plain statements of wanting to die or to end one's life, or of harming oneself, in the twelve other
languages the bot supports.

The English rule families (crisis_families.py) are the net under the model for what must never be
missed; in the other languages the model alone heard even "vou me matar hj, to falando serio" (it
asked first; blind14) and, where the encoder cannot run, nothing heard them at all. This module is
that net for es, pt, fr, de, it, nl, pl, tr, id, tl, Hindi in Latin script and ja: first-person
statements of a wish or a plan to die, to kill oneself or to end one's life, and "I don't want to
live", and self-harm told plainly ("me volví a cortar", "je me suis encore scarifiée", "kolumu yine
jiletle kestim": blind18 found it only asked about in six languages). It is deliberately narrow:
hyperbole that names death ("me muero de risa", "this exam will kill
me", "まじで死ぬ") is left to the model, and so is everything veiled.

`find_stated(text)` returns the words that matched, or None. The text is lower-cased with accents
dropped (people type "nao", "chce umrzec" and "olmek" as often as the accented forms); Japanese is
read before that, since its voiced marks are accents to Unicode. A match is set aside when a negator
stands in the four words before it in its clause ("no quiero morir", "ik wil geen einde aan mijn
leven maken", "di ako magpapakamatay"), or, in Japanese, when a denial follows ("死にたいとかじゃない"):
those are left to the model, as English denials are (denial.py). `read_stated(text)` also says when the
words are someone else's ("mi amiga dice que quiere morir": a third-person form, or a friend or relative
named before them and the speaker not after), so the care is worded for the one who worries.
"""

from __future__ import annotations

import re
import unicodedata

from bot.language.help_text import _clip, _fold

__all__ = ["find_stated", "read_stated"]

# Dying "of" laughter, shame, hunger, boredom... in the Romance languages, and Dutch "of shame".
_OF_SOMETHING = (r"(?! (?:de|di|dal|dalla|dai|dalle|d|van|do|da) (?:rir|risa|rire|ridere|riso|vergonha|verguenza|honte|"
                 r"vergogna|schaamte|fome|hambre|faim|fame|honger|sono|sueno|sommeil|sonno|calor|chaleur|caldo|"
                 r"frio|froid|freddo|tedio|aburrimiento|ennui|noia|medo|miedo|peur|paura|cansaco|cansancio|fatigue|"
                 r"saudade|amor|amour|amore|curiosidade|curiosidad|curiosite|curiosita|inveja|envidia|jalousie|chaud|soif|"
                 r"sed|sete)\b)")

_STATED = [
    # Spanish (the English families hold "quiero morir", "no quiero vivir"; these are the rest).
    r"\bme (?:quiero|voy a|gustaria|quisiera) (?:morir|matar|suicidar|quitar la vida)\b" + _OF_SOMETHING,
    r"\b(?:quitarme la vida|acabar con mi vida|terminar con mi vida)\b",
    r"\bya no (?:quiero|aguanto|puedo) (?:seguir )?(?:vivir|viviendo|estar viva|estar vivo)\b",
    # Portuguese.
    r"\b(?:quero|queria|vou) morrer\b" + _OF_SOMETHING,
    r"\b(?:quero|queria|vou|preciso|pensando em|penso em|pensei em) me (?:matar|suicidar)\b",
    r"\b(?:tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?minha vida)\b",
    r"\bnao (?:quero|aguento|consigo) mais viver\b|\bnao quero viver mais\b",
    # French.
    r"\b(?:je veux|jveux|jai envie de|envie de|je voudrais) (?:mourir|crever|me tuer|me suicider)\b" + _OF_SOMETHING,
    r"\b(?:je vais|jvais|je vais aller) me (?:tuer|suicider)\b",
    r"\b(?:me foutre en lair|mettre fin a mes jours|mettre fin a ma vie|en finir avec (?:la|ma) vie)\b",
    r"\b(?:je ne veux plus|je veux plus|jveux plus|jai plus envie de|je nai plus envie de) vivre\b",
    # German.
    r"\bich (?:will|mochte|moechte|wurde gern|wuerde gern|wuensche mir zu|wunsche mir zu) "
    r"(?:einfach )?(?:nur )?sterben\b",
    r"\b(?:will|mochte|moechte|kann) (?:einfach )?nicht mehr (?:leben|weiterleben|aufwachen)\b",
    r"\b(?:mich umbringen|bring mich um|bringe mich um|mir das leben nehmen|nehm mir das leben|nehme mir das leben)\b",
    r"\b(?:selbstmord|suizid|suizidal|suizidgedanken|selbstmordgedanken)\b",
    # "ich wär lieber tot (als noch einen tag so)": only the plain wish, or set against going on like this;
    # "lieber tot als karaoke" is hyperbole and is not here.
    r"\b(?:ich )?(?:ware|war|waer|bin) (?:ich )?(?:lieber|am liebsten) tot\b"
    r"(?= ?$| ?[.!]| als (?:noch |so )?(?:ein|einen|eine|weiter|so|jeden)\b)",
    # Italian.
    r"\b(?:voglio|vorrei) (?:morire|ammazzarmi|uccidermi|suicidarmi|togliermi la vita|farla finita)\b"
    + _OF_SOMETHING + r"(?! con\b)",
    r"\bmi (?:voglio|vorrei) (?:ammazzare|uccidere|suicidare|togliere la vita)\b|\btogliermi la vita\b",
    r"\bnon (?:voglio|ce la faccio a) (?:piu )?vivere\b|\bnon voglio vivere piu\b",
    # Dutch.
    r"\bik wil (?:gewoon )?(?:dood|sterven|doodgaan|er niet meer zijn)\b" + _OF_SOMETHING,
    r"\b(?:wil|kan) (?:gewoon )?niet meer leven\b",
    r"\b(?:zelfmoord|mezelf van kant maken|mezelf doden|mezelf om het leven brengen|een einde aan mijn leven)\b",
    # Polish.
    r"\b(?:chce|chcialbym|chcialabym|wole) (?:juz )?(?:umrzec|sie zabic|zniknac na zawsze)\b",
    r"\b(?:zabije sie|zabic sie|odebrac sobie zycie|odbiore sobie zycie|skoncze ze soba|skonczyc ze soba)\b",
    r"\bnie chce (?:juz )?(?:dalej )?zyc\b|\bnie chce mi sie (?:juz )?zyc\b|\b(?:samobojstwo|samobojstwa)\b",
    # Turkish (negation is a suffix: "olmek istemiyorum" is its own word and is not here).
    r"\b(?:olmek|olup gitmek) (?:istiyorum|istiyom|isterdim)\b|\b(?:kendimi oldurecegim|kendimi oldurmek)\b",
    r"\bintihar (?:edecegim|etmek istiyorum|etmeyi dusunuyorum|edicem|etcem)\b|\bcanima kiy\w*",
    r"\b(?:yasamak|artik yasamak) istemiyorum\b",
    # Indonesian.
    r"\b(?:mau|ingin|pengen|pingin|pgn|kepikiran|mikir|niat|rencana|akan|bakal) (?:untuk )?"
    r"(?:bunuh diri|mengakhiri hidup\w*)\b",
    r"\b(?:mau|ingin|pengen|pingin|pgn) mati (?:aja|saja)\b|\b(?:aku|saya|gue|gw) (?:mau|ingin|pengen|pingin) mati\b",
    r"\b(?:gak|nggak|ga|tidak|enggak) (?:mau|ingin|pengen|kuat) hidup lagi\b",
    # Tagalog.
    r"\b(?:magpakamatay|magpapakamatay|nagpakamatay)\b|\bgusto ko (?:na|nang|ng) mamatay\b",
    r"\b(?:ayoko|ayaw ko) (?:na|nang) mabuhay\b|\btapusin (?:ko )?(?:na )?(?:ang )?buhay ko\b",
    # Hindi and Urdu in Latin script.
    r"\b(?:marna|mar jana|mar jaana|marjana|mrna) (?:chahta|chahti|chahtaa|chahtii|chahata)\b"
    r"|\bmujhe (?:marna|mar jana) hai\b",
    r"\b(?:khudkushi|khud kushi|khudkhushi|aatmhatya|atmahatya|atmhatya)\b",
    r"\b(?:jeena|jina|jeene) (?:nahi|nahin|nai) (?:chahta|chahti|hai)\b",
    r"\bkhud ko (?:khatam|maar) (?:kar|dena|dunga|dungi)\b",
    r"\bapni jaan (?:le|lena|lunga|lungi|de dunga|de dungi)\b",
    # Self-harm told plainly, in the first person (crisis at once, as "i cut myself again" in English); a
    # cut named with cooking, shaving or hair is not here.
    r"\bme (?:volvi|he vuelto) a cortar\b(?! el pelo| las unas)|\bme corte (?:otra vez|de nuevo|los brazos|el brazo|"
    r"las munecas|la muneca|los muslos|las piernas)\b|\b(?:me )?autolesion\w*|\bme queme (?:a proposito|aposta)\b",
    r"\bme cortei (?:de novo|outra vez|nos bracos|no braco|nos pulsos|nas pernas|nas coxas)\b|\bvoltei a me cortar\b"
    r"|\b(?:automutil\w*|autolesao|autolesoes)\b|\bme queimei (?:de proposito|de novo|outra vez)\b",
    r"\bje me (?:suis )?(?:encore |de nouveau |re ?)?(?:scarifie\w*|mutile\w*)\b|\bje me suis brule\w* expres\b"
    r"|\bje me (?:suis )?(?:encore |re)?"
    r"(?:coupee?|coupe) (?:les bras|le bras|les poignets|le poignet|les cuisses|expres|volontairement|encore)\b"
    r"|\bautomutilation\b|\bscarifications?\b",
    r"\b(?:hab|habe|ich hab|ich habe) mich (?:\w+ ){0,2}?(?:geritzt|selbst verletzt)\b|\bich ritze? mich\b"
    r"|\bselbstverletzung\b"
    r"|\bmich (?:\w+ ){0,2}?(?:absichtlich|extra) (?:verbrannt|geschnitten)\b",
    r"\bmi sono (?:tagliata|tagliato) (?:di nuovo|ancora|le braccia|il braccio|i polsi|il polso|le cosce|le gambe|"
    r"apposta)\b"
    r"|\bmi taglio (?:di nuovo|ancora|le braccia|i polsi|apposta)\b|\bautolesionism\w*"
    r"|\bmi sono (?:bruciata|bruciato) (?:apposta|di nuovo|ancora)\b",
    r"\b(?:heb|ik heb) me(?:zelf)? (?:weer |opnieuw |gisteren )*gesneden\b(?! (?:aan|bij|met|tijdens|in de))"
    r"|\bik (?:snij|snijd|kras) (?:me|mezelf)\b|\bzelfbeschadig\w*",
    r"\b(?:znowu |znow |)(?:sie pocielam|sie pocialem|pocielam sie|pocialem sie|tne sie|cielam sie|cialem sie)\b"
    r"(?! (?:nozem )?(?:przy|podczas) )|\bsamookalecz\w*",
    r"\b(?:kendimi|kolumu|kollarimi|bilegimi|bileklerimi|bacagimi) (?:yine |tekrar |gene )?(?:jiletle |bicakla )?"
    r"(?:kestim|kesiyorum|kesmeye)\b|\b(?:jiletle|bicakla) (?:yine |tekrar )?(?:kestim|kesiyorum)\b"
    r"|\bkendime (?:yine |tekrar )?zarar (?:verdim|veriyorum)\b",
    r"\b(?:nyilet|ngiris|menyayat|sayat|silet|melukai) (?:tangan|lengan|pergelangan|paha|diri)\w*"
    r"|\bnyakitin diri (?:sendiri|gw|gue|aku)\b",
    r"\b(?:naglaslas|naglalaslas|naglaslas ulit) ako\b|\bsinaktan ko (?:ulit )?(?:ang )?sarili ko\b",
    r"\b(?:blade|razor|chaku|chaaku) se (?:\w+ ){0,2}?(?:haath|hath|kalai|bazu|baazu|wrist|arm) (?:pe|par|ko) "
    r"(?:phir |fir |dobara )?(?:kaata|kata|kaat|kaati|kati|cut)\b"
    r"|\bkhud ko (?:phir |fir )?(?:hurt|zakhmi) (?:kiya|karta|karti)\b",
]
_PATTERN = re.compile("|".join(f"(?:{rule})" for rule in _STATED))

# The same said of someone else, in the third person ("mi amiga dice que quiere morir"): care worded for the
# one who worries, as for "my friend says she wants to kill herself" in English.
_THIRD = [
    r"\b(?:quiere|queria|se quiere|se va a) (?:morir(?:se)?|matar(?:se)?|suicidar(?:se)?|quitarse la vida)\b"
    + _OF_SOMETHING,
    r"\b(?:quer|queria|vai) (?:morrer|se matar|se suicidar)\b" + _OF_SOMETHING + r"|\bquer tirar a propria vida\b",
    r"\b(?:veut|voulait|va) (?:mourir|se tuer|se suicider|en finir)\b" + _OF_SOMETHING,
    r"\b(?:vuole|voleva) (?:morire|ammazzarsi|uccidersi|suicidarsi|farla finita|togliersi la vita)\b" + _OF_SOMETHING,
    r"\b(?:will sich umbringen|will sich das leben nehmen)\b",
    r"\b(?:olmek istiyor|olmek istedigini|kendini oldurecek|kendini oldurmek istiyor|intihar edecek)\b",
    r"\bgusto (?:niya|nya) (?:na |nang )?(?:mamatay|magpakamatay)\b|\bmagpapakamatay (?:daw|raw) (?:siya|sya)\b",
    r"\b(?:marna|mar jana) (?:chahta|chahti) (?:hai|tha|thi)\b|\bkhudkushi karna chahta hai\b",
]
_THIRD_PATTERN = re.compile("|".join(f"(?:{rule})" for rule in _THIRD))

# Japanese, read before accents are dropped; a denial after it ("死にたいとかじゃない") sets it aside.
_JA = re.compile(
    r"(?:死にたい|しにたい|氏にたい|自殺(?:したい|する|しよう|しようと|を考え|を決め)|生きていたくない|生きたくない"
    r"|命を絶(?:ち|と|つ)|死のうと(?:思|し|決)|首を吊(?:る|ろう|りたい)"
    r"|リスカ|リストカット|自傷(?:した|して|しちゃ|行為))"
    r"(?!(?:とか|って|わけ|訳|なんて|とは)(?:じゃ|では|でも)?(?:ない|なく|ありません|思ってない|言ってない))"
)

# Hyperbole: "恥ずかしすぎて死にたい" (so embarrassed I could die), a laugh after it.
_JA_FIGURE = ("恥ずかし", "はずかし", "笑", "草", "ｗｗ", "ww")
_NEGATORS = frozenset("no non nn n nao ne nicht kein keine niet geen nie degil tidak gak nggak ga enggak bukan hindi "
                      "nahi nahin nai not never pas".split())
_TL_AFTER_DI = frozenset("ako ko kami tayo naman".split())
_HI_NOUNS = frozenset(("khudkushi", "khud kushi", "khudkhushi", "aatmhatya", "atmahatya", "atmhatya"))
# Someone else named as the one at risk ("kolega pisze ze chce sie zabic", "meine freundin will nicht mehr
# leben"), where the verb does not say who: theirs, unless the speaker comes in after them.
_OTHERS = frozenset("kolega kolezanka kumpel przyjaciel przyjaciolka brat siostra syn corka dost bhai behen didi "
                    "beta beti amigo amiga hermano hermana hijo hija novio novia irmao irma filho filha namorado "
                    "namorada ami amie pote frere soeur fils fille copain copine freund freundin bruder schwester "
                    "sohn tochter amico amica fratello sorella figlio figlia vriend vriendin broer zus zoon dochter "
                    "arkadasim kardesim teman temen temanku adik kakak kaibigan kapatid he she".split())
_FIRST = frozenset("i me my ich mich mir mein meine je moi yo eu io mi ik mij jag ja ben aku saya gue gw ako "
                   "main mujhe mera meri".split())
# Words that make a match the speaker's own: their pronouns and first-person verbs.
_FIRST_IN_MATCH = _FIRST | frozenset("quiero quisiera voy quero queria vou preciso penso pensei veux vais voudrais "
                                     "jai jveux jvais voglio vorrei mochte moechte".split())
_HI_NOT = frozenset("nahi nahin nai".split())
_CLAUSE_BREAK = re.compile(r"[.,;!?]")
_NON_WORD = re.compile(r"[^\w.,;!?]+")  # clause marks are kept, every other run of non-letters is one space


def _someone_elses(before: str, phrase: str) -> bool:
    """Whether someone else is named before a match in its clause, and the speaker neither after them nor
    in the match itself ("mi amigo se fue y me quiero morir" is the speaker's)."""
    clause = _CLAUSE_BREAK.split(before)[-1].split()
    named = [i for i, word in enumerate(clause) if word in _OTHERS]
    return bool(named) and _FIRST.isdisjoint(clause[named[-1] + 1:]) and _FIRST_IN_MATCH.isdisjoint(phrase.split())


def _negated(before: str, phrase: str, after: str) -> bool:
    """Whether a match is set aside: a negator in the four words before it, in its own clause; for a
    Hindi noun ("khudkushi"), a negator in the five words after it ("khudkushi ka koi irada nahi")."""
    clause = _CLAUSE_BREAK.split(before)[-1].split()
    if not _NEGATORS.isdisjoint(clause[-4:]):
        return True
    tail = clause[-6:]  # Tagalog "di ako / hindi naman ako nag-iisip na ...", not Indonesian "di" (at, in)
    if any(w in ("di", "hindi") and nxt in _TL_AFTER_DI for w, nxt in zip(tail, tail[1:], strict=False)):
        return True
    if phrase in _HI_NOUNS:
        return not _HI_NOT.isdisjoint(_CLAUSE_BREAK.split(after)[0].split()[:5])
    return False


def read_stated(text: str) -> tuple[str | None, str | None]:
    """(the words of the speaker's own plain statement of wanting to die, the words of one said of someone
    else), each None when there is none; the speaker's own is read first and stops the reading."""
    if not text:
        return None, None
    lowered = unicodedata.normalize("NFKC", _clip(text)).lower()  # read as find_help reads it (help_text.py)
    if not lowered.isascii():
        for found in _JA.finditer(lowered):
            near = lowered[max(0, found.start() - 8):found.end() + 4]
            if not any(cue in near for cue in _JA_FIGURE):
                return found.group(), None
    folded = " " + " ".join(_NON_WORD.sub(" ", _fold(lowered)).split()) + " "
    other = None
    for found in _PATTERN.finditer(folded):
        phrase, before, after = found.group().strip(), folded[:found.start()], folded[found.end():]
        if _negated(before, phrase, after):
            continue
        if _someone_elses(before, phrase) or after.split()[:1] in (["hai"], ["tha"], ["thi"]):  # "marna chahta hai"
            other = other or phrase
            continue
        return phrase, None
    for found in _THIRD_PATTERN.finditer(folded):
        if not _negated(folded[:found.start()], found.group().strip(), folded[found.end():]):
            return None, other or found.group().strip()
    return None, other


def find_stated(text: str) -> str | None:
    """The words of the speaker's own plain statement of wanting to die in another language, or None."""
    return read_stated(text)[0]
