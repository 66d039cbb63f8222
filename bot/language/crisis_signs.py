"""The first crisis families, by warning sign: means, planning, passive wishes, self-harm acts, farewells,
being at the place now, and plain wordings (crisis_families.py joins every family in order).
"""

from __future__ import annotations

from bot.language.crisis_words import (
    _AMOUNT,
    _BODY,
    _CUT_VERB,
    _DELIBERATE,
    _DWELL,
    _GUN,
    _HARM_VERB,
    _HEIGHT,
    _PILLS,
    _PLACE,
    _VEHICLE,
)

# Gases people ask about as a way to die (a detector, an alarm or a leak at home is not asked this way).
_GAS = r"(?:co2|carbon dioxide|carbon monoxide|helium|nitrogen|argon|exhaust fumes|exhaust|charcoal fumes|car fumes)"

MEANS = [
    # Stockpiling: pills saved, hidden or counted out; a lethal amount looked up.
    rf"\b{_PILLS} (?:\w+ ){{0,2}}?(?:saved|stashed|stockpiled|hoarded|hidden|collected|counted out|set aside|put aside|lined up)\b",
    rf"\b(?:saving|saved|stockpiling|stockpiled|stockpile|hoarding|hoarded|stashing|stashed|stash|hiding|hid|collecting|gathering|counting out)(?: up)? (?:\w+ ){{0,3}}?{_PILLS}\b",
    rf"\bhow (?:many|much) (?:of )?(?:(?:my|the|these|those|your|a|his|her|their|mums|moms|dads) )?(?:\w+ )?{_PILLS}\b",
    rf"\benough {_PILLS} (?:saved |stashed )?(?:to (?:kill|die|end|od|overdose|not wake|do it|make sure|never wake)|saved|stashed)\b|\b(?:a |the )?(?:whole|full|entire) (?:bottle|box|pack|packet) of (?:\w+ )?{_PILLS}\b",
    rf"\b(?:take|took|taking|swallow|swallowed|swallowing|down|downed) (?:all|a bunch|a handful|a lot|too many|the whole bottle|the rest|every one|handfuls|a ton|loads) (?:of )?(?:my |the |these |those )?{_PILLS}\b",
    r"\b(?:lethal|fatal|deadly|toxic|overdose) (?:dose|doses|amount|dosage|quantity|level)\b",
    rf"\b{_AMOUNT} (?:\w+ ){{0,5}}?{_PILLS}\b|\b{_PILLS} (?:\w+ ){{0,5}}?{_AMOUNT}\b",
    rf"\b{_PLACE} (?:[\w.]+ ){{0,10}}?{_DWELL}\b|\b{_DWELL} (?:\w+ ){{0,6}}?{_PLACE}\b",
    r"\b(?:high|tall|far|deep|strong) enough (?:to|that it would) (?:kill|end|finish|hold)\b|\bwould be enough to (?:kill me|end it|end me|do it|finish me)\b",
    r"\bhow (?:many|much) (?:\w+ ){1,6}?(?:would|does|will|do|to) (?:it )?(?:take|need) to (?:die|kill|end|not wake|overdose|od|stop breathing)\b",
    r"\b(?:painless|painlessly|quickest|quick|fastest|easiest|least painful|surest|best|most peaceful|peaceful) (?:way|ways|method|methods) (?:to|of) (?:die|dying|go|end it|end things|end my life|kill myself|do it|not wake up|commit)\b",
    r"\b(?:ways|methods|how) to (?:die|kill myself|end my life|end it all|commit|overdose|od|hang myself|slit)\b",
    r"\bhow long (?:does|would|will|did) it take to (?:die|bleed out|drown|suffocate|pass out|lose consciousness)\b|\bbleed(?:ing)? out\b",
    r"\bhow long (?:before|until|till) (?:you|i|one|a person|someone|somebody|people) (?:would |will )?(?:drown|die|bleed out|stop breathing)\b",
    r"\b(?:stones|rocks|weights|pockets) (?:[\w.]+ ){0,8}?(?:walk|walking|wade|wading|step|stepping) into (?:the |a )?(?:water|lake|river|sea|ocean|reservoir|quarry|canal|loch)\b",
    r"\bhow deep (?:to|do|should|would|must) (?:i |you )?(?:cut|go)\b",
    # Gas asked about, the way blind20 asked it (after its measure): how fast it works, in a closed space.
    rf"\bhow (?:fast|long|quick|quickly|soon|painful|peaceful)\b(?: [\w']+){{0,4}}? {_GAS}(?: poisoning| asphyxiation)?"
    r"(?: [\w']+){0,4}? (?:get you|gets you|kill|kills|knock you out|put you out|to die|take to work|to pass out|"
    r"before you pass out|in a sealed|in an enclosed)\b",
    rf"\b{_GAS}(?: poisoning| asphyxiation)?(?: [\w']+){{0,5}}? (?:sealed|enclosed|airtight|closed up|taped up) "
    r"(?:compartment|room|car|tent|garage|space|bag|bathroom)\b",
    # Rope, belt, a height, the road or the tracks.
    r"\b(?:bought|buy|got|have|found|tied|tie|tying|hid|hidden|hung|hang|made|set up|keep|kept|ready) (?:a |the |some |my )?rope\b(?! (?:swing|bridge|course|ladder|for (?:camping|climbing|the (?:boat|tent|dog|garden))))",
    r"\b(?:rope|belt|cord|noose) (?:\w+ ){0,2}?(?:around|round|on) my neck\b|\brope (?:is |was )?(?:ready|tied|strong enough)\b",
    rf"\b(?:jump|jumping|jumped|leap|leaping|leapt) (?:off|from) (?:a |the |that |this |my )?(?:\w+ )?{_HEIGHT}\b",
    r"\b(?:throw myself|throwing myself|threw myself|let myself fall|drop myself|dropping myself) (?:off|from|in front of|under|onto|into|down)\b",
    rf"\b(?:walk|walking|walked|step|stepping|stepped|run|running|ran|jump|jumping|jumped|lie|lay|lying|laying|lie down|lay down) (?:out )?(?:in front of|under) {_VEHICLE}\b|\b(?:walk|walking|walked|step|stepping|stepped|run|running|ran) (?:out )?into (?:the |oncoming )?traffic\b|\b(?:lie|lay|lying|laying|lie down|lay down|stand|standing|stood) (?:down )?on (?:the )?(?:train |railway |railroad )?tracks\b",
    r"\b(?:drive|driving|steer|steering|swerve|swerving|crash|crashing) (?:my car |the car |myself )?(?:into|off) (?:a |the |an |oncoming )?(?:tree|wall|cliff|bridge|river|pole|lake|oncoming traffic|traffic|truck|road|barrier)\b",
    r"\bcrash(?:ing)? (?:my|the) car (?:on purpose|deliberately|so)\b|\b(?:want|wants|wanted|tempted|urge|urges) to (?:crash|wreck|total) (?:my|the) car\b",
    r"\b(?:standing|stood|stand|sat|sitting|sit|went|go|going|drove|driving|climbed|climbing|been) (?:up )?(?:on|to|at|onto|on top of) (?:the |a |that )?(?:edge of (?:the |a )?)?(?:bridge|tracks|train tracks|railway|railroad|ledge|cliff edge|overpass|edge of the roof|roof of (?:the|my|a|this) \w+)\b",
    rf"\blooking (?:down|over) (?:from|off) (?:the|a|this|that) {_HEIGHT}\b|\bhow (?:high|tall|far) (?:\w+ ){{0,8}}?(?:fall|drop|jump|bridge|building) (?:\w+ ){{0,3}}?(?:kill|die|survive|enough|fatal|lethal)\b",
    # Guns and other means.
    rf"\b{_GUN} (?:to|in|against|into|at|under) my (?:head|mouth|temple|chest|face|heart|chin)\b|\bblow my (?:brains|head) (?:out|off)\b",
    rf"\b(?:bought|buy|buying|got|have|own|found|hold|holding|held|load|loaded|loading|took|take|taking|keep|kept) (?:a |the |my |his |her |their |my (?:\w+ )?\w+s )?{_GUN}\b",
    rf"\b(?:dads|fathers|moms|mums|parents|grandpas|grandfathers|uncles|stepdads|brothers|husbands|partners) {_GUN}\b|\bwhere (?:my \w+|he|she|they) keeps? (?:the|his|her|their) (?:{_GUN}|{_PILLS}|keys to the \w+)\b",
    r"\bpull(?:ing)? the trigger(?! on (?:a|the|this|that|it|buying|booking|selling|my (?:order|purchase))\b)",
    r"\b(?:drink|drank|drinking|swallow|swallowed|swallowing) (?:some |the |a bottle of |a cup of )?(?:bleach|antifreeze|poison|rat poison|drain cleaner|weed killer)\b",
    r"\b(?:hid|hidden|hiding|stashed|stash|keep|kept|found) (?:a |the |some |my )?(?:razor blades?|blades|box cutter)\b|\b(?:took|take|taking|broke|break|breaking) (?:apart |open )(?:a |my |the )?(?:razor|pencil sharpener|sharpener)\b",
    r"\b(?:took|take|taking|broke|break|breaking) (?:a |my |the )?(?:razor|pencil sharpener|sharpener) (?:apart|open)\b|\b(?:carbon monoxide|exhaust fumes|car running in the garage)\b(?! (?:detector|alarm))|\bhave the means\b",
]

PLANNING = [
    r"\b(?:how|the way|the method) i (?:would|will|could|should|am going to|might|want to|plan to|would want to|am gonna) (?:do it|end it|end things|end my life|kill myself|die|go through with it|do this)\b",
    r"\b(?:when|where) i (?:would|will|am going to|could|should|am gonna) (?:do it|end it|end things|end my life|kill myself|die|go through with it)\b",
    r"\b(?:figured out|worked out|planned|planning|plan|decided|know|knew|chose|chosen|picked|found|researched|researching|thinking about|thought about|think about|looked up|looking up|googled|googling|settled on) (?:exactly |already )?(?:how|when|where|the (?:way|day|date|time|place|spot|method|bridge)) (?:to |i (?:would|will|am going to|could|should|am gonna) )?(?:do it|end it|die|kill myself|go through with it|end (?:my life|things|everything))\b",
    r"\b(?:the|my) (?:night|day|time|date|moment) (?:i|when i|that i) (?:(?:am going to|will|would|am gonna|finally|am finally going to|should) )*(?:do it|end it|die|go through with it|kill myself|leave this world|end things)\b",
    r"\btonight (?:is|feels like|will be|might be|could be|is going to be) (?:the|my) (?:night|last night)\b|\b(?:tonight|today) feels like the (?:night|day)\b",
    r"\b(?:finally|actually) (?:going to |gonna )?(?:do it|go through with it)(?= (?:tonight|today|tomorrow|this (?:time|weekend|week)|soon)| ?$)",
    r"\b(?:have|got) (?:it|everything) (?:all )?(?:planned|planned out|figured out|worked out)(?= \.| ?$| (?:now|already))|\b(?:it|everything) is (?:all )?(?:planned|planned out|set)(?= \.| ?$)",
    r"\b(?:going to|gonna|will|ready to|about to|want to|decided to|think i will|finally|i am gonna|am going to) (?:finally )?go through with it\b",
    r"\b(?:made up my mind|made my decision|my decision is made|my mind is made up|i have decided|i decided|thought it through|thought it all through)(?= \.| ?$| (?:about (?:it|this|ending|dying|tonight)|to (?:do it|end|die|go through|leave|not be)))",
    r"\b(?:wrote|written|writing|finished|left|leave|leaving|write) my (?:last |final |suicide |goodbye )?note\b|\bmy note is (?:written|ready|done)\b",
    r"\b(?:wrote|written|writing|finished|left|leave|leaving|write) (?:my|a|the) (?:last |final )?(?:note|notes|letter|letters)(?= (?:\.|to everyone|for everyone|to my family|for my family|to all|for all|explaining|saying goodbye|so they|for when|in case|for after|for them|to them|to my kids|for my kids)| ?$)",
    r"\bmy (?:last|final) (?:note|letter|wish|wishes|goodbyes?)\b|\b(?:last|final) words\b|\bmy last day(?! (?:at|of (?!my life)|in|before|as|with|off|on (?!earth)))",
    r"\b(?:wrote|writing|updated|updating|finished|made|make|making) my will\b(?!(?: [\w.]+){0,6}? (?:(?:my|the|our) (?:lawyer|solicitor|accountant|financial advis[eo]r) (?:said|says|told|suggested|advised|recommended)|everyone should|like everyone))|\b(?:putting|getting|put|got|set) my affairs in order\b",
    r"\b(?:think|thinking|thought|keep thinking) (?:a lot |so much |constantly |about it |all the time )?about (?:jumping|the bridge|the tracks|overdosing|hanging|crashing my car|the pills|the rope|pulling the trigger)\b",
]

PASSIVE_WISH = [
    rf"\b(?:wish|wished|hope|hoping|pray|praying|want|wanted|would not mind|would not care if|if only|would love to|i would like to) (?:(?!not |never |nobody |no one )\w+ ){{0,4}}?(?:hit|run over|struck|killed) by {_VEHICLE}\b|\b(?:hit|run over) by {_VEHICLE} so\b",
    r"\b(?:wish|wished|hope|hoping|pray|praying|want|wanted) (?:that )?(?:something|someone|somebody|it|god|the universe|death|cancer|a stray bullet|(?:a|the|some) (?:car|bus|truck|train|lorry|van|driver|plane)) (?:(?!not |never )\w+ ){0,3}?(?:kill|kills|killed|end|ends|hit|hits|run me over|runs me over|crush|crushes|crash into|crashes into) me\b",
    r"\b(?:wish|wished|hope|hoping|pray|praying) (?:that )?(?:the|my|this) (?:plane|car|bus|train|flight) (?:(?!not |never )\w+ )?(?:crash|crashes|goes down|would crash|falls)\b",
    r"\b(?:wish|wished|hope|hoping|pray|praying) (?:(?!not |never )\w+ ){0,3}?(?:that )?i (?:(?!not |never )\w+ ){0,4}?(?:and )?(?:die|died|dies|drop dead|not wake up|never wake up|do not wake up|did not wake up|would not wake up|will not wake up|would never wake up|not survive|do not survive|would not survive|did not survive|will not survive|get sick and|get cancer|stop breathing|was never born|could disappear|get in an accident|get into an accident|have an accident|get in a crash|crash)\b",
    r"\b(?:wish|wished|want|wanted|hope|hoping) (?:it|everything|this|the pain|it all|all of this|all this|life) (?:would|could|will) (?:all )?(?:just )?(?:stop|end|be over)(?= \.| ?$| (?:forever|permanently|for good|already|for once|now))",
    r"\b(?:so|until|then|and) (?:it|everything|the pain|it all) (?:would|will|could) (?:all )?(?:just )?(?:stop|end|be over)(?= \.| ?$| (?:forever|permanently|for good))",
    r"\b(?:stop|(?<!dead )end|be over|go away|disappear|fade away|sleep)(?: \.)? (?:forever|permanently|for good)\b",
    r"\b(?:fall|falling|go|going) (?:to sleep|asleep) and (?:not|never) wake up\b|\b(?:not|never) (?:to )?wake up again\b",
    r"\b(?:asleep|to sleep) and stay (?:that way|asleep|there)\b|\band (?:never|not) (?:open (?:them|my eyes)|wake up|get up|come back|coming back|to come back|be found)(?: again| ever)?\b",
    r"\b(?:until|so that|so) i (?:cannot|can not|could not|would not|will not|do not) (?:come|get|swim|make it) back\b|\bswim (?:out )?(?:until|so far|too far)\b",
    r"\b(?:do not|cannot|can not|fail to|no longer) see (?:the|a|any) (?:point|reason|purpose) (?:in|of|to|for) (?:living|life|being alive|going on|existing|staying alive|being here|carrying on|continuing|live)\b",
    r"\bif (?:\w+ ){1,3}?(?:hit|hits|killed|kills|ran over|runs over|happened to|happens to) me\b(?: [\w.]+){0,5}? (?:would not|do not|would never|wouldnt|will not) (?:care|mind)\b",
    r"\b(?:would not|do not|would never|will not) (?:care|mind) if (?:\w+ ){1,3}?(?:hit|hits|killed|kills|ran over|runs over|happened to|happens to) me\b",
    r"\b(?:easier|better|best|simpler|kinder|a relief|nicer) (?:for (?:everyone|everybody|them|all of us) )?(?:to|if i) (?:just )?(?:not be (?:alive|here|around)|not exist|be dead|die|disappear|not wake up|stop existing|be gone|was not alive|were not alive)\b",
    r"\b(?:would not|wouldnt|do not|would never|really would not) (?:mind|care) (?:if i (?:just |simply |never |ever )?(?:died|die|did not wake up|never woke up|was gone|were gone|got hit|disappeared|was dead|stopped existing)|dying(?! (?:my|your|her|his|the) hair)|being dead|not waking up|not existing)\b",
    r"\b(?:okay|fine|relieved|a relief|happy|glad|good) if i (?:did not|never|do not|would not) (?:wake up|woke up)\b",
    r"\b(?:death|dying|being dead|not existing|not waking up) (?:would|will|could|sounds|seems|feels) (?:\w+ )?(?:be )?(?:a )?(?:relief|better|easier|nice|welcome|peaceful|so peaceful|good|like a relief|like rest)\b",
    r"\b(?:rather be dead|better dead|be better off dead|cease to exist|ceasing to exist|stop being alive|envy the dead|jealous of (?:dead people|people who (?:die|died)))\b",
    r"\bwhy (?:do|should) i (?:even |still )?(?:exist|be alive|keep living|stay alive|keep breathing)\b",
    r"\b(?:there is|i see|i have|there is just|there is literally) no (?:other )?way out\b(?! of (?:this|the|my) (?:job|contract|meeting|class|lease|debt|deal|situation|game|room|building|level))",
]

SELF_HARM = [
    rf"\b{_HARM_VERB} (?:into |at |on )?{_BODY} (?:(?!not |never )\w+ ){{0,4}}?{_DELIBERATE}\b",
    rf"\b{_CUT_VERB} (?:into )?{_BODY} (?:(?!not |never )\w+ ){{0,3}}?(?:again|(?:so |really |too )?deep(?:ly)?)\b",
    rf"\b(?:cut|cutting|burn|burned|burnt|burning|scratch|scratched|scratching|hit|hitting|punch|punched|punching|bite|biting|bit|bruise|bruised|stab|stabbed|slice|sliced|carve|carved|harm|harmed|hurt|hurting) myself (?:(?!not |never )\w+ ){{0,3}}?{_DELIBERATE}\b",
    rf"\b{_CUT_VERB} (?:into )?(?:my|both|both my|my own) (?:left |right |inner )?(?:wrists?|thighs?|veins?|forearms?)\b",
    r"\b(?:cut|cuts|cutting|slit|slitting|slash|slashing|slice|slices|slicing|sliced|carve|carves|carving|carved|gouge|gouging) (?:into |open )?(?:my|both|both my|my own) (?:left |right |inner |upper )?(?:arms?|forearms?|legs?|skin|hips?|stomach|belly|sides?|calf|calves|flesh|body|chest)\b",
    r"\b(?:bled|bleed|bleeding|bruised|bruises|burns|cuts|scars|blisters) (?:[\w.]+ ){0,4}?(?:on purpose|deliberately|intentionally)\b|\b(?:on purpose|deliberately|intentionally) (?:[\w.]+ ){0,4}?(?:bled|bleed|bleeding|bruised)\b",
    r"\b(?:punch|punched|punching|hit|hitting|smash|smashed|smashing|bang|banged|banging) (?:my (?:fist|fists|hand|hands|head) (?:into|against) )?(?:the|a) walls? (?:[\w.]+ ){0,3}?until (?:it|they|i|my \w+) (?:bled|bleeds?|bleeding|broke|cracked)\b",
    rf"\b(?:my )?(?:arms?|wrists?|thighs?|legs?|hips?|stomach|skin|body) (?:is|are) (?:\w+ )?(?:covered in|full of|all) (?:cuts|scars|burns|marks)\b|\b(?:cuts|burns) (?:on|all over|across) {_BODY}\b",
    rf"\b(?:razor|blade|blades|lighter|cigarette|knife|scissors|broken glass|piece of glass|compass|sharpener) (?:\w+ ){{0,2}}?(?:to|on|into|against|across|over) {_BODY}\b",
    r"\b(?:made|make|making|watched|watch|watching) (?:myself|my \w+|it) bleed\b",
    rf"\b{_HARM_VERB} (?:myself|my \w+) (?:[\w.]+ ){{0,4}}?until (?:i (?:see stars|black out|pass out|feel (?:something|better|nothing|calm)|calm down|go numb)|it (?:hurts|bleeds|bruises))\b",
    r"\b(?:hurting|hitting|cutting|burning|punching|harming|scratching) (?:myself|my \w+)\b(?: [\w.]+){0,8}? only (?:thing|way) (?:that )?(?:helps|works)\b|\bonly (?:thing|way) (?:that )?(?:helps|works) is (?:hurting|hitting|cutting|burning|harming)\b",
    r"\b(?:hit|hitting|punch|punching|punched|bite|biting|bit|bruise|bruising|bruised|stab|stabbing|stabbed|choke|choking|choked|strangle|strangling|suffocate|suffocating|shoot|shooting|shot) myself\b(?! in the foot)|\bpoison(?:ing|ed)? myself\b(?! with)",
    r"\bdrown(?:ing|ed)? myself\b(?! in (?!the (?:lake|river|sea|ocean|bath|bathtub|tub|pool|water)))",
    r"\b(?:been|started|start|keep|kept|still|began|am) (?:cutting|harming|self harming|burning myself)(?= \.| ?$| (?:again|for|since|every|a lot|lately|more|and|because|when|at night|daily|in (?:the bathroom|my room|the shower|secret)))",
    r"\b(?:i|relapsed and) (?:cut|burned|burnt|harmed) (?:again|last night|today|tonight|this morning)\b|\brelapsed?\b(?: [\w.]+){0,5}? (?:cut|cutting|self harm|harming|burn|burning)\b",
    r"\b(?:fresh|new|deep) (?:cuts|scars|burns) (?:on|from|in|across)\b|\b(?:hide|hiding|hid|cover|covering|covered) (?:up )?(?:the|my) (?:cuts|scars|burns)\b",
]

FAREWELL = [
    r"\b(?:giving|give|gave|given) (?:away )?(?:all (?:of )?)?(?:my|of my) (?:stuff|things|belongings|possessions)\b(?! (?:a |an )?(?:wash|clean|bath|once over|tidy))|\b(?:giving|give|gave) (?:away )?everything i (?:own|have)\b",
    r"\b(?:gave|giving|give|given|rehomed|rehoming|rehome) (?:away )?my (?:cat|dog|pets?|rabbit|bird|hamster|kitten|puppy) (?:away|to (?:a new home|new owners|my \w+|a friend|someone|a neighbou?r)|a new home)\b",
    r"\b(?:giving|give|gave|given) away (?:all (?:of )?)?my (?:favourite \w+|favorite \w+|most precious \w+|prized \w+|cat|dog|pets?|\w+ collection)\b",
    r"\b(?:will not|would not|no longer) need (?:it|them|this|that|any of (?:it|this|them|that|my \w+)|my \w+|these|those|anything) (?:\w+ ){0,2}?(?:where i am going|after (?:tonight|today|tomorrow|this)|much longer|for much longer|soon|when i am gone)\b",
    r"\bleav(?:e|ing) (?:all )?(?:my|everything|all my) (?:[\w]+ ){0,4}?to (?:my|her|him|them)\b(?! (?:place|house|flat|apartment|room) while)",
    r"\b(?:the )?last time i (?:will|am going to|am gonna|ever) (?:talk|speak|see|write|message|text|reach out)\b|\b(?:it is|it was|it is just|it is already) too late for me(?= \.| ?$)",
    r"\bsaid my goodbyes?\b|\b(?:saying|say|said) goodbye to (?:everyone|everybody|you all|all of you|the people i love|my loved ones|the world|this world)\b",
    r"\b(?:wanted|want|need|needed|came|just wanted|just want) to say goodbye\b(?! to (?:my|the|our|her|his|a) (?!family|loved))|\bthank you for everything(?: \.)? (?:goodbye|bye|i love you|take care)\b",
    r"\b(?:will not|will never|are not going to|never|not going to|do not need to|do not have to|no longer) (?:have to )?(?:hear from|see|deal with|worry about|put up with) me (?:again|anymore|any more|much longer|for much longer|after (?:tonight|today))\b",
    r"\b(?:when|after|once) i am (?:gone|dead|no longer here|not here anymore|not around anymore|not alive)\b(?! (?:on|for|to|away|out|from|at))",
    r"\b(?:will not|would not|might not|may not|am not going to|not going to|will no longer|do not plan to|do not expect to|not planning to|i do not think i will|probably will not) be (?:around|here|on this earth|in this world|with you(?: all)?) (?:(?:for )?much longer|for (?:much )?long|anymore|any more|any longer|to see)\b|\b(?:will not|would not|might not|may not|am not going to|not going to|will no longer|i do not think i will|probably will not) be (?:alive|here|around) by (?:the end of (?:the|this|next) \w+|tomorrow|morning|monday|friday|the weekend|then)\b|\b(?:will not|would not|might not|may not|am not going to|not going to|will no longer|i do not think i will|probably will not) be alive (?:much longer|for (?:much )?long|tomorrow|anymore|any more|any longer|next \w+|by \w+|to see|soon)\b",
    r"\b(?:do not|am not) (?:plan|planning|intend|intending|expect|expecting) (?:on |to )?(?:being|be) (?:here|around|alive) (?:for|at|by|until|to see|on) (?:christmas|my birthday|new year|the new year|next year|the holidays|thanksgiving|summer|spring|winter|autumn|the wedding|graduation|next \w+)\b",
    r"\bwhere my will is\b|\bmy will is in\b|\b(?:gave|giving|give|given|sent|told|showing|showed) (?:\w+ ){0,3}?(?:my passwords|all my passwords|my bank (?:details|passwords|info)|access to my accounts)\b",
    r"\b(?:last|final) (?:message|text|post|thing) (?:i (?:will|am going to|am gonna|will ever) (?:send|write|post|say)|you (?:will )?(?:get|hear) from me)\b",
    r"\bi (?:will not|do not think i will|am not going to|might not|may not|probably will not) (?:live|last|survive|make it) (?:much longer|another (?:day|week|night)|to see|past (?:tonight|tomorrow|this week)|through (?:the night|tonight))\b",
    r"\bi will be gone (?:soon|forever|for good|and nobody|and no one|and you|by tomorrow|before (?:morning|tomorrow))\b|\bsoon i will be gone\b",
    r"\b(?:will not|will no longer|am not going to|not going to|will not be) (?:be )?(?:a )?(?:problem|burden|bother|issue|weight) (?:for (?:anyone|you|them|anybody|my \w+) )?(?:much longer|for much longer|anymore|any more|soon)\b",
    r"\blast time (?:you|anyone|they) will (?:ever )?(?:hear|talk|see|speak)\b|\b(?:please )?tell (?:my \w+|them|her|him|everyone) (?:that )?i (?:am sorry|love (?:them|her|him|you|everyone))\b",
]

# Added after blind2.tsv: being at a place now, a timed "do it", letters to everyone, the medicine cabinet.
PRESENT = [
    rf"\bi am (?:(?:standing|sitting|stood|sat|up|out|alone|now|already|back) )*(?:on|at|by|near|up on|on top of|at the edge of|on the edge of|in front of) (?:the )?{_PLACE}(?: of (?:my|the|our|this|that) \w+(?: \w+)?)?(?= ?$| (?:right now|now|again|tonight|alone|looking down|on my own))",
    r"\b(?:standing|sitting|stood|sat|balancing) (?:on|at) (?:the )?(?:ledge|railing|parapet|edge of (?:the|a) (?:roof|bridge|cliff|platform|building|balcony))\b",
    r"\b(?:tonight|today|this weekend|tomorrow|this time) i am (?:(?:finally|really|actually) )+(?:going to |gonna )?do(?:ing)? it\b|\b(?:tonight|today|this weekend) i am (?:going to |gonna )?do(?:ing)? it(?= ?$| \. i am (?:done|sorry|tired|ready))",
    r"\b(?:this is|consider this|here is) my (?:last )?(?:goodbye|farewell)\b",
    r"\b(?:wrote|written|writing|left|leaving|write) (?:goodbye |farewell |last |final )?(?:notes|letters) (?:to|for) (?:everyone|everybody|all of you|each of you|each of them|my family|the people i love|all my \w+|them all)\b",
    r"\b(?:swallow|swallowing|swallowed|take|taking|took|eat|eating|down|downing|empty|emptying) (?:everything|all of it|the lot|the whole lot|all (?:of )?the \w+|it all|whatever is) (?:in|from) (?:the|my|our|mums|moms|dads|my parents) (?:medicine|bathroom|pill|first aid|meds) (?:cabinet|cupboard|drawer|box|kit)\b",
    r"\b(?:empty|emptying|emptied|raid|raiding) (?:the|my|our) (?:medicine|bathroom|pill) (?:cabinet|cupboard|drawer)\b|\bswallow(?:ing|ed)? (?:them all|the lot|the whole (?:bottle|box|pack|packet|strip))\b",
]

# Plain wordings the model's training statements showed the rules missing ("i'm done living").
DIRECT = [
    r"\b(?:take|taking|took) my (?:own )?life\b(?! (?:back|into|in (?:my|your) own hands|seriously|one day at a time))",
    r"\b(?:keep |always |still )?wishing (?:i|that i) (?:was|were|could be) (?:dead|gone|never born)\b|\b(?:done|finished) (?:living|being alive|existing)\b",
    r"\b(?:fall|falling|go|going) (?:to sleep|asleep) forever\b|\bno (?:reason|point) for me to (?:live|stay alive|go on|keep going|exist|be here|keep living)\b",
    r"\b(?:dying|death|suicide|ending it) (?:is|seems|feels like|looks like) (?:the|my) only (?:option|way|answer|choice|way out)\b",
    r"\b(?:chosen|chose|picked|set|decided on) (?:the|a) (?:day|date)(?= ?$| \.)",
    r"\b(?:cannot|can not) promise (?:i will|that i will|to|you i will) (?:be alive|stay alive|be here|be safe|make it|still be here|stay safe)\b",
]
