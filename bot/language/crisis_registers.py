"""Crisis families added after blind4.tsv, for registers the earlier sets lacked: teenage slang, formal and
older speakers, English as a second language, religious and reunion framing, medicine stopped, arrangements
for "after", journey answers that turn dark, and warnings buried in a long message.
crisis_families.py joins every family in order.
"""

from __future__ import annotations

from bot.language.crisis_words import _PILLS, _PLACE

# Added after blind4.tsv (its misses in the git log of 106a223): the same warning signs in the
# registers the earlier sets lacked. Each rule holds to the behaviour and leaves the everyday use
# out by what follows it ("planning my exit from this job", "going home to see my mum").

# Teenage slang and typing: "wanna just not wake up", "permanently done. bye ig", "sh urges", a
# relapse with the blade, "wnat to di e" (a word split or swapped in a hurry), "planning my exit 🪦".
TEEN = [
    r"\b(?:want|wanted|wish|need|like|hope|hoping) to (?:just |honestly |really |literally )*(?:not|never) (?:wake up\b|wake\b(?! up)|exist\b|be alive\b|be here\b|be around\b)"
    r"(?! (?:early|so early|this early|before|at \d|at (?:five|six|seven|eight)|until|till|til|for (?:work|school|class)|on (?:a |the )?(?:weekend|saturday|sunday)))",
    r"\b(?:permanently|forever|for good|fully|completely) done(?= ?$| \.| (?:bye|goodbye|now|i think|i guess|ig|honestly|fr|for real))"
    r"|\bdone (?:permanently|for good|forever)(?= ?$| \.| (?:bye|goodbye|i think|i guess|ig|honestly|fr|for real))",
    r"\b(?:sh|self harm|cutting|cut|burning) (?:urges?|cravings?|relapse)\b|\b(?:urges? to|urge to|craving to|itching to|want to|wanna) (?:sh|self harm)\b(?! (?:free|clean))",
    r"\brelaps(?:e|ed|ing)\b(?: [\w.]+){0,8}? (?:blade|blades|razor|razors|sh|self harm|sharpener|box cutter)\b|\b(?:blade|blades|razor|razors|sh)\b(?: [\w.]+){0,6}? relaps(?:e|ed|ing)\b",
    r"\b(?:want|wnat|wamt|wan|wnt|wana|waant|watn) (?:to |ot |tp |t )?(?:just |jus |juts )?(?:di e|d ie|dei|diee|dye+ (?= ?$| \.| everything| i | it | so ))",
    r"\b(?:planning|planned|plan|plotting|preparing|prepared|making|made|take|taking|took|choose|chose|picked) my (?:final |last |own )?(?:exit|way out|final bow)"
    r"(?= ?$| \.| (?:graveemoji|coffinemoji|knifeemoji|ropeemoji|pillemoji|tonight|soon|this week|now|from (?:life|this world|everything|it all|this life)))",
]

# Formal and older speakers: affairs put in order and nothing left to attend to, "i shall not see
# another winter", instructions for one's own funeral "in case anything should happen this week".
_PAPERS = r"(?:will|letters|affairs|arrangements|paperwork|accounts|instructions|funeral|passwords|papers|estate|insurance)"
FORMAL = [
    rf"\b{_PAPERS}\b(?: [\w.]+){{0,20}}? (?:there is |i have )?nothing (?:more |else )?(?:left )?(?:for me )?to (?:attend to|take care of|settle|arrange|sort out|put right|tie up|put in order|see to|wait for|stay for)(?= ?$| \.| (?:now|here|anymore|any more))",
    r"\bi (?:(?:have )?decided (?:that )?i )?(?:shall|will|would|am not going to|do not intend to|do not expect to) (?:not )?(?:see|live to see|make it to|survive|last) (?:another|the next|one more|next) (?:winter|summer|spring|autumn|fall|christmas|birthday|year|easter|new year)\b(?! (?:like|as|in|with|at|without))",
    r"\b(?:left|leave|leaving|written|wrote|writing|given|gave|made|making|lodged|put) (?:\w+ ){0,3}?(?:instructions|wishes|arrangements|plans) (?:for|about|regarding) my (?:own )?(?:funeral|burial|cremation|memorial)\b"
    r"(?!(?: [\w.]+){0,8}? (?:lawyer|solicitor|years ago|last year|ages ago|prepaid|pre paid|everyone should|when i retired|for (?:my|our|her|his) (?:mum|mom|dad|father|mother|nan|gran|grandma|grandpa)))",
    rf"\b{_PAPERS}\b(?: [\w.]+){{0,12}}? in case (?:anything|something) (?:should |were to |was to |might )?happens?(?: to me)? (?:this week|tonight|today|tomorrow|soon|this weekend|in the next few days|before (?:monday|the weekend|morning))\b"
    r"(?! (?:while|on (?:the|my)|during|when i|as i|at work|at the|in (?:hospital|surgery|theatre)|on the (?:trip|flight|road)))",
]

# English as a second language: "better that i am not existing", "my heart say me to go from this
# world", "i want to be died", "everybody is more easy without me".
NON_NATIVE = [
    r"\b(?:better|easier|best|more easy|more better|good) (?:that |if |when |for all if |for everyone if |for everybody if )?i (?:am |be |will be )?not (?:existing|exist|alive|living|here|in this world|on this earth|being)\b(?! (?:on|at|in the|in this|in that|online|in (?:the|this|that|our|my) \w+))",
    r"\b(?:go|going|gone|went|leave|leaving|depart|departing|exit|exiting|quit|quitting|finish|finishing) (?:from |out from |away from )?this (?:world|life|earth)\b(?! (?:behind (?:and|to|for)|for a (?:while|bit|few|week|day|weekend)|of\b))",
    r"\b(?:want|wanting|wish|ready|need|time|decide|decided|plan|planning|going|think|thinking) (?:to )?(?:go|leave|depart|exit) (?:from |away from )?the world\b(?= ?$| \.| (?:now|soon|tonight|forever|for always))",
    r"\b(?:want|wish|wanting|ready) to (?:be )?(?:died|deaded|no more alive|not more alive|finish my self|finish myself)\b|\b(?:more easy|more happy|more better|more good) (?:for (?:everyone|everybody|all|them) )?(?:without me|if i (?:go|die|am gone|am not))\b",
]

# Religious and reunion framing: going home to god, joining a late husband, being forgiven for
# going early, crossing over to a dead mother "for real this time" (the journey's own figure).
_KIN = r"(?:husband|wife|son|daughter|mum|mom|mother|dad|father|partner|brother|sister|child|baby|friend|boyfriend|girlfriend|fiance|fiancee|nan|gran|grandma|grandpa|twin)"
REUNION = [
    r"\b(?:i (?:am |feel |think i am )?(?:so |just |really |finally |now |truly )*|(?<![\w.] ))(?:ready|want|wanting|wanted|wish|going|need|longing|long|yearning|yearn|waiting|asking) (?:to |for )?(?:go|going|be going|come|be called|be taken|be brought) home to (?:god|jesus|the lord|heaven|my (?:father|maker|creator|lord|saviour|savior)|the father|allah)\b",
    rf"\b(?:be with|join|see|meet|reunite with|be reunited with|hold) (?:my )?(?:late|dead|departed|passed|deceased) {_KIN}\b(?! (?:in my (?:dreams|thoughts|prayers|heart)|at the (?:grave|cemetery)|in spirit|s ))",
    r"\b(?:late|died|passed|passing|lost|heaven|grave|funeral|widow|widowed)\b(?: [\w.]+){0,15}? (?:going to|gonna|will|want to|ready to|about to|time to|soon|long to|longing to) (?:go )?(?:join|be with) (?:him|her|them)(?= ?$| \.| (?:soon|again|there|in heaven|up there|forever|on the other side)(?= ?$| \.))",
    r"\b(?:god|jesus|the lord|allah|he|she) (?:would|will|might|could|surely would|would surely) (?:forgive|understand|welcome|take|not blame)(?: me)? (?:if|when) i (?:went|go|left|leave|came|come|ended|end|did it|do it|took|take)(?: home)?(?: to (?:him|her|them))? (?:early|now|before my time|sooner|myself|my own life|it)\b",
    r"\b(?:pray|praying|prayed|ask|asking|asked|beg|begging|begged|hope|hoping|wish)(?: that)? (?:god|jesus|the lord|allah) (?:will |would |could |to |just )?(?:take|takes|call|calls|bring|brings) me (?:home|now|tonight|soon|in my sleep|to (?:him|heaven))\b(?! (?:safe|safely))",
    r"\b(?:want|wanna|wish|ready|going|need|try|trying|time|go|get) to (?:just )?cross over\b(?! (?:the|a|this|that|into|onto|from) (?!other side))(?: [\w.]+){0,4}? (?:for real|for good|forever|permanently|and (?:stay|not come back|never come back)|to the dead|to the afterlife|to the other side(?= ?$| \.))",
]

# Medicine stopped or counted with the outcome wanted: "stopped my meds on purpose, i don't care
# what happens", "haven't taken my insulin for days, i'm letting it happen", "how many of my blood
# pressure pills would it take to not wake up". Stopped for side effects or with a doctor, it is not.
MEDICAL = [
    rf"\b(?:stopped|stop|stopping|quit|quitting|not|skipped|skipping|refusing|refused|refuse|throwing away|threw away|binned|flushed) (?:been )?(?:taking |taken |take |my |all my |all of my |the |on )*(?:\w+ )?{_PILLS}\b"
    r"(?!(?: [\w.]+){0,8}? (?:doctor|gp|psychiatrist|nurse|side effects|taper|tapering|wean|weaning|pharmacist|allerg))(?: [\w.]+){0,10}? "
    r"(?:on purpose|deliberately|intentionally|so (?:that )?i (?:die|will die|can die|go|do not wake|never wake)|to die|(?:i )?(?:do not|dont) care (?:what happens|what happens to me|if i die|whether i (?:live|die)|anymore)|(?:i am )?letting (?:it|nature|things) (?:happen|take it is course)|let (?:it|nature) (?:happen|take it is course))\b",
    rf"\bhow (?:many|much) (?:of )?(?:(?:my|the|these|those|a|mums|moms|dads|grandmas|nans) )?(?:\w+ ){{0,3}}?{_PILLS}\b(?: [\w.]+){{0,5}}? (?:to (?:not wake|never wake|die|kill|end it|stop (?:my|your) heart|od|overdose|not wake up|be fatal)|so (?:i|you) (?:do not|dont|never|would not) wake)\b",
]

# Indirect, said as arrangements for "after": "asking for after", "tells my kids i loved them.
# after, i mean", which bridge is highest, a place and a time alone ("bridge tonight").
AFTER = [
    r"\b(?:asking|ask|planning|plans|this is|it is|just) for (?:after|afterwards|when i am gone)(?= ?$| \.)|\b(?:i mean|meaning|for) after i am (?:gone|not here)\b",
    r"\b(?:tell|tells|told|loved|love|make sure|look after|take care|feed|kids|children|cat|dog|passwords|will|letters|note)\b(?: [\w.]+){0,12}? (?:after|afterwards)(?: \.)? i mean(?= ?$| \.)",
    r"\btells? (?:my \w+|them|her|him|everyone|everybody|my (?:kids|children|family|wife|husband|mum|mom|dad|parents)) (?:that )?i (?:(?:always|really|truly) )?(?:loved|did love) (?:them|her|him|you|them all|everyone|everybody)\b(?! (?:too|the|that|for|s))",
    r"\b(?:researching|researched|looking up|looked up|googling|googled|searching|searched|checking|checked|finding out|found out|reading about|read about|working out|worked out) (?:which|what|the) (?:bridge|building|cliff|car park|parking garage|tower|roof|balcony|overpass|floor|drop)s? (?:is |are |has |would be )?(?:the )?(?:highest|tallest|deepest|closest|quickest|most lethal|least guarded|easiest|no fence|no railing|lowest railing)\b"
    r"(?! (?:in the world|in europe|in the country|ever|for (?:my|a|the) (?:project|essay|class|report|homework|assignment|quiz|trip|photos?)))",
    r"\b(?<![\w.] )(?:the |that )?(?:bridge|cliff|roof|rooftop|tracks|train tracks|railway|ledge|overpass)(?: \.)? (?:tonight|tomorrow|today|at midnight|soon|then|now)(?: \.)?(?= ?$| (?:bye|goodbye|sorry|i am sorry|i love you))",
]

# Journey answers that turn dark: going under "and stay there", a candle gone out wanted for
# oneself, never having to wake up "ever". Under a blanket, or a candle relit, is not read.
JOURNEY_DARK = [
    r"\b(?:want|wanted|wish|need|going|ready|like|let me|longing) (?:to )?(?:just )?(?:go|sink|slip|drift|fall|slide|disappear) (?:under|down|beneath|below|to the bottom)(?: (?:the|of the) (?:water|waves|surface|lake|sea|ocean|river))? and (?:just )?(?:stay|never come up|not come up|never come back|not come back|never surface|not surface|keep sinking|not come out|never come out)\b(?! (?:for (?:a (?:bit|while|minute|moment|second|few))|until|till|til))",
    r"\b(?:candle|flame|light|fire)\b(?: [\w.]+){0,12}? (?:what i want|i want (?:that|the same|it)|i wish i could|want to do the same|same for me|me too|i want to)(?: [\w.]+){0,6}? (?:go out|burn out|fade out|snuff(?:ed)? out|blow out|be blown out|flicker out)(?= ?$| \.| (?:too|like (?:it|that)|forever|for good))",
    r"\b(?:want|wish|ready|need) to (?:just )?(?:go out|burn out|fade out|be snuffed out|flicker out) like (?:the|a|that|this) (?:candle|flame)\b",
    r"\b(?:wish|wished|wishing|want|hope|hoping|pray|praying)(?: that)? i (?:would |could |will )?never (?:have|had) to wake up\b(?! (?:early|for|at|before|so early|this early|on|in the morning|tomorrow|till|until|from (?:this|the) (?:dream|nap|sleep)))",
]

# Buried in a long message: the tracks looked at "thinking about how easy it would be to step in
# front", a razor kept "for when it gets too loud".
_KEPT = r"(?:razor|razors|razor blade|razor blades|blade|blades|box cutter|stanley knife|rope|noose)"
BURIED = [
    rf"\b(?:keep|kept|keeping|have|got|hid|hide|hiding|stash|stashed|carry|carrying) (?:a |the |my |some |an )?(?:(?:spare|old|new|sharp) )?{_KEPT}\b(?: [\w.]+){{0,8}}? "
    r"(?:for when (?:it|things|everything|the \w+|i|my head) (?:gets?|get|am|feel|becomes?|is|goes) (?:too |so |really )?(?:loud|bad|much|dark|heavy|unbearable|overwhelming|hard|low|noisy)"
    r"|for (?:the )?bad (?:days|nights)|in case i (?:need|want) (?:it|them|to)(?= ?$| \.)|just in case(?= ?$| \.))",
    rf"\b{_PLACE}\b(?: [\w.]+){{0,12}}? (?:how (?:easy|quick|simple|fast) it would be)(?= ?$| \.| to (?:step|jump|fall|let go|go over|just go|end|do it|lean|walk|climb|slip))",
    r"\b(?:step|stepping|stepped|walk|walking|jump|jumping|throw myself|throwing myself|lie down|lying down) (?:out )?in front(?= ?$| \.| and| when| as| of)",
]
