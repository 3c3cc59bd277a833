"""Who and what a request is about: the target user, group, mailbox, licence, new hire, leaver.

Entities are hints for the planner, never authority: the planner resolves every one of them in
the tenant's directory and the policy engine checks them. So extraction prefers leaving a key out
to guessing. Names are read only from the places a request puts them (`people.mentions`: "add
Bob to ...", "for Jane Doe", "Bitte Tom Becker in die Gruppe ...", "Paul Grant is leaving"); an
address is read by what surrounds it (the shared mailbox, the list, the person); the writer's
signature, greeting and sign-off never supply an entity.

`target_problems` states when the entities cannot safely drive a playbook: the planner falls back
to the requester when no `target_user` is given, which is right only when no one else is meant;
a named person without an address is looked up in the directory first (tickets/targets.py).

Speed: keywords are matched on the lower-cased copy of the text (no IGNORECASE), names on the
original; each extractor runs only for the categories that need it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tickets.triage.about import bulk_problem, unnamed_problem
from tickets.triage.dates import DATE_LOWER, parse_date
from tickets.triage.forwarding import forward_target
from tickets.triage.intent_words import EMAIL, REMOVE, could_be_mailbox
from tickets.triage.onboarding import new_hire_name, read_onboarding, start_date
from tickets.triage.people import (
    HONORIFIC,
    NOT_TARGET,
    STOP,
    Doc,
    address_fits,
    clean_name,
    content_lines,
    make_doc,
    mentions,
)

__all__ = ["EMAIL", "MISMATCH", "NO_ONE", "Reading", "address_fits", "extract", "parse_date", "read", "target_problems"]

# Concerns that a list of intents can settle (tickets/triage/intents.py settled_concerns): one intent per person,
# and a removal read as a removal rather than run through the category's granting playbook.
MANY_PEOPLE = "names more than one person"
REMOVAL = "asks for a removal; the playbook for this category grants"
NO_ONE = "does not say who needs it"
MISMATCH = "names {name} but gives the address {address}"

SELF_SERVICE = ("password_reset", "account_unlock", "mfa_reset")

# All on lower-cased text.
GROUP_NOUN = (
    r"(?:distribution\s?(?:lists?|groups?)|mailing\s?lists?|e-?mail\s?(?:lists?|groups?)|security\s?groups?|"
    r"ad[\s-]?groups?|(?:microsoft\s|office\s|m|o)365\s?groups?|unified\s?groups?|teams?\s?channels?|channel|"
    r"sharepoint\s?sites?|team\s?sites?|site|teams?|verteilerlisten?|verteiler|sicherheitsgruppen?|ad-gruppen?|"
    r"gruppen?|groups?|dls?|list)\b"
)
MAILBOX_NOUN = (
    r"(?:shared\s?mail\s?-?box(?:es)?|shared\s?inbox|team\s?mailbox|funktionspostfach|gruppenpostfach|"
    r"mail\s?-?box(?:es)?|e-?mail\s?box|postfach|inbox|calendar|kalender|"
    r"bo[iî]te (?:aux lettres|mail|e-?mail)(?: partag[ée]e)?|bo[iî]te partag[ée]e|buz[oó]n(?: compartido)?|"
    r"(?:gedeelde )?mailbox|postvak)\b"
)
_GROUP_NOUN = re.compile(GROUP_NOUN)
_MAILBOX_NOUN = re.compile(MAILBOX_NOUN)

# -- addresses ----------------------------------------------------------------------------------
_GLUE = r"\W{0,3}(?:(?:of|for|von|named|called|address|adresse)\W{0,3})?"
_MAILBOX_BEFORE = re.compile(
    rf"(?:{MAILBOX_NOUN}|send(?:ing)?\s(?:e-?mails?\s)?(?:as|on behalf of)|on behalf of|im auftrag von|"
    rf"senden als|als){_GLUE}$"
)
_MAILBOX_AFTER = re.compile(rf"^\W{{0,3}}(?:(?:shared|team)\s)?{MAILBOX_NOUN}")
_GROUP_BEFORE = re.compile(rf"{GROUP_NOUN}{_GLUE}$")
_GROUP_AFTER = re.compile(rf"^\W{{0,3}}{GROUP_NOUN}")
_ACCESS_TO = re.compile(
    r"(?:access|zugriff|zugang|rights|permissions?|berechtigung\w*|rechte|delegat\w*)\s"
    r"(?:to|on|for|auf|für|zu)\s(?:the\s|das\s|den\s|dem\s)?$"
)
_ADD_TO = re.compile(r"\b(?:to|into|zu|zur|in|from|aus|off)\s(?:the\s|die\s|der\s|dem\s)?$")


def _addresses(doc: Doc, category: str) -> dict[str, list[str]]:
    """Addresses by role: mailbox, group, person (someone to change), other (writer, reference, cc)."""
    roles: dict[str, list[str]] = {"mailbox": [], "group": [], "person": [], "other": []}
    if "@" not in doc.text:
        return roles
    for match in EMAIL.finditer(doc.text):
        address = match.group(0).rstrip(".")
        if not could_be_mailbox(address):
            continue
        line_start = doc.lower.rfind("\n", 0, match.start()) + 1
        before = doc.lower[max(line_start, match.start() - 60) : match.start()].rstrip(" <([\"'“„")
        after = doc.lower[match.end() : match.end() + 30]
        if _MAILBOX_BEFORE.search(before) or _MAILBOX_AFTER.search(after):
            role = "mailbox"
        elif _GROUP_BEFORE.search(before) or _GROUP_AFTER.search(after):
            role = "group"
        elif NOT_TARGET.search(before):
            role = "other"
        elif category == "mailbox_access" and (_ACCESS_TO.search(before + " ") or _ADD_TO.search(before + " ")):
            role = "mailbox"
        elif category == "group_membership" and _ADD_TO.search(before + " "):
            role = "group"
        else:
            role = "person"
        if address not in roles[role]:
            roles[role].append(address)
    return roles


# -- groups and mailboxes -----------------------------------------------------------------------
_TOKEN = re.compile(r"[\"“„][^\"”“\n]{2,60}[\"”“]|[\w.&@+$\\/:'-]+")
_NAME_STOP = frozenset(
    """
    a an the my our your his her their this that these those all any same following below above relevant correct
    right new old me him them us it to from into in on of for and or with by as at off out onto
    add adding remove removing take put give grant create map open see get set make provide request need needs want
    please pls plz kindly also so can could would access rights permission permissions member members user users
    account accounts mailbox mailboxes shared folder folder drive the-group
    der die das den dem des ein eine einen einem zur zum zu in im auf aus von für bitte mich mir uns und oder
    """.split()  # noqa: SIM905 -- a word list reads best as words
)
# Words that say what kind of group it is, not which: "the Sales AD group", "purchasing active directory group".
_QUALIFIERS = frozenset((
    "ad", "(ad)", "active", "directory", "azure", "entra", "security", "m365", "o365", "365", "office", "microsoft",
    "unified", "mail", "email", "e-mail", "distribution", "sharepoint", "teams",
))  # fmt: skip
_GLUE_WORD = re.compile(r"(?i)^(?:called|named|:|-|–|namens|mit dem namen)$")


def _name_like(token: str, cased: bool) -> bool:
    token = token.rstrip(".,:;!?")
    if not token or token.lower() in _NAME_STOP:
        return False
    if token[0] in "\"“„" or not cased:
        return True
    return any(ch.isupper() or ch.isdigit() or ch in "-_&.@$\\" for ch in token)


def _clean_token(token: str) -> str:
    return token.strip("\"“„”,;:!?()'’").strip("-").rstrip(".")


def _name_before(doc: Doc, line_start: int, at: int) -> str | None:
    before = _TOKEN.findall(doc.text[line_start:at])
    while before and before[-1].lower().strip("()") in _QUALIFIERS:
        before.pop()
    kept: list[str] = []
    for token in reversed(before[-4:]):
        if not _name_like(token, doc.cased) or (kept and token.endswith((",", ".", ":"))):
            break
        kept.insert(0, _clean_token(token))
    return " ".join(k for k in kept if k) or None


def _name_after(doc: Doc, at: int, line_end: int) -> str | None:
    after = _TOKEN.findall(doc.text[at:line_end])
    if after and _GLUE_WORD.match(after[0]):
        after = after[1:]
    kept: list[str] = []
    for token in after[:4]:
        if not _name_like(token, doc.cased) or (not doc.cased and kept):
            break
        kept.append(_clean_token(token))
        if token.endswith((",", ".", ";", ":")):
            break
    return " ".join(k for k in kept if k) or None


def _named(doc: Doc, noun: re.Pattern[str]) -> str | None:
    """The name next to a noun: 'the Sales-EMEA distribution list', 'Gruppe Vertrieb-Nord', '"Ops" group'."""
    nouns = list(noun.finditer(doc.lower))
    for i, match in enumerate(nouns):
        if i + 1 < len(nouns) and doc.lower[match.end() : nouns[i + 1].start()] in ("", " "):
            continue  # "Finance Team distribution list": this noun is part of the name
        line_start = doc.lower.rfind("\n", 0, match.start()) + 1
        line_end = doc.lower.find("\n", match.end())
        name = _name_before(doc, line_start, match.start()) or _name_after(
            doc, match.end(), line_end if line_end >= 0 else len(doc.text)
        )
        if name:
            return name
    return None


# A drive-letter path may contain spaces inside its folders but ends at the first space of its last part.
_PATH = re.compile(
    r"(\\\\[\w$.-]+(?:\\[^\s<>\"]+)*|\b[a-zA-Z]:\\(?:[^\\\n<>\"]*\\)*[^\s\\<>\"]*|//[\w$.-]+/[^\s<>\"]*)"
)
_ADD_TO_NAMED = re.compile(
    r"\b(?i:add|put|include|remove|take)\s(?:\S+\s){1,3}?(?i:to|into|from|off)\s(?i:the\s)?"
    r"(?P<g>[\w&.-]*[A-Z0-9_-][\w&.-]*)"
)


def _group(doc: Doc, roles: dict[str, list[str]]) -> str | None:
    if roles["group"]:
        return roles["group"][0]
    named = _named(doc, _GROUP_NOUN)
    if named:
        return named
    if "\\" in doc.text or "//" in doc.text:
        path = _PATH.search(doc.text)
        if path:
            return path.group(1).strip().rstrip(".,;")
    bare = _ADD_TO_NAMED.search(doc.text)  # "Please add me to Finance-Readers."
    if bare and bare.group("g").lower() not in STOP:
        return bare.group("g").rstrip(".")
    return None


_OWNER = re.compile(rf"['’]s?\s+{MAILBOX_NOUN}")  # "Julia Weber's calendar", "tjlizqgc ngvwoukp' calendar"


def _mailbox(doc: Doc, roles: dict[str, list[str]]) -> str | None:
    if roles["mailbox"]:
        return roles["mailbox"][0]
    owner = _OWNER.search(doc.lower)
    if owner:
        line_start = doc.text.rfind("\n", 0, owner.start()) + 1
        found = re.search(rf"(?:{doc.name})$", doc.text[line_start : owner.start()])
        name = clean_name(found.group(0), single_ok=doc.cased) if found else None
        if name:
            return name
    named = _named(doc, _MAILBOX_NOUN)
    return named if named and named.lower() not in STOP else None


# -- licences -----------------------------------------------------------------------------------
_SKU = (
    r"(?:(?:microsoft|office|m|o)\s?365\s(?:e[1-5]|f[13]|a[1-5]|business\s(?:basic|standard|premium)|apps(?: for \w+)?)"
    r"|\b(?:e[1-5]|f[13]|k1|s1|p[12])\b|\bbusiness\s(?:basic|standard|premium)|\bvisio(?:\s(?:plan\s\d|pro))?"
    r"|\bproject(?:\s(?:plan\s\d|online|pro))|\bpower\s?bi\s(?:pro|premium)|\bcopilot(?:\sfor\s(?:microsoft\s)?365)?"
    r"|\bteams\s(?:premium|phone)|\bexchange\sonline(?:\s\(?plan\s\d\)?)?|\bentra\sid\sp[12]|\bintune)"
)
_SKU_RX = re.compile(_SKU)
_SKU_ID = re.compile(r"\b[A-Z][A-Z0-9_]{3,}(?=\s(?i:licen[cs]e|lizenz|sku))")  # "SPE_E3 licence"
_UPGRADE_TO = re.compile(rf"(?:\bto|nach|auf|->|=>)\s?(?:(?:an?|the)\s)?(?P<to>{_SKU})")


def _license(doc: Doc) -> str | None:
    first = _SKU_RX.search(doc.lower)
    if not first:
        named = any(word in doc.lower for word in ("licen", "lizenz", "sku"))
        sku_id = _SKU_ID.search(doc.text) if named else None
        return sku_id.group(0) if sku_id else None
    # "from Business Basic to E3", "E1 -> E3": the licence to assign is the one after "to".
    upgrade = _UPGRADE_TO.search(doc.lower, first.end())
    span = upgrade.span("to") if upgrade else first.span()
    return doc.text[span[0] : span[1]].strip()


# -- joiners and leavers ------------------------------------------------------------------------
_NEW_HIRE_LEAD = re.compile(
    r"\bnew\s(?:hire|starter|joiner|employee|colleague|team member|staff member|member of staff|user|intern|"
    r"trainee|apprentice|consultant|contractor|worker)s?|\bneue[rn]?\s(?:mitarbeiter(?:in)?|kolleg(?:e|in)|azubi|"
    r"praktikant(?:in)?)|\bonboarding|\bneueinstellung"
)
_NEW_HIRE_FOR = (
    r"(?i:onboard(?:ing)?|on-boarding|set ?up|create|prepare|anlegen|einrichten|account)\b[^.\n]{0,40}?"
    r"(?i:for|of|für)\s+"
)
_NEW_HIRE_VERB = (
    r"(?=\s+(?i:starts|is starting|will start|starting|joins|is joining|will join|beginnt|fängt|startet|"
    r"kommt)\b)"
)
_LEAVER_LEAD = (
    r"(?i:termination for|terminate|offboard(?:ing)?(?:\sfor|\sof)?|leaver\s*:?|austritt(?:\svon)?|"
    r"kündigung(?:\svon)?|(?:disable|deactivate|deaktivieren)\s(?:the\s)?(?:account|user|konto)\s(?:of|for|von))"
    r"\s*[:\-–]?\s*"
)
_LEAVER_VERB = (
    r"(?=\s+(?i:is leaving|will be leaving|has left|left|leaves|is retiring|retires|will retire|verlässt|"
    r"resigned|has resigned|no longer works|is no longer|quit|hat gekündigt|scheidet|geht)\b|['’]s last)"
)
_START_DATE = re.compile(
    rf"(?:start(?:s|ing)?(?:\sdate)?|first (?:working )?day|joins|joining|beginning|beginnt|fängt|startet|eintritt"
    rf"(?:sdatum)?|startdatum|arbeitsbeginn)\b[^.\n]{{0,25}}?{DATE_LOWER}"
)
_LAST_DAY = re.compile(
    rf"(?:last (?:working )?day|leaving on|leaves on|left on|effective|letzter arbeitstag|austritt(?:sdatum)?|"
    rf"ausscheiden|scheidet|zum|per|as of|until|bis)\b[^.\n]{{0,25}}?{DATE_LOWER}"
)
_FIRST_LAST = re.compile(
    r"(?:first ?name|vorname)\s*:?\s*(?P<f>[^\s,;]+)[\s,;]{1,40}?(?:last ?name|surname|nachname)\s*:?\s*"
    r"(?P<l>[^\s,;]+)"
)
_SENTENCE_START = r"(?:^|(?<=[.!?;:,]\s))"
_COMPILED: dict[tuple[str, str, bool], re.Pattern[str]] = {}


def _first_name_after(doc: Doc, lead: re.Pattern[str]) -> str | None:
    """The first valid name in the same sentence after `lead` ("A new employee joins on 3 May: Ann Lee")."""
    for match in lead.finditer(doc.lower):
        window = re.split(r"[.!?](?:\s|$)|\n", doc.text[match.end() : match.end() + 90], maxsplit=1)[0]
        for candidate in re.finditer(doc.name, window):
            name = clean_name(candidate.group(0), single_ok=False)
            if name:
                return name
    return None


def _named_by(doc: Doc, lead: str, follow: str, *, single_ok: bool) -> str | None:
    key = (lead, follow, doc.cased)
    if key not in _COMPILED:
        _COMPILED[key] = re.compile(rf"{lead}(?P<p>{HONORIFIC}{doc.name}){follow}", re.M)
    for match in _COMPILED[key].finditer(doc.text):
        name = clean_name(match.group("p"), single_ok=single_ok and doc.cased)
        if name:
            return name
    return None


def _date(pattern: re.Pattern[str], doc: Doc) -> str | None:
    found = pattern.search(doc.lower)
    return parse_date(doc.text[found.start("date") : found.end("date")]) if found else None


def _newcomer(doc: Doc, found: dict[str, str]) -> None:
    name = (
        _first_name_after(doc, _NEW_HIRE_LEAD)
        or _named_by(doc, _NEW_HIRE_FOR, "", single_ok=False)
        or _named_by(doc, _SENTENCE_START, _NEW_HIRE_VERB, single_ok=False)
    )
    form = _FIRST_LAST.search(doc.lower) if "name" in doc.lower else None
    if not name and form:
        name = f"{doc.text[form.start('f') : form.end('f')]} {doc.text[form.start('l') : form.end('l')]}"
    if name:
        found["new_hire_name"] = name
    start = _date(_START_DATE, doc)
    if start:
        found["start_date"] = start


def _leaver(doc: Doc, found: dict[str, str]) -> None:
    name = _named_by(doc, _LEAVER_LEAD, "", single_ok=True) or _named_by(
        doc, _SENTENCE_START, _LEAVER_VERB, single_ok=True
    )
    if name:
        found["leaver_name"] = name
    last = _date(_LAST_DAY, doc)
    if last:
        found["last_day"] = last


# -- the whole reading --------------------------------------------------------------------------
_WANTS: dict[str, tuple[str, ...]] = {
    "password_reset": ("target",),
    "account_unlock": ("target",),
    "mfa_reset": ("target",),
    "mailbox_access": ("mailbox", "target"),
    "group_membership": ("group", "target"),
    "license_change": ("license", "target"),
    "onboarding": ("new_hire", "license", "group"),
    "offboarding": ("leaver", "target"),
    "session_revoke": ("target",),
}


@dataclass(frozen=True)
class Reading:
    """Entities plus what the extractor noticed that a technician should know (never entity values)."""

    entities: dict[str, str]
    concerns: tuple[str, ...] = ()


def extract(text: object, category: str | None = None) -> dict[str, str]:
    """Entities found in a cleaned ticket (`text.CleanText`); only keys with a value."""
    return read(text, category).entities


def read(text: object, category: str | None = None) -> Reading:
    """Read the entities a category's playbook needs, and the concerns about its target.

    With a category, only what that category's playbook needs is read (speed: most tickets are
    `other`, and for those only a person's address is worth a directory lookup).
    """
    subject, request = getattr(text, "subject", ""), getattr(text, "request", "")
    lines = content_lines(request, EMAIL)
    if subject:
        lines.append(subject)
    doc = make_doc(lines)
    category = category or "group_membership"
    roles = _addresses(doc, category)
    found: dict[str, str] = {}
    if category == "other":
        if roles["person"]:
            found["target_user"] = roles["person"][0]
        return Reading(found)
    wants = _WANTS.get(category, ())
    if "mailbox" in wants and (mailbox := _mailbox(doc, roles)):
        found["mailbox"] = mailbox
    if "group" in wants and (group := _group(doc, roles)):
        found["group"] = group
    if "license" in wants and (licence := _license(doc)):
        found["license"] = licence
    if "new_hire" in wants:
        _newcomer(doc, found)
        if "new_hire_name" not in found and (newcomer := new_hire_name(doc.text)):
            found["new_hire_name"] = newcomer
        if "start_date" not in found and (start := start_date(doc.text)):
            found["start_date"] = start
        found.update(read_onboarding(doc.text))
    if "leaver" in wants:
        _leaver(doc, found)
        # Where the leaver's mail goes is no one to change: its address is never taken for the leaver's.
        if forward_to := forward_target(doc.text):
            found["forward_to"] = forward_to
            roles["person"] = [a for a in roles["person"] if a.lower() != forward_to]
    names: list[str] = []
    if "target" in wants:
        if roles["person"]:
            found["target_user"] = roles["person"][0]
        names = [n for n in mentions(doc) if n not in (found.get("mailbox"), found.get("leaver_name"))]
        if category == "offboarding":  # the person named in an offboarding ticket is the leaver
            if names and "leaver_name" not in found:
                found["leaver_name"] = names[0]
            names = []
        elif names:
            found["target_name"] = names[0]
    concerns = list(target_problems(category, found, doc.text))
    if len(names) > 1 or len(roles["person"]) > 1:
        concerns.insert(0, f"{MANY_PEOPLE} (" + ", ".join((names + roles["person"])[:4]) + ")")
    return Reading(found, tuple(concerns))


# The writer means themself: "me", "my", "I", "mich" ..., or a request with no one else in it
# ("need access to ...", "requesting access ...", "please provide access to the S: drive").
_SELF = re.compile(
    r"\b(?:me|my|myself|mine|i|i'm|i've|i'd|im|we|us|our|mich|mir|mein\w*|ich|wir|uns|unser\w*)\b"
    r"|\b(?:moi|mon|ma|mes|je|nous|notre|mi|mí|mis|yo|nosotros|nuestr\w*|mij|mijn|ik|wij|ons|onze)\b|\b[jm]'"
    r"|\b\w{2,}(?:ad|ed|id)(?:me|nos)\b"  # "sacadme", "añadidnos": the writer joined to a Spanish imperative
    r"|^(?:please\s|pls\s|kindly\s)?(?:need|needs|needed|requesting|request|require|requires|want|would like)\b"
    r"|\b(?:please|pls|kindly)\s(?:provide|give|grant|arrange)\s(?:\w+\s)?(?:access|rights|permissions?)\b",
    re.I | re.M,
)
# A removal in any of the five languages (intent_words.REMOVE: "nehmen Sie sie aus der Liste", "haal haar van de
# lijst"): a granting playbook must never run on it.
_REMOVAL = re.compile(
    rf"(?i)\b(?:remove|removing|take\s\S+(?:\s\S+)?\soff|revoke|unsubscribe|no longer needs?|entfernen|austragen|"
    rf"entziehen|löschen)\b|\b{REMOVE}"
)


def target_problems(category: str, entities: dict[str, str], text: str) -> list[str]:
    """Why these entities cannot drive the playbook as they are (empty when they can).

    The planner acts on `target_user`, or on the requester when it is missing. That fallback is
    right only when the ticket means the requester: for a self-service category when no one else
    is named, for the other categories when the writer says "me"/"my"/"I". A `target_name` without
    an address is resolved in the directory by the pipeline (never replaced by the requester).
    """
    problems: list[str] = []
    name, address = entities.get("target_name"), entities.get("target_user")
    if category == "offboarding":
        leaver = entities.get("leaver_name")
        if not address:
            problems.append(
                f"names the leaver ({leaver}) but not their address" if leaver else "does not say who is leaving"
            )
        elif leaver and not address_fits(leaver, address):
            problems.append(f"the leaver {leaver} and the address {address} may not be the same person")
        return problems
    if "target" not in _WANTS.get(category, ()):
        return problems
    # "everyone in Sales", "all users": never run, whoever else the ticket names.
    if bulk := bulk_problem(text, people_kind=category in SELF_SERVICE):
        return [bulk]
    # No one named: the requester is meant only when the ticket is about them ("my password", "I'm locked out"),
    # not when it points at a colleague it does not name ("my manager", "her account", "the new guy").
    if not name and not address and (unnamed := unnamed_problem(text)):
        return [unnamed]
    # A name without an address is not a problem here: the pipeline looks it up in the tenant's
    # directory before planning (tickets/targets.py) and escalates unless exactly one account fits.
    if name and address and not address_fits(name, address):
        problems.append(MISMATCH.format(name=name, address=address))
    elif not name and category not in SELF_SERVICE and not address and not _SELF.search(text):
        problems.append(NO_ONE)
    if category in ("group_membership", "mailbox_access", "license_change") and _REMOVAL.search(text):
        problems.append(REMOVAL)
    return problems
