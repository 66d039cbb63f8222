"""The tables langid.py scores with: per-language words and their weights, words several languages share,
word endings and beginnings, telling letters, English function words, phrases English borrows whole, and
laughs typed in one language ("jajaja", "kkkk", "wkwk"). Data only, a few of them as compiled patterns;
langid.py merges them and scores a message.
"""

from __future__ import annotations

import re

# Per language: "weight: words". Words are written folded (lowercase, no accents).
_TABLES: dict[str, str] = {
    "es": """
        3: miedo fingir canse cansado cansada fatal novio novia dificil levantarme triste tristeza
           llorando sueno cabeza corazon familia escuela trabajo dinero ayudar pedir
           duele quisiera sentir solita solito ganas pelee puta
           estoy quiero puedo tengo tienes ayuda ayudame ayudenme ayudeme auxilio soy muy
           los necesito nadie alguien siempre tambien ahora hoy cuando quien mejor mucho muchos
           eres estas despues entonces puedes hago pues wey guey neta porfa porfavor nosotros
           ustedes usted ahorita contigo conmigo estaba estan vamos verdad jajaja ningun
           ninguna algun tampoco hermano hermana quieres sabes podria hice donde todavia
           mientras cosas hacer tiene vivir morirme matarme suicidarme diciendo aguanto
           estuve siento veces otra vez anoche mismo misma necesitas hace frio perro muero
           hambre comer jefe llego tarde cuentame verte quisiera escribi despedida todos todas
           ganas hacerlo decidido elegi lastimo esfuerzo sirvo sale cuarto mejor salir amigos
           amigas gusta ayer semana nuestro nuestra cuidate oye chido vos
           tenes queres podes boludo cabron pinche chale mande ando andas estamos ojala
           llorar lloro dormir hablar persona numero llamar seguro segura seguir
           quedamos entiende entiendo entender escuchar escucha escuchame trabajar
           temprano nomas onda
        2: ella jaja manana noche las peor gracias bueno dejame dime mis tus sus este esto
           eso esa ese madre padre morir asi mata va sabado hasta estar cada
        1.5: hola yo el esta
        1: que pero porque por para con mas mi lo nada todo ya hay vida como aqui nunca dia
           una del al bien algo poco socorro gente sin tan son vale ser mama solo favor super
           pense hasta final rabia
        0.5: de en me un es te le se si la mal mia amigo cara mano y no
    """,
    "pt": """
        3: medo fingir cansei namorado namorada dificil levantar gosta liga chorar chorando triste
           tristeza sonho cabeca coracao familia dinheiro pedir sentir vontade briguei dor
           odeio machucar sozinha porra caralho
           eu voce vc vcs nao estou sou muito pra tambem obrigado obrigada valeu kkk ajuda
           socorro preciso quero tenho isso isto agora hoje amanha ninguem alguem tudo minha
           meu meus minhas entao ainda vou foi galera tbm hj msm oq vdd blz mim comigo voces
           estava tava consigo queria sozinho sozinha ajudem ajude coisa coisas gostaria
           alguma algum nenhum nenhuma tchau beleza cansado cansada morrer viver saudade
           fazer pensando ontem comprei ficou tem jogo quem assistir depois aula morrendo rir
           esse essa calor vezes mesma cansaco matei quase vergonha novo nova falar ligar
           pessoa numero seguro segura crise dessa voltar trampo acham tudo trabalho
           melhor filho filha obrigado ajudar brincadeira vontade escola amigos mae pai irmao
           irma onde ficar estar estao mesmo cedo tarde noite semana fim gosto pode
        2: uma ele ela em ou fico bem vai sua pq dessa desse nessa nesse pelo pela sao seus
           suas tao
        1.5: mais com seu gente posso
        1: mas para pro nada aqui porque por que como sempre quando sei esta ta nos os tipo
           na algo vida dia todo nunca oi to final finalmente
        0.5: de no me se um ne cara mano e o
    """,
    "fr": """
        3: peur semblant marre disputee copain copine dur triste pleurer tete coeur famille
           argent demander sentir deteste seule seul chambre salut
           j'ai suis les une pour avec mais moi toi vous nous quoi tout tous rien oui svp stp
           aidez aider secours peux veux fais sais vais trop mdr ptdr jsp chui jsuis j'suis aux
           sont avoir etre faire dans sans chez demain aujourd'hui cette quand pourquoi comment
           beaucoup vraiment envie besoin encore toujours jamais j'en j'me j'sais j'veux
           c'etait n'est n'ai m'a t'es qu'il qu'on peut d'etre meme
           maintenant ouais quelqu'un quelque chose putain pense tuer fait froid soir matin
           leur leurs notre votre avait etait fait suis ceux celle cela alors donc depuis
           pendant voila bisous bah bref genre grave franchement truc trucs potes pote ouf
           mec meuf parler appeler numero vie mourir fois ami amie veut veulent vont aller
           j'y t'as j'avais j'etais j'aimerais m'en t'en s'il
        2.5: c'est
        2: je pas est des du elle qui sur comme merci aide au personne tres
        1.5: et
        1: ne le la un il que bien mon ma ta ce ai non tu mes deja coup bon plus ca
        0.5: de en me te se
    """,
    "de": """
        3: gestritten schwer aufzustehen mag traurig weinen kopf herz familie geld fragen fuehlen
           hasse allein zimmer bock glaub
           ich nicht eine mich mir meine bitte hilfe hilf helft danke auch noch schon aber
           wenn dass weil habe hast bist nichts alles immer heute jetzt sehr nein kein keine
           sich wir bisschen einfach weiss gerade mehr wieder oder bruder schwester mutter
           vater keiner niemand jemand etwas moechte brauche sofort ueberhaupt gehts geht
           haben werde wurde wirklich vielleicht euch uns dich dir deine dein nachts abends
           nochmal irgendwie wird zum beim vom liegt selben gestorben eh totlachen
           ist's gibt gibts kommt macht mache machen sagen sagt weiss gesagt leute schule
           arbeit freunde freund freundin morgens heut doch halt eigentlich genau
           kannst willst musst muss soll sollte koennte waere wuerde ganz gar viel viele
           ohne gegen unter ueber zusammen allein alleine angst tot umbringen
           sicher reden anrufen nummer mensch menschen schluss
        2: und ist das der ein mein nur wie kann hab sind zu mit auf von dem ihr sie fur
           grad sterben sein ins bei nie nach
        1.5: bin
        1: die den des er mal gut ja echt morgen leben im so
        0.5: was an
    """,
    "nl": """
        3: nodig bang ruzie moeilijk opstaan leuk zin verdrietig huilen hoofd hart familie geld vragen voelen
           haat zat
           ik niet het jij mij mijn wat waarom ook wel geen niks niets heb hebt bent
           kunnen moet gewoon alsjeblieft alstublieft alsjeblief hulp bedankt vandaag vanavond
           naar hij jullie kunt mezelf iemand iets allemaal toch doei gezellig jongens zeg
           eigenlijk misschien waar wanneer weet wordt zou zelfmoord helpen niemand altijd
           nooit veilig deze kijkt speelt eindelijk maakt gaat doet zit komt gaan doen zien
           zeggen dus omdat hebben zal mee zoveel weer even heeft hebt vind vindt denk
           graag jou jouw onze hun zich bij moeder vader broer zus vrienden school
           werk praten bellen nummer persoon mens doodgaan dood nergens overal
           iedereen beter slecht moe lig ligt
        2: een dat van wil met voor zijn nog zelf kapot hoor nou lekker aub dank maar

        1.5: nu
        1: de en die je al hoe echt morgen heel zo op om te er zij leven ben kan word bij
           alles
        0.5: is me we
    """,
    "it": """
        3: difficile letto alzarmi alzarsi fingere litigato ragazzo ragazza paura triste piangere
           piango testa cuore famiglia soldi chiedere sentire sentirmi voglia stanca stanco odio
           sento
           voglio puoi sto stai molto troppo perche anche ancora niente nessuno qualcuno
           qualcosa tutto tutti grazie aiuto aiutami aiutatemi aiutate favore oggi domani
           stasera adesso boh vabbe raga cazzo della delle degli nella alla mio tuo essere
           davvero questo questa quello quella cosi allora finita vorrei devo riesco scusate
           sono deciso stanotte faccio sento posto becchiamo scuola muoio voglia vederti
           finalmente ucciso uccide vede voto nell'armadio parlare chiamare numero
           persona vera vero sicuro sicura madre padre fratello sorella amici amico
           lavoro bisogno forse proprio insieme perch nostro
           nostra vostro loro hanno abbiamo avete siete siamo fanno dire detto
           capito senza sopra sotto dentro fuori prima poi sabato
        2: che io cosa bene nel suo fatto stato fare prego ahahah piu sul dopo gia ci centro
           parte madre corda
        1.5: non mia ma mai
        1: il lo di ho ti sei mi una con per ora qui dove quando ciao ahah uno posso serio
           sempre tanto dal ce se
        0.5: hai sta la pero solo come e a
    """,
    "pl": """
        3: ratunku ratuj ratujcie ciezko wstac lozka lozko boje udawania udawac poklocilam poklocilem chlopakiem dziewczyna
           chlopak smutno smutna smutny placze plakac glowa serce rodzina pieniadze prosic czuc
           lubi kocham nienawidze zmeczona zmeczony strach
           jest sie mnie mam jestem chce juz bardzo czy dzieki prosze pomocy pomoz pomozcie
           moge mozesz wszystko teraz dzisiaj dzis jutro sobie siebie naprawde zeby gdzie
           kiedy dlaczego tylko tez byc zyc umrzec chyba troche dobrze ktory jakis dla kurwa
           nikt nikogo nigdy zawsze jestes jestesmy zrobie mowie ciebie tobie mowic wiem
           daje rady dosc robic rozumie rozumiem czuje czuje samotna samotny porozmawiac
           kims kogos szkole szkola pracy praca dom domu rodzice rodzina mama tata brat
           siostra kolega kolezanka potrzebuje bezpieczny bezpieczna kryzysie czlowiekiem pomoc dzien sobote tym
           pokoju mamy listy wszystkich moscie razem wroce domu nigdzie pasuje nowe
           buty kto oglada ide chcesz cos moj moja znowu jade nad morze przez filmik razy
           samym poziomie koncu ostatniego umieram smiechu zabija zabije zabilem glodu
           zginalem spoznie szef ocene jestem wiec bylo byla byl bede ich jego jej
           nam wam mamy zrobic zrobilem moze mozna trzeba wtedy potem jeszcze bardziej
           ktos kogos czegos niczego tego tej temu
        2: nie jak nic ty oni od zle
        1: ze ale co tak mi ona wy bo w z sa bez serio
        0.5: to na i do o a ten
    """,
    "tr": """
        3: ihtiyacim kavga tek basima basimayim sevgilim sevgilimle korkuyorum yoruldum uzgun aglamak
           agliyorum kafam kalbim ailem para istemek hissediyorum sevmiyor yatak yataktan odam
           odamda korku yorgunum nefret
           bana beni benim seni sana cok degil icin gibi yok istiyorum istemiyorum artik
           simdi lutfen yardim edin imdat tamam evet hayir nasil neden kimse herkes bugun
           yarin aksam gece kanka misin miyim musun gercekten cidden kendimi kendime sizi
           onlar daha sonra kadar ediyorum oldu olur olmak olmaz hicbir bilmiyorum yapamiyorum
           dayanamiyorum kendim guvende acil numara konusabilir insanla yine eve sonunda
           anlat hadi hala abla ablam annem babam kardesim arkadas arkadasim arkadaslar
           okul ders sinav mac maci saat bulusalim gidiyorum geliyorum yapiyorum biliyorum
           seviyorum hep belki sadece cunku nerede
           kim niye niye seyi oyle boyle iste burada orada olsun olmus olacak
           yapacagim edecegim istersin ister veda mektubu seyi gunu nasilsa ihtiyacim kriz
           krizdeyim aile aileme yuk butun hayat hayatini kopek kopegim yedi hafta sonu deniz
           denize merak guzel kotu iyi degilim uzgunum yalniz yorgun olmek olmeyi yasamak
           konusmak aramak
        2: ve bir bu ben sen var hic abi lan sey ile zaman biz siz su
        1: ne ama et kal son
    """,
    "id": """
        3: krisis butuh berantem pacar takut capek pura baik susah kasur kamar sedih nangis kepala hati keluarga
           uang minta ngerasa rasanya suka benci sendirian lakuin
           aku saya gak nggak enggak tidak yang dengan untuk udah sudah juga banget aja saja
           kalo kalau bisa mau pengen ingin tolong bantu bantuan kamu mereka gimana bagaimana
           kenapa mengapa sih deh dong nih wkwk wkwkwk orang makasih nanti besok malam sekarang
           belum pernah tapi karena soalnya gue gw tolongin capek bunuh pengin temen teman
           hidup bener beneran emang kayak abis sekolah ketemuan yuk bikin gitu kok sampe
           liat lihat pake pakai bareng kangen males kesel ngakak ngapain kali aman
           ngobrol nomor telepon beneran sendiri sendirian rumah kerja kantor jalan makan
           tidur bangun pulang pergi datang semua selalu jangan boleh harus bakal akan masih
           cuma hanya kenapa sayang bapak ibu adek kakak
        2: ini itu dan di dari buat sama lagi kau dia apa ada hari jadi terima kasih mati
           kan
        1: ga tak ke kita kami lu lo ya mahal kaya
    """,
    "tl": """
        3: saklolo ligtas hirap bumangon natatakot magpanggap gana jowa kwarto malungkot lungkot iyak umiiyak ulo puso
           pamilya pera hingi nararamdaman galit takot mahirap
           ako mga ayoko gusto kasi naman siya niya kayo niyo tayo namin natin opo salamat
           tulong tulungan tulungin paano bakit saan yung ngayon mamaya bukas sobrang pagod ikaw
           lahat pwede puwede tapos akin sakin siguro talaga ayaw kailangan pupunta nakakainis
           nila sayo iyo mamatay magpakamatay nagbibiro hanggang pinsan barkada kanina gagawin
           ginawa makausap tawagan totoong akong nang kahit kailan kwenta laro mamayang
           manonood ulit atin amin kanya kaniya doon diyan dun
           lagi palagi parang pala baka diba ganun ganyan ganito bahay trabaho
           kain tulog gabi umaga hapon pamilya magulang nanay tatay kuya ate bunso
        2: ko mo ng ang lang po ito dito grabe nga sila yun daw sana nasa kami ano sino wala
           tama
        1.5: hindi
        1: sa na ba pa pero ka di kita raw yan mahal tao kaya
    """,
    "hi": """
        3: darr natak thak ladai bistar uthna mushkil pasand akela akeli rona dukh sar
           paisa maangna mehsoos nafrat dar thaka thaki pareshan
           nahi nahin mujhe kya hoon raha rahi karo mera meri mere aap kuch bahut accha acha
           abhi aaj hain jaana chahiye liye madad bachao mujhse tujhe tujhse kyun kyon koi
           sakta sakti hoga hogi kaise kaisa yahan wahan bilkul zindagi jeena marna pyaar
           dard sochta sochti samajh lagta lagti gaya gayi dunga dungi karunga karungi baat
           insaan kisi apni apna apne khud shayad hamesha kabhi zyada thoda bohot
           bahot haan kaam agar dekh liya diya phir hua garmi dalega daalegi dega degi lega
           legi kyunki lekin magar aur toh sach kaun kaha kahan yahi woh unka uska uski iska
           iski inki unki humko mujhko tujhko tera teri tere chalo karna karke karne karta
           karti kiya kiye hota hoti hote gaye wapas saath pehle baad kitna kitni itna itni
           ladka ladki dost doston paas khana paani bolo bata batao suno dekho samjha bhool
           chhod matlab sirf theek thik pagal bakwas bhaiya hasa hass hasi maarta maarne
           raat subah shaam chahta chahti rehna jaunga jaungi jaaunga
           bardaasht sakta
        2: hai yaar kar bhi tum tha thi hum wala wali wale bas mann dil jaan sath yeh chal
           ghar
        1.5: maar
        1: main ke ki ka ko se mein ho pe ab kal mai par na to sab bhai mar wo mat ji
    """,
}

# Words spelled the same in several of the languages: they score this little in each, whatever
# the tables above say ("word:langs=points").
_SHARED = """
    amigos:es,pt=1 numero:es,pt,fr,it=1 nummer:de,nl=1 seguro:es,pt=1 segura:es,pt=1
    semana:es,pt=1 tarde:es,pt=1 persona:es,it=1 madre:es,it=1 padre:es,it=1 estar:es,pt=1
    niemand:de,nl=1.5 lagi:id,tl=1.5 sana:tr,tl=1.5 sie:de,pl=2 yuk:tr=1 ich:pl=1 calor:es,pt=1
    despedida:es,pt=1 school:nl=0 hier:de,nl=1 tu:es,fr,it=0.5 casa:es,pt,it=0.5 mama:es,pt,it,pl,id=0
    final:es,pt,fr=0 super:es,pl=0 ten:pl=0.5 bang:nl=1 hart:nl=1 dar:hi,es,pt=1 pura:id,es,pt=1
    odio:es,it,pt=1 triste:es,pt,fr,it=1 familia:es,pt=1 familie:de,nl=1 sentir:es,pt,fr=1
    pedir:es,pt=1 fingir:es,pt=1 dificil:es,pt=1 geld:de,nl=1 mag:de,nl=1.5 sola:es,it=1
    solo:es,it=0.5 camera:it=0.5 salut:fr=1.5 no:es,it,pt=0.5 ate:tl=1 para:tr,es,pt=1
    kim:tr=1 mac:tr=1 son:tr=1 nam:pl=1 wam:pl=1 dom:pl=1 brat:pl=1 halt:de=1 angst:de=1 tot:de=1
    mensch:de=2 eh:de=0.5 even:nl=1 hun:nl=1 mens:nl=1 moe:nl=1 genre:fr=1 grave:fr=1 bah:fr=1
    voila:fr=1 pendant:fr=1 notre:fr=2 comer:es=1 fatal:es=1 onda:es,pt=1 mae:pt=1.5 irma:pt=1
    dentro:es,pt,it=1 dire:it=1 siete:es,it=1 vero:it=1.5 vera:it,es=1 centro:es,pt,it=1
    parte:es,pt,it,fr=0.5 posto:it=2 voto:es,pt,it=1 finalmente:es,pt,it=0.5
"""

# Word endings and letter groups (on folded words of five letters or more not in a table):
# (language, points, endings, inner groups).
_SHAPES: tuple = (
    ("tr", 1.5, ("iyorum", "uyorum", "iyor", "uyor", "yorum", "yorsun", "yoruz", "ecegim", "acagim",
                 "eyim", "ayim", "lerim", "larim", "lerimle", "larimla", "imden", "imdan", "imle",
                 "imiz", "sinde", "sinda", "mistim", "medim", "madim"), ()),
    ("tr", 1.0, ("dim", "dum", "tim", "tum", "imi", "ime", "ini", "ine", "mak", "mek"), ()),
    ("pl", 1.0, ("alem", "alam", "ilem", "ilam", "ylem", "ylam", "elam", "owac", "ych", "owie",
                 "ami", "ach", "cie", "osci", "nosc"), ("rz", "cz", "sz", "dz", "wsz", "chc")),
    ("es", 1.0, ("cion", "ciones", "amos", "aron", "ieron", "ando", "iendo", "ado", "ada"), ()),
    ("pt", 1.0, ("cao", "coes", "ao", "oes", "ando", "indo", "ado", "ada", "inho", "inha"), ("lh", "nh")),
    ("it", 1.0, ("zione", "iamo", "ggio", "cchi", "cche", "ssimo", "ato", "ata", "ito", "ita"), ("cch", "gli", "gn")),
    ("fr", 1.0, ("eux", "euse", "ement", "aient", "ais", "ait", "ons", "ez", "oir"), ("eau", "oi")),
    ("de", 1.0, ("ung", "ungen", "keit", "heit", "lich", "chen", "isch", "ieren"), ("sch", "tz", "ue")),
    ("nl", 1.0, ("lijk", "tje", "tjes", "heid", "ig"), ("ij", "oe", "aa", "uu")),
    ("id", 1.0, ("nya", "kan", "lah", "kah"), ()),
    ("tl", 1.0, ("ang", "ong", "hin", "han"), ()),
)
_PREFIXES: tuple[tuple[str, float, tuple[str, ...]], ...] = (
    ("id", 1.0, ("ng", "meng", "meny", "mem")),
    ("tl", 1.0, ("ng", "nag", "mag", "nakaka", "pinag", "ipag", "naka", "maka", "pina", "pag")),
)
_SHAPES = tuple(
    (lang, w, endings, re.compile("|".join(groups)) if groups else None) for lang, w, endings, groups in _SHAPES
)
_SHAPE_CAP = {"tr": 3.0}  # Turkish is told by its endings more than by whole words
_SHAPE_CAP_DEFAULT = 2.0  # elsewhere endings support words but never decide alone

# Letters typed in one or two of the languages; points per distinct letter, capped per language.
_LETTERS: dict[str, tuple[tuple[str, float], ...]] = {
    "ñ": (("es", 1.5),), "¿": (("es", 3.0),), "¡": (("es", 2.0),),
    "ã": (("pt", 2.5),), "õ": (("pt", 2.5),), "ç": (("pt", 0.5), ("fr", 0.5), ("tr", 0.5)),
    "ê": (("pt", 0.5), ("fr", 1.0)), "ô": (("pt", 0.5), ("fr", 1.0)), "â": (("pt", 0.5), ("fr", 1.0)),
    "è": (("fr", 1.0), ("it", 1.0)), "à": (("fr", 1.0), ("it", 0.5)), "ù": (("fr", 0.5), ("it", 1.0)),
    "ì": (("it", 1.5),), "ò": (("it", 1.5),), "œ": (("fr", 2.0),), "î": (("fr", 1.0),), "û": (("fr", 1.0),),
    "ë": (("nl", 1.0), ("fr", 0.5)), "ï": (("fr", 0.5), ("nl", 0.5)),
    "ß": (("de", 3.0),), "ä": (("de", 1.5),), "ö": (("de", 1.0), ("tr", 1.0)), "ü": (("de", 1.0), ("tr", 1.0)),
    "ğ": (("tr", 3.0),), "ş": (("tr", 3.0),), "ı": (("tr", 3.0),), "İ": (("tr", 3.0),),
    "ą": (("pl", 3.0),), "ę": (("pl", 3.0),), "ł": (("pl", 3.0),), "ś": (("pl", 3.0),), "ź": (("pl", 3.0),),
    "ż": (("pl", 3.0),), "ć": (("pl", 3.0),), "ń": (("pl", 3.0),), "ó": (("pl", 0.5), ("es", 0.5)),
}
_LETTER_CAP = 3.0

# English function words and chat words; a message must score higher in its language than here.
_ENGLISH = """
    2: the and you are were been have has had does did don't can't i'm it's i've i'll won't
       isn't didn't doesn't that's you're what's let's my your this that what with just feel
       want know really because they she our them there about how why who would could should
       going today tonight tomorrow people everything nothing anything something someone anyone
       yeah when very which where said gonna wanna got dont cant im myself
    1: i is am was be not it for of to on at so like get he we here all if but or will time
       thanks thank lol friends school work then than out up go love tell u ur hey guys day
       need think good bad back
    0.5: me please help okay in an a hi
"""

# Phrases English speakers borrow whole; they say nothing about the language of the message.
_LOANS = re.compile(
    r"\b(?:c'est la vie|hasta la vista|mi casa es su casa|su casa|deja vu|je ne sais quoi|bon appetit"
    r"|bon voyage|que sera,? sera|mamma mia|la dolce vita|dolce vita|vis a vis|tete a tete|joie de vivre"
    r"|raison d'etre|fait accompli|coup de grace|savoir faire|prima donna|al dente|bon appetit|carpe diem|feliz navidad|feliz cumpleanos"
    r"|no problemo|ich bin ein berliner|auf wiedersehen|hakuna matata)\b"
)
_LAUGHS = (
    (re.compile(r"(?:ja){2,}j?"), "es", 2.0),
    (re.compile(r"k{3,}"), "pt", 3.0),
    (re.compile(r"(?:wk){2,}w?"), "id", 3.0),
)
