"""A starter's or a leaver's hardware, asked with no account named: a delivery, not an onboarding or offboarding.

"The new starter's laptop hasn't arrived", "Sein Diensthandy und das Ladekabel liegen bei mir": read by its words,
each is an account to make or close that nobody asked about. noise.asks_for_nothing hands such a ticket over as
`other`, unless an identity is named as still to do (a form, a leaver's notice, an account to set up).

The accounts said to be HR's to ask for ("die Zugänge beantragt HR") and a desk made ready for a starter came from
triage_holdout53 and 57 (tests/triage/test_who_stays_and_who_goes.py). A leaver's device readied for its "next
user", who has no account to make here, came from set h83 (same test file).
"""

from __future__ import annotations

import re

from tickets.triage.accounts_had_or_run_elsewhere import ACCOUNT_HAD_OR_RUN_ELSEWHERE
from tickets.triage.casefree import CaseFree
from tickets.triage.joiner_leaver_words import ACCOUNT_EXISTS_ALREADY, LEAVER, NEWBIE, SAID_IN_A_MESSAGE
from tickets.triage.nothing_to_change import ACCOUNT_CLOSED_ELSEWHERE
from tickets.triage.unless import ASKS_FOR_A_CHANGE


def _rx(pattern: str) -> CaseFree:
    # As noise._rx: case-insensitive without folding text lower-cased already (casefree.py says why).
    return CaseFree(pattern)


# -- hardware and logistics around a starter or leaver -------------------------------------------------------------
_HARDWARE = _rx(
    r"laptop|notebook|docking|dock\b|monitor|screen|headset|charger|power supply|keyboard|mouse|desk phone|hardware"
    # The computer itself, by its short names ("es fehlt noch PC und Telefon", "a PC for the new clerk").
    r"|\bpcs?\b|\bcomputers?\b|\brechner\b|\bordenador(?:es)?\b"
    r"|bildschirm|netzteil|ladeger(?:ä|ae)t|tastatur|ordinateur|portable|(?:é|e)cran|chargeur|casque|clavier"
    r"|port(?:á|a)til|pantalla|cargador|teclado|auriculares|scherm|oplader|toetsenbord|voeding"
    # A work phone and its cable ("Sein Diensthandy und das Ladekabel liegen bei mir").
    r"|(?:dienst|firmen)handy|smartphone|iphone|company (?:mobile|phone)|work (?:mobile|phone)|ladekabel|charging cable"
    r"|t(?:é|e)l(?:é|e)phone (?:professionnel|de service)|m(?:ó|o)vil de empresa|telefoon van de zaak|werktelefoon"
    # A badge or card that opens a door, handed out and handed back ("never returned his door badge, can it be
    # cancelled?", "Zutrittskarte", "badge d'accès", "tarjeta de acceso", "toegangspas"): the building's, no account.
    r"|\bbadges?\b|door (?:pass|card)|access (?:card|pass)|key ?(?:card|fob)|\bfobs?\b|id card|swipe card|building pass"
    r"|(?:zutritts|zugangs|werks|firmen|mitarbeiter)(?:karte|ausweis)|\bausweis\b|transponder|carte d'acc(?:è|e)s"
    r"|tarjeta (?:de acceso|de identificaci(?:ó|o)n|identificativa)|toegangs(?:pas|kaart)|\bpasje\b"
    # A phone or tablet to hand out, named with its article ("needs a rugged phone", "ein Tablet"); not a number, nor
    # the writer's own new one (a second factor to move, MFA's).
    r"|\b(?:a|an|ein|eine|einen|un|une|una|een)\s(?:(?!new\b|neue[ns]?\b|nouve\w*\b|nuev[oa]\b|nieuwe?\b)\S+\s)?(?:phone|mobile|handy|telefon|t(?:é|e)l(?:é|e)phone|m(?:ó|o)vil"
    r"|tel(?:é|e)fono|telefoon|gsm|tablet|tablette|tableta|ipad)\b(?!\s(?:number|nummer|num(?:é|e)ro|n(?:ú|u)mero|call|anruf))"
    # A handed-back device still tied to its last holder's own store account ("the returned iPad asks for the Apple ID",
    # "activation lock", "Aktivierungssperre", "verrouillage d'activation", "bloqueo de activación", "activeringsslot"):
    # the device's lock, lifted in the device manager or by that holder; no account of ours to close.
    # A phone number to give out: a direct dial, an extension, a Teams or desk number ("needs a Teams number / direct
    # dial", "Durchwahl für die Neue", "une ligne directe", "un número directo", "een doorkiesnummer"). The phone
    # system's to arrange, by a person; no account to make.
    r"|\b(?:phone|telephone|teams|desk|landline|direct|office)\s(?:phone\s)?(?:numbers?|no\b|nr\b|extensions?|lines?)"
    r"|\bdirect[\s-]dial|\bddis?\b|\bextension numbers?\b|durchwahl|rufnummer|telefonnummer|festnetznummer"
    r"|num(?:é|e)ro (?:de t(?:é|e)l(?:é|e)phone|direct|de poste)|ligne directe"
    r"|n(?:ú|u)mero (?:de tel(?:é|e)fono|directo)"
    r"|\bextensi(?:ó|o)n telef(?:ó|o)nica|telefoonnummer|doorkiesnummer|toestelnummer"
    r"|\bipads?\b|activation lock|aktivierungssperre|verrouillage d'activation|bloqueo de activaci(?:ó|o)n"
    r"|activeringsslot|\b(?:asks?|asking|wants?|prompts?) for (?:the |an |her |his |their )?(?:previous |old |last )?"
    r"(?:owner'?s? )?(?:apple id|icloud)\b"
)
_IDENTITY = _rx(
    # A phone's voicemail is the phone's, no mailbox in the directory ("desk phone, extension and voicemail"): its
    # "e" is the end of "voice".
    r"account|konto|compte|cuenta|user ?name|login|log ?in|sign ?in|(?<!voic)e-?mail|mailbox|postfach"
    r"|bo(?:î|i)te|buz(?:ó|o)n"
    # A badge or card that opens a door is hardware, whatever it is called ("plant access badge for gate 4").
    # A phone system's group is no directory group: "forward his extension to the hunt group", "Sammelruf",
    # "groupe d'appel", "grupo de salto", "belgroep" name where calls ring.
    r"|licen|lizen|(?<!hunt )(?<!pickup )(?<!pick-up )(?<!call )(?<!ring )group(?!e d'appel|e de renvoi)|gruppe"
    r"|grupo(?! de (?:salto|llamada|captura))|(?<!bel)groep"
    r"|acc(?:è|e)ss?(?!\w* (?:badge|card|fob|chip|token))|zugriff|zugang"
    r"|acceso|toegang|password|passwort"
    r"|kennwort|mot de passe|contrase(?:ñ|n)a|wachtwoord|einrichten|anlegen|disable|deaktiv|create|set (?:\w+ )?up"
    r"|zug(?:ä|ae)nge|sperren|bloquer|bloquear|blokkeren"
    # "New user laptop build status": "new user" names the newcomer (joiner_leaver_words.NEWBIE), not an account to
    # make; a "new user account" or "new user setup" still names one, and so does a new user to add or create.
    # Teams named only for the number it rings ("a Teams phone number", "Teams-Nummer") is the phone system's.
    r"|crear|cr(?:é|e)er|aanmaken|teams(?![\s-](?:phone[\s-])?(?:numbers?|nummer|no\b|nr\b|dial|extensions?|lines?))|onedrive|sharepoint"
    r"|(?<!new )user|new user(?=[\s-]?(?:setup|set-up|creation|ids?)\b)"
    r"|\b(?:add|create|make|set ?up|register|onboard)\w*\s(?:(?:a|an|the|this|our|\d+)\s)?new users?\b"
    r"|benutzer|utilisateur|usuario|gebruiker|profil"
    r"|session|sitzung|sesi(?:ó|o)n|sessie|sign \w+ out|abmeld|d(?:é|e)connect|uitlog|afmeld"
    # The leaver's or starter's whole process asked ("standard leaver process please", "Austrittsprozess starten"): the
    # accounts are its first step, whatever hardware it also names. Its process, not any "starter request": a request
    # for a starter's laptop is a hardware order.
    r"|(?:leaver|starter|joiner|offboarding|onboarding|austritts?|eintritts?|d(?:é|e)part|baja|alta|uitdienst|indienst)"
    r"[\s-]?(?:process|procedure|prozess|verfahren|proc(?:é|e)dure|proceso|procedimiento|proces)"
    # A second factor asked to be reset ("work phone swapped, old one handed back: please reset my MFA", "bitte MFA
    # zurücksetzen", "réinitialiser le MFA", "restablecer el MFA", "MFA resetten"): the factor is the account's, however
    # much the phone is hardware. Not the app merely named ("install the authenticator on her new phone").
    r"|\b(?:mfa|2fa|authenticator|two-?factor|zwei-?faktor)\w*\s(?:\S+\s)?(?:reset|zur(?:ü|ue)ck\s?(?:zu)?setz|r(?:é|e)initialis|restablec|resett)"
    r"|\b(?:reset|zur(?:ü|ue)cksetz\w*|r(?:é|e)initialis\w*|restablec\w*|resett\w*)\s(?:\S+\s)?(?:mfa|2fa|authenticator|two-?factor|zwei-?faktor)"
)


_NEWBIE = _rx(NEWBIE)
# "Left" alone is too wide ("he left his laptop on the train" is a lost device, not a leaver).
_LEAVER = _rx(rf"{LEAVER}|\bleft (?:last|on|yesterday|us|the company)|handed (?:\w+ )?(?:\w+ )?back"
              r"|returned (?:his|her|their)|vertrokken|ingeleverd|zur(?:ü|ue)ckgegeben")


# The identity side named as a whole ("the accounts", "die Zugänge", "les accès"), and HR as whoever asks for it.
# German's singular "Zugang" too ("den Zugang bestellt die Personalabteilung"), as the plural "Zugänge".
_IDENTITY_NOUNS = (r"(?:accounts?|logins?|access(?:es)?|user accounts?|zug(?:ä|ae)nge?|zugang|konten|konto"
                   r"|berechtigungen|acc(?:è|e)s|comptes?|accesos?|cuentas?|usuarios?|toegang(?:en)?|gebruikers?)\b")
_HR = (r"(?:hr|h\.r\.|human resources|personnel|people team|personalabteilung|personalamt|personalwesen|les rh|rh"
       r"|ressources humaines|rrhh|recursos humanos|p&o|personeelszaken|hr-afdeling)")
_THEIR = r"(?:(?:the|his|her|their|all|die|seine|ihre|alle|les|ses|leurs|los|sus|de|zijn|haar|hun)\s)?"
# "His account is already sorted": the identity side is named only to say it is done.
# The account may be named as its user ("Benutzer ist schon angelegt", "user is already created", "l'utilisateur est
# déjà créé", "el usuario ya está creado", "de gebruiker is al aangemaakt").
_IDENTITY_DONE = _rx(
    r"\b(?:account|login|e-?mail|konto|konten|zug(?:ä|ae)nge?|compte|cuenta"
    r"|benutzer(?:konto)?|user|utilisateur|usuario|gebruiker)s?(?: \w+){0,3}"
    r" (?:is|are|has been|have been|were|was|ist|sind|est|sont|est(?:á|a)n?|zijn|is)"
    # Who says so may stand between ("ist laut HR schon angelegt", "is per HR already set up"); never a word that
    # denies it or puts it off ("is not yet created", "is still to be set up", "ist noch nicht angelegt").
    r" (?:(?!not\b|nicht\b|noch\b|pas\b|no\b|niet\b|nog\b|never\b|kein\w*|still\b|yet\b|to\b|be\b|being\b|encore\b"
    r"|todav(?:í|i)a\b|a(?:ú|u)n\b)[^\s.,;!?]+ ){0,3}?"
    r"(?:already |all |schon |bereits |d(?:é|e)j(?:à|a) |ya |al )?"
    r"(?:sorted|done|set up|created|ready|fine|in place|working|erledigt|eingerichtet|angelegt|fertig|pr(?:ê|e)ts?"
    r"|listos?|hecho|klaar|geregeld|aangemaakt"
    # "his account is already off": a leaver's identity side said ended, as "disabled" says it.
    r"|(?:off|switched off|disabled|deactivated|deaktiviert|d(?:é|e)sactiv(?:é|e)s?|desactivad[oa]s?|gedeactiveerd"
    r"|uit(?:gezet)?)\b)"
    # The word it is said on goes with it ("account is created already per HR email"): it names no mailbox to make.
    rf"(?: already)?{SAID_IN_A_MESSAGE}?"
    # "zijn account is er al", "sein Konto existiert schon", "son compte existe déjà", "Konto ist laut HR schon
    # angelegt": the account is there already (joiner_leaver_words.ACCOUNT_EXISTS_ALREADY, shared with onboarding's
    # vetoes).
    rf"|{ACCOUNT_EXISTS_ALREADY}"
    # The verb left out in a note's clipped English ("accounts for new dev X already created per RITM"), or the accounts
    # said to have come ("accounts for our new starter arrived fine", "Zugänge sind angekommen", "les comptes sont
    # arrivés", "las cuentas llegaron", "de accounts zijn aangekomen"): the identity side is done (set h90).
    r"|\b(?:accounts?|logins?|konten|zug(?:ä|ae)nge|comptes|cuentas|accesos)(?: \w+){0,6}"
    r" (?:already|schon|bereits|d(?:é|e)j(?:à|a)|ya|al) (?:created|set up|made|done|sorted|in place"
    r"|angelegt|eingerichtet|cr(?:éé|ee)s|cread[oa]s|aangemaakt)\b"
    r"|\b(?:accounts?|logins?|konten|zug(?:ä|ae)nge|comptes|cuentas|accesos)(?: \w+){0,6}"
    r" (?:arrived|came through|have arrived|sind (?:\S+ )?angekommen|sont (?:bien )?arriv(?:é|e)s|llegaron|han llegado"
    r"|zijn (?:\S+ )?aangekomen)\b"
    # "ad account and email are already there", "the account is there": two things named, or no "already"; said of
    # a starter's, the account is there all the same.
    r"|\b(?:account|login|konto|zugang|compte|cuenta|usuario|gebruiker)s?(?: \w+){0,2} (?:is|are) (?:already )?there\b"
    # "Die Konten werden über den HR-Prozess deaktiviert": another process (HR's) does the identity side.
    # Said done in the past too ("Die Konten wurden laut Personalabteilung schon gesperrt").
    r"|\b(?:konten|konto|zug(?:ä|ae)nge?|accounts?)\s(?:werden|wird|worden|wurden|wurde)\s(?:\S+\s){0,4}?"
    r"(?:deaktiviert|gesperrt|angelegt|eingerichtet|erstellt|gel(?:ö|oe)scht|aangemaakt|gedeactiveerd)"
    # "Account was already disabled by the HR process": a leaver's identity side said done.
    r"|\b(?:account|login|konto|compte|cuenta)s?(?: \w+){0,2} (?:was|were|has been|have been|is|are) already"
    r" (?:disabled|deactivated|closed|blocked|removed|deleted)\b"
    # "(account request is in a separate ticket)": the identity side asked for elsewhere, not in this one.
    r"|\b(?:account|login|e-?mail|user)s?(?: \w+){0,2} (?:is|are|was|were|has been|have been) (?:already )?"
    r"(?:in|on|under|raised in|logged in|requested in|covered by|handled in) (?:a |an )?(?:separate|another|other"
    r"|different|own) (?:ticket|request)"
    # "RRHH ya dio de baja su cuenta", "son compte a déjà été désactivé": the same, beyond English.
    rf"|{ACCOUNT_CLOSED_ELSEWHERE}"
    # "Konto und Mail hat er schon", "accounts laufen über HR": had already, or HR's (accounts_had_or_run_elsewhere.py).
    rf"|{ACCOUNT_HAD_OR_RUN_ELSEWHERE}"
    # "accounts will be requested separately by her manager": the identity side is someone else's request, later.
    r"|\b(?:accounts?|logins?|access|e-?mail)(?: \w+){0,2}"
    r" (?:will be|are being|is being|get|gets|to be|are|is|were|was|have been|has been) (?:\S+ )?"
    r"(?:requested|raised|ordered|asked for|handled|sorted|arranged) (?:\S+ )?(?:separately|elsewhere|later"
    r"|by (?:his |her |their |the )?(?:manager|lead|team lead|supervisor|hr)\b"
    r"|in (?:a |an )?(?:separate|another|other))"
    # "Das Konto hat das Personalamt schon beantragt", "HR has already requested her account": asked by another already.
    # The identity side may be two things ("Konten und E-Mail hat HR laut Ticket schon angelegt").
    # "Benutzer wird von HR beantragt", "user will be requested by HR", "l'utilisateur sera demandé par les RH", "el
    # usuario será solicitado por RRHH", "gebruiker wordt door HR aangevraagd": the account, or its user, asked for by
    # another party, named by its agent (a bare "Konto wird beantragt" may be this ticket's own request).
    r"|\b(?:benutzer(?:konto)?|user(?: account)?|utilisateur|usuario|gebruiker|konto|account|compte|cuenta)s?\s"
    r"(?:wird|werden|will be|is being|sera|seront|ser(?:á|a)n?|wordt|worden)\s(?:\S+\s){0,2}?"
    r"(?:(?:von|durch|über|door)\s(?:der\s|die\s|dem\s|den\s|de\s|het\s)?\S+\s(?:\S+\s)?"
    r"(?:beantragt|angefordert|bestellt|angelegt|aangevraagd|besteld|aangemaakt)"
    r"|(?:requested|ordered|raised|created|demand(?:é|e)e?s?|cr(?:éé|ee)e?s?|solicitad[oa]s?|pedid[oa]s?|cread[oa]s?)"
    r"\s(?:by|par|por)\s(?:the\s|les?\s|la\s|el\s|sa\s|su\s|his\s|her\s|their\s)?\S+)"
    # German joins the account to its user ("Benutzerkonto hat HR schon beantragt"): the same account.
    # The user alone names the account too ("Benutzer hat Personal schon beantragt": the personnel office asked).
    r"|\b(?:(?:(?:benutzer|nutzer|user)[\s-]?)?(?:konto|konten|zugang|zug(?:ä|ae)nge|account|accounts|login)|benutzer|nutzer|user)(?:\s(?:und|and|sowie)\s\S+)?\s(?:hat|haben)\s(?:\S+\s){1,4}?(?:schon|bereits)\s"
    r"(?:beantragt|bestellt|angefordert|angelegt|eingerichtet)\b"
    r"|\b(?:has|have) already (?:requested|ordered|raised|asked for|applied for|put in for)"
    r" (?:the |his |her |their |an? )?"
    r"(?:accounts?|logins?|e-?mail|access|user)\b"
    # Said with the verb first in French, Spanish and Dutch: "on a déjà demandé son accès", "ya se ha solicitado su
    # cuenta", "we hebben zijn account al aangevraagd".
    r"|\bd(?:é|e)j(?:à|a) demand(?:é|e) (?:son |ses |leurs? |les |l')?(?:acc(?:è|e)s|comptes?|utilisateur)"
    r"|\bya (?:se )?(?:ha|han|hemos|he) (?:sido )?(?:solicitad[oa]s?|pedid[oa]s?) (?:su |sus |el |la |los |las )?"
    r"(?:acceso|accesos|cuentas?|usuarios?)\b"
    r"|\b(?:zijn|haar|hun|de|het) (?:account|toegang|gebruiker|accounts)\s(?:\S+\s){0,2}?al aangevraagd\b"
    # "his accounts are requested already", "Konten sind schon beantragt", "ses comptes sont déjà demandés", "sus
    # cuentas ya están solicitadas", "zijn accounts zijn al aangevraagd": asked for already, in the passive; the
    # "already" is what says so (a bare "accounts are requested" may be this ticket's own request).
    # The access or the user said so too: "Zugang ist schon beantragt", "access is already requested", "l'accès est
    # déjà demandé", "el usuario ya está solicitado", "de gebruiker is al aangevraagd" (sets h79, h83).
    r"|\b(?:accounts?|logins?|e-?mails?|konten|konto|zug(?:a|ä|ae)nge?|comptes?|cuentas?|accesos?|toegang|access|acc(?:è|e)s"
    r"|users?|benutzer|nutzer|utilisateurs?|usuarios?|gebruikers?)"
    r"(?=[^.!?\n]{0,40}?\b(?:already|schon|bereits|d(?:é|e)j(?:à|a)|ya|al|reeds)\b)(?: \w+){0,2}?"
    r" (?:(?:already|schon|bereits|ya|al|reeds) )?(?:are|is|were|was|have (?:already )?been|has (?:already )?been"
    r"|sind|ist|wurden|wurde|sont|est"
    r"|est(?:á|a)n|han sido|ha sido|zijn|werden|wordt)"
    r" (?:(?:already|schon|bereits|d(?:é|e)j(?:à|a)|ya|al|reeds) )?(?:requested|ordered|raised|applied for"
    r"|beantragt|bestellt"
    r"|angefordert|demand(?:é|e)e?s?|command(?:é|e)e?s?|solicitad[oa]s?|pedid[oa]s?|aangevraagd|besteld)\b"
    # HR named as the one who asks for them, whichever comes first: "die Zugänge beantragt HR über das HR-Tool", "HR
    # beantragt die Konten", "HR will request the accounts", "les RH demandent les accès", "los accesos
    # los solicita RRHH", "de accounts vraagt HR aan". The accounts are HR's request, not this ticket's.
    rf"|\b{_IDENTITY_NOUNS}\s(?:\S+\s)?(?:beantragt|bestellt|beantragen|bestellen|fordert|fordern|legt|legen|requests?|raises?|orders?"
    rf"|handles?|demandent|demande|solicita|solicitan|gestiona|gestionan|tramita|tramitan|vraagt|regelt)\s(?:\S+\s)?{_HR}\b"
    # The accounts said to go through HR's own process, whoever asks: "the account goes through HR", "Konto läuft über
    # HR", "le compte passe par les RH", "la cuenta va por RRHH", "het account loopt via HR". Not this ticket's to ask.
    rf"|\b{_IDENTITY_NOUNS}\s(?:\S+\s)?(?:goes|go|runs?|l(?:ä|ae)uft|laufen|geht|gehen|passent|passe|va|van|pasa|pasan"
    rf"|loopt|lopen|gaat|gaan)\s(?:through|via|(?:ü|ue)ber|par|por|door)\s(?:the\s|die\s|den\s|das\s|les\s|el\s|de\s)?{_HR}\b"
    rf"|\b{_HR}\s(?:will\s|is going to\s|wird\s|va\s|vont\s|va a\s|gaat\s)?"
    rf"(?:(?:also|auch|selbst|aussi|tambi(?:é|e)n|zelf|schon|bereits|already)\s)?"
    rf"(?:request|requests|raise|raises|order|orders|handle|handles|take care of|takes care of|sort|sorts"
    rf"|beantragt|beantragen|bestellt|k(?:ü|ue)mmert sich um|demande[rn]?t?|s'occupe(?:nt)? de|solicita[rn]?"
    rf"|gestiona[rn]?|tramita[rn]?|vraagt|regelt)\s{_THEIR}{_IDENTITY_NOUNS}"
)


# A newcomer's form: a name field, then a start-date field a few lines on. Equipment listed on it is one of its lines;
# the form announces the person, whose account is made from it.
# The field before the start date may be the role rather than the name (a cleaned form loses its name line).
_NEWCOMER_FORM = _rx(r"(?:^|\n)\W{0,3}(?:(?:full )?(?:name|nom|nombre|naam)|position|role|job title|title|department"
                     r"|abteilung|poste|puesto|functie)\s?:[^\n]+\n(?:[^\n]*\n){0,6}?\W{0,3}"
                     r"(?:start(?:ing)?(?: date)?|startdatum|eintritt\w*|date d'arriv\w+"
                     r"|fecha de (?:inicio|incorporaci\w+))\s?:")


# A leaver's notice: "Leaver: Emma Doyle, Finance, leaving 31/03. Laptop to be returned." announces the departure
# itself (an offboarding, as an HR termination notice is); the laptop is one line of it.
# A heading whose next word is the equipment ("Leaver - laptop return", "Austritt - Laptop Rückgabe", "Départ : PC
# portable à rendre") names the topic of a delivery question, not the person leaving (set h86).
_LEAVER_NOTICE = _rx(r"(?:^|\n)\W{0,3}(?:leaver|leavers|offboarding|austritt|departure|d(?:é|e)part|baja|uitdienst)"
                     r"\s?[:\-–]\s?"
                     r"(?!(?:(?:his|her|their|the|sein\w*|ihr\w*|le|la|son|sa|su|el|zijn|haar|de)\s)?(?:laptop|notebook|pc|phone"
                     r"|handy|hardware|equipment|device|ger(?:ä|ae)te?|ordinateur|portable|mat(?:é|e)riel|port(?:á|a)til|equipo"
                     r"|telefoon|apparatuur)\b)\S")


# A desk or a workplace made ready: "please set up desk 4.17 with two monitors", "den Arbeitsplatz einrichten",
# "installer le poste de travail", "preparar el puesto", "de werkplek inrichten". Furniture and cables are set up, no
# account: the verb is taken out and its object kept, so that "set up" and "einrichten" are read as an account's only
# where they are.
_WORKPLACE_SET_UP = _rx(
    r"\b(?:set ?up|setup|prepare|arrange|get ready)\s(?:(?:a|the|his|her|their|an?)\s)?(?:new\s)?"
    r"(?:desk|workstation|workplace|work ?space|office|seat|docking station|monitors?|screens?)\b"
    r"|\b(?:desk|workstation|workplace|work ?space|seat)\s(?:\S+\s){0,2}?(?:set ?up|ready)\b"
    r"|\b(?:arbeitsplatz|schreibtisch|b(?:ü|ue)roplatz)\s(?:\S+\s){0,8}?(?:einrichten|vorbereiten|aufbauen)\b"
    r"|\b(?:installer|pr(?:é|e)parer|am(?:é|e)nager)\s(?:\S+\s)?(?:poste(?: de travail)?|bureau)\b"
    r"|\b(?:preparar|montar|instalar)\s(?:\S+\s)?(?:puesto(?: de trabajo)?|escritorio|mesa)\b"
    r"|\b(?:werkplek|bureau)\s(?:\S+\s){0,3}?(?:inrichten|klaarzetten|klaarmaken)\b"
)
_SET_UP_VERB = _rx(r"\b(?:set ?up|setup|prepare|arrange|get ready|ready|einrichten|vorbereiten|aufbauen|installer"
                   r"|pr(?:é|e)parer|am(?:é|e)nager|preparar|montar|instalar|inrichten|klaarzetten|klaarmaken)\b")


def _without_set_up(found: re.Match[str]) -> str:
    return _SET_UP_VERB.sub(" ", found.group(0))


# Whoever gets a returned device next: "wipe and reimage it for the next user", "für den nächsten Benutzer
# vorbereiten", "pour le prochain utilisateur", "para el próximo usuario", "voor de volgende gebruiker". A person yet
# unknown, who has no account to make here; the "user" is no identity the ticket names.
_NEXT_HOLDER = _rx(r"\b(?:the\s|den\s|dem\s|le\s|el\s|al\s|de\s)?"
                   r"(?:next|following|n(?:ä|ae)chste[nrm]?|prochain|pr(?:ó|o)ximo|siguiente|volgende)"
                   r"\s(?:user|benutzer|nutzer|anwender|utilisateur|usuario|gebruiker)s?\b")


# While a device is being set up, in the five languages' words for it.
_DURING_SET_UP = (r"(?:during|while|in|at|on|bei|w(?:ä|ae)hrend|pendant|lors de|durante|tijdens|bij)\s"
                  r"(?:the\s|its\s|der\s|dem\s|des\s|la\s|le\s|el\s|de\s|het\s)?(?:first\s|initial\s)?"
                  r"(?:set ?up|setup|einrichtung|ersteinrichtung|configuration|configuraci(?:ó|o)n|installatie"
                  r"|inrichting)\b")


# A starter's device failing its own first set-up: stuck on a screen whose words are quoted ("stuck at 'Setting up
# your account'", "hängt bei 'Konto wird eingerichtet'", "bloqué sur « Configuration du compte »", "atascado en
# 'Configurando la cuenta'", "blijft hangen op 'Account instellen'"), its enrolment failing, or an enrolment error's
# code. The quoted screen names an account, but no one asked for one: a device to diagnose (set h92, a chain of
# clinics and laboratories).
_SETUP_FAULT = _rx(
    r"\b(?:stuck|hangs?|hanging|frozen|h(?:ä|ae)ngt|bleibt (?:\S+ )?stehen|bloqu(?:é|e)e?|fig(?:é|e)e?|atascad[oa]"
    r"|colgad[oa]|se queda|blijft (?:\S+ )?hangen|vastgelopen|hangt)"
    r"\s(?:\S+\s){0,2}?(?:at|on|in|bei|auf|im|sur|à|a|dans|en|op|bij)\s"
    r"(?:the\s|der\s|dem\s|le\s|la\s|el\s|het\s|de\s)?['\x22\u2018\u201c\u00ab]"
    r"|\b(?:autopilot|intune|enrol(?:l)?ment|provisioning|oobe|ger(?:ä|ae)teregistrierung|inscription|enr(?:ô|o)lement"
    r"|aprovisionamiento|inscripci(?:ó|o)n|inschrijving)\b[^.!?\n]{0,60}?"
    r"\b(?:stuck|hangs?|fail\w*|errors?|h(?:ä|ae)ngt|fehl\w*|(?:é|e)chou\w*|erreur|bloqu\w*"
    r"|atascad[oa]|fall(?:a|ó|o)|mislukt|fout\w*|vastgelopen)\b"
    r"|\b(?:error|fehler|erreur|code|foutcode)\s?(?:code\s)?:?\s?(?:0x[0-9a-f]{8}|80[0-9a-f]{6})\b"
    # Or a message the device shows while it is being set up, or an error said of the set-up itself: "shows 'this
    # device is not allowed' during setup", "zeigt bei der Einrichtung 'Gerät nicht zulässig'", "affiche « appareil non
    # autorisé » pendant la configuration", "muestra un error durante la configuración", "geeft een fout tijdens de
    # installatie", "laptop setup error" (set h138).
    rf"|['\x22\u2019\u201d\u00bb]\s(?:\S+\s)?{_DURING_SET_UP}"
    rf"|\b(?:errors?|fehler\w*|erreurs?|fout\w*|fails?|failed)\s(?:\S+\s){{0,2}}?{_DURING_SET_UP}"
    rf"|\b{_DURING_SET_UP}\s?[:,-]?\s?['\x22\u2018\u201c\u00ab]"
    r"|\b(?:set ?up|setup|einrichtung)[\s-](?:errors?|fails?|failed|failure|fehler|erreur|fout)\b"
)
_PLEA = _rx(ASKS_FOR_A_CHANGE)


def starter_or_leaver_hardware(subject: str, words: str) -> bool:
    whole = _WORKPLACE_SET_UP.sub(_without_set_up, _IDENTITY_DONE.sub(" ", f"{subject.lower()}\n{words}"))
    whole = _NEXT_HOLDER.sub(" ", whole)
    if _HARDWARE.search(whole) and _NEWBIE.search(whole) and _SETUP_FAULT.search(whole) and not _PLEA.search(whole):
        return True  # the starter's laptop stuck in its own set-up, nothing asked: its screen's words ask for nothing
    return bool(_HARDWARE.search(whole) and (_NEWBIE.search(whole) or _LEAVER.search(whole))
                and not _IDENTITY.search(whole) and not _NEWCOMER_FORM.search(whole)
                and not _LEAVER_NOTICE.search(whole))
