"""The requester wrote back on a ticket in the PSA (tickets/updates.py read it as a new request or as "still not
working"): the same ticket takes its next round through the one path every ticket takes.

- "Still not working" on a ticket Rallied resolved or planned: the ticket reopens (counted against what Rallied did
  when it had resolved it within the reopen window), the PSA ticket is opened again, and a technician gets it with
  its history (what Rallied did, when, and what the requester says now). Rallied does not repeat a fix that did
  not hold.
- A new request: the ticket reopens with the message as its text and goes through triage, target resolution,
  planning and the one re-decision (`workflow.lifecycle.start_ticket`), exactly as a new ticket would.
- While Rallied is still working on the ticket a new request waits, and the round's end picks it up
  (`follow_waiting`); "still not working" written before the fix ran says nothing about the fix.
  On a ticket a person has (escalated, taken over) it is theirs to read: nothing runs.
"""

from __future__ import annotations

import re

from django.db import transaction
from django.utils import timezone

from rallied.kept_queries import KeptQuery
from rallied.tasks import dispatch
from tickets.choices import OPEN_STATUSES, REENTRY_STATUSES, TicketStatus
from tickets.models import Ticket, TicketEvent
from tickets.psa import write_back
from tickets.reads import TICKET_WITH_TENANT
from tickets.services import reopen_ticket
from workflow.escalation import escalate

ACTOR = "system:pipeline"
_REPLY_PREFIX = re.compile(r"^\s*((re|aw|sv|fw|fwd|wg)\s*:\s*)+", re.I)
REPLIED = "requester.replied"


def follow_reply(ticket_id: int, event_id: int) -> str:
    """Act on one requester message once. Returns the ticket's status afterwards."""
    ticket = TICKET_WITH_TENANT.get(pk=ticket_id)
    event = TicketEvent.objects.filter(pk=event_id, ticket=ticket, kind=REPLIED).first()
    if event is None or (event.data or {}).get("followed"):
        return ticket.status
    kind = (event.data or {}).get("reads_as")
    if ticket.status in OPEN_STATUSES:
        if kind == "new_request":
            _mark(event, waiting=True)
        else:  # "still locked out" before Rallied's fix has run says nothing about the fix
            _mark(event, followed=True, outcome="written before this round's work had ended")
        return ticket.status
    if ticket.status not in REENTRY_STATUSES:
        _mark(event, followed=True, outcome=f"left to the person who has the ticket ({ticket.status})")
        return ticket.status
    if kind == "still_broken":
        return _still_broken(ticket, event)
    if kind == "new_request":
        return _new_request(ticket, event)
    return ticket.status


# The ticket's replies, oldest first: ticket.events.filter(kind=REPLIED)'s statement, read at every settle, kept.
_REPLIES: KeptQuery[TicketEvent] = KeptQuery(
    lambda ticket_id: TicketEvent.objects.filter(ticket=ticket_id).filter(kind=REPLIED).order_by("pk"), ticket_id=int)


def follow_waiting(ticket: Ticket) -> None:
    """Once a round has ended: the requester's messages that came while it ran, oldest first, one round each."""
    waiting = [e for e in _REPLIES.all(ticket_id=ticket.pk) if (e.data or {}).get("waiting")
               and not (e.data or {}).get("followed")]
    if waiting:
        event_id = waiting[0].pk
        transaction.on_commit(lambda: dispatch("workflow.tasks.follow_reply_task", ticket.pk, event_id))


def _mark(event: TicketEvent, **data: object) -> None:
    event.data = {**(event.data or {}), **data}
    TicketEvent.objects.filter(pk=event.pk).update(data=event.data)


def _still_broken(ticket: Ticket, event: TicketEvent) -> str:
    resolved_at = ticket.resolved_at
    was = ticket.get_status_display().lower()
    with transaction.atomic():
        if not reopen_ticket(ticket=ticket, actor=ACTOR, still_broken=True,
                             message="The requester says it is still not working; reopened with its history."):
            return ticket.status
        _mark(event, followed=True, outcome="reopened")
        when = f" on {timezone.localtime(resolved_at):%Y-%m-%d %H:%M}" if resolved_at else ""
        reason = (f"The requester wrote back that it is still not working (the ticket was {was}{when}; "
                  f"reopened {ticket.reopened} time(s) so far): \"{event.message[:500]}\". Rallied does not repeat "
                  "a fix that did not hold; please take it from here.")
        status = escalate(ticket, reason, actor=ACTOR, reopen=True)
    return status


def _new_subject(ticket: Ticket, event: TicketEvent) -> str:
    """The new round's subject. A reply's e-mail subject is mostly "RE: <the first request>", which would make
    triage read the old problem again: then the message's own first line stands in for it."""
    subject = _REPLY_PREFIX.sub("", str((event.data or {}).get("subject") or "")).strip()
    if subject and subject.casefold() != ticket.subject.strip().casefold():
        return subject[:500]
    first_line = next((line.strip() for line in event.message.splitlines() if line.strip()), "")
    return first_line[:120] or "Reply from the requester"


def _new_request(ticket: Ticket, event: TicketEvent) -> str:
    subject = _new_subject(ticket, event)
    was_closed = ticket.status == TicketStatus.RESOLVED
    with transaction.atomic():
        if not reopen_ticket(ticket=ticket, actor=ACTOR, subject=subject, body=event.message,
                             message="The requester asked for something new; triaging it as this ticket's next round."):
            return ticket.status
        _mark(event, followed=True, outcome="triaged as a new request")
        ticket_id = ticket.pk
        if was_closed:  # open again in the PSA while Rallied works on it (a closed one would read as a person's close)
            transaction.on_commit(lambda: write_back(ticket, reopen=True))
        transaction.on_commit(lambda: dispatch("workflow.tasks.start_ticket_task", ticket_id))
    return ticket.status
