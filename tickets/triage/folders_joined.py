# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A person put on or taken off a shared folder, drive or share named in words, not by its path: "please remove anna
from the finance folders", "add jo.berg to the Projects drive", "ihn aus dem Ordner Einkauf entfernen", "la retirer du
dossier Finance", "quita a Ana de la carpeta de Compras", "haal Jan uit de map Financiën". The folder's access is
granted through a group (the label sheet's convention), so it is a membership. patterns.py's "folder access" needs the
word access and "access to path" a path; this is the same change said with a person and a verb of adding or removing.
"put anna in the finance share" says it with "in", as putting someone on a list is said (set h122).

The one added must be a person: a thing moved onto the drive ("put the files on the shared drive", "remove old scans
from the folder") is housekeeping. "Put her in the finance share" joins her as "to" does (set h124); "put them in the
folder" is not read so, "them" being as often the files just scanned. A signal in the form of
tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS. Found on set h113; said in the five languages
(tests/triage/test_folders_joined.py).
"""

from __future__ import annotations

from tickets.triage.group_names import _PERSON
from tickets.triage.patterns import Signal, rx, words
from tickets.triage.unless import unless

# What is moved onto or off a drive when it is not a person.
_THINGS = (r"(?:the|a|an|it|its|this|that|these|those|all|any|some|old|new|my|our|your|files?|documents?|docs?|data|reports?|photos?"
           r"|pictures?|images?|scans?|pdfs?|cop(?:y|ies)|backups?|shortcuts?|links?|everything|stuff|items?|invoices?|templates?"
           r"|videos?|sheets?|spreadsheets?|drafts?|duplicates?|archives?|access|permissions?|rights?|folders?|drives?|mapping"
           # Nobody in particular, as when a self-service page is what fails: "when I try to add someone to my folder".
           r"|someone|somebody|anyone|anybody|people|users|members|something|anything|nothing)\b")
_FOLDER_EN = r"(?:[\w&-]+\s){0,3}?(?:shared\s|network\s|team\s|project\s)?(?:folders?|drive|share|directory|directories)\b"
_FOLDER_DE = r"(?:\S+\s){0,2}?\w*(?:ordner|laufwerk|verzeichnis)\w*"
_PERSON_DE = (r"(?:ihn|sie|mich|uns|(?:frau|herrn?|kolleg(?:e|en|in)|benutzer(?:in)?|mitarbeiter(?:in)?)\s[\w.-]+"
              r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z]+\.[a-z]+)")

# "put Ravi in the legal share" says it with "in" as well as "into": the person is still who is put there.
_PERSON_ON_A_FOLDER = (
    # The person may carry their user id in brackets: "pls put Ana Ruiz (aruiz) in the finance share" (set h129).
    rf"(?<!try to )(?<!tried to )(?<!trying to )\b(?:add|put|remove|take)\s(?!{_THINGS}){_PERSON}(?:\s\([\w.'-]+\))?\s(?:to|into|on|onto|from|off|out of|(?<!\bthem )(?<!\bthose )in)\s(?:the\s|our\s)?{_FOLDER_EN}"
    rf"|\b{_PERSON_DE}\s(?:bitte\s)?(?:aus dem|aus den|vom|von den|zum|zu den|in den|ins)\s{_FOLDER_DE}\s(?:\S+\s){{0,2}}?(?:entfernen|austragen|rausnehmen|hinzuf(?:ü|ue)gen|aufnehmen|eintragen)\b"
    r"|\b(?:l'|la\s|le\s|les\s|me\s|m'|nous\s)(?:ajout|retir|enlev)\w*\s(?:à|au|aux|du|de|des|dans)\s(?:l'|la\s|le\s|les\s)?(?:\S+\s){0,2}?(?:dossier|r(?:é|e)pertoire)"
    r"|\b(?:ajout|retir|enlev)\w*-(?:la|le|les|moi|nous)\s(?:à|au|aux|du|de|des|dans)\s(?:l'|la\s|le\s|les\s)?(?:\S+\s){0,2}?(?:dossier|r(?:é|e)pertoire)"
    r"|\b(?:quit|sac|a(?:ñ|n)ad|agreg)\w*\sa\s(?!(?:la|el|los|las|todo)\b)[\w.-]+(?:\s[\w.-]+)?\s(?:de|a|en|del|al)\s(?:la\s|el\s)?(?:\S+\s){0,2}?carpeta"
    r"|\b(?:quit|sac|a(?:ñ|n)ad|agreg)ar(?:le|la|lo|me|nos)\s(?:de|a|en|del|al)\s(?:la\s|el\s)?(?:\S+\s){0,2}?carpeta"
    r"|\b(?:haal|voeg|zet)\s(?!(?:de|het|een|alle|die|dat|dit|deze|bestanden|documenten|mijn|onze)\b)[\w.-]+(?:\s[\w.-]+)?\s(?:toe\s)?(?:uit|van|aan|bij|in)\s(?:de|het)\s(?:\S+\s){0,2}?\w*(?:map|schijf)\b"
    r"|\b(?:hem|haar|mij|ons)\s(?:uit|van|aan|bij)\s(?:de|het)\s(?:\S+\s){0,2}?\w*(?:map|schijf)\s(?:\S+\s)?(?:halen|verwijderen|toevoegen)\b"
)

# "jwalsh needs the P: drive like the rest of the team", "she will need the finance share", "braucht das Laufwerk
# Einkauf", "a besoin du dossier Paie", "necesita la carpeta de Compras", "heeft de map Financiën nodig": a named drive
# or folder someone needs, the word "access" left out (sets h122, h123, h124 and holdout67, each its own writer). What
# the drive needs done to it is a fault or housekeeping, not a membership: "needs the P: drive mapped", "the share
# cleaned up", and so is a disk ("the hard drive", "the C: drive") or the writer's own home drive.
_NOT_A_SHARED_DRIVE = r"(?:hard|usb|flash|thumb|pen|external|local|home|personal|own|c:|d:|e:|old|new|spare|backup|cd|dvd)\s"
_DONE_TO_THE_DRIVE = (r"\s(?:re-?mapped|mapped|mapping|map|re-?connected|connected|cleaned|cleared|fixed|repaired|replaced|restored"
                      r"|back\b|space|quota|size|to be\b|expanded|increased|extended|upgraded|formatted|wiped|encrypted|backed"
                      r"|recovered|moved|migrated|renamed|deleted|archived|sorted|tidied|emptied|working|to work|shortcut|link"
                      r"|path|icon|letter|created|set up|shared|removed|taken|gone|made\b|bigger|larger|full\b)")
_NEEDS_A_NAMED_DRIVE = (
    rf"\b(?:needs?|will need|would need|needed)\s(?:to\s(?:see|have|get|open|use)\s)?(?:the|our)\s(?!{_NOT_A_SHARED_DRIVE}|same\b)"
    rf"(?:[\w&:'’-]+\s){{1,3}}?(?:shared\s|network\s|team\s)?(?:folders?|drive|share)\b(?!{_DONE_TO_THE_DRIVE})"
    r"|\b(?:braucht|brauchen|ben(?:ö|oe)tigt|ben(?:ö|oe)tigen)\s(?:\S+\s){0,2}?(?:das|den|die)\s(?:(?:[\w-]+\s)?(?:laufwerk|ordner)\s[\w:-]+|[\w-]+-?(?:laufwerk|ordner)\b)(?!\s(?:wieder|verbunden|eingebunden|gemappt|zur(?:ü|ue)ck|aufger(?:ä|ae)umt|voll))"
    r"|\b(?:das|den)\s[\w-]*(?:laufwerk|ordner)\w*\s(?:\([^)]{1,20}\)\s)?(?:\S+\s)?freischalten\b"
    r"|\b(?:a|ont|aura|auront|aurait)\sbesoin\sdu\s(?:dossier|lecteur|r(?:é|e)pertoire)\s(?!(?:personnel|local)\b)[\w:-]+"
    r"|\bnecesita\w*\s(?:la|el)\s(?:carpeta|unidad)\s(?!(?:de\s)?(?:dvd|cd|disco|usb|red\b))(?:de\s)?[\w:-]+"
    r"|\b(?:heeft|hebben)\s(?:\S+\s){0,2}?(?:de|het)\s(?:(?:map|schijf)\s[\w:-]+|[\w-]+-?(?:map|schijf))\s(?:\S+\s)?nodig\b"
)

# A shared drive named by its letter, needed by a person: "the new assistant needs the P: drive, same as Kim", "sie
# braucht das P:-Laufwerk", "il a besoin du lecteur P:", "necesita la unidad P:", "ze heeft de P-schijf nodig". A mapped
# drive is a share, and its access goes through a group (the label sheet's convention). Not a drive that vanished or
# must be mapped again ("needs the P: drive back", "wieder verbinden"): a fault on the computer to look into.
_LETTER_DRIVE = (r"(?:\b[a-z]:\s?-?\s?(?:drive|laufwerk|schijf)\b|\b[a-z]-(?:laufwerk|schijf)\b"
                 r"|\b(?:drive|laufwerk|lecteur|unidad|schijf)\s[a-z]:(?=[\s,.;)]|$))")
_LETTER_DRIVE_NEEDED = unless(
    rf"\b(?:need|needs|require|requires|want|wants|give|grant)\s(?:(?:him|her|them|me|us)\s)?(?:access\sto\s)?(?:the\s)?{_LETTER_DRIVE}"
    rf"|\b(?:braucht|brauchen|ben(?:ö|oe)tigt|ben(?:ö|oe)tigen)\s(?:\S+\s){{0,2}}?(?:das\s|den\s|zugriff\saufs?\s)?{_LETTER_DRIVE}"
    rf"|\b(?:a|ont) besoin (?:du|de l'acc(?:è|e)s au)\s{_LETTER_DRIVE}"
    rf"|\bnecesita\w*\s(?:acceso\sa\s)?la\s{_LETTER_DRIVE}"
    rf"|\b(?:heeft|hebben)\s(?:toegang\stot\s)?de\s{_LETTER_DRIVE}\s(?:\S+\s)?nodig\b",
    r"\b(?:back|again|map|mapped|mapping|reconnect\w*|disappeared|missing|gone|wieder|verbinden|verschwunden|weg|fehlt"
    r"|(?:é|e)nouveau|reconnect\w*|disparu|otra vez|de nuevo|desaparec\w*|opnieuw|verdwenen|kwijt)\b")

FOLDER_MEMBER_SIGNALS: list[Signal] = [
    Signal("group_membership", "a drive by its letter, needed", rx(_LETTER_DRIVE_NEEDED), 1.9,
           words("drive", "laufwerk", "lecteur", "unidad", "schijf")),
    Signal("group_membership", "person on or off a folder", rx(_PERSON_ON_A_FOLDER), 1.9,
           words("folder", "drive", "share", "director", "ordner", "laufwerk", "verzeichnis", "dossier", "pertoire",
                 "carpeta", "map", "schijf")),
    Signal("group_membership", "needs a named drive", rx(_NEEDS_A_NAMED_DRIVE), 1.8,
           words("folder", "drive", "share", "ordner", "laufwerk", "dossier", "lecteur", "pertoire", "carpeta", "unidad",
                 "map", "schijf")),
]
