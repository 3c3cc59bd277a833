"""Whose account each intent is about, when the ticket names a person without an address: the directory says.

The ticket's one named person (triage's `target_name`) is resolved as before (tickets/targets.resolve_named_target
keeps the address on the ticket's entities, with its timeline row); every other intent that names someone else is
looked up the same way. A name that does not resolve to exactly one account makes only that intent a technician's:
the ticket's other intents still run. A new hire is never looked up: they are not in the directory yet; their address
comes from the tenant's naming convention (tickets/new_hire.py).
"""

from __future__ import annotations

from django.db import transaction

from audit.services import record
from playbooks.planning import ticket_intents
from rallied.actors import Actor
from rallied.connectors import IdentityConnector
from tickets.models import Ticket
from tickets.new_hire import new_hire_address, resolve_manager, resolve_template_person
from tickets.services import add_event
from tickets.targets import lookup_name, needs_lookup, resolve_named_target


def _same(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def resolve_intent_targets(ticket: Ticket, *, actor: Actor,
                           idp: IdentityConnector | None) -> tuple[dict[int, str], dict[int, str]]:
    """({intent index: the address its person resolved to}, {intent index: why it did not resolve})."""
    entity_name = needs_lookup(ticket.entities or {})
    entity_problem = resolve_named_target(ticket=ticket, actor=actor, idp=idp) if entity_name else ""
    entities = ticket.entities or {}
    resolved: dict[int, str] = {}
    unresolved: dict[int, str] = {}
    intents = ticket_intents(ticket)
    if entity_problem and len(intents) == 1 and not intents[0].target and not intents[0].target_name:
        return {}, {0: entity_problem}  # its only intent is about the person the ticket names (intent_values)
    for index, intent in enumerate(intents):
        name = intent.target_name.strip()
        if intent.kind == "onboarding" and not intent.target:
            address, problem = new_hire_address(ticket, intent, actor=actor, idp=idp)
            if address:
                resolved[index] = address
                resolve_manager(ticket, actor=actor, idp=idp)
                resolve_template_person(ticket, actor=actor, idp=idp)
            else:
                unresolved[index] = problem
            continue
        if intent.target or not name or intent.kind == "onboarding":
            continue
        if _same(name, str(entities.get("target_name") or "")):
            if entities.get("target_user"):
                resolved[index] = str(entities["target_user"])
                continue
            if entity_problem:
                unresolved[index] = entity_problem
                continue
        match = lookup_name(tenant=ticket.tenant, name=name, idp=idp)
        if not match.upn:
            unresolved[index] = match.problem
            continue
        resolved[index] = match.upn
        with transaction.atomic():
            add_event(ticket=ticket, actor=actor, kind="target_resolved",
                      message=f"Resolved '{match.name}' to {match.upn} in the directory.",
                      data={"name": match.name, "target": match.upn, "intent": index})
            record(actor=actor, verb="ticket.target_resolved", obj=ticket, tenant=ticket.tenant,
                   details={"name": match.name, "target": match.upn, "intent": index})
    return resolved, unresolved
