# ruff: noqa: E501 -- regular-expression tables read best one signal per line
"""Who stays and who goes: a person removed from one group whose account stays is no leaver, a leaver taken out of one
chat is that chat's business, a dismissal or an ended contract or course is a leaving, someone added where a leaver was
is a membership, and so are people added to a named team or taken out of one (in German's and Dutch's verb-final order
too, holdout28's "Bitte mich aus dem Team '...' entfernen"). Signals, vetoes and gates in the form of
tickets/triage/patterns.py, joined to objects.py's.

Found on tickets their authors wrote without reading the project (tests/data/triage_holdout23.jsonl and
triage_holdout25.jsonl); each is said in general terms (tests/triage/test_who_stays_and_who_goes.py). An ended
engagement under a subject's dash and beyond English came from tests/data/triage_nearmiss7.jsonl
(tests/triage/test_accounts_in_place_successors_and_dismissals.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, Veto, rx

# "his account stays active for another project", "she remains employed", "keep her login": the person stays.
_STAYS = (r"\b(?:account|login|user|ad account|access)s?\s(?:\S+\s)?(?:stays?|remains?|will stay|will remain|should stay|should remain|must stay|is to stay|needs to stay)\s(?:\S+\s)?(?:active|enabled|open|as (?:it|is))\b"
          r"|\b(?:keep|leave)\s(?:his|her|their|the)\s(?:\S+\s)?(?:account|login)\s(?:\S+\s)?(?:active|enabled|open|as it is)\b"
          r"|\b(?:do not|don'?t|please don'?t|no need to)\s(?:disable|deactivate|delete|close|offboard)\b"
          r"|\b(?:(?:is|are)\s(?:still|staying)\s(?:with us|employed|here|on board)|remains? (?:employed|with us|with the company))\b"
          r"|\b(?:konto|zugang|account)\s(?:\S+\s)?bleibt\s(?:\S+\s)?(?:aktiv|bestehen|erhalten)\b")

# A person's removal from one chat, conversation or meeting series: done by its members or owner, not an offboarding.
_OUT_OF_A_CHAT = (r"\b(?:remove|delete|take|kick|drop)\w*\s(?:\S+\s){0,3}?(?:from|out of|off)\s(?:the\s|a\s|our\s|this\s)?(?:\S+\s){0,4}?(?:group\s)?(?:chat|conversation|whatsapp group|meeting series|thread)\b"
                 r"|\b(?:group\s)?chat\b[^.!?\n]{0,80}\b(?:delete|remove|take|kick)\w*\s(?:him|her|them)\b")

# Dismissed, let go, fired, laid off, said with when rather than with an auxiliary: "- dismissed today".
# Not a message dismissed ("the update popup, dismissed yesterday, came back"): no screen's words in its sentence.
_ON_A_SCREEN = r"(?:alert|pop-?up|notification|warning|dialog|prompt|reminder|banner|message|error|update|window)s?"
_DISMISSED = (rf"(?:^|[.!?\n])(?![^.!?\n]*\b{_ON_A_SCREEN}\b)[^.!?\n]*"
              r"\b(?:dismissed|sacked|fired|laid off|let go)\s(?:today|yesterday|this (?:morning|afternoon|week)|last (?:week|month|night|friday|monday)|on\s(?:\d|mon|tue|wed|thu|fri|sat|sun)|effective|with (?:immediate )?effect|for\s(?:gross\s)?misconduct)\b")

# Gone said by what ended: "the contractor from Daltons finished yesterday", "student withdrew from the university".
_ENDED = (r"\b(?:contractor|consultant|temp|freelancer|agency worker|intern|trainee|placement student)s?\b[^.!?\n]{0,40}?"
          # A subject's dash or colon ends the clause too: "Contractor finished – please disable".
          r"\b(?:finished|ended|completed|left)(?=\s*(?:yesterday|today|last\b|on\b|this\b|[,.;!:–-]|$))"
          r"|\b(?:withdrew|has withdrawn|have withdrawn|was withdrawn|dropped out|graduated)\s(?:\S+\s)?from\s(?:the\s|our\s)?"
          r"(?:university|college|school|programme|program|course|degree|studies)\b")

# The same beyond English, said by the engagement that ended: "sein Einsatz ist seit gestern beendet", "sa mission est
# terminée", "su contrato ha terminado", "haar opdracht is afgelopen". Lighter than a leaver's word (a contract may be
# renewed): a leaver with the account's closing asked beside it ("... bitte sein Konto deaktivieren").
_ENDED_ELSEWHERE = (
    r"\b(?:sein|ihr) (?:einsatz|projekteinsatz|praktikum|vertrag|werkvertrag) (?:ist|endete|wurde|war) (?:\S+ ){0,3}?(?:beendet|vorbei|abgeschlossen|ausgelaufen|zu ende)\b"
    r"|\b(?:sa|son) (?:mission|stage|contrat|prestation) (?:est|s'est|a) (?:\S+ ){0,2}?(?:termin(?:é|e)e?|finie?|pris fin|achev(?:é|e)e?)\b"
    r"|\b(?:su|sus) (?:contrato|pr(?:á|a)cticas|encargo) (?:ha |han )?(?:\S+ ){0,2}?(?:terminad[oa]s?|finalizad[oa]s?|acabad[oa]s?)\b"
    r"|\b(?:termin(?:ó|o)|acab(?:ó|o)|finaliz(?:ó|o)) (?:su|sus) (?:contrato|pr(?:á|a)cticas)\b"
    r"|\b(?:zijn|haar) (?:opdracht|stage|contract|detachering) (?:is |zit )?(?:\S+ ){0,2}?(?:afgelopen|erop|be(?:ë|e)indigd|voorbij)\b"
)

# "add Mr Novak as owner of the team, the previous owner has left": the leaver is why someone else is added.
_PREVIOUS_HOLDER = (r"\b(?:previous|former|old|outgoing|bisherige[rn]?|ehemalige[rn]?|vorherige[rn]?|alte[rn]?|ancien(?:ne)?|anterior)\s"
                    r"(?:owner|holder|member|admin\w*|manager|besitzer\w*|inhaber\w*|verantwortliche\w*|propri(?:é|e)taire|propietari[oa]|eigenaar)\b")

# People added to a team named in quotes ("add the four dispatchers to the 'Dispatch PL' team: a.nowak, ..."): a
# Teams team is a Microsoft 365 group. Quoted only: "add him to the night team" names a shift, not a group.
_NAMED_TEAM = (r"\b(?:add|put|include|invite)\w*\s(?:\S+\s){0,8}?(?:to|into|in)\s(?:the\s|our\s)?(?:teams\s)?['\x22\u2018\u201c][^'\x22\u2019\u201d\n]{2,40}['\x22\u2019\u201d]\s(?:teams?\s)?team\b(?!['\u2019]s)"
               r"|\b(?:add|put|include|invite)\w*\s(?:\S+\s){0,8}?(?:to|into|in)\s(?:the\s)?team\s['\x22\u2018\u201c][^'\x22\u2019\u201d\n]{2,40}['\x22\u2019\u201d]"
               # "add the new TA as a member of the 'MSc Data 2024' team"
               r"|\b(?:add|put|include|invite)\w*\s(?:\S+\s){0,8}?as\s(?:an?\s)?(?:member|owner|guest)s?\s(?:of|in|to)\s(?:the\s)?(?:teams\s)?['\x22\u2018\u201c][^'\x22\u2019\u201d\n]{2,40}['\x22\u2019\u201d]\s(?:teams?\s)?team\b(?!['\u2019]s)")

# People taken out of a team named in quotes, in the five languages and in German's and Dutch's verb-final order ("Bitte
# mich aus dem Team 'Hygiene' entfernen", "remove me from the 'Rota Leads' team", "retirer Paul de l'équipe « Achats »",
# "haal mij uit het team 'Inkoop'"). As above, only a quoted name: "take him off the night team" names a shift.
_QUOTED = r"['\x22\u2018\u201c\u201e\u00ab]\s?[^'\x22\u2019\u201d\u00bb\n]{2,40}\s?['\x22\u2019\u201d\u00bb]"
_OUT_OF_A_NAMED_TEAM = (
    rf"\b(?:remove|take|drop)\w*\s(?:\S+\s){{0,8}}?(?:from|out of|off)\s(?:the\s|our\s)?(?:teams\s)?{_QUOTED}\s(?:teams?\s)?team\b(?!['\u2019]s)"
    rf"|\b(?:remove|take|drop)\w*\s(?:\S+\s){{0,8}}?(?:from|out of|off)\s(?:the\s)?team\s{_QUOTED}"
    rf"|\baus\s(?:dem\s)?(?:teams?-?team|team|kanal)\s{_QUOTED}\s(?:\S+\s){{0,3}}?(?:entfernen|austragen|rausnehmen|herausnehmen|nehmen)\b"
    rf"|\baus\s(?:dem\s)?{_QUOTED}\s?-?team\s(?:\S+\s){{0,3}}?(?:entfernen|austragen|rausnehmen|herausnehmen|nehmen)\b"
    rf"|\b(?:retir|enlev|supprim|sort)\w*\s(?:\S+\s){{0,6}}?de\s(?:l'(?:é|e)quipe|l'team)\s{_QUOTED}"
    rf"|\b(?:quit|sac|elimin|borr)\w*\s(?:\S+\s){{0,6}}?del\s(?:equipo|team)\s{_QUOTED}"
    rf"|\b(?:verwijder|haal)\w*\s(?:\S+\s){{0,6}}?uit\s(?:het\s)?team\s{_QUOTED}"
    rf"|\buit\s(?:het\s)?team\s{_QUOTED}\s(?:\S+\s){{0,3}}?(?:verwijderen|halen)\b"
)

STAYS_OR_GOES_GATES: dict[str, str] = {"group_membership": f"{_NAMED_TEAM}|{_OUT_OF_A_NAMED_TEAM}"}

STAYS_OR_GOES_SIGNALS: list[Signal] = [
    Signal("group_membership", "added to a named team", rx(_NAMED_TEAM), 1.9),
    Signal("group_membership", "taken out of a named team", rx(_OUT_OF_A_NAMED_TEAM), 1.9),
    Signal("offboarding", "dismissed", rx(_DISMISSED), 1.8),
    Signal("offboarding", "gone, said by what ended", rx(_ENDED), 1.8),
    Signal("offboarding", "engagement ended, beyond English", rx(_ENDED_ELSEWHERE), 1.0),
]

STAYS_OR_GOES_VETOES: list[Veto] = [
    # "remove the contractor from the Finance-Projects share group, his account stays active for another project".
    Veto("offboarding", rx(_STAYS), 3.0),
    # "Marco left last month and is still in our 'Night shift' group chat, can IT delete him from it?"
    Veto("offboarding", rx(_OUT_OF_A_CHAT), 2.5),
    # "Bitte Hr. Novak als Besitzer zum Team hinzufügen, die bisherige Besitzerin ist ausgeschieden."
    Veto("offboarding", rx(_PREVIOUS_HOLDER), 2.5),
]
