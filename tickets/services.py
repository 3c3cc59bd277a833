"""Every write to tickets: ingest, transitions, escalation and timeline notes.

Each operation is keyword-only, takes the acting `actor`, runs in one transaction with its audit
event, and queues follow-up work only once that transaction has committed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone

from audit.models import AuditEvent
from audit.services import FINISHED, pending_event, pending_written, record, unit_of_work
from rallied.actors import Actor
from rallied.inserts import can_insert_linked, insert_linked
from rallied.kept_updates import update_where
from tenants.models import ApiToken, Tenant
from tickets.choices import FINAL_STATUSES, REENTRY_STATUSES, REOPEN_WINDOW_DAYS, TICKET_TRANSITIONS, TicketStatus
from tickets.models import Ticket, TicketEvent
from tickets.signals import requester_replied, ticket_received, ticket_taken_over
from tickets.timeline import add_event, new_event, write_event

log = logging.getLogger("rallied.tickets")

class InvalidTransition(Exception):
    """A status change the state machine does not allow."""


def submitter_of(actor: Actor) -> tuple[Any, ApiToken | None]:
    """(user, token) who submitted through `actor`: a user token acts for its technician, a tenant token for no
    person; a signed-in user is themself. Anything else (a PSA poller, the system) submitted for nobody."""
    if isinstance(actor, ApiToken):
        return actor.user, actor
    if getattr(actor, "_meta", None) is not None and getattr(actor, "is_authenticated", False) and hasattr(
            actor, "get_username"):
        return actor, None
    return None, None


@dataclass(frozen=True)
class Ingested:
    """What one ingest did: the ticket, whether this call stored it, and the timeline event it wrote then (None for
    a repeat). A caller answering with the new ticket has it as stored without reading it back (workflow/api.py)."""

    ticket: Ticket
    created: bool
    received: TicketEvent | None = None


def ingest_ticket(**kwargs: Any) -> tuple[Ticket, bool]:
    """take_in_ticket's (ticket, created), what most callers want."""
    ingested = take_in_ticket(**kwargs)
    return ingested.ticket, ingested.created


def take_in_ticket(
    *,
    actor: Actor,
    tenant: Tenant,
    source: str,
    external_id: str,
    subject: str,
    body: str,
    requester_email: str,
    requester_name: str = "",
    psa_ticket_id: str = "",
    enqueue: bool = True,
) -> Ingested:
    """Store a ticket once per tenant + source + external id; a repeat returns the stored one unchanged.

    Its own transaction when the caller has none, then no savepoint either; on PostgreSQL with the audit event
    deferred (the API view), one statement (rallied/inserts.py). A repeat is found by the
    unique constraint (tenant, source, external id) refusing the insert, the one check that also holds when two
    deliveries race: a SELECT before it was one more statement on every new ticket to spare the rare repeat an
    insert that rolls back (issue 17)."""
    user, token = submitter_of(actor)
    ticket = Ticket(
        submitted_by=user, submitted_by_token=token,
        tenant=tenant, source=source, external_id=external_id, subject=subject[:500], body=body,
        requester_email=requester_email.strip().lower(), requester_name=requester_name[:200],
        psa_ticket_id=psa_ticket_id or (external_id if source != "api" else ""),
    )
    message = f"Received from {source}."
    details = {"source": source, "external_id": external_id, "requester": ticket.requester_email,
               "submitted_by": user.get_username() if user is not None else None}
    try:
        if can_insert_linked(Ticket, TicketEvent, AuditEvent) and (pending := pending_event(
                actor=actor, verb="ticket.received", obj=ticket, tenant=tenant, details=details)) is not None:
            # The API view's case (no transaction, the audit event written pending): the ticket, its timeline event
            # and its audit event in one statement, one round trip instead of five (rallied/inserts.py, issue 17).
            received = new_event(ticket=ticket, actor=actor, kind="received", to_status=TicketStatus.RECEIVED,
                                 message=message)
            insert_linked(ticket, [(received, {"ticket_id": ""}), (pending, {"object_id": "text"})])
            received.ticket = ticket
            pending_written()
            if enqueue:
                ticket_received.send(sender=Ticket, ticket_id=ticket.pk)
            return Ingested(ticket, True, received)
        with transaction.atomic():
            ticket.save(force_insert=True)
            received = write_event(ticket=ticket, actor=actor, kind="received", to_status=TicketStatus.RECEIVED,
                                   message=message)
            record(actor=actor, verb="ticket.received", obj=ticket, tenant=tenant, details=details)
            if enqueue:  # workflow/ starts the ticket's path once it is stored
                transaction.on_commit(lambda: ticket_received.send(sender=Ticket, ticket_id=ticket.pk))
    except IntegrityError:
        # Taken in before, or by a delivery racing this one: that one owns the pipeline run, and nothing of this
        # call's was kept (its statement or block rolled back whole: no event, no audit event, no doorbell).
        existing = Ticket.objects.filter(tenant=tenant, source=source, external_id=external_id).first()
        if existing is None:
            raise  # another constraint: a bug to see, not a repeat
        return Ingested(existing, False)
    return Ingested(ticket, True, received)


def transition_ticket(
    *,
    ticket: Ticket,
    to: str,
    actor: Actor,
    message: str = "",
    data: dict[str, Any] | None = None,
    **fields: Any,
) -> bool:
    """Move a ticket to `to` if it is still in the status we read. False when another worker moved it first.

    InvalidTransition only when the row is still in the status we read: that is a caller asking for a move the
    state machine forbids. A row that moved meanwhile is a lost race whatever `to` is (the conditional update could
    not have won either): a duplicate delivery of the same task ends quietly here instead of crashing its worker.
    So is a ticket already in `to` (a caller that re-read it after the winner's move, e.g. look_before_writing).
    """
    old = ticket.status
    if to not in TICKET_TRANSITIONS.get(old, set()):
        if old == to or _moved_since_read(ticket):
            return _lost(ticket, old, to)
        raise InvalidTransition(f"Ticket {ticket.pk}: {old} -> {to} is not allowed.")
    if to == TicketStatus.RESOLVED:
        fields.setdefault("resolved_at", timezone.now())
    # Joins the caller's unit: its audit event and timeline row wait for the step's end. A final status makes the
    # unit chain its events (audit.services.FINISHED: a finished ticket's trail is whole at once).
    with unit_of_work(chain=FINISHED if to in FINAL_STATUSES else ""):
        # Its text kept once per shape (rallied/kept_updates.py): the same statement, not compiled per move.
        won = update_where(Ticket, {"pk": ticket.pk, "status": old},
                           {"status": to, "updated_at": timezone.now(), **fields})
        if won != 1:
            return _lost(ticket, old, to)
        ticket.status = to
        for key, value in fields.items():
            setattr(ticket, key, value)
        add_event(ticket=ticket, actor=actor, kind="status", from_status=old, to_status=to,
                  message=message, data=data)
        record(actor=actor, verb=f"ticket.{to}", obj=ticket, tenant=ticket.tenant,
               details={"from": old, "to": to, "message": message[:500]})
    return True


def _moved_since_read(ticket: Ticket) -> bool:
    return Ticket.objects.filter(pk=ticket.pk).exclude(status=ticket.status).exists()


def _lost(ticket: Ticket, old: str, to: str) -> bool:
    # Debug, not warning: with at-least-once delivery and the sweep re-ringing, losing is the normal fate of a
    # duplicate. The in-memory status is left as read, so the loser's next conditional transition loses too.
    log.debug("ticket %s: %s -> %s lost the race (the row moved meanwhile)", ticket.pk, old, to)
    return False


def escalate_ticket(*, ticket: Ticket, actor: Actor, reason: str) -> bool:
    """Hand the ticket to a human with a reason they can act on. Final tickets are left alone."""
    ticket.refresh_from_db(fields=["status"])
    if ticket.status in FINAL_STATUSES:
        return False
    return transition_ticket(ticket=ticket, to=TicketStatus.ESCALATED, actor=actor, message=reason,
                             escalation_reason=reason)


def save_triage(*, ticket: Ticket, actor: Actor, result: dict[str, Any]) -> bool:
    """Store the triage result with the move to `triaged`, in the one conditional update: this is the claim on a
    received ticket. False when another worker triaged it first; its result stands and this caller stops."""
    category, confidence = result.get("category", ""), result.get("confidence")
    return transition_ticket(
        ticket=ticket, to=TicketStatus.TRIAGED, actor=actor,
        message=f"Category {category} (confidence {confidence or 0:.2f}).",
        data={"engine": result.get("engine"), "fallback_reason": result.get("fallback_reason")},
        category=category, confidence=confidence, entities=result.get("entities", {}),
        intents=result.get("intents") or [], triage=result, language=result.get("language") or "",
    )


def save_verification(*, ticket: Ticket, actor: Actor, verification: dict[str, Any]) -> None:
    update_where(Ticket, {"pk": ticket.pk}, {"verification": verification})
    ticket.verification = verification
    add_event(ticket=ticket, actor=actor, kind="verification", message=verification.get("summary", ""),
              data=verification)
    record(actor=actor, verb="requester.verified", obj=ticket, tenant=ticket.tenant, details=verification)


def take_over_ticket(*, ticket: Ticket, actor: Actor, reason: str, data: dict[str, Any] | None = None) -> bool:
    """A person took the ticket in the PSA: Rallied stops on it. False when it was already a person's.

    A ticket Rallied resolved that a person picks up again within the reopen window counts as reopened too.
    workflow/ withdraws what was still pending once this commits (`ticket_taken_over`).
    """
    ticket.refresh_from_db(fields=["status", "resolved_at", "reopened"])
    if TicketStatus.TAKEN_OVER not in TICKET_TRANSITIONS.get(ticket.status, set()):
        return False
    came_back = (ticket.status == TicketStatus.RESOLVED and (data or {}).get("state") != "closed"
                 and _within_window(ticket))
    fields = {"reopened": ticket.reopened + 1} if came_back else {}
    with transaction.atomic():
        if not transition_ticket(ticket=ticket, to=TicketStatus.TAKEN_OVER, actor=actor, message=reason,
                                 data=data, **fields):
            return False
        if came_back:
            record(actor=actor, verb="ticket.reopened", obj=ticket, tenant=ticket.tenant,
                   details={"by": "a person in the PSA", "reopened": ticket.reopened, "reason": reason[:500]})
        ticket_id = ticket.pk
        transaction.on_commit(lambda: ticket_taken_over.send(sender=Ticket, ticket_id=ticket_id))
    return True


def _within_window(ticket: Ticket) -> bool:
    return ticket.resolved_at is not None and timezone.now() - ticket.resolved_at <= timedelta(days=REOPEN_WINDOW_DAYS)


def note_requester_reply(*, ticket: Ticket, actor: Actor, entry_id: int, kind: str, text: str,
                         subject: str = "") -> TicketEvent:
    """Keep a requester's message on the timeline with what it was read as; one that may change the ticket
    (`new_request`, `still_broken`) rings workflow/ once this commits."""
    with transaction.atomic():
        event = write_event(ticket=ticket, actor=actor, kind="requester.replied", message=text[:4000],
                          data={"psa_entry": entry_id, "reads_as": kind, "subject": subject[:300]})
        record(actor=actor, verb="ticket.requester_replied", obj=ticket, tenant=ticket.tenant,
               details={"psa_entry": entry_id, "reads_as": kind, "status": ticket.status})
        if kind in ("new_request", "still_broken"):
            ticket_id, event_id = ticket.pk, event.pk
            transaction.on_commit(lambda: requester_replied.send(sender=Ticket, ticket_id=ticket_id,
                                                                 event_id=event_id))
    return event


def reopen_ticket(*, ticket: Ticket, actor: Actor, message: str, subject: str = "", body: str = "",
                  still_broken: bool = False) -> bool:
    """Start the ticket's next round from the requester's message: back to `received`, the message as its text.

    "Still not working" on a ticket Rallied resolved within the reopen window counts as reopened against what
    Rallied did (`reopened` + 1, audited); a new request is a new round of the same ticket, not a reopen.
    """
    ticket.refresh_from_db(fields=["status", "resolved_at", "reopened", "round"])
    if ticket.status not in REENTRY_STATUSES:
        return False
    counts = still_broken and ticket.status == TicketStatus.RESOLVED and _within_window(ticket)
    fields: dict[str, Any] = {"round": ticket.round + 1, "round_started_at": timezone.now(), "resolved_at": None}
    if counts:
        fields["reopened"] = ticket.reopened + 1
    if body:
        fields.update(subject=(subject or ticket.subject)[:500], body=body)
    with transaction.atomic():
        if not transition_ticket(ticket=ticket, to=TicketStatus.RECEIVED, actor=actor, message=message, **fields):
            return False
        record(actor=actor, verb="ticket.reopened" if counts else "ticket.reentered", obj=ticket,
               tenant=ticket.tenant, details={"round": ticket.round, "reopened": ticket.reopened,
                                              "still_broken": still_broken, "message": message[:500]})
    return True
