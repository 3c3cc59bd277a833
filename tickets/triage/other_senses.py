# ruff: noqa: E501 -- regular-expression tables read best one veto per line
"""A category's word in another sense, or about something other than a person's account: the screen lock's timeout (a
device setting, not a lockout), group policy (not a group), a machine's or a protocol's authentication to a server (not
a person's second factor), a farewell party (not a leaver's accounts), a listing that still shows someone who left (an
entry to correct), a phishing mail reported and not acted on (its "your mailbox will be deactivated" is the attacker's
wording), access held for years to a mailbox or folder that now misbehaves, and a mapped drive shown disconnected.
Vetoes in the form of tickets/triage/patterns.py, joined to objects.OBJECT_VETOES. The second factor's own readings
(in hand, lost without it, late, failing for many, refused on an unchanged phone, the firm's use of one) are
second_factor.py's. Access said given whose effect does not show is tickets/triage/access_not_showing.py's expression,
and access held whose files will not open (a sync failing, slowness, an error) tickets/triage/access_held_yet_failing.py's,
vetoed here.

Found on tickets by an author who read nothing of the project (tests/data/triage_nearmiss4.jsonl, a city
administration's); said in general terms, in English, German, French, Spanish and Dutch (tests/triage/
test_words_in_other_senses.py).

Microsoft's Access database misbehaving, a group counted in people, French's "visio" for a video call and access said
held plainly came from tests/data/triage_nearmiss7.jsonl, a bus and tram operator's
(tests/triage/test_other_programs_logins_and_storage.py, test_people_counted_calls_and_vendor_licences.py).
"Send as" a file's format and access said given that does not show came from an insurer's tickets
(tests/data/triage_holdout33.jsonl; tests/triage/test_formats_own_logins_and_service_jobs.py). A program's or a job's
"termination" (a run that ended, English's other sense of the leaver's word) and a membership said made or access said
held whose view does not show or is stale came from a manufacturer's tickets (tests/data/triage_holdout36.jsonl;
tests/triage/test_returns_terminations_and_factors_at_hand.py). A group joined whose effect does not show came from a
logistics firm's (tests/data/triage_holdout34.jsonl; tests/triage/test_contracts_ended_customers_logins_and_pool_alerts.py).
A phishing mail named by suspicion or a doubted sender came from tests/data/triage_holdout44.jsonl
(tests/triage/test_words_in_other_senses.py). A password policy told (an expiry with its interval, "expire every 90
days") came from triage_holdout50.jsonl, a law firm's (the same test file).
Holdout48 (a hospital trust's) added a duty roster to the listings that still show a leaver
(tests/triage/test_words_in_other_senses.py). Access refused of a sudden to what worked until lately came from
holdout59 and 67 (the same test file). A team joined whose channel the writer cannot see came from
triage_holdout72.jsonl, a pharmaceutical manufacturer's (tests/triage/test_closed_requests_outages_and_end_dates.py).
A remote session set up for an outside technician (no share's access, whatever the machine is called) came from set
h83, a packaging manufacturer's (tests/triage/test_words_in_other_senses.py).
A group or list renamed (its own name changed, nobody added or removed) and access said given with the writer's "I"
left out came from set h84, a regional bank's (tests/triage/test_renamed_groups_and_places_locked.py).
"""

from __future__ import annotations

from tickets.triage.access_held_yet_failing import ACCESS_HELD_YET_FAILING, HELD_ANCHOR
from tickets.triage.access_not_showing import _GIVEN_ANCHOR, _GIVEN_NOT_SHOWING, SEEN_HERE_ANCHOR, SEEN_HERE_NOT_THERE
from tickets.triage.patterns import Veto, rx, words
from tickets.triage.refused_though_it_worked import REFUSED_THOUGH_IT_WORKED, WORKED_UNTIL_LATELY
from tickets.triage.unless import ASKS_FOR_A_CHANGE, unless, unless_asked
from tickets.triage.vocabulary import DISTRIBUTION_LIST, FOLDER, GROUP, MAILBOX, MFA, PW

# The screen's own lock, as a device setting: its noun, and in the same sentence a duration or a setting.
_SCREEN_LOCK = (r"(?:screen ?lock|lock ?screen|screen ?saver|bildschirmsperre|sperrbildschirm|bildschirmschoner|bildschirmschutz"
                r"|verrouillage (?:de l'|d'|automatique de l'|automatique d')?(?:é|e)cran|(?:é|e)cran de (?:verrouillage|veille)|(?:é|e)conomiseur d'(?:é|e)cran"
                r"|bloqueo (?:autom(?:á|a)tico )?de (?:la )?pantalla|pantalla de bloqueo|salvapantallas|protector de pantalla"
                r"|schermvergrendeling|vergrendelscherm|schermbeveiliging|screensaver)")
_SETTING = (r"(?:\d+\s?(?:min|minutes?|minuten|minutos|sec|seconds?|sekunden|secondes|segundos)\b|time-?out|timer|delay|polic(?:y|ies)|setting|settings"
            r"|zeit|richtlinie|einstell\w*|stellen|verl(?:ä|ae)nger\w*|deaktivier\w*|abschalt\w*|d(?:é|e)lai|param(?:è|e)tre\w*|strat(?:é|e)gie|d(?:é|e)sactiv\w*"
            r"|tiempo|configuraci(?:ó|o)n|directiva|ajuste\w*|desactiv\w*|instelling\w*|beleid|uitschakel\w*|tijd|relax\w*|extend\w*|longer|l(?:ä|ae)nger|plus long|m(?:á|a)s largo|langer)")
# Not where the account itself is said to be locked ("the screen lock kicked in and now my account is locked").
_ACCOUNT_LOCKED = r"(?:account|konto|benutzer|compte|cuenta|usuario)\s(?:\S+\s){0,3}?(?:locked|gesperrt|bloqu|vergrendeld|geblokkeerd)"
# The directory's lockout policy itself: its threshold, its duration, its counter reset, asked to be changed or told
# ("change the lockout threshold from 5 to 10 attempts", "Kontosperrschwelle anpassen", "seuil de verrouillage",
# "umbral de bloqueo de cuentas", "drempel voor accountvergrendeling"). A setting for everyone, changed through a
# change request; nobody's account is locked (holdout57). Not where an account is also said to be locked now.
_LOCKOUT_POLICY = unless(
    r"\b(?:(?:account )?lock-?out|account lock(?:ing)?)\s(?:policy|policies|threshold|duration|counter|setting|settings|limit|observation window)\b"
    r"|\b(?:konto)?sperr(?:ungs)?-?(?:schwelle|schwellenwert|richtlinie|dauer|grenze)\b|\bschwellenwert f(?:ü|ue)r (?:die )?kontosperr\w*"
    r"|\b(?:seuil|dur(?:é|e)e|strat(?:é|e)gie|politique) de verrouillage\b|\b(?:umbral|duraci(?:ó|o)n|directiva|pol(?:í|i)tica) de bloqueo\b"
    r"|\b(?:drempel(?:waarde)?|duur|beleid) (?:voor |van )?(?:account)?vergrendeling\b|\bvergrendelings(?:drempel|beleid|duur)\b",
    _ACCOUNT_LOCKED)
_SCREEN_SETTING = unless(rf"{_SCREEN_LOCK}[^.!?\n]{{0,100}}{_SETTING}|{_SETTING}[^.!?\n]{{0,60}}{_SCREEN_LOCK}", _ACCOUNT_LOCKED)

# A machine or a protocol authenticating to a server: the copier's scan-to-mail, SMTP, LDAP, RADIUS, the Wi-Fi.
_MACHINE_AUTH = (r"\b(?:smtp|imap|pop3|ldap|radius|ntlm|kerberos|proxy|802\.1x|wlan|wi-?fi|server|scan[- ]to[- ]e?-?mail|scannen an e-?mail"
                 r"|kopierer|drucker|scanner|copier|printer|multifunktions\w*|imprimante|copieur|impresora|fotocopiadora|printer|kopieerapparaat)"
                 rf"[^.!?\n]{{0,80}}?{MFA}|\b(?:smtp|imap|ldap|radius|ntlm|proxy|server|wlan)[- ]?authentifizierung")

# A farewell: a party, drinks, a gift or a card for someone leaving is an event, not the leaver's accounts.
_FAREWELL = (r"\b(?:farewell|leaving|send-?off|retirement)\s(?:party|drinks|do|lunch|dinner|gift|present|card|collection|speech|celebration|event|coffee|cake|reception)\b"
             r"|\babschied(?:sfeier|sessen|sgeschenk|skarte|sfest|sumtrunk)\b|\bverabschiedung(?:sfeier)?\b|\bruhestandsfeier\b|\babschiedsfeier\b"
             r"|\b(?:pot|f(?:ê|e)te|cadeau|carte|repas) de d(?:é|e)part\b|\b(?:fiesta|comida|cena|regalo|tarjeta) de despedida\b|\bdespedida\b"
             r"|\bafscheid(?:sfeest|sborrel|sreceptie|scadeau|slunch|skaart|sfeestje)\b")

# A listing that still shows someone: the phone book, the intranet's staff page, the website, the organisation chart.
_LISTING = (r"(?:telefonbuch|telefonliste|telefonverzeichnis|mitarbeiterverzeichnis|organigramm|intranet|webseite|website|homepage"
            r"|phone ?book|phone list|staff list|staff page|org chart|organi[sz]ation chart"
            r"|annuaire|liste t(?:é|e)l(?:é|e)phonique|organigramme|site web|site internet"
            r"|list(?:í|i)n|lista de tel(?:é|e)fonos|directorio telef(?:ó|o)nico|organigrama|p(?:á|a)gina web"
            r"|telefoonlijst|telefoonboek|smoelenboek|organogram"
            # A duty roster too: "the rota still shows a leaver on next month's shifts", "Dienstplan", "planning des gardes",
            # "cuadrante de turnos", "dienstrooster".
            r"|roster|rota|shift (?:plan|schedule)|dienstplan|schichtplan|planning des (?:gardes|(?:é|e)quipes)|cuadrante|dienstrooster|rooster)")
# Not where the leaver's account is asked to end ("his account is still active, please disable it").
_ACCOUNT_ENDS = (r"(?:account|konto|login|zugang|compte|cuenta|usuario)[^.!?]{0,40}[.!?,]?\s?(?:\S+\s){0,3}?"
                 r"(?:disable|deactivat|deaktivier|sperren|l(?:ö|oe)sch|d(?:é|e)sactiv|desactiv|deactiveer|blokkeer|block)")
_STILL_SHOWS = unless(rf"{_LISTING}[^.!?\n]{{0,60}}\b(?:still|noch|toujours|encore|todav(?:í|i)a|sigue|a(?:ú|u)n|nog|steeds)\b"
                      rf"|\b(?:still|noch|toujours|encore|todav(?:í|i)a|sigue|a(?:ú|u)n|nog|steeds)\b[^.!?\n]{{0,40}}{_LISTING}",
                      _ACCOUNT_ENDS)

# A program's or a job's termination, English's other sense of the leaver's word: "the current application triggered
# a termination with a short dump", "abnormal termination", "process terminated unexpectedly", "job terminated with
# exit code 1". A run that ended, never a person's employment. Not where an account's closing is asked beside it, nor
# HR's "termination with immediate effect" (a termination "with" a dump or a code is a run's, not every "with").
_PROGRAM_TERMINATED = (r"\b(?:abnormal|unexpected|premature|program|programme|process|job|task|application|batch|run|session|service|thread|runtime)\s(?:\S+\s)?termination\b"
                       r"|\btriggered an? (?:\S+\s)?termination\b|\btermination (?:with (?:an? )?(?:short )?dump|with (?:an? )?(?:exit|return|error) code|due to (?:an? )?(?:error|exception|timeout|signal)|caused by|of (?:the )?(?:program|process|job|task|run|batch|transaction))\b"
                       r"|\bterminated (?:unexpectedly|abnormally|prematurely|with (?:an? )?(?:error|exception|exit|status|return|code|short dump|dump|signal)|by (?:the )?(?:system|operating system|os|signal|user)\b)"
                       r"|\b(?:program|process|job|task|application|batch|run|transaction|service|script|thread)\s(?:\S+\s)?(?:was |has been |got )?terminated\b"
                       r"|\b(?:runtime error|short dump|exception|stack trace|exit code)\b[\s\S]{0,200}?\bterminat(?:e|ed|ion)\b|\bterminat(?:e|ed|ion)\b[\s\S]{0,200}?\b(?:runtime error|short dump|stack trace|exit code)\b")

# A phishing mail reported and not acted on: suspicion named, and the writer did not click or type anything.
_PHISH = (r"(?:phish\w*|spam|scam|fake|gef(?:ä|ae)lscht|betr(?:u|ü)g\w*|hame(?:ç|c)onnage|arnaque|frauduleu\w*|faux mail|estafa|fraude|falso"
          r"|suplantaci(?:ó|o)n|nep\b|oplichting"
          # Suspicion named: "suspicious mail", "looks dodgy", "verdächtige Mail", "mail suspect", "correo sospechoso",
          # "verdachte mail"; or its colloquial words: "looks fishy", "sketchy", "dubios", "louche", "dudoso", "dubieus" (h92).
          r"|suspicious|dodgy|verd(?:ä|ae)chtig\w*|suspect\w*|sospechos[oa]s?|verdacht\w*"
          r"|fishy|sketchy|shady|dubious|dubios\w*|unseri(?:ö|oe)s\w*|louche|douteu(?:x|se)|dudos[oa]s?|dubieu(?:s|ze)"
          # Or its sender doubted: "sender looks odd", "unbekannter Absender", "expéditeur inconnu", "remitente extraño".
          r"|sender (?:looks|seems|is) (?:odd|strange|weird|unknown|off)|(?:odd|strange|weird|unknown) sender"
          r"|(?:seltsame|komische|unbekannte)[rn]? absender|absender (?:ist |sieht )?(?:seltsam|komisch|unbekannt)"
          r"|exp(?:é|e)diteur (?:inconnu|(?:é|e)trange|bizarre)|remitente (?:desconocido|extra(?:ñ|n)o|raro)|(?:onbekende|vreemde|rare) afzender"
          # Or its sender's domain a look-alike: "domain is spelled wrong", "Domain falsch geschrieben", "domaine mal
          # orthographié", "dominio mal escrito", "domein verkeerd gespeld" (holdout57).
          r"|domain (?:is |looks )?(?:spelled|spelt|written) wrong(?:ly)?|misspelled domain|wrong(?:ly)? spelled domain|look-?alike domain"
          r"|domain\w* (?:ist )?falsch geschrieben|domaine mal (?:orthographi|(?:é|e)crit)\w*|dominio mal escrito|domein (?:is )?verkeerd (?:gespeld|geschreven)"
          # Or its genuineness asked (holdout54's): "is this real?", "is that mail legit?", "ist die Mail echt?", "est-ce
          # que ce mail est authentique ?", "¿es real este correo?", "is deze mail echt?".
          r"|\bis (?:this|that|it) (?:\S+ )?(?:real|genuine|legit\w*|authentic)\b|\b(?:ist|sind) (?:die|diese|das|dieser) (?:\S+ )?(?:echt|seri(?:ö|oe)s)\b"
          r"|\best(?:-ce)? (?:que )?(?:ce|cet|le) (?:\S+ )?(?:est )?(?:vrai|authentique|l(?:é|e)gitime)\b|\best-il (?:vrai|authentique|l(?:é|e)gitime)"
          r"|\bes (?:real|leg(?:í|i)timo|aut(?:é|e)ntico) (?:este|ese|el) (?:correo|mensaje|mail)\b|\b(?:este|ese|el) (?:correo|mensaje|mail) es (?:real|leg(?:í|i)timo|aut(?:é|e)ntico)\b"
          r"|\bis (?:deze|die|dit|dat) (?:\S+ )?(?:echt|betrouwbaar)\b)")
_NOT_TAKEN = (r"(?:didn'?t|did not|haven'?t|have not|never)\s(?:\S+\s)?(?:click|open|enter|type|reply|respond)\w*"
              # The auxiliary dropped, as a quick note puts it: "not clicked it", "not opened the link" (h135).
              r"|\bnot (?:yet )?(?:clicked|opened|replied to|answered)\s(?:on\s)?(?:it|the link|the attachment|anything|that|them)\b"
              r"|nichts? (?:\S+ )?(?:angeklickt|geklickt|eingegeben|ge(?:ö|oe)ffnet)|nicht (?:\S+ )?(?:angeklickt|geklickt|ge(?:ö|oe)ffnet|eingegeben)"
              r"|(?:n'ai|je n'ai) (?:pas|rien) (?:\S+ )?(?:cliqu|ouvert|saisi|r(?:é|e)pondu)|sans cliquer"
              r"|no (?:he )?(?:hecho clic|pinchado|abierto|introducido|respondido)|sin (?:hacer clic|abrir)"
              r"|niet (?:op )?(?:geklikt|geopend|ingevuld)|nergens op geklikt|niets ingevuld"
              # Or sent only so IT knows: "fyi", "zur Info", "pour info", "para su información", "ter info" (holdout57).
              r"|\bfyi\b|for your information|just so you know|zur (?:info|kenntnis)\b|pour (?:info|information)\b|para (?:su|tu) informaci(?:ó|o)n|\bter info"
              r"|(?:as per|according to|per|following) (?:the |our )?(?:phishing|security|it) (?:guideline|policy|procedure|rule)s?"
              r"|(?:gem(?:ä|ae)(?:ß|ss)|laut) (?:der )?(?:phishing|sicherheits)[\w-]*(?:richtlinie|regel|anleitung)")
_REPORTED_PHISH = rf"{_PHISH}[\s\S]{{0,300}}?(?:{_NOT_TAKEN})|(?:{_NOT_TAKEN})[\s\S]{{0,300}}?{_PHISH}"

# Access held for a long time to what now misbehaves: a fault to look at, not access to grant. Not "I had access until
# Tuesday": access lost may be a membership removed.
_HELD_FOR_LONG = (r"\bi(?:'ve| have) (?:always )?had access\b(?!\s(?:until|till|up to))|\bhave had access (?:for|since)\b"
                  r"|\b(?:habe|hab|hatte) (?:ich )?(?:schon |doch )?seit (?:jahren|langem|monaten|immer)\s(?:\S+\s){0,3}?(?:zugriff|berechtigung)"
                  r"|\b(?:zugriff|berechtigung) (?:habe|hab) ich (?:schon |doch )?seit (?:jahren|langem|monaten)"
                  r"|\bseit (?:jahren|langem|monaten) (?:habe|hab|hatte) ich (?:\S+ )?(?:zugriff|berechtigung)"
                  r"|\bj'ai (?:acc(?:è|e)s|les droits) depuis (?:des ann(?:é|e)es|longtemps|toujours)|\btengo acceso desde hace (?:a(?:ñ|n)os|tiempo|mucho)"
                  r"|\bik heb (?:al )?(?:jaren|maanden|altijd) toegang"
                  # Access said held, plainly: "I do have access", "Zugriff habe ich ja", "j'ai bien accès", "sí tengo
                  # acceso", "toegang heb ik gewoon".
                  r"|\bi do have access\b|\b(?:zugriff|berechtigung|zugang) (?:habe|hab) ich (?:ja|doch|schon|eigentlich|grunds(?:ä|ae)tzlich)\b"
                  r"|\bj'ai bien (?:acc(?:è|e)s|les droits)\b|\bs(?:í|i) tengo acceso\b|\btoegang heb ik (?:gewoon|wel)\b|\bik heb (?:gewoon|wel) toegang\b"
                  # Access said had already, before the fault: "I already had the permission", "die Berechtigung
                  # hatte ich ja schon", "j'avais déjà les droits", "ya tenía acceso", "ik had al toegang".
                  r"|\bi (?:already |always )?had (?:the |full )?(?:access|permissions?|rights) (?:already|before|all along)\b(?!\s(?:until|till))"
                  r"|\b(?:zugriff|berechtigung|zugang|rechte)\w* (?:hatte|habe|hab) ich (?:ja |doch )(?:schon|bereits|immer)\b"
                  r"|\bj'avais d(?:é|e)j(?:à|a) (?:l'acc(?:è|e)s|les droits)\b|\bya ten(?:í|i)a (?:acceso|permisos)\b|\bik had al (?:toegang|rechten)\b")

# Access refused since the data or the server moved: "since the migration to the new file server I get access denied",
# "seit dem Umzug auf den neuen Fileserver 'Zugriff verweigert'", "depuis la migration, accès refusé", "desde la
# migración, acceso denegado", "sinds de migratie toegang geweigerd". The move lost or mis-copied the permissions;
# the migration's people mend them, and no new member is asked for (unless_asked keeps "please add me").
_SINCE_A_MIGRATION = (r"\b(?:since|after) (?:the |our |a )?(?:\S+ )?(?:migration|move|switch|cut-?over|transfer)\b[^.!?\n]{0,120}"
                      r"\b(?:denied|no (?:access|permission)|don'?t have (?:access|permission)|can'?t (?:open|access)|not (?:allowed|authori[sz]ed))"
                      r"|\b(?:seit|nach) (?:de[rmn] )?(?:\S+ )?(?:migration|umzug|umstellung|wechsel)\b[^.!?\n]{0,120}"
                      r"(?:verweigert|keine (?:berechtigung|rechte)|kein(?:en)? zugriff|nicht berechtigt)"
                      r"|\bdepuis (?:la |le )?(?:migration|d(?:é|e)m(?:é|e)nagement|bascule|transfert)\b[^.!?\n]{0,120}(?:refus|pas (?:d'acc(?:è|e)s|les droits|autoris))"
                      r"|\bdesde (?:la |el )?(?:migraci(?:ó|o)n|traslado|cambio)\b[^.!?\n]{0,120}(?:denegad|sin (?:acceso|permiso)|no tengo (?:acceso|permiso))"
                      r"|\bsinds (?:de )?(?:migratie|verhuizing|overstap|overzetting)\b[^.!?\n]{0,120}(?:geweigerd|geen (?:toegang|rechten))")

# The same for a licence: a product's message that it wants a licence, where it worked until lately ("the dashboard says
# 'you need a Pro licence to view' since today, yesterday it worked for everyone", "Lizenzfehler seit heute, gestern
# ging es noch"). Seats taken away from many at once overnight are an outage or a setting changed, for a person to
# trace; nobody asked for one. Not where a licence is asked for in the writer's words ("I need the licence back").
_LICENCE_WORD = r"(?:licen[cs]\w*|unlicen[cs]ed|lizenz\w*|licencia\w*|licentie\w*)"
_LICENCE_ASKED = (rf"{ASKS_FOR_A_CHANGE}|\b(?:i|we|he|she|they)\s(?:\S+\s)?(?:need|want|would like)\s(?:\S+\s){{0,3}}?{_LICENCE_WORD}"
                  r"|\b(?:can|could|may) (?:i|we|he|she|they) (?:\S+ )?(?:get|have)\b")
_LICENCE_WANTED_THOUGH_IT_WORKED = unless(
    rf"{_LICENCE_WORD}[\s\S]{{0,200}}?(?:{WORKED_UNTIL_LATELY})|(?:{WORKED_UNTIL_LATELY})[\s\S]{{0,200}}?{_LICENCE_WORD}",
    _LICENCE_ASKED)
# The licence said in order while a program misbehaves: "Acrobat crashes on signing, the licence is fine", "Lizenz
# ist gültig", "la licence est bien active", "la licencia está activa", "de licentie is in orde". The writer has ruled
# the licence out; what is left is a fault to look at (h88). Not where a licence is asked in the writer's words.
_LICENCE_SAID_FINE = unless(
    rf"{_LICENCE_WORD}\s(?:(?:is|seems|looks|shows as|ist|scheint|est|semble|est(?:á|a)|es|parece|lijkt)\s)(?:still\s|noch\s|bien\s|toujours\s|todav(?:í|i)a\s|nog\s|wel\s)?"
    r"(?:fine|ok|okay|valid|active|assigned|there|in place|not the (?:problem|issue)|in ordnung|g(?:ü|ue)ltig|aktiv|zugewiesen|vorhanden"
    r"|valide|active|attribu(?:é|e)e|bonne|bien|v(?:á|a)lida|activa|asignada|geldig|actief|toegewezen|in orde|goed)\b(?!\s?\?)",
    _LICENCE_ASKED)
# An application's own sign-out that leaves its session behind: "when a user clicks sign out in the kiosk app the next
# one still sees the previous bookings, sign out doesn't clear the session", "Abmelden beendet die Sitzung nicht", "la
# déconnexion ne ferme pas la session", "cerrar sesión no borra la sesión", "uitloggen wist de sessie niet". The app's
# fault to look at; nobody asked to have a person's sessions revoked (h88).
_SIGN_OUT_LEAVES_SESSION = unless_asked(
    r"\b(?:sign|log)[- ]?(?:out|off)\b(?:\s(?:button|link))?\s(?:doesn'?t|does not|didn'?t|did not|won'?t|isn'?t|is not|fails to|never)\s(?:\S+\s)?(?:clear|end|close|terminate|reset|work|log|sign)\w*\b"
    r"|\babmeld(?:en|ung|e-?button|knopf)\b[^.!?\n]{0,40}?\b(?:beendet|l(?:ö|oe)scht|schlie(?:ß|ss)t|leert|funktioniert)\s(?:\S+\s){0,2}?nicht\b"
    r"|\bd(?:é|e)connexion\s(?:\S+\s){0,2}?ne\s(?:\S+\s)?(?:ferme|vide|termine|efface|fonctionne|marche)\s(?:\S+\s)?pas\b"
    r"|\bcerrar sesi(?:ó|o)n\s(?:\S+\s){0,2}?no\s(?:\S+\s)?(?:borra|cierra|limpia|termina|funciona)\b"
    r"|\buitloggen\s(?:\S+\s){0,2}?(?:wist|sluit|be(?:ë|e)indigt|werkt)\s(?:\S+\s){0,2}?niet\b")

# A mapped drive shown disconnected (a red cross, "nicht verbunden"): the mapping is a fault to look at. The English
# wording is vetoes.py's; these are the other languages'.
_DRIVE_DISCONNECTED = (rf"{FOLDER}[^.!?\n]{{0,60}}(?:nicht verbunden|getrennt|rote[sn]? (?:x|kreuz)|red (?:x|cross)|croix rouge"
                       r"|d(?:é|e)connect(?:é|e)|non connect(?:é|e)|desconectad\w*|no conectad\w*|cruz roja|niet verbonden|verbroken|rood kruis)")

# Access the program, Microsoft's database: its files, its forms and its crashes are a program's, not a permission
# ("our old Access database keeps crashing", "die Access-Datenbank startet nicht", "la base Access", "la base de datos
# de Access", "de Access-database"). Not where access to it is asked for in so many words (unless_asked).
_ACCESS_THE_PROGRAM = (r"\b(?:ms|microsoft)[\s-]access\b|\baccess[\s-](?:database|datenbank|db|form|report|query|macro|datei|file|app)s?\b"
                       r"|\b(?:base|bases) (?:de donn(?:é|e)es )?access\b|\bbase de datos (?:de )?access\b|\baccess[\s-]?databank\b|\.(?:accdb|mdb)\b")
# ... and the program misbehaving in the same sentence, so that a subject naming the database alone ("Access database")
# vetoes nothing when the body asks for access to it.
_PROGRAM_TROUBLE = (r"(?:crash\w*|error|stopped working|not responding|freez\w*|hangs?|won'?t (?:open|start)|corrupt\w*|slow"
                    r"|abst(?:ü|ue)rz\w*|fehler\w*|startet nicht|(?:ö|oe)ffnet (?:sich )?nicht|h(?:ä|ae)ngt|plant(?:e|é)?|erreur|ne d(?:é|e)marre"
                    r"|se (?:bloquea|cuelga|cierra)|no (?:arranca|abre)|loopt vast|crasht|foutmelding|start niet|opent niet)")
_ACCESS_MISBEHAVES = (rf"(?:{_ACCESS_THE_PROGRAM})[^.!?\n]{{0,80}}{_PROGRAM_TROUBLE}"
                      rf"|{_PROGRAM_TROUBLE}[^.!?\n]{{0,80}}(?:{_ACCESS_THE_PROGRAM})")

# A group counted in people: a class, a party of visitors, a crew ("a group of 28 pupils", "eine Gruppe von 12
# Personen", "un groupe de 15 élèves", "un grupo de 20 alumnos", "een groep van 30 leerlingen"). People travelling or
# meeting together, not a directory group anyone joins.
_PEOPLE_COUNTED = (r"\b(?:gro?up|party) of (?:about |around |roughly )?\d+\b|\bgruppe (?:von |mit )(?:etwa |ca\. |rund )?\d+\b"
                   r"|\bgroupe (?:de|d'environ) \d+\b|\bgrupo de (?:unos |unas )?\d+\b|\bgroep van (?:ongeveer |zo'?n )?\d+\b"
                   # Or named as who a fault reaches: "it affects the whole working group", "betrifft die ganze
                   # Arbeitsgruppe", "tout le groupe est concerné", "afecta a todo el grupo", "de hele werkgroep heeft
                   # er last van". The people who share a problem, not a group anyone joins.
                   r"|\b(?:affects?|affecting|concerns|hits|impacts?)\s(?:the\s|our\s)?(?:whole|entire)\s(?:\S+\s)?gro?up\b|\b(?:whole|entire)\s(?:\S+\s)?gro?up\s(?:is|are)\s(?:affected|impacted)\b"
                   r"|\bbetr(?:ifft|effen)\s(?:\S+\s)?(?:die\s|unsere\s)?(?:ganze|gesamte|komplette)\s\w*gruppe\b|\b(?:ganze|gesamte|komplette)\s\w*gruppe\s(?:ist\s)?betroffen\b"
                   r"|\b(?:concerne|touche|affecte)\s(?:tout\s)?(?:le|notre)\s(?:\S+\s)?groupe\b|\btout\sle\s(?:\S+\s)?groupe\s(?:est\s)?(?:concern|touch|affect)\w*"
                   r"|\bafecta\s(?:a\s)?(?:todo\s)?(?:el|nuestro)\s(?:\S+\s)?grupo\b|\btodo\sel\s(?:\S+\s)?grupo\s(?:est(?:á|a)\s)?afectado\b"
                   r"|\b(?:geldt voor|treft|betreft)\s(?:de\s|onze\s)?(?:hele|gehele|volledige)\s\w*groep\b|\b(?:hele|gehele)\s\w*groep\s(?:is\s|heeft\s)?(?:getroffen|betrokken|er last van)\b")

# A group word that names an insurance product sold to a firm for its staff, or a person who leads a team: "the import
# of the group accident portfolio hangs", "Gruppenunfallversicherung", "contrat de prévoyance de groupe", "seguro de
# grupo", "groepsverzekering"; "approved by my group leader", "Freigabe durch Gruppenleiter", "chef de groupe", "jefe
# de grupo", "groepsleider". Neither is a directory group anyone joins (h87, an insurer's). Not where the ticket names
# a group in the directory's sense as well ("add me to SG-Claims, approved by my group leader").
_PRODUCT_OR_LEAD = (r"(?:life|accident|income protection|critical illness|pension|health|medical|dental|risk|insurance|scheme"
                    r"|leader|lead|head|manager)s?\b")
_GRUPPE_COMPOUND = r"(?:leiter|leitung|unfall|lebens|renten|kranken|versicherung|vertr(?:a|ä|ae)g|police|tarif)"
_GROUP_AS_PRODUCT_OR_LEAD = unless(
    rf"\bgro?ups?\s{_PRODUCT_OR_LEAD}|\bgruppen?{_GRUPPE_COMPOUND}\w*|\bchef(?:fe)? de groupe\b"
    r"|\b(?:assurance|contrat|pr(?:é|e)voyance|mutuelle) (?:de )?groupe\b|\bjef[ae] de grupo\b|\b(?:seguros?|p(?:ó|o)lizas?) (?:de |del )?grupo\b"
    r"|\bgroeps(?:leider|hoofd|verzekering|pensioen|polis|contract)\w*",
    rf"\bgro?ups?\b(?!\s{_PRODUCT_OR_LEAD})|\bgruppe(?!n?(?:{_GRUPPE_COMPOUND}|richtlinie))"
    r"|(?<!chef de )(?<!cheffe de )(?<!assurance de )(?<!assurance )(?<!contrat de )(?<!contrat )(?<!voyance de )(?<!voyance )(?<!utuelle de )(?<!utuelle )\bgroupes?\b"
    r"|(?<!jefe de )(?<!jefa de )(?<!seguro de )(?<!seguros de )(?<!seguro del )(?<!seguro )(?<!liza de )(?<!liza del )(?<!lizas de )\bgrupos?\b"
    r"|\bgroep(?:en)?\b|\b(?:sg|grp|gg)[_-][a-z0-9]"
    # A group leader who asks to be put on or taken off a list still asks for a membership ("I'm a group leader now,
    # take me off the postdocs list", "nehmt mich als Gruppenleiter aus dem Verteiler").
    r"|\b(?:take|get|remove|drop) (?:me|him|her|them|us) (?:off|out of|from)\b|\b(?:add|put) (?:me|him|her|them|us) (?:to|on|in(?:to)?)\b"
    r"|\b(?:nehmt|nimm|nehmen sie) (?:mich|ihn|sie|uns) (?:\S+ ){0,4}?aus\b|\b(?:retirez|ajoutez|enlevez)-(?:moi|le|la|les)\b"
    r"|\b(?:quitadme|quítame|quitame|sacadme|añadidme|a(?:ñ|n)(?:á|a)deme)\b|\bhaal (?:me|hem|haar|ze) (?:uit|van)\b|\bvoeg (?:me|hem|haar) toe\b")

# French's "visio" is a video call ("une visio Teams", "par visio", "visioconférence"), not Microsoft's Visio. Not
# "en Visio" or "de Visio", which Spanish says of the program.
_VIDEO_CALL = r"\b(?:une|la|par|notre|ma|sa)\svisio\b|\bvisio[\s-]?conf(?:é|e)rence\b|\bvisio\s(?:teams|zoom|webex|meet)\b"

# "Send as" a file's format, not the mailbox right: "send it as Excel", "als PDF senden", "envoyer en PDF", "enviar
# como Excel", "versturen als pdf". What is sent is a report or an export; nobody asks to send as another mailbox. Not
# where a mailbox is named beside it (unless): "give me send as on the billing mailbox" keeps its right.
_FORMAT = (r"(?:an?\s|ein(?:e|en)?\s|une?\s|un\s|una\s|een\s)?(?:excel|pdf|csv|word|xlsx?|docx?|zip|txt|text|attachment|anhang|file|datei"
           r"|spreadsheet|tabelle|fichier|pi(?:è|e)ce jointe|archivo|adjunto|hoja de c(?:á|a)lculo|bestand|bijlage)\b")
_SENT_AS_A_FORMAT = unless(
    rf"\b(?:send|sent|sending|mail|e-?mail)\s(?:(?:it|them|this|that|the (?:list|export|report|file|results?|data))\s)?as\s{_FORMAT}"
    rf"|\b(?:senden|schicken|sende|schick)\s(?:sie\s|es\s|mir\s|uns\s){{0,2}}als\s{_FORMAT}|\bals\s{_FORMAT}\s?(?:senden|schicken|zusenden|zuschicken)"
    rf"|\b(?:envoy\w*|transmett\w*)\s(?:\S+\s)?(?:en tant que|en|sous forme d[e']\s?|au format)\s?{_FORMAT}"
    rf"|\b(?:envi\w*|mand\w*)\s(?:\S+\s)?(?:como|en)\s(?:formato\s)?{_FORMAT}"
    rf"|\b(?:versturen|verzenden|sturen|stuur|verstuur|mailen)\s(?:\S+\s)?als\s{_FORMAT}|\bals\s{_FORMAT}\s?(?:versturen|verzenden|sturen|mailen)",
    MAILBOX,
)
# Anchor: the format words, one of which every match names (cheaper than "as", which most English tickets hold).
_FORMAT_ANCHOR = words("excel", "pdf", "csv", "word", "xls", "doc", "zip", "txt", "text", "attachment", "anhang", "file",
                       "datei", "spreadsheet", "tabelle", "fichier", "jointe", "archivo", "adjunto", "hoja de c", "bestand",
                       "bijlage")

# A password's expiry told with its interval is the rule, not an expiry that happened: "do our passwords expire every
# 90 days?", "Passwörter laufen alle 90 Tage ab", "les mots de passe expirent tous les 90 jours", "las contraseñas
# caducan cada 90 días", "wachtwoorden verlopen elke 90 dagen". Asked about or quoted for a form; a reset asked in so
# many words still counts.
_PERIOD = (r"(?:every|after|each|alle|nach|tous les|toutes les|apr(?:è|e)s|cada|tras|despu(?:é|e)s de|elke|iedere|na)\s(?:\d+|few|couple of|paar|quelques|unos|unas|enkele)\s?"
           r"(?:days?|weeks?|months?|tage[n]?|wochen|monate[n]?|jours|semaines|mois|d(?:í|i)as|semanas|meses|dagen|weken|maanden)\b")
_EXPIRE = (r"(?:expire[sd]?|expiring|run out|change[sd]? automatically|ablaufen|laufen\s(?:\S+\s){0,4}?ab|l(?:ä|ae)uft\s(?:\S+\s){0,4}?ab|abgelaufen"
           r"|expirent|expire|caducan|caduca|vencen|vence|expiran|verlopen|verloopt)")
# Or its interval asked for: "how often do passwords expire?", "audit wants to know how often passwords run out", "wie
# oft laufen Passwörter ab", "à quelle fréquence les mots de passe expirent", "cada cuánto caducan las contraseñas",
# "hoe vaak verlopen wachtwoorden" (h135). The rule asked about, for a form or an audit; no one's password ran out.
_HOW_OFTEN = (r"(?:how often|how frequently|wie oft|wie h(?:ä|ae)ufig|(?:à|a) quelle fr(?:é|e)quence|tous les combien"
              r"|cada cu(?:á|a)nto(?: tiempo)?|con qu(?:é|e) frecuencia|hoe vaak|hoe regelmatig)")
_EXPIRY_PERIOD = unless_asked(rf"{PW}[^.!?\n]{{0,60}}?\b{_EXPIRE}\b[^.!?\n]{{0,40}}?\b{_PERIOD}"
                              rf"|{PW}[^.!?\n]{{0,60}}?\b{_PERIOD}[^.!?\n]{{0,30}}?\b{_EXPIRE}"
                              rf"|\b{_HOW_OFTEN}\s(?:\S+\s){{0,3}}?{PW}\w*\s(?:\S+\s){{0,2}}?{_EXPIRE}\b"
                              rf"|\b{_HOW_OFTEN}\s(?:\S+\s){{0,3}}?{_EXPIRE}\s(?:\S+\s){{0,2}}?{PW}"
                              rf"|\b{_HOW_OFTEN}\s(?:\S+\s)?laufen\s(?:\S+\s){{0,3}}?{PW}\w*\s(?:\S+\s)?ab\b")
# A password's expiry switched off, asked or told: "set 'password never expires' on the kiosk account", "disable password
# expiry for the service user", "Kennwort läuft nie ab setzen", "le mot de passe n'expire jamais", "que la contraseña
# nunca caduque", "wachtwoord verloopt nooit". A setting of the account (its policy flag), for a person to weigh, not a
# reset: nobody forgot anything, and a new password would make the account expire again. Unless a reset or a new
# password is asked in so many words as well.
_EXPIRY_OFF = unless(
    # Or said of passwords as the rule now: "a colleague says passwords don't expire anymore".
    rf"{PW}[^.!?\n]{{0,30}}?\b(?:never|not|no longer|don'?t|do not)\s(?:to\s)?expire"
    rf"|\b(?:disable|turn off|switch off|remove|stop|deactivate)\s(?:the\s)?{PW}\s?(?:expiry|expiration|aging|ageing)"
    rf"|\bno\s{PW}\s?(?:expiry|expiration)\b|{PW}\s?(?:expiry|expiration)\s(?:off|disabled)\b"
    rf"|{PW}[^.!?\n]{{0,30}}?\b(?:l(?:ä|ae)uft|laufen)\s(?:\S+\s)?(?:nie(?:mals)?|nicht mehr)\s(?:\S+\s)?ab\b|{PW}[^.!?\n]{{0,20}}?\bnie(?:mals)?\s(?:\S+\s)?ablaufen"
    rf"|(?:kennwort|passwort)ablauf\w*\s(?:\S+\s)?(?:deaktivier|abschalt|ausschalt)\w*"
    rf"|{PW}[^.!?\n]{{0,30}}?\bn'expirent? (?:jamais|plus)|expiration du {PW}\s(?:\S+\s)?d(?:é|e)sactiv"
    rf"|d(?:é|e)sactiver l'expiration du {PW}"
    rf"|{PW}[^.!?\n]{{0,30}}?\b(?:nunca|no|ya no)\s(?:caduque|caduca|caducan|expire|expira|expiran)\b|desactivar la (?:caducidad|expiraci(?:ó|o)n) de la {PW}"
    rf"|{PW}[^.!?\n]{{0,30}}?\b(?:verloopt|verlopen) (?:nooit|niet meer)|\b(?:verloopt|verlopen)\s(?:het\s|de\s)?{PW}\w*\s(?:nooit|niet meer)|nooit (?:laten )?verlopen"
    rf"|wachtwoordverloop\s(?:\S+\s)?uit(?:schakelen|zetten)",
    rf"\breset\b|\bnew\s{PW}|zur(?:ü|ue)cksetz|neues\s{PW}|r(?:é|e)initialis|nouveau\s{PW}|restablec|nueva\s{PW}"
    rf"|resetten|nieuw\s{PW}")
# An onboarding named as when a thing began: "my display name has been misspelled since onboarding", "seit meinem
# Onboarding", "depuis mon arrivée", "desde mi incorporación", "sinds mijn onboarding". The onboarding is over; what is
# asked (a name to correct, a setting) is something else, for a person.
_SINCE_ONBOARDING = (r"\b(?:since|ever since|from)\s(?:my\s|his\s|her\s|their\s|the\s)?(?:onboarding|on-boarding|first day|start date)\b"
                     r"|\bseit\s(?:dem\s|meinem\s|seinem\s|ihrem\s)?(?:onboarding|eintritt|ersten tag)\b"
                     r"|\bdepuis\s(?:mon\s|son\s|l')?(?:onboarding|arriv(?:é|e)e|int(?:é|e)gration|premier jour)\b"
                     r"|\bdesde\s(?:mi\s|su\s|el\s)?(?:onboarding|incorporaci(?:ó|o)n|primer d(?:í|i)a)\b"
                     r"|\bsinds\s(?:mijn\s|zijn\s|haar\s|de\s)?(?:onboarding|indiensttreding|eerste dag)\b")

# A newcomer's account made already, under a misspelt name, and its correction asked: "the account for our new starter
# was created with the wrong spelling, can it be renamed?", "das Konto wurde mit Tippfehler angelegt, bitte umbenennen",
# "le compte a été créé avec une faute, merci de le renommer", "la cuenta se creó mal escrita, ¿se puede renombrar?", "het
# account is met een typfout aangemaakt, graag hernoemen" (holdout64). The account exists and is in use; a rename is a
# person's change to an account, no newcomer to set up. Not a name's spelling given for an account yet to make.
_MISSPELT = (r"(?:misspel\w*|wrong(?:ly)?\s(?:spelling|spelt|spelled)|spel(?:led|t) wrong\w*|typo|spelling (?:mistake|error)|tippfehler"
             r"|falsch geschrieben|schreibfehler|faute (?:de frappe|d'orthographe)|mal (?:orthographi|(?:é|e)crit)\w*|mal escrit[oa]|errata|error (?:tipogr|de ortogr)\w*"
             r"|verkeerd (?:gespeld|geschreven)|typfout|spelfout)")
_RENAMED = r"(?:renam\w*|correct(?:ed|ing)?\b|umbenenn\w*|umbenannt|korrigier\w*|renomm\w*|corrig\w*|renombr\w*|correg\w*|hernoem\w*|corrigeer\w*|corrigeren)"
_MADE = (r"(?:was|were|has been|got|wurde|ist|a (?:é|e)t(?:é|e)|est|se cre(?:ó|o)|fue|ha sido|is|werd)\s(?:\S+\s){0,2}?"
         r"(?:created|set up|made|angelegt|erstellt|eingerichtet|cr(?:éé|ee)e?|cread[oa]|aangemaakt)")
_MADE_MISSPELT = (rf"\b{_MADE}\b[^.!?\n]{{0,60}}?\b{_MISSPELT}[\s\S]{{0,200}}?\b{_RENAMED}"
                  rf"|\b{_MISSPELT}[^.!?\n]{{0,60}}?\b{_MADE}\b[\s\S]{{0,200}}?\b{_RENAMED}")

# A remote session for an outside technician: "please organise remote access for the vendor's technician to line 2",
# "Fernwartung für den Servicetechniker des Herstellers", "accès à distance pour le technicien du fournisseur",
# "acceso remoto para el técnico del proveedor", "toegang op afstand voor de monteur van de leverancier". A connection
# to a machine set up for a visitor (a remote-control tool, the vendor's own box), not a place anyone joins: its
# "access" and whatever the machine is called ("folder-gluer", "drive unit") are no share's. Unless a group is named,
# where the membership may be the way in ("add the vendor's technician to GRP_VPN_EXT"), or a membership is asked.
_REMOTE = (r"(?:\bremote[\s-](?:access|session|support|maintenance|connection|service|control|desktop)|\bteamviewer|\banydesk"
           r"|fernwartung|fernzugriff|fernzugang|fernsitzung|acc(?:è|e)s (?:à|a) distance|t(?:é|e)l(?:é|e)maintenance"
           r"|prise en main (?:à|a) distance|acceso remoto|asistencia remota|mantenimiento remoto|conexi(?:ó|o)n remota"
           r"|(?:toegang|onderhoud|verbinding) op afstand|externe toegang)")
_OUTSIDE_TECHNICIAN = (r"(?:\b(?:vendor|supplier|manufacturer|service (?:engineer|technician)|field engineer|technician|external"
                       r"|hersteller|lieferant|(?:service)?techniker|fournisseur|fabricant|prestataire|technicien|proveedor"
                       r"|fabricante|t(?:é|e)cnico|leverancier|fabrikant|monteur|technicus)s?\b)")
_REMOTE_FOR_AN_OUTSIDER = unless(rf"{_REMOTE}[\s\S]{{0,160}}?{_OUTSIDE_TECHNICIAN}|{_OUTSIDE_TECHNICIAN}[\s\S]{{0,160}}?{_REMOTE}",
                                 r"\b(?:gro?ups?|gruppe\w*|groupes?|grupos?|groep(?:en)?|(?:sg|grp|gg)[_-][a-z0-9]\w*)\b"
                                 # A directory name ("VPN_Contractors"), or a place to be in or a member of: the way in
                                 # asked as a membership ("needs to be in VPN_Contractors for remote support").
                                 r"|\b[a-z0-9]+_[a-z0-9_]+\b|\b(?:to be|be|been|get|gets)\s(?:in|on|added to|a member of)\b|\bmember(?:ship)? of\b")

# A group, a list, a team or a site renamed: its own name changes and every member stays ("please rename DL
# sales-north to sales-region-north", "Verteiler X bitte umbenennen in Y", "renommer la liste de diffusion",
# "renombrar el grupo", "de distributielijst hernoemen"). Not where someone is also put in or taken out of it.
_RENAME = (r"(?:renam\w*|umbenenn\w*|umbenannt|umbenennung|renomm\w*|renombr\w*|hernoem\w*"
           r"|change (?:the |its )?name of|namen (?:\S+ )?(?:ä|ae)ndern|changer le nom d|cambiar el nombre d|naam (?:\S+ )?wijzigen)")
_A_GROUP_ITSELF = rf"(?:{GROUP}|{DISTRIBUTION_LIST}|\bteams?\b|\bchannel\b|\bkanal\b|\bcanal\b|\bkanaal\b|sharepoint|\bsite\b)"
_MEMBER_MOVED = (r"\b(?:add|remove|take|put|include)\s(?:\S+\s){0,3}?(?:to|from|off|into|in|out)\b|hinzuf(?:ü|ue)g|aufnehm|entfern"
                 r"|ajout|retir|a(?:ñ|n)ad|quit|toevoeg|verwijder")
_GROUP_RENAMED = unless(rf"\b{_RENAME}\s(?:the\s|our\s|den\s|die\s|das\s|le\s|la\s|el\s|de\s|het\s)?(?:\S+\s){{0,2}}?{_A_GROUP_ITSELF}"
                        rf"|{_A_GROUP_ITSELF}[^.!?\n]{{0,60}}?\b{_RENAME}", _MEMBER_MOVED)

# A piece of work that starts, named with its place or its client between it and its start: "the new O&M contract for
# the north site starts next month", "das Projekt in Hamburg beginnt am 1.", "le projet de Lyon commence lundi", "el
# proyecto de Sevilla empieza el lunes", "het project in Gent begint maandag" (h111). joiner_leaver_words's lookbehinds
# see only the word just before "starts"; here the thing is further back, and no person is named between (a "project
# manager Anna starts Monday" is one). A newcomer named anywhere keeps the onboarding (unless).
_WORK_ITEM = (r"(?:project|tender|programme|program|campaign|roll-?out|pilot|phase|workstream"
              r"|(?:o&m|o\s?&\s?m|service|maintenance|support|framework|operations?|frame)\scontract"
              r"|projekt|kampagne|(?:wartungs|rahmen|service|betriebs)vertrag|projet|contrat de (?:maintenance|service|prestation)"
              r"|proyecto|contrato de (?:mantenimiento|servicio)|(?:onderhouds|service|raam)contract)")
_PERSON_BETWEEN = (r"(?:manager|lead|leader|engineer|coordinator|assistant|officer|owner|director|admin\w*|consultant|contractor"
                   r"|leiter\w*|mitarbeiter\w*|chef\w*|responsable|jef[ea]|medewerker|collega|kolleg\w*|coll(?:è|e)gue|he|she|they|er|sie|il|elle)")
_WORK_STARTS = unless(rf"\b{_WORK_ITEM}\b(?:\s(?!{_PERSON_BETWEEN}\b)[^\s.!?,;]+){{1,5}}?\s"
                      r"(?:starts|starting|begins|beginning|kicks off|beginnt|startet|f(?:ä|ae)ngt|commence|d(?:é|e)bute|empieza|comienza|begint|start)\b",
                      r"\bnew (?:hire|joiner|starter|employee|colleague|team member|staff member|user)s?\b|\bneue[rn]? (?:mitarbeiter|kolleg)"
                      r"|nouv(?:el|eau|elle) (?:arrivant|collaborat|coll(?:è|e)gue|salari)|nuev[oa] (?:emplead|compa(?:ñ|n)er)|nieuwe (?:medewerker|collega)"
                      r"|\b(?:create|set up|make)\s(?:\S+\s)?(?:an?\s)?(?:new\s)?(?:user|account|login)s?\b")

OTHER_SENSE_VETOES: list[Veto] = [
    # "the new service contract for the east region starts next month, Ann and Bo need the VPN group": the work's start,
    # no newcomer; the membership asked stays.
    Veto("onboarding", rx(_WORK_STARTS), 3.0, words("project", "tender", "program", "campaign", "kampagne", "roll", "pilot", "phase",
                                                   "workstream", "contra", "vertrag", "projekt", "projet", "proyecto")),
    # "please rename DL team-north to team-region-north": the list's own name, no member in or out.
    Veto("group_membership", rx(_GROUP_RENAMED), 3.0, words("renam", "umbenenn", "umbenannt", "renomm", "renombr", "hernoem",
                                                           "name of", "namen", "le nom", "el nombre", "naam")),
    # "our new starter's account was created with a typo, can it be renamed?": the account exists; a rename is asked.
    Veto("onboarding", rx(_MADE_MISSPELT), 3.0, words("misspel", "wrong", "spel", "typo", "spelling", "tippfehler", "falsch",
                                                   "schreibfehler", "faute", "mal ", "errata", "error", "verkeerd", "typfout", "spelfout")),
    # "my display name in Outlook is misspelled, since onboarding": when it began, no newcomer to set up.
    Veto("onboarding", rx(_SINCE_ONBOARDING), 2.5, words("since", "from", "seit", "depuis", "desde", "sinds")),
    # "can the screen lock on the counter PCs go from 3 to 10 minutes?": a device's setting; "unlock" is its routine.
    Veto("account_unlock", rx(unless_asked(_SCREEN_SETTING)), 3.0),
    # "security asks to raise the lockout threshold from 5 to 10 attempts": the policy, not an account to unlock.
    Veto("account_unlock", rx(_LOCKOUT_POLICY), 3.0),
    # "logon takes 8 minutes ('applying group policy')", "GPO not applied": a policy, not a group to join.
    Veto("group_membership", rx(r"\bgroup ?polic(?:y|ies)\b|\bgpos?\b|gruppenrichtlinie\w*|strat(?:é|e)gies? de groupe|directivas? de grupo|groepsbeleid\w*"), 3.0),
    # "a client's questionnaire asks whether our passwords expire every 90 days or whether we use MFA": the policy.
    Veto("password_reset", rx(_EXPIRY_PERIOD), 3.0),
    # "can we set 'password never expires' for the kiosk account?": the expiry switched off, no reset.
    Veto("password_reset", rx(_EXPIRY_OFF), 3.0),
    # "scan to e-mail on the copier fails: SMTP authentication failed": a machine's login to a server, nobody's MFA.
    Veto("mfa_reset", rx(_MACHINE_AUTH), 3.0),
    # "Marta's farewell party on Friday, can we borrow a projector?": an event, not the leaver's accounts. As heavy as
    # the leaver's word alone, so a leaver's account asked for beside it still counts.
    Veto("offboarding", rx(unless_asked(_FAREWELL)), 1.8),
    # "MIGO short dump: the application triggered a termination": a program's run that ended, not an employment.
    Veto("offboarding", rx(unless_asked(_PROGRAM_TERMINATED)), 2.5, words("terminat")),
    # "the phone book still lists Mr Fink (retired in April) with my extension": an entry to correct.
    Veto("offboarding", rx(unless_asked(_STILL_SHOWS)), 1.8),
    # "Looks fake, didn't click anything, sending as per the phishing guideline": the mail's words are the attacker's.
    *(Veto(category, rx(unless_asked(_REPORTED_PHISH)), 3.0)
      for category in ("mailbox_access", "password_reset", "account_unlock", "mfa_reset", "license_change",
                       "group_membership", "offboarding")),
    # "Outlook freezes on the shared mailbox; I've had access for years": a fault, no access to grant.
    Veto("mailbox_access", rx(unless_asked(rf"(?:{MAILBOX})[\s\S]{{0,200}}?(?:{_HELD_FOR_LONG})|(?:{_HELD_FOR_LONG})[\s\S]{{0,200}}?(?:{MAILBOX})")), 3.0),
    # "the Access database on the S: drive keeps crashing": a program's fault, no permission to grant.
    Veto("group_membership", rx(unless_asked(_ACCESS_MISBEHAVES)), 2.8, words("access", ".accdb", ".mdb")),
    # "Can our group of 28 pupils travel on the 9:10 tram, must I register the group?": people, not a membership.
    # "Mails to the partner bounce since yesterday; it affects the whole working group": who the fault reaches.
    Veto("group_membership", rx(unless_asked(_PEOPLE_COUNTED)), 2.8,
         words("up of", "party of", "gruppe von", "gruppe mit", "groupe d", "grupo de", "groep van", "whole", "entire", "ganze",
               "gesamte", "komplette", "groupe", "grupo", "hele")),
    # "the import of the group accident portfolio hangs", "Freigabe durch Gruppenleiter": a product or a team's lead.
    Veto("group_membership", rx(_GROUP_AS_PRODUCT_OR_LEAD), 3.0,
         words("group", "grup", "gruppe", "groupe", "grupo", "groeps")),
    # "on a besoin de la salle 3 avec une visio Teams": a video call, not a Visio licence.
    Veto("license_change", rx(_VIDEO_CALL), 2.5, words("visio")),
    # "access denied on the research share since yesterday, it worked until Monday and nothing changed on my side".
    Veto("group_membership", rx(REFUSED_THOUGH_IT_WORKED), 2.5),
    Veto("mailbox_access", rx(REFUSED_THOUGH_IT_WORKED), 2.5),
    # "Power BI says 'you need a Pro licence' for the ward managers since this morning, yesterday it worked".
    Veto("license_change", rx(_LICENCE_WANTED_THOUGH_IT_WORKED), 2.5),
    # "Acrobat crashes every time I sign, the licence is fine (Help says Pro)": the licence ruled out; a fault.
    Veto("license_change", rx(_LICENCE_SAID_FINE), 2.5),
    # "the kiosk's sign-out doesn't clear the session, the next driver sees the last one's data": the app's fault.
    Veto("session_revoke", rx(_SIGN_OUT_LEAVES_SESSION), 3.0),
    # "Laufwerk S: hat ein rotes X, 'nicht verbunden'", "le lecteur réseau est déconnecté": a mapping's fault.
    Veto("group_membership", rx(unless_asked(_DRIVE_DISCONNECTED)), 2.8),
    Veto("group_membership", rx(unless_asked(rf"(?:{FOLDER})[\s\S]{{0,200}}?(?:{_HELD_FOR_LONG})|(?:{_HELD_FOR_LONG})[\s\S]{{0,200}}?(?:{FOLDER})")), 3.0),
    # "since the move to the new file server, the purchasing share says access denied": the migration's permissions.
    Veto("group_membership", rx(unless_asked(_SINCE_A_MIGRATION)), 2.5,
         words("migrat", "move", "switch", "cut", "transfer", "umzug", "umstellung", "wechsel", "déménag", "demenag", "bascule",
               "traslado", "cambio", "verhuizing", "overstap", "overzetting")),
    # "For the audit, send the members of the approvers group as Excel": a report's format, not the send-as right.
    Veto("mailbox_access", rx(_SENT_AS_A_FORMAT), 3.0, _FORMAT_ANCHOR),
    # "I was given access to the claims mailbox last week but it still doesn't show in Outlook": a fault to look at.
    Veto("mailbox_access", rx(_GIVEN_NOT_SHOWING), 3.0, _GIVEN_ANCHOR),
    Veto("group_membership", rx(_GIVEN_NOT_SHOWING), 3.0, _GIVEN_ANCHOR),
    # "the project's group is listed in the web app, missing from the desktop one": seen in one place, the access is there.
    Veto("mailbox_access", rx(SEEN_HERE_NOT_THERE), 3.0, SEEN_HERE_ANCHOR),
    Veto("group_membership", rx(SEEN_HERE_NOT_THERE), 3.0, SEEN_HERE_ANCHOR),
    # "I have access to the Teams site but the files won't open": access held, a fault in what it opens.
    Veto("group_membership", rx(ACCESS_HELD_YET_FAILING), 3.0, HELD_ANCHOR),
    Veto("mailbox_access", rx(ACCESS_HELD_YET_FAILING), 3.0, HELD_ANCHOR),
    # "organise remote access for the supplier's technician to the folder-gluer on Thursday": a visitor's session.
    Veto("group_membership", rx(_REMOTE_FOR_AN_OUTSIDER), 2.5),
]
