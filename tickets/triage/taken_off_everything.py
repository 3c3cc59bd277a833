"""A person asked taken off everything at once: "please remove him from all groups and systems", "take her off every
system we have", "aus allen Systemen austragen", "le retirer de tous les systèmes", "quitadla de todos los sistemas",
"uit alle systemen verwijderen". The groups are named as only part of what goes; what is asked is the person gone from
the firm's systems, which is a leaver's offboarding (label sheet: "remove from everything"), not a membership.

Said of someone who left (an ex-employee, "left 2 weeks ago"), the leaver's own signal carries it over the threshold; by
itself it weighs too little to claim anything, since "remove the old printer from all systems" names no person at all.
A signal in the form of tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS.

Seen in set h141 (tests/triage/test_taken_off_everything.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx

# Everything, or every system, tool or application the firm runs; the groups may be named beside them ("all groups and
# systems", "all lists, apps and systems").
_EVERYTHING_EN = (r"(?:everything(?:\selse)?|every\s(?:system|app|application|tool|platform)"
                  r"|all\s(?:of\s)?(?:the\s|our\s|his\s|her\s|their\s)?(?:(?:groups?|lists?|dls?|channels?|teams?)(?:,\s|\s(?:and|&|\+)\s))*"
                  r"(?:(?:other|company|internal|it|work)\s)?(?:systems|apps|applications|tools|platforms)"
                  r"|all\s(?:of\s)?(?:the\s|our\s)?(?:groups?|lists?)\s(?:and|&|\+)\severything(?:\selse)?)\b")
_TAKEN_OFF_EVERYTHING = (
    rf"\b(?:remove|removed|removing|delete|deleted|take|taken|strip|purge)\s(?:(?!from\b|off\b)\S+\s){{0,3}}?(?:from|off|out\sof)\s{_EVERYTHING_EN}"
    r"|\b(?:aus|von)\sallen\s(?:(?:gruppen|verteilern)\s(?:und|&)\s)?(?:systemen|anwendungen|programmen|tools)\s(?:\S+\s){0,2}?(?:entfernen|austragen|l(?:ö|oe)schen|(?:raus|heraus)nehmen)\b"
    r"|\b(?:(?:ü|ue)berall|aus\sallem)\s(?:\S+\s){0,2}?(?:entfernen|austragen|l(?:ö|oe)schen|rausnehmen)\b"
    r"|\b(?:retir|supprim|enlev)\w*\s(?:\S+\s){0,3}?(?:de\stous\sles\s(?:groupes\set\s(?:des\s)?)?(?:syst(?:è|e)mes|outils|applications|applis)|de\spartout)\b"
    r"|\b(?:quit|elimin|sac|borr)\w*\s(?:\S+\s){0,3}?de\s(?:todos\slos\s(?:grupos\sy\s(?:de\s)?)?(?:sistemas|programas)|todas\slas\saplicaciones|todas\spartes)\b"
    r"|\b(?:uit|van)\salle\s(?:(?:groepen|lijsten)\sen\s)?(?:systemen|applicaties|programma'?s)\s(?:\S+\s){0,2}?(?:verwijderen|halen|afhalen)\b"
    r"|\boveral\s(?:\S+\s){0,2}?(?:verwijderen|uithalen|afhalen)\b|\bverwijder\w*\s(?:\S+\s){0,3}?(?:uit\salle\s(?:systemen|applicaties)|overal)\b"
)

TAKEN_OFF_EVERYTHING_SIGNALS: list[Signal] = [
    Signal("offboarding", "taken off everything", rx(_TAKEN_OFF_EVERYTHING), 1.0),
]
