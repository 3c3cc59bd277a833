# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A person who leaves the place they work at, named by what the place is: "quitte l'hôtel le 31", "is leaving the
restaurant at the end of the month", "deja el hotel", "verlaat de zaak". joiner_leaver_words.LEAVER knows the company, the firm
and German's "verlässt das ..."; a hotel, a restaurant, a practice or a school is where as many people work. Said alone it weighs less than a
leaver's word (a guest leaves a hotel too), so it reads as an offboarding only with the account's closing asked
beside it ("... merci de désactiver son compte ce jour-là"): a signal in the form of tickets/triage/patterns.py, joined
to objects.OBJECT_SIGNALS.

Found on a ticket by an author who read nothing of the project (tests/data/triage_nearmiss3.jsonl, a hotel group's);
said in the five languages (tests/triage/test_gatherings_and_access_lists.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx

_PLACE_EN = (r"(?:hotel|restaurant|practice|clinic|surgery|school|college|agency|organi[sz]ation|business|store|shop|branch|property"
             r"|resort|spa|plant|factory|warehouse|firm|company)")
_LEAVES_THE_PLACE = (
    rf"\b(?:is leaving|will (?:be )?leav(?:e|ing)|leaves|to leave)\s(?:the|our|this)\s(?:\S+\s)?{_PLACE_EN}\b"
    r"|\bquitt(?:e|era|ent|eront)\s(?:l'|le\s|la\s|notre\s|nos\s)(?:h(?:ô|o)tel|(?:é|e)tablissement|restaurant|entreprise|soci(?:é|e)t(?:é|e)|agence|groupe|cabinet|maison|clinique|(?:é|e)cole|magasin|boutique|usine|site)\b"
    r"|\b(?:deja|dejar(?:á|a)|se va de|se ir(?:á|a) de)\s(?:el\s|la\s|nuestr[oa]\s|del\s)?(?:hotel|restaurante|empresa|compa(?:ñ|n)(?:í|i)a|agencia|grupo|cl(?:í|i)nica|escuela|tienda|f(?:á|a)brica)\b"
    r"|\bverla(?:at|ten)\s(?:het|de|ons|onze)\s(?:hotel|restaurant|zaak|organisatie|praktijk|school|winkel|fabriek|vestiging|groep)\b"
)

WORKPLACE_SIGNALS: list[Signal] = [
    Signal("offboarding", "leaves the workplace", rx(_LEAVES_THE_PLACE), 1.0),
]
