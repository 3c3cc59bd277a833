# ruff: noqa: E501 -- word lists read best filled to the line length
"""How people ask for each intent, in English, German, French, Spanish and Dutch.

Matched on lower-cased text (tickets/triage/intents.py lower-cases each clause once), so the expressions are
written in lower case and compiled without IGNORECASE. A clause is one request ("reset my password", "add me to
Billing"); these expressions say which intent a clause asks for, not whether the ticket is an action ticket at all
(the category scoring in patterns.py/rules.py decides that).
"""

from __future__ import annotations

import re

from tickets.triage.vocabulary import SKU_PART_NUMBER


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


PASSWORD = r"(?:pass\s?-?words?|\bp[ae]?s{1,2}\s?(?:w(?:or|ro|o|r)?r?|or|ro)[dt][sz]?\b|passwort|passw[oö]rter|kennw[oö]rt(?:er)?|\bpw\b|\bpwd\b|mot de passe|\bmdp\b|contrase[nñ]as?|clave|wachtwoord(?:en)?)"
_RESET = (
    r"(?:re-?set+(?:t?ing|ed)?|zur(?:ü|ue)ck\s?(?:zu)?setzen|neu\s?(?:zu)?setzen|r[ée]initialis\w*|restablec\w*|"
    r"restablez\w*|reestablec\w*|resete\w*|reinici\w*|resett?en|opnieuw\s(?:in)?stellen|herstellen)"
)
# "need a new password", "neues Passwort", "nouveau mot de passe", "nueva contraseña", "nieuw wachtwoord".
_NEW_PASSWORD = rf"(?:new|temporary|temp|neues?|tempor[äa]res?|nouveau|nueva|temporal|nieuw|tijdelijk)\s(?:\w+\s)?{PASSWORD}"
_FORGOT = r"(?:forg[oe]t+(?:en)?|(?:can'?t|cannot|don'?t|do not) remember|vergessen|oubli[ée]\w*|olvid\w*|vergeten)"
_EXPIRED = r"(?:expired|abgelaufen|expir[ée]\w*|caduc\w*|vencid\w*|verlopen)"
RESET_PASSWORD = _rx(
    rf"{_RESET}.{{0,45}}{PASSWORD}|{PASSWORD}.{{0,40}}{_RESET}|{_NEW_PASSWORD}|{_FORGOT}.{{0,40}}{PASSWORD}|"
    rf"{PASSWORD}.{{0,30}}(?:{_FORGOT}|{_EXPIRED})|{PASSWORD}.{{0,90}}\b{_RESET}\s(?:it|this|that|mine|es|ihn|le|lo|het)\b|setz\w*\s(?:\S+\s){{0,3}}?{PASSWORD}\s(?:\S+\s)?(?:zur(?:ü|ue)ck|neu)\b|(?:change|(?:ä|ae)ndern|changer|cambiar|wijzigen)\s(?:\w+\s){{0,2}}{PASSWORD}"
)
UNLOCK = _rx(
    r"\bun-?lock\w*|\bunl[co]{2}k\w*|\block(?:ed)?[\s-]?out\b|\blockout\b|\b(?:is|got|been|gets|was|account|user)\s(?:now\s)?locked\b|"
    r"entsperr\w*|freischalt\w*|gesperrt|d[ée]bloqu\w*|d[ée]verrouill\w*|verrouill[ée]\w*|bloqu[ée]e?s?\b|"
    r"desbloque\w*|bloquead[oa]s?|ontgrendel\w*|deblokkeer\w*|deblokker\w*|geblokkeerd|vergrendeld|buitengesloten"
)
MFA = (
    r"(?:\bmfa\b|\b2fa\b|two[- ]?factor|2-?step|multi[- ]?factor|authenticator|okta verify|zwei[- ]?faktor|"
    r"2-faktor|double authentification|authentification (?:à|a) (?:deux|multi)\w*|autenticaci[oó]n (?:en dos pasos|multifactor|de dos factores)|"
    r"doble factor|tweestaps\w*|twee-?factor\w*|verification method|sign-?in method|security info|methoden?)"
)
_MFA_FIX = (
    rf"(?:{_RESET}|re-?(?:register|enrol+|setup|set up)|set (?:it )?up again|new (?:phone|mobile|iphone|device)|"
    r"lost (?:my )?(?:phone|mobile)|neues? (?:handy|telefon|smartphone)|neu einrichten|handy (?:verloren|kaputt)|"
    r"nouveau t[ée]l[ée]phone|perdu mon t[ée]l[ée]phone|nuevo (?:tel[ée]fono|m[oó]vil)|perd[ií] (?:mi )?(?:tel[ée]fono|m[oó]vil)|"
    r"nieuwe telefoon|telefoon (?:kwijt|verloren)|opnieuw (?:registreren|instellen)|clear|remove|delete)"
)
RESET_MFA = _rx(rf"{MFA}.{{0,50}}{_MFA_FIX}|{_MFA_FIX}.{{0,50}}{MFA}")

# Signing out of every session; a compromise report also gets a password reset (a careful technician's pair).
REVOKE_SESSIONS = _rx(
    r"\b(?:sign|log)\s(?:\S+\s){0,3}?out\s(?:of\s)?(?:\S+\s?(?:/|and|or)\s?)?(?:everywhere|all|every|everything|on all)|"
    r"\b(?:sign|log)[\s-]?out\s(?:\S+\s){0,3}?(?:everywhere|(?:of |from |on )?all (?:\S+\s)?(?:devices|sessions|sign-?ins))|"
    r"\b(?:revoke|kill|terminate|end|close|reset|invalidate|clear)\s(?:\S+\s){0,3}?(?:(?:all|active|open|sign-?in|login) )?(?:sessions|refresh tokens|tokens)\b|"
    r"force (?:a )?(?:sign|log)[\s-]?out|"
    # A lost or stolen device's sign-in ended: "log it out of my account", "sign the iPad out remotely".
    r"\b(?:sign|log)\s(?:it|them|that|(?:the|that|this|my|his|her|our) (?:\S+\s)?(?:phone|device|laptop|ipad|tablet|mobile|pc|computer))\sout\s(?:of|from)\s(?:my|his|her|their|the)\s(?:\S+\s)?(?:account|e-?mail|mailbox|outlook|teams)\b|"
    r"\b(?:sign|log)\s(?:\S+\s){0,3}?out\b[^.!?\n]{0,25}\bremotely\b|"
    r"\b(?:sign|log)\s(?:\S+\s){0,3}?out\s(?:of\s)?(?:\S+\s){0,3}?on (?:all|every) (?:\S+\s)?(?:devices|sessions|phones|computers)\b|"
    r"\b(?:sign|log)[\s-]?out\s(?:any|all|every|the other|other)\s(?:\S+\s)?sessions\b|"
    # Kicked, booted or thrown out, as a writer who fears an intruder says it: "please kick out any sessions on my
    # account", "boot all sessions", "kick any active sessions off my account". Sessions are what is ended.
    r"\b(?:kick|boot|throw)(?:\s(?:out|off))?\s(?:any|all|every|the other|other)\s(?:\S+\s)?sessions?\b|"
    r"kick (?:everyone|everybody|them all|them|all|whoever(?: it is| that is| this is)?|the (?:hacker|attacker|intruder)) out of (?:my|his|her|their|the) (?:account|mailbox|e-?mail)|"
    r"(?:(?:ü|ue)berall|auf allen ger(?:ä|ae)ten)\s(?:\S+\s){0,2}?abmelden|\bmeld\w*\s(?:\S+\s){0,3}?(?:(?:ü|ue)berall|(?:auf|von) allen ger(?:ä|ae)ten)\s(?:\S+\s){0,2}?ab\b|\bmeld\w*\s(?:\S+\s){0,3}?overal\s(?:\S+\s){0,2}?af\b|alle[nr]? sitzungen|(?:sitzungen|ger(?:ä|ae)te)\s(?:\S+\s){0,2}?(?:raus|hinaus)(?:werfen|schmei(?:ß|ss)en|kicken)?\b|von allen ger(?:ä|ae)ten\s(?:\S+\s)?ab\b|sitzungen\s(?:\S+\s){0,2}?(?:beenden|widerrufen|abmelden|zur(?:ü|ue)cksetzen)|"
    r"d[ée]connect\w*\s(?:\S+\s){0,4}?partout|partout\s(?:\S+\s){0,2}?d[ée]connect\w*|(?:toutes les|mes|ses) sessions|r[ée]voquer\s(?:\S+\s){0,2}?sessions|"
    r"cerrar\s(?:\S+\s){0,2}?sesi[oó]n(?:es)?\s(?:\S+\s){0,3}?(?:todos|todas|cualquier)|todas (?:las|sus|mis) sesiones|(?:cerrar|cerrad|cierra|cierre)\s(?:\S+\s){0,2}?sesiones|revocar\s(?:\S+\s){0,2}?sesiones|"
    r"overal\s(?:\S+\s){0,2}?(?:afmelden|uitloggen|uit te loggen|af te melden)|(?:afmelden|uitloggen)\s(?:\S+\s){0,2}?overal|alle sessies"
)
COMPROMISE = _rx(
    r"\bhacked\b|\bcompromised?\b|someone (?:else )?(?:has |is )?(?:logged|logging|signed|signing|got) in(?:to)? (?:to )?my|"
    r"phish(?:ed|ing) (?:me|link)|clicked (?:on )?(?:a|the) phishing|gehackt|kompromittiert|pirat[ée]|compromis|"
    r"hackead[oa]|comprometid[oa]|gecompromitteerd"
)

# Mailbox rights as Exchange names them.
FULL_ACCESS = _rx(
    r"full[\s-]?access|full (?:mailbox )?(?:access|control|rights|permissions?)|read and manage|read & manage|"
    r"vollzugriff|voll(?:en|er)? zugriff|acc[eè]s (?:complet|total)|contr[ôo]le total|acceso (?:completo|total)|"
    r"control total|volledige toegang|volledig toegang"
)
SEND_AS = _rx(r"send[\s-]?as\b|senden als|als .{0,30}senden|envoyer (?:en tant que|comme)|enviar como|verzenden als|versturen als")
SEND_ON_BEHALF = _rx(
    r"send(?:ing)?[\s-]?on[\s-]?behalf|on behalf of|im auftrag\w*|(?:de la part|au nom) de|en nombre de|"
    r"namens\b|uit naam van"
)
MAILBOX = (
    r"(?:shared\s?mail\s?-?box(?:es)?|shared\s?inbox|mail\s?-?box(?:es)?|e-?mail\s?box|inbox|postf(?:a|ä)ch\w*|"
    r"bo[iî]te (?:aux lettres|mail|partag[ée]e)|bal partag[ée]e|buz[oó]n(?:es)?|mailbox|postvak|gedeelde mailbox|calendar|kalender)"
)
ACCESS = r"(?:access|zugriff|zugang|berechtigung\w*|rechte|acc[eè]s|droits?|acceso|permisos?|toegang|rechten|rights|permissions?)"
# An address, or its local part when the writer trusts us with the domain ("billing@"). It starts only where a run of
# an address's characters starts: tried inside the run as well, a long word with no "@" was scanned to its end from
# each of its letters (5,000 letters took 0.08 s of a ticket's 0.17; tests/triage/test_speed.py). An address found is
# the same either way, the run being found from its first character.
# A whole address as written: the people, mailboxes and groups triage reads (entities.py, clause_parts.py).
EMAIL = re.compile(r"\b[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\b")
ADDRESS = re.compile(r"(?<![\w.+'-])[\w.+'-]+@(?:[\w-]+(?:\.[\w-]+)+)?")
# RFC 5321's limits (4.5.3.1): a local part of at most 64 octets, a path of at most 256 with its brackets. Longer
# "addresses" are pasted junk, and an intent refuses a target that long (rallied/intents.py): reading one as a person
# would make triage raise instead of handing the ticket to a person.
_MAX_LOCAL, _MAX_ADDRESS = 64, 254


def could_be_mailbox(address: str) -> bool:
    return len(address) <= _MAX_ADDRESS and address.find("@") <= _MAX_LOCAL

# Verbs, by what they do. Removal is checked first: "remove her access" grants nothing.
REMOVE = (
    r"(?:remove|removing|take\s(?:\S+\s){0,3}?(?:out|off|away)|take away|revoke|unassign|delete|drop|unsubscribe|"
    r"no longer (?:needs?|requires?)|doesn'?t need|does not need|"
    r"entfern\w*|austragen|entzieh\w*|entzogen|herausnehmen|l(?:ö|oe)schen|"
    r"retir\w*|supprim\w*|enlev\w*|r[ée]voqu\w*|"
    r"qu[ií]t(?:ar|a|en|ad)(?:l[oae]s?|me|nos)?\b|qu[íi]t(?:el[oa]|enl[oa])\b|elimin\w*|"
    r"sac(?:ar|a|ad)(?:l[oae]s?|me|nos)?\b|s[aá]qu(?:e|en)(?:l[oae]s?|me|nos)\b|revoc\w*|"
    r"nehm\w*\s(?:\S+\s){0,5}?(?:aus|heraus)\b|"
    r"verwijder\w*|intrekken|ingetrokken|(?:uit|van)\s(?:\S+\s){0,5}?halen\b|haal\s(?:\S+\s){0,10}?(?:uit|van|weg)\b|afnemen)"
)
REMOVE_RX = _rx(rf"\b{REMOVE}")
GRANT = (
    r"(?:add|adding|put|include|give|grant|assign|allow|let|enable|provide|zuweisen|zuteilen|set up|need|needs|want|would like|requires?|"
    r"hinzuf(?:ü|ue)g\w*|f(?:ü|ue)g\w*\s(?:\S+\s){0,10}?hinzu|aufnehmen|eintragen|geben|gib|erteilen|vergeben|braucht|ben(?:ö|oe)tigt|"
    r"ajout\w*|donn\w*|accord\w*|attribu\w*|mettre|besoin|"
    r"a[ñn][aá]d\w*|agreg\w*|incluir|incluye\w*|d(?:a|é|ar)\b|dale|otorga\w*|concede\w*|asign\w*|necesit\w*|"
    r"toevoeg\w*|voeg\s(?:\S+\s){0,6}?toe|toegevoegd|geef|geven|verlenen|toewijzen|nodig|zet(?:ten)?|plaatsen|"
    r"met(?:er|ed|e)(?:l[aeo]s?|me|nos)?|mettre|mettez|mets|"
    r"make\s(?:\S+\s){0,3}?(?:a )?member)"
)
GRANT_RX = _rx(rf"\b{GRANT}")
# "to/into Billing", "zur Gruppe", "à la liste", "al grupo", "aan de groep".
TO = r"(?:to|into|in|onto|zu|zur|zum|in die|in den|ins|à|au|aux|dans|a|al|en|aan|bij|in de|in het)"
FROM = r"(?:from|out of|off|aus|von|de|du|des|del|de la|van|uit)"
GROUP_NOUN = (
    r"(?:distribution\s?(?:lists?|groups?)|mailing\s?lists?|security\s?groups?|e-?mail\s?(?:lists?|groups?)|"
    r"verteiler(?:liste)?n?|sicherheitsgruppen?|gruppen?|groups?|\bdls?\b|liste de diffusion|listes?|groupes?|"
    r"lista de distribuci[oó]n|listas?|grupos?|distributielijst(?:en)?|groep(?:en)?|lijst(?:en)?|teams?)"
)
GROUP_WORD = _rx(GROUP_NOUN)

# Licences: the product names people write ("E3", "Microsoft 365 E3", "Business Premium", "Visio Plan 2").
SKU = (
    r"(?:(?:microsoft|office|m|o)\s?365\s(?:e[1-5]|f[13]|a[1-5]|business\s(?:basic|standard|premium)|apps(?: for \w+)?)"
    r"|\b(?:e[1-5]|f[13]|k1|p[12])\b|\bbusiness\s(?:basic|standard|premium)|\bvisio(?:\s(?:plan\s\d|pro))?"
    r"|\bproject(?:\s(?:plan\s\d|online|pro))|\bpower\s?bi\s(?:pro|premium)|\bcopilot(?:\sfor\s(?:microsoft\s)?365)?"
    r"|\bteams\s(?:premium|phone)|\bexchange\sonline(?:\s\(?plan\s\d\)?)?|\bentra\sid\sp[12]|\bintune"
    rf"|{SKU_PART_NUMBER})"
)
SKU_RX = _rx(SKU)
LICENCE_WORD = _rx(r"licen[cs]e|lizenz|licence|licencia|licentie|\bsku\b")
_CHANGE = r"(?:swap|switch|change|move|upgrade|ugrade|upgarde|downgrade|convert|replace|umstellen|stell|wechseln|(?:ä|ae)ndern|passer|changer|migrer|cambiar|pasar|migrar|omzetten|wisselen|overzetten|upgraden|zet)"
SWAP = _rx(rf"{_CHANGE}\w*.{{0,60}}?(?:from|von|de|van)\s(?:(?:an?|the|einer?|une?|el|la|een)\s)?(?P<old>{SKU}).{{0,25}}?\s?(?:to|->|=>|nach|auf|zu|à|a|en|naar|in)\s(?:(?:an?|the|eine?|une?|el|la|een)\s)?(?P<new>{SKU})|(?P<old2>{SKU})\s?(?:->|=>|to|nach|auf|à|a|naar)\s?(?P<new2>{SKU})")
UPGRADE_TO = _rx(rf"{_CHANGE}\w*.{{0,60}}?\s(?:to|->|=>|nach|auf|zu|à|a|en|naar|in)\s(?:(?:an?|the|eine?|une?|el|la|een)\s)?(?P<new>{SKU})")
# "(currently on E1)", "instead of E1", "replacing the E1": the licence an upgrade takes away.
CURRENT = _rx(rf"(?:currently (?:has |have |on |uses |using )?|instead of |replacing (?:the |his |her )?|statt |au lieu de |en lugar de |in plaats van |momentan |actuellement |actualmente |nu )(?:an? |the |eine? |une? |el |la |een )?(?P<old>{SKU})")

# Asking how, not asking for: "how do I reset my password?", "wie kann ich ...".
QUESTION = _rx(
    r"^(?:how|where|what|why|when|is it possible|can i|does|did|has|have|is|are|wie|wo|was|warum|kann ich|comment|o[uù]|pourquoi|est-ce que je|"
    r"c[oó]mo|d[oó]nde|por qu[eé]|puedo|hoe|waar|waarom|kan ik)\b"
)
# The tool whose choice is asked (HOW_TO): an app, a program, a method or a token's kind.
_TOOL = (r"(?:apps?|applications?|authenticators?|authenticator apps?|programs?|programmes?|software|tools?|methods?|versions?|browsers?"
         r"|anwendung|programm|methode|verfahren|logiciel|outil|m(?:é|e)thode|aplicaci(?:ó|o)n|programa|herramienta|m(?:é|e)todo|applicatie|methode)")
WHICH_TOOL = (rf"(?:which|what)\s(?:\S+\s)?{_TOOL}\s(?:do|should|shall|must|can|would)\s(?:i|we|users|staff|people|they)\s(?:\S+\s)?(?:download|install|use|get|pick|choose|need)\b"
              rf"|welche[sn]?\s(?:\S+\s)?{_TOOL}\s(?:soll|muss|kann|sollen|m(?:ü|ue)ssen)\s(?:ich|wir|man)\s(?:\S+\s)?(?:herunterladen|installieren|nehmen|verwenden|benutzen|nutzen)\b"
              rf"|quel(?:le)?s?\s(?:\S+\s)?{_TOOL}\s(?:dois-je|faut-il|je dois|devons-nous|dois je)\s(?:\S+\s)?(?:t(?:é|e)l(?:é|e)charger|installer|utiliser|prendre|choisir)\b"
              rf"|qu(?:é|e)\s(?:\S+\s)?{_TOOL}\s(?:tengo que|debo|hay que|tenemos que|debemos)\s(?:\S+\s)?(?:descargar|instalar|usar|utilizar|elegir)\b"
              rf"|welke\s(?:\S+\s)?{_TOOL}\s(?:moet|kan|zal|moeten)\s(?:ik|we|je)\s(?:\S+\s)?(?:downloaden|installeren|gebruiken|nemen|kiezen)\b")
# Asking how something is done or whether people may do it themselves: a question about the service, not a request
# to carry anything out ("How do I reset my password?", "Can users reset their own password?", "what is the process
# to add someone to a group", "Wie kann ich mein Passwort ändern?"). Read at the start of a sentence. "Can you reset
# my password?" and "Is it possible to unlock my account?" are polite requests, so neither is here.
# What a question is prefaced with to say nothing is wrong or urgent: "Not urgent - is there a way to ...?", "no rush,
# how do I ...?", "nicht dringend: wie kann ich ...?", "pas urgent : comment ...", "no es urgente, ¿cómo ...?",
# "niet dringend: hoe kan ik ...?".
UNHURRIED = (r"not urgent|no rush|no hurry|low priority|just curious|out of curiosity|quick one|nicht dringend|keine eile"
             r"|pas urgent|rien d'urgent|pas press(?:é|e)|no es urgente|sin prisa|niet dringend|geen haast")
HOW_TO = _rx(
    r"^(?:(?:hi|hello|hey|hallo|bonjour|hola|hoi|dear \w+)\W+)?(?:quick question\W+)?" rf"(?:(?:{UNHURRIED})\W+)?(?:"
    r"how (?:do|can|does|should|would|could|to)\b|how'?s\b|what(?:'s| is| are) the (?:process|procedure|steps|way|policy)\b|"
    r"where (?:do|can|should) (?:i|we|users?|staff|people)\b|is there a (?:way|process|procedure|self[- ]service)\b|"
    r"(?:can|may|could|do|are) (?:users|staff|employees|people|colleagues|our users)\b|"
    r"is (?:it|there) (?:possible|a way) for (?:users|staff|employees|people|us)\b|"
    r"wie (?:kann|k(?:ö|oe)nnen|setze|mache|geht|funktioniert|l(?:ä|ae)sst)\b|was ist der (?:prozess|ablauf|weg)\b|"
    r"k(?:ö|oe)nnen (?:benutzer|mitarbeiter|nutzer)\b|"
    r"comment (?:puis|peut|peux|peuvent|faire|fait|on)\b|quelle est la (?:proc[ée]dure|d[ée]marche)\b|"
    r"(?:les utilisateurs|est-ce que les utilisateurs) peuvent\b|"
    r"c[oó]mo (?:puedo|se|hago|puede|pueden|podemos)\b|cu[aá]l es el (?:proceso|procedimiento)\b|"
    r"(?:pueden|podemos) los (?:usuarios|empleados)\b|"
    r"hoe (?:kan|kunnen|moet|doe|werkt)\b|wat is de (?:procedure|werkwijze)\b|kunnen (?:gebruikers|medewerkers)\b|"
    # Which tool to use, asked: "which app do I download?", "what authenticator should we install?", "welche App muss ich
    # installieren?", "quelle application dois-je télécharger ?", "¿qué aplicación tengo que descargar?", "welke app moet
    # ik gebruiken?" (set h143). A choice to be told, as "how do I ...?" asks for the steps; nothing to carry out.
    rf"{WHICH_TOOL})"
)
SELF = _rx(
    r"\b(?:me|my|myself|mine|i|i'm|i've|i'd|im|mich|mir|mein\w*|ich|moi|mon|ma|mes|je|j'|mi|mí|mis|yo|m[ií]o|mij|mijn|ik|"
    r"m'a|m'ont|me)\b|\bme\s|\bj'|\bm'"
)
# ... and Spanish object pronouns joined to the imperative ("añadidla", "sacadlo", "quitadle", "desbloqueadla").
PRONOUN = _rx(r"\b(?:him|his|her|them|their|ihn|ihm|ihr|ihre\w*|sein\w*|lui|son|sa|ses|leur|su|sus|le|la|hem|haar|zijn|hun)\b"
              r"|\b\w+(?:ad|ed|id)l[aeo]s?\b|\bsie\s+sie\b|\bl'(?=\w+(?:er|ez|ir)\b)")
# Reporting a fault, not asking for a change: "I can't access the shared mailbox since this morning".
FAULT = _rx(
    r"(?:cannot|can'?t|can not|unable to|not able to|could not|couldn'?t|no longer able to|kann nicht|kein zugriff|"
    r"impossible d'|je n'arrive pas|no puedo|no consigo|kan niet|lukt niet)\s(?:\w+\s){0,3}?"
    r"(?:access|get (?:onto|into|to)|open|reach|see|zugreifen|[öo]ffnen|acc[ée]der|ouvrir|acceder|abrir|openen|bij)"
    r"|\b(?:error|fehler|erreur|disappear\w*|verschwunden|not working|doesn'?t work|funktioniert nicht)\b"
)
# Splits one sentence into requests: a connective followed by a new request's verb.
CONNECTIVE = r"(?:,?\s(?:and|also|then|plus|as well as|und|sowie|au(?:ß|ss)erdem|dann|et|puis|ainsi que|y|tambi[ée]n|adem[aá]s|luego|en|ook|daarna)\b|;)"
NEXT_REQUEST = (
    r"\s*(?:(?:please|pls|can you|could you|also|then|bitte|auch|kannst du|k(?:ö|oe)nnt ihr|pourriez-vous|pouvez-vous|aussi|"
    r"por favor|puedes|podr[ií]as|tambi[ée]n|graag|kun je|kunnen jullie|ook)\s+)*"
    r"(?:de\s|d')?(?:m'|me\s|mich\s|mij\s|le\s|la\s|lui\s|ihn\s|sie\s|hem\s|haar\s)?"
    r"(?:add|put|include|remove|take|give|grant|assign|reset|unlock|revoke|sign|log|swap|switch|upgrade|downgrade|"
    r"change|set up|enable|re-?enable|kill|end|terminate|i\s|i'm|i've|my\s|he\s|she\s|they\s|"
    r"f(?:ü|ue)g|entsperr|entfern|setz|gib|gebt|nimm|nehmt|melde|ich\s|mein|"
    r"ajout|retir|supprim|r[ée]initialis|d[ée]bloqu|donn|d[ée]connect|attribu|je\s|j'|mon\s|ma\s|weis|wijs|"
    r"a[ñn][aá]d|agreg|quit|elimin|restablec|desbloque|d(?:a|ale)\s|cierr|cerr|asign|retir|sac|met|yo\s|mi\s|"
    r"voeg|toevoeg|verwijder|reset|ontgrendel|deblokkeer|geef|meld|log|ik\s|mijn\s)"
)
