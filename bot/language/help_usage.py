"""find_help's questions about using the bot: going back, pausing, commands, buttons (patterns only).

Read by help_requests.py; a family marked weak does not outweigh a request for help in the same message.
"""

from __future__ import annotations

from bot.language.help_family import _Family

# Questions about using the bot.
_USAGE = [
    _Family(
        "how",
        [
            r"\bhow (?:do|can|could|should|would|will|to)(?: (?:i|you|we))? (?:go back|get back to (?:where|my place|the)|step back|pause|unpause|resume|restart(?! my life)|start over|start again|begin again|start(?= *$| (?:the journey|this journey|the session|again|over|here|please)\b)|skip|undo|mute|replay|navigate|continue(?= *$| (?:the journey|this journey|the session|my journey|from|where i|after (?:a|the) (?:pause|break)|please|here $)\b)|(?:stop|answer|reply|respond|quit|exit|end it here|choose|pick one|select)(?= *$| (?:here|this one|please)\b)|talk to you|make (?:it|this|the messages|them) (?:slower|faster|go slower)|undo|use (?:this|the|you|it)|change (?:the |my )?(?:pacing|pace|speed|region|language|settings)|set (?:the |my )?(?:pacing|pace|speed|region|language)|slow (?:it|this|the messages|things|the bot|the pace|the pacing)|speed (?:it|this|the messages) up|turn (?:off|on) (?:the )?(?:pauses|typing|pacing|notifications|dots|typing dots|sound|narration)|answer (?:this|that|the question|here|it)|reply (?:here|to this|to the question)|type|write (?:here|my own|an answer|something)|pick up where|come back (?:later|to)|(?:delete|erase|remove|reset) (?:my data|my answers|my history|my progress|everything i (?:wrote|typed|said)|the journey|this journey|my account|my safety plan)|open (?:the )?menu|close (?:the )?menu|see (?:the )?(?:commands|menu|options|my data|help)|end (?:the|this) (?:session|journey|meditation|visualization|visualisation)|stop (?:the|this) (?:journey|session|bot|meditation|visualization|visualisation|messages|narration)|stop (?:this |it )?for now|quit (?:the|this) (?:journey|session|bot)|exit (?:the|this) (?:journey|session|bot)|leave (?:the|this) (?:journey|session|bot)|get to the (?:next|last|previous) (?:step|part|stage))",
            r"\bhow does (?:this|it|the bot|this bot|the app|this app|this thing|the journey)(?: thing)? work\b",
            r"\bhow (?:do|can|should) i use (?:this|the|you|it)\b",
            r"^ (?:i do not know )?how (?:do i|to) (?:use this|do this)(?: thing| bot)? $",
        ],
    ),
    _Family(
        "what",
        [
            r"\bwhat (?:do|should|can|am) (?:i|we|you)(?: supposed to)? (?:type|write|put|press|click|tap|enter|answer here|reply here|do here|say here)\b",
            r"\bwhat to (?:type|write|press|click|put in|say here)\b",
            r"\bwhat does (?:resume|pause|forget|mydata|region|help|restart|this button|the button) do\b",
            r"\bwhat (?:do|should) i do (?:here|next|on this step|with this step|with the buttons)\b",
            r"^ (?:so |okay |ok |um |umm )?what (?:now|next)(?: then)? $",
            r"\bwhat can (?:you|this bot|the bot|this) do\b",
            r"\bwhat are (?:my|the) (?:options|choices)\b",
            r"\bwhat (?:step|stage|part) (?:is this|am i on|are we on|are we at|am i at)\b",
            r"\bwhat am i supposed to (?:do|type|write|say)(?= *$| here| now| next| on this)",
        ],
    ),
    _Family(
        "type write press click tap",
        [r"\bdo i (?:type|press|click|tap)\b", r"\b(?:type|write) my own (?:answer|words|reply)\b"],
    ),
    _Family(
        "answer reply type say",
        [r"\bdo i (?:have|need) to (?:answer|reply|type|say anything|write)\b"],
    ),
    _Family(
        "later redo change answer next long",
        [
            r"\b(?:can|could) (?:i|we) (?:do|finish|continue|come back to) (?:this|it|the rest) (?:later|another time|tomorrow)\b",
            r"\bchange my (?:answer|choice|reply|response)\b",
            r"\bredo (?:this|the|that|it)\b|^ redo(?: please)? $",
            r"\bgo to the next (?:step|part|stage|bit|question)\b",
            r"\bhow long (?:does|is|will|do) (?:this|the journey|the session|the meditation|each stage)\b",
        ],
    ),
    _Family(
        "answer reply pause back start",
        [
            r"\b(?:do not|dont) (?:want|have) to (?:answer|reply|type|write|say) (?:this|that|it|the question|anything)\b",
            r"\bwhat if i (?:do not|dont) (?:want to )?(?:answer|reply|type)\b",
            r"\b(?:let me|i need to|i want to|can we|let us|lets|i would like to|need to) pause\b",
            r"^ (?:please )?take me back\b",
            r"^ (?:i want to |can i |can we |let me |lets )?start (?:over|again)(?: please)? $",
        ],
        weak=True,
    ),
    _Family(
        "click press tap select",
        [r"\bcan not (?:i )?(?:click|press|tap|select) (?:anything|the|a|any|on)\b"],
    ),
    _Family(
        "wrong",
        [r"\b(?:pressed|clicked|tapped|picked|chose|hit|selected|choose|press|click|tap) (?:the |a )?wrong (?:one|option|choice|thing|answer|button)\b"],
    ),
    _Family(
        "accident accidentally mistake again mean",
        [
            r"\b(?:pressed|clicked|tapped|hit|chose|picked|selected)(?: \w+){0,2}? (?:by accident|by mistake|accidentally)\b",
            r"\baccidentally (?:pressed|clicked|tapped|hit|chose|picked|selected)\b",
            r"\b(?:choose|pick|answer|select) again\b",
            r"\b(?:did not|didnt) mean to (?:click|press|tap|pick|choose|select)\b",
        ],
    ),
    _Family(
        "stop end quit exit leave pause",
        [r"\b(?:stop|end|quit|exit|leave|pause|finish) (?:the|this) (?:journey|session|meditation|visualization|visualisation|exercise)\b"],
        weak=True,
    ),
    _Family(
        "fast slow slower faster quick typing",
        [
            r"\b(?:can|could|would) you (?:please )?(?:go |be |talk |type |send (?:it |them |the messages )?)?(?:slower|faster|slow down|more slowly)\b",
            r"\b(?:messages|text|it|this|the bot|you) (?:are|is|keep|keeps) (?:going |coming |moving |sending )?(?:too|so|way too) (?:fast|quick|quickly|slow)\b",
            r"\bslow down (?:the|your) (?:messages|text|pace|pacing|typing)\b",
            r"\b(?:stop|turn off|no more) (?:the )?typing\b",
            r"^ (?:too fast|too quick|slow down|slower|slower please|faster|faster please|too slow)(?: please)? $",
        ],
        weak=True,
    ),
    _Family(
        "frozen stuck broken lagging glitching bugged",
        [r"\b(?:bot|app|screen|journey|button|buttons|it) (?:is|are|got|seems|looks) (?:frozen|stuck|broken|lagging|glitching|bugged)\b"],
        weak=True,
    ),
    _Family(
        "undo",
        [r"\b(?:can i|how do i|how to|is there an?|let me) undo\b"],
    ),
    _Family(
        "language",
        [r"\b(?:change|switch|set) (?:the |my )?language\b"],
    ),
    _Family(
        "command commands button buttons pacing typing pauses mydata region boton botones bouton boutons botao botoes "
        "knopf knopfe knop knoppen pulsante pulsanti przycisk tombol buton comandos commandes befehle comandi",
        [
            r"\bcommands?\b", r"\bbuttons?\b", r"\b(?:pacing|typing dots|typing indicator|the pauses)\b",
            r"\bmydata\b", r"\b(?:my|the|set|change) region\b",
            r"\b(?:boton|botones|bouton|boutons|botao|botoes|knopf|knopfe|knop|knoppen|pulsante|pulsanti|przycisk|tombol|buton|comandos|commandes|befehle|comandi)\b",
        ],
    ),
    _Family(
        "back previous",
        [
            r"\b(?:go|going|step|get|take me) back (?:a|one|1) (?:step|stage|part|bit|page|screen|message)\b",
            r"\bback (?:a|one) step\b",
            r"\bgo back\b(?= *$| please\b| to the (?:lake|candle|tunnel|abyss|figure|embrace|start|last|previous)\b)",
            r"\bprevious (?:step|stage|part|question|page|screen)\b",
        ],
    ),
    _Family(
        "can could may",
        [r"\b(?:can|could|may) (?:i|we|you) (?:go back|skip|pause|resume|restart|start over|come back later|stop for now|type my own|slow (?:it|this|the messages) down|change the pacing|make (?:the messages|it|this) (?:slower|faster)|go to the next)\b"],
    ),
    _Family(
        "stuck lost which where",
        [
            r"\b(?:stuck|lost) on (?:this|the|that|a) (?:step|part|stage|question|page|screen|bit)\b",
            r"\blost my place\b", r"\bwhich (?:step|stage|part) am i\b",
            r"\bwhere am i in (?:the|this) (?:journey|meditation|visualization|visualisation|story)\b",
            r"\b(?:lost|stuck)(?: \w+){0,3}? where am i $|^ (?:where am i|where was i)(?: now)? $",
        ],
    ),
    _Family(
        "replying responding answering loading working doing happen happens happening happened",
        [
            r"\b(?:bot|it|this|app) (?:stopped|is not|will not|does not|keeps not) (?:replying|responding|answering|loading|working|doing anything)\b",
            r"\bnothing (?:is )?happen(?:s|ing|ed) (?:after|when) i (?:click|clicked|press|pressed|tap|tapped|type|typed)\b",
        ],
    ),
    _Family("messages", [r"\bmessages (?:slower|faster|too fast|too slow)\b"]),
    _Family(
        "restart reset start beginning",
        [
            r"\b(?:restart|reset) (?:the|this|from|my)\b", r"\bstart (?:over|again) from\b", r"\bfrom the (?:beginning|start) again\b",
            r"\bstart (?:from|at) the (?:beginning|start)\b",
        ],
    ),
    _Family("delete erase remove", [r"\b(?:delete|erase|remove) (?:my|all my) (?:data|answers|history|info)\b"]),
    _Family(
        "help",
        [
            r"\b(?:is there|where is|show me|open|see) (?:a |an |the )?help (?:page|text|menu|command|section|screen|docs|guide)\b",
            r"\bhelp (?:with|on) (?:this|the) (?:step|question|part|button|buttons|menu|command|commands|bot|app)\b",
        ],
    ),
    _Family("pick", [r"\bpick up where i left off\b"]),
    _Family("skip pause resume", [r"\b(?:skip|pause|resume) (?:this|the) (?:step|part|question|stage)\b"]),
]
