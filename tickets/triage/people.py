# ruff: noqa: E501 -- word lists read best filled to the line length
"""Telling names from everything else in a ticket, and the part of a ticket that names people.

A ticket mentions many capitalised words that are not people ("Outlook", "Finance", "Zugriff",
"Monday"), and its signature names the writer, who is usually *not* the person to change. So
names are only taken from the slots a request puts them in (see `entities.py`), checked against
these word lists, and the trailing signature block, greetings and inline sign-offs are removed
before anything is read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Words that are never (part of) a person's name in a ticket: function words (EN/DE), pronouns,
# IT and office nouns, departments, products, weekdays and months. Words that are also common
# names ("Grant", "Will", "May", "Mark") are left out on purpose.
STOP = frozenset(
    """
    a an the my me mine myself our ours your his her hers their theirs him them it its this that these those all any
    some every each both either neither no not none nobody everyone everybody someone somebody anyone anybody i we
    you he she they us who whom whose which what when where why how there here also still just now again too very
    please pls plz kindly asap urgent urgently help thanks thank thx regards best cheers hi hello hey dear dearest
    is are was were be been being am would can could should shall might must do does did done has have had
    having get gets got make makes made need needs needed want wants wanted see let use used set setup
    to from in on at of with by as and or but if so for into onto about after before over under until via per than
    then because while since without within off out up down
    add added adding remove removed removing give given granted assign assigned unlock unlocked reset resets
    enable enabled disable disabled delete deleted create created block blocked provide request requested change
    upgrade downgrade swap move moved onboard offboard send behalf
    new old former current same other another next last first second third day days week weeks month months year
    today tomorrow yesterday morning afternoon evening tonight
    monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag freitag samstag sonntag
    january february march april may june july august september october november december januar februar märz mai
    juni juli oktober dezember
    user users account accounts acct accts password passwords login logon access rights permission permissions license licence
    licenses licences mailbox mailboxes inbox calendar email e-mail mail mails group groups list lists team teams channel
    site folder folders drive share distribution security member members membership admin administrator
    employee employees colleague colleagues staff hire hires starter starters joiner leaver manager boss assistant
    intern contractor consultant customer client vendor supplier partner
    sales finance marketing hr it support service services helpdesk desk office operations ops legal accounting
    accounts payable receivable procurement purchasing logistics warehouse engineering development reception board
    department dept management executive executives
    outlook windows excel word powerpoint onenote onedrive sharepoint exchange azure entra okta google gmail workspace
    microsoft teams zoom slack vpn erp sap crm adobe acrobat visio project power bi copilot intune citrix
    laptop pc computer phone mobile iphone android printer monitor headset ticket issue problem error
    pw pwd mfa 2fa otp sso ad id sid left leaving joins joining starts starting resigned retired locked
    accountname username benutzername samaccountname network emails freischalten entsperren zurücksetzen anlegen
    below above following attached respective usa full control folgende person personen people name names
    cannot cant unable log sign try tried keep keeps already never always currently anymore able dont doesnt isnt wont
    mr mrs ms miss dr prof sir madam herr frau
    der die das den dem des ein eine einen einem einer eines mein meine meinen meinem meiner dein deine sein seine
    ihr ihre ihren ihrem unser unsere unseren euer eure und oder aber wenn dass weil für fuer von vom zu zum zur mit
    bei nach aus auf an am im in ins über unter vor hinter neben zwischen durch ohne gegen um bis seit ab
    ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch bitte danke hallo gruß grüße liebe lieber
    ist sind war waren wird werden wurde hat haben hatte kann können könnte muss müssen soll sollte möchte möchten
    neu neue neuer neuen alte alter ehemalige ehemaliger
    zugriff vollzugriff zugang postfach gruppe konto benutzerkonto benutzer benutzerin passwort kennwort lizenz
    berechtigung berechtigungen rechte leserechte schreibrechte ordner laufwerk verzeichnis verteiler verteilerliste
    mitarbeiter mitarbeiterin kollege kollegin abteilung kalender handy telefon rechner drucker anmeldung
    vertrieb einkauf buchhaltung personal geschäftsführung team-leiter teamleiter leitung
    recht senden als lizenz lizenzen sitzungen sitzung abmelden tablet
    le la les un une des du au aux mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je tu il elle nous
    vous ils elles moi toi lui eux ce cet cette ces qui que quoi dont où et ou mais donc car ni pour par avec sans sur
    sous dans chez merci bonjour salut madame monsieur mot passe compte licence boîte droit droits accès groupe liste
    diffusion session sessions utilisateur collègue équipe service
    el los las uno una unos unas mi mis tu tus su sus nuestro nuestra yo él nosotros ellos por para con sin
    sobre en entre hola gracias favor contraseña cuenta licencia buzón permiso permisos acceso grupo lista usuario
    compañero compañera equipo sesión sesiones
    het een mijn jouw zijn haar ons onze hun ik jij hij zij wij jullie ze voor met zonder bij naar uit over tot
    hallo hoi bedankt alsjeblieft graag wachtwoord licentie rechten toegang groep lijst gebruiker collega sessies
    basic standard premium plan licentie-aanvraag basic-licentie business
    """.split()  # noqa: SIM905 -- a word list reads best as words
)
HONORIFIC = r"(?:(?i:mr|mrs|ms|miss|dr|herr|frau)\.?\s)?"
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "herr", "frau"})
_LOWER = "a-zäöüßéèêëáàâíìîóòôúùûñçøåæ"
_UPPER = "A-ZÄÖÜÉÈÁÀÍÓÚÑÇØÅÆ"
# "Bob", "O'Brien", "McDonald", "Anne-Marie", "Müller-Lüdenscheidt".
# Each later part starts with "-" or a capital, so the expression cannot split a word two ways
# (an ambiguous nesting here made a single long name cost a second of backtracking). A name starts where a word
# does: tried at each capital inside a long word as well, a run of 200 capitalised syllables cost 0.07 s of a
# ticket's 0.10 (tests/triage/test_speed.py), and a capital inside a word starts no name.
NAME_WORD = rf"(?<![{_UPPER}{_LOWER}])[{_UPPER}](?:['’][{_UPPER}])?[{_LOWER}]+(?:-?[{_UPPER}][{_LOWER}]+|-[{_LOWER}]+)*\b"
_PARTICLE = r"(?:van der|van den|von der|de la|van|von|de|der|da|di|le|la|del|du|ter|ten|bin|al)"
# One to three capitalised words, with the particles of family names in between.
NAME_CASED = rf"{NAME_WORD}(?:\s(?:{_PARTICLE}\s)?{NAME_WORD}){{0,2}}"
# All-lower-case tickets ("pls add john smith to the dl"): two plain words (one is too often a verb).
NAME_LOWER = rf"[{_LOWER}][{_LOWER}'’-]+\s[{_LOWER}][{_LOWER}'’-]+"


# In an all-lower-case ticket nothing marks a name, so ordinary words must be kept out by their shape.
_ENGLISH_WORD = re.compile(r"(?:ing|ed|ly|tion|sion|ment|ness|ers|ies|able|ible|ful|less|ity)$")


def _not_name_word(word: str) -> bool:
    low = word.lower().strip("'’-")
    if low in STOP or any(part in STOP for part in low.split("-") if part):
        return True
    return word.islower() and bool(_ENGLISH_WORD.search(low))


def clean_name(raw: str, *, single_ok: bool) -> str | None:
    """The person's name in `raw`, or None if it is not one (trailing non-name words are trimmed)."""
    words = raw.strip(" .,:;!?'’\"()-").split()
    if words and words[0].lower().rstrip(".") in _HONORIFICS:
        words, single_ok = words[1:], True  # "Mr Smith", "Frau Weber"
    while words and _not_name_word(words[-1]):
        words.pop()
    if not words or any(_not_name_word(w) for w in words if not re.fullmatch(_PARTICLE, w)):
        return None
    words = [w.strip("'’-") for w in words]
    if re.fullmatch(_PARTICLE, words[0]) or len(words[0]) < 2:
        return None
    if (len(words) == 1 and not single_ok) or any(len(w) > 40 for w in words):
        return None
    return " ".join(words)


# The writer's own contact block and sign-offs: they name the requester, not the target.
# These run on lower-cased lines (matching without IGNORECASE is several times faster).
_CONTACT = re.compile(
    r"^(?:tel|phone|mobile|mob|cell|fax|e-?mail|mail|web|www|t|m|p|e|f)\.?\s*[:.]"
    r"|\+\d[\d ()/.-]{6,}\d|\b0\d{2,5}[ /-]\d{3,}|https?://|www\.|\s[|•·]\s"  # not "03.03.2025"
)
_FOOTER = re.compile(r"confidential|intended recipient|vertraulich|disclaimer|registered office|handelsregister")
_REQUEST_WORD = re.compile(
    r"\b(?:please|pls|plz|bitte|add|remove|give|grant|assign|reset|unlock|need|needs|want|access|zugriff|"
    r"create|set up|disable|delete|hinzuf|entfern|can you|could you|kannst|könnt|is leaving|starts|joins)\b"
)
_SIGNOFF_START = re.compile(
    r"^(?:thanks|thank you|thx|many thanks|regards|best|kind regards|best regards|br|cheers|danke|"
    r"vielen dank|viele grüße|viele gruesse|grüße|gruss|gruß|lg|vg|mfg|beste grüße|liebe grüße)\b[,!.]?"
)
_INLINE_SIGNOFF = re.compile(
    r"(?<=[.!?])\s+(?:thanks|thank you|thx|many thanks|cheers|regards|kind regards|best regards|best|br|danke|"
    r"vielen dank|viele grüße|grüße|lg|vg|mfg)\b[,!.]?(?:\s.{0,60})?$"
)
_GREETING_LINE = re.compile(
    r"^(?:hi|hello|hey|dear|hallo|moin|servus|guten (?:morgen|tag|abend)|good (?:morning|afternoon|evening)|"
    r"liebe[rs]?|sehr geehrte[rs]?)\b[^.!?]{0,40}$"
)
_GREETING_LEAD = re.compile(
    r"^(?:hi|hello|hey|dear|hallo|moin|servus|guten (?:morgen|tag)|good (?:morning|afternoon))\b[^,.!?:]{0,30}[,!:]\s*"
)


def _is_signature_line(line: str, email: re.Pattern[str]) -> bool:
    stripped = line.strip()
    if not stripped:
        return True
    low = stripped.lower()
    if _FOOTER.search(low) or email.fullmatch(stripped) or _SIGNOFF_START.fullmatch(low):
        return True
    if _REQUEST_WORD.search(low):
        return False
    words = stripped.split()
    if _CONTACT.search(low) or (_SIGNOFF_START.match(low) and len(words) <= 5):
        return True
    # "Megan Bowen", "Office Manager", "Diego - Front Desk": a short line of capitalised words.
    return len(words) <= 5 and ":" not in stripped and not stripped.endswith("?") and all(
        not w[0].isalpha() or w[0].isupper() for w in words
    )


def content_lines(request: str, email: re.Pattern[str]) -> list[str]:
    """The request's lines without greeting lines, inline sign-offs and the trailing signature block."""
    lines = [ln.strip() for ln in request.split("\n")]
    end = len(lines)
    while end > 1 and _is_signature_line(lines[end - 1], email) and not lines[end - 2].endswith(":"):
        end -= 1
    kept: list[str] = []
    for line in lines[:end]:
        if not line:
            continue
        low = line.lower()
        if _GREETING_LINE.match(low):
            continue
        lead = _GREETING_LEAD.match(low)
        if lead and not _REQUEST_WORD.search(lead.group(0)):  # "hi can you unlock my account, ..." is the request
            line, low = line[lead.end() :], low[lead.end() :]
        signoff = _INLINE_SIGNOFF.search(low)
        kept.append(line[: signoff.start()] if signoff and len(low) == len(line) else line)
    return kept


@dataclass(frozen=True)
class Doc:
    """The part of a ticket entities are read from (request lines, then the subject) and its lower case.

    `lower` has the same length as `text`, so a keyword found in `lower` (fast, no IGNORECASE)
    marks the same place in `text`, where names keep their capitals.
    """

    text: str
    lower: str
    cased: bool

    @property
    def name(self) -> str:
        return NAME_CASED if self.cased else NAME_LOWER


# A capitalised word standing on its own ("Please", "Bob"), not "HostName_768" or "SID_34": only such
# words show that the writer uses capitals, so that a lower-case word is not a name.
_CAPITALISED_WORD = re.compile(rf"(?<![\w\\/.-])[{_UPPER}][{_LOWER}]+\b(?![_\d])")


def make_doc(lines: list[str]) -> Doc:
    text = "\n".join(lines)
    lower = text.lower()
    if len(lower) != len(text):  # "İ" and a few others grow when lower-cased: keep them as they are
        lower = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return Doc(text, lower, bool(_CAPITALISED_WORD.search(text)))


# -- the places a request names the person to change ----------------------------------------------
_VERB = (
    r"(?i:add|adding|put|remove|removing|take|give|grant|assign|unlock|entsperren|reset|enable|re-?enable|"
    r"disable|deactivate|offboard|onboard|allow|let|provide|sperren|freischalten|hinzufügen|set up|sign|log|"
    r"upgrade|downgrade|switch|swap|move|migrate)"
)
_FOLLOW = (
    r"(?=\s+(?i:to|from|into|in|on|off|out|access|full|read|write|send|an?|the|permissions?|rights|membership|as|"
    r"zu|zur|zum|aus|von|auf|eine?n?|den|die|das|vollzugriff|zugriff|lese|schreib\w*|berechtigung\w*|rechte|"
    r"in die|with|so|because|since|asap|please|pls|bitte|and|und|&)\b|['’]s\b|\s*[,.(!?;:]|\s*$)"
)
_NOUN = (
    r"(?i:user|colleague|co-?worker|employee|team member|staff member|mitarbeiter(?:in)?|kolleg(?:e|in)|"
    r"benutzer(?:in)?|account of|konto von|nutzer(?:in)?)"
)
# The verbs a request puts after the person it is for, in the five languages ("Alex Wilber would like ...", "Sarah
# Lee soll ... senden dürfen", "Adele Vance a besoin de ...", "Sarah Lee tiene que poder ...", "Sarah Lee moet ...").
_SUBJECT_VERB = (
    r"(?=\s+(?i:needs|need|is|has|can(?:no|')t|cannot|kann|hat|ist|braucht|benötigt|forgot|got|keeps|moved|"
    r"requires|wants|no longer|would|should|will need|must|soll|sollte|muss|möchte|hätte|h(?:ä|ae)tte gern|"
    r"doit|devrait|voudrait|veut|a besoin|n'a|est|a|necesita|tiene|querr(?:í|i)a|quiere|debe|est(?:á|a)|ha|se|"
    r"moet|wil|heeft|zou|hoeft)\b)"
)
_POSSESSED = r"(?i:account|password|passwort|login|access|mfa|authenticator|licen[cs]e|user|konto)"
_NOUN_WORDS = ("user", "colleague", "worker", "employee", "member", "mitarbeiter", "kolleg", "benutzer", "account of",
               "konto von", "nutzer")
# (words of which one must occur, expression with a `p` group, whether one word is a name)
_SLOT_SOURCES: tuple[tuple[tuple[str, ...], str, bool], ...] = (
    (("add", "put", "remov", "take", "give", "grant", "assign", "unlock", "entsperr", "reset", "enable", "disable",
      "deactivat", "offboard", "onboard", "allow", "let", "provide", "sperren", "freischalt", "hinzuf", "set up",
      "sign", "log", "grade", "switch", "swap", "move", "migrate"),
     rf"\b{_VERB}\s+(?:(?i:the\s)?{_NOUN}\s+)?{{p}}{_FOLLOW}", True),
    (("'s ", "’s "), rf"{{p}}['’]s\s+{_POSSESSED}\b", True),
    (_NOUN_WORDS, rf"\b{_NOUN}\s*:?\s+{{p}}{_FOLLOW}", True),
    (("assign", "give", "grant", "allocat", "zuweis", "zuteil"),
     r"\b(?i:assign\w*|give|grant\w*|allocate|zuweisen|zuteilen)\b[^.\n]{0,50}?\s(?i:to|an)\s+{p}", True),
    (("for ", "für ", "fuer "), rf"\b(?i:for|für|fuer)\s+(?:(?i:the\s)?{_NOUN}\s+)?{{p}}", False),
    ((" of ", " von ", " de ", " van "),
     r"(?i:account|konto|password|passwort|kennwort|login|zugang|mfa|compte|mot de passe|session|sessions|cuenta|"
     r"contrase(?:ñ|n)a|sesi(?:ó|o)n|sesiones|wachtwoord|sessies|buz(?:ó|o)n|bo(?:î|i)te|mailbox|postfach)"
     r"\s(?i:of|von|de|del|van)\s+{p}", True),
    (("mr", "ms", "miss", "herr", "frau"), r"\b(?=(?i:mr|mrs|ms|miss|herr|frau)\b){p}", True),
    (("bitte",), rf"\b(?i:bitte)\s+(?:(?i:für|den|die)\s+)?{{p}}{_FOLLOW}", True),
    (("so ", "damit", "that "), r"\b(?i:so that|so|damit|that)\s+{p}\s+(?i:can|could|kann|is able|will be able)\b",
     True),
    (("need", "is ", "has ", "can't", "cannot", "cant", "kann", "hat ", "ist ", "braucht", "benötigt", "forgot",
      "got ", "keeps", "moved", "requires", "wants", "no longer", "would", "should", "must", "soll", "muss", "möchte",
      "hätte", "haette", "doit", "devrait", "voudrait", "veut", "besoin", "n'a", "necesita", "tiene", "querr", "quiere",
      "debe", "moet", "wil ", "heeft", "zou ", "hoeft", "est ", " a ", "está", "esta ", " ha ", " se "),
     rf"(?:^|(?<=[.!?;:]\s)|(?<=\n)){{p}}{_SUBJECT_VERB}", False),
    ((" and ", " und ", " sowie "), rf"(?<=\S)\s(?i:and|und|sowie)\s+{{p}}{_FOLLOW}", False),
    (("access", "rights", "permission", "zugriff"),
     r"\b(?i:access|rights|permissions?|zugriff)\s(?i:to|for|für)\s+{p}(?!['’]s?\s)(?=\s+(?i:and|und|to|for|on|auf)\b|\s*[,.;:(]|\s*$)",
     False),
)
# A user name or id, resolved in the directory like a name: "user id: jdoe42", "username whalep",
# "Benutzerkennung mmu12", "user: maerza", "for user maerza.", "add user dinthyesh to ...". Only
# where the words around it say it is an id ("user cannot log in" is not one).
_USER_ID = re.compile(
    r"(?:\b(?:user\s?id|userid|user\s?name|username|login\s?(?:name|id)|benutzer(?:name|kennung|-?id)|kennung|"
    r"samaccountname)\s*[:#=]?\s*|\buser\s*[:#=]\s*"
    r"|\b(?:for|für|of|von|add|remove|unlock|reset|disable|enable|entsperren)\s+(?:the\s+)?user\s+(?=[a-z0-9._-]+"
    r"(?:\s*[,.;:)(<]|\s*$|\s(?:to|from|in|into|on|auf|zur|zu|please|pls|bitte|and|und)\b)))"
    r"(?P<id>[a-z][a-z0-9._-]{2,30})\b(?![\w.-]*@|['’])",
    re.M,
)
# An account named by its handle right after what is done to it: "reset the password for okta.admin",
# "unlock jdoe42 please", "account of m.weber". The planner resolves it in the directory like a name, so an
# account that does not resolve escalates instead of being read as "the requester" (on lower-cased text).
_HANDLE = re.compile(
    r"\b(?:(?:password|passwort|kennwort|account|konto|login|mfa|2fa)\s(?:for|of|von|für)|"
    r"(?:reset|unlock|entsperren|zurücksetzen)(?:\s(?:the\s)?(?:password|account|login|mfa)\s(?:for|of))?)\s+"
    r"(?:the\s+)?(?:(?:user|account|login)\s+)?"
    r"(?P<id>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)"
    r"(?=\s*(?:[,;:!?()]|\.(?:\s|$)|$)|\s+(?:please|pls|asap|thanks|thank|bitte|danke|today|now|again)\b)",
    re.M,
)
_HANDLE_ADDED = re.compile(  # "add j.doe to Finance-Readers", "remove jdoe42 from the list"
    r"\b(?:add|remove|put|take|hinzufügen|entfernen)\s+(?:the\s+)?(?:user\s+|account\s+)?"
    r"(?P<id>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]+\d+[a-z0-9]*)(?=\s+(?:to|into|from|off|zu|zur|in|aus)\b)",
    re.M,
)
_SLOTS = {
    cased: tuple(
        (needles, re.compile(source.replace("{p}", rf"(?P<p>{HONORIFIC}{name})"), re.M), single)
        for needles, source, single in _SLOT_SOURCES
    )
    for cased, name in ((True, NAME_CASED), (False, NAME_LOWER))
}
# Where the other languages put the person: "gebt Sarah Lee Vollzugriff", "donner à Sarah Lee", "den a Sarah Lee",
# "geef Sarah Lee", "retirer Paul Martin du groupe" (people.mentions reads the English and German request slots).
_GIVEN_TO = re.compile(
    r"\b(?i:gebt|gib|geben|gebe|f(?:ü|ue)gt|f(?:ü|ue)ge|nehmt|nimm|entfernt|entferne|setzt|setze|sperrt|entsperrt|"
    r"donner|donnez|donne|ajouter|ajoutez|ajoute|retirer|retirez|retire|enlever|enlevez|supprimer|supprimez|"
    r"r[ée]initialiser|r[ée]initialisez|d[ée]bloquer|d[ée]bloquez|d[ée]connecter|d[ée]connectez|"
    r"den|dar|dale|denle|dadle|a[ñn]adir|a[ñn]adan|a[ñn]ade|agregar|agreguen|quitar|quiten|quita|eliminar|eliminen|sacar|saquen|"
    r"restablecer|restablezcan|desbloquear|desbloqueen|geef|geven|geeft|voeg|toevoegen|verwijder|verwijderen|haal|"
    r"ontgrendel|ontgrendelen|deblokkeer|resetten|reset|sign|log|meld|melde|d[ée]connecte|"
    r"dad|dadme|den|passer|passez|pasad|cambiad|cambiar|zet|stel|stellt|stellen|mettre|mettez|meter|meted|metan|"
    r"f(?:ü|ue)gen|weisen|weist|wijs|wijst|a[ñn]adid|asignad|quitad|sacad|retirad|desbloquead|restableced|cerrad|"
    r"upgrade|downgrade|switch|swap|move|license|licence)\s+(?:(?-i:Sie|du|ihr)\s+)?(?:(?i:a|à|al|an|aan)\s+)?"
    rf"(?P<p>{NAME_CASED})"
)
# "Können Sie Sarah Lee ins Billing Team aufnehmen?", "Kunnen jullie Sarah Lee in het team zetten?": the person
# right after the question to the help desk, before the verb at the end.
_ASKED_FOR = re.compile(
    rf"\b(?i:k(?:ö|oe)nnen|k(?:ö|oe)nnten|k(?:ö|oe)nnt|kannst|kunnen|kunt|kun|pouvez|pourriez|pod(?:é|e)is|podr(?:í|i)as|puedes)"
    rf"\s+(?:(?i:sie|jullie|u|ihr|du|je|vous|tu)\s+)?(?:(?i:bitte|alsjeblieft|a)\s+)?(?P<p>{NAME_CASED})(?=\s+(?-i:[a-zà-ÿ]))"
)
_LEAD_NAME = re.compile(
    rf"\b(?i:graag|por favor|bitte|svp|s'il vous pla[iî]t)\s+(?P<p>{NAME_CASED})(?=\s+(?-i:[a-zà-ÿ]))"
)
_LEAD_WORD = re.compile(r"(?i)(?:graag|bitte|merci|hola|hallo|hello|hi|bonjour|por|favor|please|gracias|danke|bedankt)\b")

NOT_TARGET = re.compile(
    r"\b(?:requested by|reported by|submitted by|raised by|caller|requester|angefragt von|on behalf of|"
    r"same (?:access|rights|permissions|groups|setup|licen[cs]e)s?\s(?:as|like)|like|wie bei|wie|as|manager|"
    r"vorgesetzte[rn]?|cc|forward(?:ed)? to|weiterleiten an|an)\W{0,3}$"
)  # on lower-cased text: what precedes a person who is *not* the one to change


def mentions(doc: Doc) -> list[str]:
    """The people the request names as the one to change, in order, each once."""
    found: list[tuple[int, str]] = []
    ends: list[int] = []
    for needles, pattern, single_ok in _SLOTS[doc.cased]:
        if not any(map(doc.lower.__contains__, needles)):  # `n in doc.lower` for each, without a Python step per needle
            continue
        for match in pattern.finditer(doc.text):
            if NOT_TARGET.search(doc.lower, max(0, match.start() - 30), match.start()):
                continue  # "same access as Jane Doe", "requested by ..."
            name = clean_name(match.group("p"), single_ok=single_ok and doc.cased)
            if name:
                found.append((match.start("p"), name))
                ends.append(match.end("p"))
    if doc.cased:  # the slots above read English and German word order; these read the other three languages
        for match in (*_GIVEN_TO.finditer(doc.text), *_LEAD_NAME.finditer(doc.text), *_ASKED_FOR.finditer(doc.text)):
            name = clean_name(match.group("p"), single_ok=True)
            if name and not _LEAD_WORD.match(name) and not NOT_TARGET.search(doc.lower, max(0, match.start() - 30),
                                                                             match.start()):
                found.append((match.start("p"), name))
                ends.append(match.end("p"))
    if "user" in doc.lower or "login" in doc.lower or "kennung" in doc.lower or "benutzer" in doc.lower:
        for match in _USER_ID.finditer(doc.lower):
            user_id = match.group("id").rstrip("._-")
            looks_like_id = len(user_id) >= 5 or any(ch.isdigit() for ch in user_id)
            # "Jane Doe (username: jdoe)" names one person twice.
            alias = any(0 <= match.start() - end <= 4 and "(" in doc.text[end : match.start()] for end in ends)
            if looks_like_id and not alias and not _not_name_word(user_id):
                found.append((match.start("id"), doc.text[match.start("id") : match.start("id") + len(user_id)]))
    if not found:
        for match in (*_HANDLE.finditer(doc.lower), *_HANDLE_ADDED.finditer(doc.lower)):
            handle = match.group("id")
            # "robert.king", "ops-admin": a separator makes it a handle, whatever its parts look like.
            separated = any(ch in handle for ch in "._-")
            if handle not in STOP and (separated or (len(handle) >= 2 and not _not_name_word(handle))):
                found.append((match.start("id"), doc.text[match.start("id") : match.end("id")]))
    names: list[str] = []
    for _, name in sorted(found, key=lambda item: (item[0], -len(item[1]))):
        low = name.lower()
        if not any(low == o.lower() or low in o.lower().split() or o.lower() in low.split() for o in names):
            names.append(name)
    return names


def _fold(text: str) -> str:
    text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def address_fits(name: str, address: str) -> bool:
    """Whether an address could be this person's ("Ben Ortiz" ~ "b.ortiz@", "ben@", "bortiz@")."""
    local = _fold(address.split("@")[0])
    words = [w for w in re.split(r"[\s'’-]+", _fold(name)) if w and w not in STOP]
    if not words:
        return True
    if any(len(w) >= 3 and w in local for w in words):
        return True
    return len(words) > 1 and local.startswith(words[0][0]) and words[-1][:3] in local
