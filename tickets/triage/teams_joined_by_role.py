# ruff: noqa: E501 -- regular-expression tables read best one language per line
"""A newcomer to a role, named by that role rather than by name, added to a team of the chat product: "please add the
new shift supervisor at the harbour depot (kmoss) to the Supervisors team in Teams", "bitte die neue Kollegin aus dem
Einkauf ins Team Einkauf in Teams aufnehmen", "ajoutez la nouvelle comptable à l'équipe Finance dans Teams", "añadid al
nuevo jefe de taller al equipo Taller en Teams", "voeg de nieuwe planner toe aan het team Planning in Teams".

patterns.py's "added to a team named in teams" keeps "the" out of the one added, so that "add the file to Planning in
Teams" is no membership; a role said new ("the new planner", "our new service manager") is a person all the same. Not
a thing said new ("the new template", "the new tab"): those are what a team holds. A signal in the form of
tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS (set h124).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx

# What a team holds, said new: a file, a tab, a channel, never a person.
_A_THING = (r"(?:files?|documents?|docs?|tabs?|apps?|posts?|links?|folders?|notes?|channels?|versions?|templates?|sheets?|lists?"
            r"|plans?|pages?|wikis?|datei\w*|dokument\w*|kanal\w*|vorlage\w*|fichiers?|documents?|onglets?|canal|canaux|mod(?:è|e)les?"
            r"|archivos?|documentos?|pesta(?:ñ|n)as?|plantillas?|bestand\w*|document\w*|kanaal|kanalen|sjabloon\w*)\b")
_IN_TEAMS = r"(?:in|on|im|auf|dans|sur|en|op)\s(?:ms\s|microsoft\s)?teams\b"
_ROLE_ADDED_TO_A_TEAM = (
    rf"\b(?:add|put|include)\s(?:the|our|my)\snew\s(?!(?:\S+\s){{0,2}}?{_A_THING})(?:\S+\s){{1,6}}?(?:to|into|in)\s(?:the\s|our\s)?(?:[\w'&-]+\s){{1,4}}?(?:team|channel)\s{_IN_TEAMS}"
    rf"|\b(?:den|die|unseren|unsere)\sneuen?\s(?!(?:\S+\s){{0,2}}?{_A_THING})(?:\S+\s){{1,6}}?(?:ins|in das|zum)\s(?:team\s)?(?:[\w'&-]+\s){{1,4}}?{_IN_TEAMS}\s(?:\S+\s)?(?:aufnehmen|hinzuf(?:ü|ue)gen)"
    rf"|\bajout\w*\s(?:le|la|notre)\s(?:nouveau|nouvelle|nouvel)\s(?!(?:\S+\s){{0,2}}?{_A_THING})(?:\S+\s){{1,6}}?(?:à|a|dans)\s(?:l'|la\s)?(?:é|e)quipe\s(?:[\w'&-]+\s){{1,4}}?{_IN_TEAMS}"
    rf"|\ba(?:ñ|n)ad\w*\s(?:al|a la|a nuestr[oa])\s(?:nuev[oa])\s(?!(?:\S+\s){{0,2}}?{_A_THING})(?:\S+\s){{1,6}}?(?:al|a la|en el)\s(?:equipo\s)?(?:[\w'&-]+\s){{1,4}}?{_IN_TEAMS}"
    rf"|\bvoeg\s(?:de|onze)\snieuwe\s(?!(?:\S+\s){{0,2}}?{_A_THING})(?:\S+\s){{1,6}}?toe\saan\s(?:het\s|de\s)?(?:team\s)?(?:[\w'&-]+\s){{1,4}}?{_IN_TEAMS}"
)

TEAMS_JOINED_BY_ROLE_SIGNALS: list[Signal] = [
    Signal("group_membership", "new role holder added to a team in teams", rx(_ROLE_ADDED_TO_A_TEAM), 1.8),
]
