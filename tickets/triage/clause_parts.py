# ruff: noqa: E501 -- the regular expressions read best whole
"""The parts of one clause of a request: what it acts on (group, mailbox, licence, rights), for whom, and when.

tickets/triage/intents.py cuts a ticket into clauses and says which intent kinds each asks for; this module reads
the rest of each intent from the clause's words. Nothing is guessed: a part the clause does not say stays empty, and
a named colleague is never replaced by the requester.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tickets.triage import intent_words as w
from tickets.triage.dates import DATE_LOWER, parse_date
from tickets.triage.people import NAME_CASED, STOP, clean_name, make_doc, mentions


@dataclass
class Clause:
    text: str  # as written
    low: str = field(init=False)

    def __post_init__(self) -> None:
        self.low = self.text.lower()



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


GROUP_ADDRESS = re.compile(rf"{w.GROUP_NOUN}\W+(?:[\w&-]+\s){{0,3}}\($|{w.GROUP_NOUN}\W{{1,3}}$")
# "remove him from all groups", "from all of his lists": which group is not said ("the All Staff list" is a name).
_ALL_OF = re.compile(
    r"(?i)(?:all|every|alle|tous|toutes|todos|todas)(?:\s+(?:the|his|her|their|of|my|our|les|ses|sus|los|las|die|der|"
    r"seine\w*|ihre\w*|zijn|haar|de|mes|mis|mijn|meine\w*))*"
)


def object_phrases(clause: Clause, preposition: str, people: list[str]) -> list[str]:
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
            part = part.strip(" .\"'“”„")
            headless = _GROUP_HEAD.sub("", part)
            if describes_instead_of_naming(headless, after_noun=headless != part):
                continue  # "the group my manager mentioned": a group, but which one the clause does not say
            name = _GROUP_TAIL.sub("", _until_clause(headless))
            name = re.sub(rf"^{_ARTICLE}\s+", "", name, flags=re.I).strip(" .\"'“”„")
            if w.GROUP_WORD.fullmatch(name.lower()) or _ALL_OF.fullmatch(name):
                name = ""  # "add Tom to the group", "remove him from all groups": which group is not said
            address = w.EMAIL.search(name)
            if address:
                name = address.group(0)  # "the Estimating group (estimating@fabrikam.example)": the group's address
            if name and not name.isdigit() and name.lower() not in ("me", "him", "her", "them", "mich", "ihn", "moi", "mí", "mij", "it"):
                names.append(name)
        if names and not any(n in people for n in names):
            best = names  # the last fitting one: Spanish "añadir a Tom al grupo Ventas" names Tom first
    named = NOUN_NAMED.search(clause.text)
    if named and preposition == w.TO and not _described_after(clause.text[named.start("g"):]):
        # "fügen Sie mich der Gruppe VPN Users hinzu" (a dative, no preposition) beside "von zu Hause": the name
        # after a group noun is the group whatever preposition came before.
        end = _OBJECT_END.search(" " + named.group("g"))
        name = _until_clause(named.group("g")[: max(0, end.start() - 1)] if end else named.group("g"))
        name = name.strip(" .\"'“”„")
        if name and name not in people and not any(name in b or b in name for b in best):
            best = [name]
    return best


# A group described instead of named: "the group my manager mentioned", "le groupe dont ma responsable a parlé",
# "el grupo que mencionó mi jefa", "de groep waar mijn leidinggevende het over had", "the group Sam talked about".
# Taken as a name, such a phrase sends the directory looking for a group called "manager mentioned"; read as no name,
# the intent is handed over as "which group?". Lower-case only: a capitalised word is a name ("Wolfsburg-Team").
_RELATIVE = re.compile(
    r"^(?:that|which|who|whom|whose|where|dont|que|qu'|qui|où|lequel|laquelle|lesquel\w*|auquel|duquel|del que|"
    r"de la que|de los que|de las que|el que|la que|lo que|los que|las que|en el que|en la que|del cual|de la cual|"
    r"cuy[oa]s?|donde|waar\w*|welke|wie|welche\w*|deren|dessen|wor(?:ü|ue)ber|wovon)\b"
)
# A pronoun standing for the object, then what is said of it: "the one Sam talked about", "celui dont ...".
_POINTER = re.compile(r"^(?:one|that one|this one|celui|celle|ceux|celles|aquel\w*|degene|diegene|diejenige\w*)\b")
# Right after a group noun, a possessive or a relative "die"/"dat" starts a clause, never a name: "the group my
# manager ...", "de groep die Sam noemde". (Before the noun a possessive is only an article: "our Sales group".)
_CLAUSE_AFTER_NOUN = re.compile(
    r"^(?:my|his|her|our|their|your|mein\w*|sein\w*|ihr\w*|unser\w*|mon|ma|mes|son|sa|ses|notre|votre|leur|mi|"
    r"mis|su|sus|tu|tus|nuestr\w*|mijn|zijn|haar|onze|ons|hun|jullie|die|dat|wat)\b"
)
# Someone speaking of a group names none: a verb of saying among a phrase's first words ("Sam talked about").
_SAID = re.compile(
    r"(?i)\b(?:mention(?:ed)?|talked|talking|spoke|spoken|said|told|suggested|recommended|meant|erw(?:ä|ae)hnt\w*|"
    r"genannt|gesagt|gesprochen|gemeint|empfohlen|mentionn\w*|parl[ée]\w*|dit|[ée]voqu[ée]\w*|conseill[ée]\w*|"
    r"mencion\w*|habl[óo]|hablado|dijo|dicho|recomend[óo]|noemde|genoemd|zei|gezegd|bedoelde|bedoeld|sprak|"
    r"gesproken|aanraadde)\b"
)


# Where a clause about a named group starts: "Finance-Readers that my manager mentioned" is Finance-Readers.
_CLAUSE_START = re.compile(r"\s(?:that|which|who|dont|que|qui|die|dat|waar\w*|welke)\s")


def _until_clause(phrase: str) -> str:
    start = _CLAUSE_START.search(phrase)
    return phrase[: start.start()] if start else phrase


def describes_instead_of_naming(phrase: str, *, after_noun: bool) -> bool:
    """Whether `phrase` (what follows "to the", or the group noun when `after_noun`) says which group only by a
    clause about it, so that the ticket names no group at all."""
    phrase = phrase.strip(" .,\"'“”„")
    if _RELATIVE.match(phrase) or _POINTER.match(phrase) or (after_noun and _CLAUSE_AFTER_NOUN.match(phrase)):
        return True
    return bool(_SAID.search(" ".join(_until_clause(phrase).split()[:3])))


NOUN_NAMED = re.compile(
    r"(?i:\b(?:gruppe|group|groupe|grupo|groep|verteilerliste|verteiler|distribution list|liste de diffusion|"
    r"lista de distribuci[oó]n|distributielijst))\s+(?P<g>(?:[A-Z0-9][\w&-]*)(?:\s[A-Z0-9][\w&-]*){0,3})"
)


def _described_after(tail: str) -> bool:
    """Whether the words after a group noun, up to where the object ends, describe the group instead of naming it."""
    end = _OBJECT_END.search(" " + tail)
    return describes_instead_of_naming(tail[: max(0, end.start() - 1)] if end else tail, after_noun=True)


def _before_when(phrase: str) -> str:
    """'Finance-Readers vendredi à 17h' -> 'Finance-Readers': a group name ends where the time to act starts."""
    low = phrase.lower()
    cut = min((m.start() for rx in (_DATE, _TIME) for m in rx.finditer(low)
               if len(m.group(0).strip(" .,")) > 3 or m.group(0)[:1].isdigit()), default=len(phrase))
    return re.sub(r"(?i)\s(?:on|at|by|am|um|ab|le|à|a|el|op|per|from)$", "", phrase[:cut].rstrip(" ,"))


def partial_address(clause: Clause) -> list[str]:
    return [a for m in w.ADDRESS.finditer(clause.text) if w.could_be_mailbox(a := m.group(0).rstrip("."))]


def mailbox_and_people(clause: Clause) -> tuple[str, list[str]]:
    """The mailbox a clause is about and the addresses of the people in it."""
    addresses = partial_address(clause)
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
    if not mailbox and len(addresses) == 1 and full_names(clause.text):
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
            if found and found is named and describes_instead_of_naming(clause.text[found.start("n"):],
                                                                        after_noun=True):
                break  # "the mailbox my manager mentioned": a mailbox, but which one is not said
            if found and found.group("n").lower() not in ("the", "my", "shared", "a", "our", "his", "her"):
                mailbox = found.group("n")
                break
    return mailbox, [a for a in addresses if a != mailbox and "@" in a and not a.endswith("@")]


def instead(low: str) -> tuple[int, int] | None:
    """'needs E3 instead of Business Basic', 'E5 statt E3': the span of the licence asked for in place of another."""
    current = w.CURRENT.search(low)
    if not current:
        return None
    other = next((m for m in w.SKU_RX.finditer(low) if not current.start() <= m.start() < current.end()), None)
    return other.span() if other else None


def licences_of(clause: Clause, kind: str) -> tuple[str, str]:
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
        asked = instead(clause.low)
        if asked and current:
            return clause.text[current.start("old") : current.end("old")], clause.text[asked[0] : asked[1]]
    upgrade = w.UPGRADE_TO.search(clause.low)
    found = upgrade.span("new") if upgrade else None
    if not found:
        sku = w.SKU_RX.search(clause.low)
        found = sku.span() if sku else None
    if not found:
        sku_id = re.search(r"\b[A-Z][A-Z0-9_]{3,}(?=\s(?i:licen[cs]e|lizenz|sku))", clause.text)
        return (sku_id.group(0) if sku_id else ""), ""
    return clause.text[found[0] : found[1]], ""


def rights_of(low: str) -> tuple[str, ...]:
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
# "Tom and Priya", "a Tom Higgins y a Priya Shah" (Spanish marks each person it adds with "a").
_LISTED = re.compile(rf"(?P<a>{NAME_CASED})(?P<more>(?:\s*,\s*(?:a\s)?{NAME_CASED})*\s(?:and|und|et|y|en|&)\s(?:a\s)?{NAME_CASED})")
# Words a sentence starts with that a capitalised name may run on from: greetings, "please", and the imperatives of
# the five languages ("Voeg Eva Smit en Lars Visser toe": the verb is not a first name).
_LEAD_WORD = re.compile(r"(?i)(?:graag|bitte|merci|hola|hallo|hello|hi|bonjour|por|favor|please|gracias|danke|bedankt"
                        r"|voeg|zet|haal|verwijder|geef|meld|f(?:ü|ue)ge|gib|setze|entferne|nimm|ajoute|retire|mets|donne"
                        r"|a(?:ñ|n)ade|a(?:ñ|n)adid|quita|quitad|saca|sacad|dale|dad|pon|poned)\b")
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
                   for m in re.split(r"\s*,\s*(?:a\s)?|\s(?:and|und|et|y|en|&)\s(?:a\s)?", match.group(0))]
        members = [m for m in members if m]
        leads = not text[: match.start()].strip(" ,:") or re.fullmatch(r"(?i)(?:please|pls|bitte|hi|hello)?\W*", text[: match.start()])
        if len(members) > 1 and (leads or any(m in found for m in members)):
            names.extend(members)
    return names


# "remove the Visio licence from Alex Wilber": for a licence the person may follow "from" or "to".
_LICENCE_HOLDER = re.compile(rf"\b(?i:from|to|for|von|f(?:ü|ue)r|de|à|a|van|voor|aan)\s+(?P<p>{NAME_CASED})")


def people_of(clause: Clause, objects: list[str], addresses: list[str], *, licence: bool = False) -> list[Person]:
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


def said_nobody(clause: Clause, people: list[Person]) -> bool:
    return people == [REQUESTER] and not w.SELF.search(clause.low)


# -- when ----------------------------------------------------------------------------------------
_DATE = re.compile(DATE_LOWER)
_TIME = re.compile(r"\b(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d))?\s?(?P<ap>am|pm|a\.m\.|p\.m\.|uhr|h)\b|\b(?P<h2>[01]?\d|2[0-3]):(?P<m2>[0-5]\d)\b")


_SINCE = re.compile(r"(?:since|seit|depuis|desde|sinds|ago|earlier)\W{0,2}(?:\w+\W{1,2})?$")


def _past(clause: Clause, match: re.Match[str]) -> bool:
    return bool(_SINCE.search(clause.low[max(0, match.start() - 20) : match.start()]))


def when_of(clause: Clause) -> str:
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


def full_names(text: str) -> list[str]:
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
