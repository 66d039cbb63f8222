"""Crisis families added after blind5.tsv, for situations the earlier sets lacked: grief and reunion with the
dead, illness, relapse, service language, rather not existing, a rehearsed attempt, a plan given as a list,
money and home, gamers' words, a few words of Spanish, asking leave to go, and means newly worded.
crisis_families.py joins every family in order.
"""

from __future__ import annotations

from bot.language.crisis_words import _HEIGHT

# Added after blind5.tsv (its misses in the git log of 9a7cb1e): people in situations the earlier
# sets lacked. Each rule holds to the behaviour and leaves the everyday use out by what follows it
# ("be where she is, she's at the beach", "join him for dinner", "uninstall the game").

_ALONE = (
    r"(?:the house is empty|everyone is (?:out|asleep|away|gone)|they are (?:all )?(?:out|asleep|away|gone)|i am (?:alone|on my own|home alone)"
    r"|nobody is (?:home|around|in)|no one is (?:home|around|in)|(?:he|she) is (?:out|away|at work|asleep)|the kids are (?:at school|away|out|asleep)"
    r"|(?:he|she|they) (?:leaves?|goes|go) (?:out|away|to work))"
)
_ILL = r"(?:pain|illness|cancer|disease|diagnosis|specialist|consultant|oncologist|doctors?|treatment|chemo|condition|suffering|terminal|nothing left to try)"

# Grief and reunion with the dead: to be where she is, a date set to join him, my ashes to go next
# to theirs.
GRIEF_REUNION = [
    r"\b(?:want|wanna|wish|need|long|longing|ready|going) to (?:just )?(?:be|go) where (?:she|he|they) (?:is|are|went|has gone|have gone)(?= ?$| \. ?$| \. (?:nothing|no one|nobody|there is nothing|i have nothing)\b| (?:now|soon|again|forever|in heaven|up there|on the other side|with (?:him|her|them))(?= ?$| \.))",
    r"\b(?:died|death|passed|lost|funeral|grave|ashes|late|gone|widow|widowed|anniversary)\b(?: [\w.]+){0,15}? (?:set|picked|chosen|chose|decided on|planned|know|have) (?:a |the )?(?:date|day|time|way) (?:to|when i will|i will) (?:join|be with|follow|go to) (?:him|her|them)(?= ?$| \.| (?:soon|again|there|forever|in heaven|up there|on the other side)(?= ?$| \.))",
    r"\b(?:ashes|grave|urn|plot|headstone)\b(?: [\w.]+){0,12}? (?:mine|my ashes|my urn|me|i) (?:should|could|will|would|can|need to|ought to|am going to) (?:go|be|lie|sit|rest|be put|be buried) (?:next to|beside|with|alongside) (?:them|hers|his|her|him|theirs|it)(?= ?$| \.| (?:soon|now|already|before long|this year|this week|this month))",
    r"\bmy ashes (?:\w+ ){0,3}?(?:next to|beside|with|alongside) (?:hers|his|theirs)(?= ?$| \.| (?:soon|now|already|before long|this year))",
]

# Unbearable illness or pain, and a decision: "not going to let it go on much longer", "i've
# worked out how".
ILLNESS = [
    rf"\b{_ILL}\b(?: [\w.]+){{0,20}}? (?:decided|made up my mind|made my mind up|promised myself|know)(?: that)?(?: i am| i will| i)? (?:not going to|will not|am not going to|not gonna) (?:let (?:it|this|the pain|things|myself|this pain) )?(?:go on|carry on|continue|last|drag on|keep going)(?: like this)? (?:much |any |for much )?(?:longer|more)\b",
    rf"\b{_ILL}\b(?: [\w.]+){{0,15}}? (?:i have |i )?(?:already )?(?:worked out|figured out|planned|chosen|decided|picked) (?:how|when|the way|the date|the day|a date)(?= ?$| \.)",
]

# Relapse or overdose as the way out: "the one i don't wake up from", "use the whole lot ... not
# care if i wake up", "bought enough to make sure".
RELAPSE = [
    r"\b(?:the one|one|a dose|a hit|a shot|the dose|the hit|the next one|the last one|a batch|a bag) (?:that )?i (?:do not|will not|never|would not) (?:wake up|wake|come back|come round|come to) from\b(?! (?:until|till|til|before|early|late|on time|in time|at))",
    r"\b(?:not|do not|will not|would not) care (?:if|whether) i (?:wake up|wake|live|survive|come round|come to|make it)\b(?= ?$| \.| or (?:not|die)| this time| again)",
    r"\b(?:bought|got|scored|have|saved|stocked up|picked up|gathered|ordered|kept|stashed) (?:enough|plenty|more than enough)(?: (?:of it|stuff|gear|dope|pills|tablets|this time))? to make sure\b(?= ?$| \.| (?:this time|it works|i do not wake|there is no|nothing goes wrong|it is enough))",
]

# Service language: "my turn to stand down for good", "time to stand down permanently".
SERVICE = [
    r"\bmy turn (?:to |now to )?(?:stand down|stop|go|rest|clock off|check out|log off|sign off|step down|be done|fall out|go home)\b(?= ?$| \. ?$| (?:for good|permanently|forever|for ever|too|as well|now)(?= ?$| \.))",
    r"\b(?:i (?:will|am going to|am gonna|think i will|should|want to|need to|might)|ready to|time (?:for me )?to) (?:just )?(?:stand down|clock off|check out|tap out|log off|fall out) (?:for good|permanently|forever|for ever|for the last time|once and for all)(?= ?$| \.)",
]

# Rather not exist, the only way out is not to be here, "stop being anyone's anything,
# permanently", "better off with a different mum".
RATHER_GONE = [
    r"\b(?:would rather|would sooner|rather|prefer to|would prefer to) (?:just )?(?:not exist|not be alive|stop existing|be gone for good|be gone forever|be gone permanently|not live|never wake up|cease to exist|not be born|have never been born)\b",
    r"\bonly (?:way|way out|escape|answer|option|choice|thing left)\b(?: [\w.]+){0,10}? (?:is|would be|will be) (?:to |for me to |if i )?(?:just )?(?:not be here|not be alive|not exist|stop existing|not be around|die|be dead|end it|disappear)(?= ?$| \.| at all| anymore| any more| for good| forever| permanently)",
    r"\bstop being (?:anyones \w+|anybodys \w+|anyone|anybody|anything|someone|a person|me|here|around|alive)(?: \.)? (?:permanently|for good|forever|altogether|for ever)(?= ?$| \.)",
    r"\b(?:they|he|she|the baby|my baby|the kids|my kids|my son|my daughter|my children|the children|everyone|my family) (?:would|will|could|might) (?:all )?be (?:so much |much |far )?better (?:off )?with (?:a |another )?(?:different|new|better|real|proper|other|normal) (?:mum|mom|mother|dad|father|parent|mummy|mommy|daddy)\b",
]

# A rehearsed attempt: the engine left running in a shut garage, and "next time" after stopping.
REHEARSAL = [
    r"\b(?:in the garage|garage door (?:shut|closed|down)|(?:closed|shut|pulled down) the garage door)\b(?: [\w.]+){0,6}? (?:engine|motor) (?:running|on|idling)\b(?! (?:to (?:warm|heat|defrost|charge)|while (?:i|we) (?:load|pack|get)))",
    r"\b(?:engine|motor) (?:running|on|idling)\b(?: [\w.]+){0,4}? (?:in the garage|with the garage door (?:shut|closed|down))\b(?! (?:to (?:warm|heat|defrost|charge)))",
    r"\b(?:engine running|stepped back from the edge|climbed back over|put the pills back|took the (?:rope|noose|belt) down|got down off the ledge|turned the engine off|put the knife down|put the blade down)\b(?: [\w.]+){0,16}? (?:(?:do not|dont) know about|not sure about|cannot promise|no promises about|will not stop next|might not stop next) (?:the )?next time\b",
]

# A plan given as means, place and time: "the meds, the bath, the quiet. i've got it planned for
# when the house is empty".
PLAN_LIST = [
    rf"\b(?:meds|pills|tablets|razor|razors|blade|blades|rope|noose|knife|belt|gun|bridge|bath|car)\b(?: [\w.]+){{0,12}}? (?:got|have|had|it is|it is all|everything is) (?:it )?(?:all )?(?:planned|sorted|worked out|figured out|set|ready|lined up) (?:out )?(?:for )?(?:when|once|while|for when) {_ALONE}\b",
]

# Money and home: the life insurance as the only sum that works, no need of anywhere to live.
MONEY_HOME = [
    r"\b(?:life insurance|insurance payout|death benefit|life policy|life cover)\b(?: [\w.]+){0,12}? (?:only (?:math|maths|way|option|solution|answer|sum|thing that works)|worth more dead|worth more to (?:them|my family|everyone) dead)\b",
    r"\b(?:only (?:math|maths|sum) that works|worth more dead|worth more to (?:them|my family|everyone) dead)\b(?: [\w.]+){0,12}? (?:life insurance|insurance|payout|policy)\b",
    r"\bnot (?:needing|need|going to need|be needing|gonna need) (?:anywhere|a place|somewhere|a home|a bed|a roof|a house|a flat) (?:to live|to stay|to sleep)?(?: [\w.]+){0,2}? ?(?:much longer|for much longer|for long|anymore|any more)(?= ?$| \.)(?!(?: [\w.]+){0,10}? (?:new|moving|move in|lease|sale|keys|mortgage|offer|approved|found))",
]

# Gamers' words: uninstall myself, log off for good with a farewell, rage quit irl / no respawn,
# delete my save file meaning me.
GAMER = [
    r"\buninstall(?:ing|ed)? (?:myself|me|my life|my existence)\b(?! from (?:the |this |that |my |our )?(?:group|chat|gc|discord|app|list|mailing|team|channel|thread|server(?! of life)))",
    r"\b(?:log|logging|logged|sign|signing|signed) (?:off|out) (?:permanently|for good|forever|for the last time)\b(?: [\w.]+){0,4}? (?:gg|goodbye|bye|farewell|love you|it (?:is|has) been real|thanks for everything|take care|see you on the other side|remember me|o7)\b",
    r"\b(?:log|logging|logged|sign|signing|signed) (?:off|out) (?:of life|from life|of existence|from existence|of reality|from reality)\b",
    r"\b(?:ready to|about to|gonna|going to|want to|wanna|need to|time to|i will|i am|i might|i could|just|(?<![\w.] )) ?rage ?quit(?:ting)? (?:irl|life|real life|existence|reality)\b",
    r"\b(?:irl|in real life|life|for real)\b(?: [\w.]+){0,10}? no (?:respawns?|respawning|continues|extra lives)\b",
    r"\b(?:delete|deleting|wipe|wiping|uninstall|uninstalling|corrupt|corrupting|erase|erasing|unplug|unplugging|end|ending)\b(?: [\w.]+){1,10}? (?:and )?(?:by (?:\w+ ){1,3}?i mean|i mean|meaning|as in) (?:me|myself|my life)(?= ?$| \.)",
]

# A few words of Spanish: never to wake up, better without me, wanting to die.
SPANISH = [
    r"\bdespertar(?:me)? (?:nunca|jamas|jamás)\b|\bno (?:volver a )?despertar(?:me)? (?:nunca|jamas|jamás|mas|más|ever|again)\b|\bnunca (?:volver a )?despertar(?:me)?(?= ?$| \.| (?:otra vez|mas|más))",
    r"\b(?:better|mejor|easier|happier|más feliz|mas feliz|más felices|mas felices)\b(?: [\w.]+){0,3}? sin (?:mi|mí)(?= ?$| \.| (?:i|y|ya|lo|de verdad)\b)",
    r"\b(?:quiero|quisiera|voy a|pienso) (?:morir(?:me)?|desaparecer para siempre|dejar de existir|matarme|suicidarme|quitarme la vida)\b|\bno quiero (?:vivir|seguir viviendo|existir|despertar)\b",
]

# Asking leave to go, and letters for the kids "after".
PERMISSION = [
    r"\bis it (?:selfish|wrong|cowardly|a sin|unforgivable|weak) (?:of me )?(?:if|to|that) i (?:just )?(?:go|leave|went|left|check out|end it|do it|am gone|was gone|were gone|disappear|stop)(?= ?$| \.| (?:forever|for good|before (?:them|him|her)|first)(?= ?$| \.))",
    r"\b(?:letters?|notes?|cards?|videos?|recordings?)\b(?: [\w.]+){0,14}? \. after(?: \.)?(?= ?$)",
    r"\b(?:letters?|notes?|videos?|recordings?) (?:to|for) my (?:kids|children|son|daughter|boys|girls|family|wife|husband|partner|parents)\b(?: [\w.]+){0,10}? (?:for )?(?:after|afterwards|when i am gone|for when i am not here)(?= ?$| \.)",
]

# Means and places newly worded: stopping food and water "asking for me", a bridge "calling to
# me", climbing over the railing to let go, the top of the stairs and "letting go".
METHOD_MORE = [
    r"\b(?:stop|stopped|stopping|without) (?:eating and drinking|drinking and eating|eating or drinking|food and water|water and food|drinking)\b(?: [\w.]+){0,8}? asking for (?:me|myself)(?= ?$| \.)",
    r"\b(?:i (?:have|am going to|will|am)|going to|decided to) (?:stop|stopped|stopping|stop all) (?:eating and drinking|drinking and eating)\b(?!(?: [\w.]+){0,6}? (?:after|before|for (?:the|my|a) (?:fast|surgery|procedure|test|scan|colonoscopy)|at \d|past|until|midnight|ramadan|sunrise|sunset))",
    rf"\b(?:{_HEIGHT}|railway|railings?|tracks|river|the water)\b(?: [\w.]+){{0,8}}? (?:has been|have been|keeps|kept|is|was|are|were)? ?(?:calling (?:to )?me|calls (?:to )?me|calling my name|pulling me)\b",
    r"\bclimb(?:ing|ed)? (?:over|onto|up on|on to|past) (?:the |that |a )?(?:railing|rail|railings|barrier|fence|guardrail|ledge|parapet|balustrade)\b(?: [\w.]+){0,6}? (?:let go|letting go|jump|drop|fall|step off|lean out)\b(?! (?:of (?!it|the rail|the railing|the barrier|the fence)|into (?:the )?(?:pool|lake|water|river|sea)))",
    r"\b(?:top of the stairs|stairwell|the railing|the ledge|the edge)\b(?: [\w.]+){0,8}? (?:think|thinking|thought) (?:about|of) (?:just )?(?:letting go|falling|jumping|tipping over|leaning over)(?= ?$| \.| and| of (?:it|everything))",
]
