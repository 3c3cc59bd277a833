# ruff: noqa: E501 -- regular-expression tables read best one language per line
"""A person said to have left on a day or a date, with their account asked closed: "R. Hale left on Friday, please
disable his login", "Mia left yesterday - deactivate her account", "Herr Kraus ist gestern gegangen, bitte sein Konto
sperren", "Mme Roux est partie vendredi, merci de désactiver son compte", "Luis se fue el viernes, desactivad su
cuenta", "Sanne is vrijdag vertrokken, graag haar account blokkeren".

joiner_leaver_words.LEAVER reads a leaving dated in weeks ("left 2 weeks ago", "left last Friday") or told as a walk-out
("left yesterday without notice"); the bare day is left out there, because a person also "left on Monday" for a trip
or went home early yesterday. Said with the account's closing asked beside it (joiner_leaver_words.DISABLE_ACCOUNT),
the day is the last one at work: a signal in the form of tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS,
weighing with that ask's own signal what a leaver's word weighs alone. Never where the clause goes on ("left on Friday
for the trade fair") or a return or a holiday is said after it ("left yesterday, back on the 12th").

Seen in set h136 (tests/triage/test_left_on_a_day.py).
"""

from __future__ import annotations

from tickets.triage.joiner_leaver_words import DISABLE_ACCOUNT
from tickets.triage.patterns import Signal, rx

# Whoever left: a name, a pronoun or a login, never the writer, a thing or a vehicle that leaves.
_WHO = (r"(?:\b(?:he|she|they|[a-z]+\.[a-z]+)|\b(?!(?:i|we|you|it|this|that|which|what|everything|everyone|nothing|train|bus"
        r"|flight|truck|van|driver|courier|parcel|package|delivery|shipment|order|mail|e-?mail|message|file|job|process"
        r"|update|ship|plane|tour|team)\b)[a-z][a-z'-]+)")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_DAY_EN = (r"(?:yesterday|today|this (?:morning|week)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day"
           rf"|on (?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: (?:of )?{_MONTH})?|on {_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|on \d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?)")
# The clause ends at the day: a comma, a stop, a dash, "and", or the end.
_CLAUSE_ENDS = r"(?=\s*(?:[,.;!:\u2013-]|$|(?:and|und|et|y|en)\b))"
# A return or a time away said after it: the person is coming back.
_COMING_BACK = (r"(?![^\n]{0,80}\b(?:holidays?|vacation|leave|trip|back|returns?|returning|until|till|annual|sick"
                r"|urlaub|zur(?:ü|ue)ck|wieder da|vacances|cong(?:é|e)s?|retour|revient|vacaciones|vuelve|regresa|vakantie|terug)\b)")
_LEFT_ON_A_DAY = (
    rf"(?:{_WHO} (?:has |had )?left (?:us )?{_DAY_EN}"
    r"|\b(?:ist|sind) (?:gestern|heute|am (?:montag|dienstag|mittwoch|donnerstag|freitag|\d{1,2}\.(?:\d{1,2}\.)?)) (?:gegangen|ausgeschieden)"
    r"|\b(?:est|sont) parti(?:e|s|es)? (?:hier|aujourd'hui|(?:ce )?(?:lundi|mardi|mercredi|jeudi|vendredi)|le \d{1,2}(?:er)?(?: [a-zéû]+)?)"
    r"|\bse (?:fue|fueron|march(?:ó|o)) (?:ayer|hoy|el (?:lunes|martes|mi(?:é|e)rcoles|jueves|viernes|\d{1,2}(?: de [a-z]+)?))"
    r"|\b(?:is|zijn) (?:gisteren|vandaag|(?:afgelopen )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag)|op \d{1,2}(?: [a-z]+)?) (?:vertrokken|weggegaan))"
    rf"{_CLAUSE_ENDS}{_COMING_BACK}"
)
_LEFT_AND_CLOSED = rf"{_LEFT_ON_A_DAY}[\s\S]{{0,200}}?{DISABLE_ACCOUNT}|{DISABLE_ACCOUNT}[\s\S]{{0,200}}?{_LEFT_ON_A_DAY}"

LEFT_ON_A_DAY_SIGNALS: list[Signal] = [
    Signal("offboarding", "left on a day, account to close", rx(_LEFT_AND_CLOSED), 1.0),
]
