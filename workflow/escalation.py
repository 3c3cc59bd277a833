"""Handing a ticket to a technician: the one way every part of the lifecycle escalates."""

from __future__ import annotations

from django.db import transaction

from rallied.actors import Actor
from tickets.choices import TicketStatus
from tickets.models import Ticket
from tickets.psa import write_back
from tickets.services import escalate_ticket
from workflow import messages


def escalate(ticket: Ticket, reason: str, *, actor: Actor, triage_note: bool = False) -> str:
    """Escalate with the reason, and say so in the PSA once that has committed (a final ticket is left alone)."""
    if escalate_ticket(ticket=ticket, actor=actor, reason=reason):
        note = messages.escalation_note(ticket, reason, include_triage=triage_note)
        transaction.on_commit(lambda: write_back(ticket, internal_note=note))
    return TicketStatus.ESCALATED
