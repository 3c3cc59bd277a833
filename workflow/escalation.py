"""Handing a ticket to a technician: the one way every part of the lifecycle escalates."""

from __future__ import annotations

from django.db import transaction

from approvals.notify import notify_staff
from rallied.actors import Actor
from tickets.choices import TicketStatus
from tickets.models import Ticket
from tickets.psa import check_psa_ticket, write_back
from tickets.services import escalate_ticket
from workflow import messages


def escalate(ticket: Ticket, reason: str, *, actor: Actor, triage_note: bool = False) -> str:
    """Escalate with the reason, and say so in the PSA once that has committed (a final ticket is left alone)."""
    if escalate_ticket(ticket=ticket, actor=actor, reason=reason):
        note = messages.escalation_note(ticket, reason, include_triage=triage_note)
        transaction.on_commit(lambda: write_back(ticket, internal_note=note))
    return TicketStatus.ESCALATED


def escalate_if_psa_ticket_foreign(ticket: Ticket, *, actor: Actor) -> str | None:
    """Escalate (inside Rallied only) when the ticket's PSA ticket is not the tenant's and the requester's.

    tickets/psa.check_psa_ticket reads it once and remembers; write_back then writes nothing to it, so the
    escalation note stays on the timeline ("psa.withheld") and staff are told here. None: carry on.
    """
    check = check_psa_ticket(ticket)
    if check.ok is not False:
        return None
    reason = f"The PSA ticket sent with this ticket was refused: {check.reason}"
    if escalate_ticket(ticket=ticket, actor=actor, reason=reason):
        note = messages.escalation_note(ticket, reason, include_triage=False)
        transaction.on_commit(lambda: write_back(ticket, internal_note=note))
        notify_staff(tenant=ticket.tenant, subject=f"Ticket #{ticket.pk}: PSA ticket reference refused",
                     text=reason, topic="psa.reference_refused", obj=ticket)
    return TicketStatus.ESCALATED
