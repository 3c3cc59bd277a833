# ruff: noqa: E501 -- regular-expression tables read best one wording per line
"""A new place asked to be made, with nobody put in it yet: a group, a folder with its own group, a channel in a team.

"We need a fresh security group for the night desk, the names come later", "eine neue Berechtigungsgruppe für das
Projekt anlegen, Mitglieder folgen", "créer un nouveau groupe pour le projet, la liste suivra", "crear un grupo nuevo
para la obra, los miembros los mando después", "een nieuwe groep aanmaken, leden volgen nog"; "can you add a private
channel to our team, the option is greyed out for me", "einen privaten Kanal im Team anlegen". What is asked is a thing
created (the label sheet's "requests to create things" are `other`), or a team's setting that forbids its owner to make
channels: nobody is added to anything, so no membership is to change. Not where a person is put into the place in the
same ticket ("create the group and add Jo and Sam"), which asks a membership as well (unless).

Vetoes in the form of tickets/triage/patterns.py, joined to objects.OBJECT_VETOES. Found on sets holdout103, holdout111,
nearmiss7 and h138 (four writers); said in our own words in five languages by tests/triage/test_places_made.py.
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, rx
from tickets.triage.unless import unless

# The group, list or folder made new: "a new security group", "a new folder ... with its own permission group", "neue
# Gruppe", "nouveau groupe", "grupo nuevo", "nieuwe groep". The adjective "new" said of the place, not of a person.
_KIND = r"(?:security |permission |access |ad |distribution |mail |m365 |office 365 |sharepoint )?"
_NEW_GROUP = (
    rf"\b(?:a|an|one|another)\s(?:new|fresh|separate|dedicated)\s{_KIND}(?:group|list|dl|folder)\b"
    rf"|\b(?:create|set ?up|make|build|open)\s(?:a|an|one|another)\s{_KIND}(?:group|list|dl)\b"
    r"|\b(?:its|their) own\s(?:security |permission |access |ad )?group\b"
    r"|\b(?:eine[nm]?|ein)\s(?:neue[nm]?|eigene[nm]?|separate[nm]?)\s(?:\S+)?(?:gruppe|verteiler|ordner)\w*"
    r"|\bneue[nm]?\s(?:\S+)?(?:gruppe|verteiler)\w*\s(?:\S+\s){0,4}?(?:anlegen|erstellen|einrichten)\b"
    r"|\b(?:un|une)\s(?:nouveau|nouvelle)\s(?:groupe|liste|dossier)\b|\b(?:cr(?:é|e)er|mettre en place)\s(?:un|une)\s(?:groupe|liste)\b"
    r"|\b(?:un|una)\s(?:nuev[oa]\s)?(?:grupo|lista|carpeta)\s(?:nuev[oa]|propi[oa])\b|\bcrear\s(?:un|una)\s(?:nuev[oa]\s)?(?:grupo|lista)\b"
    r"|\b(?:een)\s(?:nieuwe|aparte|eigen)\s(?:\S+)?(?:groep|lijst|map)\b|\bnieuwe\s(?:\S+)?groep\s(?:\S+\s){0,3}?aanmaken\b"
)
# Its members said to come later: "members to follow", "names will follow once the team is set", "Mitglieder folgen",
# "les membres suivront", "los miembros después", "leden volgen". Nobody to put in it now.
_MEMBERS_LATER = (
    r"\b(?:members?|names?|people|users?|list of (?:members|names|people))\s(?:\S+\s){0,2}?(?:to follow|will follow|follow later|to come|come later|later)\b"
    r"|\b(?:mitglieder|namen|teilnehmer)\s(?:\S+\s){0,2}?(?:folgen|kommen sp(?:ä|ae)ter|reiche ich nach|nachgereicht)"
    r"|\b(?:les )?(?:membres|noms)\s(?:\S+\s){0,2}?(?:suivront|suivent|plus tard|viendront)"
    r"|\b(?:los )?(?:miembros|nombres)\s(?:\S+\s){0,3}?(?:despu(?:é|e)s|m(?:á|a)s tarde|a continuaci(?:ó|o)n|seguir(?:á|a)n)"
    r"|\b(?:de )?(?:leden|namen)\s(?:\S+\s){0,2}?(?:volgen|later|komen nog)"
)
# A channel made inside a team: "add a private channel", "create a new channel", "einen (privaten) Kanal anlegen",
# "créer un canal privé", "crear un canal privado", "een (privé)kanaal aanmaken". The channel is the object, no person.
_NEW_CHANNEL = (
    r"\b(?:add|create|make|set ?up|open)\w*\s(?:a|an|one|another)\s(?:new\s)?(?:private\s|shared\s|standard\s|separate\s)?channel\b"
    r"|\b(?:create|make|add|set up)\s(?:new\s)?(?:private\s|shared\s)?channels\b"
    r"|\b(?:einen|neuen)\s(?:neuen\s)?(?:privaten\s|geteilten\s)?kanal\s(?:\S+\s){0,4}?(?:anlegen|erstellen|hinzuf(?:ü|ue)gen|einrichten)\b"
    r"|\b(?:cr(?:é|e)er|ajouter)\s(?:un|des)\s(?:nouveau\s)?canal\b|\b(?:cr(?:é|e)er|ajouter)\s(?:un|des)\scanaux\b"
    r"|\b(?:crear|a(?:ñ|n)adir)\s(?:un|otro)\s(?:nuevo\s)?canal\b"
    r"|\been\s(?:nieuw\s)?(?:priv(?:é|e)\s?)?kanaal\s(?:\S+\s){0,3}?(?:aanmaken|toevoegen|maken)\b"
)
# A person put into it in the same ticket: then a membership is asked as well.
_SOMEONE_ADDED = (
    r"\b(?:add|put|include|invite)\s(?:me|him|her|them|us|these|the following|[a-z]+\.[a-z]+|[a-z]+ and [a-z]+)\b"
    r"|\b(?:members?|mitglieder|membres|miembros|leden)\s?(?:are|sind|sont|son|zijn)?\s?:"
    r"|\b(?:mich|ihn|sie|uns)\s(?:\S+\s)?(?:hinzuf(?:ü|ue)gen|aufnehmen|eintragen)\b"
    r"|\b(?:m'|l'|les |nous )ajouter\b|\b(?:a(?:ñ|n)ad|agreg)(?:eme|irme|idme|irle|idle|idlos)\b|\b(?:voeg|zet)\s(?:me|hem|haar|ons)\b"
)
_PLACE_MADE = unless(rf"(?:{_NEW_GROUP})[\s\S]*?(?:{_MEMBERS_LATER})|(?:{_MEMBERS_LATER})[\s\S]*?(?:{_NEW_GROUP})|{_NEW_CHANNEL}",
                     _SOMEONE_ADDED)

PLACES_MADE_VETOES: list[Veto] = [
    # "the night desk wants a new security group, its people named later": the group made, nobody added yet.
    # "can you add a private channel in our team? it says I'm not allowed": a channel made, nobody added.
    Veto("group_membership", rx(_PLACE_MADE), 2.5),
]
