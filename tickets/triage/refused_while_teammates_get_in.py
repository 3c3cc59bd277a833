# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""Access refused to one person while the others of the same team open the place: "access denied on the audits folder,
others in my team can open it", "Zugriff verweigert, die Kollegen im Team kommen rein", "accès refusé alors que mes
collègues de l'équipe l'ouvrent", "acceso denegado, mis compañeros del equipo sí pueden abrirlo", "toegang geweigerd,
mijn collega's in het team kunnen het wel openen". The place is the team's and works for its members: what is refused
to one of them is a fault to trace (a membership not synced, a broken inheritance, a cached token), not a membership
read from the words. Not where the same access is said wanted ("need the same"). A veto of group_membership in the form of tickets/triage/patterns.py, joined to
objects.OBJECT_VETOES. Not where a change is asked in so many words ("please add me too": unless_asked).

Found on three writers' tickets (sets h88, h91 and nearmiss9); said in the five languages in
tests/triage/test_refused_while_teammates_get_in.py.
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx
from tickets.triage.unless import unless, unless_asked

# The refusal, in the words a share, a site or an app gives it.
_REFUSED = (r"(?:access (?:is |was )?denied|permission denied|\bdenied\b|need permission|(?:don'?t|do not) have (?:access|permission)|can'?t (?:open|access)|cannot (?:open|access)"
            r"|something went wrong|verweigert|keine (?:berechtigung|rechte)|kein(?:en)? zugriff|nicht berechtigt|kann (?:\S+ )?nicht (?:\S+ )?(?:öffnen|oeffnen)"
            r"|acc(?:è|e)s (?:est )?refus(?:é|e)|pas (?:d'acc(?:è|e)s|les droits|autoris(?:é|e))|ne peux pas (?:l')?ouvrir"
            r"|acceso denegado|sin (?:acceso|permiso)|no tengo (?:acceso|permiso)|no puedo abrir"
            r"|toegang (?:wordt )?geweigerd|geen (?:toegang|rechten)|kan (?:\S+ )?niet openen)")
# The others of the same team who get in: "others in my team can open it", "colleagues in the same project team can
# open it", "the rest of the team has no problem", "die Kollegen im Team können es öffnen", "mes collègues de l'équipe
# y accèdent", "mis compañeros del equipo sí pueden", "mijn teamgenoten kunnen er wel in".
_OTHERS = r"(?:others|other people|colleagues|co-?workers|teammates|team ?mates|everyone else|the rest|my peers)"
_GET_IN = r"(?:can (?:open|access|see|get (?:in|into))|have (?:access|no problem)|has (?:access|no problem)|are fine|open it|get in)"
_TEAMMATES_GET_IN = (
    rf"\b{_OTHERS}\s(?:\S+\s){{0,5}}?(?:in|on|of|from)\s(?:my|our|the same|the|this)\s(?:\S+\s)?(?:team|group|department|project|unit|office)\s(?:\S+\s){{0,2}}?{_GET_IN}"
    r"|\bthe rest of (?:my|the|our) (?:team|group|department) (?:\S+ ){0,2}?(?:can|has|have|are|is)\b"
    r"|\b(?:kolleg\w*|die anderen)\s(?:\S+\s){0,4}?(?:im|aus dem|in der|aus der)\s(?:\S+\s)?(?:team|gruppe|abteilung|projekt)\w*\s(?:\S+\s){0,3}?(?:k(?:ö|oe)nnen|kommen|haben)\b"
    r"|\b(?:mes |les )?(?:coll(?:è|e)gues|autres)\s(?:\S+\s){0,4}?(?:de|dans) (?:l'|la |mon |notre |m(?:ê|e)me )(?:\S+\s)?(?:(?:é|e)quipe|groupe|service|projet)\s(?:\S+\s){0,3}?(?:peuvent|y acc(?:è|e)dent|l'ouvrent|ont acc(?:è|e)s)"
    r"|\b(?:mis |los )?(?:compa(?:ñ|n)eros|colegas|dem(?:á|a)s)\s(?:\S+\s){0,4}?(?:del|de mi|de la|en el|en mi)\s(?:mismo\s)?(?:equipo|grupo|departamento|proyecto)\s(?:\S+\s){0,3}?(?:pueden|s(?:í|i) pueden|tienen acceso|entran)"
    r"|\b(?:collega'?s|teamgenoten|de anderen)\s(?:\S+\s){0,4}?(?:kunnen|hebben)\s(?:\S+\s){0,3}?(?:wel|gewoon)\b"
)
# The same access wanted, in words other than a plea: "colleagues in my team have access, need the same", "brauche
# das auch", "j'ai besoin du même accès", "necesito lo mismo", "ik heb hetzelfde nodig". That asks for a membership.
_WANTED_TOO = (r"\b(?:need|want|require|like)s?\s(?:\S+\s)?(?:the same|it too|that too|access too|the same access)\b|\bneed access\b"
               r"|\bbrauche\s(?:\S+\s)?(?:auch|das gleiche|dieselben?|den gleichen|zugriff)\b|\bbesoin (?:du|des|de) m(?:ê|e)mes?\b|\bbesoin d'(?:un )?acc(?:è|e)s\b"
               r"|\bnecesito\s(?:lo mismo|el mismo|los mismos|acceso)\b|\bheb\s(?:\S+\s)?(?:hetzelfde|dezelfde|toegang) nodig\b")
_REFUSED_WHILE_TEAMMATES_GET_IN = unless_asked(unless(
    rf"{_REFUSED}[\s\S]{{0,300}}?(?:{_TEAMMATES_GET_IN})|(?:{_TEAMMATES_GET_IN})[\s\S]{{0,300}}?{_REFUSED}",
    _WANTED_TOO))

REFUSED_WHILE_TEAMMATES_GET_IN_VETOES: list[Veto] = [
    # "access denied on the audits folder since Monday, others in my team can open it": a fault, no membership asked.
    Veto("group_membership", rx(_REFUSED_WHILE_TEAMMATES_GET_IN), 2.5),
]
