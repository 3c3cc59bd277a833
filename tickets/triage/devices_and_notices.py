# ruff: noqa: E501 -- regular-expression tables read best one alternative per line
"""A lock that is a device's, a leaver said by the end of their work with us or of their employment, and a notice
sent only for the record.

A handheld, a till or a tablet stuck on its own lock screen, or refusing the code or PIN that opens it, is locked as a
device is: its code unlocks it, and no person's account is locked out. A person who "finished with us" (hat bei uns
aufgehört, a fini chez nous, terminó con nosotros, is bij ons gestopt) is a leaver said by the end of their work
rather than by a leaver's word. A ticket that says nothing is needed from the help desk ("just for the records,
nothing needed from you", "kein Handlungsbedarf") tells and asks for nothing, whatever it names; so does one that calls
the matter settled ("all working now, no further action needed", holdout50's, a law firm's).

Found on tickets by an author who read nothing of the project (tests/data/triage_nearmiss6.jsonl, a retail chain's);
said by word class and sentence shape in the five languages (tests/triage/test_device_locks_and_notices.py). An
employment ended by the employer ("das Arbeitsverhältnis wurde beendet") came from tests/data/triage_nearmiss7.jsonl, a
bus and tram operator's (tests/triage/test_accounts_in_place_successors_and_dismissals.py).

Near-miss set 9 (tests/data/triage_nearmiss9.jsonl, an airport ground handler's) added a thing's own PIN or code (the
voicemail's, the printer's, a key cabinet's), only a question asked while everything works, and a temp's last shift
or assignment with us as a leaver's end of work (tests/triage/test_codes_passes_and_protected_files.py,
test_settled_asked_only_or_set_aside.py).

A phone or tablet disabled after its own code was tried too often, and a shared workstation held by another person's session,
came from tests/data/triage_holdout28.jsonl, a hospital group's (tests/triage/test_devices_held_or_locked_by_their_code.py).
A monitoring alert graded by severity came from tests/data/triage_holdout31.jsonl, a water utility's
(tests/triage/test_graded_alerts_and_workflow_groups.py).

A notice told only so the desk knows ("just letting you know"), with no plea or question, and an app's "device
locked" came from tests/data/triage_holdout39.jsonl, a telecom operator's
(tests/triage/test_priorities_notices_whose_job_and_remnants.py). "No action for you yet" came from
triage_holdout43.jsonl, a retailer's (tests/triage/test_device_locks_and_notices.py). A fault "just reported", the
writer helped already, came from triage_holdout49.jsonl.
A machine or cart held under another person's session or login ("locked under Dr Rao's session") came from
tests/data/triage_holdout48.jsonl, a hospital trust's (tests/triage/test_devices_held_or_locked_by_their_code.py).
A lockout rule asked about "just a question, nobody locked right now" and "no action needed from the IT service desk"
came from triage_holdout67.jsonl, a university's (tests/triage/test_device_locks_and_notices.py).
"Just for your info", the told-only preface spelt out, came from set h73, an automotive parts supplier's (same file).
"""

from __future__ import annotations

from tickets.triage.patterns import Signal, Veto, rx, words
from tickets.triage.unless import unless, unless_asked
from tickets.triage.vocabulary import PW

# A device's lock screen or kiosk lock, and the code, PIN or passcode that opens a device (never an account's, which
# the help desk unlocks: "the account is locked" stays an unlock).
_DEVICE_LOCK = (r"(?:lock ?screen|kiosk (?:mode|lock)|sperrbildschirm|kiosk-?modus|(?:é|e)cran (?:de )?verrouillage|mode kiosque"
                r"|pantalla de bloqueo|modo quiosco|vergrendel(?:ings)?scherm|kioskmodus)")
_DEVICE_CODE = (r"(?:unlock (?:code|pin)|passcode|device (?:pin|code)|screen (?:pin|code)|entsperr(?:code|-?pin)|ger(?:ä|ae)te-?(?:pin|code)"
                r"|code de d(?:é|e)verrouillage|c(?:ó|o)digo de desbloqueo|pin de desbloqueo|ontgrendel(?:code|pin))")
_ACCOUNT_LOCKED = r"(?:account|konto|benutzer|compte|cuenta|usuario|gebruiker)\s(?:\S+\s){0,3}?(?:locked|gesperrt|bloqu|vergrendeld|geblokkeerd)"
_REFUSED = (r"(?:stuck|won'?t|doesn'?t|does not|will not|not accept\w*|refus\w*|rejects?|h(?:ä|ae)ngt|nimmt|akzeptiert|bloqu(?:é|e)e?|n'accepte|reste"
            r"|atascad[oa]|se queda|no acepta|rechaza|blijft|hangt|accepteert|weigert)")
# A device named as what is locked: "the app says 'device locked'", "tablet is locked", "Gerät gesperrt", "appareil
# verrouillé", "dispositivo bloqueado", "apparaat vergrendeld". The device's own lock, its management's to lift.
_DEVICE_SAID_LOCKED = (r"\b(?:device|tablet|ipad|handheld|scanner|terminal|till|kiosk|ger(?:ä|ae)t|tablette|appareil|terminal"
                       r"|dispositivo|tableta|apparaat)\s(?:is\s|ist\s|est\s|est(?:á|a)\s|says\s|shows\s)?"
                       r"(?:locked|gesperrt|verrouill(?:é|e)e?|bloqu(?:é|e)e?|bloquead[oa]|vergrendeld|geblokkeerd)\b")
_LOCKED_DEVICE = unless(rf"{_REFUSED}[^.!?\n]{{0,60}}(?:{_DEVICE_LOCK}|{_DEVICE_CODE})"
                        rf"|(?:{_DEVICE_LOCK}|{_DEVICE_CODE})[^.!?\n]{{0,60}}{_REFUSED}|{_DEVICE_SAID_LOCKED}", _ACCOUNT_LOCKED)

# A device asked to be unlocked and reset: "the tablet is frozen, can you unlock and reset it", "Handscanner hängt,
# bitte entsperren und zurücksetzen", "la tablette est bloquée, pouvez-vous la débloquer et la réinitialiser", "el
# terminal está bloqueado, desbloquear y resetear", "de handscanner ontgrendelen en resetten". The thing named before
# the two verbs is what they act on: its management wipes or re-enrols it; no password of anyone's is set anew (the
# bare "unlock and reset" reads as a password's, patterns.py). Not where a password or an account is named.
_DEVICES = (r"(?:tablet|ipad|iphone|phone|handy|smartphone|handheld|hand-?scanner|scanner|terminal|till|kiosk|laptop|notebook|pc"
            r"|computer|printer|drucker|router|device|ger(?:ä|ae)t|tablette|t(?:é|e)l(?:é|e)phone|appareil|portable|imprimante"
            r"|dispositivo|tableta|m(?:ó|o)vil|port(?:á|a)til|impresora|apparaat|telefoon|mobiel|printer)")
_UNLOCK_VERB = r"(?:un-?lock\w*|entsperr\w*|d(?:é|e)bloqu\w*|desbloque\w*|ontgrendel\w*)"
_RESET_VERB = r"(?:re-?set\w*|zur(?:ü|ue)cksetz\w*|r(?:é|e)initialis\w*|restablec\w*|restaur\w*|reinici\w*|herstel\w*)"
_AND = r"(?:[+&/]|and|und|et|y|en)"
_DEVICE_UNLOCKED_AND_RESET = unless(
    rf"\b{_DEVICES}\b[^.!?\n]{{0,80}}?\b{_UNLOCK_VERB}\s(?:\S+\s){{0,2}}?{_AND}\s(?:\S+\s){{0,2}}?{_RESET_VERB}"
    rf"|\b{_DEVICES}\b[^.!?\n]{{0,80}}?\b{_RESET_VERB}\s(?:\S+\s){{0,2}}?{_AND}\s(?:\S+\s){{0,2}}?{_UNLOCK_VERB}",
    rf"{PW}|\b(?:account|konto|compte|cuenta|login|anmeldung|benutzer|user)\b")

# A PIN or a code that belongs to a thing, not to a person's sign-in: the voicemail's, the printer's (a follow-me print
# PIN), a key safe's, an alarm's, a door's. Forgotten or refused, its owner resets it; no account's password changes and
# no account is unlocked ("reset the voicemail PIN on my desk phone", "Drucker-PIN vergessen", "code du coffre à
# clés"). Where the writer also names a lockout of the account itself, the account's words keep their weight.
_A_THING_WITH_A_CODE = (r"(?:voice ?mail|voicemail box|desk phone|printer|follow-?me|print release|copier|key ?safe|key ?box|key cabinet|alarm|door|gate|locker|safe"
                        r"|mailbox-?|sprachbox|mobilbox|anrufbeantworter|drucker|druck|kopierer|schl(?:ü|ue)ssel(?:kasten|tresor|schrank)|tresor|alarmanlage|t(?:ü|ue)r|tor|spind"
                        r"|messagerie vocale|r(?:é|e)pondeur|imprimante|photocopieur|coffre(?:-fort)?(?: (?:à|a) cl(?:é|e)s)?|alarme|porte|casier"
                        r"|buz(?:ó|o)n de voz|contestador|impresora|fotocopiadora|caja fuerte|armario de llaves|alarma|puerta|taquilla"
                        r"|voicemail|printer|kopieerapparaat|sleutelkast|kluis|alarm|deur|kluisje)")
_PIN = r"(?:pin|pin-?code|pincode|passcode|code|c(?:ó|o)digo)"
_THINGS_CODE = unless(rf"\b{_A_THING_WITH_A_CODE}[\s-]?{_PIN}\b"
                      rf"|\b{_A_THING_WITH_A_CODE}\b[^.!?\n]{{0,40}}\b(?:wants|asks for|asking for|needs|requires|verlangt|will|fragt nach|demande|pide|vraagt)\s(?:\S+\s)?{_PIN}\b"
                      rf"|\b{_PIN}\s(?:for|of|on|to|f(?:ü|ue)r|vom|von|der|des|du|de la|de l'|del|de|van|voor)\s(?:the\s|my\s|our\s|den\s|das\s|dem\s|la\s|le\s|el\s|het\s|de\s|mijn\s)?(?:\S+\s)?{_A_THING_WITH_A_CODE}\b",
                      _ACCOUNT_LOCKED)
# A phone or tablet that disabled itself after its passcode was tried too often ("iPad unavailable, try again in 1
# hour", "iPhone ist deaktiviert", "iPad désactivé"): the device's own lock, which its code or a wipe lifts; no person's
# account is locked. Not lifted by an ask to "reset it": the reset asked is the device's.
_HANDSET = (r"(?:ipad|iphone|tablet|phone|smartphone|handy|mobile|t(?:é|e)l(?:é|e)phone|tablette|tel(?:é|e)fono|m(?:ó|o)vil|tableta"
            r"|telefoon|mobiel)")
_HANDSET_DISABLED = (rf"\b{_HANDSET}\s(?:\S+\s)?(?:is\s|ist\s|est\s|est(?:á|a)\s|says\s|shows\s|zeigt\s|indique\s|dice\s|zegt\s)?[\x22'\u201c\u201e]?"
                     r"(?:disabled|unavailable|deaktiviert|nicht verf(?:ü|ue)gbar|d(?:é|e)sactiv(?:é|e)e?|indisponible|desactivad[oa]|no disponible"
                     r"|uitgeschakeld|niet beschikbaar)")
_TOO_OFTEN = r"(?:too many|too often|zu oft|zu viele|trop de|trop souvent|demasiad[oa]s|te vaak|te veel)"
# Only the device's own code: a password typed too often at a computer's lock screen is the account's lockout.
_CODE_TRIED_TOO_OFTEN = (rf"{_DEVICE_CODE}[^.!?\n]{{0,60}}{_TOO_OFTEN}|{_TOO_OFTEN}[^.!?\n]{{0,40}}{_DEVICE_CODE}"
                         rf"|{_HANDSET_DISABLED}")
_HANDSET_LOCKED_ITSELF = unless(_CODE_TRIED_TOO_OFTEN, _ACCOUNT_LOCKED)

# A phone's SIM card locked by its own PIN tried too often, or asking for its PUK ("sim puk locked", "SIM-Karte
# gesperrt, PUK wird verlangt", "carte SIM bloquée", "tarjeta SIM bloqueada", "simkaart geblokkeerd"): the carrier's
# PUK lifts it, and no person's account is locked. Not where an account is named locked as well.
_SIM = r"(?:sim(?:[ -]?(?:card|karte|kaart))?|carte sim|tarjeta sim|simkaart)"
_SIM_LOCKED = unless(rf"\bpuk\b|\b{_SIM}\b[^.!?\n]{{0,30}}?\b(?:locked|blocked|gesperrt|blockiert|verrouill(?:é|e)e?|bloqu(?:é|e)e?"
                     r"|bloquead[oa]|vergrendeld|geblokkeerd)", _ACCOUNT_LOCKED)

# A shared workstation held by another person's session ("the nurses' station PC is locked by Dr Rao, who is off
# shift: can you log him off?"): the one to sign out is the other person's session on that machine, and nobody is
# locked out of their account.
_WORKSTATION = (r"(?:pc|computer|workstation|terminal|desktop|machine|rechner|arbeitsplatz\w*|ordinateur|poste|ordenador|equipo"
                r"|werkplek|werkstation)")
_SOMEONE_ELSE = (r"(?:(?:dr|mr|mrs|ms|miss|prof|nurse|sister|herr|frau|mme|m|sr|sra|dhr|mevr)\.?\s[a-zà-ÿ'-]+|someone|somebody|jemand\w*"
                 r"|quelqu'un|alguien|iemand|(?:an|the|another|other|a|previous|last|night|day|early|late)\s(?:\S+\s)?(?:user|colleague|person"
                 r"|doctor|nurse|clinician|member of staff|shift|kolleg\w*|benutzer\w*|coll(?:è|e)gue|compa(?:ñ|n)er[oa]|collega|gebruiker))")
_HELD_BY_SOMEONE_ELSE = (rf"\b{_WORKSTATION}\b[^.!?\n]{{0,60}}\b(?:locked|gesperrt|verrouill(?:é|e)|bloquead[oa]|vergrendeld)\s"
                         rf"(?:by|von|durch|par|por|door)\s{_SOMEONE_ELSE}\b"
                         r"|\blog\s(?:him|her|them|the (?:previous |last |other )?user)\s(?:off|out)\b(?!\s(?:of\s)?(?:everything|everywhere|all\b))"
                         r"|\b(?:ihn|sie|den (?:vorherigen |anderen )?benutzer)\s(?:\S+\s)?abmelden\b|\bd(?:é|e)connecter (?:l'utilisateur|sa session)\b"
                         r"|\bcerrar (?:su|la) sesi(?:ó|o)n\b(?=[^.!?\n]{0,40}\b(?:equipo|ordenador|pc)\b)|\b(?:hem|haar|de (?:vorige )?gebruiker)\s(?:\S+\s)?afmelden\b")
# Or left signed in by whoever used it last (holdout54's): "the PC at the line is locked, the last shift logged in and
# left", "hat sich nicht abgemeldet", "a oublié de se déconnecter", "olvidó cerrar la sesión", "is vergeten af te
# melden". The workstation is locked on another's session; the writer's account is not locked.
_LEFT_SIGNED_IN = (r"\b(?:logged|signed) (?:in|on)\b[^.!?\n]{0,60}?\b(?:and|then) (?:just )?(?:left|went (?:home|off)|walked off)\b"
                   r"|\bforgot to (?:log|sign) (?:off|out)\b|\bdidn'?t (?:log|sign) (?:off|out)\b"
                   r"|\bangemeldet\b[^.!?\n]{0,60}?\b(?:gegangen|nach hause|in den feierabend)\b|\b(?:nicht|vergessen sich) abgemeldet\b|\bvergessen,? sich abzumelden\b"
                   r"|\boubli(?:é|e)e? de (?:se d(?:é|e)connecter|fermer sa session)\b|\b(?:connect(?:é|e)e?s?|sa session ouverte)\b[^.!?\n]{0,60}?\b(?:est|sont) partie?s?\b"
                   r"|\bolvid(?:ó|o) cerrar (?:la |su )?sesi(?:ó|o)n\b|\b(?:conectad[oa]|sesi(?:ó|o)n abierta)\b[^.!?\n]{0,60}?\bse (?:fue|march(?:ó|o))\b"
                   r"|\bvergeten (?:uit te loggen|af te melden)\b|\bingelogd\b[^.!?\n]{0,60}?\b(?:weggegaan|vertrokken|naar huis)\b")
_LEFT_SIGNED_IN_HELD = (rf"\b{_WORKSTATION}\b[^.!?\n]{{0,60}}\b(?:locked|gesperrt|verrouill(?:é|e)|bloquead[oa]|vergrendeld)\b"
                        rf"[\s\S]{{0,160}}?(?:{_LEFT_SIGNED_IN})")
_HELD_WORKSTATION = unless(rf"{_HELD_BY_SOMEONE_ELSE}|{_LEFT_SIGNED_IN_HELD}", _ACCOUNT_LOCKED)
# Or held under another person's session or login: "the ward cart is locked under Dr Rao's session", "der
# Medikamentenwagen ist mit dem Konto einer Kollegin gesperrt", "le poste est verrouillé sous la session d'un collègue",
# "el equipo está bloqueado con la sesión de otra enfermera", "de pc is vergrendeld met het account van een collega".
# The other person's session is to end; the writer's own account is not named locked.
_HELD_THING = (rf"(?:{_WORKSTATION}|wow|workstation on wheels|cart|trolley|\w*wagen|chariot|carro|kar|screen|bildschirm"
               r"|(?:é|e)cran|pantalla|scherm)")
_LOGIN_OF = r"(?:session|log-?in|logon|account|user|profile)"
_UNDER_ANOTHERS_LOGIN = (rf"\b{_HELD_THING}\b[^.!?\n]{{0,60}}\blocked\s(?:under|with|on|in|to)\s(?:(?:someone|somebody) else'?s|another (?:\S+\s)?(?:user|person|colleague)'?s"
                         rf"|(?:a|the|an?other) (?:\S+\s)?(?:colleague|co-?worker|doctor|nurse|user|person)'?s|his|her|their|(?:\S+\s){{0,2}}?[a-z]+'s)\s(?:\S+\s)?{_LOGIN_OF}\b"
                         r"|\b(?:mit|unter) (?:dem|der) (?:konto|login|account|benutzer|sitzung|anmeldung|profil) (?:eines|einer|des|der|von)\b[^.!?\n]{0,40}?\b(?:gesperrt|blockiert)\b"
                         r"|\b(?:gesperrt|blockiert) (?:mit|unter) (?:dem|der) (?:konto|login|account|benutzer|sitzung|anmeldung|profil) (?:eines|einer|des|der|von)\b"
                         r"|\b(?:verrouill|bloqu)\w*\s(?:sous|avec|sur) (?:la |le )?(?:session|compte) (?:d'un|d'une|de|du)\b"
                         r"|\bbloquead[oa]\s(?:con|bajo|en) (?:la |el )?(?:sesi(?:ó|o)n|cuenta|usuario) de\b"
                         r"|\b(?:vergrendeld|geblokkeerd)\s(?:onder|met|op) (?:de |het )?(?:sessie|account|login) van\b"
                         r"|\bmet (?:de|het) (?:sessie|account|login) van\b[^.!?\n]{0,40}?\b(?:vergrendeld|geblokkeerd)\b")
_MY_ACCOUNT_LOCKED = (r"\b(?:my|mein\w*|mon|mi|mijn)\s(?:\S+\s)?(?:account|konto|compte|cuenta|login)\s(?:\S+\s){0,3}?"
                      r"(?:locked|gesperrt|bloqu|vergrendeld|geblokkeerd)")
_HELD_UNDER_ANOTHERS_LOGIN = unless(_UNDER_ANOTHERS_LOGIN, _MY_ACCOUNT_LOCKED)

# A person whose work with us has ended: "finished with us on Friday", "quit working for us", "hat bei uns aufgehört".
FINISHED_WITH_US = (r"\b(?:finished|finishes|finishing|quit|quits|stopped working|stops working)\s(?:up\s)?(?:working\s)?(?:with|for)\sus\b"
                    r"|\bbei uns aufgeh(?:ö|oe)rt\b|\bh(?:ö|oe)rt\s(?:\S+\s){0,3}?bei uns auf\b"
                    r"|\b(?:a|ont) (?:fini|termin(?:é|e)) (?:chez|avec) nous\b|\bfinit chez nous\b"
                    r"|\b(?:termin(?:ó|o)|acab(?:ó|o)|dej(?:ó|o) de trabajar) (?:con|para) nosotros\b"
                    r"|\b(?:gestopt|stopt|opgehouden) (?:bij|met) ons\b|\bbij ons (?:gestopt|gestopt met werken)\b"
                    # A temp's or a contractor's last assignment or shift here: "had their last shift with us on Friday",
                    # "hatten ihren letzten Einsatz bei uns", "leur dernière mission chez nous", "laatste dienst bij ons".
                    r"|\b(?:their|his|her) (?:very )?last (?:assignment|shift|placement|engagement|day) (?:with|at|for) us\b"
                    r"|\b(?:ihren|seinen|ihr|sein) letzte[nr]? (?:einsatz|schicht|arbeitstag|tag) bei uns\b"
                    r"|\b(?:leur|sa|son) derni(?:è|e)re? (?:mission|journ(?:é|e)e|jour) (?:chez|avec) nous\b"
                    r"|\bsu (?:(?:ú|u)ltim[oa]) (?:d(?:í|i)a|turno|jornada|misi(?:ó|o)n) (?:con|para) nosotros\b"
                    r"|\b(?:hun|zijn|haar) laatste (?:dienst|werkdag|dag|opdracht) bij ons\b")

# A person's employment ended by the employer, as an HR notice says it: "the employment of Mr X was terminated today",
# "das Arbeitsverhältnis wurde fristlos beendet", "son contrat de travail a été rompu", "la relación laboral ha
# finalizado", "het dienstverband is beëindigd". A leaver, said by the end of the contract rather than a leaver's word.
EMPLOYMENT_ENDED = (r"\bemployment\s(?:\S+\s){0,4}?(?:was|has been|is|will be|have been)\s(?:\S+\s)?(?:terminated|ended)\b"
                    r"|\b(?:was|has been|have been) (?:summarily )?dismissed\b"
                    r"|\barbeitsverh(?:ä|ae)ltnis\w*\s[^!?\n]{0,60}?\b(?:beendet|gek(?:ü|ue)ndigt|aufgel(?:ö|oe)st)\b|\bfristlos\w*\s(?:\S+\s)?(?:gek(?:ü|ue)ndigt|entlassen|beendet|k(?:ü|ue)ndigung)"
                    r"|\bcontrat de travail\s[^!?\n]{0,60}?\b(?:rompu|r(?:é|e)sili(?:é|e)|termin(?:é|e)|pris fin)\b|\blicenciement\b"
                    r"|\brelaci(?:ó|o)n laboral\s[^!?\n]{0,60}?\b(?:finalizad[oa]|terminad[oa]|extinguid[oa]|rescindid[oa])\b|\b(?:ha sido|fue) despedid[oa]\b|\bdespido\b"
                    r"|\bdienstverband\s[^!?\n]{0,60}?\b(?:be(?:ë|e)indigd|opgezegd|ontbonden)\b|\b(?:is|wordt|werd) ontslagen\b|\bontslag op staande voet\b")

# The writer says the help desk has nothing to do: a notice for the record. Not "if this was you, no action is
# required", a vendor alert's wording, which names no one to act.
# The desk, however a notice names it: "the help desk", "the IT service desk", "your support team" (holdout67's).
_THE_DESK = r"(?:you|your side|it|(?:the |your |our )?(?:it[ -])?(?:help ?desk|service ?desk|support(?: team)?|it team))"
_NOTHING_NEEDED = (rf"\bnothing (?:else )?(?:is )?(?:needed|required) (?:from|by|of) {_THE_DESK}\b"
                   # "no action for you yet": the desk's part said to come later, by its own request.
                   rf"|\bno action (?:is )?(?:(?:needed|required) )?(?:from|by|on|for) {_THE_DESK}\b"
                   r"|\b(?:just|only) (?:adding it |sending it |logging it )?(?:here )?for (?:the|your|our) records?\b"
                   # "all working now, no further action needed": the matter said settled, nothing left for anyone.
                   r"|\bno (?:further|more|other) action (?:is )?(?:needed|required|necessary)\b"
                   r"|\bkein (?:weiterer|weitere[rn]?) handlungsbedarf\b"
                   r"|\baucune (?:autre action|action suppl(?:é|e)mentaire) (?:n'est )?(?:requise|n(?:é|e)cessaire)\b"
                   r"|\bno (?:se )?(?:requiere|necesita|hace falta) (?:ninguna )?(?:otra )?acci(?:ó|o)n (?:adicional|m(?:á|a)s)\b"
                   r"|\bgeen (?:verdere|andere) actie (?:meer )?(?:nodig|vereist)\b"
                   r"|\bkein handlungsbedarf\b|\b(?:ihr|sie|du) m(?:ü|ue)ss(?:t|en)? (?:da )?nichts (?:tun|machen|unternehmen)\b|\bnur zur (?:info|kenntnis|dokumentation)\b"
                   r"|\baucune action (?:n'est )?(?:requise|n(?:é|e)cessaire) de votre (?:part|c(?:ô|o)t(?:é|e))|\brien (?:à|a) faire de votre c(?:ô|o)t(?:é|e)\b|\baucune action pour vous\b"
                   r"|\bno (?:se )?(?:requiere|necesita|hace falta) (?:ninguna )?acci(?:ó|o)n (?:por|de) vuestra parte\b|\bno ten(?:é|e)is que hacer nada\b"
                   r"|\bgeen actie (?:(?:nodig|vereist) )?(?:van|door|voor) (?:jullie|u)\b|\b(?:jullie hoeven|u hoeft) niets te doen\b")
# Told only so that the desk knows: "just letting you know", "just so you're aware", "nur damit ihr Bescheid wisst",
# "juste pour information", "solo para que lo sepáis", "even ter info". Weaker than "nothing needed from you": such a
# preface often leads into a plea ("just letting you know she retires Friday, please do what's needed with her logins"),
# so it holds only in a ticket that pleads for nothing and asks nothing at all. A joiner or a leaver announced with the
# day they come or go ("just a heads-up, Ben leaves on Friday") is the notice that starts their onboarding or
# offboarding, however lightly it is told: for those two the told-only veto also yields to a day ahead.
_AHEAD = (r"\b(?:tomorrow|tonight|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day|end of (?:the )?(?:month|week)|starts?|starting"
          r"|begins?|beginning|joins|joining|leaves|leaving|retir(?:es|ing)|morgen|n(?:ä|ae)chste\w*|montag|dienstag|mittwoch|donnerstag"
          r"|freitag|demain|prochain\w*|lundi|mardi|mercredi|jeudi|vendredi|ma(?:ñ|n)ana|pr(?:ó|o)xim\w*|lunes|martes|mi(?:é|e)rcoles"
          r"|jueves|viernes|volgende|maandag|dinsdag|woensdag|donderdag|vrijdag)\b")
_PLEA = (r"(?:\?|\bplease\b|\bpls\b|\bplz\b|\bkindly\b|\b(?:can|could|would) (?:you|someone|somebody)\b|\bbitte\b|\bk(?:ö|oe)nn(?:en|t) (?:sie|ihr|du)\b"
         r"|merci de|pouvez-vous|pourriez-vous|s'il vous pla|por favor|pod(?:é|e)is|pueden|\bgraag\b|kunnen jullie|kunt u|kun je)")
_TOLD_ONLY = (r"\bjust (?:letting you know|to let you know|so (?:you|that you) (?:know|are aware|'re aware)|a heads[- ]up|fyi|reporting|flagging)\b"
              # "just for your info", "only for your information": the same told-only preface, spelt out.
              r"|\b(?:just|only|purely) (?:for (?:your |the )?(?:info|information)|as (?:an? )?(?:fyi|info))\b"
              # A fault only reported, the writer helped already: "just reporting the page is broken", "ich melde es nur",
              # "je signale juste", "solo lo reporto", "ik meld het alleen even".
              r"|\b(?:ich )?melde (?:es |das )?(?:nur|blo(?:ß|ss))\b|\bje (?:le )?signale (?:juste|simplement|seulement)\b"
              r"|\b(?:s(?:ó|o)lo|solamente) (?:lo )?(?:reporto|aviso|comunico)\b|\bik meld (?:het |dit )?(?:alleen|gewoon|even)\b"
              r"|\bnur (?:damit (?:ihr|sie|du) (?:es )?(?:bescheid )?wiss\w*|als (?:info|information)|zu eurer info)\b"
              r"|\b(?:juste|simplement) pour (?:information|info|vous (?:informer|pr(?:é|e)venir)|que vous (?:le )?sachiez)\b"
              r"|\b(?:s(?:ó|o)lo|solamente|simplemente) para (?:que lo sep(?:á|a)is|que lo sepan|informar(?:os|les)?|vuestra informaci(?:ó|o)n)\b"
              r"|\b(?:even |gewoon |alleen )(?:ter info(?:rmatie)?|zodat jullie het weten|om jullie te laten weten)\b")

# Only a question, while everything works: "just a question, everything works fine now", "nur eine Frage, aktuell
# funktioniert alles", "simple question, tout fonctionne", "solo una pregunta, todo funciona", "gewoon een vraag, alles
# werkt". Both halves must be there: a question alone may come with a fault, and "everything works" alone may follow
# a request ("everything works except Outlook, please reset it").
_JUST_A_QUESTION = (r"\b(?:just|only|simply|merely|purely) (?:a |one )?(?:quick |general |simple )?(?:question|query)\b|\b(?:just|only) (?:want(?:ed)?|wanting|need(?:ed)?|trying) to (?:know|ask|understand|check)\b"
                    r"|\bnur (?:eine |mal eine |so eine )?(?:kurze |allgemeine )?frage\b|\b(?:reine|blo(?:ß|ss)e) (?:verst(?:ä|ae)ndnis)?frage\b|\bm(?:ö|oe)chte (?:nur|blo(?:ß|ss)) wissen\b"
                    r"|\b(?:juste|simple) (?:une )?question\b|\bje (?:voudrais|veux) (?:juste|seulement) savoir\b"
                    r"|\b(?:s(?:ó|o)lo|simplemente|solamente) (?:una )?(?:pregunta|consulta)\b|\b(?:s(?:ó|o)lo|solamente) quiero saber\b"
                    r"|\b(?:gewoon|alleen|puur) (?:een )?(?:vraag|vraagje)\b|\bik wil (?:alleen|gewoon) weten\b")
_ALL_WORKS = (r"\b(?:everything|it all|all)\s(?:\S+\s)?(?:works|is working|working|is fine|fine)\b|\bnothing (?:to do|needed|to change) (?:yet|for now|at the moment)\b"
              r"|\b(?:alles|es)\s(?:\S+\s)?(?:funktioniert|geht|l(?:ä|ae)uft|klappt)\b|\b(?:funktioniert|geht|l(?:ä|ae)uft|klappt) (?:\S+ )?alles\b|\bnoch nichts zu tun\b"
              r"|\btout (?:\S+ )?(?:fonctionne|marche|va bien)\b|\brien (?:(?:à|a) faire )?pour l'instant\b"
              r"|\btodo (?:\S+ )?(?:funciona|va bien)\b|\bnada que hacer (?:todav(?:í|i)a|por ahora)\b"
              r"|\balles (?:\S+ ){0,2}?(?:werkt|gaat goed|doet het)\b|\bnog niets te doen\b"
              # Or nobody is in the state asked about: "just a question, nobody is locked right now", "niemand ist
              # gerade gesperrt", "personne n'est bloqué", "nadie está bloqueado", "niemand is nu geblokkeerd"
              # (holdout67's lockout threshold asked about). The question is about the rule, not a person's account.
              r"|\b(?:nobody|no one|no-one|noone)(?:'s| is)? (?:currently |actually |really )?(?:locked|affected|blocked|stuck)\b"
              r"|\bniemand (?:\S+ ){0,3}?(?:gesperrt|ausgesperrt|betroffen|geblokkeerd|vergrendeld|getroffen|buitengesloten)\b"
              r"|\bpersonne n'est (?:\S+ )?(?:bloqu|verrouill|concern)\w*|\bnadie (?:\S+ ){0,2}?(?:bloquead|afectad)[oa]s?\b")
_ONLY_ASKING = unless_asked(rf"(?:{_JUST_A_QUESTION})[\s\S]{{0,300}}?(?:{_ALL_WORKS})|(?:{_ALL_WORKS})[\s\S]{{0,300}}?(?:{_JUST_A_QUESTION})")

# A service's downtime announced ahead, for the desk to pass on: "the self-service portal (password change, MFA
# enrolment) will be down Sat 06:00-10:00", "das Portal wird am Samstag nicht erreichbar sein", "le portail sera
# indisponible samedi", "el portal estará fuera de servicio el sábado", "het portaal zal zaterdag niet beschikbaar zijn",
# or named as planned maintenance. What the service does names the sign-in's words; nobody's password, lock or factor
# is to change. Only ahead ("will be"): an outage now is a fault reported, read elsewhere.
_DOWN_AHEAD = (r"\b(?:will|'ll|is going to|are going to)\sbe\s(?:\S+\s)?(?:down|unavailable|offline|out of service|not available|inaccessible)\b"
               r"|\b(?:planned|scheduled)\s(?:\S+\s)?(?:maintenance|downtime|outage)\b|\bmaintenance window\b"
               r"|\bwird\s(?:\S+\s){0,8}?(?:nicht\s(?:verf(?:ü|ue)gbar|erreichbar)|offline|abgeschaltet)\ssein\b|\b(?:geplante\swartung|wartungsfenster|wartungsarbeiten)\b"
               r"|\bsera\s(?:\S+\s){0,2}?(?:indisponible|inaccessible|hors service|hors ligne|coup(?:é|e)e?)\b|\bmaintenance\s(?:programm(?:é|e)e|planifi(?:é|e)e|pr(?:é|e)vue)\b"
               r"|\bestar(?:á|a)n?\s(?:\S+\s){0,2}?(?:fuera de servicio|no disponible|inaccesible|fuera de l(?:í|i)nea)\b|\bmantenimiento\s(?:programado|planificado|previsto)\b"
               r"|\b(?:zal|zullen)\s(?:\S+\s){0,6}?(?:niet beschikbaar|onbereikbaar|offline|buiten gebruik)\szijn\b|\b(?:gepland|ingepland)\sonderhoud\b|\bonderhoudsvenster\b")

# A change every user must make, announced ahead to the desk: "Security will require everyone to re-register MFA by
# 15 Dec, service desk please be aware", "alle Mitarbeiter müssen bis Freitag ihr Passwort ändern, zur Info", "tous les
# utilisateurs devront réenregistrer leur MFA, pour info", "todos los usuarios deberán cambiar su contraseña, para su
# información", "alle medewerkers moeten vóór vrijdag hun MFA opnieuw registreren, ter info" (h93). A campaign to
# expect calls about, with the desk told so: nobody's password, lock or factor is to change now.
_EVERYONE = (r"(?:everyone|everybody|all (?:users|staff|employees|colleagues|accounts)|alle (?:benutzer|nutzer|mitarbeiter\w*|kolleg\w*|user)"
             r"|tous les (?:utilisateurs|employ(?:é|e)s|collaborateurs|agents)|todos los (?:usuarios|empleados)|alle (?:gebruikers|medewerkers|collega'?s))")
_ALL_MUST_AHEAD = (rf"\b(?:will|are going to|is going to)\s(?:\S+\s)?(?:require|ask|force|need|oblige)\s{_EVERYONE}\s(?:to|must)\b"
                   rf"|\b{_EVERYONE}\s(?:will (?:have|need) to|will be (?:required|asked|forced) to|must|m(?:ü|ue)ssen|werden|devront|doivent"
                   r"|deber(?:á|a)n|tendr(?:á|a)n que|moeten|zullen)\b")
_DESK_TOLD = (r"\b(?:fyi|for your information|(?:please )?be aware|for (?:your )?awareness|heads[- ]up|be advised|comms|communications? (?:go|goes|will go)"
              r"|zur (?:info|kenntnis)|nur zur information|bitte beachten|pour (?:info|information)|(?:à|a) noter|pour votre information"
              r"|para (?:su|vuestro|tu) (?:informaci(?:ó|o)n|conocimiento)|a modo informativo|ter (?:info|kennisgeving|informatie)|ter kennis)\b")
_EVERYONE_TOLD_AHEAD = unless_asked(rf"(?:{_ALL_MUST_AHEAD})[\s\S]{{0,300}}?(?:{_DESK_TOLD})|(?:{_DESK_TOLD})[\s\S]{{0,300}}?(?:{_ALL_MUST_AHEAD})")

# Anchors (patterns.Signal): a fragment every match of the expression above it contains, tested first.
_DEVICE_ANCHOR = words("lock", "kiosk", "gesperrt", "bloqu", "geblokkeerd", "sperr", "verrouill", "bloqueo", "quiosco", "vergrendel", "ontgrendel", "passcode", "pin",
                       "code", "digo")
_FINISHED_ANCHOR = words("us", "uns", "nous", "nosotros", "ons")
_ENDED_ANCHOR = words("employ", "dismissed", "arbeitsverh", "fristlos", "contrat de travail", "licenciement", "laboral", "despid",
                      "despido", "dienstverband", "ontslag")
_HANDSET_ANCHOR = words("too many", "too often", "zu oft", "zu viele", "trop de", "trop souvent", "demasiad", "te vaak", "te veel",
                        "disabled", "unavailable", "deaktiviert", "verf", "sactiv", "indisponible", "disponible", "uitgeschakeld",
                        "beschikbaar")
_HELD_ANCHOR = words("locked", "gesperrt", "verrouill", "bloquead", "vergrendeld", "log ", "abmelden", "connecter", "cerrar",
                     "afmelden")
_NOTHING_ANCHOR = words("needed", "required", "necessary", "no action", "further action", "more action", "other action", "aucune", "verdere actie", "andere actie", "record", "handlungsbedarf", "nichts", "nur zur", "aucune action", "rien", "acci",
                        "nada", "geen actie", "niets")
_TOLD_ANCHOR = words("just ", "only ", "purely ", "nur ", "pour ", "para ", "ter info", "weten", "melde", "signale", "reporto", "aviso", "comunico", "meld ")

_CODE_ANCHOR = words("pin", "code", "digo")
_QUESTION_ANCHOR = words("question", "query", "know", "ask", "understand", "check", "frage", "wissen", "pregunta",
                         "consulta", "saber", "vraag", "weten")

# A monitoring system's alert, pasted or forwarded as it was raised, with the severity it was graded at ("Severity:
# low", "Schweregrad: hoch", "Gravité : élevée", "Severidad: alta", "Ernst: hoog"). It records that an account locked or
# sign-ins failed and leaves it to a person to weigh; nobody asked for anything. Not where the writer asks in so many
# words ("severity: high, please unlock him now"). A bare event number without a grade stays what it says:
# tests/data/triage_holdout18.jsonl files an "Event ID 4740 ... locked out" routed to the desk as the unlock it reports.
_MONITORING_ALERT = (r"\b(?:severity|schweregrad|gravit(?:é|e)|s(?:é|e)v(?:é|e)rit(?:é|e)|severidad|gravedad|ernst)\s?:\s?"
                     r"(?:low|medium|high|critical|info\w*|warn\w*|minor|major|niedrig|mittel|hoch|kritisch|faible|moyenne?"
                     r"|(?:é|e)lev(?:é|e)e|critique|baja|media|alta|cr(?:í|i)tica|laag|middel|hoog|kritiek)\b")
_MONITORING_ANCHOR = words("everit", "érit", "schweregrad", "gravit", "severidad", "gravedad", "ernst")
# An audit or detection rule's finding, pasted under the rule's label ("Audit rule: account created outside the
# onboarding workflow", "Überwachungsregel: ...", "Règle d'audit : ...", "Regla de auditoría: ...", "Auditregel: ..."):
# what it records was done already by someone, and "please review" asks a person to weigh it, not to make an account
# (set h92, a chain of clinics and laboratories).
_RULE_FINDING = (r"\b(?:audit|alert|alerting|detection|monitoring|compliance|security|siem|correlation)[\s-]?(?:rule|policy|event)\s?:"
                 r"|\b(?:audit|(?:ü|ue)berwachungs|alarm|sicherheits|erkennungs)[\s-]?(?:regel|richtlinie|ereignis)\s?:"
                 r"|\br(?:è|e)gle d'(?:audit|alerte)\s?:|\br(?:è|e)gle de (?:d(?:é|e)tection|surveillance|conformit(?:é|e))\s?:"
                 r"|\bregla de (?:auditor(?:í|i)a|alerta|detecci(?:ó|o)n|supervisi(?:ó|o)n|monitorizaci(?:ó|o)n)\s?:"
                 r"|\b(?:audit|alarm|detectie|monitoring|beveiligings)[\s-]?regel\s?:")
# A change already made, and the desk asked only whether it was meant: "Alert: suspicious additions to sensitive groups
# ... please confirm whether this was a planned change", "bitte bestätigen, ob dies eine geplante Änderung war",
# "merci de confirmer s'il s'agit d'un changement prévu", "confirme si fue un cambio planificado", "graag bevestigen of
# dit een geplande wijziging was". Someone made the change; a person weighs it, nobody asks for another (set h98, an
# accounting firm's). A plea to undo it ("remove him again") is asked in words, and unless_asked keeps that.
_CHANGE_TO_CONFIRM = (r"\bconfirm\w*\s(?:whether|if)\s(?:this|that|these|it|the (?:\S+\s)?(?:change|addition|removal)s?)\s(?:\S+\s)?(?:was|were|is|are)\s(?:an?\s)?"
                      r"(?:planned|expected|intended|authori[sz]ed|approved|legitimate|known)\b"
                      r"|\bbest(?:ä|ae)tig\w*,?\s(?:ob|dass)\s(?:dies|das|es|diese)\s(?:\S+\s){0,2}?(?:geplant|erwartet|beabsichtigt|genehmigt|autorisiert|bekannt)\w*"
                      r"|\bconfirm\w*\s(?:si|que)\s(?:\S+\s){0,4}?(?:pr(?:é|e)vue?|planifi(?:é|e)e?|attendue?|autoris(?:é|e)e?|approuv(?:é|e)e?|l(?:é|e)gitime)s?\b"
                      r"|\bconfirm\w*\s(?:si|que)\s(?:\S+\s){0,4}?(?:planificad[oa]|previst[oa]|esperad[oa]|autorizad[oa]|aprobad[oa]|leg(?:í|i)tim[oa])s?\b"
                      r"|\bbevestig\w*\s(?:of|dat)\s(?:\S+\s){0,4}?(?:gepland\w*|verwacht\w*|bedoeld\w*|goedgekeurd\w*|geautoriseerd\w*)")
_CONFIRM_ANCHOR = words("confirm", "bestätig", "bestaetig", "bevestig")
# A directory synchronisation's error report: the sync tool named, with its failure ("Entra Connect: 3 objects failed
# export", "AAD Connect Synchronisierungsfehler", "erreur de synchronisation de l'annuaire", "error de sincronización
# del directorio", "fout in directorysynchronisatie"). The objects it names exist already, or are a technician's to
# mend in the directory; no account is to be made, closed or granted on its word.
_SYNC_TOOL = (r"(?:\b(?:entra|azure ad|aad|ad|azure active directory)\s?connect\b|\bdirsync\b|\b(?:entra |azure ad )?cloud sync\b"
              r"|\bdirectory sync\w*|\bverzeichnis-?synchroni\w+|\bsynchronisation (?:de l'|de |du )annuaire\b"
              r"|\bsincronizaci(?:ó|o)n (?:de|del) directorio\b|\bdirectory-?synchronisatie\b)")
_SYNC_FAILED = (r"(?:failed|failures?|errors?|fehler\w*|fehlgeschlagen|erreurs?|(?:é|e)checs?|(?:é|e)chou(?:é|e)e?s?|error(?:es)?"
                r"|fall(?:ó|o|aron|ido)|fout(?:en)?|mislukt)")
_DIRECTORY_SYNC_FAILED = rf"{_SYNC_TOOL}[^\n]{{0,80}}?\b{_SYNC_FAILED}\b|\b{_SYNC_FAILED}\b[^\n]{{0,80}}?{_SYNC_TOOL}"
_SYNC_ANCHOR = words("connect", "dirsync", "cloud sync", "directory sync", "synchroni", "sincroniza")
_RULE_ANCHOR = words("rule", "policy", "event", "regel", "richtlinie", "ereignis", "règle", "regle", "regla")

DEVICE_AND_NOTICE_GATES: dict[str, str] = {"offboarding": f"{FINISHED_WITH_US}|{EMPLOYMENT_ENDED}"}

DEVICE_AND_NOTICE_SIGNALS: list[Signal] = [
    # "Paul Wood finished with us on Friday, could you switch off his login?": a leaver, as a leaver's word weighs.
    Signal("offboarding", "finished with us", rx(FINISHED_WITH_US), 1.8, _FINISHED_ANCHOR),
    # "Das Arbeitsverhältnis mit Herrn K. wurde heute beendet. Bitte sein Konto deaktivieren": an HR termination notice.
    Signal("offboarding", "employment ended", rx(EMPLOYMENT_ENDED), 1.8, _ENDED_ANCHOR),
]

DEVICE_AND_NOTICE_VETOES: list[Veto] = [
    # "the tablet is frozen, can you unlock and reset it": the device's to wipe or re-enrol, no password's reset.
    *(Veto(category, rx(_DEVICE_UNLOCKED_AND_RESET), 3.0) for category in ("password_reset", "account_unlock")),
    # "the scanner is stuck on its lock screen and won't take the unlock code": a device's lock, not an account's.
    Veto("account_unlock", rx(unless_asked(_LOCKED_DEVICE)), 3.0, _DEVICE_ANCHOR),
    # "the follow-me printer wants my PIN and I've forgotten it", "reset the voicemail PIN, it says mailbox locked":
    # the thing's own code.
    Veto("password_reset", rx(_THINGS_CODE), 3.0, _CODE_ANCHOR),
    Veto("account_unlock", rx(_THINGS_CODE), 3.0, _CODE_ANCHOR),
    # "just a question: does the authenticator work abroad? Everything works fine now": nothing to change.
    *(Veto(category, rx(_ONLY_ASKING), 3.0, _QUESTION_ANCHOR)
      for category in ("password_reset", "account_unlock", "mfa_reset", "group_membership", "mailbox_access",
                       "license_change", "onboarding", "offboarding", "session_revoke")),
    # "the ward iPad says 'iPad unavailable' after the passcode was tried too many times, can you reset it?".
    Veto("account_unlock", rx(_HANDSET_LOCKED_ITSELF), 3.0, _HANDSET_ANCHOR),
    # "my work phone's SIM is blocked after three wrong PINs, it asks for the PUK": the carrier's code, no account.
    *(Veto(category, rx(_SIM_LOCKED), 3.0, words("puk", "sim")) for category in ("account_unlock", "password_reset")),
    # "the PC at the nurses' station is locked by Dr Rao, who is off shift: can you log him off remotely?".
    Veto("account_unlock", rx(_HELD_WORKSTATION), 3.0, _HELD_ANCHOR),
    # "the med cart is locked under Dr Rao's session and he's gone home": his session to end, no lockout.
    Veto("account_unlock", rx(_HELD_UNDER_ANOTHERS_LOGIN), 3.0, words("locked", "gesperrt", "blockiert", "verrouill", "bloqu",
                                                                      "vergrendeld", "geblokkeerd")),
    # "[monitor] A user account was locked out. Account: jdoe. Severity: low": an alert raised, graded for a person.
    *(Veto(category, rx(unless_asked(_MONITORING_ALERT)), 3.0, _MONITORING_ANCHOR)
      for category in ("password_reset", "account_unlock", "mfa_reset", "session_revoke")),
    # "Entra Connect: 3 objects failed export, duplicate proxyAddress on new hire accounts": the sync to mend.
    *(Veto(category, rx(unless_asked(_DIRECTORY_SYNC_FAILED)), 3.0, _SYNC_ANCHOR)
      for category in ("onboarding", "offboarding", "group_membership", "mailbox_access", "license_change")),
    # "FYI: the self-service portal (password change, MFA enrolment) will be down Sat 06:00-10:00; inform callers".
    *(Veto(category, rx(unless_asked(_DOWN_AHEAD)), 3.0)
      for category in ("password_reset", "account_unlock", "mfa_reset", "session_revoke")),
    # "Security will require everyone to re-register MFA by 15 Dec; service desk please be aware": a campaign ahead.
    *(Veto(category, rx(_EVERYONE_TOLD_AHEAD), 3.0)
      for category in ("password_reset", "account_unlock", "mfa_reset", "session_revoke")),

    # "Audit rule: account 'x' created in OU=... outside the onboarding workflow, please review": a finding to weigh.
    *(Veto(category, rx(unless_asked(_RULE_FINDING)), 3.0, _RULE_ANCHOR)
      for category in ("password_reset", "account_unlock", "mfa_reset", "session_revoke", "onboarding", "offboarding",
                       "group_membership", "mailbox_access", "license_change")),
    # "Alert: user added to Domain Admins by adm-x. Please confirm whether this was a planned change": a change to weigh.
    *(Veto(category, rx(unless_asked(_CHANGE_TO_CONFIRM)), 3.0, _CONFIRM_ANCHOR)
      for category in ("password_reset", "account_unlock", "mfa_reset", "session_revoke", "onboarding", "offboarding",
                       "group_membership", "mailbox_access", "license_change")),
    # "IT disabled her account this morning; just for the records, nothing needed from you".
    *(Veto(category, rx(unless_asked(_NOTHING_NEEDED)), 3.0, _NOTHING_ANCHOR)
      for category in ("password_reset", "account_unlock", "mfa_reset", "group_membership", "mailbox_access",
                       "license_change", "onboarding", "offboarding", "session_revoke")),
    # "the welcome pack went to the wrong team lead, not a big deal, just letting you know": told, nothing pleaded for.
    *(Veto(category, rx(unless(_TOLD_ONLY, _PLEA)), 3.0, _TOLD_ANCHOR)
      for category in ("password_reset", "account_unlock", "mfa_reset", "group_membership", "mailbox_access",
                       "license_change", "session_revoke")),
    *(Veto(category, rx(unless(_TOLD_ONLY, f"(?:{_PLEA}|{_AHEAD})")), 3.0, _TOLD_ANCHOR)
      for category in ("onboarding", "offboarding")),
]
