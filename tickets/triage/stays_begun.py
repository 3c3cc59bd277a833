# ruff: noqa: E501 -- regular-expression tables read best one language per line
"""Someone who comes for a while, said by the stay's first day rather than by "starts" or "joins", and the account
they will need: "a summer intern from 1 July, needs the usual accounts", "guest researchers arrive Monday for six
months, they need a login and mail", "Praktikantin ab 1. September, braucht ein Konto", "une stagiaire à partir du 2
septembre, il lui faut un compte", "un becario a partir del lunes, necesita usuario", "een stagiair vanaf maandag,
heeft een account nodig". A stay that has a first day and an account still to be had is a newcomer to set up.

Three things must be said together (sets h123, holdout33, 64, 85, 86, 90, 91, 92, 95): a role that comes for a stay
(an intern, a trainee, a visiting or guest researcher, a freelancer, a locum), its first day (a date, a weekday, "next
week"), and an account, a login or "everything" needed. Each alone is common and means nothing to do: "the intern from
Delft" names where one comes from, "the intern from last summer needs his login reset" is an account that exists, "our
trainee needs the Finance folder" is a membership. A signal in the form of tickets/triage/patterns.py, joined to
objects.OBJECT_SIGNALS, with the gate that lets it run where no newcomer's word ("new", "start") is said.
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx

# A role that comes for a stay, in the five languages. Not a staff member's post: those are here already.
_STAY_ROLE = (
    r"(?:(?:summer |winter |student |it |\w+ )?interns?|trainees?|apprentices?|working students?|placement students?"
    r"|(?:visiting|guest) (?:scientists?|researchers?|professors?|scholars?|lecturers?|students?|fellows?|doctors?)"
    r"|freelance(?:rs?)?(?: \w+)?|locums?(?: \w+)?|contractors?|temps?"
    r"|praktikant(?:in|innen|en)?|werkstudent(?:in|innen|en)?|azubis?|auszubildende[rn]?|gastwissenschaftler(?:in|innen)?|gastforscher(?:in|innen)?|aushilfe"
    r"|stagiaires?|alternant(?:e|s|es)?|chercheu(?:r|se|rs|ses) invit(?:é|e)(?:e|s|es)?|int(?:é|e)rimaires?"
    r"|becari[oa]s?|practicantes?|investigador(?:a|es|as)? (?:visitante|invitad[oa])s?"
    r"|stagiairs?|gastonderzoekers?|uitzendkracht(?:en)?|zzp'?ers?)"
)
# The stay's first day: "from 1 July", "from next week", "from september", "arrive Monday", "arriving on the 3rd", "ab
# 1. September", "ab nächster Woche", "à partir du 2 septembre", "a partir del lunes", "vanaf maandag". A place the
# person comes from ("from NTNU", "from Delft") is no day.
_DAY = (r"(?:next (?:week|month|monday|tuesday|wednesday|thursday|friday)|this (?:monday|tuesday|wednesday|thursday|friday)"
        r"|monday|tuesday|wednesday|thursday|friday|tomorrow|(?:the )?\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}[./]\d{1,2}"
        r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)")
_FIRST_DAY = (
    rf"(?:\b(?:from|starting)\s{_DAY}|\barriv(?:e|es|ing)\s(?:on\s)?{_DAY}"
    r"|\bab\s(?:dem\s)?(?:\d{1,2}\.|n(?:ä|ae)chste[rnm]?\s(?:woche|monat|montag)|montag|dienstag|mittwoch|donnerstag|freitag|januar|februar|m(?:ä|ae)rz|april|mai|juni|juli|august|september|oktober|november|dezember)"
    r"|\b(?:à|a) partir (?:du|de|d')\s?(?:\d|lundi|mardi|mercredi|jeudi|vendredi|la semaine|janvier|f(?:é|e)vrier|mars|avril|mai|juin|juillet|ao(?:û|u)t|septembre|octobre|novembre|d(?:é|e)cembre)"
    r"|\ba partir del?\s(?:\d|lunes|martes|mi(?:é|e)rcoles|jueves|viernes|pr(?:ó|o)ximo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)"
    r"|\bvanaf\s(?:\d|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december))"
)
# What they need: an account, a login, a user id, or everything set up. Not one that exists and fails ("needs his
# login reset", "needs the account extended"): that is another request.
_ACCOUNT = r"(?:accounts?|logins?|log-ins?|user ?(?:ids?|names?|accounts?)|uni-?ids?|windows (?:login|account|user))"
_NOT_EXISTING = r"(?!\s(?:\S+\s)?(?:reset|unlock\w*|extended|extension|renewed|fixed|back|re-?enabled|expired|expiry))"
_NEEDED = (
    rf"(?:\b(?:needs?|will need|'ll need|require[sd]?|should (?:get|have))\s(?:(?!(?:to|his|her|their|my|your)\b)[\w-]+,?\s(?:(?:\+|and|&)\s)?){{0,4}}?{_ACCOUNT}{_NOT_EXISTING}"
    r"|\b(?:set (?:up )?everything|set (?:him|her|them) up|everything set up|the usual (?:setup|set-up|accounts|access))\b"
    rf"|\b(?:braucht|brauchen|ben(?:ö|oe)tigt|ben(?:ö|oe)tigen)\s(?:\S+\s){{0,3}}?(?:konto|konten|zugang|zug(?:ä|ae)nge|login|account|benutzer\w*)\b"
    r"|\b(?:a|ont) besoin d'(?:un|une)\s(?:\S+\s){0,2}?(?:compte|identifiant|acc(?:è|e)s)|\b(?:il|elle) (?:lui|leur) faut (?:un|une)\s(?:\S+\s){0,2}?(?:compte|identifiant)"
    r"|\bnecesita[n]?\s(?:\S+\s){0,3}?(?:usuario|cuenta|acceso)\b"
    r"|\b(?:heeft|hebben)\s(?:\S+\s){0,3}?(?:account|gebruiker|inlog\w*)\s(?:\S+\s){0,2}?nodig\b)"
)
# Within one sentence, a title's dot ("Dr. Aoki") inside it.
_SAME_SENTENCE = r"(?:[^.!?\n]|(?<=\bdr)\.|(?<=\bprof)\.|(?<=\bmr)\.|(?<=\bmrs)\.|(?<=\bms)\.)"
_STAY_BEGUN = (
    rf"\b{_STAY_ROLE}\b{_SAME_SENTENCE}{{0,80}}?{_FIRST_DAY}[\s\S]{{0,160}}?{_NEEDED}"
    rf"|{_FIRST_DAY}[^.!?\n]{{0,60}}?\b{_STAY_ROLE}\b[\s\S]{{0,160}}?{_NEEDED}"
)

# The gate (objects.OBJECT_GATES): the role and its first day, which no onboarding literal may be in.
STAYS_BEGUN_GATE = rf"\b{_STAY_ROLE}\b{_SAME_SENTENCE}{{0,80}}?{_FIRST_DAY}|{_FIRST_DAY}[^.!?\n]{{0,60}}?\b{_STAY_ROLE}\b"

STAYS_BEGUN_SIGNALS: list[Signal] = [
    Signal("onboarding", "a stay begun, its account needed", rx(_STAY_BEGUN), 1.8),
]
