# ruff: noqa: E501 -- regular-expression tables read best one language per line
"""A team's folder, drive or site refused to a writer who says they have just joined that team: "the Sport folder says
access denied, I joined the sport team last month", "komme nicht auf die Teams-Seite, bin seit dieser Woche im
Wahlteam", "accès refusé au dossier, je viens de rejoindre l'équipe", "acceso denegado a la carpeta, acabo de unirme al
equipo", "geen toegang tot de map, ik zit sinds deze week in het team".

A refusal alone is a fault to trace (refused_while_teammates_get_in.py, discounts.discount_faults_and_alerts); the
writer's own arrival in the team says why: the membership that opens the place has not been given yet. So the refusal,
the place and the arrival together read as a membership asked. A mailbox refused is not this signal's: a mailbox is
granted by its own rights, not by the team's group. A signal in the form of tickets/triage/patterns.py, joined to
objects.OBJECT_SIGNALS (set h132).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx
from tickets.triage.refused_while_teammates_get_in import _REFUSED

# The refusal, with the forms a site gives besides refused_while_teammates_get_in's: "you need permission", "Sie
# benötigen Berechtigung", "komme nicht auf die Seite", "vous avez besoin d'une autorisation", "necesitas permiso",
# "je hebt toestemming nodig".
_REFUSAL = (rf"(?:{_REFUSED}|you need permission|ben(?:ö|oe)tigen (?:eine |die )?berechtigung|\bkomme? (?:\S+ )?nicht (?:auf|in|rein)\b"
            r"|can'?t get (?:in|into)\b|besoin d'une autorisation|necesitas? permiso|toestemming nodig)")
# The team's place: a folder, a drive, a share, a site or a channel.
_PLACE = (r"(?:folders?|drive|share\b|sharepoint|site|channel|\w*ordner|\w*laufwerk|\w*seite|dossier|r(?:é|e)pertoire|lecteur"
          r"|carpeta|unidad|sitio|canal|\bmap\b|schijf|kanaal)")
_REFUSED_PLACE = rf"(?:{_REFUSAL}[^\n]{{0,80}}?{_PLACE}|{_PLACE}[^\n]{{0,80}}?{_REFUSAL})"
# The writer's arrival in a team, department or desk, said of themself.
_JOINED = (
    r"(?:\bi (?:only |just |recently )?(?:joined|moved to|transferred to|switched to) (?:the |our )?(?:[\w&-]+ ){0,3}?(?:team|desk|department|unit|group|project)\b"
    r"|\bi'?m new (?:in|to|on) (?:the |our )?(?:[\w&-]+ ){0,3}?(?:team|desk|department|unit|group|project)\b"
    r"|\bsince i joined\b"
    r"|\b(?:ich )?bin (?:erst |neu |seit (?:\S+ ){1,2}?)(?:im|in der|beim|bei der) (?:\S+ )?\w*(?:team|abteilung|gruppe|projekt|redaktion)\w*\b"
    r"|\bje (?:viens de rejoindre|suis (?:nouvel?l?e?|arriv(?:é|e)e?) dans) (?:l'|la |le )?(?:\S+ )?(?:(?:é|e)quipe|service|d(?:é|e)partement|groupe|projet)\b"
    r"|\bj'ai rejoint (?:l'|la |le )?(?:\S+ )?(?:(?:é|e)quipe|service|d(?:é|e)partement|groupe|projet)\b"
    r"|\b(?:acabo de (?:unirme|entrar|incorporarme)|me un(?:í|i)|soy nuev[oa]|entr(?:é|e)) (?:al|a la|en el|en la) (?:\S+ )?(?:equipo|departamento|grupo|proyecto)\b"
    r"|\bik (?:zit|werk) (?:pas )?sinds (?:\S+ ){1,3}?(?:in|bij) (?:het|de) (?:\S+ )?\w*(?:team|afdeling|groep)\b"
    r"|\bik ben (?:net |pas )?(?:nieuw )?(?:in|bij) (?:het|de) (?:\S+ )?\w*(?:team|afdeling)\b)"
)
_REFUSED_SINCE_JOINING = rf"{_REFUSED_PLACE}[\s\S]{{0,300}}?{_JOINED}|{_JOINED}[\s\S]{{0,300}}?{_REFUSED_PLACE}"

REFUSED_SINCE_JOINING_SIGNALS: list[Signal] = [
    # "access denied on the Sport folder, I joined the sport team last month": the new member's membership, not yet given.
    Signal("group_membership", "team's place refused to a new member", rx(_REFUSED_SINCE_JOINING), 2.0),
]
