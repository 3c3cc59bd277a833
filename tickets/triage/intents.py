# ruff: noqa: E501 -- the regular expressions read best whole
"""Every thing a ticket asks for, as a list of intents (rallied/intents.py); each clause's parts are read in
clause_parts.py.

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
from functools import lru_cache

from rallied.intents import Intent, legacy_intents
from tickets.triage import intent_words as w
from tickets.triage.about import UNNAMED_OTHER
from tickets.triage.clause_parts import (
    GROUP_ADDRESS,
    NOUN_NAMED,
    REQUESTER,
    Clause,
    Person,
    full_names,
    instead,
    licences_of,
    mailbox_and_people,
    object_phrases,
    partial_address,
    people_of,
    rights_of,
    said_nobody,
    when_of,
)
from tickets.triage.entities import MANY_PEOPLE, MISMATCH, NO_ONE, REMOVAL
from tickets.triage.people import content_lines

__all__ = ["asked_in_words", "find_intents", "only_asks_how", "read_intents", "settled_concerns", "unasked"]

PLAYBOOK_CATEGORIES = ("onboarding", "offboarding")
MAX_INTENTS = 12  # more than this in one ticket is a bulk request: entities/about.py escalates those anyway

_SENTENCE = re.compile(r"(?<=[.!?])\s+|;\s*|\n+")
_SPLIT = re.compile(rf"{w.CONNECTIVE}(?={w.NEXT_REQUEST})")



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
    if w.SWAP.search(low) or w.UPGRADE_TO.search(low) or instead(low):
        # "Upgrade X to E3" without "from": a swap from whatever licence of that line X holds (the planner reads it
        # from the tenant's catalogue and X's licences), never an assign that leaves the old plan in place.
        return "swap_license"
    if w.REMOVE_RX.search(low):
        return "remove_license"
    if w.GRANT_RX.search(low) or w.UPGRADE_TO.search(low):
        return "assign_license"
    return None


def _is_mailbox(low: str) -> bool:
    rights = w.FULL_ACCESS.search(low) or w.SEND_AS.search(low) or w.SEND_ON_BEHALF.search(low)
    mailbox_word = re.search(w.MAILBOX, low)
    return bool(rights or mailbox_word or (re.search(w.ACCESS, low) and w.ADDRESS.search(low)))


def _has(low: str, needles: tuple[str, ...]) -> bool:
    return any(map(low.__contains__, needles))  # `n in low` for each, without a Python step per needle


# Cheap substring gates (as gates.GATES): an expression runs only where one of its words occurs at all.
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
    elif _is_mailbox(low) and (w.REMOVE_RX.search(low) or w.GRANT_RX.search(low) or rights_of(low)
                               or (re.search(w.ACCESS, low) and not w.FAULT.search(low))):
        kinds.append("revoke_mailbox_access" if w.REMOVE_RX.search(low) else "grant_mailbox_access")
    elif w.REMOVE_RX.search(low) and re.search(rf"\b{w.FROM}\s", low) and not sessions:
        kinds.append("remove_from_group")
    elif w.GRANT_RX.search(low) and (re.search(rf"\b{w.TO}\s", low) or NOUN_NAMED.search(text)) and _names_a_group(text, low):
        kinds.append("add_to_group")
    compromise = _has(low, _COMPROMISE_WORDS) and bool(w.COMPROMISE.search(low))
    if sessions or compromise:
        kinds.append("revoke_sessions")
    explicit_reset = bool(w.RESET_PASSWORD.search(low))
    if explicit_reset or compromise:
        kinds.append("reset_password")
    # "I'm locked out, please reset my password": the reset settles the lockout (settling.settle does the same);
    # an explicit "unlock" asked next to a reset is two requests.
    if w.UNLOCK.search(low) and (not explicit_reset or _EXPLICIT_UNLOCK.search(low)):
        kinds.append("unlock_account")
    if _has(low, _MFA_WORDS) and w.RESET_MFA.search(low):
        kinds.append("reset_mfa")
    return tuple(kinds)


_GROUP_LIKE = re.compile(
    rf"\b(?i:{w.TO})\s(?:(?i:the|de|het|la|le|el|der|die)\s)?(?:[\w&]+-[\w&-]+|[A-Z][\w&]*[A-Z0-9]?[\w&]*)"
    # "to estimating@contoso.com", "on the estimating@ address": people added to an address join its list (a grant
    # on a mailbox names a right or the mailbox, and _is_mailbox reads those first).
    rf"|\b(?i:{w.TO}|on|onto)\s(?:(?i:the|de|het|la|le|el|der|die)\s)?[\w.+-]+@"
)


# "add me to the one Sam talked about", "añadidme al que mencionó Sam": something to join, pointed at but not named
# (an add whose group is then unsaid, handed over as "which group?", rather than no request at all).
_POINTED = re.compile(rf"\b{w.TO}\s(?:the\s)?(?:one|that one|celui|celle|que|degene|diegene)\s")


def _names_a_group(text: str, low: str) -> bool:
    """'to the Billing Team', 'zur Gruppe Vertrieb', 'to Finance-Readers', 'to Billing': a name a directory could
    resolve (a group word, or a capitalised or hyphenated name after "to"); "to the meeting" is none. "To the one
    Sam talked about" points at one without its name."""
    return bool(w.GROUP_WORD.search(low) or _GROUP_LIKE.search(text) or _POINTED.search(low))


# -- the whole reading ---------------------------------------------------------------------------
_RESET_IT = re.compile(r"\b(?:reset|zur(?:ü|ue)cksetzen|r[ée]initialiser|restablecer|resetten)\b")



def _clause_intents(clause: Clause, previous: list[Person], before: str = "",
                    earlier: tuple[str, ...] = ()) -> tuple[list[Intent], list[Person]]:
    kinds = _kinds(clause.text)
    if not kinds and _RESET_IT.search(clause.low) and re.search(w.PASSWORD, before.lower()):
        kinds = ["reset_password"]  # "I don't remember my password. Please reset it."
    if not kinds:
        return [], previous
    objects: dict[str, list[str]] = {}
    people_addresses = [a for a in partial_address(clause) if "@" in a and not a.endswith("@")]
    for kind in kinds:
        if kind in ("grant_mailbox_access", "revoke_mailbox_access"):
            mailbox, people_addresses = mailbox_and_people(clause)
            objects[kind] = [mailbox]
        elif kind in ("add_to_group", "remove_from_group"):
            names = object_phrases(clause, w.TO if kind == "add_to_group" else w.FROM, [])
            # "der Gruppe Estimating (estimating@fabrikam.example)": an address in brackets after a group's name is
            # the group's own, never a person to add.
            own = [a for a in people_addresses if GROUP_ADDRESS.search(clause.low[: clause.low.find(a.lower())])]
            if own:
                names = own[:1]
            objects[kind] = names or [""]
            people_addresses = [a for a in people_addresses if a not in names]
    for kind in kinds:
        if kind in ("assign_license", "remove_license", "swap_license"):
            objects[kind] = [o for o in licences_of(clause, kind) if o]
    flat = [o for values in objects.values() for o in values if o]
    licence = any(k in ("assign_license", "remove_license", "swap_license") for k in kinds)
    people = people_of(clause, flat, people_addresses, licence=licence)
    if people == [REQUESTER] and w.PRONOUN.search(clause.low) and not w.SELF.search(clause.low):
        # "remove her access to billing@ - Sarah Lee no longer needs it": the one full name in the clause, else the
        # one person the sentences before named ("Adele Vance is covering reception. Please give her full access").
        full = [n for n in full_names(clause.text) if n not in flat]
        if not full and not previous and earlier:
            named = [n for n in full_names("\n".join(earlier)) if n not in flat]
            full = named if len(named) == 1 else []
        if len(full) == 1:
            people = [Person(name=full[0])]
    if said_nobody(clause, people) and previous:
        people = previous  # "reset Alex's password and unlock the account": still Alex
    elif people == [REQUESTER] and w.PRONOUN.search(clause.low) and len(previous) == 1 and not previous[0].is_requester:
        people = previous  # "... and add him to Sales"
    when = when_of(clause)
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
            obj, new = licences_of(clause, kind)
            targets = [(obj, new)]
        else:
            targets = [(o, "") for o in objects.get(kind, [""])]
        if kind in ("grant_mailbox_access", "revoke_mailbox_access"):
            extra["rights"] = rights_of(clause.low)
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
    found = _from_lines(content_lines(getattr(text, "request", ""), w.EMAIL))
    if not found:
        found = _from_lines([getattr(text, "subject", "")])
    return _unique(_without_settled_lockouts(found))[:MAX_INTENTS]


def only_asks_how(text: object) -> bool:
    """The request asks how something is done (or whether users may do it) and asks for nothing to be done.

    "How do I reset my password?" is a how-to question for a technician to answer, not a reset to run; "I forgot my
    password, how do I reset it?" states the problem and stays a request (its first sentence asks for a reset).
    """
    lines = content_lines(getattr(text, "request", ""), w.EMAIL) or [getattr(text, "subject", "")]
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
