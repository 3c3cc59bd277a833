# ruff: noqa: E501 -- one language per line reads best
"""The words requests are made of, in the five languages Rallied reads: English, German, French, Spanish, Dutch.

Regular-expression fragments (lower case, matched on the lower-cased text of tickets/triage/text.py), shared by
the signals and vetoes in tickets/triage/patterns.py and vetoes.py. Each fragment lists one language per line, English
first, so a missing word in one language is easy to see. Accents are optional where writers drop them ("oublie",
"contrasena"), and common typos stay in the English and German lines where tickets showed them. The words of joiners
and leavers (a newcomer, a leaver, an account to create or disable) are in tickets/triage/joiner_leaver_words.py.

Portuguese and Chinese have one line of their most common words where a ticket in them asks for an action in so
few words that a technician reads it at a glance ("minha senha expirou ... por favor resetar", "请帮我重置密码"); the
replies still go out in the five languages (tickets/triage/language.py).

Two distinctions carry most of the precision:
- a state is not a command: "bloqué" / "bloqueado" / "geblokkeerd" / "gesperrt" (the account IS locked: unlock it)
  versus "bloquer" / "bloquear" / "blokkeren" / "sperren" (lock it: an offboarding step), so LOCKED lists
  participles only;
- a request is not a symptom: "give me access to the shared mailbox" asks for a change; "the shared mailbox is not
  syncing" reports a fault (SYMPTOM), which a technician diagnoses.
"""

from __future__ import annotations

# Characters within one sentence: a dot inside an address or a name ("a.kurz@praxis.example") does not end it.
CLAUSE = r"(?:[^.!?\n]|\.(?=\w))"

# -- passwords --------------------------------------------------------------------------------------------------
PW = (
    r"(?:p[ae]?s{1,2}\s?(?:w(?:or|ro|o|r)?r?|or|ro)[dt][sz]?|\bpwd\b|\bpw\b"
    r"|kennw[oö]rt(?:er)?"
    r"|mots? de passe|\bmdp\b"
    r"|contrase(?:ñ|n)as?|\bclave\b"
    r"|wachtwoord(?:en)?|\bww\b"
    r"|\bsenhas?\b|密码|口令)"
)
RESET = (
    r"(?:re-?set+(?:t?ing|ed)?|\brest\b|reseting"
    r"|zur(?:ü|ue)ck\s?(?:zu)?setzen|neu\s?(?:zu)?setzen|wiederherstellen|neu vergeben"
    r"|r(?:é|e)initialis\w*|r(?:é|e)g(?:é|e)n(?:é|e)r\w*"
    r"|restablec\w*|resete\w*|reinici\w*|restaur\w*"
    r"|resetten|gereset|opnieuw in(?:stellen|gesteld)|nieuw instellen"
    r"|redefini\w*|重置|重设)"
)
FORGOT = (
    r"(?:forg[oe]t+(?:en)?|can'?t remember|cannot remember|don'?t remember"
    # Said of someone else or of the past: "she doesn't remember it", "he didn't remember the new one", "can't recall".
    r"|doesn'?t remember|does not remember|didn'?t remember|did not remember|do not remember|no longer remembers?"
    r"|can'?t recall|cannot recall"
    r"|vergessen"
    r"|oubli(?:é|e)e?s?"
    r"|olvid\w*|no recuerd\w*|no me acuerdo"
    r"|ne (?:me )?souviens (?:plus|pas)"
    r"|vergeten|weet .{0,20}niet meer"
    r"|esqueci|忘记|忘了)"
)
NEW = r"(?:new|neue?s?|nouveau|nouvel|nueva?|nuevo|nieuwe?)"
EXPIRED = r"(?:expired|expires|expiring|abgelaufen|l(?:ä|ae)uft .{0,10}ab|expir(?:é|e)e?|caduc\w*|vencid[oa]|verlopen|expirou|expirada|过期)"
NOT_WORKING = (
    r"(?:not working|doesn'?t work|does not work|isn'?t working|not accepted|wrong|incorrect|invalid|no longer work\w*"
    r"|stopped working|ya no (?:funciona|sirve)"
    r"|funktioniert nicht|nicht mehr an\b"
    r"|ne (?:fonctionne|marche) (?:plus|pas)|n'est (?:plus|pas) accept(?:é|e)"
    r"|no funciona|no (?:me )?(?:lo |la )?acepta"
    r"|werkt niet|niet (?:meer )?geaccepteerd)"
)

# -- locks ------------------------------------------------------------------------------------------------------
# The verb that asks to lift a lock. In English and German it means an account; in French, Spanish and Dutch the verb
# is everyday language ("débloquer la situation", "desbloquear el móvil"), so patterns.py wants an account or a
# person next to it.
UNLOCK = r"(?:\bun-?lock(?:ed|ing)?\b|\bentsperr\w*|sperre (?:\S+ ){0,5}?aufheben|解锁)"
UNLOCK_ELSEWHERE = r"(?:d(?:é|e)bloqu|d(?:é|e)verrouill|desbloque|deblokker|ontgrendel)\w*"
# The account's state (participles only: "bloquer son compte" asks to lock it, which is offboarding).
LOCKED = (
    r"(?:(?<!un)(?<!un-)locked|gesperrt|ausgesperrt"
    r"|bloqu(?:é|e)e?s?\b|verrouill(?:é|e)e?s?\b"
    r"|bloquead[oa]s?\b"
    r"|geblokkeerd|vergrendeld|buitengesloten"
    r"|被锁|锁定)"
)
# What an account is called, for "the account is locked".
ACCOUNT = (
    r"(?:account|user|login|id\b|username"
    r"|konto|benutzer\w*|zugang|kennung"
    r"|compte|session|utilisateur|identifiant"
    r"|cuenta|usuario|sesi(?:ó|o)n"
    r"|gebruiker\w*|inlog\w*"
    r"|\bconta\b|\busu(?:á|a)rio\b|账号|帐号|账户|帐户)"
)

# -- MFA --------------------------------------------------------------------------------------------------------
# The factor as a thing carried (holdout54's "lost my RSA token"): a hardware or soft token, a SecurID fob, a YubiKey,
# "Hardware-Token", "jeton RSA", "token físico", "hardwaretoken". Only a token named by its kind: a bare "token" is as
# often an API's or a session's. Not in MFA itself: a token named alone ("can I order a spare YubiKey?") is hardware;
# patterns.py reads it as the factor only when it is gone or broken.
MFA_TOKEN = (r"(?:\b(?:rsa|securid|hardware|soft|software|otp|mfa|2fa|vpn)[- ]?tokens?\b|\bsecurid\b|\byubikeys?\b"
             r"|\bfido2?[- ](?:key|stick|schl(?:ü|ue)ssel)|\bjetons? (?:rsa|securid|physiques?|mat(?:é|e)riels?|otp)\b"
             r"|\btokens? (?:rsa|securid|f(?:í|i)sicos?|de hardware|otp)\b)")
MFA = (
    r"(?:\b(?:mfa|2fa|2[- ]?step|two[- ]?(?:factor|step)|multi[- ]?factor|authenticator|okta verify|duo (?:mobile|push|app|prompt)|verification (?:code|app|prompt)|security info|sign-?in method|authentication method|temporary access pass|one[- ]time (?:code|passcode)|otp\b)"
    r"|zwei[- ]?faktor|2-faktor|mehrstufige|authentifizierung|best(?:ä|ae)tigungscode|sicherheitsinformationen|anmeldeanfrage"
    r"|double authentification|authentification (?:(?:à|a) deux facteurs|multifacteur|forte)|deux facteurs|codes? de (?:v(?:é|e)rification|validation|confirmation)|m(?:é|e)thodes? d'authentification"
    r"|(?:verificaci(?:ó|o)n|autenticaci(?:ó|o)n) en dos pasos|doble factor|dos factores|multifactor|c(?:ó|o)digos? de verificaci(?:ó|o)n|m(?:é|e)todos? de autenticaci(?:ó|o)n"
    r"|tweestapsverificatie|twee-?staps|meervoudige (?:verificatie|authenticatie)|verificatiecode|authenticatiemethode\w*"
    r"|autenticador|(?:application|appli|app) d'authentification|authenticatie-?app"
    # The factor by what it shows the person: "sign-in approvals go to my old phone", "login approval requests",
    # "Anmeldebestätigung", "demandes d'approbation de connexion", "aprobación de inicio de sesión", "inlogverzoek".
    # Only a sign-in's approval: "approval requests" alone are a workflow's.
    r"|\b(?:sign-?in|log-?in|log-?on) (?:approval|approve|request)s?\b|anmelde(?:best(?:ä|ae)tigung|genehmigung)\w*"
    r"|approbations? de connexion|demandes? (?:d'approbation )?de connexion|aprobaci(?:ó|o)n de inicio de sesi(?:ó|o)n"
    r"|solicitud(?:es)? de inicio de sesi(?:ó|o)n|(?:inlog|aanmeld)verzoek\w*)"
)
MFA_AGAIN = (
    r"(?:re-?(?:register|enrol+|setup|set up)|reset|new (?:phone|handy|mobile|iphone|device)|lost (?:my )?(?:phone|handy|mobile)|phone (?:was )?(?:stolen|broken|lost|died)|not (?:getting|receiving) (?:the )?(?:code|push|prompt|notification)|approve (?:the )?(?:sign-?in|request)"
    r"|neues (?:handy|telefon|smartphone)|handy (?:verloren|kaputt|gestohlen)|handywechsel|keine?n? (?:code|push|anmeldeanfrage|best(?:ä|ae)tigungscode)|neu (?:einrichten|registrieren)|zur(?:ü|ue)cksetzen"
    r"|nouveau (?:t(?:é|e)l(?:é|e)phone|portable|mobile)|(?:perdu|chang(?:é|e) de) (?:mon )?(?:t(?:é|e)l(?:é|e)phone|portable|num(?:é|e)ro)|vol(?:é|e)\b|r(?:é|e)initialis\w*|r(?:é|e)enregistr\w*|ne re(?:ç|c)ois plus"
    r"|(?:m(?:ó|o)vil|tel(?:é|e)fono) nuevo|nuevo (?:m(?:ó|o)vil|tel(?:é|e)fono)|perd(?:í|i)|cambi(?:é|e) de|robaron|robado|restablec\w*|reinici\w*|volver a (?:configurar|registrar)|no me llega"
    r"|nieuwe telefoon|kwijt|gestolen|resetten|opnieuw (?:instellen|registreren)|krijg geen"
    # The number the codes go to has changed: "since I changed my mobile number", "seit dem Wechsel der Handynummer",
    # "nouveau numéro", "nuevo número", "nieuw telefoonnummer". The codes go to the old one until it is registered anew.
    r"|(?:changed|new|change of|changing|switched) (?:my |his |her |the )?(?:mobile |phone |cell |cellphone )?number"
    r"|(?:mobile|phone|cell) number (?:has |was )?changed"
    r"|(?:wechsel|(?:ä|ae)nderung) (?:der|meiner|seiner|ihrer) (?:handy|telefon|mobil(?:funk)?)?nummer"
    r"|(?:handy|telefon|mobil)nummer(?:n)?wechsel|neue (?:handy|telefon|mobil)?nummer|(?:handy|telefon|mobil)nummer (?:\S+ )?ge(?:ä|ae)ndert"
    r"|nouveau num(?:é|e)ro|num(?:é|e)ro (?:de (?:t(?:é|e)l(?:é|e)phone|portable) )?a chang(?:é|e)"
    r"|nuevo n(?:ú|u)mero|n(?:ú|u)mero nuevo|cambio de n(?:ú|u)mero"
    r"|nieuw (?:telefoon|gsm|mobiel )?nummer|(?:telefoon|gsm|mobiel)nummer (?:is )?(?:gewijzigd|veranderd))"
)

# -- sessions ---------------------------------------------------------------------------------------------------
# "sign me out everywhere", "revoke his sessions": a sign-out the requester asks for (not an app that signs out).
SIGN_OUT = (
    r"(?:\b(?:sign|log|kick)(?:ged)? (?:\S+ ){0,3}?out (?:of |from )?(?:all|every|everywhere|each)|\b(?:revoke|end|kill|terminate|close|clear|invalidate) (?:\S+ ){0,3}?(?:sessions?|sign-?ins?|tokens?)\b|sign-?out everywhere|force (?:a )?(?:sign|log)[- ]?out"
    r"|kick (?:everyone|everybody|them all|them|all) out of (?:my|his|her|their|the) (?:account|mailbox|e-?mail)"
    r"|(?:(?:ü|ue)berall|von allen ger(?:ä|ae)ten) abmelden|von allen (?:sitzungen|ger(?:ä|ae)ten) (?:\S+ )?ab\b|(?:alle )?sitzungen (?:\S+ ){0,4}?(?:beenden|abmelden|widerrufen|zur(?:ü|ue)cksetzen)|(?:beenden|widerrufen) sie (?:\S+ ){0,2}?sitzungen"
    # "werfen Sie alle Geräte und Sitzungen raus": thrown out, German's everyday word for it.
    r"|(?:sitzungen|ger(?:ä|ae)te) (?:\S+ ){0,2}?(?:raus|hinaus)(?:werfen|schmei(?:ß|ss)en|kicken)?\b"
    r"|(?:fermer|r(?:é|e)voquer|terminer|clore) (?:\S+ ){0,2}?sessions|d(?:é|e)connect\w* (?:\S+ ){0,3}?(?:partout|tous (?:ses|mes|les) appareils|toutes (?:ses|mes|les) sessions)"
    r"|(?:cerrar|cerrad|revocar|revocad|finalizar) (?:\S+ ){0,2}?sesiones|(?:cerrar|cerrad) sesi(?:ó|o)n en todos|desconect\w* (?:\S+ ){0,3}?(?:todos (?:sus|mis|los) dispositivos|todas (?:sus|mis|las) sesiones)"
    r"|(?:overal|op alle apparaten) (?:af(?:melden|gemeld)|uit(?:loggen|gelogd))|sessies (?:\S+ ){0,2}?(?:be(?:ë|e)indigen|intrekken|afsluiten))"
)

# -- mailboxes, groups, folders ---------------------------------------------------------------------------------
MAILBOX = (
    r"(?:mail\s?-?box(?:es)?|e-?mail\s?box|inbox|calendars?"
    r"|postfach|postf(?:ä|ae)cher|kalender"
    r"|bo(?:î|i)tes? (?:aux lettres|mail|e-?mail|partag(?:é|e)e)|bo(?:î|i)te(?= [\w.+-]+@)|calendrier|agenda de"
    r"|buz(?:ó|o)n(?:es)?|calendario"
    r"|postbus|postvak(?:ken)?|agenda van)"
)
SHARED_MAILBOX = (
    r"(?:shared\s?(?:mail\s?-?box|inbox|e-?mail(?: account| address)?)|(?:team|group|department) mailbox"
    r"|(?:gemeinsame[sn]?|freigegebene[sn]?|funktions|team|gruppen)[\s-]?postf(?:a|ä)ch"
    r"|bo(?:î|i)te (?:aux lettres |mail |e-?mail )?partag(?:é|e)e|bo(?:î|i)te (?:aux lettres |mail )?commune"
    r"|buz(?:ó|o)n compartido"
    r"|gedeelde (?:mailbox|postbus|postvak|inbox))"
)
SEND_AS = (
    r"(?:send(?:ing)? (?:e-?mails? )?(?:as|on behalf)|senden als|im auftrag senden"
    r"|envoyer (?:en tant que|de la part|au nom)|enviar (?:como|en nombre)|verzenden (?:als|namens)|versturen (?:als|namens))"
)
ACCESS = (
    # "read" as a right, not "a mailbox nobody reads", "is it ready", "reading the mail" (what people do, not may do).
    r"(?:access|acess|acces|permissions?|rights|\bread(?:\s?(?:/|and|&|-)\s?write)?(?!s\b|y\b|ing\b)|write|full control|full access"
    r"|zugriff|zugang|berechtigung(?:en)?|rechte|vollzugriff|lese|schreib"
    r"|acc(?:è|e)s|acc(?:é|e)der|droits?|lecture|(?:é|e)criture|contr(?:ô|o)le total"
    r"|acceso|acceder|permisos?|lectura|escritura|control total"
    r"|toegang|rechten|leesrechten|schrijfrechten|machtiging"
    r"|权限|访问)"
)
# Words in every ACCESS match, for the engine's cheap anchor.
ACCESS_NEEDLES = ("权限", "访问", "acces", "acess", "accès", "accéd", "acced", "permis", "rights", "read", "write", "full control", "zugriff", "zugang",
                  "berechtigung", "rechte", "lese", "schreib", "droit", "lecture", "criture", "contrôle total",
                  "controle total", "lectura", "escritura", "control total", "toegang", "rechten", "machtiging",
                  "freigabe")
# A directory object's own name: words joined by hyphens or underscores ("dl-field-supervisors", "crm_clm_supervisor"),
# as groups and lists are named in the directory (stays_or_goes._STILL_LISTED, said_briefly's membership of a named group).
DIRECTORY_NAME = r"[a-z0-9]+(?:[-_][a-z0-9]+)+\b"
GROUP = (
    r"(?:\bgro?ups?\b|gruppe\w*|\bgroupes?\b|\bgrupos?\b|\bgroep(?:en)?\b"
    # A directory group named by the prefix of the usual naming conventions: sg_ (security group), grp_, gg_ (global).
    r"|\b(?:sg|grp|gg)[_-](?=[a-z0-9]))"
)
DISTRIBUTION_LIST = (
    # "the all_agents mail list", "maillist": a mailing list said short, the same list.
    r"(?:distribution\s?(?:list|group)s?|\bdl(?:\b|_(?=[a-z0-9]))|\bdls\b|mailing ?list|e-?mail (?:list|group)|\bmail ?lists?\b"
    r"|verteiler(?:liste)?"
    r"|liste (?:de (?:diffusion|distribution)|mail)"
    r"|lista de (?:distribuci(?:ó|o)n|correo)"
    r"|distributielijst|mailinglijst|maillijst|verzendlijst)"
)
# Not a mailbox's own folders ("loads in my Sent folder I didn't write"): those are mail, not a share to join.
FOLDER = (
    r"(?:(?<!sent )(?<!junk )(?<!spam )(?<!inbox )(?<!drafts )(?<!draft )(?<!outbox )folders?|directory|director(?:y|ies)|(?:network |shared |team |group )?drive(?!r)|share\b|file share|sharepoint(?: site)?|teams? ?site|\bpath\b"
    r"|ordner|verzeichnis(?:se)?|laufwerk|netzlaufwerk"
    r"|dossiers? (?:partag(?:é|e)|r(?:é|e)seau|commun)|r(?:é|e)pertoire|lecteur (?:r(?:é|e)seau|partag(?:é|e))"
    r"|carpetas?|unidad (?:de red|compartida)"
    r"|gedeelde map|\bde map\b|netwerkschijf|netwerkmap"
    r"|\bpastas? (?:compartilhadas?|de rede)|共享文件夹|共享盘|文件夹)"
)
# The English verbs start a word: "put" inside "input", "output" or "computer" adds no one ("no input signal ... channel
# offline" is a monitoring alert, set h132), nor does "give" inside "forgive".
ADD = (
    r"(?:(?<![a-z])(?:add(?:ed|ing)?|include|put|grant|give)|usa"
    r"|hinzuf(?:ü|ue)gen|aufnehmen|eintragen"
    r"|ajout\w*|mett\w*|inclu\w*|donn\w*"
    r"|a(?:ñ|n)ad\w*|\bmet(?:er|ed|e)(?:l[aeo]s?|me|nos)?\b|dad(?:le)?\b|incluir|incluid"
    r"|toevoeg\w*|voeg\w*|zet(?:ten)?\b|opnemen)"
)
REMOVE = (
    r"(?:remove|removing|delete|take"
    r"|entfernen|austragen|l(?:ö|oe)schen"
    r"|retir\w*|supprim\w*|enlev\w*"
    r"|quit(?:ar|ad|a|e)(?:l[aeo]s?|me|nos)?\b|elimin\w*|sac(?:ar|ad)(?:l[aeo]s?|me|nos)?\b"
    r"|verwijder\w*|haal\w*|halen)"
)

# -- licences ---------------------------------------------------------------------------------------------------
LICENSE = r"(?:licen[cs]e[sd]?|licen[cs]ing|subscription|lizen[sz](?:en)?|licencias?|licenties?|abonnement)"
SKU_PART_NUMBER = (r"\b(?:standardpack|enterprisepack|enterprisepremium(?:_noppstn)?|developerpack|desklesspack"
                   r"|(?:spe|m365|o365|microsoft_365)_(?:e[1-5]|f[13]|a[1-5]|business_(?:basic|essentials|standard|premium))"
                   r"|exchange(?:standard|enterprise)|visioclient"
                   r"|visioonline_plan1|projectprofessional|projectpremium|power_bi_(?:pro|standard|premium\w*)|mcoev)\b")
SKU = (
    r"(?:\b(?:m365|o365|office ?365|microsoft ?365)\s?(?:e[1-5]|f[13]|a[1-5]|business ?(?:basic|standard|premium))"
    # A bare "P1" or "P2" is an incident's priority ("P2 please", "raised as P1"); Entra's plans carry their product's name.
    # Teams Phone is the calling licence; "a Teams phone number" is a number to give out (a technician's to arrange).
    r"|\b(?:e[1-5]|f[13]|k1|s1)\b|\b(?:entra(?: id)?|azure ad|aad|(?:azure ad |entra id )?premium|ems|ems e[35]) ?p[12]\b"
    # Visio starts a word and is not "vision" (Navision, division, provision, revision, supervision, television).
    r"|business (?:basic|standard|premium)|(?<![a-z])visio(?!n)(?: plan \d)?"
    r"|project (?:plan \d|online|p[1-5]\b)|(?:ms|microsoft) project\b|power ?bi(?: pro| premium)?|\bpbi (?:pro|premium)\b|copilot|teams (?:premium|phone(?!\s?(?:numbers?|no\b|nr\b|lines?|extensions?|ext\b|calls?|system)))"
    r"|exchange online(?: plan \d)?"
    # "PBI Pro" is Power BI Pro as its users shorten it (h88); the bare "PBI" may be a report's or a project's name.
    # Adobe's paid products are licences assigned per person like Microsoft's (the free Reader is not). Creative Cloud is
    # as often called by its short name, "Adobe CC", with or without its "all apps" plan.
    r"|acrobat (?:pro|standard)(?: dc)?|creative cloud|adobe cc\b"
    # The admin centre's and PowerShell's names for the same plans, as admins copy them: "STANDARDPACK" is E1,
    # "ENTERPRISEPACK" E3, "SPE_E5" Microsoft 365 E5, "VISIOCLIENT" Visio Plan 2.
    rf"|{SKU_PART_NUMBER})"
)
# Asking for something: a verb of wanting or giving, in any of the five languages.
WANT = (
    r"(?:need|needs|needed|want|wants|get|give|assign|add|order|buy|request|requires?|upgrade|move|switch|put"
    # "can they go down to F3", "move her up to E5": a change of plan said as a direction.
    r"|go (?:up|down)(?: to)?|move (?:\w+ )?(?:up|down)(?: to)?|drop (?:\w+ )?(?:down )?to"
    r"|brauch\w*|br(?:ä|ae)uchte|ben(?:ö|oe)tig\w*|zuweisen|umstellen"
    r"|besoin|faudrait|faut|attribu\w*|passer|passez"
    r"|necesit\w*|asign\w*|pasad|pasar|dadle|dar"
    r"|nodig|toewijzen|zetten|geven)"
)
THANKS = r"(?:please|pls|plz|svp|s'il vous pla(?:î|i)t|merci|por favor|graag|alstublieft|aub|bitte|danke)"

# -- faults, alerts and politeness --------------------------------------------------------------------------------
# "the shared mailbox is not syncing": something that exists misbehaves (a fault to diagnose, not access to grant).
# Access the writer had and lost ("I lost access to the Finance mailbox after the migration", "Outlook says I don't
# have permission to open it anymore"): something broke, for a technician to diagnose; not a new right to grant.
LOST_ACCESS = (
    r"(?:lost (?:my |the |all )?(?:access|permissions?|rights)|(?:no longer|not anymore) (?:have |has )?(?:any )?(?:access|permissions?)"
    r"|(?:don'?t|do not|doesn'?t|does not) have (?:\S+ )?(?:access|permissions?|rights)\b[^.!?\n]{0,60}\b(?:anymore|any more|any longer)"
    r"|access (?:is |was |has been )?(?:denied|gone)|permission denied"
    r"|(?:kein(?:en)? )?(?:zugriff|berechtigung) mehr|zugriff verloren"
    r"|(?:n'ai |n'a )?plus (?:d'|l')?acc(?:è|e)s|perdu (?:l'|mon )?acc(?:è|e)s"
    r"|ya no (?:tengo|tiene) acceso|perd(?:í|i) (?:el )?acceso"
    r"|geen toegang meer|toegang (?:kwijt|verloren))"
)
SYMPTOM = (
    rf"(?:{LOST_ACCESS}|not (?:sync\w*|updat\w*|load\w*|show\w*|open\w*|work\w*|appear\w*|visible)|(?:won'?t|doesn'?t|does not|isn'?t|can'?t|cannot|didn'?t|hasn'?t|haven'?t|has not|have not|wasn'?t|stopped|stops) (?:\w+ )?(?:sync\w*|updat\w*|load\w*|show\w*|open\w*|work\w*|appear\w*|refresh\w*)|disappear\w*|vanish\w*|keeps? (?:crash\w*|freez\w*|disappear\w*|asking|prompting|signing|logging)|returns? nothing|spins|spinning|(?:is |are )?(?:empty|missing|gone|stuck|frozen|slow|corrupt\w*)\b|out of sync|sync (?:error|issue|problem)s?|error\b|crash\w*"
    r"|not (?:being )?receiv\w*|not arriv\w*|not com(?:e|ing) (?:in|through)|bounc\w*"
    # What used to arrive and stops: "the invites do not come to me anymore", "no longer reach me" (holdout56).
    r"|(?:don'?t|doesn'?t|do not|does not|no longer|stopped) (?:come|coming|arrive|arriving|reach)\w*(?: (?:to|through to) (?:me|us))?(?: (?:any ?more|any longer))?\b"
    # Something that does its job more than once: "sending the auto-reply twice", "duplicate invites".
    r"|(?:send|sends|sending|sent|goes out|going out)\s(?:\S+\s){0,3}?(?:twice|two times|three times|several times|multiple times|\d+ ?(?:times|x))\b|duplicat\w*"
    # Something the writer has that does not show where it should: "it's just not there", "nothing new coming in".
    r"|(?:is |it'?s )(?:just |simply )?not there|isn'?t there|nothing (?:new )?(?:is )?(?:coming|arriving) in"
    r"|no new (?:e-?mails?|mails?|messages) (?:are )?(?:coming|arriving|showing)"
    r"|(?:komt|komen) (?:\S+ ){0,4}?(?:niks|niets|geen) (?:\S+ ){0,2}?(?:meer )?binnen"
    r"|kommen (?:\S+ ){0,3}?nicht (?:mehr )?an|keine (?:\S+ )?(?:e-?mails?|mails|nachrichten) mehr|kommen (?:\S+ ){0,4}?keine"
    r"|synchronisiert (?:sich )?(?:\S+ ){0,3}?nicht|(?:sehe|sieht|sehen) (?:\S+ ){0,5}?nicht mehr|aktualisiert (?:sich )?nicht|nicht (?:mehr )?(?:angezeigt|sichtbar)|verschwunden|fehlt|(?:lädt|laedt|öffnet|oeffnet) (?:sich )?nicht|h(?:ä|ae)ngt|st(?:ü|ue)rzt .{0,20}ab|fehler"
    r"|ne re(?:ç|c)oi[st] (?:plus|pas)|n'arrivent (?:plus|pas)"
    r"|ne (?:se )?(?:synchronise|met|charge|s'ouvre|s'affiche|fonctionne|marche|appara(?:î|i)t)\w* (?:plus|pas)|n'appara(?:î|i)t plus|dispar(?:u|a)\w*|plante|erreur|bloqu(?:é|e)e? (?:sur|au)"
    r"|no (?:me )?llega[n]?|no recib\w*"
    r"|no (?:se )?(?:sincroniza|actualiza|carga|abre|aparece|funciona|muestra)|ya no aparece|desapareci\w*|se cierra|error"
    r"|komen niet (?:meer )?(?:binnen|aan)|ontvang\w* (?:geen|niets)"
    r"|synchroniseert (?:\S+ ){0,3}?niet|zie (?:\S+ ){0,5}?niet meer|(?:ne )?vois plus|ya no veo|no longer see|can'?t see (?:\S+ ){0,5}?any ?more|(?:wordt|laadt|opent|werkt) niet|niet (?:meer )?(?:zichtbaar|te zien|weergegeven)|staat niet meer|verdwenen|foutmelding|crasht|loopt vast)"
)
# A vendor's alert about a sign-in it blocked or found unusual, usually forwarded as it came ("FW: Unusual sign-in
# activity"): a warning to read, not a request to unlock or reset anything.
ALERT = (
    r"(?:unusual (?:sign-?in|activity|login)|suspicious (?:sign-?in|activity|login)|(?:sign-?in|login|log-?in)(?: attempt)? (?:was |has been |were )?blocked|blocked (?:a |the |an )?(?:suspicious |unusual |unrecogni[sz]ed )?(?:sign-?in|login)|security alert|if this was(?:n'?t| not)? you|someone (?:just )?used your password|unrecogni[sz]ed (?:device|location)|from an unusual location"
    r"|ungew(?:ö|oe)hnliche anmeld\w*|verd(?:ä|ae)chtige[nr]? anmeld\w*|anmeld\w* (?:\S+ ){0,3}?blockiert|sicherheitswarnung|wenn sie das (?:nicht )?waren"
    r"|connexion (?:\S+ ){0,2}?(?:inhabituelle|suspecte|bloqu(?:é|e)e)|activit(?:é|e) (?:de connexion )?inhabituelle|tentative de connexion|si c'(?:é|e)tait vous|alerte de s(?:é|e)curit(?:é|e)"
    r"|inicio de sesi(?:ó|o)n (?:\S+ ){0,2}?(?:inusual|sospechoso|bloqueado)|actividad (?:de inicio de sesi(?:ó|o)n )?inusual|intento de inicio de sesi(?:ó|o)n|si fue usted|alerta de seguridad"
    r"|(?:ongebruikelijke|verdachte) (?:aanmeld\w*|activiteit)|aanmeld\w* (?:\S+ ){0,3}?geblokkeerd|als u dit was|beveiligingswaarschuwing"
    # A message the writer suspects ("is this phishing?") is the same: something for a person to look at.
    r"|phish\w*|\bscam\b|suspicious (?:e-?mail|link|message|text)|hame(?:ç|c)onnage|courriel suspect|mail suspect"
    r"|estafa|correo sospechoso|verd(?:ä|ae)chtige (?:e-?mail|nachricht|mail)|verdachte (?:e-?mail|mail|link)"
    # A monitoring system's alert, counting failed sign-ins against an account by its id or naming an attack ("37 failed
    # logon attempts for account xy12", "brute force", "12 fehlgeschlagene Anmeldungen für Konto ..."): a possible attack
    # for security to read, whatever state it reports the account in. Not the writer's own "after too many failed
    # attempts my account is locked", which counts nothing against "account" by name (holdout56).
    r"|\d+ failed (?:log-?on|log-?in|sign-?in|authentication|auth) (?:attempts?|events?|requests?) (?:for|on|against|from) (?:the )?(?:account|user)\b"
    r"|brute[- ]?force|password[- ]spray\w*"
    r"|\d+ fehlgeschlagene (?:anmeld\w*|login\w*) (?:f(?:ü|ue)r|des|auf) (?:das )?(?:konto|benutzer\w*)\b"
    r"|\d+ (?:(?:é|e)checs|tentatives) de connexion (?:(?:é|e)chou(?:é|e)es )?(?:pour|sur) (?:le )?(?:compte|utilisateur)\b"
    r"|\d+ intentos (?:de inicio de sesi(?:ó|o)n )?fallidos (?:para|en|de) (?:la )?(?:cuenta|usuario)\b"
    r"|\d+ mislukte (?:aanmeld|inlog)pogingen (?:voor|op|van) (?:het )?(?:account|gebruiker)\b)"
)

# A secret sent out where it should not have gone: the verb of sending, and the slip that says it was not meant.
SENT_OUT = (r"sent|e-?mailed|mailed|forwarded|pasted|posted|geschickt|gesendet|verschickt|weitergeleitet|envoy(?:é|e)e?"
            r"|transf(?:é|e)r(?:é|e)e?|enviad[oa]|reenviad[oa]|gestuurd|verstuurd|doorgestuurd")
BY_MISTAKE = (r"by mistake|by accident|accidentally|mistakenly|in (?:a|the) screenshot|versehentlich|aus versehen|irrt(?:ü|ue)mlich"
              r"|par erreur|par m(?:é|e)garde|par accident|por error|por equivocaci(?:ó|o)n|sin querer|per ongeluk|per abuis|per vergissing")
