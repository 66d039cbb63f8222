"""Pattern pieces the crisis families share: pills and amounts, places and what keeps returning to them,
vehicles, heights, guns, and the acts, body parts and marks of deliberate self-harm.

They are regex sources (no groups that capture), spliced into the rules of crisis_signs.py,
crisis_registers.py and crisis_situations.py; crisis_families.py joins those rules.
"""

from __future__ import annotations

_PILLS = (
    r"(?:pills|tablets|meds|medication|medications|medicine|painkillers|pain killers|sleeping pills|sleeping tablets|"
    r"antidepressants|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|xanax|benadryl|insulin|capsules|"
    r"prescriptions?|pill bottles?|opioids|oxy|percs|pill|tablet)"
)
# Words that turn a mention of pills into a stockpile or a lethal amount, in either order.
_AMOUNT = (
    r"(?:worth of|every|all the|all of the|all my|the whole|whole bottle|a lot of|so many|enough|stash|stashed|stockpile|"
    r"shoebox|deadly|lethal|fatal|kill me|overdose|od on|together|at once|in one go|handful|handfuls)"
)
# Places people go to end their life, and thoughts that keep returning to them.
_PLACE = (
    r"(?:train tracks|railway tracks|the tracks|train line|railway line|the bridge|that bridge|the cliff|the ledge|"
    r"the edge of the roof|the rooftop|the overpass|the top floor|my balcony|the balcony|the roof|the window|the edge)"
)
_DWELL = (
    r"(?:think about (?:it|that|them|jumping)|thinking about (?:it|that|them|jumping)|thought about (?:it|that|jumping)|"
    r"keep thinking|cannot stop thinking|picture|picturing|imagine|imagining|tempting|calling me|pulls me|would be easy|"
    r"would be quick|could just|go there|went there|stand there|stood there|letting go|let go|jumping|falling|stepping off)"
)
_VEHICLE = r"(?:a |the |an |oncoming )?(?:car|cars|bus|train|trains|truck|lorry|van|subway|metro|tram|traffic|oncoming traffic)"
_HEIGHT = r"(?:bridge|roof|rooftop|building|balcony|window|ledge|cliff|overpass|tower|parking garage|car park|top floor)"
_GUN = r"(?:gun|guns|pistol|revolver|shotgun|rifle|firearm|handgun)"
# Self-harm: the act, the place on the body, and what marks it as deliberate.
_HARM_VERB = (
    r"(?:cut|cuts|cutting|slit|slitting|slash|slashed|slashing|carve|carved|carving|burn|burns|burned|burnt|burning|"
    r"scratch|scratched|scratching|scrape|scraped|scraping|hit|hitting|punch|punched|punching|bit|bite|biting|"
    r"stab|stabbed|stabbing|slice|sliced|slicing|gouge|gouged|bruise|bruised|bruising|hurt|hurting|harm|harmed|pinch|pinched|pinching|"
    r"harming|pick|picked|picking|dig|digging|dug)"
)
# Hands, fingers, head and hair are left out: "cut my finger", "cut my hair", "banging my head".
_BODY = (
    r"(?:my|both|both my|both of my|my own) (?:left |right |upper |inner )?(?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|belly|"
    r"hips?|ankles?|chest|shoulders?|body|flesh|veins?|calf|calves|sides?|wrist|collarbone)"
)
_DELIBERATE = (
    r"(?:on purpose|deliberately|intentionally|until (?:it|they|i|my \w+) (?:bleeds?|bled|bleeding|bruised?|blistered|scarred|hurts?)"
    r"|(?:till|til|untill) (?:it|they|i) (?:bleeds?|bled)|to feel (?:something|anything|better|the pain|it|real|alive|in control)"
    r"|to punish (?:myself|me)|with (?:a |the |my )?(?:razors?|blades?|lighters?|cigarettes?|knife|knives|scissors|piece of glass|broken glass|compass|sharpener)"
    r"|so (?:it|they) (?:would|will) bleed"
    r"|(?:hard|deep) enough to (?:leave (?:a )?(?:marks?|bruises?|scars?)|bruise|bleed|draw blood|break (?:the )?skin)"
    r"|until (?:it|they) (?:leaves?|left) (?:a )?(?:marks?|bruises?|scars?)|to leave (?:a )?(?:marks?|bruises?)"
    r"|when(?:ever)? (?:i|it) (?:am|get|gets|feel|is) (?:so |really |too )?(?:overwhelmed|upset|angry|anxious|stressed|panicky|numb|bad|too much))"
)
# Verbs that are rarely an accident twice: "again" or "deep" after them marks the act as deliberate.
_CUT_VERB = (
    r"(?:cut|cuts|cutting|slit|slitting|slash|slashed|slashing|carve|carved|carving|burn|burns|burned|burnt|burning|"
    r"scratch|scratched|scratching|stab|stabbed|stabbing|slice|sliced|slicing|gouge|gouged)"
)
