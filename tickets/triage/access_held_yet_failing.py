# ruff: noqa: E501 -- regular-expression tables read best one expression per line
"""Access the writer says they hold to a site, a share, a folder or a mailbox, and then something else going wrong with
what it opens: files that will not open, a sync that fails, slowness, an error. Access held is no membership to grant;
the trouble is a fault for a technician. The expression and its anchor, for the group's and the mailbox's vetoes in
tickets/triage/other_senses.py.

Two wrong readings noticed in passing by other studies; the sentences in tests/triage/test_access_held_and_contracts_extended.py
are our own. Not where the writer also says access is refused or lacking ("access denied", "read-only"), nor where they
ask for more ("but I need the invoices mailbox too"): those are a membership still to give.
"""

from __future__ import annotations

from tickets.triage.patterns import words
from tickets.triage.unless import ASKS_FOR_A_CHANGE, unless

# Access held now, in the writer's own words: "I have access to the Teams site", "I can access the share", "ich habe
# Zugriff auf ...", "ich kann auf ... zugreifen", "j'ai accès au ...", "je peux accéder", "tengo acceso a ...", "puedo
# acceder", "ik heb toegang tot ...". Not "I had access" (a right that went away, a refusal to look into otherwise).
_HELD = (r"\b(?:i|we)\s(?:do\s|already\s|still\s)?(?:have|got)\s(?:full\s|read\s|the\s)?(?:access|rights|permissions?)\s(?:to|on|for)\b"
         r"|\b(?:i|we)\s(?:can|could)\s(?:still\s)?access\b"
         r"|\b(?:ich habe|ich hab|wir haben)\s(?:\S+\s)?(?:zugriff|berechtigung\w*|rechte)\s(?:auf|f(?:ü|ue)r)\b|\b(?:ich kann|wir k(?:ö|oe)nnen)\s(?:\S+\s){0,4}?zugreifen\b"
         r"|\bj'ai (?:bien |d(?:é|e)j(?:à|a) )?(?:acc(?:è|e)s|les droits) (?:(?:à|a)|au|aux|sur)\b|\bje peux acc(?:é|e)der\b"
         r"|\btengo (?:\S+\s)?(?:acceso|permisos?) (?:a|al|en)\b|\bpuedo acceder\b"
         r"|\bik heb (?:\S+\s)?(?:toegang|rechten) (?:tot|op)\b")

# What goes wrong instead: files that will not open, a sync that fails, slowness, an error or a crash.
_FILES = r"(?:files?|documents?|attachments?|pdfs?|spreadsheets?|dateien|dokumente|anh(?:ä|ae)nge|fichiers|documents|pi(?:è|e)ces jointes|archivos|ficheros|documentos|adjuntos|bestanden|documenten|bijlagen)"
_FAILS = (rf"\b{_FILES}\s(?:\S+\s)?(?:won'?t|will not|doesn'?t|does not|don'?t|do not|can'?t|cannot|fail to|refuse to)\s(?:\S+\s)?open\b"
          rf"|\bnone of\s(?:the\s|my\s|our\s)?{_FILES}\s(?:\S+\s)?open\b|\b(?:can'?t|cannot|unable to|not able to)\sopen\s(?:the\s|any\s|some\s|my\s)?(?:\S+\s)?{_FILES}"
          r"|\bsync\w*\s(?:\S+\s)?(?:fails?|failed|failing|errors?|issues?|problems?|stuck|not working|stopped)\b|\b(?:won'?t|doesn'?t|does not|not|stopped|fails? to|failed to)\s(?:\S+\s)?sync"
          r"|\b(?:very |really |extremely |so |too |painfully )?slow\b|\btakes (?:ages|forever)\b|\berrors?\b|\bcrash\w*|\bfreez\w*|\bkeeps? (?:hanging|freezing)\b"
          rf"|\b{_FILES}\s(?:\S+\s){{0,3}}?(?:nicht (?:(?:ö|oe)ffnen|ge(?:ö|oe)ffnet|auf)|(?:ö|oe)ffnen sich nicht)|\blassen sich nicht (?:(?:ö|oe)ffnen|synchronisieren)"
          r"|\bsynchroni\w*\s(?:\S+\s)?(?:schl(?:ä|ae)gt (?:\S+\s)?fehl|funktioniert nicht|fehlgeschlagen)|\bsynchronisiert nicht|\blangsam\b|\bfehler\w*|\bst(?:ü|ue)rzt (?:\S+\s)?ab\b"
          rf"|\b{_FILES}\s(?:\S+\s){{0,2}}?ne s'ouvr\w+ (?:pas|plus)|\b(?:impossible d'|ne (?:peux|parviens) pas (?:à )?)ouvrir (?:les |des |ces |mes )?{_FILES}"
          r"|\bsynchroni\w*\s(?:\S+\s)?(?:(?:é|e)choue|ne fonctionne pas)|\bne se synchronise (?:pas|plus)|\blente?s?\b|\berreur\w*|\bplant\w*"
          rf"|\b{_FILES}\s(?:\S+\s){{0,2}}?no se abren|\bno (?:puedo|consigo) abrir (?:los |las |mis )?{_FILES}|\bsincroniza\w*\s(?:\S+\s)?falla|\bno se sincroniza|\blent[oa]s?\b|\bse (?:cuelga|bloquea)"
          rf"|\b{_FILES}\s(?:\S+\s){{0,2}}?(?:openen niet|gaan niet open|willen niet (?:open|openen))|\bkan (?:de |die |mijn )?{_FILES} niet openen|\bsynchroni\w*\s(?:\S+\s)?mislukt|\bsynchroniseert niet|\btraag\b|\bfoutmelding\w*|\bfout\b|\bloopt vast")

# Access refused or short of what is wanted, anywhere in the ticket: then the membership may well be what is missing.
_LACKING = (r"\baccess\s(?:is\s|was\s)?denied|\bpermission\sdenied|\bno\s(?:access|permissions?|rights)\b|\bnot\s(?:authori[sz]ed|permitted|allowed)\b"
            r"|\b(?:don'?t|do not|doesn'?t|does not)\shave\s(?:\S+\s)?(?:access|permissions?|rights)\b|\bread[- ]?only\b|\bonly\s(?:have\s)?read\b|\bwrite\b|\bedit\w*\s(?:rights|access|permissions?)"
            r"|\bneed\w*\s(?:\S+\s){0,4}?(?:access|added|permissions?|rights)\b"
            r"|\b(?:zugriff|zugang)\s(?:\S+\s)?verweigert|\bkeine\s(?:\S+\s)?(?:berechtigung\w*|rechte|zugriffsrechte)|\bkeinen\s(?:zugriff|zugang)|\bschreibrecht\w*|\bnur\s(?:lese|leserecht)\w*|\bbrauche\s(?:\S+\s){0,4}?(?:zugriff|berechtigung\w*|rechte)"
            r"|\bacc(?:è|e)s\s(?:\S+\s)?refus(?:é|e)|\bpas\s(?:les droits|d'acc(?:è|e)s|l'acc(?:è|e)s|acc(?:è|e)s)|\blecture seule|\bbesoin\s(?:de |d')(?:l')?(?:acc(?:è|e)s|droits)"
            r"|\bacceso\sdenegado|\bno tengo\s(?:\S+\s)?(?:acceso|permisos?)|\bsin\spermisos?|\bs(?:ó|o)lo lectura|\bnecesito\s(?:\S+\s){0,3}?(?:acceso|permisos?)"
            r"|\btoegang\s(?:\S+\s)?geweigerd|\bgeen\s(?:toegang|rechten)|\balleen[- ]lezen|\bleesrechten|\bheb\s(?:\S+\s){0,3}?(?:toegang|rechten)\snodig")

ACCESS_HELD_YET_FAILING = unless(rf"(?:{_HELD})[\s\S]{{0,160}}?(?:{_FAILS})", rf"{ASKS_FOR_A_CHANGE}|{_LACKING}")
HELD_ANCHOR = words("have", "habe", "hab ", "haben", "j'ai", "tengo", "heb ", "got ", "can ", "could ", "kann", "können", "koennen",
                    "peux", "puedo")
