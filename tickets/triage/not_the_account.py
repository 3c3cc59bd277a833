# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""Words of an account request whose object is not an account the help desk runs: a device, a program or a place
that is locked, one application's own login while single sign-on or Windows works (locked, or its password to reset), a login in another company's system, a file
whose owner grants access, a drive that vanished, a second factor said to be in hand and working. Vetoes in the form
of tickets/triage/patterns.py, joined to objects.OBJECT_VETOES. The public's and one customer's person's logins, and
whose job a login is, asked, were split into other_parties.py when this module passed 500 lines; a login set apart
from the directory's, of its own, local or private into logins_elsewhere.py, and the reset page's outage and a factor
in hand into self_service_tools.py, when it passed 500 again. Their history stays below.

Found on tickets their authors wrote without reading the project (tests/data/triage_holdout23.jsonl and
triage_holdout25.jsonl); each is said in general terms, so that other writers' wordings of the same thing read the
same way (tests/triage/test_locks_owners_and_vanished_drives.py). Another program's login said not to be the
directory's ("not her Windows login") and the writer's own storage refusing a save came from
tests/data/triage_nearmiss7.jsonl, a bus and tram operator's (tests/triage/test_other_programs_logins_and_storage.py). Near-miss set 9 (an airport ground handler's) added a
door pass beyond English, the keys one is locked out of, a machine's display reading "locked", a vendor's own login or
one said not to be the directory's, and one app's lockout while the PC's sign-in works, beyond English
(tests/triage/test_codes_passes_and_protected_files.py). One application's password forgotten or its account
locked while the writer says the directory's sign-in works ("Windows one is fine", "Windows geht") came from
triage_holdout28.jsonl, a hospital group's (tests/triage/test_directory_sign_in_said_working.py). A login set apart
from the directory's beside it ("for the lab system, not Windows"), a device's local account outside the domain, the
public's accounts on the company's portal and a second factor said moved already came from triage_holdout31.jsonl, a
water utility's (tests/triage/test_logins_set_apart_local_or_the_publics.py). A program said to have a login of its
own, a password set apart in brackets ("(not Windows!)") and a factor lost "before I moved" it came from
triage_holdout33.jsonl, an insurer's (tests/triage/test_formats_own_logins_and_service_jobs.py). One customer's
person's login on the company's portal, a question of whose login it is ("us or the port?"), a factor moved by the
writer in German's verb-second order and an account "locked by administrator" came from triage_holdout34.jsonl, a
logistics firm's (tests/triage/test_contracts_ended_customers_logins_and_pool_alerts.py).
One customer "(acc ...) says" beside the public, and the self-service reset page's outage came from
triage_holdout39.jsonl, a telecom operator's (tests/triage/test_priorities_notices_whose_job_and_remnants.py).
A visitor from outside (an auditor, an inspector) given a login came from triage_holdout40.jsonl, a manufacturer's
(tests/triage/test_leavers_by_name_and_whether_to_act.py). A policyholder's or a broker's login on the firm's app or portal,
and "which team handles ...?", came from triage_holdout44.jsonl (tests/triage/test_locks_owners_and_vanished_drives.py).
Whether to call the other company oneself ("... or do I have to contact them?") came from triage_holdout49.jsonl.
Holdout48 (a hospital trust's) added the two sides asked theirs first ("can their admin unlock it or does it come to
us?"), a hospital's patients as its customers, a factor said approved fine beside another fault, and a door pass's
words kept inside their own alternative (tests/triage/test_customers_whose_job_and_traced_lockouts.py,
test_locks_owners_and_vanished_drives.py, test_codes_passes_and_protected_files.py).
Holdout59 (a hotel group's) added a private account at an outside service said hacked, and a factor said running
already on the new phone (tests/triage/test_locks_owners_and_vanished_drives.py, test_logins_set_apart_local_or_the_publics.py).
"""

from __future__ import annotations

import re

from tickets.triage.patterns import Veto, each_sign_in_kind, rx, words
from tickets.triage.unless import unless, unless_asked
from tickets.triage.vocabulary import FOLDER, LOCKED, MFA, PW, UNLOCK, UNLOCK_ELSEWHERE

# Machines with their own panel or code, which no directory account unlocks. Not a laptop, a PC or a terminal server:
# "my laptop is locked after too many tries" is the account's lockout as the writer sees it.
_MACHINE = (r"(?:printer|copier|photocopier|scanner|mfp|plotter|label printer|fax|drucker|kopierer|imprimante"
            r"|copieur|impresora|fotocopiadora|kopieerapparaat|forklift|handheld|hand scanner|kiosk"
            # A printer named by its maker or its model line, as people at it name it: "the Ricoh on the 2nd floor says
            # user locked", "Kyocera zeigt 'Benutzer gesperrt'" (h135). Its print accounting locks its own users.
            r"|kyocera|ricoh|xerox|konica(?: minolta)?|bizhub|lexmark|taskalfa|imagerunner|laserjet|officejet|papercut"
            r"|badge reader|card reader|time clock|stempeluhr"
            # Machines that serve the public, with an operator's own lock: "ticket vending machine shows 'service
            # locked'", "Fahrkartenautomat gesperrt", "distributeur de billets bloqué", "máquina expendedora bloqueada",
            # "kaartautomaat geblokkeerd" (holdout64, a transport operator's). The operator's service unlocks them.
            r"|(?:ticket |vending |parking |self-service |coffee )machine|parking meter|pay station|turnstile|ticket gate|validator|atm|cash machine"
            r"|(?:fahrkarten|fahrschein|ticket|park|verkaufs|getr(?:ä|ae)nke|geld)automat(?:en)?|entwerter"
            r"|distributeur (?:de billets|automatique)|borne (?:de vente|automatique)|horodateur|composteur|valideur"
            r"|m(?:á|a)quina (?:expendedora|de billetes|de tickets|de venta)|parqu(?:í|i)metro|validadora|torno"
            r"|(?:kaart|parkeer|betaal|koffie)automaat|ov-?paal|poortje"
            # A bank branch's cash machines, with the vendor's own service lock ("the cash recycler is in lockout mode
            # after a jam", "Einzahlautomat gesperrt", "recycleur bloqué", "reciclador bloqueado", "geldautomaat
            # geblokkeerd"): the vendor's engineer or the branch's key clears them (set h84, a regional bank's).
            r"|(?:cash |note |coin |banknote )?recyclers?|cash (?:dispenser|deposit machine|counter)|note counter|coin counter"
            r"|(?:ein|aus)zahl(?:ungs)?automat(?:en)?|kassentresor|geldz(?:ä|ae)hlmaschine|recycleur|automate de d(?:é|e)p(?:ô|o)t"
            r"|reciclador(?:es)?|cajero autom(?:á|a)tico|geldautomaat|stortingsautomaat|muntautomaat"
            # Furniture and a machine's own operator panel: a key or the operator's PIN opens them.
            r"|cabinet|server rack|rack|locker|drawer|safe|schrank|spind|hmi|cnc|plc|operator panel|machine panel"
            # A shop floor's booking terminal, named by its system or its place ("the MES terminal at line 3", "BDE-Terminal
            # in Halle 2", "terminal de production", "terminal de línea", "productieterminal"): the production system's
            # own state locks it (a shift not closed, an order open), which its key users clear. Not a bare "terminal",
            # which may be a terminal server the account signs in to (h77).
            r"|(?:mes|bde|pde|shop-?floor|production|assembly|line|station|operator|booking|kiosk)[\s-]terminal"
            r"|(?:bde|pde|mes|produktions|fertigungs|maschinen|buchungs|werkstatt|hallen)-?terminal"
            r"|terminal (?:de |del )?(?:production|producci(?:ó|o)n|ligne|l(?:í|i)nea|atelier|taller|fabrication|fabricaci(?:ó|o)n)"
            r"|(?:productie|lijn|werkplaats)-?terminal)s?")
# The person who works a machine, named by it: "the forklift driver's account is locked", "Staplerfahrer", "cariste"
# are people with accounts, so a lock beside them is theirs, not the machine's (h88).
_WHO_WORKS_IT = (r"(?:drivers?|operators?|users?|techs?|technicians?|staff|fahrer\w*|bediener\w*|conducteur\w*|op(?:é|e)rat(?:eur|rice)s?"
                 r"|conductor\w*|operari[oa]s?|chauffeurs?|bestuurders?|operators?)\b")
# The directory's own sign-in named as what is locked, at whatever machine: "locked out of Windows on the truck
# terminal", "vom Windows-Konto ausgesperrt", "bloqué sur Windows", "bloqueado de Windows", "uit Windows
# buitengesloten". Said before the lock word in word orders that put it first ("an Windows gesperrt").
_DIRECTORY_SIGN_IN = (r"(?:windows|the domain|domain|dom(?:ä|ae)ne|domaine|dominio|domein|active directory"
                      r"|(?:his|her|their|my|its|seinem|ihrem|meinem|son|sa|su|zijn|haar|mijn) (?:account|konto|compte|cuenta))"
                      r"(?![\s-](?:firewall|defender|update|security|sicherheit|store|explorer))")
_OF_THE_SIGN_IN = (rf"\w*(?:\sout)?\s(?:of|from|on|in|aus|an|bei|im|de|du|sur|en|uit|van|op)\s(?:the\s|der\s|dem\s|le\s|el\s|het\s)?"
                   rf"(?:\S+\s)?{_DIRECTORY_SIGN_IN}\b")
_NOT_THE_SIGN_IN = rf"(?!\s(?:(?:an|aus|bei|im|vom)\s)?{_DIRECTORY_SIGN_IN}\b)"
# A machine's own display or panel reading "locked" ("the display says 'LOCKED - SERVICE'", "Anzeige: gesperrt"): a
# computer's screen is not one (it shows the account's lockout), nor a display that names the account or the user.
_DISPLAY_SAYS_LOCKED = (r"\b(?:display|panel|control panel|operator panel|anzeige|bedienfeld|(?:é|e)cran de contr(?:ô|o)le|afficheur|tableau de commande"
                        r"|panel de control|visor|bedieningspaneel|display)\s(?:\S+\s)?(?:says|shows|reads|displays|zeigt|meldet|affiche|indique|muestra|indica|toont|geeft|meldt)"
                        r"\s(?:(?!account|konto|user|benutzer|compte|utilisateur|cuenta|usuario|gebruiker|login)\S+\s){0,3}?['\x22\u2018\u201c\u201e(]?"
                        r"(?:locked|gesperrt|verrouill(?:é|e)|bloqu(?:é|e)|bloquead[oa]|vergrendeld|geblokkeerd)\b")

# A computer left locked under someone else's sign-in: "the panel PC is locked with the user of the night shift, he
# went home", "PC locked by the previous shift", "Rechner ist mit dem Benutzer der Nachtschicht gesperrt", "poste
# verrouillé avec la session de l'équipe de nuit", "equipo bloqueado con la sesión del turno de noche", "pc vergrendeld
# met de sessie van de nachtdienst". The screen is locked, not an account: the session is to be signed off at the
# machine, and the account behind it is not locked out. Only after a computer's name.
_COMPUTER = r"(?:pc|computer|laptop|workstation|rechner|arbeitsplatz|poste|ordinateur|ordenador|equipo|computadora)"
_SOMEONE_ELSES_SIGN_IN = (r"(?:(?:the |a |an |his |her |their )?(?:user|session|login|log-?on|sign-?in|account|profile) (?:of|from)\s"
                          r"|(?:the |a |an |my |our )?(?:colleague|co-?worker)\b|(?:the |a |an |my |our )?(?:previous|last|other|night|day|early|late|morning|evening) (?:user|shift|person|colleague)\b)")
_LOCKED_UNDER_ANOTHER = (rf"\b{_COMPUTER}\b[^.!?\n]{{0,30}}?\b(?:is |was |got |has been |stays |remains )?locked\s(?:with|by|under|in|on)\s{_SOMEONE_ELSES_SIGN_IN}"
                         rf"|\b{_COMPUTER}\b[^.!?\n]{{0,30}}?\b(?:mit|unter|von)\s(?:dem |der |einem |einer )?(?:benutzer|anmeldung|sitzung|login|profil|kolleg\w*|vorschicht|nachtschicht|fr(?:ü|ue)hschicht|sp(?:ä|ae)tschicht)\b[^.!?\n]{{0,30}}?\bgesperrt"
                         rf"|\b{_COMPUTER}\b[^.!?\n]{{0,30}}?\bgesperrt\s(?:mit|unter|von)\s(?:dem |der |einem |einer )?(?:benutzer|anmeldung|sitzung|login|profil|kolleg\w*|vorschicht|nachtschicht)"
                         rf"|\b{_COMPUTER}\b[^.!?\n]{{0,30}}?\b(?:verrouill|bloqu)\w*\s(?:avec|par|sous)\s(?:la |le |l')?(?:session|compte|utilisateur|profil|coll(?:è|e)gue|(?:é|e)quipe)\b"
                         rf"|\b{_COMPUTER}\b[^.!?\n]{{0,30}}?\bbloquead[oa]\s(?:con|por)\s(?:la |el )?(?:sesi(?:ó|o)n|usuario|cuenta|perfil|compa(?:ñ|n)er[oa]|turno)\b"
                         rf"|\b{_COMPUTER}\b[^.!?\n]{{0,30}}?\bvergrendeld\s(?:met|door|onder)\s(?:de |het )?(?:sessie|gebruiker|account|login|profiel|collega|nachtdienst|dienst)\b")

# What a program's vendor locks: its licence, its key, its dongle, its activation.
_PROGRAM_LOCK = (r"licen[cs]e\s(?:is\s|was\s|has been\s|got\s)?(?:locked|blocked|gesperrt)|(?:locked|blocked)\s(?:\S+\s)?licen[cs]e"
                 r"|lizenz\s(?:ist\s)?(?:gesperrt|blockiert)|licence\s(?:est\s)?bloqu|licencia\s(?:est(?:á|a)\s)?bloquead"
                 r"|(?:dongle|activation|product key|licen[cs]e key)\s(?:\S+\s)?(?:locked|blocked)")

# A machine's or a network device's own administration page, and its password: "forgot the admin password for the web
# ui of the label printer", "Admin-Passwort für die Weboberfläche des Switches", "mot de passe admin de l'interface web
# de l'imprimante", "contraseña de administrador de la interfaz web", "beheerderswachtwoord van de webinterface". That
# password is the device's, set on the device (or restored by a factory reset); no directory account holds it. Not a
# person's account on a program's console ("the password for my extranet admin console account"): only a device's page
# (a web UI, a configuration page) counts without an admin's password named, and never one followed by "account".
_DEVICE_CONSOLE = (r"(?:web ?ui|web[\s-]?interface|web[\s-]?page|web[\s-]?portal|admin(?:istration)? (?:page|panel|console|interface|ui)"
                   r"|config(?:uration)? (?:page|panel|menu)|management (?:page|console|interface)|settings page|weboberfl(?:ä|ae)che"
                   r"|web-?oberfl(?:ä|ae)che|verwaltungsoberfl(?:ä|ae)che|interface (?:web|d'administration)|interfaz (?:web|de administraci(?:ó|o)n)"
                   r"|webinterface|beheerpagina|beheerinterface"
                   r"|access point|switch(?:es)?|firewall|ups|nas|projector|beamer|label printer|plotter|printer|copier|drucker|imprimante|impresora)")
_DEVICE_PASSWORD = (rf"\b(?:admin|administrator|administrateur|administrador|beheerder|device|local|ger(?:ä|ae)te)[\s-]?{PW}"
                    rf"\s(?:of|for|on|to|f(?:ü|ue)r|vom|von|der|des|de|du|del|de la|de l'|van|voor)\s(?:\S+\s){{0,5}}?{_DEVICE_CONSOLE}\b"
                    rf"|\b{PW}\s(?:of|for|on|to|f(?:ü|ue)r|vom|von|der|des|de|du|del|de la|de l'|van|voor)\s(?:the\s|die\s|der\s|das\s|den\s|dem\s|la\s|le\s|el\s|het\s|de\s)?"
                    rf"(?:\S+\s){{0,3}}?(?:web ?ui|web[\s-]?interface|config(?:uration)? page|weboberfl(?:ä|ae)che|interface web|interfaz web"
                    rf"|webinterface)\b(?!\s(?:account|user|login|konto|benutzer|compte|cuenta|usuario|gebruiker))")

# Another company's system, said so by the writer: "that's their system, not ours", "the carrier's portal".
_THEIRS = (r"\b(?:that'?s|it'?s|it is|this is|is)\s(?:\S+\s)?(?:their|the vendor'?s|the supplier'?s|the customer'?s|the bank'?s"
           r"|a third[- ]party|an external|the carrier'?s|the partner'?s)\s(?:own\s)?(?:system|portal|site|website|platform|tool|app|account)\b"
           r"|\b(?:not|isn'?t|is not)\s(?:one of\s)?ours\b|\bnot our (?:system|portal|site|platform|tool|app|account)\b"
           r"|\b(?:external|third[- ]party|3rd[- ]party)\s(?:\S+\s)?(?:portal|website|platform)\b[^.!?\n]{0,60}\b(?:not (?:ours|managed by us|ours to)|they (?:manage|run|own))"
           r"|\bnicht (?:unser(?:e)? (?:system|portal)|von uns)\b"
           # A site the writer calls external, in so many words: "the supplier's portal (external site)", "externe
           # Plattform", "site externe", "portal externo", "externe website". Another company runs its logins.
           r"|\b(?:external|third[- ]party|3rd[- ]party)\s(?:web\s?)?(?:site|website|portal|platform|extranet)s?\b"
           r"|\bexterne[nsr]?\s(?:web)?(?:seite|site|website|portal|plattform|platform|extranet)\b"
           r"|\b(?:site|portail|plateforme|plate-forme)\s(?:web\s)?externe\b|\b(?:sitio|portal|plataforma)\s(?:web\s)?extern[oa]\b"
           # A login of the vendor's own, or the writer's directory login said not to be the one: "ein eigenes Login beim
           # Anbieter, nicht unser Windows-Login", "not my Windows password", "het gaat niet om mijn inlog".
           r"|\b(?:own|separate) (?:login|account|user ?name) (?:with|at|on) (?:the |their )?(?:vendor|provider|supplier|supplier'?s|vendor'?s)\b"
           r"|\b(?:eigene[sr]?|separate[sr]?) (?:login|konto|zugang|account) (?:beim|bei dem|vom) (?:anbieter|hersteller|lieferanten|dienstleister)\b"
           r"|\bnot (?:my|our) (?:windows |network |normal |usual |company |work )(?:login|account|password|sign-?in)\b"
           r"|\bnicht (?:mein|meine|meinen|unser|unsere|unseren) (?:windows-?|netzwerk-?|pc-?|normale[sn]? )(?:login|anmeldung|konto|passwort|kennwort)\b"
           r"|\b(?:geht|gehts|geht's) (?:es )?nicht um (?:mein|meine|meinen|unser|unsere|unseren|das|den|die) (?:windows-?|normale[sn]? |eigene[sn]? )?(?:login|anmeldung|konto|passwort|kennwort)\b"
           r"|\b(?:ce n'est )?pas (?:mon|notre) (?:compte|login|mot de passe) (?:windows|r(?:é|e)seau|habituel)\b|\bil ne s'agit pas de (?:mon|notre) (?:compte|login|mot de passe)\b"
           r"|\bno (?:es )?(?:mi|nuestra|nuestro) (?:cuenta|usuario|contrase(?:ñ|n)a) (?:de windows|de red|habitual)\b|\bno se trata de (?:mi|nuestra|nuestro) (?:cuenta|usuario|contrase(?:ñ|n)a)\b"
           r"|\b(?:het )?(?:gaat|gaat het) niet om (?:mijn|onze|ons) (?:windows-?)?(?:inlog|login|account|wachtwoord)\b|\bniet (?:mijn|onze|ons) (?:windows-?|netwerk)(?:inlog|login|account|wachtwoord)\b"
           # The system said run by another company: "the portal is run by the supplier, not us", "wird vom Lieferanten
           # betrieben", "est géré par le fournisseur", "lo gestiona el proveedor", "wordt beheerd door de leverancier".
           # Said in brackets or an apposition, with no verb: "the vendor portal (run by the vendor, not us)", "(betrieben
           # vom Anbieter)", "(géré par le fournisseur)", "(gestionado por el proveedor)", "(beheerd door de leverancier)".
           r"|(?:\b(?:is|are|gets|get)\s(?:\S+\s)?|\(\s?|,\s)(?:run|managed|hosted|operated|owned|administered|maintained)\sby\s(?:the\s|our\s|an?\s)?(?:supplier|vendor|provider|manufacturer|partner|customer|client|contractor|carrier|bank|landlord|agency|external)"
           r"|\(\s?(?:betrieben|verwaltet|gehostet)\s(?:vom|von der|beim)\s(?:\S+\s)?(?:lieferanten|anbieter|hersteller|dienstleister|partner)"
           r"|\(\s?(?:g(?:é|e)r(?:é|e)e?|h(?:é|e)berg(?:é|e)e?|exploit(?:é|e)e?)\spar\s(?:le |la |l')?(?:fournisseur|prestataire|fabricant|partenaire)"
           r"|\(\s?(?:gestionad|administrad|alojad)[oa]\spor\s(?:el|la)\s(?:proveedor|fabricante|socio)"
           r"|\(\s?(?:beheerd|gehost)\sdoor\s(?:de|het)\s(?:leverancier|fabrikant|partner)"
           r"|\b(?:wird|werden)\s(?:\S+\s)?(?:vom|von der|von dem|beim)\s(?:\S+\s)?(?:lieferanten|anbieter|hersteller|dienstleister|partner|kunden|vermieter)\s(?:\S+\s)?(?:betrieben|verwaltet|gehostet|gepflegt)\b"
           r"|\b(?:est|sont)\s(?:\S+\s)?(?:g(?:é|e)r(?:é|e)e?s?|h(?:é|e)berg(?:é|e)e?s?|administr(?:é|e)e?s?|exploit(?:é|e)e?s?)\spar\s(?:le |la |l'|notre )?(?:fournisseur|prestataire|fabricant|partenaire|client|bailleur)"
           r"|\b(?:lo|la|los|las)\s(?:gestiona|administra|opera|mantiene)n?\s(?:el|la|nuestro|nuestra)\s(?:proveedor|fabricante|socio|cliente)|\b(?:gestionad|administrad|alojad)[oa]s?\spor\s(?:el|la|nuestro|nuestra)\s(?:proveedor|fabricante|socio|cliente)"
           r"|\b(?:wordt|worden)\s(?:\S+\s)?(?:beheerd|gehost|onderhouden)\sdoor\s(?:de|het|onze|ons)\s(?:leverancier|fabrikant|partner|klant|verhuurder)")

# Run by another body, in so many words: "the portal is run by the customs authority", "the site is operated
# by the shipping line", "wird von der Behörde betrieben", "géré par l'administration", "gestionado por la
# aduana", "beheerd door de overheid". Its logins and locks are that body's (holdout56).
# Said of the system the words describe, it outweighs a lock's or an expiry's words in full; a change asked in so many
# words ("please unlock it") keeps the request for a person to weigh (unless_asked).
_RUN_BY_ANOTHER = unless_asked(
    r"\b(?:portal|site|website|platform|system|extranet|app)\s(?:is\s|are\s)?(?:run|operated|managed|owned|administered)\sby\s(?:the\s|an?\s)?(?!us\b|our\b|it\b|we\b|me\b|ict\b|(?:service|help)\s?desk\b|head office\b|group it\b)\S+"
    r"|\b(?:wird|werden)\svon\s(?:der|dem|den|einer|einem)\s(?:\S+\s){1,2}?(?:betrieben|verwaltet)\b"
    r"|\b(?:g(?:é|e)r(?:é|e)e?|exploit(?:é|e)e?|administr(?:é|e)e?)\spar\s(?:l'|la\s|le\s|les\s|un\s|une\s)(?!informatique\b|dsi\b)\S+"
    r"|\b(?:gestionad[oa]|operad[oa]|administrad[oa]|llevad[oa])\spor\s(?:el|la|los|las|un|una)\s(?!inform(?:á|a)tica\b)\S+"
    r"|\b(?:beheerd|uitgebaat)\sdoor\s(?:de|het|een)\s(?!ict\b|it\b|helpdesk\b)\S+"
)

# One file's owner is asked through the product's own request button: the owner shares a file, not the help desk. Only
# a file: a site, a folder or a drive is a membership the help desk grants ("you need permission to access this site,
# clicked request access two weeks ago" stays group_membership).
_A_FILE = r"(?:\.(?:xlsx?|xlsm|docx?|pptx?|pdf|csv|vsdx?)\b|\b(?:file|document|doc|spreadsheet|workbook|sheet|deck)\b)"
_OWNER_ASKED = (r"\b(?:clicked|pressed|hit|used|sent|submitted|did)\s(?:on\s)?(?:the\s)?['\x22\u2018\u201c]?request access\b"
                r"|\brequest(?:ed)? access (?:from|of) (?:the |its |their )?(?:owner|author|creator)\b"
                r"|\b(?:asked|emailed|messaged|pinged) (?:the |its )?(?:file |document |site )?(?:owner|author|creator) (?:for|to give|to grant) (?:me )?access\b"
                r"|\baccess request (?:to the owner )?(?:is |was |has been |still )?(?:pending|sent|unanswered|not answered)\b")

# A drive or folder that vanished from the writer's machine: its mapping is a fault to look at, not access to grant.
_VANISHED = (rf"{FOLDER}\s(?:\S+\s){{0,3}}?(?:is\s|ist\s|est\s|has\s|hat\s)?(?:gone|disappeared|vanished|weg\b|fehlt|disparu|desaparecid\w*|verdwenen|sumido)"
             rf"|\b(?:lost|missing) (?:my |the )?(?:[a-z]:\s)?{FOLDER}|\b(?:mein|das)\s[a-z]:?\s?(?:laufwerk|netzlaufwerk)\s(?:\S+\s)?(?:ist\s)?weg\b")

# A card or a pass that opens a door, a gate or a turnstile, beyond English ("Zugangskarte", "Werksausweis", "badge
# d'accès", "tarjeta de acceso", "toegangspas"). Not a bare "Karte" or "carte", which may be a SIM or a bank card.
_A_PASS = (r"\b(?:zugangs|zutritts|werks|firmen|dienst|mitarbeiter|flughafen|betriebs)?(?:ausweis|karte)\w*(?<!\bkarte)(?<!\bkarten)"
           r"|\b(?:zugangskarte|zutrittskarte|chipkarte|transponder)\b|\bbadge\w*|\bcarte d'acc(?:è|e)s\b|\bcarte (?:professionnelle|magn(?:é|e)tique)\b"
           r"|\btarjeta (?:de acceso|de empleado|identificativa)\b|\bacreditaci(?:ó|o)n\b|\b(?:toegangs|personeels|bedrijfs)pas\b|\btoegangskaart\b")

# A room, a door or a vehicle one is locked out of: its keypad, its code or its key, not a sign-in.
# The keys themselves count: "locked out of the keys" is a key cabinet's code, and a hangar or a shed is a place.
# The place is what one is locked out of, in the same phrase: the words between are plain words (a hyphen inside one, as
# in "goods-in yard"), never a dash or a comma that ends it ("locked out of the laptop - drivers waiting in the yard").
_A_PLACE = (r"\block(?:ed)?[\s-]?out of (?:the |my |our |a )?(?:[\w'\u2019]+(?:-[\w'\u2019]+)* ){0,2}?(?:room|office|building|door|gate|lab|laboratory"
            r"|car|van|truck|lorry|cabinet|locker|garage|car park|warehouse|depot|store ?room|comms room|cupboard"
            r"|keys?|hangar|shed|yard|compound|branch|premises|vault|strong ?room)s?\b"
            # The same in the other languages: "aus der Filiale ausgesperrt", "enfermé dehors", "me quedé fuera de la
            # oficina", "buitengesloten uit het kantoor"; and a key that no longer fits its lock ("mein Schlüssel passt
            # nicht ins neue Schloss", "my key doesn't fit the new lock", "la clé n'ouvre plus", "la llave no abre", "de
            # sleutel past niet"). A locksmith's or the facilities' job (set h84, a regional bank's).
            r"|\baus\s(?:der|dem|den)\s(?:\S+\s)?(?:filiale|b(?:ü|ue)ro|geb(?:ä|ae)ude|raum|lager|tresor\w*|haus|werk|halle|gesch(?:ä|ae)ft|laden)\s(?:\S+\s){0,3}?(?:ausgesperrt|ausgeschlossen)\b"
            r"|\b(?:enferm(?:é|e)e?s?\sdehors|bloqu(?:é|e)e?s?\s(?:dehors|devant la porte))\b|\bme\s(?:he\s)?qued(?:é|e|ado|ada)\sfuera\b"
            r"|\bbuitengesloten\s(?:uit|van)\s(?:het|de|ons|mijn)\s(?:kantoor|filiaal|gebouw|pand|winkel|magazijn)\b"
            r"|\b(?:key|keys|schl(?:ü|ue)ssel|cl(?:é|e)s?|llaves?|sleutels?)\s(?:\S+\s){0,2}?(?:doesn'?t|does not|don'?t|won'?t|no longer|passt|passen|ne rentre|n'ouvre|no (?:abre|entra|sirve)|past|werkt)\s?(?:\S+\s){0,2}?"
            r"(?:fit|fits|open|opens|turn|turns|work|nicht|plus|pas|niet|meer)\b[^.!?\n]{0,40}?\b(?:lock|locks|door|schloss|t(?:ü|ue)r|serrure|porte|cerradura|puerta|slot|deur)\b"
            # A pass that opens the doors is one too: "my building pass is locked at the turnstile".
            r"|\b(?:keypad|door code|key ?card|access card|badge|fob|(?:my|the|his|her|building|door|security|staff|site|id) pass)\b[^.!?\n]{0,60}\b(?:not accept|doesn'?t accept|isn'?t accept"
            r"|rejects?|won'?t (?:open|accept|work)|not working|stopped working|locked)"
            # The same card in the other languages: a pass or badge that opens a door or a turnstile, blocked.
            rf"|(?:{_A_PASS})[^.!?\n]{{0,60}}\b(?:gesperrt|abgelehnt|blockiert|bloqu(?:é|e)e?|refus(?:é|e)e?|bloquead[oa]|rechazad[oa]"
            r"|geblokkeerd|geweigerd|werkt niet)")

# What the directory account signs in to, said to work: "Windows one is fine", "Windows and Outlook work fine", "Windows
# geht", "Windows fonctionne", "Outlook funciona bien", "Windows werkt gewoon", "Windows und Mail gehen" (the mail
# named without its "e", as German, French and Dutch writers do: set h92). The writer has tried the account the
# help desk runs and it opens, so the login that fails beside it is one application's own. Not where a negation
# follows ("Outlook geht nicht", "Windows works on and off").
_DIRECTORY_THING = (r"(?:windows|outlook|(?:e-?)?mail|my (?:normal|usual|work|network|pc|laptop|computer) (?:login|account|sign-?in)"
                    r"|network login|pc login|laptop login|everything else|alles andere|tout le reste|todo lo dem(?:á|a)s|de rest|al het andere)")
_SIGN_IN_NOUN = (r"(?:one|login|log-?in|logon|account|password|sign-?in|anmeldung|passwort|kennwort|konto|mot de passe"
                 r"|contrase(?:ñ|n)a|wachtwoord|inlog)")
_SAID_WORKING = (r"(?:(?:is|are)\s(?:still\s|all\s)?(?:fine|ok|okay|unaffected|working(?:\sfine|\snormally)?)\b|works?(?:\s(?:fine|ok|okay|normally|perfectly))?\b"
                 r"|geh(?:t|en)\b|funktionier(?:t|en)\b|fonctionnen?t?\b|marchen?t?\b|funcionan?\b|werk(?:t|en)\b|doe(?:t|n) het\b)")
_NOT_AFTER = r"(?!\s(?:\S+\s)?(?:not|nicht|pas|no|niet|never|nie|on and off|sometimes|only|again|wieder)\b)"
_DIRECTORY_SIGN_IN_WORKS = (rf"\b{_DIRECTORY_THING}(?:\s(?:and|&|und|et|y|en)\s{_DIRECTORY_THING})?(?:\s{_SIGN_IN_NOUN})?"
                            rf"\s(?:still\s|also\s|auch\s|gewoon\s|wel\s|bien\s|normal\s)?{_SAID_WORKING}{_NOT_AFTER}")

# No negation from here to the clause's end (a comma ends it: "am PC komme ich rein, nur SAP nicht" still counts).
# It is tried only where one of the alternatives below can start (their first words), not at every letter.
_CLAUSE_NOT_NEGATED = (r"(?=\b(?:am|auf|an|windows|pc|netzwerk|sur|ma|en|mi|op|mijn)\b)"
                       r"(?![^.,;!?\n]{0,60}\b(?:nicht|not|pas|no|niet|nie|never|kein\w*|geen)\b)")

# One application's own login locked while the writer's single sign-on works everywhere else: that application's
# administrator unlocks it; the directory account is fine.
_ONLY_THAT_APP = (r"\b(?:sso|single sign-?on|my (?:normal|usual|uni|university|company|work|windows|network) (?:login|account|sign-?in))"
                  r"\b[^.!?\n]{0,40}\b(?:(?:is|are|works?|working)\s(?:\S+\s)?(?:fine|ok|okay|normally)|works?\b)"
                  r"|\bcontact (?:the|your|its) (?:\S+ )?administrator\b[^.!?\n]{0,80}\b(?:everything else|other (?:apps|systems|logins)) "
                  r"(?:is |are )?(?:fine|ok|working)"
                  # The same beyond English: "am PC komme ich normal rein", "sur mon PC je me connecte normalement",
                  # "en el ordenador entro sin problema", "op mijn pc kan ik gewoon inloggen". Never with a negation in
                  # the clause: "die Windows-Anmeldung geht nicht", "op de pc kan ik niet inloggen" say the opposite.
                  rf"|{_CLAUSE_NOT_NEGATED}(?:"
                  r"\b(?:am|auf dem|an meinem|an dem) (?:pc|rechner|laptop|computer)\b[^.!?\n]{0,20}\b(?:komme ich|kann ich mich|melde ich mich)\s(?:\S+\s){0,2}?(?:rein|an|anmelden|einloggen)\b"
                  r"|\b(?:windows|pc|netzwerk)-?(?:anmeldung|login)\s(?:\S+\s)?(?:funktioniert|geht|klappt)\b"
                  r"|\bsur (?:le|mon) (?:pc|ordinateur)\b[^.!?\n]{0,20}\bje me connecte\b|\bma session windows (?:fonctionne|marche)\b"
                  r"|\ben (?:el|mi) (?:pc|ordenador|computador)\b[^.!?\n]{0,20}\b(?:entro|puedo entrar)\b|\bmi (?:usuario|sesi(?:ó|o)n) de windows (?:funciona|va bien)\b"
                  r"|\bop (?:de|mijn) (?:pc|computer|laptop)\b[^.!?\n]{0,20}\b(?:kom ik|kan ik)\s(?:\S+\s){0,2}?(?:in|inloggen|erin|aanmelden)\b|\bmijn (?:windows-?)?(?:inlog|login) werkt\b)"
                  rf"|{_DIRECTORY_SIGN_IN_WORKS}")

# The directory's own login said not to be the one meant: "it's the till software, not her Windows login", "ce n'est
# pas notre compte Windows", "nicht das Windows-Konto", "no es mi cuenta de Windows", "niet mijn Windows-account". What
# is locked or forgotten is another program's login, which its owner resets.
_DIRECTORY_LOGIN = (r"(?:windows|network|domain|pc|computer|company|work|netzwerk|dom(?:ä|ae)nen|r(?:é|e)seau|red|netwerk)[\s-]?"
                    r"(?:login|log-?on|account|sign-?in|password|konto|anmeldung|kennwort|passwort|compte|session|mot de passe|cuenta"
                    r"|usuario|contrase(?:ñ|n)a|inlog|wachtwoord)")
_NOT_THE_DIRECTORY = (r"\bnot (?:my |his |her |their |our |your |the )?(?:own )?" + _DIRECTORY_LOGIN + r"\b"
                      r"|\b(?:ce )?n'est pas (?:mon |son |notre |votre |le |la )?(?:compte|session|mot de passe) (?:windows|r(?:é|e)seau|pc)\b"
                      r"|\bnicht (?:mein|meine|sein|seine|ihr|ihre|unser|unsere|das|die|der)\s" + _DIRECTORY_LOGIN + r"\b"
                      r"|\bno (?:es |se trata de )?(?:mi |su |nuestra |la )?(?:cuenta|contrase(?:ñ|n)a|sesi(?:ó|o)n) de (?:windows|red|la red)\b"
                      r"|\bniet (?:mijn |zijn |haar |ons |onze |het |de )?" + _DIRECTORY_LOGIN + r"\b")

# The writer's own storage refusing a save: "my own OneDrive", "mein eigenes Laufwerk", "mon propre OneDrive", "mi
# propio OneDrive", "mijn eigen OneDrive". No one else's folder is shared with them, so no membership is missing.
_OWN_STORAGE = (r"\bmy own (?:onedrive|home ?drive|personal drive|h:? ?drive|documents folder)\b"
                r"|\bmein(?:em?|en)? eigene[nms]? (?:onedrive|home-?laufwerk|laufwerk|h-laufwerk)\b|\bmon propre (?:onedrive|lecteur)\b"
                r"|\bmi propio (?:onedrive|disco)\b|\bmijn eigen (?:onedrive|schijf|h-schijf)\b")
# Anchor (patterns.Veto): the negation every match of _NOT_THE_DIRECTORY holds.
_NEGATED = words("not ", "nicht ", "n'est pas", "no ", "niet ")

# The directory sign-in said to work, by the name of what it opens: "Windows is fine", "Windows login works", "die
# Windows-Anmeldung geht", "la session Windows fonctionne", "Windows funciona", "Windows werkt". A lock or a rejected
# password the same ticket reports is then one application's own login, whose administrator resets it; a reset of
# the directory's password would change the one sign-in that works.
_SIGN_IN = r"(?:log-?in|log-?on|sign-?in|anmeldung|session|inicio de sesi(?:ó|o)n|sesi(?:ó|o)n|aanmelding|inloggen)"
_WORKS = (r"(?:(?:is|are)\s(?:(?!not\b)\S+\s)?(?:fine|ok|okay|working)|works?(?:\s(?:fine|ok|normally))?|geht|funktioniert|klappt|ist (?:ok|in ordnung)"
          r"|fonctionne|marche|est ok|funciona|va bien|est(?:á|a) bien|werkt|is (?:ok|in orde))\b")
# A word between the sign-in and its verb, never a negation ("die Windows-Anmeldung geht nicht" is the opposite).
_NOT_NEGATED = r"(?:(?!(?:not|never|nicht|nie|kein\w*|pas|ne|no|niet|geen)\b)\S+\s)?"
# Terse notes drop the verb: "windows login fine", "Windows-Anmeldung ok", "session Windows ok", "login Windows bien" (h77).
# The machine it was tried on may stand between: "Windows login on that PC is fine" (h88).
_ON_THE_PC = (r"(?:(?:on|at|auf|an|sur|en|op) (?:that|the|this|my|his|her|dem|diesem|meinem|ce|le|mon|ese|el|mi|die|de|mijn)\s"
              r"(?:pc|laptop|computer|machine|terminal|rechner|ordinateur|poste|ordenador|equipo)\s)?")
_DIRECTORY_WORKS = (rf"\bwindows(?:[\s-]{_SIGN_IN})?\s{_ON_THE_PC}{_NOT_NEGATED}{_WORKS}(?!\s(?:not|nicht|pas|no|niet)\b)"
                    rf"|\bwindows[\s-]{_SIGN_IN}\s(?:fine|ok|okay|good|in ordnung|bien|goed|prima)\b(?!\s?(?:\?|but\b|aber\b|mais\b|pero\b|maar\b))"
                    rf"|\b{_SIGN_IN}\s(?:(?:to|into|in|on|bei|à|a|en|op|de)\s)?windows\s(?:fine|ok|okay|good|in ordnung|bien|goed|prima)\b(?!\s?(?:\?|but\b|aber\b|mais\b|pero\b|maar\b))"
                    rf"|\b{_SIGN_IN}\s(?:(?:to|into|in|on|bei|à|a|en|op|de)\s)?windows\s{_NOT_NEGATED}{_WORKS}(?!\s(?:not|nicht|pas|no|niet)\b)"
                    rf"|\b(?:i can|i'm able to|ich kann mich|je peux me|(?<!no )puedo|ik kan)\s{_NOT_NEGATED}(?:log ?in|sign ?in|log ?on|anmelden|connecter|iniciar sesi(?:ó|o)n|entrar|inloggen|aanmelden)\s(?:\S+\s)?(?:to |into |on |bei |à |a |en |op |in )?windows\b")
ONLY_THAT_APP = rf"(?:{_ONLY_THAT_APP}|{_DIRECTORY_WORKS})"

# Unless the directory's own sign-in is the one said to fail ("my Windows account is locked again, Outlook works on
# the phone"): then what works is only where the old password is still kept.
_DIRECTORY_ITSELF_FAILS = (rf"\b(?:windows|network|domain|ad|laptop|pc|computer)\s{_SIGN_IN_NOUN}\s(?:\S+\s){{0,2}}?(?:is\s|ist\s|has\s|was\s|est\s|est(?:á|a)\s)?"
                           r"(?:locked|gesperrt|expired|abgelaufen|bloqu|verlopen|geblokkeerd|vergrendeld|caducad|not working|stopped)"
                           rf"|\b(?:forgot|forgotten|vergessen|oubli(?:é|e)|olvid(?:é|e)|vergeten)\s(?:my\s|mein\s|mon\s|mi\s|mijn\s)?(?:windows|network|laptop|pc)\s{_SIGN_IN_NOUN}")
_ONLY_THAT_APP_AND_NOT_THE_DIRECTORYS = unless(ONLY_THAT_APP, _DIRECTORY_ITSELF_FAILS)


# Every other application said to work: the fault is the one named, not the person's sign-in or factor.
_OTHER_APPS_WORK = (r"(?<!\bno\s)(?<!\bnone of the\s)\b(?:all\s|every\s)?other\s(?:apps?|applications?|programs?|systems?|sites?|services?|portals?|tools?)\s(?:\S+\s)?(?:work|works|are fine|are ok|are okay|are working|work fine|are unaffected)\b"
                    r"|\b(?:alle\s)?(?:anderen?|sonstigen?)\s(?:apps?|anwendungen|programme|systeme|seiten|portale|dienste)\s(?:\S+\s)?(?:funktionieren|gehen|laufen)\b"
                    r"|\b(?:les|toutes les|tous les)\s(?:autres)\s(?:applis?|applications?|programmes|logiciels|sites|services|portails)\s(?:\S+\s)?(?:fonctionnent|marchent|vont bien)\b"
                    r"|\b(?:las|los)?\s?(?:otras|otros|dem(?:á|a)s)\s(?:apps?|aplicaciones|programas|sistemas|sitios|servicios|portales)\s(?:\S+\s)?(?:funcionan|van bien)\b"
                    r"|\b(?:alle\s)?andere\s(?:apps?|applicaties|programma'?s|systemen|sites|diensten|portalen)\s(?:\S+\s)?(?:werken|doen het)\b")


# An account locked by an administrator on purpose, as the system says it ("User is locked by administrator", "vom
# Administrator gesperrt", "bloqué par l'administrateur", "bloqueado por el administrador", "geblokkeerd door de
# beheerder"): not a lockout from failed attempts that an unlock lifts, but someone's decision, for a person to ask about.
_LOCKED_BY_AN_ADMIN = (r"\b(?:locked|blocked|disabled)\s(?:by|from)\s(?:the\s|an\s|your\s|its\s)?(?:system\s|sap\s|it\s)?(?:administrator|admin)s?\b"
                       r"|\b(?:vom|von einem|durch den|durch einen)\s(?:system)?admin(?:istrator)?\s(?:\S+\s)?gesperrt\b"
                       r"|\bbloqu(?:é|e)e?\spar\s(?:l'|un\s)?administrat(?:eur|rice)\b|\bbloquead[oa]\spor\s(?:el\s|un\s)?administrador\b"
                       r"|\bgeblokkeerd\sdoor\s(?:de\s|een\s)?(?:beheerder|administrator)\b"
                       # Or by a policy that refuses the sign-in where it comes from ("blocked by conditional access",
                       # "durch eine Richtlinie blockiert", "bloqué par une stratégie d'accès conditionnel", "bloqueado por
                       # la directiva", "geblokkeerd door het beleid"): a rule to look at, nothing to unlock.
                       r"|\bblocked\sby\s(?:the\s|a\s|an\s|your\s|our\s)?"
                       r"(?:conditional\saccess|(?:\S+\s)?polic(?:y|ies))\b"
                       r"|\b(?:durch|von)\s(?:eine[rn]?\s|die\s|der\s)?(?:\S+\s)?"
                       r"(?:richtlinie|zugriffsrichtlinie|bedingten?\szugriff)\w*\s(?:\S+\s)?(?:blockiert|gesperrt)\b"
                       r"|\bbloqu(?:é|e)e?s?\spar\s(?:une\s|la\s|l')?(?:strat(?:é|e)gie|politique|acc(?:è|e)s\sconditionnel)"
                       r"|\bbloquead[oa]s?\spor\s(?:una\s|la\s|el\s)?(?:directiva|pol(?:í|i)tica|acceso\scondicional)"
                       r"|\bgeblokkeerd\sdoor\s(?:het\s|een\s)?(?:beleid|voorwaardelijke\stoegang)")


# A visitor from outside for a few days (an auditor, an inspector, a guest, an assessor) given a login to see records:
# "the external auditor on site this week needs read-only access, can we create a login?", "Prüfer vor Ort braucht einen
# Lesezugang", "l'auditeur externe a besoin d'un accès", "el auditor externo necesita un usuario", "de externe auditor
# heeft een account nodig". A guest's access for a person to arrange, never a new starter's accounts. Not where the
# visitor is said to join the staff or to start.
_VISITOR_FROM_OUTSIDE = (
    r"\A(?=[\s\S]*?\b(?:(?:external|outside|visiting|third-party) )?(?:auditors?|inspectors?|assessors?|visitors?|guests?"
    r"|pr(?:ü|ue)fer(?:in)?|auditor(?:in)?|besucher(?:in)?|gast|auditeur|auditrice|inspecteur|visiteur|invit(?:é|e)e?"
    r"|auditor(?:a)?|inspector(?:a)?|visitante|invitad[oa]|bezoeker|gast|inspecteur"
    # Or an "external user" made for someone at a partner firm ("the depot wants a login for their planner, can we
    # create an external user?", "externen Benutzer anlegen", "utilisateur externe", "usuario externo", "externe
    # gebruiker"): a guest of the directory, never a member of staff starting (set h138).
    r"|external users?|externe[nr]?\s(?:benutzer|nutzer|user)|utilisateurs?\sexternes?|usuarios?\sextern[oa]s?"
    r"|externe\sgebruikers?)\b)"
    # One who "starts" on a date (auditors who start next week for months) is joining in some capacity: a starter still.
    r"(?![\s\S]*\b(?:new (?:starter|hire|employee|joiner)|joins? (?:us|the company|the team)|start(?:s|ing)?|permanent"
    r"|f(?:ä|ae)ngt|beginnt|commence|empieza|begint"
    r"|neue[rn]? mitarbeiter|nouvel(?:le)? (?:employ|collaborat)|nuev[oa] emplead|nieuwe (?:medewerker|collega)"
    # Nor a guest who stays for weeks or months ("guest researchers for six months", "Gastwissenschaftlerin für drei
    # Monate"): that stay is a newcomer's, with the accounts a member of staff has (sets h123, holdout85).
    r"|for (?:\d+|two|three|four|five|six|several|a few|some) (?:weeks|months|years)"
    r"|f(?:ü|ue)r (?:\d+|zwei|drei|vier|f(?:ü|ue)nf|sechs|einige|ein paar) (?:wochen|monate)"
    r"|pour (?:\d+|deux|trois|quatre|cinq|six|quelques) (?:semaines|mois|ans)"
    r"|(?:durante|por) (?:\d+|dos|tres|cuatro|cinco|seis|unas|unos) (?:semanas|meses|a(?:ñ|n)os)"
    r"|voor (?:\d+|twee|drie|vier|vijf|zes|een paar|enkele) (?:weken|maanden|jaar))\b)"
)

_VISITOR = re.compile(_VISITOR_FROM_OUTSIDE)

# The account's kind named as a guest's: "wants a guest account on the tenders site, three weeks from the 17th",
# "Gastkonto für den Prüfer ab Montag", "un compte invité pour l'auditeur", "una cuenta de invitado", "een gastaccount".
# However long the stay and whenever it starts, a guest account is for someone outside the staff, made by a person;
# no starter's accounts (h141, like holdout124's and nearmiss9's). Not where a member of staff is said to start.
_GUEST_ACCOUNT = re.compile(
    r"\A(?=[\s\S]*?\b(?:guest\s(?:user\s)?(?:accounts?|logins?|users?|ids?)|gast(?:konto|konten|zugang|zug(?:ä|ae)nge|benutzer|account)"
    r"|comptes?\s(?:d')?invit(?:é|e)s?|cuentas?\s(?:de\s)?invitad[oa]s?|gast(?:account|gebruiker)s?)\b)"
    r"(?![\s\S]*\b(?:new (?:starter|hire|employee|joiner|colleague)|joins? (?:us|the company|the team)|permanent"
    r"|neue[rn]? (?:mitarbeiter|kolleg)|nouvel(?:le)? (?:employ|collaborat)|nuev[oa] emplead|nieuwe (?:medewerker|collega))\b)"
)


def discount_visitors_from_outside(lower_all: str, scores: dict[str, float]) -> None:
    """'External auditor on site Tue-Thu needs read-only access; can we create a login for her?': a guest's access,
    not a starter's accounts (in place). Read on the whole ticket, so a starting date anywhere in it keeps a starter."""
    if scores["onboarding"] > 0 and (_VISITOR.search(lower_all) or _GUEST_ACCOUNT.search(lower_all)):
        scores["onboarding"] -= 3.0


# A lock shown to every user at once: "the clock-in terminal shows 'account locked' for all staff since the night
# shift", "zeigt bei allen Mitarbeitern 'Konto gesperrt'", "bloqué pour tous les utilisateurs", "bloqueado para todos
# los usuarios", "geblokkeerd voor alle medewerkers". Every account does not lock at one moment by itself: the device
# or the system fails, which a person diagnoses; no one's unlock is asked (set h86). Not where an unlock is asked.
_EVERYONE = (r"\b(?:(?:for|bei|f(?:ü|ue)r|pour|para|bij|voor)\s(?:all|allen|alle|tous|toutes|todos|todas|iedereen|everyone|everybody|jedem|jeden)"
             r"|everyone|everybody|jede[rnm]?\s(?:mitarbeiter|benutzer|kollege)\w*|tout le monde|todo el mundo|iedereen)\b")
_LOCKED_FOR_EVERYONE = unless(rf"{_EVERYONE}[^.!?\n]{{0,60}}?{LOCKED}|{LOCKED}[^.!?\n]{{0,60}}?{_EVERYONE}",
                             rf"{UNLOCK}|{UNLOCK_ELSEWHERE}")

NOT_THE_ACCOUNT_VETOES: list[Veto] = [
    # "the time clock terminal shows 'Konto gesperrt' for everyone": an outage, not one account to open.
    Veto("account_unlock", rx(_LOCKED_FOR_EVERYONE), 3.0),
    # "SAP says 'User is locked by administrator', I didn't type anything wrong": an administrator's lock, on purpose.
    Veto("account_unlock", rx(_LOCKED_BY_AN_ADMIN), 3.0, words(
        "admin", "beheerder", "conditional", "polic", "richtlinie", "zugriff", "strat", "politi", "directiva", "acceso",
        "beleid", "toegang")),
    # "the Ricoh says 'Locked - enter admin code' on the panel", "label printer locked after someone changed settings":
    # the machine's own lock, which its admin code opens; no one's account is locked.
    # Not where the account is what is said locked beside the machine ("the parking machine's reports fail since my
    # account locked").
    # Nor where the lock is said to be the directory's sign-in, whatever machine it happens at ("the operator on
    # forklift 2 is locked out of Windows on the truck PC"): that is a person's lockout.
    # A floor's ordinal may stand between the machine and its lock ("Drucker 3. OG: Benutzer gesperrt"): no sentence ends.
    Veto("account_unlock", rx(rf"\b{_MACHINE}\b(?!\s{_WHO_WORKS_IT})(?:(?!\s(?:my|his|her|the|mein|mon|mi|mijn)\s(?:account|konto|compte|cuenta)\b){_NOT_THE_SIGN_IN}(?:\d\.(?=\s)|[^.!?\n])){{0,60}}\b(?:locked|lock-?out|gesperrt|sperre|bloqu|blocked|verrouill|geblokkeerd|vergrendeld)(?!{_OF_THE_SIGN_IN})|{_DISPLAY_SAYS_LOCKED}|\b(?:locked|gesperrt|bloqu\w*)\b[^.!?\n]{{0,40}}\b(?:on the|am|sur l'|en el)\s(?:\S+\s)?(?:panel|display|screen|touchscreen|bedienfeld|(?:é|e)cran|pantalla)\b|\b(?:admin|operator|machine|shift) (?:code|pin)\b"), 3.0),
    # "the line PC is locked with the night shift's user, he went home": a screen under another's session, no lockout.
    Veto("account_unlock", rx(_LOCKED_UNDER_ANOTHER), 3.0),
    # "the monitor flickers every time I unlock my PC": unlocking one's own screen is the moment a fault shows, not a
    # lockout; nothing is asked to be unlocked.
    Veto("account_unlock", rx(r"\b(?:when(?:ever)?|every time|each time|after|once|as soon as|sobald|wenn)\s(?:i\s|ich\s)?(?:unlock|entsperr)\w*\s(?:my\s|the\s|den\s|meinen\s)?(?:pc|laptop|computer|screen|workstation|notebook|machine|rechner|bildschirm)\b|\b(?:wenn|sobald|nachdem)\sich\s(?:\S+\s)?(?:pc|laptop|rechner|computer|bildschirm)\s(?:\S+\s)?entsperr"), 3.0),
    # "Locked out of the server room: the keypad isn't accepting my code": a place's lock, which facilities opens.
    Veto("account_unlock", rx(_A_PLACE), 3.0),
    # "the survey tool says my account is locked, contact the administrator; SSO login to everything else is fine".
    # "Locked out of the customs software, 'User locked, contact administrator'. Windows is fine."; "reset my CargoWise
    # password? Windows login is fine": that application's own login, its administrator's to unlock or reset.
    Veto("account_unlock", rx(_ONLY_THAT_APP_AND_NOT_THE_DIRECTORYS), 3.0),
    # "I need my Meditech password reset, I've forgotten it. Windows one is fine": the password asked for is that
    # application's, which its own administrator resets; the directory password opens what it opens.
    # As heavy as a reset asked twice ("forgot it, please reset it"): however plainly the reset is asked, it is the
    # application's.
    Veto("password_reset", rx(_ONLY_THAT_APP_AND_NOT_THE_DIRECTORYS), 6.0),
    # "the tachograph software says 'licence locked'": the vendor locked a program's licence, not a person's account.
    Veto("account_unlock", rx(_PROGRAM_LOCK), 3.0),
    # "the fuel card portal says my user is blocked, that's their system not ours": the login is another company's,
    # which only they can unlock or reset.
    Veto("account_unlock", rx(_THEIRS), 3.0),
    Veto("password_reset", rx(_THEIRS), 3.0),
    Veto("mfa_reset", rx(_THEIRS), 3.0),
    # "forgot the admin password for the switch's web interface": the device's own password, restored on the device.
    Veto("password_reset", rx(_DEVICE_PASSWORD), 4.0),
    # "the portal is run by the customs authority; it says our account is locked": that body's lock, not ours.
    *each_sign_in_kind(_RUN_BY_ANOTHER, 5.5, words(" by ", " von ", " par ", " por ", " door ")),
    # "the till says 'operator locked' for Jenny; it's the till software, not her Windows login".
    Veto("account_unlock", rx(_NOT_THE_DIRECTORY), 3.0, _NEGATED),
    Veto("password_reset", rx(_NOT_THE_DIRECTORY), 3.0, _NEGATED),
    # "add my number to the alert group in the Sensitech portal; it's a vendor portal, not our system": its group too.
    Veto("group_membership", rx(_THEIRS), 2.5),
    # "opening 'Budget.xlsx' says you need permission, I clicked request access two days ago": its owner decides.
    Veto("group_membership", rx(rf"{_A_FILE}[\s\S]{{0,200}}?(?:{_OWNER_ASKED})"), 2.5),
    Veto("group_membership", rx(_VANISHED), 2.8),
    # "Saving to OneDrive says I don't have permission; it's my own OneDrive": a fault on the writer's own storage.
    Veto("group_membership", rx(_OWN_STORAGE), 2.8, words("own ", "eigen", "propre", "propio")),
    # "the authenticator is on my old phone still, works fine": the second factor is in hand and working.
    Veto("mfa_reset", rx(rf"{MFA}[^.!?\n]{{0,60}}\b(?:works?|working|still works|approved|approves|accepted|goes through|went through|comes through|came through|passes|passed)\s(?:fine|ok|okay|well|perfectly|normally|without (?:a |any )?(?:problem|issue)s?)\b|{MFA}[^.!?\n]{{0,60}}\b(?:funktioniert|klappt|best(?:ä|ae)tigt|fonctionne|marche|valid(?:é|e)e?|funciona|aprobad[oa]|werkt|goedgekeurd)\s(?:(?!(?:nicht|pas|no|niet|kaum|mal)\b)\S+\s)?(?:gut|einwandfrei|problemlos|ohne probleme|normal|bien|sans (?:souci|probl(?:è|e)me)|sin problemas?|perfectamente|prima|goed|gewoon|zonder problemen)\b|{MFA}[^.!?\n]{{0,40}}\b(?:which|that) i (?:keep|still have|still use)\b"), 2.0),
    # "the freight portal says I must use multi-factor authentication but no prompt comes; other apps work": the factor
    # passes everywhere else, so the one application's sign-in is at fault, not the factor to re-enrol. "andere Apps
    # funktionieren", "les autres applications fonctionnent", "las otras aplicaciones funcionan", "andere apps werken".
    Veto("mfa_reset", rx(unless_asked(rf"{MFA}[\s\S]{{0,240}}?{_OTHER_APPS_WORK}|{_OTHER_APPS_WORK}[\s\S]{{0,240}}?{MFA}")), 2.0,
         words("other", "andere", "autres", "otras", "otros")),
]
