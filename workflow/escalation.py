"""Handing a ticket to a technician: the one way every part of the lifecycle escalates."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django.db import transaction

from approvals.notify import notify_staff
from rallied.actors import Actor
from rallied.logs import mask_secret_paths
from tickets.choices import FINAL_STATUSES, TicketStatus
from tickets.models import Ticket
from tickets.psa import check_psa_ticket, write_back
from tickets.services import escalate_ticket
from workflow import messages
from workflow.choices import ReplyStage
from workflow.replies import send_reply


def escalate(ticket: Ticket, reason: str, *, actor: Actor, triage_note: bool = False, reopen: bool = False) -> str:
    """Escalate with the reason, and say so in the PSA once that has committed (a final ticket is left alone).
    `reopen`: the PSA ticket was closed and goes back to open first, so the technician's queue shows it."""
    if escalate_ticket(ticket=ticket, actor=actor, reason=reason):
        note = messages.escalation_note(ticket, reason, include_triage=triage_note)
        transaction.on_commit(lambda: write_back(ticket, internal_note=note, reopen=reopen))
        # The requester hears that a person has it, and what was done already; never the internal reason.
        transaction.on_commit(lambda: send_reply(ticket=ticket, stage=ReplyStage.ESCALATED))
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


log = logging.getLogger("rallied.pipeline")
CRASH_ACTOR = "system:pipeline"


def escalate_crash(ticket_id: int, *, stage: str, error: str, tell_anyway: bool = False, notice_key: str = "") -> str:
    """A step stopped on an unexpected exception: the ticket goes to a technician with the reason, and the
    tenant's staff are told (approvals/notify.py), because nothing else would move it.

    A ticket that is final already is left as it is; staff still hear of the crash when `tell_anyway` (an action's
    crash: the ticket may have been escalated a moment earlier by the action's own failure, without the cause).
    `notice_key` names the crash, so a task delivered twice tells staff once (approvals/notify.notify_staff's `once`).
    """
    ticket = Ticket.objects.select_related("tenant").filter(pk=ticket_id).first()
    if ticket is None:
        return "gone"
    reason = (f"Rallied stopped on an unexpected error while {stage} ({mask_secret_paths(error)[:300]}). "
              "Nothing more runs on its own for this ticket; please take it from here.")
    with transaction.atomic():
        if ticket.status not in FINAL_STATUSES:
            escalate(ticket, reason, actor=CRASH_ACTOR)
            ticket.refresh_from_db(fields=["status", "escalation_reason"])
            tell = ticket.escalation_reason == reason or tell_anyway
        else:
            tell = tell_anyway
        if tell:
            notify_staff(tenant=ticket.tenant, subject=f"Ticket #{ticket.pk} escalated after an error",
                         text=f"{ticket.subject[:120]}: {reason}", topic="ticket.crashed", obj=ticket,
                         once=notice_key)
    return ticket.status


def guarded(ticket_id: int, stage: str, step: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run one lifecycle step; an exception it did not expect escalates the ticket instead of leaving it open."""
    try:
        return step(*args, **kwargs)
    except Exception as exc:
        log.exception("ticket %s: crashed while %s", ticket_id, stage, extra={"ticket_id": ticket_id})
        return escalate_crash(ticket_id, stage=stage, error=f"{type(exc).__name__}: {exc}")
