# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A person taken off a share, a drive, a folder or a list named without the word "group": "take jdoe off the HR
share", "remove him from the finance drive", "please remove Ana and Luis from the audit folder", "take me off the
night-shift list", "bitte Herrn Roth aus dem Verteiler Einkauf entfernen", "retirer Paul du dossier Direction",
"quitar a Marta de la carpeta Compras", "haal Joost uit de map Kwaliteit". The share's or the list's members are a
group in the directory: a membership taken away.

What is taken off must be a PERSON: "remove the old files from the share", "take the duplicates off the list", "remove
write access from the folder" are a share's contents or settings, and the article, a thing's noun or a right never
passes for a name here. A list that is not the directory's (a waiting list, a guest list, a list of blocked senders)
is not either. Only the imperative asks it: "I was removed from the share" or "the share is gone" reports a fault.
A signal in the form of tickets/triage/patterns.py, joined to objects.OBJECT_SIGNALS.
"""

from __future__ import annotations

from tickets.triage.patterns import UNC, Signal, rx

# Nouns and words that name a thing, a right or nobody, never a person taken off a share.
_NOT_SOMEONE = (
    r"(?:the|a|an|this|that|these|those|all|some|any|every|my|our|your|its|it|his|her|their|old|van|car|vehicle|truck|one|ones|everything|anything|something|stuff"
    r"|files?|documents?|docs?|data|items?|entr(?:y|ies)|folders?|sub-?folders?|links?|shortcuts?|access|permissions?|rights"
    r"|write|read|edit|modify|duplicates?|cop(?:y|ies)|versions?|pictures?|photos?|images?|scans?|backups?|drives?"
    r"|mappings?|time|days?|leave|holidays?|contents?|e-?mails?|mails?|messages?|posts?|pages?|attachments?|archives?"
    r"|reports?|sheets?|spreadsheets?|templates?|locks?|printers?|sharing|inheritance|space|quota|columns?|rows?|names?"
    r"|addresses|address|numbers?|lines?|tasks?|jobs?|events?|meetings?|invites?|bookings?|orders?|products?|prices?"
    # a licence or a product taken off people ("remove Acrobat Pro from the people on the attached list")
    r"|licen[cs]es?|subscriptions?|seats?|software|apps?|adobe|acrobat|office|visio|project|power|teams|zoom)"
)
# A person: a pronoun, an address, a role word with a name, or one or two words none of which names a thing; a name
# may carry a bracket ("zqkw (night shift)").
_ONE = (rf"(?:me|him|her|them|us|myself|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
        r"|(?:the\s|our\s)?(?:users?|contractors?|externals?|guests?|consultants?|colleagues?|interns?|temps?|freelancers?|locums?|agency staff)\s(?!\b(?:from|off|out)\b)[\w.'-]+"
        rf"|(?!{_NOT_SOMEONE}\b)[a-zà-ÿ][\w.'-]*(?:\s(?!(?:from|off|out|of|and|or|the|to)\b)(?!{_NOT_SOMEONE}\b)[a-zà-ÿ][\w'-]*)?)"
        r"(?:\s?\([^)\n]{0,40}\))?")
_PEOPLE = rf"{_ONE}(?:(?:,\s|,?\s(?:and|&)\s){_ONE}){{0,5}}"
# A list that is not a directory's.
_OTHER_LIST = (r"(?:waiting|wait|guest|invite|invitation|attendee|attendance|to-?do|task|shopping|price|parts|contact|phone"
               r"|call|speed|block(?:ed)?|black|white|allow(?:ed)?|deny|safe|senders?|junk|spam|sign-?up|registration|course"
               r"|training|delivery|pick|packing|stock|inventory|queue|ticket|priority|favou?rites?|recent|drop-?down|reading"
               r"|parking|park|car|vendor|supplier|customer|client|approved|asset|holiday|leave|bug|issue|backlog"
               r"|attached|enclosed|following|above|below|excel|csv|this|that)")
# Where they are taken off: a share, a drive, a folder, a document library, or a list (not one of the others above).
# Up to four words naming it ("the GLA night shift rota", "the maternity audit"), never a sentence's end.
_NAMED = r"(?:the\s|our\s|his\s|her\s|their\s|my\s)?(?:[\w$&'\\:-]+\s){0,4}?"
_PLACE = (rf"(?:{_NAMED}(?:(?:shared\s|network\s|team\s|file\s)?(?:share|drive|folder|library)|[a-z]:\s?drive)"
          # A list is named by a word of its own ("the sales-leads list", "the POZ quality list"): "the list" alone
          # could be any list.
          rf"|{_NAMED}(?!{_OTHER_LIST}\s)(?!the\s|our\s|my\s)[\w&'-]+\s(?:(?:mailing|distribution|e-?mail|mail)\s)?list)\b")

_TAKEN_OFF = (
    rf"(?<!n't\s)(?<!not\s)(?<!never\s)\b(?:remove|take|drop)\s{_PEOPLE}\s(?:from|off|out of)\s(?:[^.!?\n]{{0,40}}?\s(?:and|&)\s)?(?:{_PLACE}|{UNC})"
    # German's verb at the end: "bitte Herrn Roth aus dem Verteiler Einkauf entfernen", "bitte aus dem Ordner Bau
    # austragen" (the person named in the clause before). Not "die alten Dateien aus dem Ordner entfernen", nor "die
    # Dateien bitte aus dem Ordner entfernen" (the thing named right before the "bitte").
    r"|(?<!dateien\s)(?<!datei\s)(?<!daten\s)(?<!dokumente\s)(?<!bilder\s)(?<!fotos\s)(?<!mails\s)(?<!scans\s)(?<!pdfs\s)(?<!kopien\s)(?<!duplikate\s)(?<!versionen\s)(?<!vorlagen\s)(?<!berichte\s)(?<!sachen\s)(?<!links\s)(?<!einträge\s)(?<!unterordner\s)\b(?:bitte|ihn|sie|mich|uns|(?:herrn?|frau|kolleg(?:e|en|in)|mitarbeiter(?:in)?|benutzer(?:in)?|user)\s[\w.-]+)"
    r"\s(?:(?!(?:die|den|das|alte\w*|dateien|datei|daten|dokumente?|unterordner|ordner|verkn(?:ü|ue)pfung\w*|eintr(?:ä|ae)ge|e-?mails?|mails?|bilder|fotos)\b)\S+\s){0,2}?"
    r"(?:aus|von)\s(?:dem|der|den)\s(?:\S+\s){0,3}?(?:ordner|verzeichnis|laufwerk\w*|netzlaufwerk\w*|verteiler\w*|freigabe|liste|verteilerliste|team|sharepoint-seite)\b"
    r"(?:(?!dateien?\b|daten\b|dokument\w*|eintr(?:ä|ae)g\w*|bilder|fotos|nachrichten|beitr(?:ä|ae)g\w*)[^.!?\n]){0,60}?\b(?:entfernen|austragen|(?:her)?ausnehmen|rausnehmen|streichen)\b"
    # French, Spanish, Dutch: "retirer Paul du dossier", "retirez-la de la liste", "quitar a Marta de la carpeta",
    # "haal Joost uit de map", "verwijder collega Jansen van de lijst". Spanish marks the person with "a".
    r"|\b(?:retire[rz]?|enl(?:è|e)ve[rz]?)(?:-(?:le|la|les|moi))?\s(?:(?:m\.|mme|monsieur|madame|notre\s(?:coll(?:è|e)gue|stagiaire))\s)?(?:(?!(?:les|des|le|la|l'|fichiers|documents|droits|acc(?:è|e)s)\b)[\w.'-]+\s){0,2}?"
    r"(?:du|de la|de l'|des)\s?(?:\S+\s){0,3}?(?:dossier|partage|lecteur|r(?:é|e)pertoire|liste de diffusion|liste)\b"
    r"|\b(?:quita[rd]?|saca[rd]?|elimina[rd]?)(?:l[aeo]s?)?\sa\s[\w.'-]+(?:\s[\w.'-]+)?\s(?:de la|del|de los|de las)\s(?:\S+\s){0,3}?(?:carpeta|unidad|lista)\b"
    r"|\b(?:haal|verwijder)\s(?:(?:collega|gebruiker|medewerker)\s[\w.'-]+|hem|haar|mij|me|ze)\s(?:uit|van)\s(?:de|het)\s(?:\S+\s){0,3}?(?:map|share|schijf|netwerkschijf|lijst|distributielijst)\b"
)

TAKEN_OFF_A_SHARE_SIGNALS: list[Signal] = [
    Signal("group_membership", "person taken off a share or list", rx(_TAKEN_OFF), 1.9),
]
