# ruff: noqa: E501 -- the regular expressions read best whole
"""Every thing a ticket asks for, as a list of intents (rallied/intents.py).

"Reset my password and add me to Billing" is two requests; "add Sarah and Tom to Sales" is one request for two
people, so two intents; "give Sarah Send As on billing@" is one intent with exactly the right asked for. The ticket
is read clause by clause: a sentence is cut where a connective ("and", "und", "et", "y", "en", ...) is followed by a
new request's verb, and each clause says which intent kinds it asks for (tickets/triage/intent_words.py), for whom
and on what.

The same humility as the rest of triage (entities.py): nothing is guessed. A clause that does not say which group,
mailbox or licence leaves `object` empty (the planner reports it `missing`); a named colleague is never replaced by
the requester; a question ("how do I reset my password?") or a symptom ("Outlook keeps asking for my password")
yields no intent. Whether the ticket is an action ticket at all is the category scoring's call (rules.py): for an
`other` ticket there are no intents, and the ticket's category stays its first intent's category.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rallied.intents import Intent, legacy_intents
from tickets.triage import intent_words as w
from tickets.triage.about import UNNAMED_OTHER
from tickets.triage.dates import DATE_LOWER, parse_date
from tickets.triage.entities import MANY_PEOPLE, MISMATCH, NO_ONE, REMOVAL
from tickets.triage.people import NAME_CASED, STOP, clean_name, content_lines, make_doc, mentions

__all__ = ["asked_in_words", "find_intents", "only_asks_how", "read_intents", "settled_concerns", "unasked"]

EMAIL = re.compile(r"\b[\w.+'-]+@[\w-]+(?:\.[\w-]+)+\b")
PLAYBOOK_CATEGORIES = ("onboarding", "offboarding")
MAX_INTENTS = 12  # more than this in one ticket is a bulk request: entities/about.py escalates those anyway

_SENTENCE = re.compile(r"(?<=[.!?])\s+|;\s*|\n+")
_SPLIT = re.compile(rf"{w.CONNECTIVE}(?={w.NEXT_REQUEST})")


@dataclass
class Clause:
    text: str  # as written
    low: str = field(init=False)

    def __post_init__(self) -> None:
        self.low = self.text.lower()


def _clauses(lines: list[str]) -> list[Clause]:
    """The requests in the ticket, in order: sentences cut where a connective starts a new request."""
    clauses: list[Clause] = []
    for sentence in _SENTENCE.split("\n".join(lines)):
        sentence = sentence.strip()
        if not sentence:
            continue
        if w.HOW_TO.search(sentence.lower().lstrip(" -*•¿¡")):
            clauses.append(Clause(sentence))  # "How do I reset it and unlock it?" is one question, no request
            continue
        pieces: list[str] = []
        start = 0
        for match in _SPLIT.finditer(sentence.lower()):
            pieces.append(sentence[start : match.start()])
            start = match.end()
        pieces.append(sentence[start:])
        kept: list[str] = []
        for piece in pieces:
            # A piece without a request of its own ("me and Alex", "and Finance-Readers") belongs to the one before.
            if kept and not _kinds(piece):
                kept[-1] = f"{kept[-1]} and {piece.strip()}"
            else:
                kept.append(piece.strip())
        clauses.extend(Clause(p) for p in kept if p)
    return clauses


# -- which kinds a clause asks for -----------------------------------------------------------------
def _licence_kind(low: str) -> str | None:
    if not (w.SKU_RX.search(low) or w.LICENCE_WORD.search(low)):
        return None
    if w.SWAP.search(low) or w.UPGRADE_TO.search(low) or _instead(low):
        # "Upgrade X to E3" without "from": a swap from whatever licence of that line X holds (the planner reads it
        # from the tenant's catalogue and X's licences), never an assign that leaves the old plan in place.
        return "swap_license"
    if w.REMOVE_RX.search(low):
        return "remove_license"
    if w.GRANT_RX.search(low) or w.UPGRADE_TO.search(low):
        return "assign_license"
    return None


def _instead(low: str) -> tuple[int, int] | None:
    """'needs E3 instead of Business Basic', 'E5 statt E3': the span of the licence asked for in place of another."""
    current = w.CURRENT.search(low)
    if not current:
        return None
    other = next((m for m in w.SKU_RX.finditer(low) if not current.start() <= m.start() < current.end()), None)
    return other.span() if other else None


def _is_mailbox(low: str) -> bool:
    rights = w.FULL_ACCESS.search(low) or w.SEND_AS.search(low) or w.SEND_ON_BEHALF.search(low)
    mailbox_word = re.search(w.MAILBOX, low)
    return bool(rights or mailbox_word or (re.search(w.ACCESS, low) and w.ADDRESS.search(low)))


def _has(low: str, needles: tuple[str, ...]) -> bool:
    return any(n in low for n in needles)


# Cheap substring gates (as rules.py's GATES): an expression runs only where one of its words occurs at all.
_SESSION_WORDS = ("sign", "log", "session", "token", "abmeld", "sitzung", "connect", "sesi", "afmeld", "uitlog",
                  "sessie", "overal", "partout", "überall", "uberall")
_COMPROMISE_WORDS = ("hack", "compromis", "kompromitt", "logged", "logging", "signed", "signing", "got in", "phish", "pirat",
                     "comprometid", "gecompromitteerd")
_MFA_WORDS = ("mfa", "2fa", "factor", "faktor", "step", "authent", "autentic", "verify", "tweestaps", "method", "security info",
              "methoden")


_EXPLICIT_UNLOCK = re.compile(r"\bun-?lock|entsperr|d[ée]bloqu|desbloque|ontgrendel")


def _kinds(text: str) -> list[str]:
    """The intent kinds one clause asks for, in a fixed order."""
    return list(_kinds_of(text))


@lru_cache(maxsize=512)
def _kinds_of(text: str) -> tuple[str, ...]:
    low = text.lower()
    if w.QUESTION.search(low.lstrip(" -*•¿¡")) or w.HOW_TO.search(low.lstrip(" -*•¿¡")):
        return ()
    kinds: list[str] = []
    sessions = _has(low, _SESSION_WORDS) and bool(w.REVOKE_SESSIONS.search(low))
    licence = _licence_kind(low)
    if licence:
        kinds.append(licence)
    elif _is_mailbox(low) and (w.REMOVE_RX.search(low) or w.GRANT_RX.search(low) or _rights(low)
                               or (re.search(w.ACCESS, low) and not w.FAULT.search(low))):
        kinds.append("revoke_mailbox_access" if w.REMOVE_RX.search(low) else "grant_mailbox_access")
    elif w.REMOVE_RX.search(low) and re.search(rf"\b{w.FROM}\s", low) and not sessions:
        kinds.append("remove_from_group")
    elif w.GRANT_RX.search(low) and (re.search(rf"\b{w.TO}\s", low) or _NOUN_NAMED.search(text)) and _names_a_group(text, low):
        kinds.append("add_to_group")
    compromise = _has(low, _COMPROMISE_WORDS) and bool(w.COMPROMISE.search(low))
    if sessions or compromise:
        kinds.append("revoke_sessions")
    explicit_reset = bool(w.RESET_PASSWORD.search(low))
    if explicit_reset or compromise:
        kinds.append("reset_password")
    # "I'm locked out, please reset my password": the reset settles the lockout (rules.py _settle does the same);
    # an explicit "unlock" asked next to a reset is two requests.
    if w.UNLOCK.search(low) and (not explicit_reset or _EXPLICIT_UNLOCK.search(low)):
        kinds.append("unlock_account")
    if _has(low, _MFA_WORDS) and w.RESET_MFA.search(low):
        kinds.append("reset_mfa")
    return tuple(kinds)


_GROUP_LIKE = re.compile(
    rf"\b(?i:{w.TO})\s(?:(?i:the|de|het|la|le|el|der|die)\s)?(?:[\w&]+-[\w&-]+|[A-Z][\w&]*[A-Z0-9]?[\w&]*)"
)


def _names_a_group(text: str, low: str) -> bool:
    """'to the Billing Team', 'zur Gruppe Vertrieb', 'to Finance-Readers', 'to Billing': a name a directory could
    resolve (a group word, or a capitalised or hyphenated name after "to"); "to the meeting" is none."""
    return bool(w.GROUP_WORD.search(low) or _GROUP_LIKE.search(text))


# -- objects -------------------------------------------------------------------------------------
_ARTICLE = r"(?:the|a|an|der|die|das|den|dem|le|la|les|l'|el|los|las|de|het|een|our|my|unser\w*|notre|nuestr\w*|onze)"
_OBJECT_END = re.compile(
    r"\s(?:so\b|so that|because|since|as\b|please|pls|asap|thanks|thank|today|tomorrow|by\b|before|until|from\b|"
    r"on\b|for\b|with\b|bitte|damit|weil|ab\b|heute|morgen|hinzu\w*|aufnehmen|entfern\w*|austragen|eintragen|heraus\w*|raus\b|"
    r"merci|svp|s'il|afin|car|parce|por favor|para|porque|hoy|ma[nñ]ana|alsjeblieft|aub|zodat|omdat|vandaag|"
    r"toe\b|toevoegen|verwijderen|halen|zetten|plaatsen|uit\b)|[,.;:!?()]\s|[.!?]$"
)
_GROUP_TAIL = re.compile(
    r"\s(?:distribution\s?(?:lists?|groups?)|mailing\s?lists?|security\s?groups?|e-?mail\s?(?:lists?|groups?)|"
    r"groups?|dls?|lists?|gruppen?|verteiler(?:liste)?|groupes?|grupos?|groep(?:en)?|lijst)$",
    re.I,
)
_GROUP_HEAD = re.compile(
    r"^(?:(?:ad|security|distribution|m365|o365|teams?)\s)?(?:distribution list|mailing list|security group|"
    r"group|gruppe|verteiler(?:liste)?|groupe|liste de diffusion|liste|grupo|lista(?: de distribuci[oó]n)?|groep|"
    r"distributielijst|lijst|dl|diffusion|distribuci[oó]n)\s+(?:called\s|named\s|namens\s|appel[ée]e?\s|llamad[oa]\s|genaamd\s)?",
    re.I,
)


_GROUP_ADDRESS = re.compile(rf"{w.GROUP_NOUN}\W+(?:[\w&-]+\s){{0,3}}\($|{w.GROUP_NOUN}\W{{1,3}}$")
# "remove him from all groups", "from all of his lists": which group is not said ("the All Staff list" is a name).
_ALL_OF = re.compile(
    r"(?i)(?:all|every|alle|tous|toutes|todos|todas)(?:\s+(?:the|his|her|their|of|my|our|les|ses|sus|los|las|die|der|"
    r"seine\w*|ihre\w*|zijn|haar|de|mes|mis|mijn|meine\w*))*"
)


def _object_phrases(clause: Clause, preposition: str, people: list[str]) -> list[str]:
    """The group names after the last fitting preposition: 'to the Billing Team and Finance-Readers' -> both."""
    best: list[str] = []
    dates = [m.span() for m in _DATE.finditer(clause.low)]
    for match in re.finditer(rf"\b{preposition}\s+(?:{_ARTICLE}\s+)?", clause.low):
        if any(start <= match.start() < end for start, end in dates):
            continue  # "el 3 de marzo de 2026": a date's "de", not "from"
        rest = clause.text[match.end() :]
        end = _OBJECT_END.search(" " + rest)
        phrase = rest[: max(0, end.start() - 1)] if end else rest
        phrase = _before_when(phrase)
        names = []
        for part in re.split(r"\s*,\s*|\s+(?:and|und|et|y|en|&|sowie|as well as)\s+", phrase.strip(" .")):
            name = _GROUP_TAIL.sub("", _GROUP_HEAD.sub("", part.strip(" .\"'“”„")))
            name = re.sub(rf"^{_ARTICLE}\s+", "", name, flags=re.I).strip(" .\"'“”„")
            if w.GROUP_WORD.fullmatch(name.lower()) or _ALL_OF.fullmatch(name):
                name = ""  # "add Tom to the group", "remove him from all groups": which group is not said
            address = EMAIL.search(name)
            if address:
                name = address.group(0)  # "the Estimating group (estimating@fabrikam.example)": the group's address
            if name and not name.isdigit() and name.lower() not in ("me", "him", "her", "them", "mich", "ihn", "moi", "mí", "mij", "it"):
                names.append(name)
        if names and not any(n in people for n in names):
            best = names  # the last fitting one: Spanish "añadir a Tom al grupo Ventas" names Tom first
    named = _NOUN_NAMED.search(clause.text)
    if named and preposition == w.TO:
        # "fügen Sie mich der Gruppe VPN Users hinzu" (a dative, no preposition) beside "von zu Hause": the name
        # after a group noun is the group whatever preposition came before.
        end = _OBJECT_END.search(" " + named.group("g"))
        name = named.group("g")[: max(0, end.start() - 1)] if end else named.group("g")
        name = name.strip(" .\"'“”„")
        if name and name not in people and not any(name in b or b in name for b in best):
            best = [name]
    return best


_NOUN_NAMED = re.compile(
    r"(?i:\b(?:gruppe|group|groupe|grupo|groep|verteilerliste|verteiler|distribution list|liste de diffusion|"
    r"lista de distribuci[oó]n|distributielijst))\s+(?P<g>(?:[A-Z0-9][\w&-]*)(?:\s[A-Z0-9][\w&-]*){0,3})"
)


def _before_when(phrase: str) -> str:
    """'Finance-Readers vendredi à 17h' -> 'Finance-Readers': a group name ends where the time to act starts."""
    low = phrase.lower()
    cut = min((m.start() for rx in (_DATE, _TIME) for m in rx.finditer(low)
               if len(m.group(0).strip(" .,")) > 3 or m.group(0)[:1].isdigit()), default=len(phrase))
    return re.sub(r"(?i)\s(?:on|at|by|am|um|ab|le|à|a|el|op|per|from)$", "", phrase[:cut].rstrip(" ,"))


def _partial_address(clause: Clause) -> list[str]:
    return [m.group(0).rstrip(".") for m in w.ADDRESS.finditer(clause.text)]


def _mailbox_and_people(clause: Clause) -> tuple[str, list[str]]:
    """The mailbox a clause is about and the addresses of the people in it."""
    addresses = _partial_address(clause)
    mailbox = ""
    for address in addresses:
        at = clause.low.find(address.lower())
        before = clause.low[max(0, at - 40) : at]
        after = clause.low[at + len(address) : at + len(address) + 25]
        if re.search(rf"(?:{w.ACCESS}|{w.MAILBOX}|as|als|on|to|auf|zu|sur|à|a|en|op|tot|van|de|of|behalf of|namens|sobre|über|ueber)"
                     r"\W{1,3}(?:(?!for\b|f[üu]r\b|pour\b|para\b|voor\b)\w+\W{1,3})?$", before) or re.match(rf"\W{{0,3}}(?:shared\s)?{w.MAILBOX}", after):
            mailbox = address
    if not mailbox and len(addresses) == 1 and w.SELF.search(clause.low):
        mailbox = addresses[0]  # "give me access to billing@": the address is not the writer's
    if not mailbox and len(addresses) == 1 and _full_names(clause.text):
        mailbox = addresses[0]  # "geben Sie Sarah Lee Senden als für billing@": the person is named, the address is not
    # them
    if not mailbox:
        named = re.search(
            r"(?:shared\s?mail\s?-?box|mailbox|postfach|bo[iî]te (?:aux lettres|partag[ée]e)|buz[oó]n(?: compartido)?|"
            r"gedeelde mailbox|postvak)\s+(?:called\s|named\s)?[\"“„]?(?P<n>[\w&-]+(?:\s[A-Z][\w&-]*)?)",
            clause.text, re.I)
        owner = re.search(rf"(?P<n>{NAME_CASED})['’]s?\s(?:shared\s)?(?:mail\s?-?box|inbox|calendar)", clause.text)
        before = re.search(r"(?:the\s|das\s|le\s|la\s|el\s|de\s)?(?P<n>[A-Z][\w&-]+)\s(?:shared\s)?(?:mail\s?-?box|inbox)", clause.text)
        for found in (owner, before, named):
            if found and found.group("n").lower() not in ("the", "my", "shared", "a", "our", "his", "her"):
                mailbox = found.group("n")
                break
    return mailbox, [a for a in addresses if a != mailbox and "@" in a and not a.endswith("@")]


def _licences(clause: Clause, kind: str) -> tuple[str, str]:
    """(object, new_object): the licence to assign or remove; for a swap the one removed and the one added."""
    if kind == "swap_license":
        swap = w.SWAP.search(clause.low)
        if swap:
            old, new = swap.span("old") if swap.group("old") else swap.span("old2"), (
                swap.span("new") if swap.group("new") else swap.span("new2"))
            return clause.text[old[0] : old[1]], clause.text[new[0] : new[1]]
        upgrade, current = w.UPGRADE_TO.search(clause.low), w.CURRENT.search(clause.low)
        if upgrade and current:
            return clause.text[current.start("old") : current.end("old")], clause.text[
                upgrade.start("new") : upgrade.end("new")]
        if upgrade:
            return "", clause.text[upgrade.start("new") : upgrade.end("new")]
        instead = _instead(clause.low)
        if instead and current:
            return clause.text[current.start("old") : current.end("old")], clause.text[instead[0] : instead[1]]
    upgrade = w.UPGRADE_TO.search(clause.low)
    found = upgrade.span("new") if upgrade else None
    if not found:
        sku = w.SKU_RX.search(clause.low)
        found = sku.span() if sku else None
    if not found:
        sku_id = re.search(r"\b[A-Z][A-Z0-9_]{3,}(?=\s(?i:licen[cs]e|lizenz|sku))", clause.text)
        return (sku_id.group(0) if sku_id else ""), ""
    return clause.text[found[0] : found[1]], ""


def _rights(low: str) -> tuple[str, ...]:
    low = re.split(r"\b(?:but|except|aber|au(?:ß|ss)er|mais|sauf|pero|excepto|maar|behalve)\b", low)[0]  # "... but keep his full access"
    rights = []
    if w.FULL_ACCESS.search(low):
        rights.append("FullAccess")
    if w.SEND_AS.search(low):
        rights.append("SendAs")
    if w.SEND_ON_BEHALF.search(low) and not re.search(r"on behalf of (?:me|my|him|her|our)\b", low):
        rights.append("SendOnBehalf")
    return tuple(rights)


# -- people --------------------------------------------------------------------------------------
_WITH_ME = re.compile(
    r"\b(?:me|myself|mich|moi|mí|mij|ik)\s(?:and|und|et|y|en|&)\s|\s(?:and|und|et|y|en|&)\s(?:me|myself|mich|moi|mí|mij|ik)\b"
    r"|^(?:please\s)?(?:add|put|give|grant|remove|take)\s(?:both\s)?me\b"
)
_WITH_ME_NAME = re.compile(
    rf"\b(?i:me|myself|mich|moi|mí|mij|ik)\s(?i:and|und|et|y|en|&)\s(?:(?i:a|à)\s)?(?P<p>{NAME_CASED})"
    rf"|(?P<q>{NAME_CASED})\s(?i:and|und|et|y|en|&)\s(?i:me|myself|mich|moi|moi-même|mí|mij)\b"
)
_LISTED = re.compile(rf"(?P<a>{NAME_CASED})(?P<more>(?:\s*,\s*{NAME_CASED})*\s(?:and|und|et|y|en|&)\s{NAME_CASED})")
_LEAD_WORD = re.compile(r"(?i)(?:graag|bitte|merci|hola|hallo|hello|hi|bonjour|por|favor|please|gracias|danke|bedankt)\b")
_RIGHTS_WORDS = re.compile(
    rf"{w.FULL_ACCESS.pattern}|{w.SEND_AS.pattern}|{w.SEND_ON_BEHALF.pattern}", re.I
)


@dataclass(frozen=True)
class Person:
    address: str = ""
    name: str = ""

    @property
    def is_requester(self) -> bool:
        return not self.address and not self.name


REQUESTER = Person()


def _without_lead(words: str) -> str:
    """'Graag Jan de Vries' -> 'Jan de Vries': a capitalised word before a name that is no name ('Graag', 'Bitte')."""
    parts = words.split()
    while len(parts) > 1 and parts[0].lower() in STOP:
        parts = parts[1:]
    return " ".join(parts)


def _listed_names(text: str, found: list[str]) -> list[str]:
    """'Sarah and Tom', 'Ann, Bob and Carl': when one of them is a target (or the list leads the clause), all are."""
    names: list[str] = []
    for match in _LISTED.finditer(text):
        members = [clean_name(_without_lead(m), single_ok=True)
                   for m in re.split(r"\s*,\s*|\s(?:and|und|et|y|en|&)\s", match.group(0))]
        members = [m for m in members if m]
        leads = not text[: match.start()].strip(" ,:") or re.fullmatch(r"(?i)(?:please|pls|bitte|hi|hello)?\W*", text[: match.start()])
        if len(members) > 1 and (leads or any(m in found for m in members)):
            names.extend(members)
    return names


# "remove the Visio licence from Alex Wilber": for a licence the person may follow "from" or "to".
_LICENCE_HOLDER = re.compile(rf"\b(?i:from|to|for|von|f(?:ü|ue)r|de|à|a|van|voor|aan)\s+(?P<p>{NAME_CASED})")


def _people(clause: Clause, objects: list[str], addresses: list[str], *, licence: bool = False) -> list[Person]:
    """Who a clause is for: addresses, named people, and the writer when they say "me"."""
    text = _RIGHTS_WORDS.sub(" access ", clause.text)  # "Send As" is not a surname
    for obj in objects:
        if obj:
            text = text.replace(obj, " the group ")
    doc = make_doc([text])
    names = [n for n in mentions(doc) if n not in objects and "@" not in n]
    holders = _LICENCE_HOLDER.finditer(text) if licence else ()
    for match in holders:
        name = clean_name(match.group("p"), single_ok=True)
        if name and name not in objects and not any(name in n or n in name for n in names):
            names.append(name)
    for name in _listed_names(text, names):
        if name not in names and name not in objects:
            names.append(name)
    for match in _WITH_ME_NAME.finditer(text):  # "mij en Alex Wilber", "a mí y a Alex Wilber", "Alex et moi"
        name = clean_name(match.group("p") or match.group("q"), single_ok=True)
        if name and name not in names and name not in objects:
            names.append(name)
    names = [n for n in names if not _LEAD_WORD.match(n)]
    people = [Person(address=a) for a in addresses]
    people += [Person(name=n) for n in names if not any(p.address and n.lower() in p.address for p in people)]
    # Nobody named: the writer (or nobody could tell: about.py's reading flags that). "me and Alex": both.
    if not people or (_WITH_ME.search(clause.low) and w.SELF.search(clause.low)):
        people.insert(0, REQUESTER)
    return people


def _said_nobody(clause: Clause, people: list[Person]) -> bool:
    return people == [REQUESTER] and not w.SELF.search(clause.low)


# -- when ----------------------------------------------------------------------------------------
_DATE = re.compile(DATE_LOWER)
_TIME = re.compile(r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s?(?P<ap>am|pm|a\.m\.|p\.m\.|uhr|h)\b|\b(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)\b")


_SINCE = re.compile(r"(?:since|seit|depuis|desde|sinds|ago|earlier)\W{0,2}(?:\w+\W{1,2})?$")


def _past(clause: Clause, match: re.Match[str]) -> bool:
    return bool(_SINCE.search(clause.low[max(0, match.start() - 20) : match.start()]))


def _when(clause: Clause) -> str:
    # "mon" is French for "my"; "locked since 8am" is when it broke, not when to act.
    date = next((d for d in _DATE.finditer(clause.low) if len(d.group("date").strip(" .,")) > 3 and not _past(clause, d)),
                None)
    time = next((t for t in _TIME.finditer(clause.low) if not _past(clause, t)), None)
    day = parse_date(clause.text[date.start("date") : date.end("date")]) if date else ""
    if not time:
        return day
    if time.group("h2"):
        hour, minute = int(time.group("h2")), int(time.group("m2"))
    else:
        hour, minute = int(time.group("h")), int(time.group("m") or 0)
        marker = time.group("ap").replace(".", "")
        if marker == "pm" and hour < 12:
            hour += 12
        elif marker == "am" and hour == 12:
            hour = 0
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return f"{day}T{hour:02d}:{minute:02d}"
    return f"{day} {clause.text[time.start() : time.end()]}".strip()


# -- the whole reading ---------------------------------------------------------------------------
_RESET_IT = re.compile(r"\b(?:reset|zur(?:ü|ue)cksetzen|r[ée]initialiser|restablecer|resetten)\b")


def _full_names(text: str) -> list[str]:
    """The full names (two words or more) written in a text, each once, in order."""
    names: list[str] = []
    for match in re.finditer(NAME_CASED, _RIGHTS_WORDS.sub(" access ", text)):
        words = match.group(0).split()
        while len(words) > 2 and words[0].lower() in STOP:  # "Sie Sarah Lee", "Bitte Sarah Lee"
            words = words[1:]
        name = clean_name(" ".join(words), single_ok=False)
        if name and not _LEAD_WORD.match(name) and name not in names:
            names.append(name)
    return names


def _clause_intents(clause: Clause, previous: list[Person], before: str = "",
                    earlier: tuple[str, ...] = ()) -> tuple[list[Intent], list[Person]]:
    kinds = _kinds(clause.text)
    if not kinds and _RESET_IT.search(clause.low) and re.search(w.PASSWORD, before.lower()):
        kinds = ["reset_password"]  # "I don't remember my password. Please reset it."
    if not kinds:
        return [], previous
    objects: dict[str, list[str]] = {}
    people_addresses = [a for a in _partial_address(clause) if "@" in a and not a.endswith("@")]
    for kind in kinds:
        if kind in ("grant_mailbox_access", "revoke_mailbox_access"):
            mailbox, people_addresses = _mailbox_and_people(clause)
            objects[kind] = [mailbox]
        elif kind in ("add_to_group", "remove_from_group"):
            names = _object_phrases(clause, w.TO if kind == "add_to_group" else w.FROM, [])
            # "der Gruppe Estimating (estimating@fabrikam.example)": an address in brackets after a group's name is
            # the group's own, never a person to add.
            own = [a for a in people_addresses if _GROUP_ADDRESS.search(clause.low[: clause.low.find(a.lower())])]
            if own:
                names = own[:1]
            objects[kind] = names or [""]
            people_addresses = [a for a in people_addresses if a not in names]
    for kind in kinds:
        if kind in ("assign_license", "remove_license", "swap_license"):
            objects[kind] = [o for o in _licences(clause, kind) if o]
    flat = [o for values in objects.values() for o in values if o]
    licence = any(k in ("assign_license", "remove_license", "swap_license") for k in kinds)
    people = _people(clause, flat, people_addresses, licence=licence)
    if people == [REQUESTER] and w.PRONOUN.search(clause.low) and not w.SELF.search(clause.low):
        # "remove her access to billing@ - Sarah Lee no longer needs it": the one full name in the clause, else the
        # one person the sentences before named ("Adele Vance is covering reception. Please give her full access").
        full = [n for n in _full_names(clause.text) if n not in flat]
        if not full and not previous and earlier:
            named = [n for n in _full_names("\n".join(earlier)) if n not in flat]
            full = named if len(named) == 1 else []
        if len(full) == 1:
            people = [Person(name=full[0])]
    if _said_nobody(clause, people) and previous:
        people = previous  # "reset Alex's password and unlock the account": still Alex
    elif people == [REQUESTER] and w.PRONOUN.search(clause.low) and len(previous) == 1 and not previous[0].is_requester:
        people = previous  # "... and add him to Sales"
    when = _when(clause)
    text = clause.text[:300]
    compromise = bool(w.COMPROMISE.search(clause.low))
    intents: list[Intent] = []
    for kind in kinds:
        note = text
        if compromise and kind in ("revoke_sessions", "reset_password") and not (
            w.REVOKE_SESSIONS.search(clause.low) if kind == "revoke_sessions" else w.RESET_PASSWORD.search(clause.low)
        ):
            note = f"reported compromise, so a sign-out everywhere and a password reset: {text}"
        extra: dict[str, object] = {}
        if kind in ("assign_license", "remove_license", "swap_license"):
            obj, new = _licences(clause, kind)
            targets = [(obj, new)]
        else:
            targets = [(o, "") for o in objects.get(kind, [""])]
        if kind in ("grant_mailbox_access", "revoke_mailbox_access"):
            extra["rights"] = _rights(clause.low)
        for person in people:
            for obj, new in targets:
                intents.append(Intent(kind, target=person.address, target_name=person.name, object=obj,
                                      new_object=new, when=when, text=note, **extra))  # type: ignore[arg-type]
    return intents, people


def read_intents(text: object, category: str, entities: dict[str, str] | None = None) -> list[Intent]:
    """Every intent in a cleaned ticket (`text.CleanText`) that the rules engine filed under `category`.

    The intents of `category` come first, so `ticket.category` (the first intent's) stays the engine's verdict;
    when the clauses name none of that category, the verdict's one legacy intent stands in for it.
    """
    entities = entities or {}
    if category in PLAYBOOK_CATEGORIES:
        return legacy_intents(category, entities)
    legacy = legacy_intents(category, entities)
    if not legacy:
        return []
    found = find_intents(text)
    first = [i for i in found if i.category == category]
    if not first:
        return legacy + [i for i in found if i.kind != legacy[0].kind]
    return first + [i for i in found if i.category != category]


def find_intents(text: object) -> list[Intent]:
    """Every intent the request's clauses ask for, whatever the category (the subject only when the body has none)."""
    found = _from_lines(content_lines(getattr(text, "request", ""), EMAIL))
    if not found:
        found = _from_lines([getattr(text, "subject", "")])
    return _unique(_without_settled_lockouts(found))[:MAX_INTENTS]


def only_asks_how(text: object) -> bool:
    """The request asks how something is done (or whether users may do it) and asks for nothing to be done.

    "How do I reset my password?" is a how-to question for a technician to answer, not a reset to run; "I forgot my
    password, how do I reset it?" states the problem and stays a request (its first sentence asks for a reset).
    """
    lines = content_lines(getattr(text, "request", ""), EMAIL) or [getattr(text, "subject", "")]
    sentences = [s.strip().lower().lstrip(" -*•¿¡") for s in _SENTENCE.split("\n".join(lines)) if s.strip()]
    if not any(w.HOW_TO.search(s) for s in sentences):
        return False
    return not _from_lines(lines)


def _without_settled_lockouts(intents: list[Intent]) -> list[Intent]:
    """Drop a lockout that a reset of the same person settles.

    "I forgot my password and I'm locked out. Can you reset my password?" states the lockout in one sentence and
    asks for the reset in the next: one request, as _kinds_of reads it within one clause. Read as two, the unlock
    becomes a part of its own that Google cannot run, and the whole ticket escalated. An unlock asked in so many
    words ("unlock my account and reset the password") stays a request of its own.
    """
    resets = {(i.target.lower(), i.target_name.lower()) for i in intents if i.kind == "reset_password"}
    return [i for i in intents
            if not (i.kind == "unlock_account" and (i.target.lower(), i.target_name.lower()) in resets
                    and not _EXPLICIT_UNLOCK.search(i.text.lower()))]


def _from_lines(lines: list[str]) -> list[Intent]:
    intents: list[Intent] = []
    previous: list[Person] = []
    before = ""
    earlier: list[str] = []  # the clauses so far, for a pronoun that stands for the one person they name
    for clause in _clauses([ln for ln in lines if ln]):
        found, previous = _clause_intents(clause, previous, before, tuple(earlier))
        intents.extend(found)
        before = clause.text
        earlier.append(clause.text)
    return intents


def _unique(intents: list[Intent]) -> list[Intent]:
    seen: set[tuple[object, ...]] = set()
    kept = []
    for intent in intents:
        key = (intent.kind, intent.target.lower(), intent.target_name.lower(), intent.object.lower(),
               intent.new_object.lower(), intent.rights)
        if key not in seen:
            seen.add(key)
            kept.append(intent)
    return [i for i in kept if not any(_restates(i, other) for other in kept if other is not i)]


def _restates(vague: Intent, full: Intent) -> bool:
    """Whether `vague` is `full` said again with less in it, so not a request of its own.

    "Give Sarah Send As on billing@. She only needs to send as Billing": the second sentence names no mailbox and no
    more rights. "Upgrade Adele from Basic to Premium. Remove the Basic one at the same time": the removal is the
    swap's own. Kept as its own intent, each would be handed over as "does not say which mailbox", or run twice.
    """
    same_person = (vague.target.lower(), vague.target_name.lower()) == (full.target.lower(), full.target_name.lower())
    if not same_person:
        return False
    if vague.kind == full.kind and full.object and not vague.object and set(vague.rights) <= set(full.rights):
        return True
    old = full.object.lower()
    return (vague.kind == "remove_license" and full.kind == "swap_license"
            and (not vague.object or (bool(old) and (vague.object.lower() in old or old in vague.object.lower()))))


# -- what a list of intents settles --------------------------------------------------------------
_REMOVALS = ("remove_from_group", "revoke_mailbox_access", "remove_license", "swap_license")


def settled_concerns(concerns: list[str] | tuple[str, ...], intents: list[Intent]) -> list[str]:
    """The entity concerns the intents do not settle.

    "Names more than one person" escalated because one category's entities hold one target; intents hold one per
    person, so it is settled when they name two or more. "Asks for a removal" escalated because the category's
    playbook grants; it is settled when the removal is read as a removal intent.
    """
    people = {(i.target.lower(), i.target_name.lower()) for i in intents}
    removal = any(i.kind in _REMOVALS for i in intents)
    # Every part says whose account it is about (a named person is looked up in the directory before planning):
    # the one-target reading's "does not say who" is settled, and an address it took for the person is the object.
    everyone_named = bool(intents) and all(i.target or i.target_name for i in intents)
    objects = {i.object.lower() for i in intents if i.object}
    targets = {i.target.lower() for i in intents if i.target}
    return [c for c in concerns
            if not (c.startswith(MANY_PEOPLE) and len(people) > 1) and not (c == REMOVAL and removal)
            and not (everyone_named and (c == NO_ONE or c.startswith(UNNAMED_OTHER)))
            and not (everyone_named and _mismatch_address(c) in objects - targets)]


_MISMATCH = re.compile("^" + re.escape(MISMATCH).replace(r"\{name\}", ".+").replace(r"\{address\}", "(?P<a>\\S+)") + "$")


def _mismatch_address(concern: str) -> str:
    """The address of a "names X but gives the address Y" concern ('' for any other concern)."""
    match = _MISMATCH.match(concern)
    return match.group("a").lower() if match else ""


def unasked(category: str, intents: list[Intent]) -> bool:
    """Whether another category that scored is no request of its own: the intents hold none of it."""
    return all(i.category != category for i in intents)


def asked_in_words(category: str, intents: list[Intent]) -> bool:
    """Whether a clause of the ticket asks for `category` (the legacy stand-in read_intents adds has no text)."""
    return any(i.category == category and i.text for i in intents)
