# ruff: noqa: E501 -- regular-expression tables read best one language per line
"""A shared drive, folder or share named and needed, the word "access" left unsaid: "moving to service next week, will
need the service drive", "needs the P: drive", "needs to see the reports folder the others use", "braucht das
Vertriebslaufwerk", "a besoin du dossier Achats", "necesita la carpeta de Compras", "heeft de map Inkoop nodig". What a
person needs of a shared drive is to get into it, and that is granted through its group (the label sheet: access to a
shared folder or drive is a membership even where "group" is never said). German also says it as the drive switched on
for someone: "bitte Frau X das Buchhaltungslaufwerk freischalten".

Not the drive as a thing to mend or fill: "need the drive mapped again", "need the folder restored", "need the share
made bigger" are a technician's work on the drive, not a right; nor a disk of the writer's own ("the external drive",
"the C: drive"). A signal in the form of tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS (set h124).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, rx, words

# A disk of one machine, not a share: its room or its cable is what is asked about.
_OWN_DISK = r"(?:same|old|external|usb|local|hard|flash|thumb|portable|c:|d:|e:|cd|dvd|disk|backup|my|your|his|her|their)\b"
# What is done to the drive itself, said right after it.
_DONE_TO_IT = (r"(?:mapped|mapping|re-?mapped|re-?connected|connected|fixed|restored|recovered|moved|renamed|deleted|removed|cleaned|cleared"
               r"|emptied|backed|repaired|replaced|extended|increased|expanded|enlarged|bigger|larger|letter|space|quota|size|full|back"
               r"|icon|shortcut|to be|(?:that|which) (?:was|got|has|had|is|were)|again|working|wieder|zur(?:ü|ue)ck|gemappt|verbunden|repariert|wiederhergestellt)\b")
_FOLDER_WORD_EN = r"(?:drive|folder|share|directory)"
_NEEDED = (
    rf"\b(?:needs?|needed|wants?|requires?|would like)\s(?:to\s(?:see|open|use|get into|have|work in)\s)?(?:the|our)\s(?!{_OWN_DISK})"
    rf"(?:[\w&:'-]+\s){{0,3}}?(?:shared\s|network\s|team\s)?{_FOLDER_WORD_EN}\b(?!\s(?:\S+\s)?{_DONE_TO_IT})"
    rf"|\b(?:braucht|brauche|brauchen|ben(?:ö|oe)tig(?:t|e|en))\s(?:\S+\s){{0,2}}?(?:das|den|die)\s(?!(?:externe|lokale|usb|eigene)\w*\b)(?:[\w&:-]+\s){{0,2}}?\w*(?:laufwerk|ordner|verzeichnis)\w*\b(?!\s(?:\S+\s)?{_DONE_TO_IT})"
    rf"|\b\w*(?:laufwerk|ordner|verzeichnis)\w*\b(?:\s\([a-z]:\))?\s(?:\S+\s){{0,2}}?freischalten\b"
    rf"|\b(?:a|ai|avons|ont)\sbesoin\s(?:du|de la)\s(?:\S+\s){{0,2}}?(?:dossier|lecteur|r(?:é|e)pertoire|partage)\b(?!\s(?:\S+\s)?(?:externe|local|usb|restaur|d(?:é|e)plac|r(?:é|e)par))"
    rf"|\bnecesit(?:a|o|amos|an)\s(?:la|el)\s(?:\S+\s){{0,2}}?(?:carpeta|unidad)\b(?!\s(?:\S+\s)?(?:externa|local|usb|restaurad|movid|reparad))"
    rf"|\b(?:heeft|heb|hebben)\s(?:\S+\s){{0,2}}?(?:de|het)\s(?!(?:externe|lokale|usb|eigen)\b)(?:[\w&:-]+\s){{0,2}}?\w*(?:map|schijf)\s(?:\S+\s)?nodig\b"
)

NAMED_DRIVE_SIGNALS: list[Signal] = [
    Signal("group_membership", "named drive needed", rx(_NEEDED), 1.8,
           words("drive", "folder", "share", "director", "laufwerk", "ordner", "verzeichnis", "dossier", "lecteur",
                 "pertoire", "partage", "carpeta", "unidad", "map", "schijf")),
]
