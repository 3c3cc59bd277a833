# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""Logins that belong to another party, and whose job a login is, asked: the public's accounts on the portal or app the
firm runs for them, one customer's (or patient's) person's login in that portal's own store, and a question of which
side acts ("us or the port?", "who manages that?", "can their admin unlock it or does it come to us?"). Their
passwords and locks are kept by that portal or that company, never the directory the help desk runs, so a reset or an
unlock asked of them is a person's to route. Vetoes in the form of tickets/triage/patterns.py, joined to
objects.OBJECT_VETOES beside not_the_account.NOT_THE_ACCOUNT_VETOES, from which they were split when that module grew past
its length.

Where each came from is said in not_the_account.py's docstring (holdout31, 34, 39, 44, 48, 49) and in the test files
it names (tests/triage/test_logins_set_apart_local_or_the_publics.py, test_contracts_ended_customers_logins_and_pool_alerts.py,
test_customers_whose_job_and_traced_lockouts.py, test_locks_owners_and_vanished_drives.py). A login on a site another
company runs, named by its role ("the supplier's portal", "Lieferantenportal"), came from triage_holdout58.jsonl, an
electricity network operator's (tests/triage/test_feared_lockouts_and_outside_portals.py). Outsiders kept out of a team
by its guest setting came from set h122 (tests/triage/test_drives_teams_wipes_and_expired_renewals.py).
"""

from __future__ import annotations

from tickets.triage.patterns import Veto, each_sign_in_kind, rx, words
from tickets.triage.unless import unless
from tickets.triage.vocabulary import LOCKED, MFA, PW

# The public's own accounts on the company's portal, reported for them: "customers are calling that the reset mail of
# the portal never arrives", "Kunden melden, dass sie ihr Passwort nicht zurücksetzen können", "des clients signalent
# ...", "los clientes no pueden ...", "klanten melden ...". Those passwords are the customers', in the portal's own
# user store; nobody on staff needs one set, and the fault is the portal's for a person to look at.
# One of them is as much the public as many: "a customer (acc 7781234) says ...", "ein Kunde meldet ...", "une cliente
# signale ...", "un cliente dice ...", "een klant meldt ..." (not an e-mail or VPN "client", a program).
# Outsiders kept out of a team by its guest setting: "can we invite the airline's people to our team? it says guests
# are not allowed", "Gäste sind in diesem Team nicht erlaubt", "les invités ne sont pas autorisés dans cette équipe",
# "no se permiten invitados en este equipo", "gasten zijn niet toegestaan in dit team". Whether outsiders may join is the
# team's or the tenant's policy, for a person (its owner, an admin) to decide; no group of ours takes a member.
_GUESTS_REFUSED = (
    r"\bguests?\s(?:users?\s)?(?:are\s|is\s)?(?:not allowed|not permitted|disabled|blocked|can'?t be (?:added|invited))"
    r"|\bguest access\s(?:is\s)?(?:disabled|off|turned off|not allowed|blocked)|\b(?:doesn'?t|does not|don'?t|do not) allow (?:any\s)?(?:guests|external)"
    r"|\bexternal (?:users|people|guests|members)\s(?:are\s)?(?:not allowed|not permitted|blocked)"
    r"|\bg(?:ä|ae)ste\s(?:sind\s)?(?:\S+\s){0,3}?(?:nicht erlaubt|nicht zugelassen|deaktiviert|gesperrt)|\bgastzugriff\s(?:ist\s)?(?:\S+\s)?(?:deaktiviert|gesperrt|nicht erlaubt)"
    r"|\binvit(?:é|e)s?\s(?:ne sont pas|n'est pas)\s(?:autoris|permis)|\bacc(?:è|e)s invit(?:é|e)\s(?:est\s)?d(?:é|e)sactiv"
    r"|\bno se permiten (?:usuarios )?invitados|\binvitados no (?:est(?:á|a)n )?permitidos|\bacceso de invitados (?:est(?:á|a) )?(?:deshabilitado|desactivado)"
    r"|\bgasten\s(?:zijn\s)?(?:\S+\s){0,3}?niet toegestaan|\bgasttoegang\s(?:is\s)?(?:uitgeschakeld|geblokkeerd)"
)

_THE_PUBLIC = (r"(?:customers?|clients|citizens?|residents?|subscribers?|consumers?|members? of the public|kunden?|kundin(?:nen)?|b(?:ü|ue)rger(?:innen)?"
               r"|abonnent(?:en|in)?|usagers?|abonn(?:é|e)e?s?|(?:un|une|le|la|notre|cette|ce) cliente?|clientes|(?:un|una|el|la|nuestro|nuestra) cliente"
               r"|ciudadanos?|abonados?|klanten|(?:een|de|onze) klant|burgers?|inwoners?|abonnees?"
               # An insurer's public: "the policyholder", "Versicherungsnehmer", "l'assuré", "el asegurado", "de verzekerde".
               r"|policy ?holders?|versicherungsnehmer(?:in|innen)?|assur(?:é|e)e?s?|asegurad[oa]s?|verzekerden?|polishouders?)")
# An aside after them (an account number, a name in brackets) stands between them and what they say.
# So does where or when they said it: "a customer on the phone (policy 4471) says", "several customers today saying",
# "ein Kunde am Telefon sagt", "un client au téléphone dit", "un cliente al teléfono dice", "een klant aan de lijn zegt".
_PUBLIC_ASIDE = (r"(?:(?:on the (?:phone|line)|today|again|this morning|am telefon|heute|au t(?:é|e)l(?:é|e)phone|aujourd'hui"
                 r"|al tel(?:é|e)fono|hoy|aan de (?:lijn|telefoon)|vandaag)\s)?(?:\([^()\n]{1,40}\)\s)?")
_THEY_REPORT = (r"(?:are\s|is\s|have\s|has\s|keeps?\s|still\s)?(?:calling|calls?|ringing|phoning|writing|writes|emailing|report\w*|complain\w*|says?|saying|said|tell\w*"
                r"|is unable|sagt|meldet|schreibt|kann|ruft|dit|appelle|signale|(?:ne )?peut|dice|llama|(?:no )?puede|zegt|meldt|belt|kan"
                r"|can'?t|cannot|could not|couldn'?t|are unable|unable|don'?t|do not|aren'?t|are not|rufen|melden|beschweren|schreiben|k(?:ö|oe)nnen"
                r"|appellent|signalent|se plaignent|(?:ne )?peuvent|(?:ne )?re(?:ç|c)oivent|llaman|reportan|se quejan|(?:no )?pueden|(?:no )?reciben"
                r"|bellen|klagen|kunnen|ontvangen)")
# A portal or an app the firm runs for the public or for the brokers who sell its policies ("the brokers portal", "the
# customer app", "Makler-Portal", "portail des courtiers", "portal de corredores", "makelaarsportaal"): its logins are
# theirs. Not a supplier's portal, which staff sign in to ("all my supplier portal logins are in the vault").
_PUBLIC_PORTAL = (r"(?:(?:customer|client|kunden|klanten|citizen|b(?:ü|ue)rger|broker|makler|makelaar)s?'?[\s-]?(?:portaa?l|app)\b"
                  r"|portail (?:des )?(?:clients?|usagers?|abonn(?:é|e)s|courtiers)|portal (?:de |del |para )?(?:clientes?|ciudadanos|abonados|corredores))")
# Anchor: a word for the public or for a portal, which every match holds.
_PUBLIC_ANCHOR = words("customer", "client", "reader", "listener", "viewer", "leser", "rer", "zuschauer", "lect", "audit",
                       "spectat", "oyente", "lezer", "luisteraar", "kijker", "citizen", "resident", "subscriber", "consumer", "public", "kund", "rger",
                       "abonn", "abona", "usager", "ciudadano", "klant", "inwoner", "porta", "app", "policy", "versicherungsnehmer",
                       "assur", "asegurad", "verzeker", "polishouder")
# Their account said locked: "the policyholder can't log into the customer app, says account locked".
_THE_PUBLICS_LOCK = (rf"\b{_THE_PUBLIC}\s{_PUBLIC_ASIDE}{_THEY_REPORT}\b[^.!?\n]{{0,100}}?{LOCKED}|\b{_PUBLIC_PORTAL}\w*\b[^.!?\n]{{0,60}}?{LOCKED}"
                     rf"|{LOCKED}[^.!?\n]{{0,60}}?\b{_PUBLIC_PORTAL}")
# A publisher's or broadcaster's public are its readers, listeners and viewers: "a reader called the hotline (sub no
# 1234), she can't log into the e-paper app", "Leserin ruft an", "un auditeur a appelé", "una oyente llamó", "een lezer
# belde" (set h113). Only with a person's verb of calling or writing: a card reader or a PDF reader never rings.
_AUDIENCE_CALLED = (r"\b(?:readers?|listeners?|viewers?|leser(?:in|innen)?|h(?:ö|oe)rer(?:in|innen)|zuschauer(?:in|innen)?"
                    r"|lecteurs?|lectrices?|auditeurs?|auditrices?|t(?:é|e)l(?:é|e)spectat(?:eur|rice)s?|lector(?:a|es|as)?|oyentes?"
                    r"|espectador(?:a|es|as)?|lezers?|luisteraars?|kijkers?)\s" + _PUBLIC_ASIDE
                    + r"(?:called|rang|phoned|wrote|emailed|e-mailed|complained|ruft|rief|schreibt|schrieb|beschwert"
                    r"|a (?:appel(?:é|e)|(?:é|e)crit)|appelle|llam(?:ó|o)|escribi(?:ó|o)|belde|belt|schreef|mailde)\b")
_THE_PUBLICS_LOGIN = (rf"\b{_THE_PUBLIC}\s{_PUBLIC_ASIDE}{_THEY_REPORT}\b[^.!?\n]{{0,100}}?{PW}|{_AUDIENCE_CALLED}[^.!?\n]{{0,100}}?{PW}|\b{_PUBLIC_PORTAL}\w*\b[^.!?\n]{{0,60}}?{PW}|{PW}[^.!?\n]{{0,60}}?\b{_PUBLIC_PORTAL}")
# Unless the writer says the login on it is staff's, their own: "my internal admin account on the brokers portal (not a
# broker account)", "mein Admin-Konto im Kundenportal", "mon compte administrateur", "mi cuenta de administrador", "mijn
# beheerdersaccount". That one is ours to reset.
_STAFFS_OWN = (r"\b(?:my|our)\s(?:own\s|internal\s|staff\s|admin\s|employee\s)+(?:\S+\s)?(?:account|login|user)\b"
               r"|\bnot an? (?:\S+\s)?(?:broker|customer|client|policy ?holder)'?s?\s(?:account|login)\b|\bstaff (?:admin|account|login)\b"
               r"|\bmein(?:en?)? (?:internes? |eigenes? )?(?:admin|administrator|mitarbeiter)[\s-]?(?:konto|zugang|account)\b"
               r"|\bmon compte (?:interne |d'|de )?(?:admin\w*|employ(?:é|e))|\bmi cuenta (?:interna |de )?(?:admin\w*|emplead[oa])"
               r"|\bmijn (?:interne |eigen )?(?:beheerders|admin|medewerkers)[\s-]?(?:account|login)\b")
_THE_PUBLICS_LOGIN_NOT_STAFFS = unless(_THE_PUBLICS_LOGIN, _STAFFS_OWN)
# Their second factor, the same way: "several customers saying the app's one-time code never arrives", "Kunden melden,
# dass der Bestätigungscode nicht ankommt" (h87). The portal's own codes, for the public; no staff factor to re-enrol.
_THE_PUBLICS_FACTOR = unless(rf"\b{_THE_PUBLIC}\s{_PUBLIC_ASIDE}{_THEY_REPORT}\b[^.!?\n]{{0,100}}?{MFA}|\b{_PUBLIC_PORTAL}\w*\b[^.!?\n]{{0,60}}?{MFA}"
                             rf"|{MFA}[^.!?\n]{{0,60}}?\b{_PUBLIC_PORTAL}", _STAFFS_OWN)
# One customer's own login, reported for them by the staff who serve them: "customer 4711 called, they forgot their
# password for the web shop", "Kunde ... hat ihren Zugang zum Bestellshop gesperrt", "le client ... son accès à la
# boutique en ligne", "el cliente ... su acceso a la tienda online", "klant ... hun account in de webwinkel". The
# account lives in the shop's or portal's own user store, which its team resets; no one on staff needs a new password.
# A customer is named by the word or by a customer number; never "customer service" or "Kundendienst", who are staff.
# A hospital's patients are its customers: "a patient says their portal login is locked", "ein Patient ...", "un
# patient ...", "un paciente ...", "een patiënt ...".
# A note's first word may be the patient, with no article: "Patient called, ...", "Patientin ruft an", "Patiënt belt".
# A doctor's practice that sends its patients to the clinic or the lab is one too: "the referring GP's login to the
# results portal", "die einsendende Praxis", "le médecin traitant", "el médico remitente", "de verwijzende huisarts"
# (set h92, a chain of clinics and laboratories): its logins live in the portal the clinic runs for outsiders.
_A_PATIENT = (r"\b(?:a|the|one|this|that|our|ein|eine|der|die|un|une|le|la|el|een|de) pati(?:ë|e)nt(?:e|in)?\b|\bpati(?:ë|e)nt(?:s|en|es|innen)\b"
              r"|(?:^|(?<=[.!?\n:])\s*)pati(?:ë|e)nt(?:e|in)?\b(?=\s(?:called|rang|phoned|wrote|says|said|reports|ruft|rief|schreibt|meldet"
              r"|a appel(?:é|e)|appelle|dit|llam(?:ó|o)|dice|belt|belde|meldt|zegt)\b)"
              r"|\bpacientes?\b"
              r"|\breferring (?:gp|doctor|physician|practice|practitioner|clinic|surgery)s?\b|\breferrers?\b"
              r"|\b(?:einsendende|zuweisende|(?:ü|ue)berweisende)[nr]? (?:praxis|(?:haus)?(?:ä|ae)rzt\w*|klinik)|\beinsender(?:praxis|praxen)?\b|\bzuweiser\b"
              r"|\bm(?:é|e)decins? (?:traitants?|prescripteurs?|r(?:é|e)f(?:é|e)rents?)\b|\bcabinets? (?:m(?:é|e)dica(?:l|ux)|prescripteurs?)\b"
              r"|\bm(?:é|e)dicos? (?:remitentes?|derivantes?|de cabecera)\b|\bverwijzende? (?:huisarts\w*|arts\w*|praktijk\w*)|\bverwijzers?\b")
_A_CUSTOMER = (rf"(?:{_A_PATIENT}|\b(?:customers?|kund(?:e|in|en)|klant(?:en)?|clientes?|(?:le|la|un|une|du|au) client)\b"
               r"(?![\s-]?(?:service|care|support|success|desk|team|experience|relations|dienst|center|centre|advisor|berater\w*|betreuer\w*|servicio|atenci\w*))"
               r"|\bcust(?:omer)?\.?\s?(?:no|nr|number|num|id|#)\b|\bk(?:d|unden)[\s.-]?(?:nr|nummer)\b|\bkundennummer\b|\bklantnummer\b"
               r"|\bnum(?:é|e)ro (?:de )?client\b|\bn(?:°|º)\s?client\b|\bn(?:ú|u)mero de cliente\b)")
_THEIR = r"(?:their|ihr(?:e|en|em|er)?|leurs?|son|sa|sus?|hun)"
_LOGIN_WORD = (rf"(?:{PW}|log-?in|log-?on|account|access|user ?name|zugang|zugangsdaten|konto|anmeldung|compte|acc(?:è|e)s|identifiants?"
               r"|cuenta|acceso|usuario|inlog|toegang|gebruikersnaam)")
# A shop or a portal that sells to customers: its logins are theirs ("B2B shop", "Bestellshop", "webwinkel").
_CUSTOMER_SHOP = (r"(?:\bb2b[\s-]?\w*?(?:shop|portal|store|platform|plattform)|\bweb[\s-]?shop|\bonline[\s-]?shop|\bbestell(?:shop|portal)"
                  r"|\be-?shop\b|\bwebwinkel|\btienda (?:online|en l(?:í|i)nea|web)|\bboutique en ligne|\border(?:ing)? portal)")
# English says the one customer's "his" or "her" too, and names the service before the login ("customer called, his
# online banking account is locked", "the customer says her web portal login is blocked").
_A_CUSTOMERS_OWN = r"(?:his|her|their|ihr(?:e|en|em|er)?|sein(?:e|en|em|er)?|leurs?|son|sa|sus?|hun|zijn|haar)"
_A_CUSTOMERS_LOGIN = (rf"{_A_CUSTOMER}[^.!?\n]{{0,150}}?\b{_THEIR}\s(?:\S+\s)?{_LOGIN_WORD}"
                      rf"|{_A_CUSTOMER}\s(?:\S+\s){{0,3}}?(?:called|rang|phoned|wrote|says|said|reports|rief an|schreibt|meldet|a appel(?:é|e)|dit"
                      # The line called first, the login after: "patient called the hotline, can't reset her password".
                      rf"|llam(?:ó|o)|dice|belde|meldt|zegt)\b[^.!?\n]{{0,60}}?\b(?:that\s|dass\s|que\s|dat\s)?{_A_CUSTOMERS_OWN}\s(?:\S+\s){{0,2}}?{_LOGIN_WORD}"
                      rf"|\b{_THEIR}\s(?:\S+\s)?{_LOGIN_WORD}\b[^.!?\n]{{0,40}}?{_CUSTOMER_SHOP}"
                      rf"|{_A_CUSTOMER}[^.!?\n]{{0,40}}?{_CUSTOMER_SHOP}|{_CUSTOMER_SHOP}[^.!?\n]{{0,40}}?{_A_CUSTOMER}")
# One customer said locked out, by the staff who look after them: "my client (Mrs. X, 12-345) is locked out of the
# e-banking after three wrong tries", "Kunde 4711 hat sich im Online-Banking gesperrt", "le client 4711 est bloqué sur
# l'espace client", "el cliente 4711 se ha bloqueado en la banca online", "klant 4711 is geblokkeerd in de app". The
# lock is in the store of the service the firm runs for its customers, lifted by its own team; no staff account is
# locked. English says "client" for a program too ("the VPN client is locked"), so there only "my/our/a client", or a
# client with a number or a bracketed name after it, is the person; a bracketed aside may hold a title's full stop.
_ONE_CLIENT = (rf"(?:\b(?:my|our|a|one of our) clients?\b(?![\s-]?(?:software|app|application|side|pc|machine|computer|device|version"
               rf"|program|certificate|laptop|settings?|error|cert|portal)\b)|\bclient\s(?:\(|no\b|nr\b|#|\d)|{_A_CUSTOMER})")
# The writer's own lock after the customer's word ("customer call at 10 and I'm locked out") is the writer's.
_WRITER = r"\b(?:i|i'?m|me|my|we|us|ich|mich|mein\w*|je|moi|mon|yo|me|mi|ik|mij|mijn)\b"
_ONE_CLIENT_LOCKED = unless(rf"{_ONE_CLIENT}(?:\([^()\n]{{0,60}}\)|(?!{_WRITER})[^.!?\n(]){{0,100}}?(?:{LOCKED}|\block(?:ed)?[\s-]?out\b)",
                            _STAFFS_OWN)
# One customer's own login in the public's portal, to close: "the customer cancelled all policies and wants his account
# in the customer portal deleted", "Kunde möchte, dass sein Konto im Kundenportal gelöscht wird", "le client veut que son
# compte sur le portail clients soit supprimé", "el cliente quiere que su cuenta en el portal de clientes se borre",
# "de klant wil dat zijn account in het klantenportaal verwijderd wordt" (h87). No staff member leaves.
_A_CUSTOMERS_PORTAL_LOGIN = (rf"{_A_CUSTOMER}[^.!?\n]{{0,150}}?\b{_A_CUSTOMERS_OWN}\s(?:\S+\s)?{_LOGIN_WORD}\s(?:\S+\s){{0,2}}?{_PUBLIC_PORTAL}"
                             rf"|{_A_CUSTOMERS_LOGIN}")
_CUSTOMER_ANCHOR = words("custom", "kund", "klant", "client", "cust", "kd", "b2b", "shop", "winkel", "tienda", "boutique", "portal",
                        "patient", "patiënt", "pacient", "referr", "einsend", "zuweis", "berweis", "decin", "cabinet", "dico", "verwijz")

# Whose job the account is, asked rather than a change: "who manages that?", "wer ist dafür zuständig?", "qui gère ce compte ?", "¿quién se encarga?", "wie beheert dat?". The
# writer does not know the account is ours to change; a person answers and routes it.
_WHOSE_JOB = (r"\bwho (?:\S+ )?(?:manages|handles|administers|administrates|owns|runs|looks after|is responsible for|takes care of"
              r"|deals with|supports|is in charge of|maintains) (?:that|this|it|those|these|them|the \S+)\b"
              r"|\bwer (?:ist |w(?:ä|ae)re )?(?:da(?:f(?:ü|ue)r|f(?:ü|ue)r) |hierf(?:ü|ue)r |f(?:ü|ue)r (?:das|den|die) \S+ )?zust(?:ä|ae)ndig\b"
              r"|\bwer (?:verwaltet|betreut|administriert|k(?:ü|ue)mmert sich um) (?:das|den|die|es|diese[nsm]?)\b"
              r"|\bqui (?:g(?:è|e)re|s'occupe|est responsable|administre)\b"
              r"|\bqui(?:é|e)n (?:gestiona|administra|se encarga|es (?:el )?responsable|lleva)\b"
              r"|\bwie (?:beheert|regelt|is (?:daar )?verantwoordelijk|gaat (?:daar )?over)\b"
              # Or which team: "which team handles the app accounts?", "welches Team ist dafür zuständig?", "quelle équipe
              # gère ces comptes ?", "¿qué equipo gestiona esas cuentas?", "welk team beheert die accounts?".
              r"|\bwhich (?:team|department|dept|group|desk|unit) (?:\S+ )?(?:manages|handles|administers|owns|runs|looks after|is responsible for|takes care of|deals with|supports)\b"
              r"|\bwelche[sr]? (?:team|abteilung|gruppe|stelle) (?:ist |w(?:ä|ae)re )?(?:\S+ )?(?:zust(?:ä|ae)ndig|verwaltet|betreut)\b"
              r"|\bquel(?:le)? (?:(?:é|e)quipe|service|d(?:é|e)partement) (?:g(?:è|e)re|s'occupe|est responsable|administre)\b"
              r"|\bqu(?:é|e) (?:equipo|departamento|(?:á|a)rea) (?:gestiona|administra|se encarga|es (?:el )?responsable|lleva)\b"
              r"|\bwelke? (?:team|afdeling|groep) (?:beheert|regelt|is (?:daar )?verantwoordelijk|gaat (?:daar )?over)\b")
# The two parties set side by side in a question: "can we reset it from here or is that the web team?", "wir oder der
# Anbieter?", "nous ou l'équipe ?", "¿nosotros o el equipo?", "wij of het webteam?". The writer asks which side acts,
# so however plainly the change is worded ("can we unlock it"), it is asked of no one yet. Only asked: "reset it today
# or they can't ship" is a request with a reason.
_WHICH_SIDE = (r"\b(?:we|us|our side|from here|here|our end|in-?house)\b[^.!?\n]{0,30}?\bor (?:is (?:that|it|this) |do |does |should |must |will |would )?"
               r"(?:them|they|their|the \S+ (?:team|department|dept|desk|vendor|supplier|provider|company|firm|people|guys))\b[^.!?\n]{0,40}\?"
               r"|\b(?:wir|bei uns|von hier|unser(?:e[mnrs]?)? (?:system|seite|netz|netzwerk|fehler))\b[^.!?\n]{0,30}?\boder (?:die|der|das) (?:\S+ )?\S*(?:team|abteilung|anbieter|lieferant)\b[^.!?\n]{0,40}\?"
               # Our system against theirs: "is that our system or the vendor's?", "unser System oder das vom Anbieter?",
               # "notre système ou celui du fournisseur ?", "¿nuestro sistema o el del proveedor?", "ons systeem of dat van
               # de leverancier?" (h87). Which side's fault and fix, asked.
               r"|\bour (?:system|side|end|network|fault)\b[^.!?\n]{0,30}?\bor (?:the )?(?:vendor|supplier|provider|manufacturer|portal|their)'?s?\b[^.!?\n]{0,40}\?"
               r"|\bnotre (?:syst(?:è|e)me|c(?:ô|o)t(?:é|e)|r(?:é|e)seau)\b[^.!?\n]{0,30}?\bou (?:celui|celle) (?:du|de l'|de la|des) [^.!?\n]{0,40}\?"
               r"|\bnuestr[oa] (?:sistema|lado|red)\b[^.!?\n]{0,30}?\bo (?:el|la) (?:del|de la|de los) [^.!?\n]{0,40}\?"
               r"|\b(?:ons (?:systeem|netwerk)|onze kant)\b[^.!?\n]{0,30}?\bof (?:dat|die|het) (?:van|bij) [^.!?\n]{0,40}\?"
               r"|\b(?:nous|chez nous|d'ici)\b[^.!?\n]{0,30}?\bou (?:eux|l'(?:é|e)quipe|le service)\b[^.!?\n]{0,40}\?"
               r"|\b(?:nosotros|desde aqu(?:í|i))\b[^.!?\n]{0,30}?\bo (?:ellos|el equipo|el departamento)\b[^.!?\n]{0,40}\?"
               r"|\b(?:wij|hier)\b[^.!?\n]{0,30}?\bof (?:zij|hun|het \S*team|de \S*afdeling)\b[^.!?\n]{0,40}\?"
               # Or the writer asks whether to go to the other party themselves: "can you do anything or do I have to
               # call them?", "oder muss ich dort anrufen?", "ou dois-je les contacter ?", "¿o tengo que llamarles?",
               # "of moet ik ze zelf bellen?". Not the help desk named as the one to call ("or should I call the service desk").
               # The writer's team may be the one to call: "or do we ring them?", "oder müssen wir dort anrufen?", "ou
               # devons-nous les appeler ?", "¿o tenemos que llamarles?", "of moeten we ze bellen?" (sets holdout98, h137).
               r"|\bor (?:do|should|must|shall) (?:i|we) (?:have to |need to )?(?:call|contact|ring|e-?mail|phone|ask|go to) (?:them|there|their \S+|the (?:vendor|supplier|provider|carrier|bank|portal|company)\S*)\b[^.!?\n]{0,40}\?"
               r"|\boder (?:muss|soll) ich (?:mich )?(?:selbst |selber )?(?:dort|da|bei (?:denen|ihnen|dem|der)(?: \S+)?|beim \S+) (?:\S+ )?(?:anrufen|melden|nachfragen|kontaktieren|schreiben)\b[^.!?\n]{0,40}\?"
               r"|\boder (?:m(?:ü|ue)ssen|sollen) wir (?:uns )?(?:selbst |selber )?(?:dort|da|bei (?:denen|ihnen|dem|der)(?: \S+)?|beim \S+) (?:\S+ )?(?:anrufen|melden|nachfragen|kontaktieren|schreiben)\b[^.!?\n]{0,40}\?"
               r"|\bou (?:dois-je|est-ce que je dois|je dois|devons-nous|est-ce qu'on doit|on doit) (?:les |leur )?(?:appeler|contacter|(?:é|e)crire|t(?:é|e)l(?:é|e)phoner)\b[^.!?\n]{0,40}\?"
               r"|\bo (?:tengo que|debo|tenemos que|debemos) (?:llamar|contactar|escribir)(?:les|los)?\b[^.!?\n]{0,40}\?"
               r"|\bof (?:moet ik|moeten (?:we|wij)) (?:hen|ze|daar|zelf) (?:\S+ )?(?:bellen|contacteren|mailen)\b[^.!?\n]{0,40}\?"
               # ... or names the other party to call: "can you sort it out or do I need to ring HMRC?", "or should I
               # contact SupplyOn support?". Not the help desk itself, nor the writer's manager (an approval, asked).
               r"|\bor (?:do|should|must|shall) (?:i|we) (?:have to |need to )?(?:call|contact|ring|e-?mail|phone|go to) "
               r"(?!(?:you|it|us|the (?:it|service|help)[\s-]?desk|the helpdesk|the servicedesk|it support|support|my (?:line )?(?:manager|boss))\b)[^.!?\n]{1,40}\?"
               # The help desk ("you") first, the other party's own admin second: "is that something you do or does their
               # own admin handle it?", "macht ihr das oder deren Admin?", "c'est vous ou leur admin ?", "¿lo hacéis
               # vosotros o su admin?", "doen jullie dat of hun beheerder?".
               r"|\byou\b[^.!?\n]{0,40}?\bor (?:do|does|can|should|will|would|must) (?:they|their (?:own )?\S+|the (?:vendor|supplier|provider|client|customer)\S*) (?:\S+ )?"
               r"(?:handle|do|manage|sort|deal with|fix|reset|unlock|administer)\b[^.!?\n]{0,30}\?"
               # Or the help desk asked whether it looks after the thing at all, the other party named second: "do you manage
               # that or is it the exam board?", "macht ihr das oder ist das Sache vom Anbieter?", "c'est vous qui gérez ça ou
               # c'est le fournisseur ?", "¿lo gestionáis vosotros o es cosa del proveedor?", "regelen jullie dat of is dat de
               # leverancier?" (set h137). Only a verb of looking after: "can you reset it or is it broken?" asks the reset.
               r"|\b(?:do|does|can|will|would) (?:you|you guys|it|the it (?:team|department|dept)|the (?:service|help)[\s-]?desk) (?:\S+ )?"
               r"(?:manage|handle|look after|deal with|administer|own|run|support|cover|do)\b[^.!?\n]{0,30}?\bor (?:is (?:it|that|this)|does (?:it|that)) [^.!?\n]{1,40}\?"
               r"|\b(?:macht|machen|verwaltet|verwaltest|betreut|betreust) (?:ihr|du|die it) (?:das|dies|es)\b[^.!?\n]{0,30}?\boder (?:ist (?:das|es)|macht (?:das|es)) [^.!?\n]{1,40}\?"
               r"|\bc'est vous qui (?:g(?:é|e)rez|vous occupez|faites|administrez)\b[^.!?\n]{0,30}?\bou (?:c'est|est-ce) [^.!?\n]{1,40}\?"
               r"|\b(?:lo|la|eso) (?:gestion(?:á|a)is|llev(?:á|a)is|hac(?:é|e)is|administr(?:á|a)is) (?:vosotros|ustedes)?\s?o (?:es|lo hace) [^.!?\n]{1,40}\?"
               r"|\b(?:regelen|beheren|doen) jullie (?:dat|dit|het)\b[^.!?\n]{0,30}?\bof (?:is (?:dat|het)|doet) [^.!?\n]{1,40}\?"
               r"|\b(?:ihr|euch)\b[^.!?\n]{0,30}?\boder (?:deren|ihr|der) (?:eigene[rn]? )?\S*(?:admin|administrator|support)\b[^.!?\n]{0,30}\?"
               r"|\bvous\b[^.!?\n]{0,30}?\bou (?:leur|son) (?:propre )?(?:admin|administrateur|support)\b[^.!?\n]{0,30}\?"
               r"|\bvosotros\b[^.!?\n]{0,30}?\bo (?:su|sus) (?:propio )?(?:admin|administrador|soporte)\b[^.!?\n]{0,30}\?"
               r"|\bjullie\b[^.!?\n]{0,30}?\bof (?:hun|hun eigen|zijn|haar) (?:admin|beheerder|support)\b[^.!?\n]{0,30}\?"
               # Which of two of the firm's own sides, asked of a login kept outside: "is that IT or logistics?", "is it
               # us or purchasing?", "ist das die IT oder der Einkauf?", "c'est l'informatique ou la logistique ?", "¿es
               # cosa de IT o de logística?", "is dat IT of logistiek?".
               # The firm's own admin set against the other party's, as a message that says "contact your administrator"
               # leaves it open: "is that our admin or the vendor?", "ist das unser Admin oder der Anbieter?", "c'est
               # notre admin ou le fournisseur ?", "¿es nuestro admin o el proveedor?", "is dat onze beheerder of de
               # leverancier?" (h93).
               r"|\bis (?:that|this|it) (?:for )?(?:it|us|you|the it (?:team|department|dept)|the (?:service|help)[\s-]?desk|our (?:own )?(?:admins?|administrators?|it|team|side)) or (?:for )?(?:the )?\S+(?: \S+)?\s?\?"
               r"|\bist (?:das|dies) (?:die it|ihr|euer job|eure sache|unser(?:e)? (?:admin|administrator|it)) oder\b[^.!?\n]{0,30}\?"
               r"|\bc'est (?:l'informatique|la dsi|vous|le support|notre (?:admin|administrateur)) ou\b[^.!?\n]{0,30}\?"
               r"|\bes (?:cosa de )?(?:it|inform(?:á|a)tica|sistemas|vosotros|nuestro (?:admin|administrador)) o\b[^.!?\n]{0,30}\?"
               r"|\bis dat (?:it|ict|jullie|onze (?:admin|beheerder)) of\b[^.!?\n]{0,30}\?"
               # Whether the person can do it themself, or the help desk must: "can he reset it himself or do you have to
               # do it?", "Kann er das selbst zurücksetzen oder müsst ihr das machen?", "peut-il le faire lui-même ou
               # devez-vous le faire ?", "¿puede hacerlo él mismo o tenéis que hacerlo vosotros?", "kan hij het zelf of
               # moeten jullie het doen?". Which side acts, asked: nothing is asked of anyone yet.
               r"|\b(?:himself|herself|themselves|themself|on (?:his|her|their) own)\b[^.!?\n]{0,20}?\bor (?:do|does|must|should|will|would|can) (?:you|we|it)\b[^.!?\n]{0,40}\?"
               r"|\b(?:selbst|selber)\b[^.!?\n]{0,40}?\boder (?:m(?:ü|ue)sst|m(?:ü|ue)ssen|k(?:ö|oe)nnt|sollt|muss) (?:ihr|wir|sie)\b[^.!?\n]{0,40}\?"
               r"|\b(?:lui|elle|eux)-m(?:ê|e)mes?\b[^.!?\n]{0,30}?\bou (?:devez-vous|dois-je|faut-il)\b[^.!?\n]{0,40}\?"
               r"|\b(?:(?:é|e)l mismo|ella misma|ellos mismos|por s(?:í|i) mism[oa])\b[^.!?\n]{0,30}?\bo (?:ten(?:é|e)is|tienen|deb(?:é|e)is|deben|hay que)\b[^.!?\n]{0,40}\?"
               r"|\bzelf\b[^.!?\n]{0,30}?\bof moeten (?:jullie|wij|we)\b[^.!?\n]{0,40}\?"
               # Or whether the login is the firm's at all, wondered aloud: "not sure if that's one of our systems or
               # theirs", "ich weiß nicht, ob das unser System ist oder deren", "je ne sais pas si c'est chez nous ou chez
               # eux", "no sé si es nuestro o suyo", "weet niet of dat van ons is of van hen". No question mark needed.
               r"|\b(?:not sure|unsure|no idea|don'?t know|wondering|whether)\b[^.!?\n]{0,40}?\b(?:ours|our (?:own )?\S+(?: \S+)?|us)\s(?:\S+\s)?or\s(?:theirs|their (?:own )?\S+|them)\b"
               r"|\b(?:wei(?:ß|ss) (?:ich )?nicht|nicht sicher|unklar),? ob\b[^.!?\n]{0,40}?\b(?:unser\w*|bei uns)\b[^.!?\n]{0,30}?\boder (?:deren|bei denen|ihr\w*|von denen)\b"
               r"|\b(?:sais pas|s(?:û|u)r) si\b[^.!?\n]{0,40}?\b(?:nous|chez nous|(?:le |la )?n(?:ô|o)tre)\b[^.!?\n]{0,30}?\bou (?:chez eux|le leur|la leur|eux)\b"
               r"|\b(?:no s(?:é|e)|no estoy segur[oa]) si\b[^.!?\n]{0,40}?\b(?:nuestro|nuestra|nosotros)\b[^.!?\n]{0,30}?\bo (?:suyo|suya|de ellos|ellos)\b"
               r"|\b(?:weet (?:ik )?niet|niet zeker) of\b[^.!?\n]{0,40}?\b(?:ons|onze|van ons)\b[^.!?\n]{0,30}?\bof (?:van hen|hun|hen)\b"
               # The other order, their side first: "can their own admin unlock it or does it come to us?", "kann deren Admin
               # das machen oder landet es bei uns?", "leur admin peut le faire ou c'est à nous ?", "¿lo hace su admin o nos
               # toca a nosotros?", "kan hun beheerder dat of komt het bij ons?".
               r"|\b(?:they|them|their|the (?:vendor|supplier|provider)'?s?)\b[^.!?\n]{0,40}?\bor (?:is (?:that|it|this) |do |does |should |must |will |would |can )?"
               r"(?:(?:it|that|this) (?:come|go|fall|land)s? (?:to|with|on) )?(?:us|we|our (?:side|end|team|desk))\b[^.!?\n]{0,40}\?"
               r"|\b(?:deren|die|der (?:anbieter|lieferant))\b[^.!?\n]{0,40}?\boder (?:(?:landet|kommt|geht|liegt) (?:das|es) (?:bei|zu|an) )?(?:uns|wir)\b[^.!?\n]{0,40}\?"
               r"|\b(?:eux|leur|leurs|le fournisseur)\b[^.!?\n]{0,40}?\bou (?:(?:est-ce )?(?:c'est|(?:ç|c)a (?:vient|revient)) (?:(?:à|a|chez|pour) )?)?nous\b[^.!?\n]{0,40}\?"
               r"|\b(?:ellos|su|sus|el proveedor)\b[^.!?\n]{0,40}?\bo (?:(?:nos )?(?:toca|corresponde) (?:a )?|lo hacemos )?nosotros\b[^.!?\n]{0,40}\?"
               r"|\b(?:zij|hun|de leverancier)\b[^.!?\n]{0,40}?\bof (?:(?:komt|ligt) (?:het|dat) (?:bij|aan) )?(?:ons|wij|we)\b[^.!?\n]{0,40}\?")
_WHICH_SIDE_ANCHOR = words(" or ", " oder ", " ou ", " o ", " of ")
_WHOSE_JOB_ANCHOR = words("who ", "wer ", "qui ", "quién", "quien", "wie ", "which ", "welche", "quel", "qué ", "que ", "welk")
# One customer's user on the company's own portal, reported for them: "customer X can't get into our tracking portal,
# their planner forgot her password", "our customer has a user who lost her phone and can't pass the 2-step check",
# "Kunde X hat das Passwort für unser Portal vergessen", "le client X ... son mot de passe", "el cliente X ... su
# contraseña", "klant X ... haar wachtwoord". One customer beside _THE_PUBLIC's many: the account is the customer's
# person's, in the portal's user store, never a directory account of staff. A customer, not "customer service", and
# not a place where staff work ("on site at the customer plant and lost his password" is our colleague's).
_ONE_CUSTOMER = (r"(?:^|[.!?\n:]\s*|(?<!\bat )(?<!\bto )(?<!\bon )(?<!\bfor )(?<!\bwith )(?<!\bbei )(?<!\bchez )(?<!\bbij )(?<!\bin )"
                 r"\b(?:our|a|the|one of our|unser\w*|ein\w*|der|notre|un|le|nuestro|un|el|onze|een|de)\s)"
                 r"(?:customers?|clients?|kunden?|kundin(?:nen)?|clientes?|klant(?:en)?)\b(?!\s(?:service|services|support|care|success|team|desk|meeting|call|visit|site|plant|premises|office|location|services?desk))")
_THEIR_PERSON = (r"\b(?:their|her|his|they|she|he|a user|users?|staff|employees?|someone|planner|hat das|hat ihr|hat sein|ihr\w*|sein\w*"
                 r"|leur|son|sa|su|sus|hun|haar|zijn)\b")
_ONE_CUSTOMERS_PERSON = (rf"{_ONE_CUSTOMER}[^.!?\n]{{0,80}}?{_THEIR_PERSON}[^.!?\n]{{0,80}}?(?:{PW}|{MFA}|\b(?:phone|mobile|handy)\b|{LOCKED})")
_ONE_CUSTOMER_ANCHOR = words("customer", "client", "kund", "klant")

# Whose job it is, asked: "password expired, who looks after that, us or the port?", "can we reset it from our side or
# do they have to?", "wer kann das zurücksetzen, wir oder der Kunde selbst?", "c'est nous ou le fournisseur ?", "¿lo
# hacemos nosotros o el cliente?", "moeten wij dat doen of de leverancier?". The writer does not know whose login it
# is; a person finds out before anything is reset or unlocked.
_US_OR_THEM = (r"\b(?:us|we|our (?:side|end)|ourselves|internally)\b[^.!?\n]{0,30}?\bor\s(?:do\s|does\s|is\s|can\s)?(?:the|they|them|their|it'?s the|this)\b[^.!?\n]{0,50}\?"
               r"|\b(?:the|they|them|their)\b[^.!?\n]{0,30}?\bor\s(?:us|we|our (?:side|end))\s?\?"
               r"|\b(?:wir|uns)\s(?:selbst\s)?oder\s(?:der|die|das|sie|den|dem)\b[^.!?\n]{0,50}\?"
               r"|\bnous(?:-m(?:ê|e)mes)?\sou\s(?:le|la|les|eux|l')[^.!?\n]{0,50}\?"
               r"|\bnosotros\so\s(?:el|la|los|las|ellos)\b[^.!?\n]{0,50}\?"
               r"|\b(?:wij|we)\s(?:\S+\s){0,3}?of\s(?:de|het|zij|ze)\b[^.!?\n]{0,50}\?"
               # Its question mark may be left off where the question's own order says it: "was it us or the carrier",
               # "liegt das bei uns oder bei denen", "c'est nous ou eux", "¿es cosa nuestra o de ellos", "ligt dat bij ons of bij hen".
               r"|\b(?:is|was) (?:it|that|this) (?:us|we|on us|our (?:side|end|job)) or (?:them|they|their|the)\b"
               r"|\b(?:liegt|ist) (?:das|es) bei uns oder\b|\bc'est (?:nous|chez nous|(?:à|a) nous|de notre c(?:ô|o)t(?:é|e)) ou\b"
               r"|\bes (?:cosa nuestra|nuestro|de nuestro lado) o\b|\b(?:ligt|is) (?:dat|het) (?:bij ons|aan ons|onze taak) of\b")
_US_OR_THEM_ANCHOR = words("or", "oder", "ou", "nosotros", "of")


# The reset or the unlock asked of another company, through us: "please raise with NCR to reset the admin password on the
# store server", "log a call with the vendor to unlock the service account", "bitte beim Hersteller melden, damit sie das
# Passwort zurücksetzen", "remonter au fournisseur pour qu'il réinitialise", "escalar al proveedor para que restablezca",
# "bij de leverancier melden om het wachtwoord te resetten". The login is theirs and so is the change; what the help
# desk does is pass it on, a person's job.
_ASKED_OF_THEM = (r"\b(?:raise|log|open|escalate|pass)\s(?:it\s|this\s|a (?:ticket|case|call|job)\s)?(?:with|to)\s(?:the\s)?"
                  r"(?!(?:you|us|it|me|the (?:it|service|help)[\s-]?desk)\b)\S+(?:\s\S+)?\s(?:to|so (?:that )?they(?: can)?|for them to|asking them to)\s(?:\S+\s)?(?:reset|unlock)\b"
                  r"|\b(?:beim|bei der|an den|an die)\s(?:hersteller|lieferanten|anbieter|dienstleister|\S+)\s(?:\S+\s)?(?:melden|eskalieren|beauftragen|anfragen),?\s(?:dass|damit)\s(?:sie|die|er)\b[^.!?\n]{0,60}?(?:zur(?:ü|ue)cksetzen|entsperren)"
                  r"|\b(?:remonter|transmettre|escalader|signaler)\s(?:\S+\s)?(?:au|(?:à|a) la|(?:à|a) l')\s?(?:\S+\s)?(?:\S+\s)?pour\s(?:qu'ils?|qu'elle)\s(?:\S+\s)?(?:r(?:é|e)initialise|d(?:é|e)bloque)"
                  r"|\b(?:escalar|pasar|trasladar)\s(?:\S+\s)?(?:al|a la)\s(?:\S+\s)?para que\s(?:\S+\s)?(?:restablezca|resetee|desbloquee)"
                  r"|\bbij\s(?:de\s)?\S+\s(?:melden|neerleggen|uitzetten)\s(?:om|zodat (?:ze|zij|hij))\s[^.!?\n]{0,40}?(?:te resetten|te ontgrendelen|resetten|ontgrendelen)")

# A login on a site another company runs, named by that company's role: "my password for the transformer supplier's
# portal", "the vendor's support portal locked me out", "my account on the portal of our cable supplier", "Passwort
# fürs Lieferantenportal", "le portail du fournisseur", "el portal del proveedor", "het leveranciersportaal". That
# company keeps the login (and sends its own reset mail); the directory the help desk runs holds no such account, so a
# reset or an unlock of it is that company's, however plainly asked. Not the writer's directory login named beside it
# ("my Windows password stopped working, on the supplier portal too"), nor the firm's portal for its customers
# (_THE_PUBLICS_PORTAL above).
_OUTSIDE_PARTY = (r"(?:supplier|vendor|manufacturer|carrier|haulier|forwarder|wholesaler|distributor|bank|insurer|landlord|lessor"
                  r"|subcontractor|oem|service provider"
                  # A journal or its publisher, whose submission and review systems keep their own logins (a
                  # university's researchers review and publish there).
                  r"|publisher|journal)")
_OUTSIDE_SITE = r"(?:portal|web ?site|site|web ?shop|online shop|shop|extranet|platform|ordering system|order system)"
_OUTSIDE_PARTYS_SITE = (
    rf"\b{_OUTSIDE_PARTY}(?:'s|s'|s|’s)?\s(?:\S+\s){{0,2}}?{_OUTSIDE_SITE}\b"
    # A publisher's system named by what it does: "the editorial manager", "the journal's submission system",
    # "Einreichungssystem", "plateforme de soumission", "plataforma de envío de manuscritos", "indieningssysteem".
    r"|\b(?:editorial|submission|manuscript|peer[\s-]review)\s(?:manager|system|portal|site|platform)\b|\beinreichungs(?:system|portal|plattform)\b"
    r"|\bplate-?forme\sde\ssoumission\b|\bplataforma\sde\senv(?:í|i)o\sde\s(?:manuscritos|art(?:í|i)culos)\b|\bindienings(?:systeem|portaal)\b"
    rf"|\b{_OUTSIDE_SITE}\s(?:of|from|at|run by)\s(?:the\s|our\s|a\s|an\s|my\s|their\s)?(?:\S+\s){{0,2}}?{_OUTSIDE_PARTY}"
    r"|\b(?:lieferanten|hersteller|h(?:ä|ae)ndler|spediteur|speditions|bank|versicherungs|vermieter|dienstleister|gro(?:ß|ss)h(?:ä|ae)ndler|verlags)[\s-]?(?:portal|plattform|webseite|website|shop|extranet)"
    r"|\b(?:portal|plattform|webseite|website|shop|extranet)\s(?:des|der|unseres|unserer|vom|von)\s(?:\S+\s)?(?:lieferanten|herstellers|spediteurs|bank|versicherung|vermieters|dienstleisters|h(?:ä|ae)ndlers)\b"
    r"|\b(?:portail|site|plate-?forme|extranet|boutique)\s(?:web\s)?(?:du|de la|de notre|des|d'un|d'une)\s(?:\S+\s)?(?:fournisseurs?|fabricant|transporteur|banque|assureur|bailleur|prestataire|grossiste|distributeur|revue)\b|\bportail fournisseurs?\b"
    r"|\b(?:portal|sitio|web|plataforma|tienda)\s(?:web\s)?(?:del|de la|de nuestro|de nuestra|de los|de)\s(?:\S+\s)?(?:proveedor(?:es)?|fabricante|transportista|banco|aseguradora|arrendador|distribuidor|mayorista|revista|editorial)\b"
    r"|\b(?:leveranciers|fabrikants|vervoerders|bank|verzekeraars|groothandels?|uitgevers|tijdschrift)[\s-]?(?:portaal|website|site|webshop|platform)"
    r"|\b(?:portaal|website|site|webshop|platform)\s(?:van|bij)\s(?:de|het|onze|ons|een)\s(?:\S+\s)?(?:leverancier|fabrikant|vervoerder|bank|verzekeraar|verhuurder|groothandel)\b")
_SIGN_IN_WORD = (rf"(?:{PW}|{LOCKED}|\block(?:ed)?[\s-]?out\b|\b(?:account|login|log[\s-]?in|log on|sign[\s-]?in|user ?name|user|konto|zugang|anmeld\w*"
                 r"|compte|identifiant|cuenta|usuario|acceso|inlog\w*|gebruiker))")
# The directory's own login named in the ticket: then the trouble may well be ours.
_DIRECTORY_LOGIN = (r"\b(?:windows|network|domain|company|work|ad|sso|single sign-?on|microsoft|m365|office 365|entra|azure|pc|netzwerk|r(?:é|e)seau|red|netwerk)"
                    r"[\s-](?:password|login|account|sign-?in|passwort|kennwort|konto|anmeldung|mot de passe|compte|contrase(?:ñ|n)a|cuenta|wachtwoord)")
# The login said to be the site's: the sign-in word joined to the site by a preposition ("password for the supplier's
# portal", "log in to the vendor portal", "Passwort fürs Lieferantenportal", "mot de passe du portail", "contraseña del
# portal", "wachtwoord voor het leveranciersportaal"), or the site's own words about it ("the carrier portal says my
# password is wrong"). Not a sentence that only names the site as where the writer's work waits ("please reset my
# password, I need to order on the supplier portal").
_TO_THE_SITE = (r"(?:for|on|at|to|of|in|into|with|from|f(?:ü|ue)r|f(?:ü|ue)rs|beim|im|zum|auf|bei|du|de|des|pour|sur|au|del|en|para"
                r"|voor|op|van|bij)")
_OUTSIDE_LOGIN = unless(rf"{_SIGN_IN_WORD}\s{_TO_THE_SITE}\s(?:[^.!?\n\s]+\s){{0,4}}?(?:{_OUTSIDE_PARTYS_SITE})"
                        # One login, not the many a writer keeps ("all my supplier portal logins are in the vault").
                        rf"|(?:{_OUTSIDE_PARTYS_SITE})\s(?:[^.!?\n\s]+\s){{0,3}}?{_SIGN_IN_WORD}(?![sz]\b)",
                        _DIRECTORY_LOGIN)
# Anchor: a word for the outside party, which every match holds.
_OUTSIDE_ANCHOR = words("supplier", "vendor", "manufacturer", "carrier", "haulier", "forwarder", "wholesaler", "distributor", "bank",
                        "insurer", "landlord", "lessor", "subcontractor", "oem", "service provider", "lieferant", "hersteller", "händler",
                        "haendler", "spedit", "versicherung", "vermieter", "dienstleister", "fournisseur", "fabricant", "transporteur",
                        "banque", "assureur", "bailleur", "prestataire", "grossiste", "proveedor", "fabricante", "transportista", "banco",
                        "aseguradora", "arrendador", "mayorista", "leverancier", "fabrikant", "vervoerder", "verzekeraar", "verhuurder",
                        "groothandel", "publisher", "journal", "editorial", "submission", "manuscript", "review", "einreichung",
                        "verlag", "soumission", "revue", "revista", "envío", "envio", "indiening", "uitgever", "tijdschrift")

# A library's lending account, which the library blocks for books overdue or fees unpaid and lifts at its own desk:
# "my library account is blocked", "Leserkonto gesperrt", "compte lecteur bloqué", "cuenta de la biblioteca
# bloqueada", "lenersaccount geblokkeerd". Not the directory's login, whatever lock or password is named with it.
_LIBRARY_ACCOUNT = (r"\b(?:library|borrower'?s?|lending)\s(?:user\s)?(?:account|card|login|record)\b"
                    r"|\b(?:bibliotheks|b(?:ü|ue)cherei|leser|ausleih|entleiher)[\s-]?(?:konto|ausweis|account|zugang)\b"
                    r"|\b(?:benutzer)?konto\s(?:der|in der|bei der)\s(?:\S+\s)?(?:bibliothek|b(?:ü|ue)cherei)\b"
                    r"|\bcompte\s(?:de\s|d')?(?:lecteur|emprunteur|biblioth(?:è|e)que)\b|\bcarte\sde\sbiblioth(?:è|e)que\b"
                    r"|\bcuenta\sde\s(?:la\s)?(?:biblioteca|lector|pr(?:é|e)stamo)\b|\bcarn(?:é|e)t?\sde\s(?:la\s)?biblioteca\b"
                    r"|\b(?:leners|bibliotheek|uitleen)[\s-]?(?:account|pas|rekening)\b|\baccount\sbij\sde\sbibliotheek\b")
_LIBRARY_ANCHOR = words("library", "borrower", "lending", "bibliothek", "cherei", "leser", "ausleih", "entleiher", "lecteur",
                        "emprunteur", "bibliothèque", "bibliotheque", "biblioteca", "lector", "préstamo", "prestamo", "leners",
                        "bibliotheek", "uitleen")

# Another company's notice that the firm's access to its service was locked, sending the reader to the person who looks
# after the firm there: "your access to our portal has been blocked for security reasons, please contact your account
# manager", "bitte wenden Sie sich an Ihren Ansprechpartner", "veuillez contacter votre interlocuteur", "póngase en
# contacto con su gestor", "neem contact op met uw contactpersoon". Only that company lifts its own lock; the help desk
# has no such account to open, so a person routes it (to whoever deals with that company), even where "can you unlock
# it?" is written above the forwarded notice.
_YOUR_CONTACT = (r"(?:(?:key\s)?account\smanager|contact\sperson|(?:customer|client)\s(?:adviser|advisor|representative|manager)|sales\s(?:representative|rep|contact)|relationship\smanager)")
_SENT_TO_THEIR_REP = (
    rf"\b(?:contact|call|reach out to|get in touch with|speak to|talk to)\s(?:your|the)\s(?:personal\s|dedicated\s|usual\s)?{_YOUR_CONTACT}\b"
    r"|\bwenden\s(?:sie\s)?sich\s(?:bitte\s)?an\s(?:ihren|ihre|den|die)\s(?:zust(?:ä|ae)ndigen?\s|pers(?:ö|oe)nlichen?\s)?(?:ansprechpartner(?:in)?|kundenberater(?:in)?|kundenbetreuer(?:in)?|betreuer(?:in)?|account[\s-]?manager(?:in)?|vertriebspartner)\b"
    r"|\b(?:kontaktieren|kontakt\w*)\s(?:sie\s)?(?:bitte\s)?(?:ihren|ihre)\s(?:ansprechpartner(?:in)?|kundenberater(?:in)?|kundenbetreuer(?:in)?|account[\s-]?manager(?:in)?)\b"
    r"|\b(?:contacte[rz]|contacter|adressez-vous (?:à|a)|rapprochez-vous de)\s(?:votre|vos)\s(?:interlocuteur|conseill(?:er|ère)|charg(?:é|e)e? de (?:compte|client(?:è|e)le)|commercial|gestionnaire de compte)\b"
    r"|\b(?:contacte|p(?:ó|o)ngase en contacto con|comun(?:í|i)quese con|dir(?:í|i)jase a)\s(?:su|sus)\s(?:gestor|asesor|comercial|persona de contacto|ejecutivo de cuentas?|account manager)\b"
    r"|\b(?:neem\s(?:\S+\s){0,2}?contact\sop\smet|contacteer|bel|wend\s(?:u|je)\s(?:\S+\s)?tot)\s(?:uw|je|jouw)\s(?:vaste\s)?(?:contactpersoon|accountmanager|account manager|adviseur|relatiebeheerder)\b")
_THEIR_LOCK_NOTICE = (rf"(?:{LOCKED}|\bblocked\b|\bsuspended\b|\bdeactivated\b|\bgesperrt\b|\bsuspendu|\bsuspendid|\bopgeschort)[\s\S]{{0,300}}?(?:{_SENT_TO_THEIR_REP})")

# A company taken out of a business system, not a person out of the directory: "please offboard carrier X in the TMS,
# contract ended", "Lieferant Y deaktivieren", "désactiver le transporteur", "dar de baja al proveedor", "vervoerder Z
# deactiveren". The firm's record (its rates, its EDI link, its supplier number) is the system's key users' to close;
# no leaver's account is meant (set h86).
_A_COMPANY = (r"(?:supplier|vendor|carrier|haulier|forwarder|freight forwarder|wholesaler|distributor|lieferant(?:en)?|spediteur(?:e|en)?|spedition"
              r"|frachtf(?:ü|ue)hrer|fournisseur|transporteur|prestataire logistique|proveedor|transportista|leverancier|vervoerder|expediteur)")
_ENDED = (r"(?:offboard|off-board|deactivate|disable|remove|delete|close|block|deaktivier\w*|sperr\w*|entfern\w*|l(?:ö|oe)sch\w*|ausbuch\w*"
          r"|d(?:é|e)sactiv\w*|supprim\w*|cl(?:ô|o)tur\w*|desactiv\w*|elimin\w*|dar de baja|deactiveer\w*|verwijder\w*|blokkeer\w*)")
# A person the company sent ("remove the vendor engineer's VPN", "den Lieferanten-Techniker sperren") is a leaver.
_NOT_ITS_PERSON = (r"(?!'s|’s|s'|[\s-](?:engineers?|technicians?|contractors?|consultants?|staff|employees?|reps?|users?|accounts?"
                   r"|logins?|people|person|drivers?|techniker\w*|mitarbeiter\w*|monteur\w*|fahrer\w*|technicien\w*|chauffeurs?"
                   r"|t(?:é|e)cnicos?|conductor\w*|medewerkers?)\b)")
_COMPANY_OFFBOARDED = (rf"\b{_ENDED}\s(?:(?:the|our|this|that|den|die|unseren|le|la|notre|el|al|nuestro|de|het|onze)\s)?(?:old\s|former\s|alten?\s)?{_A_COMPANY}\b{_NOT_ITS_PERSON}"
                       # The verb last, as German and Dutch put it ("Spediteur Y im TMS deaktivieren"); not a person
                       # named by the company ("contract ended for jdoe (vendor engineer), remove his VPN"): a leaver.
                       r"|\b(?:lieferant(?:en)?|spediteur(?:e|en)?|spedition|frachtf(?:ü|ue)hrer|leverancier|vervoerder|expediteur)"
                       r"\s(?:[^\s.,;:!?()]+\s){0,4}?(?:deaktivieren|sperren|entfernen|l(?:ö|oe)schen|ausbuchen|deactiveren|verwijderen|blokkeren|offboarden)\b")

# An outside company's own people failing to sign in to the system the firm lets them book or trade on: "haulier X
# can't log into the slot booking, says password wrong", "Spedition Y kann sich nicht anmelden", "le transporteur ne
# peut pas se connecter", "el transportista no puede iniciar sesión", "de vervoerder kan niet inloggen". Their login is
# one they registered there, never a staff account of the directory: a person looks at it (set h86).
_COMPANY_CANNOT_SIGN_IN = (rf"\b{_A_COMPANY}\s(?:[^.!?\n\s]+\s){{0,4}}?(?:can'?t|cannot|could ?n[o']t|is unable to|are unable to|unable to)\s(?:log|sign|get)\s?(?:in|on|into)\b"
                           rf"|\b{_A_COMPANY}\s(?:[^.!?\n\s]+\s){{0,4}}?(?:kann|k(?:ö|oe)nnen)\ssich\s(?:\S+\s)?nicht\s(?:\S+\s)?(?:anmelden|einloggen)"
                           rf"|\b{_A_COMPANY}\s(?:[^.!?\n\s]+\s){{0,4}}?ne\s(?:peut|peuvent)\s(?:pas|plus)\s(?:se\s)?connecter"
                           rf"|\b{_A_COMPANY}\s(?:[^.!?\n\s]+\s){{0,4}}?no\s(?:puede|pueden)\s(?:iniciar sesi(?:ó|o)n|entrar|acceder|conectarse)"
                           rf"|\b{_A_COMPANY}\s(?:[^.!?\n\s]+\s){{0,4}}?(?:kan|kunnen)\s(?:\S+\s)?niet\s(?:meer\s)?(?:inloggen|aanmelden)")
# An outside firm's mailbox or account said compromised: "the supplier keeps sending invoices with new bank details,
# their mailbox looks compromised", "beim Lieferanten wurde das Postfach gehackt", "la boîte mail du fournisseur est
# piratée", "la cuenta de correo del proveedor está comprometida", "de mailbox van de leverancier is gehackt". Its
# sessions and password are that firm's to reset; what is asked of us is a warning or a payment check, for a person.
_A_FIRM = rf"(?:{_A_COMPANY}|partner(?:firma)?|\b(?:gmbh|ltd|llc|inc|b\.?v|s\.?a\.?r\.?l|s\.?l|n\.?v)\b)"
_FIRMS_BOX = (r"(?:mailbox|e-?mail(?: account)?|mail account|account|postfach|e-?mail-?konto|konto|bo(?:î|i)te(?: mail)?|messagerie|compte"
              r"|buz(?:ó|o)n|cuenta(?: de correo)?|correo|e-?mailaccount)")
_HACKED = r"(?:compromised?|hacked|gehackt|kompromittiert|compromise?s?|pirat(?:é|e)e?s?|hackead[oa]|comprometid[oa]|gecompromitteerd)"
_FIRMS_BOX_HACKED = (rf"\b{_A_FIRM}[\s\S]{{0,200}}?\b(?:their|its|ihr\w*|sein\w*|leurs?|son|sa|sus?|hun|zijn)\s(?:\S+\s)?{_FIRMS_BOX}\b[^.!?\n]{{0,40}}?\b{_HACKED}"
                     rf"|\b{_A_FIRM}(?:'s|’s|s'|-)?\s?{_FIRMS_BOX}\b[^.!?\n]{{0,40}}?\b{_HACKED}"
                     rf"|\b{_FIRMS_BOX}\s(?:of the|of our|des|der|du|de la|del|van de|van onze)\s{_A_FIRM}[^.!?\n]{{0,40}}?\b{_HACKED}")
_COMPANY_ANCHOR = words("supplier", "vendor", "carrier", "haulier", "forwarder", "wholesaler", "distributor", "lieferant", "spedit",
                        "frachtf", "fournisseur", "transport", "prestataire", "proveedor", "leverancier", "vervoerder", "expediteur")

OTHER_PARTY_VETOES: list[Veto] = [
    # "offboard carrier X in the TMS, contract ended": a company's record in a business system, no leaver.
    Veto("offboarding", rx(_COMPANY_OFFBOARDED), 3.0, _COMPANY_ANCHOR),
    # "haulier X can't log into the booking portal, says password wrong": that company's own login there.
    Veto("password_reset", rx(_COMPANY_CANNOT_SIGN_IN), 3.0, _COMPANY_ANCHOR),
    Veto("account_unlock", rx(_COMPANY_CANNOT_SIGN_IN), 3.0, _COMPANY_ANCHOR),
    # "customer X's planner forgot her password for our portal, can we reset it?": the customer's person's login.
    # As heavy as the application's login beside a working Windows: however plainly the reset is asked ("can we reset
    # it for them?"), the password is the customer's person's.
    Veto("password_reset", rx(_ONE_CUSTOMERS_PERSON), 6.0, _ONE_CUSTOMER_ANCHOR),
    Veto("mfa_reset", rx(_ONE_CUSTOMERS_PERSON), 3.0, _ONE_CUSTOMER_ANCHOR),
    Veto("account_unlock", rx(_ONE_CUSTOMERS_PERSON), 3.0, _ONE_CUSTOMER_ANCHOR),
    # "the portal says password expired, who looks after that, us or the port?": whose login it is, asked.
    *each_sign_in_kind(_US_OR_THEM, 3.0, _US_OR_THEM_ANCHOR),
    # "customers say the portal's forgot-password mail never arrives": the public's accounts, not staff's.
    Veto("password_reset", rx(_THE_PUBLICS_LOGIN_NOT_STAFFS), 3.0, _PUBLIC_ANCHOR),
    Veto("account_unlock", rx(unless(f"{_THE_PUBLICS_LOGIN}|{_THE_PUBLICS_LOCK}", _STAFFS_OWN)), 3.0, _PUBLIC_ANCHOR),
    # "customer 4711 called, they forgot their web shop password": one customer's login in the shop's own store.
    # As heavy as a login the writer sets apart as a program's own: however plainly the reset or the unlock is asked
    # ("can't remember their password, please reset it"), it is not a staff account.
    Veto("password_reset", rx(_A_CUSTOMERS_LOGIN), 9.0, _CUSTOMER_ANCHOR),
    Veto("account_unlock", rx(_A_CUSTOMERS_LOGIN), 9.0, _CUSTOMER_ANCHOR),
    # "my client (12-345) is locked out of the e-banking, please unlock him": one customer's lock, in the service's store.
    Veto("account_unlock", rx(_ONE_CLIENT_LOCKED), 9.0, _CUSTOMER_ANCHOR),
    Veto("password_reset", rx(_ONE_CLIENT_LOCKED), 3.0, _CUSTOMER_ANCHOR),
    Veto("mfa_reset", rx(_A_CUSTOMERS_LOGIN), 3.0, _CUSTOMER_ANCHOR),
    # "the customer ended all his contracts and wants his customer portal account deleted": the public's login closed.
    Veto("offboarding", rx(_A_CUSTOMERS_PORTAL_LOGIN), 3.0, _CUSTOMER_ANCHOR),
    # "several customers saying the portal's one-time code SMS never arrives": the public's codes, not staff's factor.
    Veto("mfa_reset", rx(_THE_PUBLICS_FACTOR), 3.0, _PUBLIC_ANCHOR),
    # "forgot my password for the carrier's site, who manages that?": whose job it is, asked; a person routes it.
    *each_sign_in_kind(_WHOSE_JOB, 3.0, _WHOSE_JOB_ANCHOR),
    # "can we unlock it from here or is that the web team?": which side acts, asked; as heavy as a plain unlock.
    *each_sign_in_kind(_WHICH_SIDE, 6.0, _WHICH_SIDE_ANCHOR),
    # "forgot my password for the cable supplier's portal, the reset mail never comes": that company's login. As heavy as
    # which side acts: however plainly the reset or the unlock is asked, it is theirs to make.
    Veto("password_reset", rx(_OUTSIDE_LOGIN), 6.0, _OUTSIDE_ANCHOR),
    Veto("account_unlock", rx(_OUTSIDE_LOGIN), 6.0, _OUTSIDE_ANCHOR),
    Veto("mfa_reset", rx(_OUTSIDE_LOGIN), 3.0, _OUTSIDE_ANCHOR),
    # "the supplier sends invoices with new bank details, their mailbox looks compromised": that firm's to secure.
    Veto("session_revoke", rx(_FIRMS_BOX_HACKED), 3.0),
    Veto("password_reset", rx(_FIRMS_BOX_HACKED), 3.0),
    # "my library account is blocked for overdue books, I returned everything": the library's lock, lifted at its desk.
    Veto("account_unlock", rx(_LIBRARY_ACCOUNT), 3.0, _LIBRARY_ANCHOR),
    Veto("password_reset", rx(_LIBRARY_ACCOUNT), 3.0, _LIBRARY_ANCHOR),
    # "Fw: your access to our shipping portal has been locked, please contact your account manager. -- can you unlock
    # it?": the other company's lock, lifted by them.
    # As heavy as that company's login named: "can you unlock it?" written above the notice makes the lock no more ours.
    *each_sign_in_kind(_THEIR_LOCK_NOTICE, 6.0, words("contact", "call", "reach out", "in touch", "speak to", "talk to", "wenden",
                                                       "kontakt", "adressez", "rapprochez", "póngase", "pongase", "comuní",
                                                       "comuni", "diríjase", "dirijase", "neem", "contacteer", "bel ", "wend ")),
    # "can we add the airline's staff to our team? it says guests are not allowed": the team's guest policy.
    Veto("group_membership", rx(_GUESTS_REFUSED), 2.5, words("guest", "external", "gäste", "gaeste", "gast", "invit")),
    # "please raise with NCR to reset the admin password; their engineer is on site": the vendor's change, passed on.
    *each_sign_in_kind(_ASKED_OF_THEM, 3.0, words("raise", "log ", "open", "escalat", "pass", "melden", "eskalier",
                                                   "beauftrag", "anfrag", "remonter", "transmettre", "signaler", "escalar",
                                                   "pasar", "trasladar", "bij ")),
]
