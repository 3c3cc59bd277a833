# ruff: noqa: E501 -- regular-expression tables read best one language per line
"""A newcomer asked to be set up, the newcomer being what is set up: "setup for new joiner in the design team", "please
set up our new hire", "new starter set-up, same as Mo", "bitte neue Mitarbeiterin einrichten", "Einrichtung für neuen
Kollegen", "mise en place pour le nouvel arrivant", "configurar al nuevo empleado", "nieuwe collega inrichten graag".

joiner_leaver_words.NEWBIE counts the newcomer's words and CREATE_ACCOUNT the account to make; a writer who asks for
"the setup" of a person names neither account nor login, yet asks what an onboarding is (label sheet: "setup for new
joiner"). Only with the newcomer as the set-up's object: "set up a laptop for the new starter" asks hardware
(starter_hardware.py), and "the new joiner's setup failed" a fault. A signal in the form of tickets/triage/patterns.py,
joined to objects.OBJECT_SIGNALS, weighing with NEWBIE's own signal what an account asked made weighs.

Seen in set h136; the set-up said missing in set h141 (tests/triage/test_newcomer_set_up.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx

_NEWCOMER_EN = (r"new (?:hire|joiner|starter|employee|colleague|team member|staff member|member of staff|user|recruit"
                r"|apprentice|trainee|intern)s?\b")
_DET_EN = r"(?:(?:the|our|a|an|this|my|your|two|three|\d+)\s)?"
# What follows a newcomer's set-up when it went wrong: not a set-up asked.
_NOT_A_FAULT = r"(?!\s(?:is|was|has|failed|fails|error|broke|went|did|didn'?t|isn'?t|wasn'?t|done|complete|finished)\b)"
# Between a newcomer and a verb-final "einrichten" / "inrichten" only a plea, an adverb or a name with its title may
# stand: a right, a place or a thing there is what is set up for them ("der neuen Kollegin Leserechte auf den Ordner
# einrichten" is a membership).
_GAP_DE = r"(?:(?:bitte|noch|kurz|schnell|komplett|vollst(?:ä|ae)ndig|ganz|herrn?\s\S+|frau\s\S+)\s){0,3}"
_GAP_NL = r"(?:(?:graag|even|snel|volledig|helemaal|meneer\s\S+|mevrouw\s\S+|dhr\.?\s\S+|mevr\.?\s\S+)\s){0,3}"
_NEWCOMER_SET_UP = (
    # "setup for new joiner", "set up for our new starters", "please set up the new hire", "onboard the new trainee".
    rf"\b(?:set ?up|set-up|setup)\s(?:for\s)?{_DET_EN}{_NEWCOMER_EN}"
    # "new joiner setup", "new hire set-up please", "new starter setup for Monday".
    rf"|\b{_NEWCOMER_EN}(?:'s)?\s(?:set ?up|set-up|setup){_NOT_A_FAULT}"
    # German: "neuen Mitarbeiter einrichten", "Einrichtung für (die) neue Kollegin", "Setup für neuen Azubi".
    rf"|\bneue[nrs]?\s(?:mitarbeiter(?:in|innen)?|kolleg(?:e|en|in|innen)|azubis?|praktikant(?:in|en)?)\s{_GAP_DE}(?:einrichten|anlegen|aufsetzen)\b"
    r"|\b(?:einrichtung|setup|set-up)\s(?:f(?:ü|ue)r\s)?(?:de[nr]\s|die\s|unsere[nr]?\s)?neue[nrs]?\s(?:mitarbeiter|kolleg|azubi|praktikant)"
    # French: "mise en place pour le nouvel arrivant", "préparer / configurer le nouveau collaborateur".
    r"|\b(?:mise en place|installation|configuration|pr(?:é|e)paration)\s(?:pour|du|de la|de l')\s?(?:le |la |l')?nouv(?:el|eau|elle)\s(?:arrivant|collaborat|coll(?:è|e)gue|salari|employ)"
    r"|\b(?:configurer|pr(?:é|e)parer|installer)\s(?:le |la |l')?nouv(?:el|eau|elle)\s(?:arrivant|collaborat|coll(?:è|e)gue|salari|employ)"
    # Spanish: "configurar al nuevo empleado", "configuración para la nueva compañera".
    r"|\b(?:configurar|preparar)\s(?:al|a la|el|la)\snuev[oa]\s(?:emplead|compa(?:ñ|n)er|incorporaci|trabajador)"
    r"|\bconfiguraci(?:ó|o)n\s(?:para|del|de la)\s(?:el |la )?nuev[oa]\s(?:emplead|compa(?:ñ|n)er|incorporaci|trabajador)"
    # Dutch: "nieuwe collega inrichten", "inrichten voor de nieuwe medewerker".
    rf"|\bnieuwe\s(?:medewerker|collega|werknemer|stagiair)s?\s{_GAP_NL}(?:inrichten|klaarzetten|instellen)\b"
    r"|\b(?:inrichten|klaarzetten)\svoor\s(?:de\s|onze\s)?nieuwe\s(?:medewerker|collega|werknemer|stagiair)"
)

# The newcomer's set-up said not done yet, which asks for it: "a joiner arrives Monday, nothing is set up",
# "new hire next week, her account still isn't created", "neue Kollegin ab Montag, es ist noch nichts eingerichtet",
# "nouvel arrivant lundi, rien n'a été préparé", "nueva compañera el lunes y no se ha configurado nada", "nieuwe collega
# maandag, er is nog niets ingericht". Not a thing missing for them ("nothing set up on the laptop yet"): a device's.
_NOT_A_DEVICE = r"(?!\s(?:yet\s)?(?:on|in|for)\s(?:the|his|her|their|a)\s(?:laptop|pc|computer|desk|phone|mobile|monitor|printer|tablet)s?\b)"
_SET_UP_MISSING = (
    rf"\b{_NEWCOMER_EN}[^\n]{{0,120}}?\bnothing\s(?:(?:has|had)\s(?:yet\s)?been\s|is\s|was\s|'s\s|got\s)?(?:yet\s|been\s)?(?:set\s?up|ready|done|prepared|created|sorted|arranged)\b{_NOT_A_DEVICE}"
    rf"|\b{_NEWCOMER_EN}[^\n]{{0,160}}?\b(?:his|her|their|the)\s(?:user\s)?(?:account|login|user|e-?mail)s?\s(?:still\s)?(?:is|are|has|have|was)(?:n'?t|\snot)\s(?:yet\s|still\s)?(?:been\s)?(?:set\s?up|created|ready|done|made)\b"
    r"|\bneue[nrs]?\s(?:mitarbeiter(?:in|innen)?|kolleg(?:e|en|in|innen)|azubis?|praktikant(?:in|en)?)[^\n]{0,120}?(?:noch\snichts\s(?:\S+\s)?|nichts\s(?:ist\s)?(?:\S+\s)?)(?:eingerichtet|angelegt|vorbereitet|fertig)\b"
    r"|\bnouv(?:el|eau|elle)\s(?:arrivant|collaborat|coll(?:è|e)gue|salari|employ)\w*[^\n]{0,120}?\brien\sn'(?:a\s(?:encore\s)?(?:(?:é|e)t(?:é|e)\s)?|est\s(?:encore\s)?)(?:pr(?:é|e)par|configur|cr(?:éé|ee)|fait|pr(?:ê|e)t|install)"
    r"|\bnuev[oa]\s(?:emplead|compa(?:ñ|n)er|incorporaci|trabajador)\w*[^\n]{0,120}?(?:\bno\s(?:se\s)?(?:ha|han|hemos)\s(?:configurado|creado|preparado)\snada|\bnada\s(?:est(?:á|a)|ha\ssido)\s(?:configurad|cread|preparad|list))"
    r"|\bnieuwe\s(?:medewerker|collega|werknemer|stagiair)s?[^\n]{0,120}?\b(?:nog\s)?niets\s(?:is\s)?(?:\S+\s)?(?:ingericht|klaargezet|aangemaakt|geregeld|klaar)\b"
)

NEWCOMER_SET_UP_SIGNALS: list[Signal] = [
    Signal("onboarding", "newcomer to set up", rx(_NEWCOMER_SET_UP), 0.8),
    # The same reading: what is missing is the newcomer's set-up, which a person asks made by saying it is not.
    Signal("onboarding", "newcomer to set up", rx(_SET_UP_MISSING), 0.8),
]
