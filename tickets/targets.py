"""Turning a person's name from a ticket into the account to act on, through the tenant's directory.

Triage reads "please add Alex Wilber to Finance-Readers" as `target_name: Alex Wilber` with no
address. Before planning, `resolve_named_target` looks that name up in the tenant's identity
provider and, only when the directory leaves no doubt, stores the account's UPN as `target_user`.
The planner never falls back to the requester for a named colleague: a name that does not resolve
escalates the ticket.

The rule (`match_name`, pure, so its table of cases is tested without a directory):
- The name must look like a name: letters, spaces, hyphens, apostrophes and dots, at most
  `MAX_NAME` characters. Anything else is left to a technician unread.
- A full name (two words or more) matches users whose display name is that name, ignoring case
  and extra spaces; accents count ("Zoë" is not "Zoe").
- A single word ("Megan", "Lee") may be a first name or a last name. Its candidates are the users
  whose display name starts with it and the users whose last word is it; it matches only when
  there is exactly one candidate and the word is that user's first or last word. "Alex" with
  "Alex Wilber" and "Alexandra Kim" in the directory is ambiguous (Alexandra may well go by Alex);
  "Lee" with "Lee Chen" and "Sarah Lee" is ambiguous; "Alex" with only "Alexandra Kim" is no
  match (a nickname is a guess).
- Every match counts towards "several", disabled accounts and accounts outside the verified
  domains included: the requester may mean any of them, and picking the "usable" one is exactly
  the guess this step must not make.
- The single match must be enabled and inside the tenant's verified domains; otherwise the ticket
  escalates, naming why.
The resolved account then goes through every trust rule like an address from the ticket would
(relation to the requester, safety floor, proof): resolving says who is meant, never that it is allowed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from audit.services import record
from rallied.actors import Actor
from rallied.connectors import ConnectorError, DirectoryUser, IdentityConnector
from tenants.models import Tenant
from tickets.models import Ticket
from tickets.services import add_event

MAX_NAME = 80
# A handle: one lower-case token as a login is spelt ("okta.admin", "jdoe42"), not a capitalised first name.
_HANDLE = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")
_NAME = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]*)*\.?")
SHOWN_CANDIDATES = 5  # how many of several accounts the escalation lists for the technician


@dataclass(frozen=True)
class NameMatch:
    """What the directory says a name means: the one account, or why there is none (`problem`)."""

    name: str
    upn: str = ""
    problem: str = ""
    candidates: tuple[str, ...] = field(default=())


def _fold(text: str) -> str:
    """Case- and space-insensitive, accent-sensitive form of a name (NFC so 'é' is one letter)."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def looks_like_a_name(name: str) -> bool:
    words = name.split()
    return 0 < len(name) <= MAX_NAME and bool(words) and all(_NAME.fullmatch(w) for w in words)


def _address(user: DirectoryUser) -> str:
    return (user.upn or user.mail).lower()


def _in_domains(user: DirectoryUser, domains: list[str]) -> bool:
    domain = _address(user).rpartition("@")[2]
    return bool(domain) and domain in {d.lower() for d in domains}


def candidates_for(name: str, users: list[DirectoryUser]) -> list[DirectoryUser]:
    """The users `name` may mean under the rule above (before checking enabled and domains)."""
    wanted = _fold(name)
    if " " in wanted:
        return [u for u in users if _fold(u.display_name) == wanted]
    # One word: a first name (everyone whose display name starts with it) or a last name (last word equal).
    return [u for u in users if _fold(u.display_name).startswith(wanted) or _last_word(u) == wanted]


def _last_word(user: DirectoryUser) -> str:
    words = _fold(user.display_name).split()
    return words[-1] if words else ""


def match_name(name: str, users: list[DirectoryUser], domains: list[str]) -> NameMatch:
    """Decide what `name` resolves to among `users` (the directory's search results). Pure."""
    shown = " ".join(name.split())
    if not looks_like_a_name(shown):
        return NameMatch(shown, problem=f"'{shown[:MAX_NAME]}' does not look like a person's name; "
                                        "a technician must pick the account")
    found = candidates_for(shown, users)
    addresses = tuple(sorted(_address(u) for u in found))
    if not found:
        return NameMatch(shown, problem=f"No one named '{shown}' in the directory; which account is meant?")
    if len(found) > 1:
        listed = ", ".join(addresses[:SHOWN_CANDIDATES]) + (", ..." if len(addresses) > SHOWN_CANDIDATES else "")
        return NameMatch(shown, candidates=addresses,
                         problem=f"{len(found)} people named '{shown}' in the directory ({listed}); which one?")
    user = found[0]
    if " " not in _fold(shown) and _fold(shown) not in (_fold(user.display_name).split()[0], _last_word(user)):
        return NameMatch(shown, candidates=addresses,
                         problem=f"No one named exactly '{shown}' in the directory (only {user.display_name}, "
                                 f"{_address(user)}); which account is meant?")
    if not _in_domains(user, domains):
        return NameMatch(shown, candidates=addresses,
                         problem=f"The only '{shown}' in the directory ({_address(user)}) is outside the "
                                 "tenant's verified domains")
    if not user.enabled:
        return NameMatch(shown, candidates=addresses,
                         problem=f"The only '{shown}' in the directory ({_address(user)}) is disabled")
    return NameMatch(shown, upn=_address(user), candidates=addresses)


def lookup_name(*, tenant: Tenant, name: str, idp: IdentityConnector | None) -> NameMatch:
    """Ask the tenant's identity provider who `name` is (reads only) and apply the rule."""
    shown = " ".join(name.split())
    if idp is None:
        return NameMatch(shown, problem=f"names {shown} but the tenant has no identity provider to look them up")
    try:
        handle = handle_match(shown, idp, tenant.domains) if _HANDLE.fullmatch(shown) else None
        if handle is not None:
            return handle
        if not looks_like_a_name(shown):
            return match_name(shown, [], tenant.domains)
        users = idp.find_users_by_name(shown)
        match = match_name(shown, users, tenant.domains)
        if match.upn:
            # The search result is a summary: read the account itself before trusting it.
            user = idp.get_user(match.upn)
            if user is None or _address(user) != match.upn:
                return NameMatch(shown, problem=f"'{shown}' was found but their account could not be read back")
            if not user.enabled:
                return NameMatch(shown, problem=f"The only '{shown}' in the directory ({match.upn}) is disabled")
    except ConnectorError as exc:
        return NameMatch(shown, problem=f"Looking up '{shown}' in the directory failed: {exc}")
    return match


def handle_match(handle: str, idp: IdentityConnector, domains: list[str]) -> NameMatch | None:
    """An account named by its handle ("okta.admin", "jdoe42"): the user whose address is handle@ a verified domain.

    None when no account has that handle (the caller then reads it as a first name); a handle that is an
    account in two verified domains is ambiguous, like a shared first name.
    """
    found: dict[str, DirectoryUser] = {}
    for domain in domains:
        user = idp.get_user(f"{handle}@{domain}")
        if user is not None and _in_domains(user, domains):
            found[user.id] = user
    if not found:
        return None
    addresses = tuple(sorted(_address(u) for u in found.values()))
    if len(found) > 1:
        return NameMatch(handle, candidates=addresses,
                         problem=f"{len(found)} accounts named '{handle}' in the directory "
                                 f"({', '.join(addresses)}); which one?")
    user = next(iter(found.values()))
    if not user.enabled:
        return NameMatch(handle, candidates=addresses,
                         problem=f"The account '{handle}' in the directory ({_address(user)}) is disabled")
    return NameMatch(handle, upn=_address(user), candidates=addresses)


def needs_lookup(entities: dict[str, Any]) -> str:
    """The name to look up: a named person without an address (empty when there is nothing to resolve)."""
    name = str(entities.get("target_name") or "").strip()
    return name if name and not entities.get("target_user") else ""


def resolve_named_target(*, ticket: Ticket, actor: Actor, idp: IdentityConnector | None) -> str:
    """Resolve the ticket's named target in the directory. Returns '' when done, else the reason to escalate.

    On success the UPN becomes `entities.target_user` (the planner's `{target}`), with a timeline
    row and an audit event; on failure nothing on the ticket changes except what the caller's
    escalation writes.
    """
    name = needs_lookup(ticket.entities or {})
    if not name:
        return ""
    match = lookup_name(tenant=ticket.tenant, name=name, idp=idp)
    if not match.upn:
        return match.problem
    with transaction.atomic():
        entities = {**(ticket.entities or {}), "target_user": match.upn}
        Ticket.objects.filter(pk=ticket.pk).update(entities=entities)
        ticket.entities = entities
        message = f"Resolved '{match.name}' to {match.upn} in the directory."
        add_event(ticket=ticket, actor=actor, kind="target_resolved", message=message,
                  data={"name": match.name, "target": match.upn})
        record(actor=actor, verb="ticket.target_resolved", obj=ticket, tenant=ticket.tenant,
               details={"name": match.name, "target": match.upn})
    return ""
