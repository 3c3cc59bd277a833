# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""The password rules asked about: what a new password must hold, how long it must be, when passwords expire, why the
rules refuse one the writer chose. A question for a technician to answer; the writer changes their password
themself, so nothing is reset. Not where a reset is asked in so many words, or the password is forgotten or has
expired (unless). A veto in the form of tickets/triage/patterns.py, joined to objects.OBJECT_VETOES.

It came back wrong in two sets written by different people (holdout85, holdout90); said here in general terms, in
English, German, French, Spanish and Dutch (tests/triage/test_rules_asked.py). questions.py reads a ticket whose every
request word sits in such a question; this reads the question beside a refusal told ("it keeps saying 'does not meet
complexity requirements'. what exactly is required?"), whose telling scores a reset of its own.
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx
from tickets.triage.unless import unless
from tickets.triage.vocabulary import FORGOT, RESET

_RULES = (r"(?:rules?|requirements?|policy|criteria|complexity|regeln|anforderungen|kriterien|vorgaben|richtlinien?|r(?:è|e)gles?"
          r"|exigences|crit(?:è|e)res|politique|reglas|requisitos|normas|criterios|pol(?:í|i)tica|regels|eisen|vereisten|beleid)")
_CHARACTERS = r"(?:char\w*|characters|letters|digits|zeichen|stellen|caract(?:è|e)res|caracteres|tekens)"
_RULES_ASKED = (rf"\bwhat (?:exactly |precisely )?(?:are|is) (?:the |our |your )?(?:new |current )?(?:password |pw )?{_RULES}\b"
                r"|\bwhat (?:exactly |precisely )?(?:is|are) (?:required|needed|allowed|expected)\b"
                rf"|\b(?:is|does) it (?:now |really )?(?:need |have to be )?(?:\d+|eight|ten|twelve|fourteen|sixteen) {_CHARACTERS}"
                rf"|\bhow (?:long|many {_CHARACTERS}|complex) (?:must|should|does|do|has|have|is)\b"
                r"|\bdo i (?:have|need) to change (?:it|mine|my (?:password|pw))\b[^?\n]{0,80}\bor\b"
                rf"|\bwelche (?:\S+ )?{_RULES}\b|\bwas (?:genau )?(?:ist|wird) (?:\S+ )?(?:gefordert|verlangt|erlaubt|vorgeschrieben|n(?:ö|oe)tig)\b|\bwie (?:lang|komplex) muss\b|\bwie viele {_CHARACTERS}"
                rf"|\bquel(?:le)?s sont (?:exactement |pr(?:é|e)cis(?:é|e)ment )?les {_RULES}\b|\bqu'est-ce qui est (?:exig|requis|demand|autoris)|\bcombien de {_CHARACTERS}"
                rf"|\bcu(?:á|a)les son (?:exactamente )?(?:las |los )?{_RULES}\b|\bqu(?:é|e) (?:se )?(?:exige|requiere|pide|necesita) exactamente|\bcu(?:á|a)ntos {_CHARACTERS}"
                rf"|\bwat zijn (?:precies |nu )?de (?:nieuwe )?{_RULES}\b|\bwat is (?:precies )?(?:vereist|nodig|toegestaan)\b|\bhoeveel {_CHARACTERS}")
# A reset asked for in words, or the password forgotten or expired: then the rules are asked beside a reset.
_RESET_OR_LOST = (rf"\b(?:{RESET})\b|\b(?:{FORGOT})|\bset (?:\S+ )?(?:a )?new (?:one|password)|\bsend (?:me )?(?:a )?new (?:one|password)"
                  r"|\b(?:has |is |was |already )?expired\b|\babgelaufen\b|\bexpir(?:é|e)\b|\bcaducad[oa]\b|\bvencid[oa]\b|\bverlopen\b"
                  r"|\blocked\b|\bgesperrt\b|\bbloqu(?:é|e)|\bgeblokkeerd\b")

RULES_ASKED_VETOES: list[Veto] = [
    # "it says my new password doesn't meet the complexity requirements; what exactly are the rules?": the rules asked.
    # Heavy: the refusal told beside the question scores a reset several times over.
    Veto("password_reset", rx(unless(_RULES_ASKED, _RESET_OR_LOST)), 6.0),
]
