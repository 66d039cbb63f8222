"""find_help's requests for help, for a person or for a number to call (patterns only, read by help_requests.py)."""

from __future__ import annotations

from bot.language.help_family import _ADV, _NEG, _NOT_AFTER_HELP, _Family

# "besoin qu'on m'aide à déménager": help with a chore, not a request for care.
_FR_CHORE = (r"(?! a (?:demenager|porter|faire|reviser|installer|monter|reparer|comprendre|trouver|choisir|cuisiner|"
             r"ranger|finir|organiser|peindre|traduire|corriger|remplir|payer)\b)")

# Requests for help, for a person or for a number to call.
_REQUEST = [
    _Family(
        "help helping support assistance assist",
        [
            r"\bwho (?:can|could|will|would) help\b",
            r"\byou can help me\b(?! (?:with|to|understand|pick|choose)\b)",
            r"^ help to me\b",
            r"\b(?:please|can you|could you|someone|somebody|anyone) helping me\b",
            r"\bi (?:want|need) helping\b",
            r"\bhelp (?:me|us|mij|mi)\b",
            r"\b(?:need|am needing|want|require|could use|would like|id like|need some|desperately need|urgently need)(?: (?:some|a little|a lot of|real|professional|proper|serious|urgent|immediate|actual|more|your))? (?:help|support|assistance)\b",
            rf"\b(?:please|someone|anyone|somebody|anybody|send|sos|urgent|emergency|immediate|need)(?: please)? help\b{_NOT_AFTER_HELP}",
            r"\b(?:where|how|who) (?:do|can|could|should|would|will|to)(?: i| we| someone)? (?:get|find|go for|look for|reach|ask for|turn to for|call for)(?: (?:some|real|proper|actual|professional|immediate|urgent|more))? (?:help|support)\b",
            r"\bget me(?: (?:some|real))? help\b",
            r"\b(?:i|we) (?:need|want|have) to (?:get|find) (?:some |real |proper )?help\b",
            r"\b(?:need|want) (?:someone|somebody|anyone|a person|you) (?:to )?help\b",
            r"\b(?:may|can|could) i (?:have|get) (?:some |a little |any )?help\b",
            r"\bplease assist\b|^ (?:i need |need )?assistance(?: please| now)* $",
            r"^ (?:get|getting) (?:me )?help(?: now| please)* $",
            r"\b(?:call|calling|crying|screaming|shouting) (?:out )?for help\b",
            r"\bcrisis (?:support|help|care|service|services|team|worker)\b",
            r"\bways to (?:get help|get support)\b",
            r"\b(?:madad|help) (?:karo|kro|kar do|kardo|kijiye|kijie|karein|karo na|chahiye|chaiye|chahie|chiye)\b",
            r"\b(?:meri|hamari|mujhe|mujhko) (?:madad|help)\b",
        ],
        [
            rf"\b{_NEG}{_ADV} (?:need|want|require|ask for|asking for)(?: (?:any|some|your|the|more|a))? (?:help|support|assistance)\b",
            r"\bno (?:help|one|body) (?:needed|required)\b",
            r"\b(?:okay|fine|alright|normal|brave|allowed|human|strength|strong|good|safe|ok) to (?:need|ask for|want|get|seek|accept|reach out for) (?:some |a little )?help\b",
            r"\b(?:asking|reaching out) for help is\b",
            r"\b(?:not think|doubt|do not believe) (?:you|anyone|anybody|someone) can help\b",
            r"\b(?:was|were|had|have been|has been|is|she is|he is|they are|dog was|kept) (?:calling|crying|screaming|shouting|asking) (?:out )?for help\b",
            r"\bhelp me (?:understand|remember|choose|decide|pick|think of|word|phrase|describe|imagine|picture|visuali[sz]e|find the words|with (?:this|the) (?:step|question|phrase|answer|words))\b",
            r"\bneed (?:some )?help (?:choosing|picking|deciding|thinking of|finding the words|with (?:this|the) (?:step|question|phrase|answer|words|buttons?|menu))\b",
            r"\b(?:you|he|she|they|it|who|do you|does he|does she|does it) (?:really |even |still )?(?:need|want|needs|wants)(?: (?:any|some|more))? help\b",
            r"\b(?:we all|we|everyone|everybody|people|humans|all of us) (?:all |sometimes |often |occasionally )(?:need|needs) (?:some )?help\b",
            r"\bwe all need help\b",
            r"\b(?:would|could|might|will|may|can|not|never|ever|to|it|this|that|which|they|she|he|did|does|should|must|always|often|usually) help (?:me|us|mij|mi)\b",
        ],
    ),
    _Family(
        "person human humans someone somebody anyone anybody counsellor counselor therapist professional volunteer people connect ways talk",
        [
            r"\b(?:where|how|who) (?:do|can|could|should|would|will|to)(?: i| we)? (?:get|find|look for|reach|ask for|turn to)(?: (?:a|some|real|proper|actual))? (?:someone|somebody|person|human|real person)\b",
            r"\bget me(?: (?:a|an|a real))? (?:human|person|someone|somebody|counsell?or|therapist)\b",
            r"\b(?:talk|speak|chat|text|reach) (?:to|with) (?:a |an |some )?(?:real |actual |live |human |trained )?(?:person|human|someone|somebody|anyone|anybody|counsell?or|therapist|professional|volunteer)\b",
            r"\b(?:someone|somebody|anyone|anybody|a person|a human|a real person|people) (?:i|that i|who i) (?:can|could) (?:talk|speak|text|call|reach|chat|ring)\b",
            r"\b(?:need|want|give me) (?:a |an )?(?:real |actual |live )?(?:human|person)\b(?= *$| (?:now|please|asap|to talk|to speak|not a bot|here|right now|urgently|being|person|instead)\b)",
            r"\bconnect me (?:to|with) (?:a |an |the )?(?:someone|somebody|help|crisis|support|real|human|person|hotline|helpline|line|services|counsell?or|therapist|professional)\b",
            r"\breach (?:a |an )?(?:real |actual |live )?(?:person|human)\b",
            r"\b(?:need|want|have|how do i|how can i|can i|where can i|how to) (?:to )?reach (?:someone|somebody|anyone|anybody)\b",
            r"\b(?:need|want) (?:someone|somebody|anyone|a person) (?:to )?(?:talk|call|text|listen|be with|stay with|hear)\b",
            r"\b(?:want|need|wanna) (?:to )?(?:talk|speak) (?:someone|somebody|anyone|a person|a human|human|person)\b",
            r"\b(?:is there|there is|need|want|wanna|find|any) (?:someone|somebody|anyone|anybody) (?:for|to) (?:talk|speak)\b",
            r"^ (?:hello |hi |hey )?(?:anyone|anybody)(?: there| here| real| listening)? $",
            r"\b(?:can|could|may) i (?:get|have|see) (?:a |an )?(?:real |actual |live )?(?:human|person)\b",
            r"^ (?:i )?need to talk(?: to (?:someone|somebody|anyone))?(?: now| please| right now| asap)* $",
            r"\bis there (?:a |an |any )?(?:real |actual |live )?(?:someone|somebody|anyone|anybody|person|human|people)\b(?! (?:who|that) (?!i can|can|could|will)\w+)",
            r"^ any (?:real |actual |live )?(?:human|humans|person|people|one)(?: here| there| around| online)? $",
            r"\b(?:someone|somebody|anyone|anybody) (?:please )?(?:talk|speak) to me\b",
            r"\btalk to me(?: please)? (?:someone|somebody|anyone|anybody)\b",
            r"\b(?:can|could|will|would) (?:someone|somebody|anyone|anybody) (?:please )?(?:talk|speak|chat) (?:to|with) me\b",
            r"\b(?:can|could|may|should|do) i (?:call|text|ring|phone) (?:someone|somebody|anyone|a person|a human)\b",
            r"\bways to (?:reach|contact|talk to|get in touch with|call)\b",
            r"^ please (?:someone|somebody|anyone|anybody)(?: please)? $",
            r"^ (?:someone|somebody|anyone|anybody)(?: please)+ $|^ (?:anyone|anybody)(?: there| here)? $",
            r"^ (?:hello |hi |hey )?is (?:anyone|anybody|someone|somebody) (?:there|here|real|listening)\b",
            r"\bneed (?:someone|somebody|anyone|a person|a human)(?= *$| (?:now|please|right now|here|urgently|asap|real|tonight)\b)",
            r"\b(?:need|want|see|get) (?:a |an |to see a |to see an |to talk to a )?(?:counsell?or|therapist|crisis worker)\b(?= *$| (?:now|please|right now|asap|urgently|today|tonight)\b)",
            r"^ (?:a )?(?:real|actual|live) (?:person|human)(?: please| now| pls| asap)* $",
            r"^ (?:a )?human(?: please| now| asap)+ $",
        ],
        [
            rf"\b{_NEG}{_ADV} (?:want|need|like) to (?:talk|speak|chat) (?:to|with) (?:anyone|anybody|someone|somebody|a person|a human|people)\b",
            r"\b(?:i|we) (?:usually |always |often |sometimes |already )?(?:talk|speak|chat) (?:to|with) (?:a |my )?(?:someone|somebody|therapist|counsell?or|professional) (?:every|each|once|twice|on|weekly|regularly|already)\b",
            r"\b(?:talk|speak|reach out) to (?:someone|somebody|a person|people) (?:you|who) (?:trust|love|know|care)\b",
            r"\b(?:you|they|he|she) (?:can|could|should|might|may|will) (?:always )?(?:talk|speak|reach out) to\b",
        ],
    ),
    _Family(
        "number numbers line lines hotline helpline textline call text ring contact contacts resources 911 999 112 988",
        [
            r"\b(?:number|numbers|line|hotline|helpline) (?:i|we) (?:can|could|should|might) (?:call|text|ring|dial|contact|reach)\b",
            r"\b(?:number|line) (?:can|could|should|do|would) (?:i|we) (?:call|text|ring|dial)\b",
            r"\b(?:give|send|tell|show|get) me (?:a |the |some |your |any )?(?:crisis |emergency |help |support |suicide )?(?:number|numbers|line|lines|hotline|helpline|contacts?|resources)\b",
            r"\b(?:crisis|suicide|emergency|help|support|samaritans|mental health) (?:line|lines|number|numbers|hotline|text line|textline|phone|resources)\b",
            r"\b(?:number|line) to (?:call|text|ring|dial)\b",
            r"^ (?:a |the |any )?(?:crisis |help |emergency )?(?:number|hotline|line)(?: please| pls| now)+ $",
            r"^ what number(?: (?:do|can|should) i (?:call|text))? $",
            r"\b(?:need|want|give me|get me|send me|show me|any) (?:the |some )?(?:crisis |help |support )?resources\b|^ (?:crisis )?resources(?: please| pls| now)* $",
            r"\b(?:hotline|helpline|textline)\b",
            r"\b(?:can|could|may|should|do) i (?:call|text|ring|phone) (?:a line|a helpline|a hotline|911|999|112|988|000)\b",
            r"\bis there (?:a |an |any )?(?:text |crisis |help )?(?:number|line)\b(?= *$| (?:i|we|to|that|you|please|someone|for (?:help|support|crisis|people))\b)",
            r"\b(?:number|numbers|line) (?:for|to get) (?:help|support|crisis|someone|a person)\b",
            r"\b(?:need|want|get|have) (?:a |the |some )?(?:phone |crisis |help |emergency |suicide )?(?:number|numbers)(?= *$| (?:to call|i can call|to text|i can text|for help|please|now|to ring)\b)",
            r"\b(?:need|have|want|going|got) to (?:call|dial|ring) (?:911|999|112|988|000|an ambulance|emergency services)\b",
        ],
        [
            r"\b(?:work|works|worked|working|volunteer|volunteers|volunteered|volunteering|called|rang|texted|tried|training)(?: (?:at|on|for|with|as))?(?: (?:a|the|an))?(?: (?:crisis|suicide|help|support|local))? (?:line|hotline|helpline|text line)\b",
            r"\b(?:him|her|them|he|she|they|my \w+|we) (?:to )?(?:call|called|calls|text|texted|ring|rang|contact|contacted|try|tried) (?:a |the |an )?(?:crisis |suicide |help )?(?:line|hotline|helpline)\b",
        ],
    ),
    _Family(
        "who",
        [r"\bwho (?:can|do|should|could|would) i (?:call|text|ring|talk to|speak to|reach|contact|reach out to|turn to|go to)\b(?! (?:about|to fix|to book|to order|to ask about)\b)"],
    ),
    _Family("urgent", [r"\b(?:it|this) is (?:really |very |so )?urgent\b"]),
    _Family(
        "save rescue saving rescuing lifeline",
        [
            r"^ (?:please |someone |somebody |anyone |god |just )*(?:save|rescue) me\b(?! (?:a|some|the|from the|my|time|money)\b)",
            r"\b(?:someone|somebody|anyone|please) (?:save|rescue) me\b(?! (?:a|some|the|my|time|money)\b)",
            r"\bi need (?:saving|rescuing|rescue|a lifeline)\b",
        ],
    ),
    _Family(
        "sos",
        [r"\bsos\b"],
        [r"\b(?:vos|tu|que|si|quien|ya|vos no) sos\b", r"\bsos (?:un|una|el|la|re|muy|lo|mi|tan|de|mas|vos)\b"],
    ),
    _Family(
        "panic anxiety",
        [r"\bi am (?:having|in) (?:a )?(?:panic attack|anxiety attack)\b"],
    ),
    _Family(
        "ayudame ayudenme ayudeme ayudadme ayudarme auxilio socorro ayudas ayuda ayude hablar alguien",
        [
            r"\b(?:ayudame|ayudenme|ayudeme|ayudadme|ayudarme|auxilio|socorro|me ayudas)\b",
            r"\b(?:necesito|nesesito|necesitamos|ocupo|quiero|pido)(?: (?:una|un poco de|de|tu|mucha|urgente))? ayuda\b",
            r"\b(?:quiero|necesito|puedo) hablar con (?:alguien|una persona|un humano)\b",
            r"\balguien (?:que )?me (?:ayude|puede ayudar|podria ayudar)\b",
            r"^ (?:por favor )?alguien(?: por favor)?(?: ayuda| ayudeme| ayudame)? $",
        ],
        [r"\bno (?:necesito|nesesito|quiero|ocupo)(?: \w+)? ayuda\b", r"\bpronto socorro\b"],
    ),
    _Family(
        "numero nummer numer numara nomor number llamar ligar appeler anrufen chiamare bellen zadzwonic arayabilecegim hubungi telepon tawagan",
        [
            r"\bnumero (?:al que|a quien|para|que|donde|a donde) (?:pueda |puedo |se puede )?llamar\b",
            r"\b(?:tem|ha|existe|algum) (?:algum |um )?numero (?:pra|para|que eu possa|que posso) ligar\b",
            r"\bnumero (?:pra|para) ligar\b",
            r"\bnumero (?:a|pour|que je peux|que je puisse) appeler\b",
            r"\bnummer(?: \w+){0,3} anrufen\b",
            r"\bnumero (?:da chiamare|che posso chiamare|a cui chiamare)\b",
            r"\bnummer (?:dat ik kan bellen|om te bellen|die ik kan bellen)\b",
            r"\bnumer (?:na ktory|pod ktory|do ktorego|by) (?:moge |moglbym |moglabym )?zadzwonic\b",
            r"\barayabilecegim (?:bir )?(?:numara|hat|kimse)\b",
            r"\bnomor (?:yang bisa|untuk|buat) (?:aku |saya |gue )?(?:hubungi|telepon|telpon|dihubungi|ditelepon)\b",
            r"\bnumero na (?:pwede|puwede|pede) (?:kong |ko )?tawagan\b",
            r"\bkoi number (?:hai|do|dijiye|batao)\b",
        ],
    ),
    _Family(
        "jemanden iemand kims biriyle konusmam seseorang kausap alguien alguem quelquun qualcuno",
        [
            r"\bjemanden (?:zum reden|zum sprechen|der mir hilft|der mit mir redet)\b",
            r"\bmet iemand (?:praten|spreken)\b",
            r"\bz kims (?:porozmawiac|pogadac)\b",
            r"\bbiriyle (?:konusmam|konusmaya|konusmak) (?:lazim|gerek|ihtiyacim|istiyorum)\b",
            r"\b(?:bicara|ngobrol|berbicara|curhat) (?:dengan|sama|ke) (?:seseorang|orang)\b",
            r"\bk(?:ai|e)langan ko (?:po )?(?:ng|nang) kausap\b",
            r"\b(?:necesito|quiero) (?:a )?alguien (?:con quien hablar|que me escuche|que me ayude)\b",
            r"\bpreciso de alguem (?:pra|para) (?:conversar|falar|me ouvir)\b",
            r"\bbesoin de (?:parler a )?quelquun\b",
            r"\bho bisogno di (?:parlare con )?qualcuno\b",
        ],
    ),
    _Family(
        "ajudem ajude ajuda ajudar acuda socorro falar",
        [
            r"\b(?:me ajudem|ajudem me|ajude me|ajudem|me ajude|acuda|socorro)\b",
            r"(?:\x02| (?:por favor|pfv|pf|pfvr|alguem|socorro|ajuda|gente|deus)) me ajuda\b(?! (?:muito|bastante|demais|sempre|tanto|mais)\b)",
            r"\b(?:pode|podem|poderia|podes) me ajudar\b",
            r"\b(?:preciso|precisamos|quero)(?: de)?(?: uma| muita| sua)? ajuda\b",
            r"\b(?:quero|preciso) falar com (?:alguem|uma pessoa|um humano)\b",
        ],
        [r"\bpronto socorro\b", r"\bnao (?:preciso|quero)(?: de)?(?: \w+)? ajuda\b"],
    ),
    _Family(
        "aide aidez laide secours daide parler maide maider",
        [
            r"\baide(?:z)? (?:moi|nous)\b", r"\ba l ?aide\b", r"\bau secours\b", r"\bbesoin d ?aide\b",
            r"\bbesoin (?:qu ?on|que quelqu ?un) m ?aide\b" + _FR_CHORE,
            r"\bquelqu ?un (?:pour|qui (?:peut|puisse|pourrait)) m ?aider\b" + _FR_CHORE,
            r"\bparler (?:a|avec) (?:quelquun|une personne|un humain)\b",
        ],
        [r"\b(?:pas|plus|jamais) besoin d ?aide\b"],
    ),
    _Family(
        "hilf helft helfen helf hilfe reden sprechen brauch",
        [
            r"\b(?:hilf|helft|helfen sie|helf) (?:mir|uns)\b",
            r"\bich brauch(?:e)? (?:(?:dringend|sofort|jetzt|bitte|grad|gerade|echt|wirklich|einfach|mal) ){0,3}hilfe\b"
            r"(?! (?:beim|bei der|bei den|mit (?:dem|der|den)) (?:umzug|kochen|lernen|aufbauen|tragen|streichen|"
            r"hausaufgaben|steuer|steuererklarung|bewerbung|computer|rechner|auto)\b)",
            r"\bkann mir (?:bitte )?(?:jemand|wer|irgendwer|irgendjemand) (?:bitte )?helfen\b",
            r"\bmit (?:jemandem|einem menschen|einer person) (?:reden|sprechen)\b",
        ],
    ),
    _Family(
        "aiutami aiutatemi aiutateci aiutarmi aiuti aiutate aiutare aiuto daiuto parlare",
        [
            r"\b(?:aiutami|aiutatemi|aiutateci|aiutarmi)\b",
            r"\bmi (?:aiuti|aiutate|puoi aiutare|potete aiutare)\b",
            r"\bho bisogno (?:di|del tuo|di un) aiuto\b", r"\bbisogno daiuto\b", r"\bmi serve (?:un |il tuo )?aiuto\b",
            r"\bparlare con (?:qualcuno|una persona|un umano)\b",
        ],
        [r"\bnon ho bisogno (?:di|del tuo|di un) aiuto\b"],
    ),
    _Family(
        "hulp helpen praten",
        [
            r"\bik heb (?:dringend |nu |echt )?hulp nodig\b",
            r"\bkan (?:iemand|er iemand) (?:me|mij) helpen\b",
            r"\bpraten met (?:iemand|een mens|een persoon)\b",
        ],
    ),
    _Family(
        "pomoz pomozcie pomozecie pomozesz ratunku pomocy pomoc",
        [
            r"\b(?:pomoz|pomozcie|pomozecie|pomozesz) (?:mi|nam)\b", r"\b(?:pomozcie|ratunku)\b",
            r"\bpotrzebuje (?:pilnie |natychmiast |teraz )?pomocy\b", r"\bprosze o pomoc\b",
        ],
        [r"\bnie potrzebuje(?: \w+)? pomocy\b"],
    ),
    _Family(
        "imdat yardim yardima konusmak",
        [
            r"\bimdat\b",
            r"\b(?:bana )?yardim (?:edin|et|eder misin|eder misiniz|edebilir misin|edebilir misiniz|lutfen)\b",
            r"\byardima ihtiyacim\b(?! yok\b)",
            r"\b(?:biriyle|birisiyle|bir insanla) konusmak istiyorum\b",
        ],
    ),
    _Family(
        "tolong tolongin bantu bantuan pertolongan",
        [
            r"\btolong (?:aku|saya|gue|gw|kami|dong|banget|aq)\b",
            r"\btolongin (?:aku|saya|gue|gw|kami|dong|aq)\b",
            r"^ tolongin(?: dong)? $",
            r"\bbantu (?:aku|saya|gue|gw|kami|aq)\b",
            r"\b(?:butuh|perlu|membutuhkan) (?:bantuan|pertolongan)\b",
        ],
        [r"\b(?:tidak|nggak|gak|ga|enggak|ngga|tak) (?:butuh|perlu|membutuhkan) (?:bantuan|pertolongan)\b"],
    ),
    _Family(
        "tulungan pakitulungan tulong saklolo",
        [
            r"\btulungan (?:mo|nyo|niyo|ninyo|nio|nyu) (?:po )?(?:ako|kami)\b",
            r"\bpakitulungan\b", r"\btulong po\b", r"\bsaklolo\b",
            r"\bk(?:ai|e)langan ko (?:po )?(?:ng|nang) tulong\b",
        ],
        [r"\bhindi ko k(?:ai|e)langan\b"],
    ),
    _Family(
        "madad bachao bachalo bacha bachaiye baat",
        [
            r"\bmadad (?:karo|kro|kar do|kardo|kijiye|kijie|karein|karo na|chahiye|chaiye|chahie|chiye)\b",
            r"\b(?:meri|hamari|mujhe|mujhko) madad\b",
            r"\b(?:bachao|bachalo|bacha lo|bachaiye)\b",
            r"\bkisi se baat (?:karni|karna) (?:hai|he)\b",
            r"\b(?:kisi|koi) (?:real |asli |sach much ke )?(?:person|insaan|insan|banda|bande|human|aadmi) se baat "
            r"(?:kara|karwa|karva|karao|karwao|karni|karna|krni|krna|karwado|kara do)\b",
        ],
    ),
]
