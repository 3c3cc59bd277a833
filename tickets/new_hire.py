"""The new hire's address, chosen once per ticket from the tenant's naming convention and checked against the IdP.

Triage reads the new hire's name ("New starter: Jane Doe"); the address is the first candidate of the convention
(rallied/naming.py: `jane.doe`, then `jane.m.doe`, then `jane.doe2` ...) that the directory does not hold. The choice
is kept on the ticket's entities (`new_hire_address`) with a timeline row and an audit event, and a later round or a
resumed step reuses it: once the account exists its address is "taken", and choosing again would plan a second
account.

A person of the same name already in the directory stops the choice: that may be the same person (a rehire, a
duplicate ticket) and a second account for them is worse than a technician's look.

The manager the ticket names ("Manager: Lee Chen", "reports to lee.chen@...") is looked up like any named person
(tickets/targets.lookup_name: exactly one enabled account in the tenant's domains) and kept as `manager_address`:
the set-manager step's value and the address the first-day credentials go to (workflow/delivery.py). A manager who
does not resolve is left to a technician (playbooks/onboarding.py lists the step), never guessed. The person whose
access the new hire is to get ("same access as Alex Wilber") is resolved the same way, as `same_as_address`.
"""

from __future__ import annotations

from django.db import transaction

from audit.services import record
from rallied.actors import Actor
from rallied.connectors import ConnectorError, IdentityConnector
from rallied.intents import Intent
from rallied.naming import DEFAULT_PATTERNS, NAMING_DOMAIN_KEY, NAMING_PATTERNS_KEY, candidates, check_patterns
from tickets.models import Ticket
from tickets.services import add_event
from tickets.targets import lookup_name

ADDRESS_KEY = "new_hire_address"
MANAGER_KEY = "manager_address"
SAME_AS_KEY = "same_as_address"


def _convention(ticket: Ticket, idp: IdentityConnector) -> tuple[list[str], str]:
    patterns = idp.config.get(NAMING_PATTERNS_KEY)
    if patterns is None or check_patterns(patterns):  # unset or unusable (a connection saved before the check)
        patterns = list(DEFAULT_PATTERNS)
    domains = ticket.tenant.domains or []
    domain = str(idp.config.get(NAMING_DOMAIN_KEY) or (domains[0] if domains else ""))
    return patterns, domain


def new_hire_address(ticket: Ticket, intent: Intent, *, actor: Actor,
                     idp: IdentityConnector | None) -> tuple[str, str]:
    """(the new hire's address, '') or ('', why there is none, for a technician)."""
    entities = ticket.entities or {}
    kept = str(entities.get(ADDRESS_KEY) or "")
    if kept:
        return kept, ""
    name = " ".join((intent.target_name or str(entities.get("new_hire_name") or "")).split())
    if not name:
        return "", "The ticket does not say the new hire's name, so Rallied cannot make their address."
    if idp is None:
        return "", f"The tenant has no identity provider to create {name}'s account in."
    patterns, domain = _convention(ticket, idp)
    tried = candidates(name, domain=domain, patterns=patterns)
    if not tried:
        return "", (f"'{name}' does not give an address under the tenant's naming convention (a first and a last "
                    "name are needed).")
    try:
        namesakes = [u for u in idp.find_users_by_name(name)
                     if " ".join(u.display_name.split()).casefold() == name.casefold()]
        if namesakes:
            return "", (f"{name} may already have an account ({', '.join(sorted(u.upn for u in namesakes)[:3])}): "
                        "a technician decides whether this is the same person before a second account is made.")
        address = next((a for a in tried if idp.get_user(a) is None), "")
    except ConnectorError as exc:
        return "", f"Checking the new hire's address in the directory failed: {exc}"
    if not address:
        return "", f"Every address the naming convention gives for {name} is taken ({', '.join(tried[:4])} ...)."
    taken = f" ({', '.join(tried[: tried.index(address)])} taken)" if tried.index(address) else ""
    _keep(ticket, actor=actor, key=ADDRESS_KEY, value=address, kind="new_hire_address",
          message=f"{name}'s address under the naming convention: {address}{taken}.",
          details={"name": name, "address": address, "taken": tried[: tried.index(address)]})
    return address, ""


def resolve_manager(ticket: Ticket, *, actor: Actor, idp: IdentityConnector | None) -> str:
    """The named manager's address (kept on the ticket), or '' when the ticket names none or it did not resolve."""
    return _resolve_person(ticket, named_by="manager", key=MANAGER_KEY, what="the new hire's manager", actor=actor,
                           idp=idp)


def resolve_template_person(ticket: Ticket, *, actor: Actor, idp: IdentityConnector | None) -> str:
    """The address of the person whose access the new hire is to get ("same access as Alex Wilber"), or ''."""
    return _resolve_person(ticket, named_by="same_as", key=SAME_AS_KEY, what="the person whose access to copy",
                           actor=actor, idp=idp)


def _resolve_person(ticket: Ticket, *, named_by: str, key: str, what: str, actor: Actor,
                    idp: IdentityConnector | None) -> str:
    entities = ticket.entities or {}
    named = " ".join(str(entities.get(named_by) or "").split())
    if not named or entities.get(key):
        return str(entities.get(key) or "")
    if "@" in named:  # an address as written: it must be one enabled account of the tenant, like a resolved name
        try:
            user = idp.get_user(named) if idp is not None else None
        except ConnectorError:
            return ""
        domains = {d.lower() for d in ticket.tenant.domains or []}
        address = (user.upn or user.mail).lower() if user is not None and user.enabled else ""
        if address.rpartition("@")[2] not in domains:
            return ""
    else:
        address = lookup_name(tenant=ticket.tenant, name=named, idp=idp).upn
    if address:
        _keep(ticket, actor=actor, key=key, value=address, kind="target_resolved",
              message=f"Resolved {what} '{named}' to {address} in the directory.",
              details={"name": named, named_by: address})
    return address


def _keep(ticket: Ticket, *, actor: Actor, key: str, value: str, kind: str, message: str,
          details: dict[str, object]) -> None:
    with transaction.atomic():
        entities = {**(ticket.entities or {}), key: value}
        Ticket.objects.filter(pk=ticket.pk).update(entities=entities)
        ticket.entities = entities
        add_event(ticket=ticket, actor=actor, kind=kind, message=message, data=details)
        record(actor=actor, verb=f"ticket.{kind}", obj=ticket, tenant=ticket.tenant, details=details)
