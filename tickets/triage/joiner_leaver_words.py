# ruff: noqa: E501 -- one language per line reads best
"""The words of joiners and leavers, in the five languages Rallied reads: who starts (a newcomer, not a thing that
starts), an account to create or said to exist already, who leaves, an account to disable, an account a newcomer needs,
and for patterns.py's onboarding signal a newcomer arriving on a day and what they have not got yet.

Regular-expression fragments in the form of tickets/triage/vocabulary.py (lower case, one language per line, English
first), kept apart from it because they are the onboarding and offboarding words alone and grew with every study;
they use none of vocabulary.py's fragments.
"""

from __future__ import annotations

# Before "starts Monday": the one who starts is a person, not a thing that starts (a system, a rota, a shift,
# maintenance); lookbehinds, one per word.
_THINGS_THAT_START = ("system", "rota", "shift", "course", "training", "term", "project", "contract", "maintenance",
                      "outage", "migration", "meeting", "update", "upgrade", "it", "this", "that", "which", "work",
                      "works", "window", "change", "service", "backup", "job", "process", "sync", "download",
                      # a school's year: "teaching starts Monday", "the semester starts in October"
                      "teaching", "semester", "lectures", "classes", "class", "exams", "module", "season", "event",
                      # the same things in the other languages, before their verbs of starting: "Schicht fängt um 22 Uhr
                      # an", "la formation commence lundi", "el turno empieza", "de dienst begint" (h93)
                      "schicht", "dienst", "kurs", "schulung", "wartung", "besprechung", "termin", "arbeit", "sitzung",
                      "vorlesung", "formation", "réunion", "reunion", "cours", "turno", "curso", "formación",
                      "formacion", "reunión", "mantenimiento", "opleiding", "cursus", "onderhoud", "vergadering")
NOT_A_THING_STARTING = "".join(f"(?<!{t} )" for t in _THINGS_THAT_START)
# Not a date but a duty after "starts on": "he starts on the desk next week", "she starts on the night shift", "begint op
# de balie". Someone already here taking up a desk, a shift or a rota is no newcomer (set h132: a colleague put on a
# desk's shared inbox); "starts on the 5th" and "starts on Monday" stay arrivals.
ON_A_DUTY = (r"(?!\s(?:the|a|his|her|their|our|my|de|het)\s(?:[\w-]+\s)?(?:desk|shift|rota|rotation|roster|ward|counter|phones"
             r"|hotline|helpdesk|service desk|balie|dienst|rooster)\b)")
# A stay's first and last days: "from 1 July - 30 Aug", "vom 1.7. bis 30.8.", "du 1er juillet au 30 août", "del 1 de
# julio al 30 de agosto", "van 1 juli tot 30 augustus" (NEWBIE's, and objects.OBJECT_GATES' for onboarding).
STAY_DATES = (r"\b(?:from|vom|du|del|van)\s(?:the\s)?\d{1,2}(?:st|nd|rd|th|er)?\.?\s?(?:de\s)?(?:[a-zé]+\.?\s|\d{1,2}\.?\s?)?"
              r"(?:-|–|to|until|till|through|bis|au|al|tot)\s(?:the\s)?\d")
# A team, a form or a checklist named for both ends at once ("HR Onboarding/Offboarding team", "On- und Offboarding",
# "onboarding & offboarding checklist"): whoever signs so handles joiners and leavers alike, so the name says neither
# that someone arrives nor that someone goes; the ticket's other words tell which it is. Fixed-width look-behinds.
ONBOARDING_ALONE = r"(?!\s?(?:/|&|\+|and|und|et|y|en|-)\s?off-?boarding)"
OFFBOARDING_ALONE = "".join(f"(?<!{w})" for w in (
    "onboarding/", "onboarding / ", "onboarding & ", r"onboarding \+ ", "onboarding and ", "onboarding und ",
    "onboarding et ", "onboarding y ", "onboarding en ", "onboarding-", "on-/", "on/", "on- and ", "on- und ", "on- & ",
    "on- et ", "on- y ", "on- en "))
NEWBIE = (
    # "a summer intern starting next Wednesday", "a contractor (from Nexus) joining the data team": a role that comes
    # for a while, said with its arrival.
    # Several of them too: "4 apprentices start on the 1st", "zwei Azubis beginnen", "des apprentis commencent", "dos
    # aprendices empiezan", "twee stagiairs beginnen".
    # An agency's or a locum's shift is such a stay too: "agency nurse starting tonight", "Leiharbeiter beginnt", "un
    # intérimaire arrive", "un temporal empieza", "uitzendkracht begint".
    # A season's or a holiday's help is such a stay as well: "seasonal staff start in the shop on Monday", "zwei
    # Saisonkräfte fangen an", "des saisonniers arrivent", "el personal de temporada empieza", "seizoenskrachten beginnen".
    r"(?:(?:seasonal (?:staff|workers?|helpers?|employees?|hires?|temps?|associates?)|holiday (?:staff|workers?|helpers?|temps?)"
    r"|aushilf\w*|saisonkr(?:ä|ae)ft\w*|saisonarbeit\w*|ferienjobber\w*|saisonnier\w*|(?:personal|trabajador\w*|emplead[oa]s?) de temporada"
    r"|temporer[oa]|seizoe?ns?(?:kracht|werker)\w*|vakantiekracht\w*|oproepkracht\w*|intern|trainee|apprentice|contractor|consultant|temp|secondee|agency (?:nurse|worker|staff|carer|driver|temp|doctor)|locum|leiharbeiter\w*|zeitarbeit\w*|int(?:é|e)rimaire|temporal|uitzendkracht|working student|werkstudent\w*|praktikant\w*|stagiaire"
    r"|alternant\w*|becari[oa]|stagiair|azubi|auszubildende|lehrling\w*|apprenti|aprendiz|aprendices|leerling)(?:s|e|en|es)?\b[^.!?\n]{0,60}?"
    r"(?:\b(?:starting|joining|starts|joins|begins|beginnt|f(?:ä|ae)ngt|commence|arrive|empieza|se incorpora|begint"
    r"|start|join|begin|beginnen|fangen|commencent|arrivent|empiezan|se incorporan)\b"
    # Or the stay said by its first and last days: "summer intern from 1 July - 30 Aug", "Praktikantin vom 1.7. bis
    # 30.8.", "stagiaire du 1er juillet au 30 août", "becario del 1 de julio al 30 de agosto", "stagiair van 1 juli tot
    # 30 augustus". A stay that begins on a date is an arrival.
    rf"|{STAY_DATES})|"
    # A cohort of newcomers named by their profession, with their start: "12 new junior doctors start on the 2nd", "three
    # new nurses joining ward 4", "neue Assistenzärzte beginnen", "de nouveaux infirmiers arrivent", "nuevos médicos
    # empiezan", "nieuwe verpleegkundigen beginnen". A qualifier may stand between ("new fy1 doctors", "neue
    # Pflegekräfte der Station"). The start is what makes them newcomers: "the new nurses' rota" is no onboarding.
    r"\bnew (?:\S+ ){0,2}?(?:doctors?|nurses?|physicians?|residents?|registrars?|consultants?|midwi(?:fe|ves)|therapists?"
    r"|pharmacists?|carers?|paramedics?|surgeons?|teachers?|lecturers?|drivers?|analysts?|developers?|clerks?"
    r"|cashiers?|technicians?|receptionists?|assistants?|recruits?|graduates?|fellows?|staff)\s(?:will\s|are\s|is\s)?"
    r"(?:start|starts|starting|join|joins|joining|begin|begins|beginning|arrive|arrives|arriving)\b"
    # "new drivers starting with version 5", "new staff start to complain": a thing's or a habit's start, no arrival.
    r"(?!\s(?:with|to|up|from|crash\w*|fail\w*)\b)|"
    r"\bneue (?:\S+ ){0,2}?(?:(?:assistenz|fach|ober)?(?:ä|ae)rzt\w*|pflege(?:kr(?:ä|ae)ft|fachkr(?:ä|ae)ft|r\b|rin)\w*|krankenschwester\w*|hebamme\w*|therapeut\w*"
    r"|lehrer\w*|fahrer\w*)\s(?:\S+\s){0,3}?(?:beginnen|fangen|starten|kommen)\b|"
    r"\bnouv(?:eaux|elles) (?:\S+ ){0,2}?(?:m(?:é|e)decins|infirmi(?:er|ère|ere)s|internes|sages-femmes|pharmaciens|enseignants"
    r"|chauffeurs)\s(?:\S+\s){0,2}?(?:arrivent|commencent|d(?:é|e)butent)\b|"
    r"\bnuev[oa]s (?:\S+ ){0,2}?(?:m(?:é|e)dic[oa]s|enfermer[oa]s|residentes|matronas|farmac(?:é|e)utic[oa]s|profesor[ae]s"
    r"|conductor[ae]s)\s(?:\S+\s){0,2}?(?:empiezan|comienzan|se incorporan|llegan)\b|"
    r"\bnieuwe (?:\S+ ){0,2}?(?:artsen|arts-assistenten|verpleegkundigen|verloskundigen|apothekers|docenten|chauffeurs)"
    r"\s(?:\S+\s){0,2}?(?:beginnen|starten|komen)\b|"
    # A manager's or a lead's post named with a qualifier, and their arrival in the same sentence: "new area manager for
    # the North: Jo Bloggs, starting 6 Jan", "neue Bereichsleiterin ... beginnt am 1.", "nouveau responsable régional
    # ... arrive le 3", "nuevo jefe de zona ... empieza el lunes", "nieuwe regiomanager ... begint maandag" (h102). The
    # arrival makes them a newcomer: "my new line manager wants a report" is none.
    r"\bnew (?:\S+ ){1,2}?(?:manager|director|lead|head|officer|supervisor|coordinator|administrator|representative|rep)s?\b[^.!?\n]{0,60}?"
    r"\b(?:starting|starts|joining|joins|begins|arrives|arriving)\b(?!\s(?:to|with)\b)|"
    r"\bneue[rn]? (?:\S+ )?\w*(?:leiter|manager|f(?:ü|ue)hrer)(?:in)?\b[^.!?\n]{0,60}?\b(?:beginnt|f(?:ä|ae)ngt|startet|kommt am)\b|"
    r"\bnouv(?:el|eau|elle) (?:responsable|directeur|directrice|manager|chef)\b[^.!?\n]{0,60}?\b(?:arrive|commence|d(?:é|e)bute)\b|"
    r"\bnuev[oa] (?:responsable|director[a]?|gerente|jef[ea])\b[^.!?\n]{0,60}?\b(?:empieza|comienza|se incorpora|llega)\b|"
    r"\bnieuwe (?:\S+ )?\w*(?:manager|leidinggevende|directeur|leider)\b[^.!?\n]{0,60}?\b(?:begint|start|komt)\b|"
    # A newcomer of any profession, named with their title, and their arrival: "new practice vet Dr Okafor joins on the 3rd",
    # "neue Tierärztin Dr. Berger beginnt am 1.", "nouvelle vétérinaire Dr Moreau arrive lundi", "nueva veterinaria Dra.
    # Ruiz empieza el lunes", "nieuwe dierenarts dr. Visser begint maandag" (set h143). The title makes the one who comes
    # a person, whatever their post is called; "new system starting Monday" has none.
    r"\bnew (?:\S+ ){1,2}?(?:dr|mr|mrs|ms|miss|mx|prof)\.? [a-z'-]+(?: [a-z'-]+)?,? (?:is |will be )?(?:starting|starts|joining|joins|arriving|arrives|begins)\b(?!\s(?:to|with)\b)|"
    r"\bneue[rn]? (?:\S+ )?(?:dr|prof|herr|frau)\.? [a-zäöüß'-]+(?: [a-zäöüß'-]+)? (?:beginnt|f(?:ä|ae)ngt|startet|kommt)\b|"
    r"\bnouv(?:el|eau|elle) (?:\S+ )?(?:dr|pr|m|mme|mlle)\.? [a-zéèàç'-]+(?: [a-zéèàç'-]+)? (?:arrive|commence|d(?:é|e)bute)\b|"
    r"\bnuev[oa] (?:\S+ )?(?:dr|dra|sr|sra|srta)\.? [a-záéíóúñ'-]+(?: [a-záéíóúñ'-]+)? (?:empieza|comienza|se incorpora|llega)\b|"
    r"\bnieuwe (?:\S+ )?(?:dr|dhr|mevr|mw)\.? [a-z'-]+(?: [a-z'-]+)? (?:begint|start|komt)\b|"
    r"new (?:hire|joiner|starter|employee|colleague|team member|staff member|user|member of staff|intern|guy|girl|lady|"
    r"trainee|apprentice|consultant|contractor|non-employee|worker|sales rep|accountant|engineer|manager)s?|"
    rf"\bonboard(?:ing)?\b{ONBOARDING_ALONE}|on-boarding|{NOT_A_THING_STARTING}\bstarts? (?:on{ON_A_DUTY}|monday|tuesday|wednesday|thursday|friday|next)|"
    r"(?:is )?joining (?:us|the team|our team|on(?! (?:the )?(?:teams|zoom|webex|skype|meet|video|the call|a call)\b))|first day (?:is|will be|on)|start date"
    r"|neue[rn]? (?:mitarbeiter(?:in)?|kolleg(?:e|in)|azubi|praktikant(?:in)?)|neueinstellung|startdatum|eintritt(?:sdatum)?|"
    rf"{NOT_A_THING_STARTING}f(?:ä|ae)ngt .{{0,20}}an|{NOT_A_THING_STARTING}beginnt (?:am|bei uns)|"
    r"(?:zum|ab|am) \d{1,2}\.\s?\S+ (?:beginnt|f(?:ä|ae)ngt|startet)"
    r"|nouv(?:el|eau|elle) (?:arrivant|arriv(?:é|e)e|collaborat(?:eur|rice)|coll(?:è|e)gue|salari(?:é|e)e?|employ(?:é|e)e?|stagiaire|assistante?|commercial\w*|recrue)|embauche|arrive (?:le |lundi|mardi|mercredi|jeudi|vendredi)|" + NOT_A_THING_STARTING + r"commence (?:le |lundi|mardi|mercredi|jeudi|vendredi)"
    r"|nuev[oa] (?:emplead[oa]|incorporaci(?:ó|o)n|compa(?:ñ|n)er[oa]|comercial|becari[oa]|trabajador[a]?)|se incorpora|alta de (?:emplead|usuario)|" + NOT_A_THING_STARTING + r"empieza (?:el |a trabajar)"
    r"|nieuwe (?:medewerker|collega|werknemer|stagiair|verkoper)|indiensttreding|in dienst (?:komt|treedt)|" + NOT_A_THING_STARTING + r"begint (?:op" + ON_A_DUTY + r"|maandag|dinsdag|woensdag|donderdag|vrijdag|volgende)"
    r"|nov[oa] (?:funcion(?:á|a)ri[oa]|colaborador[a]?)|新员工|新同事)"
)
CREATE_ACCOUNT = (
    # Not "make sure my account works": an account made, not one made certain of.
    # ("set up logins for the three of them": the accounts in the plural too, and users as accounts: "create users for
    # the new apprentices", holdout70's.)
    r"(?:(?:create|set ?up|setup|provision|prepare|make(?! sure\b))\s(?:\w+\s){0,3}?(?:accounts?|users?|logins?|profiles?)\b"
    # The systems listed before the account: "set up AD, email, SAP and CRM user", "AD, Mail und SAP Benutzer anlegen".
    r"|\b(?:create|set ?up|setup|provision|prepare)\s(?:[\w-]+,\s){1,5}(?:[\w-]+\s){0,2}?(?:and|&|\+)\s[\w-]+\s(?:accounts?|users?|logins?)\b"
    r"|(?:[\w-]+,\s){1,5}[\w-]+\s(?:und|&|\+)\s[\w-]+[\s-](?:konten|konto|benutzer|zug(?:ä|ae)nge)\s(?:anlegen|einrichten|erstellen)\b"
    # "wants account set up for new assistant manager": the account made for a newcomer, the verb after it.
    r"|\b(?:accounts?|logins?|user)\s(?:set ?up|setup|created|made|provisioned)\sfor\s(?:a\s|an\s|the\s|our\s)?(?:new|upcoming)\s"
    # "can he get an account set up", "we need a login created for her": an account had made, the participle after it.
    # Only with "a"/"an": "get my account set up on the new phone" is an account that exists.
    r"|\b(?:get|have|need|needs|want|wants)\s(?:(?:him|her|them|me|us)\s)?(?:an?|a new)\s(?:\w+\s)?(?:accounts?|logins?|user ?ids?)\s"
    r"(?:set ?up|created|made|provisioned)\b"
    # "set her up with an account", "create him a new one" (the account named before)
    r"|\bset (?:him|her|them|\w+) up with (?:an? |the )?(?:\w+ )?(?:accounts?|logins?|e-?mail|user)\b"
    # The account named by what it is for or whom: "user account for new hire", "email id creation for new intern",
    # "new joiner account", "create her email".
    r"|\b(?:accounts?|logins?|e-?mail(?: ids?| address(?:es)?| accounts?)?|user ?ids?|ids?)\s(?:creation\s|request\s|set-?up\s)?"
    r"for\s(?:a\s|an\s|the\s|our\s)?(?:new|upcoming)\s(?:hire|joiner|starter|intern|employee|colleague|team member)s?\b"
    r"|\bnew (?:hire|joiner|starter|intern|employee)(?:'s|s)?\s(?:user\s)?(?:accounts?|logins?|e-?mail(?: ids?)?|user ?ids?)\b"
    r"(?!\s(?:is|was|has|have|got|gets|keeps|isn'?t|wasn'?t|won'?t|doesn'?t|can'?t|locked|expired|needs? (?:a |an )?(?:reset"
    r"|unlock)))"
    # Not the mail put onto a device ("could you set up her email on the handset", "their e-mail account on the iPad"): the
    # mailbox exists, and the phone or tablet is what is set up.
    r"|\b(?:create|set ?up|setup) (?:her|his|their|a new) e-?mail(?!(?:\s(?:account|app))?\s(?:on|onto)\s(?:it|them"
    r"|(?:his|her|their|the|a|that|this)\s(?:new\s)?(?:work\s|company\s|business\s)?(?:phone|iphone|mobile|ipad|tablet|device"
    r"|handset|smartphone|android|laptop)))(?: account| address)?\b"
    r"|\bcreate (?:him|her|them|me) (?:an? )?(?:new )?(?:account|login|one)\b|\bcr(?:é|e)e[rz]?-(?:lui|leur|moi) un (?:nouveau )?compte|new user ids?|add (?:a |the )?new (?:user|employee|hire)s?\b|employment status.{0,10}new"
    r"|(?:benutzer)?konto\s(?:\w+\s)?(?:anlegen|einrichten|erstellen)|accounts? (?:(?:und|&|\+) (?:\S+ )?)?(?:anlegen|einrichten|erstellen)|neue[rn]? (?:benutzer|account|user)|benutzer(?:konto)?\b.{0,60}(?:anlegen|einrichten|erstellen)"
    r"|(?:cr(?:é|e)e[rz]?|pr(?:é|e)parer|pr(?:é|e)parez|ouvrir) (?:\S+ ){0,2}?(?:compte|acc(?:è|e)s|adresse mail|bo(?:î|i)te mail)"
    r"|(?:crear|cread(?:le)?|preparad|preparar|dar de alta) (?:\S+ ){0,2}?(?:cuenta|usuario|correo)"
    r"|(?:account|gebruiker|mailbox|mailadres)\w* (?:\S+ ){0,2}?(?:aanmaken|klaarzetten|aangemaakt)|(?:maak|zet) .{0,20}(?:account|gebruiker)\w* (?:aan|klaar))"
)
# -- a newcomer's account said to exist already -------------------------------------------------------------------
# "user already exists", "his login is t.adeyemi, already created", "Konto ist laut HR schon angelegt", "son compte est
# déjà créé", "su usuario ya está creado", "zijn account is al aangemaakt": the account is there, so there is none to
# make; what the ticket asks (a right, a laptop) is something else. Onboarding's vetoes (objects.py, already_done.py)
# and the starter's hardware (starter_hardware.py) read this one definition, so a word found in one study widens all
# three. Each keeps its own context around it (a possessive, a request asked beside it).
# The account by its names, in the plural too ("accounts", "comptes", "usuarios"); a user is an account here.
ACCOUNT_NAMED = (r"(?:user(?:\s?account|\s?name|\s?id)?|account|ad account|login|log-in"
                 r"|konto|konten|zug(?:ä|ae)nge?|benutzer(?:konto|konten|kennung)?"
                 r"|compte|identifiant|utilisateur"
                 r"|cuenta|usuario"
                 r"|gebruiker(?:snaam)?|inlog)s?")
# Who says so, between the account and what is said of it: "laut HR", "according to HR", "per HR", "selon les RH",
# "según RRHH", "volgens HR". One or two words name the source.
WHO_SAYS_SO = r"(?:(?:as per|per|according to|laut|selon|seg(?:ú|u)n|volgens)\s(?:\S+\s){1,2}?)"
ALREADY = r"(?:already|schon|bereits|d(?:é|e)j(?:à|a)|ya|al|reeds)"
# Made or there: the participles of making an account, and its being in place.
MADE = (r"(?:created|set up|made|in place|there"
        r"|angelegt|eingerichtet|erstellt|vorhanden"
        r"|cr(?:éé|ee)e?s?|configur(?:é|e)e?s?"
        r"|cread[oa]s?|configurad[oa]s?"
        r"|aangemaakt|ingericht)")
EXISTS = r"(?:exists?|existier(?:t|en)|existen?t?|bestaa(?:t|n))"
# Spanish says "already" before its auxiliary: "ya está creada", "ya fue creado".
_AUX_AFTER_ALREADY = r"(?:est(?:á|a)n?|fue|fueron|ha sido|han sido)"
# The words between the account and what is said of it: an auxiliary ("is", "ist", "a été"), the login itself ("is
# t.adeyemi,"); never a word that denies it or puts it off ("is not yet created", "ist noch nicht angelegt").
_BETWEEN_ACCOUNT_AND_SAID = (r"(?:(?!not\b|nicht\b|noch\b|pas\b|no\b|niet\b|nog\b|never\b|nie\b|kein\w*|yet\b|still\b"
                             r"|to\b|be\b|being\b|encore\b|todav(?:í|i)a\b|a(?:ú|u)n\b)\S+\s){0,2}?")
# The message it is said in may follow: "created already per HR email", "laut Mail von HR", "selon le mail des RH",
# "según el correo de RRHH", "volgens de mail van HR" cite a message; they name no mailbox to make.
SAID_IN_A_MESSAGE = (r"(?:,?\s(?:as per|per|according to|laut|selon|seg(?:ú|u)n|volgens)\s(?:the\s|an?\s|die\s|der\s|le\s|la\s|el\s|de\s|het\s)?(?:\S+\s)?"
                     r"(?:e-?mail|mail|message|ticket|nachricht|correo|courriel|bericht)\b)")
ACCOUNT_EXISTS_ALREADY = (
    rf"\b{ACCOUNT_NAMED}\s{_BETWEEN_ACCOUNT_AND_SAID}{WHO_SAYS_SO}?"
    # "already created", "already exists", "schon angelegt", "déjà créé", "al aangemaakt", "has already been set up".
    rf"(?:{ALREADY}\s(?:(?:been|(?:é|e)t(?:é|e)|sido)\s)?(?:{MADE}|{EXISTS})"
    # "created already", "exists already", "existiert bereits", "existe déjà", "existe ya", "bestaat al".
    rf"|(?:{MADE}|{EXISTS})\s{ALREADY}"
    rf"|{ALREADY}\s{_AUX_AFTER_ALREADY}\s(?:{ALREADY}\s)?{MADE}"
    # "sein Konto ist schon da", "zijn account is er al": there, in German's and Dutch's words ("da" alone would
    # read Spanish's "ya da error").
    r"|(?:schon|bereits)\sda|er\s(?:al|reeds))\b"
    rf"{SAID_IN_A_MESSAGE}?"
)
# A person named by their directory account ("ext_jnorris", "j.alvarez"): whose contract it is, as a role word says it.
# Only names with an underscore, or an initial and a dot: a bare word after "contract for" may be a product or a service.
_ACCOUNT_NAME = r"(?:[a-z]+_[a-z0-9]+|[a-z]{1,2}\.[a-z]{2,})"
LEAVER = (
    # A leaver's "last day" is one day; "the last days" is lately ("lots of spam the last days"), no one leaving.
    r"(?:\bterminat(?:e|ed|ion)\b|\bleaver\b|\b(?:was|been|got|were|is being|be|being)\s(?:\S+\s)?(?:let go|fired|sacked|dismissed|laid off|made redundant)\b|\blet (?:\S+ ){1,3}?go\b|(?:had|have|has|need|needs|going|decided) to (?:dismiss|fire|sack|let go of)\b|"
    r"entlassen|freigestellt|gefeuert|renvoy(?:é|e)e?|vir(?:é|e)e?\b|congédi(?:é|e)e?|echad[oa] |" + OFFBOARDING_ALONE + r"offboard(?:ing)?|off-boarding|leaving (?:the company|us|company|our company|the firm|on)|\b(?:employee|colleague|user|staff member|contractor|he|she|[a-z]+\.[a-z]+) (?:is )?leaving (?:us )?(?:tomorrow|today|next (?:week|month)|at the end of)|\bleaving (?:on )?(?:\d{1,2}/\d{1,2}\b|\d{1,2}\.\d{1,2}\.)|(?:has |have )?left (?:(?:the|our) )?company|last (?:working )?day(?!s)|retir(?:ed|ing|ement|es\b)|no longer (?:with|employed|works? (?:here|for|with|at|in)\b|working (?:here|for|with|at|in)\b)|(?:not|no) longer (?:work|employed) (?:here|with|for|in)|(?:doesn't|does not) work (?:in|for|at) .{0,20}any ?(?:more|longer)|resigned|resignation|departing employee|\b(?:has|have|had) (?:now |just )?left(?=\s*(?:[,.;!]|$|and\b|us\b|today\b|yesterday\b|this\b|last\b|on\b|the (?:business|company|firm|practice)\b))|finish(?:ed|es|ing) (?:his|her|their) (?:contract|employment|placement|position|post|(?:hiwi|student|assistant|research|teaching|temp|summer|holiday) job)|(?:his|her|their) contract (?:has )?(?:ended|finished|is over)"
    # A colleague who died: "passed away last week", "is deceased", "ist verstorben", "est décédée", "ha fallecido",
    # "is overleden". Their accounts are closed as any leaver's. Only words said of people: not "died", which drives
    # and batteries do too, nor German's "gestorben", said of a PC as well; "died" only after a person's pronoun.
    # Sent home from work with access to be cut, as HR does before a dismissal or during an inquiry: "placed on garden
    # leave", "suspended pending investigation", "freigestellt" (above), "mis(e) à pied", "suspendido de empleo",
    # "op non-actief gesteld", "geschorst". The accounts are blocked as a leaver's.
    r"|\bgarden leave\b|\bsuspended (?:from (?:work|duty|his|her)|pending)\b|\bmis(?:e)? (?:à|a) pied\b"
    r"|\bsuspendid[oa] de (?:empleo|sueldo)\b|\bop non-actief gesteld\b|\bgeschorst\b"
    # A secondee who goes back to the firm that lent them: their engagement with us ends as a contractor's does.
    r"|\bsecondee\b[^.!?\n]{0,60}?\b(?:goes|going|returns|returning|heads|heading) back\b|\bsecondee\b[^.!?\n]{0,60}?\breturns? to (?:the client|(?:his|her|their) (?:firm|employer|company))\b"
    # A student's or a trainee's time here said over, the studies or the placement with it: "my MSc student finished
    # last Friday", "our intern has completed her placement", "die Praktikantin hat ihr Praktikum beendet", "le
    # stagiaire a terminé son stage", "el becario terminó sus prácticas", "de stagiair heeft zijn stage afgerond". Not
    # a task the student finished ("finished the safety training"): a time or the stay itself must follow. The span
    # may hold a login's dots ("p.lopez").
    r"|\b(?:(?:msc|bsc|ma|ba|phd|master'?s?|bachelor'?s?|doctoral|exchange|visiting|guest|working|placement) )?(?:student|intern|trainee|apprentice|hiwi|postdoc|doctoral candidate)s?\b"
    r"[^!?\n]{0,40}?\b(?:has |have |had )?(?:finished|completed|ended)\b(?=\s(?:last|yesterday|today|this|on|at the end|in (?:june|july|march|september|december)|(?:his|her|their) (?:studies|degree|thesis|placement|internship|apprenticeship|training contract|contract|time|stay|masters?|phd|project with us))|\s*(?:[,;.!]|$|and\b))"
    r"|\b(?:student\w*|praktikant\w*|werkstudent\w*|hiwi|azubi|auszubildende\w*|doktorand\w*)\b[^!?\n]{0,40}?\b(?:hat|haben)\s(?:\S+\s){0,3}?(?:praktikum|studium|ausbildung|promotion|abschlussarbeit|masterarbeit|vertrag)\s(?:\S+\s){0,3}?(?:beendet|abgeschlossen)\b"
    r"|\b(?:stagiaire|(?:é|e)tudiant\w*|apprenti\w*|alternant\w*|doctorant\w*)\b[^!?\n]{0,40}?\ba (?:termin(?:é|e)|fini|achev(?:é|e))\s(?:son|sa|ses|leur)\s(?:stage|(?:é|e)tudes|th(?:è|e)se|alternance|apprentissage|contrat)\b"
    r"|\b(?:becari[oa]s?|estudiante\w*|practicante\w*|aprendiz\w*|doctorand[oa]s?)\b[^!?\n]{0,40}?\b(?:termin(?:ó|o)|acab(?:ó|o)|finaliz(?:ó|o)|ha terminado|ha finalizado)\s(?:su|sus)\s(?:pr(?:á|a)cticas|beca|estudios|tesis|contrato)\b"
    r"|\b(?:stagiair\w*|student\w*|leerling\w*|promovend\w*)\b[^!?\n]{0,40}?\b(?:heeft|hebben)\s(?:\S+\s){0,3}?(?:stage|studie|scriptie|promotie|contract)\s(?:\S+\s){0,3}?(?:afgerond|be(?:ë|e)indigd|afgesloten)\b"
    # A person's contract that ends and is not renewed: "guest researcher contract of Dr X ends 30.09, not renewed",
    # "ihr Arbeitsvertrag endet am 31.3. und wird nicht verlängert", "son contrat se termine fin juin et n'est pas
    # renouvelé", "su contrato termina el 30 y no se renueva", "haar contract loopt af en wordt niet verlengd". A
    # contract a person holds (never a vendor's); one renewed or extended is a new end date, no leaver. The span may
    # hold a title's or a date's dots ("Dr.", "30.09").
    r"|(?:\b(?:his|her|their)|'s|\b(?:guest|visiting|employment|work|staff|fixed-term|temporary|temp)(?:\s\S+)?)\scontract\b"
    r"[^!?\n]{0,60}?\b(?:ends|ending|expires|expiring|runs out|finishes)\b[^!?\n]{0,40}?\b(?:not|won'?t|isn'?t) (?:be(?:ing)? )?(?:renewed|extended)\b"
    r"|(?:\b(?:sein|ihr|befristete[rn]?)\s|\barbeits|\bgast\w*|\bzeit)vertrag\b[^!?\n]{0,60}?\b(?:endet|l(?:ä|ae)uft\s(?:\S+\s){0,3}?aus)\b[^!?\n]{0,40}?\bnicht verl(?:ä|ae)ngert"
    r"|\b(?:son|leur)\scontrat\b[^!?\n]{0,60}?\b(?:se termine|prend fin|expire|finit)\b[^!?\n]{0,40}?\b(?:pas|non)\s(?:(?:é|e)t(?:é|e)\s)?(?:renouvel|prolong)"
    r"|\bsu\scontrato\b[^!?\n]{0,60}?\b(?:termina|vence|finaliza|acaba)\b[^!?\n]{0,40}?\bno se (?:renueva|renovar(?:á|a)|prorroga|prorrogar(?:á|a))"
    r"|\b(?:zijn|haar|hun)\s(?:arbeids)?contract\b[^!?\n]{0,60}?\b(?:loopt (?:\S+ ){0,3}?af|eindigt)\b[^!?\n]{0,40}?\bniet verlengd"
    r"|\bpassed away\b|\b(?:is |was )?deceased\b|\b(?:he|she|who) (?:has |had )?(?:sadly |suddenly |unexpectedly )?died\b"
    r"|\bverstorben\b|\bd(?:é|e)c(?:é|e)d(?:é|e)e?\b|\bfallecid[oa]\b|\bfalleci(?:ó|o)\b|\boverleden\b"
    # A person's exit, as HR names a leaver's (the English of "Austritt"): "employee exit on 31.05", "staff exit: ...",
    # "sortie du collaborateur", "salida del empleado". Not a program's or a building's exit.
    r"|\b(?:employee|staff|employment|colleague|personnel|worker|contractor)\sexit\b|\bexit date\b"
    r"|\bsortie (?:du|de la|d'un|d'une) (?:salari(?:é|e)e?|collaborat(?:eur|rice)|employ(?:é|e)e?)\b|\bsalida (?:del|de la) (?:emplead[oa]|trabajador[a]?|colaborador[a]?)\b"
    # Not an "Ankündigung" (an announcement, a vendor's maintenance notice): only a notice to leave is a Kündigung.
    # Leaving the service said ahead, as HR writes it: "scheidet zum 31.10. aus dem Dienst aus", "ausscheiden wird".
    r"|\bscheidet (?:\S+ ){0,5}?aus\b|\bausscheid(?:et|en|end)\b"
    r"|(?<!an)k(?:ü|ue)ndigung|gek(?:ü|ue)ndigt|austritt|ausgeschieden|verl(?:ä|ae)sst (?:das|uns|unser)|ruhestand|in (?:die |den )?rente (?:gegangen|geht|gehen)|\bgeht (?:\S+ ){0,3}?in (?:die |den )?rente\b|letzte[rn]? arbeitstag"
    r"|quitte (?:l'entreprise|la soci(?:é|e)t(?:é|e)|le cabinet|nous)|(?:a )?quitt(?:é|e) (?:l'entreprise|la soci(?:é|e)t(?:é|e))|fin de contrat|d(?:é|e)mission|dernier jour|licenci(?:é|e)e?|d(?:é|e)part (?:de|d')"
    r"|deja la empresa|dej(?:ó|o) la empresa|fin de contrato|despid\w*|desped\w*|(?:ú|u)ltimo d(?:í|i)a|baja (?:de|del) (?:emplead|usuario|trabajador)|dimisi(?:ó|o)n"
    r"|uit dienst|uitdiensttreding|einde (?:contract|dienstverband)|vertrek van|laatste werkdag|ontslag|ontslagen|verlaat (?:ons|het bedrijf)"
    # A person's contract that has run out: "her contract with us ended yesterday", "der Vertrag von Frau Lenz ist
    # ausgelaufen" (a person's, never "our Adobe contract expired", which is a renewal).
    r"|(?:\b(?:his|her|their)|'s) contract (?:with us )?(?:has |had )?(?:ended|finished|expired|run out)"
    r"|(?:\b(?:his|her|their)|'s) contract (?:is|was) (?:over|up|terminated)|end of (?:his|her|their) contract"
    r"|\bcontract (?:has )?(?:ended|expired|finished|run out) for (?:the |our |an? )?(?:external|contractor|consultant"
    r"|temp|freelancer|intern|employee|user|mr|mrs|ms)\b"
    # The contract named first, its holder after, then its end: "the contract of external J. Doe ends on the 31st",
    # "contract for ext_jnorris ends Thursday",
    # "Vertrag von Externem X endet", "le contrat du prestataire X se termine", "el contrato del externo X termina",
    # "het contract van externe X loopt af".
    rf"|\bcontract (?:of|for) (?:the |our |an? )?(?:external|contractor|consultant|temp|freelancer|intern|trainee|{_ACCOUNT_NAME})\b[^.!?\n]{{0,40}}?\b(?:ends|ended|expires|expired|finishes|finished|runs out|is over)\b"
    rf"|\bvertrag (?:von|des|der|f(?:ü|ue)r) (?:de[mnr] |die )?(?:externe[mnr]?|berater\w*|freelancer|leiharbeiter\w*|praktikant\w*|werkstudent\w*|{_ACCOUNT_NAME})\b[^.!?\n]{{0,40}}?\b(?:endet|l(?:ä|ae)uft (?:\S+ )?aus|ist beendet|ist ausgelaufen)"
    rf"|\bcontrat (?:du|de la|de l'|d'un|d'une|de) ?(?:prestataire|consultant|int(?:é|e)rimaire|stagiaire|externe|freelance|{_ACCOUNT_NAME})\b[^.!?\n]{{0,40}}?\b(?:se termine|termin|finit|prend fin|expire)"
    rf"|\bcontrato (?:del|de la|de) (?:contratista|consultor|becari[oa]|extern[oa]|freelance|{_ACCOUNT_NAME})\b[^.!?\n]{{0,40}}?\b(?:termina|finaliza|vence|acaba)"
    rf"|\bcontract van (?:de )?(?:externe?|consultant|inhuurkracht|uitzendkracht|zzp'?er|stagiair|{_ACCOUNT_NAME})\b[^.!?\n]{{0,40}}?\b(?:loopt (?:\S+ )?af|eindigt|is afgelopen)"
    # An outside worker named first, then the contract's end: "contractor J. Doe, contract ended Friday", "Externer
    # Berater Huber, Vertrag ist ausgelaufen", "prestataire X, contrat terminé", "contratista X, contrato finalizado",
    # "externe kracht X, contract afgelopen". Whose contract it is, the sentence has said already.
    r"|\b(?:contractor|consultant|freelancer|temp|intern|external|trainee)\b[^.!?\n]{0,60}?\bcontract (?:has |had )?(?:ended|expired|finished|run out|is over|was over)"
    r"|\b(?:externe?r?|berater\w*|freelancer|leiharbeiter\w*|praktikant\w*|werkstudent\w*)\b[^.!?\n]{0,60}?\bvertrag (?:ist |war )?(?:beendet|ausgelaufen|abgelaufen|zu ende)"
    r"|\b(?:prestataire|consultant|int(?:é|e)rimaire|stagiaire|freelance)\b[^.!?\n]{0,60}?\bcontrat (?:est |a )?(?:termin|fini|pris fin|expir)"
    r"|\b(?:contratista|consultor|becari[oa]|extern[oa]|freelance)\b[^.!?\n]{0,60}?\bcontrato (?:ha )?(?:termin|finaliz|venci|acab)"
    r"|\b(?:externe?|consultant|inhuurkracht|uitzendkracht|zzp'?er|stagiair)\b[^.!?\n]{0,60}?\bcontract (?:is )?(?:afgelopen|be(?:ë|e)indigd|verlopen)"
    # The contract said held "with" a person, then ended: "the contract with Jana Ruiz ended on Friday, please take away
    # her access", "Vertrag mit Herrn Kaya ist ausgelaufen", "le contrat avec Mme Roux a pris fin", "el contrato con la
    # Sra. Vidal terminó", "het contract met dhr. Peters is afgelopen" (h138). A firm's contract ("our contract with
    # Adobe ended") is a renewal: a person's title must name the holder, or a his/her soon after say it is a person.
    r"|\bcontract with (?:(?:mr|mrs|ms|dr)\.?\s[\w'-]+(?:\s[\w'-]+)?|[\w'-]+(?:\s[\w'-]+){0,2}(?=[^!?\n]{0,160}?\b(?:his|her)\b))"
    r"\s(?:has\s|had\s)?(?:ended|expired|finished|run out|is over|was over|was terminated)\b"
    r"|\bvertrag mit (?:herrn?|frau|dr\.?)\s[\w'-]+(?:\s[\w'-]+)?\s(?:ist|war|wurde)\s(?:\S+\s)?(?:beendet|ausgelaufen|abgelaufen|zu ende)\b"
    r"|\bcontrat avec (?:m\.|mme|mlle|monsieur|madame)\s[\w'-]+(?:\s[\w'-]+)?\s(?:a pris fin|est termin(?:é|e)|s'est termin(?:é|e)|a expir(?:é|e))"
    r"|\bcontrato con (?:el |la )?(?:sr\.?|sra\.?|se(?:ñ|n)ora?|don|do(?:ñ|n)a)\s[\w'-]+(?:\s[\w'-]+)?\s(?:termin(?:ó|o)|ha terminado|finaliz(?:ó|o)|ha finalizado|venci(?:ó|o))"
    r"|\bcontract met (?:dhr\.?|mevr\.?|meneer|mevrouw)\s[\w'-]+(?:\s[\w'-]+)?\s(?:is\s)?(?:afgelopen|be(?:ë|e)indigd|verlopen|liep af)"
    # A person's role, then the bare verb of leaving and the clause's end, as a terse ticket says it: "employee left,
    # please remove account", "employé parti, merci de ...", "empleado se fue, ...", "medewerker vertrokken." (holdout64).
    # Not "employee left his badge at home": the clause must end at the verb.
    r"|\b(?:employee|colleague|staff member|worker|contractor|user)s? (?:has |have |had )?left(?=\s*(?:[,.;!:\u2013-]|$))"
    r"|\b(?:employ(?:é|e)e?|collaborat(?:eur|rice)|coll(?:è|e)gue) (?:est )?partie?(?=\s*(?:[,.;!:\u2013-]|$))"
    r"|\b(?:emplead[oa]|compa(?:ñ|n)er[oa]|trabajador(?:a)?) se (?:fue|march(?:ó|o))(?=\s*(?:[,.;!:\u2013-]|$))"
    r"|\b(?:medewerker|collega|werknemer) (?:is )?vertrokken(?=\s*(?:[,.;!:\u2013-]|$))"
    # "She left 2 weeks ago", "he left last month": a person's leaving dated in the past (not "he left his laptop last
    # week": what follows "left" must be the time itself; nor "he left in June last year" in a rehire's ticket, a month
    # being as often the start of a story as the leaving).
    # A person named by their name leaves the same way ("Tom Baker left last Friday", "Ines left 3 weeks ago"): any
    # word before "left" but the writer's own, an object's or a delivery's.
    # A role, then the person's name or user id in brackets ("our manager at store 23 (jdoe) left last week").
    r"|(?:\b(?:manager|colleague|employee|user|staff member|member of staff|assistant|supervisor|cashier|clerk|technician"
    r"|contractor|intern|temp|worker|lead|head|director|officer|admin)\b[^.!?\n()]{0,30}?\([a-z][\w.'-]*(?: [a-z][\w.'-]*)?\)"
    r"|\b(?:he|she|they|who|[a-z]+\.[a-z]+|(?!(?:i|we|you|it|this|that|which|what|everything|everyone|nothing|train|bus|flight"
    r"|truck|van|driver|courier|parcel|package|delivery|shipment|order|mail|e-?mail|message|file|job|process|update)\b)"
    # A name with its login in brackets ("mark (mhall) left last month", set h121) is that person too; a thing with an
    # article before it is not ("the pallet (chilled) left last week").
    r"[a-z][a-z'-]+|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bthis )(?<!\bthat )(?<!\bour )(?<!\bmy )(?<!\byour )[a-z][a-z'-]+ \([a-z][\w.'-]*\))) (?:has |had )?left (?:us |the company )?(?:(?:about |around |over )?(?:\d+|a|an|one|two|three|four|five|six|a few|a couple of|several) (?:days?|weeks?|months?|years?) ago|last (?:week|month|year|monday|tuesday|wednesday|thursday|friday)"
    # Or the day just gone, or the walking out itself: "our nurse Lea left on Saturday without notice", "xyz left
    # yesterday without a word" (holdout5, holdout88). Not one away a while ("left yesterday for two weeks' holiday").
    r"|(?:yesterday|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:satur|sun)day)(?=\s(?:without|with no)\s(?:any\s|prior\s)?(?:notice|warning|a word))"
    r"|without (?:any |prior )?(?:notice|warning|a word)(?![^.!?\n]{0,50}\b(?:holidays?|vacation|leave|trip|back|returns?)\b))"
    # The same walk-out in the other languages: "ist ohne Vorwarnung gegangen", "est partie sans préavis", "se fue sin
    # previo aviso", "is zonder opzegging vertrokken".
    r"|\b(?:ist|sind)\s(?:\S+\s){0,3}?ohne (?:vorwarnung|ank(?:ü|ue)ndigung|abmeldung|ein wort) (?:gegangen|weg)\b"
    r"|\b(?:est|sont) parti(?:e|s|es)? (?:\S+ ){0,2}?sans (?:pr(?:é|e)avis|pr(?:é|e)venir)\b"
    r"|\bse (?:fue|fueron|march(?:ó|o)) (?:\S+ ){0,2}?sin (?:previo )?avis(?:o|ar)\b"
    r"|\b(?:is|zijn) (?:\S+ ){0,2}?zonder (?:opzegging|aankondiging|iets te zeggen) (?:vertrokken|weggegaan)\b"
    # The same leaving ahead, said with its day: "jdoe leaves friday", "she leaves us at the end of the month", "Tom
    # leaves the company on the 30th" (set h132). Not a thing that leaves (a train, a parcel), nor a person away for a
    # while ("she leaves on Friday for two weeks' holiday", "... and is back on the 3rd").
    r"|\b(?:he|she|they|[a-z]+\.[a-z]+|(?!(?:i|we|you|it|this|that|which|what|everything|everyone|nothing|train|bus|flight"
    r"|truck|van|driver|courier|parcel|package|delivery|shipment|order|mail|e-?mail|message|file|job|process|update|ship"
    r"|plane|tour|team)\b)[a-z][a-z'-]+) leaves (?:us |the company |the firm |the business |our company )?"
    r"(?:on |at |by )?(?:tomorrow|today|tonight|this (?:week|month|friday|monday)|next (?:week|month|mon|tues|wednes|thurs|fri)"
    r"|(?:mon|tues|wednes|thurs|fri)day\b|the end of|end of (?:the )?(?:week|month)|the \d|\d{1,2}[./]\d{1,2})"
    r"(?![^.!?\n]{0,50}\b(?:holidays?|vacation|leave|maternity|paternity|parental|sabbatical|trip|conference|back|returns?)\b)"
    # "X left us yesterday without notice", "she left us on Friday": the workplace left, said as the people left behind
    # say it, recent enough to need no date in weeks (not "he left us a voicemail": a time or the clause's end must
    # follow). "hat uns (gestern) verlassen", "nous a quittés", "nos dejó", "heeft ons (gisteren) verlaten".
    r"|\bleft us(?:\s(?:yesterday|today|this (?:week|month|morning)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"abruptly|suddenly|unexpectedly))?(?:\s(?:without|with no) (?:any |prior )?notice)?(?=\s*(?:[,.;!:\u2013-]|$|and\b))"
    r"|\bhat uns\s(?:\S+\s){0,3}?verlassen\b|\bnous a quitt(?:é|e)e?s?\b|\bnos (?:ha dejado|dej(?:ó|o))(?=\s*(?:[,.;!:]|$|ayer\b|hoy\b|sin\b))"
    r"|\bheeft ons\s(?:\S+\s){0,3}?verlaten\b"
    # Someone said to have left the employer itself, the clause ending there: "temp picker X left the agency, remove his
    # access", "she has left the company.", "hat das Unternehmen verlassen", "a quitté la société", "dejó la empresa", "heeft
    # het bedrijf verlaten". A temp's agency is their employer: leaving it ends their placement with us. Not the writer
    # ("I left the company laptop at home": the clause must end at the employer), nor a thing left behind there.
    # When they left may follow before the clause ends: "left the business 03/05", "left the firm on friday", "left the
    # company last week" (set h129): still the workplace left, dated.
    # A school, a trust of schools, a university, a practice or a council is the employer left as a company is ("has
    # left the trust", "left the school on Friday"), in the sectors that name their employer so.
    r"|(?<!\bi )(?<!\bwe )\b(?:has |have |had )?left (?:the |our |his |her |their )(?:company|firm|business|agency|organi[sz]ation|employer|temp agency"
    r"|school|trust|academy|college|university|practice|council|institute)"
    r"(?:\s(?:on\s)?(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?|yesterday|today|last (?:week|month|friday|monday)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day))?"
    r"(?=\s*(?:[,.;!:\u2013-]|$|and\b))"
    r"|\b(?:hat|haben)\s(?:\S+\s){0,3}?(?:das unternehmen|die firma|die agentur|den betrieb|die schule|unsere schule)\s(?:\S+\s)?verlassen\b"
    # The leaving ahead, its date between the verb and the employer: "verlässt zum 31.07. unsere Schule", "verlässt
    # Ende Juni die Firma", "quitte fin juin l'établissement", "deja en julio el colegio", "verlaat per 1 augustus de
    # school". Never "verlässt sich auf" (relies on), nor the building or a room left.
    r"|\bverl(?:ä|ae)sst\s(?:(?!sich\b)\S+\s){0,4}?(?:unsere?[nm]?\s|die\s|das\s|den\s)(?:firma|schule|unternehmen|betrieb"
    r"|einrichtung|organisation|universit(?:ä|ae)t|hochschule|praxis|kanzlei|klinik|agentur)\b"
    r"|\bquitte\s(?:\S+\s){0,4}?(?:l'(?:entreprise|(?:é|e)cole|(?:é|e)tablissement|universit(?:é|e)|agence)|notre (?:(?:é|e)cole|soci(?:é|e)t(?:é|e)|coll(?:è|e)ge|lyc(?:é|e)e))\b"
    r"|(?<!\byo )\b(?:deja|dejar(?:á|a))\s(?:\S+\s){0,4}?(?:la empresa|el colegio|la escuela|nuestr[oa] (?:colegio|escuela|empresa)|la universidad)\b"
    r"|(?<!\bik )\bverlaat\s(?:\S+\s){0,4}?(?:de school|onze school|de organisatie|het bedrijf|onze organisatie|de universiteit)\b"
    r"|(?<!\bj')\ba quitt(?:é|e)e?\s(?:l'entreprise|la soci(?:é|e)t(?:é|e)|l'agence|la bo(?:î|i)te|l'(?:é|e)cole|l'(?:é|e)tablissement)\b"
    r"|(?<!\byo )\b(?:dej(?:ó|o)|ha dejado|abandon(?:ó|o))\s(?:la empresa|la compa(?:ñ|n)(?:í|i)a|la agencia|el colegio|la escuela)\b"
    r"|(?<!\bik )\bheeft\s(?:\S+\s){0,3}?(?:het bedrijf|de organisatie|het bureau|het uitzendbureau|de school)\s(?:\S+\s)?verlaten\b"
    # "contractor ext.pmueller finished the project last week": someone engaged for a while whose work is over.
    r"|\b(?:contractor|consultant|external|freelancer|temp|intern|trainee) [\w.'-]+(?: [\w.'-]+)? (?:has )?(?:finished|completed|ended|wrapped up) (?:the|his|her|their) (?:project|assignment|engagement|contract|internship|placement)\b"
    # "disable account of user who left": a person who left, said in a relative clause (not "who left a message").
    r"|\b(?:user|colleague|employee|person|contractor|intern|staff member) who (?:has |had )?(?:just |recently )?left\b"
    r"(?!\s(?:a|an|the|his|her|their|it|me|us|them|some|my|our|your|this|that)\b)"
    # "the contract of Ana Ruiz (agency, project X) ended Friday, please disable her account", "der Vertrag von Jan Ort ist
    # ausgelaufen, bitte sein Konto sperren": a contract named by a bare name is a person's when a his or her account
    # follows in the same ticket (never "the contract of Office 365 ended", a renewal).
    r"|\bcontract of (?!(?:the|our|this|that|my|your|an?)\b)[a-z][\w.'-]*(?: [a-z][\w.'-]*)?(?: ?\([^)\n]{0,60}\))?"
    r" (?:has |had )?(?:ended|expired|finished|run out)\b(?=[^\n]{0,120}\b(?:his|her|their)\s(?:\S+\s)?(?:account|login|access|user)\b)"
    # The contract's end said first, then whose: "contract ended for jdoe (camera op) last week and his account is still
    # active" (h132); a product's ("support contract ended for the backup tool") has no his or her account after it.
    r"|\bcontract (?:has |had )?(?:ended|expired|finished|run out) for (?!(?:the|our|this|that|my|your|an?)\b)[a-z][\w.'-]*"
    r"(?: [a-z][\w.'-]*)?(?: ?\([^)\n]{0,60}\))?(?=[^\n]{0,120}\b(?:his|her|their)\s(?:\S+\s)?(?:account|login|access|user)\b)"
    r"|\b(?:vertrag von|contrat de|contrato de|contract van) (?!(?:der|dem|la|le|el|het|de|unserem|notre|nuestro|ons)\b)[a-zà-ÿ][\w.'-]*(?: [a-zà-ÿ][\w.'-]*)?"
    r"(?: ?\([^)\n]{0,60}\))? (?:\S+ )?(?:ausgelaufen|beendet|abgelaufen|termin(?:é|e)|fini|terminado|finalizado|vencido|afgelopen|be(?:ë|e)indigd|verlopen)"
    r"(?=[^\n]{0,120}\b(?:sein|ihr|son|sa|su|zijn|haar)\w*\s(?:\S+\s)?(?:konto|zugang|account|compte|acc(?:è|e)s|cuenta|usuario|gebruiker)\b)"
    # "contract of external j.doe ended friday": the contract of a person named by their role.
    r"|\bcontract of (?:the |our |an? )?(?:external|contractor|consultant|temp|freelancer|intern|employee|user)\b"
    r"(?: \S+)? (?:has |had )?(?:ended|expired|finished|run out)"
    # ... and by role, trade and name: "the contract of external engineer P. Moreau ended yesterday".
    r"|\bcontract of (?:the |our |an? )?(?:external|contractor|consultant|temp|freelancer|intern)\s(?:engineer|developer|technician"
    r"|consultant|designer|auditor|specialist|worker|colleague|staff member|programmer|analyst|electrician|fitter)\b(?: [\w.'-]+){0,2}"
    r" (?:has |had )?(?:ended|expired|finished|run out)"
    # "contractor wxyz.abcd contract ended today": the contract of a person named by role and name.
    r"|\b(?:contractor|consultant|external|freelancer|temp|intern) [\w.'-]+(?: [\w.'-]+)?'?s? contract (?:has |had )?(?:ended|expired|finished|run out)"
    # What ran out must be the contract: "Ihr Konto ist abgelaufen" is the directory's expiry message to the writer.
    r"|(?:(?:sein|ihr)\w* (?:\S+ )?\w*vertrag|vertrag von (?:frau|herrn?)) (?:\S+ ){0,3}?(?:ist |war )?(?:ausgelaufen|beendet|abgelaufen)"
    r"|son contrat (?:\S+ ){0,3}?(?:est |a )?(?:termin|fini|pris fin)\w*"
    r"|su contrato (?:\S+ ){0,3}?(?:ha )?(?:termin|finaliz|acab)\w*"
    r"|(?:zijn|haar) contract (?:\S+ ){0,3}?(?:is )?(?:afgelopen|be(?:ë|e)indigd|verlopen)"
    # "Fr. Hoffmann ist nicht mehr bei uns (Aufhebungsvertrag)": a person "no longer with us" beyond English (one who
    # is or works there, not a printer that "druckt nicht mehr bei uns"), and the German agreement ending an employment.
    r"|\b(?:ist|sind|arbeitet|arbeiten|war)\s(?:\S+\s){0,4}?nicht mehr (?:bei uns|im (?:unternehmen|haus|betrieb)|f(?:ü|ue)r uns t(?:ä|ae)tig)|aufhebungsvertrag"
    r"|n'est plus (?:chez nous|avec nous|dans l'entreprise)|ne (?:fait|travaille) plus (?:partie de|chez|pour) (?:nous|l'entreprise)"
    r"|ya no (?:trabaja|est(?:á|a)) (?:con nosotros|en la empresa)|(?:is|werkt) niet meer (?:bij ons|in dienst|bij het bedrijf))"
)
DISABLE_ACCOUNT = (
    # "account can be removed", "his login should be disabled": the account first, the verb in the passive after it.
    r"(?:\b(?:accounts?|logins?|user|ad account)\s(?:can|should|must|may|needs? to|has to|to)\sbe\s(?:removed|deleted|disabled|deactivated|closed|blocked)\b|"
    # "can his files be moved to me and his account shut down?": the passive's auxiliary said once, for both verbs.
    r"\b(?:his|her|their)\s(?:ad\s|user\s|windows\s)?(?:account|login)s?\s(?:to be\s|be\s)?(?:shut down|closed|disabled|deactivated|removed|deleted)\b|"
    # "... still shows in the address book. Please disable it.": the account spoken of, asked off by a pronoun, or with
    # its object left out at the end ("his account is still active, please deactivate."), as German's "bitte deaktivieren".
    r"\b(?:please|pls|kindly|can you|could you)\s(?:\S+\s)?(?:disable|deactivate)(?:\s(?:it|him|her|them)\b|\s*(?:[.!]|$))|"
    # Not one taken out of a place they belong to ("remove the external user from the sharepoint site", "from the
    # Finance group"): that is a membership, and the account stays (h77).
    # A terse note shortens the account to "acct" ("disable acct jdoe"), the same account.
    r"(?:disable|deactivate|block|close|remove|delete)\s(?:all\s(?:of\s)?)?(?:the\s|his\s|her\s|their\s)?(?:\w+\s)?(?:user\s)?(?:account|acct|user|login|access|ad account|sign-?in|id)s?\b"
    r"(?!\s(?:from|out of|off)\s(?:the\s|our\s)?(?:\S+\s){0,3}?(?:site|sharepoint|team|teams|channel|group|list|dl|distribution|folder|share|drive)\b)|"
    # The directory named for its account: "please deactivate AD, VPN token and groups", "disable his Entra ID".
    r"\b(?:disable|deactivate)\s(?:(?:the|his|her|their)\s)?(?:ad|active directory|entra(?: id)?|azure ad|domain)\b(?!\s(?:group|sync|connect|policy|gpo|attribute|field)s?\b)|remove .{0,40}from (?:the )?(?:company )?directory|\b(?:turn|switch|shut) off (?:his|her|their|the) (?:e-?mail|account|login|access)"
    r"|(?:deaktivieren|sperren|l(?:ö|oe)schen|entziehen).{0,5}$|(?:konto|zugang|zug(?:ä|ae)nge|benutzer)\w* (?:\S+ ){0,3}?(?:deaktivieren|sperren|l(?:ö|oe)schen|entziehen)"
    r"|(?:d(?:é|e)sactiv\w*|bloqu(?:er|ez)|supprim\w*|ferm(?:er|ez)|retir\w*|coup(?:er|ez)) (?:\S+ ){0,2}?(?:compte|acc(?:è|e)s)"
    r"|(?:desactiv\w*|bloque(?:ar|ad)|elimin\w*|borr\w*|quit(?:ar|ad)|cerr(?:ar|ad)) (?:\S+ ){0,2}?(?:cuenta|accesos?|usuario)"
    r"|(?:account|toegang|gebruiker)\w* (?:\S+ ){0,3}?(?:blokkeren|uitschakelen|verwijderen|intrekken|deactiveren|afsluiten))"
)

# "She'll need an account": in a joiner's ticket, the account to create (on its own, any account for anything).
NEEDS_ACCOUNT = (
    r"(?:need|needs|will need|require|requires|braucht|brauchen|ben(?:ö|oe)tigt|besoin d'un|lui faut un|il faut un"
    r"|necesita|necesitar(?:á|a)|nodig"
    # The account asked as what the newcomer may have: "can she have a login and email ready for 9am?", "kann er ein
    # Konto bekommen", "peut-elle avoir un compte", "¿puede tener un usuario?", "kan ze een account krijgen".
    r"|(?:can|could|may) (?:she|he|they|(?!(?:i|we|you)\b)\S+) (?:have|get)|(?:kann|k(?:ö|oe)nnte) (?:sie|er) (?:schon )?(?:ein|einen)"
    r"|peut-(?:elle|il) (?:avoir|obtenir)|puede (?:tener|recibir)|(?:kan|kun) (?:ze|zij|hij) (?:een|al een))\s(?:\S+\s){0,3}?(?:accounts?|logins?|user ?(?:id|account)|e-?mail address|e-?mail(?=,)"
    r"|compte|cuenta|usuario|gebruikersaccount|account|benutzer(?:konto)?|konto)\b"
    # Or said as what the account is for: the newcomer able to sign in on their first day ("please do whatever is needed
    # so she can log in on day one", "damit sie sich am ersten Tag anmelden kann", "pour qu'elle puisse se connecter dès
    # le premier jour", "para que pueda iniciar sesión el primer día", "zodat ze op haar eerste dag kan inloggen"): only
    # an account made lets them (set h132). Not a first day back from leave: that account is there.
    r"|\b(?:so|so that|to make sure|make sure) (?:she|he|they|\S+) (?:can|could|is able to|will be able to) (?:log ?in|sign ?in|log ?on)\b"
    r"[^.!?\n]{0,30}?\b(?:day (?:one|1)|(?:her|his|their|the) first (?:working )?day(?! back))"
    r"|\b(?:damit|dass) (?:sie|er) (?:sich )?(?:gleich )?(?:am|ab dem) ersten (?:arbeits)?tag (?:\S+ )?(?:anmelden|einloggen)"
    r"|\b(?:pour|afin) qu'(?:elle|il) puisse (?:se connecter|ouvrir (?:une|sa) session)[^.!?\n]{0,30}?\bpremier jour"
    r"|\bpara que (?:\S+ )?pueda (?:iniciar sesi(?:ó|o)n|conectarse|entrar)[^.!?\n]{0,30}?\bprimer d(?:í|i)a"
    r"|\bzodat (?:ze|zij|hij) (?:op|vanaf) (?:dag (?:één|een|1)|(?:haar|zijn) eerste (?:werk)?dag) (?:kan|kunnen) inloggen"
    # Or asked bare as its own clause after who arrives and when: "new trainee starting Monday, Ana Cruz, account pls",
    # "startet am 1.9., Konto bitte", "arrive lundi, un compte svp", "empieza el lunes, cuenta por favor", "begint
    # maandag, account graag". Its own clause only: "unlock my account please" has the account's owner before it.
    r"|(?:^|[,;:\u2013-]\s?)(?:an? |ein |un |une |una |een )?(?:new |neues |nouveau |nueva |nieuw )?(?:accounts?|logins?|user ?ids?|konto|benutzerkonto|compte|cuenta|usuario)"
    r"(?: and (?:an? )?(?:e-?mail|login))?,?\s(?:pls|plz|please|bitte|svp|s'il vous pla(?:î|i)t|por favor|graag)\b"
)

# A person arriving on a day ("starts tomorrow", "starting placement on the 10th", "joins us Monday"), not a thing
# that starts (joiner_leaver_words.NOT_A_THING_STARTING).
_ARRIVAL = (NOT_A_THING_STARTING
            # Arrived already too: "our new colleague started today and has no account at all".
            # Or in the role they come for: "starting as shift lead tomorrow" (h129).
            + r"\b(?:start(?:s|ing|ed)?|join(?:s|ing|ed)?|arriv(?:es|ing|e|ed)|begin(?:s|ning)?|began)\s(?:(?:us|with us|the team|placement"
              r"|as (?!(?:planned|usual|normal|scheduled|expected|agreed)\b)(?:a |an |our )?[a-z-]+(?: [a-z-]+)?"
              r"|work|in \w+|at \w+(?: \w+)?|on)\s)?(?:on\s|this\s|next\s|from\s|last\s)?(?:the\s)?(?:today|tomorrow|tmrw|yesterday|morning|monday"
              r"|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|week|\d{1,2}(?:st|nd|rd|th)?\b"
              r"|\d{1,2}[./]\d{1,2})")
# What the newcomer has not got: an account or a login needed, none yet, or everything to be set up for them.
# The accounts may come last in a list of what is needed ("need till ids and basic windows accounts").
_NOT_SET_UP = (r"(?:\bneeds?\s(?:\S+\s){0,4}?(?:a\s|an\s)?(?:network\s|windows\s|ad\s|computer\s|pc\s|system\s)?(?:logins?"
               r"|log-ins?|accounts?|user ?(?:name|id)s?)\b|\bset (?:him|her|them) up\b"
               # "please set up their logins and mailboxes", "create his account": the newcomers' accounts to make.
               r"|\b(?:set ?up|create|prepare|make)\s(?:their|his|her)\s(?:\S+\s)?(?:logins?|log-ins?|accounts?|user ?(?:name|id)s?)\b|\bno (?:\w+ )?(?:accounts?|logins?)"
               r"\b(?:\s(?:\S+\s){0,3}?yet\b)?|\b(?:do|does)(?:n'?t| not) have (?:an?|any) (?:\w+ )?(?:accounts?|logins?)\b"
               r"(?:\s(?:\S+\s){0,3}?yet\b)?|\bget (?:him|her|them) (?:set up|sorted|ready|going)\b"
               # "can she have a login and email ready for 9am?": the account asked as what the newcomer may have.
               r"|\b(?:can|could) (?:she|he|they) (?:have|get) (?:a |an )?(?:\S+ )?(?:logins?|log-ins?|accounts?|user ?(?:name|id)s?)\b"
               # "can IT set up her logins", "please create his account": the newcomer's own accounts to be made.
               r"|\b(?:set ?up|create|make|sort(?: out)?|arrange|prepare)\s(?:all\s)?(?:his|her|their)\s(?:\S+\s)?(?:logins?|log-ins?|accounts?|user ?(?:name|id)s?)\b"
               # Or nothing at all made ready: "nothing has been set up for her", "nothing is ready" (h129).
               r"|\bnothing\s(?:has\s|had\s|is\s|was\s)?(?:been\s)?(?:set ?up|ready|prepared|created)\b)")
