"""Crisis families for wordings that name no stock phrase: a "do it" set for a time ahead, a goodbye that
thanks someone for having tried, the means at hand, and the families added after blind3.tsv (ideation said
plainly, a final act put as fixing something, short self-harm reports, goodbyes, methods and places looked
into, slang and emoji). crisis_families.py joins every family in order.
"""

from __future__ import annotations

# Added for three known misses (test_assess.py kept them as gaps): a "do it" set for a time or an
# event, a goodbye that thanks someone for having tried, and the means at hand named with no act.

# A time or an event still ahead. After "after", "once", "before" the words are left open ("after
# my birthday", "once the kids are asleep"): the unnamed "it" that must end the plan is what marks
# it, and "after lunch i'm going to do the dishes" names its object. "On", "by", "at" take only a
# day, a date or an hour, so "i'm doing it on my own", "by myself", "at least" are not times.
_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|xmas|new years?|easter|halloween|thanksgiving|valentines)"
_AHEAD_WORD = (
    rf"(?:tonight|today|tomorrow(?: night| morning)?|soon|this (?:weekend|week|evening|afternoon|morning|month|year|{_DAY})|"
    rf"next (?:week|weekend|month|year|{_DAY})|in (?:a|an|two|three|a few|few) (?:days?|weeks?|hours?|months?))"
)
_AHEAD_DATE = (
    rf"(?:on (?:(?:my|our|the|his|her|their) (?:birthday|anniversary|wedding day|last day|first day)|{_DAY}(?: day| eve| night| morning)?|"
    r"the (?:weekend|\d+\w*|\w+(?:st|nd|rd|th)))|"
    rf"by (?:the end of (?:the|this|next) \w+|tomorrow|tonight|morning|then|the weekend|next \w+|{_DAY})|"
    r"at (?:midnight|dawn|sunrise|sunset|night|\d+\w*(?: (?:am|pm|oclock|o clock))?))"
)
_AHEAD_AFTER = r"(?:after|once|before|as soon as|the (?:day|night|moment) after) (?!(?:all|more|again|or|a while|in a while)\b)"
# The plan to "do it", with no object named. With the time first, "i will do it" counts only with
# a word of resolve ("after lunch i'll do it" is a chore put off); with the time last, not at all.
_DO_IT = (
    r"i (?:am (?:(?:finally|really|actually|definitely|just|seriously|honestly) )*(?:(?:going to|about to|ready to|planning to) "
    r"(?:(?:finally|really|actually|just) )*do|doing|planning on doing)|will (?:(?:finally|really|actually|definitely) )+do) it"
)
# Where the plan must end: the message or its clause ends, or it goes on in the words of one.
_PLAN_ENDS = (
    r"(?= ?$| \.(?: ?$| (?:i am (?:done|sorry|tired|ready|not scared|not afraid)|sorry|goodbye|bye|i love (?:you|everyone)|"
    r"nobody|no one|i mean it|i cannot|i have decided|no more|i am not changing my mind))"
    r"| (?:for real|for good|this time|no matter what|i swear|i promise|and (?:end|be done|never)))"
)

TIMED_INTENT = [
    # Widens PRESENT's "tonight i'm finally doing it" to any time or event ahead, either side of it.
    rf"\b(?:{_AHEAD_WORD}|{_AHEAD_DATE}|(?:{_AHEAD_AFTER}|when )(?:[\w.]+ ){{0,6}}?[\w.]+)(?: \.)? (?:(?:and )?then )?{_DO_IT}{_PLAN_ENDS}",
    rf"\bi am (?:(?:finally|really|actually|definitely|just) )*(?:(?:going to|about to|planning to) (?:(?:finally|really|actually|just) )*do|doing) it "
    rf"(?:{_AHEAD_WORD}|{_AHEAD_DATE}|{_AHEAD_AFTER}(?:\w+ ){{0,4}}?\w+"
    r"|when (?:everyone|everybody|they|the kids|my \w+|nobody|no one|the house|it is dark) (?:\w+ ){0,3}?\w+)"
    + _PLAN_ENDS,
]

# A goodbye that thanks someone for having tried (to help), or says they did all they could: the
# words of someone who has stopped expecting help. "Goodbye" alone closes ordinary sessions, and
# "thanks for trying" alone is a shrug, so the family needs the two together (or the thanks with
# "it is too late"); "see you", "next time", "for now" mark a goodbye with a return and are left out.
_FAREWELL = r"(?:goodbye|good bye|bye|bye bye|byebye|farewell|take care|so long|adios)"
_THANKS_TRIED = (
    r"(?:(?:thank you|thanks|thank u|thx|ty|tysm|i appreciate (?:you|that you|it)|appreciate (?:you|that you|it))"
    r"(?: so much| again| anyway| though| really)?(?: for)? (?:(?:even|at least|still|all) )?(?:trying|tryin|having tried|you tried|you trying)"
    r"|you (?:all )?(?:really |truly |honestly )?(?:tried|did (?:your best|all you could|everything you could|what you could)))"
    r"(?: (?:to (?:help|save|reach|understand|be there for)(?: me)?|with me|so hard|your best|anyway|though|all the same|really))?"
)
_NO_RETURN = (
    r"(?!(?: [\w.]+){0,6}? (?:see you|see ya|cya|talk (?:soon|later|to you|tomorrow)|(?:until|till|til|back|again) (?:tomorrow|later|next|soon)|"
    r"next (?:time|week|session)|for now|for today))"
)
_FUTILE = (
    r"(?:it is|it was|i am|i was|i am already) (?:too late|past (?:saving|help)|beyond (?:saving|help)|a lost cause|not worth saving)"
    r"|nothing (?:can|could|will) (?:help|fix|save) me|(?:nobody|no one) (?:can|could) (?:help|save|fix) me|i cannot be (?:helped|saved|fixed)"
)

FAREWELL_THANKS = [
    rf"\b{_FAREWELL}(?! for now| now| for today| for tonight)(?: [\w.]+){{0,4}}? {_THANKS_TRIED}(?= ?$| \.| but | i love| i am sorry){_NO_RETURN}",
    rf"\b{_THANKS_TRIED}(?= ?$| \.| but | i love| i am sorry)(?: [\w.]+){{0,6}}? {_FAREWELL}\b(?! for now| for today| for tonight| now){_NO_RETURN}",
    rf"\b{_THANKS_TRIED}(?: \.)?(?: but| and)? (?:{_FUTILE})\b",
]

# The means at hand, named where the person is, with no act said: "i'm in the bathtub with a razor",
# "holding the blade", "the pills are right here". Named with what it is for ("shaving", "chopping
# onions") it is set aside, and so is a knife in the kitchen (the kitchen is not among the places).
_BLADE_AT_HAND = (
    r"(?:a |an |the |my |some |this |these |those |his |her )?(?:(?:sharp|new|old|spare|rusty|broken|clean|fresh|big|dads|moms|mums|fathers|mothers) )?"
    r"(?:razor blades?|razors?|blades?|box cutters?|stanley knife|knife|knives|shard of glass|piece of (?:broken )?glass|broken glass|rope|noose|gun|pistol)"
)
_PILLS_AT_HAND = (
    r"(?:the (?:\w+ )?(?:pills|tablets)|all (?:of )?(?:my|the) (?:\w+ )?(?:pills|tablets|meds)|"
    r"(?:a|the|my) (?:whole |full )?(?:bottle|box|pack|packet|strip) of (?:\w+ )?(?:pills|tablets|painkillers))"
)
_AT_HAND = rf"(?:{_PILLS_AT_HAND}|{_BLADE_AT_HAND})"
# What the thing is there for when it is an everyday one.
_FOR_USE = (
    r"(?!(?: \.)? (?:and )?(?:shaving|shave|making|cooking|chopping|slicing|peeling|opening|spreading|whittling|sharpening|cleaning|fixing|building|"
    r"carving (?:wood|the|a)|cutting (?:the|some|a|up|open)|(?:some|a|the) (?:fork|cutting board|chopping board)|fork|cream|gel|foam|"
    r"to (?:shave|chop|slice|peel|open|spread|cook|make|carve (?:the|a)|cut (?:the|some|a|up|open)\b)|for (?:shaving|cooking|dinner|lunch|breakfast|work|climbing|camping|fishing|hiking|crafts|the (?!pain))))"
)
# Places where someone is alone: the bathroom, the bed, the floor, the car, the dark.
_ALONE_PLACE = (
    r"(?:the |my |a )?(?:\w+ )?(?:bathtub|bath|tub|shower|bathroom|toilet|floor|bed|bedroom|room|car|garage|attic|basement|shed|closet|dark|woods)"
)

AT_HAND = [
    rf"\bi am (?:(?:sitting|lying|laying|sat|alone|just|now|still|curled up|locked|hiding|here) )*(?:in|on|inside) {_ALONE_PLACE} (?:(?:alone|again|now|right now) )?(?:with|w) {_AT_HAND}\b{_FOR_USE}",
    rf"\b(?:sitting|lying|laying|sat|curled up|hiding|locked) (?:(?:here|alone|up|down|now|again) )*(?:(?:in|on|inside) {_ALONE_PLACE} )?(?:alone )?(?:with|w) {_AT_HAND}\b{_FOR_USE}",
    rf"\b(?:holding|gripping|clutching|i have|i have got|i got|got|have) {_AT_HAND} (?:right )?(?:in my (?:hands?|lap|fist)|on my lap|next to me|beside me|in front of me|by my side|here with me|within reach)(?: right now| now)?\b{_FOR_USE}",
    rf"\b(?:holding|gripping|clutching) {_AT_HAND}(?: right now| now| again)?(?= ?$| \.){_FOR_USE}",
    (r"\b(?:the (?:\w+ )?(?:pills|tablets)|all (?:my|the) (?:pills|tablets|meds)|(?:the|my) (?:razor blades?|razors?|blades?|knife|rope|noose|gun)) (?:is|are) "
     r"(?:(?:right|already|all) )?(?:here|next to me|beside me|in front of me|on my lap|in my (?:hands?|lap)|by my side|within reach)"
     r"(?: (?:in front of|next to|beside|with) me)?(?= ?$| \.| (?:now|right now|and|waiting))"),
]


# Added after blind3.tsv (its misses in the git log of d08fcf7): wordings of the same warning signs
# that name no stock phrase. Each family holds to the behaviour and leaves the everyday use out by
# what follows it ("thinking of jumping in the pool", "finish my essay", "fix that tap for good").

# Ideation said plainly, with no "kill" or "die": jumping with nothing after it, "why bother staying
# alive", "finish my life" (as a learner of English may say it), sleep "and that would be it", the
# sea walked into with no coming back.
IDEATION = [
    r"\b(?:thinking|thought|thinkin|think) (?:of|about|abt) (?:just )?jumping(?= ?$| \.| (?:again|tonight|today|now|right now|soon|off|from|in front|lately|a lot|all day|every day|more and more|constantly|this (?:time|weekend|week)))",
    r"\bwhy (?:even |should i |do i )?bother (?:staying alive|being alive|living|to live|existing|to exist|going on|carrying on|waking up|to wake up|breathing|with (?:life|living|being alive))\b(?! (?:in|at|with|near|here|there|on|off|by|like|together|alone|this early|before|so early))",
    r"\b(?:finish|finishing|finished|terminate|terminating|conclude|close|closing) (?:with )?(?:my|my own) life\b(?! (?:story|stories|s |savings|work|insurance|drawing|size|class|classes|coaching|coach|admin|lesson|lessons|skills|science|sciences|model|goals?|list|plan|journal|book|chapter|studies|essay|course|project|assignment))",
    r"\b(?:fall asleep|go to sleep|close my eyes|sleep|drift off|disappear|vanish|stop breathing) and (?:that would be|that will be|that is|it would be|it will be|it would all be|it will all be|then it is) (?:it|the end|all|over|done)(?= ?$| \.| (?:forever|for good))",
    r"\b(?:walk|walking|walked|wade|wading|waded|swim|swimming|swam) (?:out )?(?:into|in) (?:the |a )?(?:sea|ocean|lake|river|waves|water)(?: [\w.]+){0,3}? (?:and )?(?:(?:just|never|not|then) )*(?:keep (?:walking|going|swimming)|come back|turn back|come out|(?:let|letting) (?:it|the water|the waves|the sea|the current) take me|disappear)\b",
]

# A final act put as fixing or stopping something for good: "i'm a burden and i'll fix that
# permanently", "it'll never get better so i'll make it stop myself", "better off once i'm gone for
# good". A tap or a bug fixed for good names no self as the problem, so it stays out.
_SELF_PROBLEM = r"(?:i am (?:just |only |such |the |a |just a |nothing but a |nothing but )*(?:burden|problem|waste of space|drain|weight|mistake|curse|disease)|the problem is me|i am the problem)"
FINAL_ACT = [
    rf"\b{_SELF_PROBLEM}(?: [\w.]+){{0,8}}? (?:fix|solve|sort|end|take care of|deal with|remove|get rid of|handle) (?:it|that|this|the problem|things)(?: [\w.]+)? (?:permanently|for good|forever|once and for all|tonight)\b",
    r"\b(?:make|making|made) (?:it|it all|everything|the pain|this|all of this) (?:all )?(?:stop|end|go away) (?:myself|for good|forever|permanently)\b",
    r"\b(?:never|not ever|not) (?:going to|gonna|ever going to) get (?:any )?better(?: [\w.]+){0,3}? (?:so|and|then) i (?:am|will) (?:(?:just|finally) )?(?:going to |about to |ready to )?(?:make it (?:all )?stop|stop it (?:all|myself)|put an end to (?:it|this|things)|end (?:it|this)|take matters into my own hands|do it|finish it)\b",
    r"\b(?:better off|happier|easier|free|freer|lighter|relieved|fine) (?:\w+ ){0,3}?(?:when|once|after|if|the day) i am (?:gone|dead|no longer here|not here|not around)(?: for good| forever| permanently)?(?= ?$| \.| (?:for good|forever|permanently|anyway|trust me|honestly))",
    r"\b(?:when|after|once) i am gone (?:for good|forever|permanently)\b|\b(?:remove|erase|delete|eliminate|get rid of|getting rid of|removing|erasing|deleting) myself\b(?! (?:from|off|out of|as (?:a|an)|on|in))",
]

# A self-harm report with no subject or in few words, and the harm wanted: "cut again tonight,
# deeper this time", "punched the wall till my knuckles bled", "wanted it to hurt more".
SELF_HARM_REPORT = [
    r"\b(?<!\w )(?:cut|burned|burnt|harmed|self harmed|scratched|carved|sliced) (?:again|deeper|deep|last night|tonight|today)(?= ?$| \.| (?:tonight|today|last night|this (?:time|morning)|and|after|deeper|worse|more|bad))",
    r"\b(?:i |(?<!\w ))(?:cut|cuts|cutting|burned|burnt|burning|scratched|sliced|carved) (?:again )?(?:(?:tonight|last night|today|this morning|myself) )?(?:\. )?(?:deeper|worse) (?:than (?:ever|before|last time|usual)|this time)\b",
    r"\b(?:punch|punched|punching|hit|hitting|smash|smashed|smashing|bang|banged|banging|slam|slammed|slamming|kick|kicked|kicking) (?:my (?:fist|fists|hand|hands|head) (?:into|against) )?(?:the|a) walls? (?:[\w.]+ ){0,3}?(?:till|til|untill|until) (?:it|they|i|my \w+) (?:bled|bleeds?|bleeding|broke|cracked|bruised|split)\b",
    r"\b(?:punch|punched|punching|hit|hitting|smash|smashed|smashing|bang|banged|banging|slam|slammed|slamming|cut|cutting|burned|burnt|burning|scratched|scratching|bit|biting) (?:myself|my \w+|(?:the|a) walls?)\b(?: [\w.]+){0,10}? (?:i )?(?:wanted|want|needed|need|wanting|wish) (?:it|them|myself|me) to (?:hurt|bleed|bruise|scar)(?: more| worse| longer| again)?\b",
]

# Goodbyes and decisions in other words: "the real bye" the other does not know of, a pet left for
# good, thanks for trying and "i'm done", "tonight's the night", a decision then a bare time, not
# seeing oneself still here by a date.
GOODBYE = [
    r"\bthe (?:real|last|final|proper) (?:bye|goodbye)\b(?! (?:party|song|scene|episode|tour|gig|game|match|show))|\b(?:does not|do not|did not|will not|would not|never) know (?:it|this|that) (?:was|is|will be|would be) (?:goodbye|a goodbye|the (?:real |last |final )?(?:bye|goodbye)|my (?:last|final) (?:bye|goodbye))\b",
    r"\b(?:dropped|drop|dropping|left|leave|leaving|brought|took|taken|taking|handed|handing|gave|give|giving) (?:off )?my (?:cat|dog|pets?|rabbit|bird|hamster|kitten|puppy|cats|dogs|kids?|fish|parrot|guinea pig) (?:off )?(?:[\w]+ ){0,4}?(?:for good|permanently|forever|for keeps)\b",
    r"\b(?:will|would|can|could) (?:take|look after|care for|love) (?:her|him|them|it|my \w+) (?:so much )?better than i (?:could|can|ever could|ever did)(?: anyway)?(?= ?$| \.)",
    rf"\b{_THANKS_TRIED}(?: \.)?(?: but| and)? i am (?:so |just |really )?done\b(?= ?$| \.| now| i am sorry| sorry| goodbye| bye)",
    r"\btonight(?:s| is) the night\b(?= ?$| \. (?:i am (?:sorry|done|ready|not scared)|sorry|goodbye|bye|i love)| i (?:think|guess|feel|decided|have decided)(?= ?$| \.)| for (?:real|sure)(?= ?$| \.)| then(?= ?$| \.))",
    r"\b(?:made (?:my|the|a) (?:decision|choice)|made up my mind|my mind is made up|my decision is made|i have decided|(?:come|came) to a decision|reached a decision)(?: [\w.]+){0,10}? \. (?:tomorrow|tonight|soon|this weekend|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|at midnight)(?: \.)?(?= ?$)",
    r"\b(?:at peace|calm|peaceful|so calm|relieved)(?: [\w.]+){0,3}? (?:now that|since) i (?:have )?(?:decided|made (?:my|the) decision|made up my mind)(?= ?$| \.)",
    r"\b(?:do not|cannot|can not|could not|never) see myself (?:still )?(?:being )?(?:alive|here|around|still here|still alive|on this earth|in this world) (?:by|at|for|in|on|until|till|to see|past|next|much longer|for much longer|this time next)\b",
]

# Method and place looked into: how high a fall must be "so you don't survive", a train timed, the
# platform's edge leaned over, a blade that is all they can think about.
METHOD_PLACE = [
    r"\bhow (?:high|tall|far|deep|fast|long|big)(?: [\w.]+){1,8}? (?:so (?:that )?|to make sure |to be sure |and )?(?:you|i|a person|someone|one|people|they) (?:do not|does not|would not|will not|cannot|dont|wont|never) (?:survive|make it|wake up)(?= ?$| \.| (?:the fall|it|again|after|from))",
    r"\b(?:what|which) (?:height|floor|dose|amount|depth)(?: [\w.]+){0,6}? (?:kill (?:you|me|a person|someone)|is fatal|is lethal|would be fatal|would be lethal|(?:do not|does not|would not|will not|cannot) survive)\b",
    r"\b(?:trains?|freight trains?|express|the express|goods trains?|lorry|lorries|trucks?)\b(?: [\w.]+){0,3}? (?:passes|pass|goes past|go past|goes by|go by|comes through|come through|comes past|rushes past|speeds past|does not stop|never stops)(?: [\w.]+){0,8}? (?:i have been|been|i am|i have|i) (?:timing|timed|clocking|clocked|counting|watching) (?:it|them|it every \w+|them every \w+)(?= ?$| \.| (?:every|each|for (?:weeks|days|a week|a month|months)|now|again|closely))",
    r"\b(?:stand|standing|stood|sit|sitting|sat|wait|waiting|linger|lingering) (?:(?:right|really|so|very) )?(?:close )?(?:at|on|by|near|to|over) (?:the )?(?:very )?(?:edge of the (?:platform|roof|bridge|cliff|balcony|tracks|car park|parking garage)|platform edge|edge of the \w+ platform)(?: [\w.]+){0,6}? (?:lean|leaning|leant|leaned|lean forward|sway|swaying|tip|tipping|let go|step off|imagine|imagining|picture|tempted|think about (?:it|falling|jumping|stepping))\b",
    r"\b(?:blade|blades|razor|razors|razor blade|knife|gun|pistol|rope|noose|pills|tablets|lighter)\b(?! (?:set|skills|block|sharpener|sharpening))(?: [\w.]+){0,8}? (?:is |are )?(?:all i (?:can|could) think about|all i think about|(?:cannot|can not|could not) stop (?:thinking about|looking at) (?:it|them)|keeps? calling (?:me|to me|my name)|calling (?:to )?me)\b",
]

# Slang and emoji used for suicide where the word is not said: "ctb" (catch the bus), "toaster bath",
# "alt f4 irl", a knife or a gravestone emoji standing alone or with "soon" (normalize.py writes
# the emoji as words). An emoji among other words ("rip my phone 🪦", "🔪 chopping veggies") is not
# read: the message must be the emoji, perhaps with a word of when.
_DANGER_EMOJI = r"(?:knifeemoji|graveemoji|coffinemoji|bloodemoji|pillemoji|ropeemoji)"
SLANG = [
    r"\b(?:to|of|about|abt|will|might|should|could|ready to|time to) (?:just )?ctb(?:ing)?\b|\bctb(?:ing)?(?= ?$| \.| (?:tonight|today|soon|this \w+|tomorrow|now|again|i think|honestly|lol|for real|fr|plans?|thoughts|time))|\b(?:toaster bath|sewer slide|alt f4 (?:myself|irl|my life|life)|(?:log|logging|logged) off (?:of |from )?(?:life|irl|this life|this world)|(?:log|logging|logged) off (?:permanently|for good|forever)(?= ?$| \.)|yeet(?:ing)? myself (?:off|into|in front))\b",
    rf"\b(?<![\w.] ){_DANGER_EMOJI}(?: {_DANGER_EMOJI})*(?: (?:soon|tonight|today|tomorrow|now|again|me|time|ready|for me|its time|it is time|bye|goodbye))*(?= ?$| \.)",
]
