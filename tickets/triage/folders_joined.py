# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A person put on or taken off a shared folder, drive or share named in words, not by its path: "please remove anna
from the finance folders", "add jo.berg to the Projects drive", "ihn aus dem Ordner Einkauf entfernen", "la retirer du
dossier Finance", "quita a Ana de la carpeta de Compras", "haal Jan uit de map Financiën". The folder's access is
granted through a group (the label sheet's convention), so it is a membership. patterns.py's "folder access" needs the
word access and "access to path" a path; this is the same change said with a person and a verb of adding or removing.

The one added must be a person: a thing moved onto the drive ("put the files on the shared drive", "remove old scans
from the folder") is housekeeping. A signal in the form of tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS.
Found on set h113; said in the five languages (tests/triage/test_folders_joined.py).
"""

from __future__ import annotations

from tickets.triage.group_names import _PERSON
from tickets.triage.patterns import Signal, rx, words

# What is moved onto or off a drive when it is not a person.
_THINGS = (r"(?:the|a|an|it|its|this|that|these|those|all|any|some|old|new|my|our|your|files?|documents?|docs?|data|reports?|photos?"
           r"|pictures?|images?|scans?|pdfs?|cop(?:y|ies)|backups?|shortcuts?|links?|everything|stuff|items?|invoices?|templates?"
           r"|videos?|sheets?|spreadsheets?|drafts?|duplicates?|archives?|access|permissions?|rights?|folders?|drives?|mapping"
           # Nobody in particular, as when a self-service page is what fails: "when I try to add someone to my folder".
           r"|someone|somebody|anyone|anybody|people|users|members)\b")
_FOLDER_EN = r"(?:[\w&-]+\s){0,3}?(?:shared\s|network\s|team\s|project\s)?(?:folders?|drive|share|directory|directories)\b"
_FOLDER_DE = r"(?:\S+\s){0,2}?\w*(?:ordner|laufwerk|verzeichnis)\w*"
_PERSON_DE = (r"(?:ihn|sie|mich|uns|(?:frau|herrn?|kolleg(?:e|en|in)|benutzer(?:in)?|mitarbeiter(?:in)?)\s[\w.-]+"
              r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z]+\.[a-z]+)")

# "put Ravi in the legal share" says it with "in" as well as "into": the person is still who is put there.
_PERSON_ON_A_FOLDER = (
    rf"(?<!try to )(?<!tried to )(?<!trying to )\b(?:add|put|remove|take)\s(?!{_THINGS}){_PERSON}\s(?:to|into|in|on|onto|from|off|out of)\s(?:the\s|our\s)?{_FOLDER_EN}"
    rf"|\b{_PERSON_DE}\s(?:bitte\s)?(?:aus dem|aus den|vom|von den|zum|zu den|in den|ins)\s{_FOLDER_DE}\s(?:\S+\s){{0,2}}?(?:entfernen|austragen|rausnehmen|hinzuf(?:ü|ue)gen|aufnehmen|eintragen)\b"
    r"|\b(?:l'|la\s|le\s|les\s|me\s|m'|nous\s)(?:ajout|retir|enlev)\w*\s(?:à|au|aux|du|de|des|dans)\s(?:l'|la\s|le\s|les\s)?(?:\S+\s){0,2}?(?:dossier|r(?:é|e)pertoire)"
    r"|\b(?:ajout|retir|enlev)\w*-(?:la|le|les|moi|nous)\s(?:à|au|aux|du|de|des|dans)\s(?:l'|la\s|le\s|les\s)?(?:\S+\s){0,2}?(?:dossier|r(?:é|e)pertoire)"
    r"|\b(?:quit|sac|a(?:ñ|n)ad|agreg)\w*\sa\s(?!(?:la|el|los|las|todo)\b)[\w.-]+(?:\s[\w.-]+)?\s(?:de|a|en|del|al)\s(?:la\s|el\s)?(?:\S+\s){0,2}?carpeta"
    r"|\b(?:quit|sac|a(?:ñ|n)ad|agreg)ar(?:le|la|lo|me|nos)\s(?:de|a|en|del|al)\s(?:la\s|el\s)?(?:\S+\s){0,2}?carpeta"
    r"|\b(?:haal|voeg|zet)\s(?!(?:de|het|een|alle|die|dat|dit|deze|bestanden|documenten|mijn|onze)\b)[\w.-]+(?:\s[\w.-]+)?\s(?:toe\s)?(?:uit|van|aan|bij|in)\s(?:de|het)\s(?:\S+\s){0,2}?\w*(?:map|schijf)\b"
    r"|\b(?:hem|haar|mij|ons)\s(?:uit|van|aan|bij)\s(?:de|het)\s(?:\S+\s){0,2}?\w*(?:map|schijf)\s(?:\S+\s)?(?:halen|verwijderen|toevoegen)\b"
)

FOLDER_MEMBER_SIGNALS: list[Signal] = [
    Signal("group_membership", "person on or off a folder", rx(_PERSON_ON_A_FOLDER), 1.9,
           words("folder", "drive", "share", "director", "ordner", "laufwerk", "verzeichnis", "dossier", "pertoire",
                 "carpeta", "map", "schijf")),
]
