# ruff: noqa: E501 -- regular-expression tables read best one language per line
"""People who "should onto" a site, a folder, a list or a group, the verb of giving left unsaid, as German and Dutch
say it: "die zwei neuen Praktikanten (aberg, ckoch) sollen auf die SharePoint-Seite 'Qualität', nur lesen", "Frau
Brandt soll in den Verteiler Einkauf", "de stagiairs moeten op de SharePoint-site 'Inkoop', alleen lezen", "Piet moet
in de groep Planning". The modal and the place are the whole request: those people are to be given the place.

Only where the ones who "should" are people (a person's word, a new one, a login in brackets) and the place's name
ends the clause: "die Datei soll auf die SharePoint-Seite hochgeladen werden" is a file to move, and "sie sollen auf der
Seite arbeiten" (dative: where, not whither) asks nothing. A signal in the form of tickets/triage/patterns.py, joined to
objects.OBJECT_SIGNALS (set h131).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx

# The ones who are to get in: a person's word, a courtesy title, or logins listed in brackets. Not "new" alone: "the
# new template" is a thing.
_PEOPLE_DE = (r"(?:azubi\w*|auszubildende\w*|praktikant\w*|werkstudent\w*|trainee\w*|kolleg\w*|mitarbeiter\w*|neuzug(?:ä|ae)ng\w*"
              r"|herr|frau|leute|benutzer\w*|user|ich|wir)")
_PEOPLE_NL = r"(?:stagiair\w*|collega\w*|medewerker\w*|meneer|mevrouw|mensen|gebruiker\w*|ik|wij|we)"
_LOGINS = r"\([\w.-]+(?:,\s?[\w.-]+)*(?:,?\s(?:und|en|and)\s[\w.-]+)?\)"
# A place one is given: a site, a folder, a drive, a share, a list, a group, a team, a channel.
_PLACE_DE = (r"(?:[\w-]*sharepoint[\w-]*|[\w-]*(?:seite|site|ordner|laufwerk|freigabe|verteiler\w*|gruppe|kanal|share|bibliothek)"
             r"|team|teams-team)")
_PLACE_NL = r"(?:[\w-]*sharepoint[\w-]*|[\w-]*(?:site|map|schijf|share|lijst|groep|kanaal|bibliotheek)|team)"
# The place's name, and the end of the clause: a quoted name or up to two words, then a stop, or the access level.
# Not a verb that puts a thing there ("soll auf die Seite hochgeladen werden", "moet op de site gezet worden").
_PUT_THERE = (r"(?:\w*(?:laden|stellen|legen|speichern|kopieren|schieben|posten|zetten|plaatsen|opslaan|uploaden|zeigen|verlinken)"
              r"|ge\w*(?:laden|stellt|legt|speichert|schoben|postet|zet|plaatst|upload|zeigt|linkt)|kopiert|werden|worden)\b")
_NAME_THEN_END = (rf"(?:\s(?:[\x22'\u201e\u201c\u2018\u00ab][^\x22'\u201c\u201d\u2019\u00bb\n]{{1,60}}[\x22'\u201c\u201d\u2019\u00bb]|(?!{_PUT_THERE})[\w-]+)){{0,2}}"
                  r"\s?(?:[,;.!\n]|$|\s(?:nur|mit|lese\w*|schreib\w*|alleen|met|lees\w*|schrijf\w*)\b)")
_SHOULD_ONTO_A_PLACE = (
    rf"\b(?:{_PEOPLE_DE}\b|{_LOGINS})[^.!?\n]{{0,80}}?\b(?:soll|sollen|sollte|sollten|muss|m(?:ü|ue)ssen)\s(?:(?:bitte|auch|noch|ebenfalls|jetzt|zus(?:ä|ae)tzlich)\s){{0,2}}"
    rf"(?:(?:auf|in|an)\s(?:die|den|das)\s|ins\s|zum\s|zur\s)(?:[\w-]+\s)?{_PLACE_DE}{_NAME_THEN_END}"
    rf"|\b(?:{_PEOPLE_NL}\b|{_LOGINS})[^.!?\n]{{0,80}}?\b(?:moet|moeten|mag|mogen)\s(?:(?:ook|nog|graag|even)\s){{0,2}}"
    rf"(?:op|in|bij)\s(?:de|het)\s(?:[\w-]+\s)?{_PLACE_NL}{_NAME_THEN_END}"
)

PLACES_JOINED_UNSAID_SIGNALS: list[Signal] = [
    Signal("group_membership", "people who should onto a place", rx(_SHOULD_ONTO_A_PLACE), 1.8),
]
