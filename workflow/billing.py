"""How long Rallied itself worked on a ticket: what its PSA time entry bills (tickets/psa.py rounds it up to the
connection's increment).

Only Rallied's own part counts. The ticket's timeline says which status it was in and when; Rallied is at work
while a ticket is received, triaged or executing. While it awaits verification it waits on the requester, their
manager or a push, and while it awaits approval on a technician: that is people's time (or nobody's), which the
MSP bills, if at all, through its own entries. An escalated ticket gets no Rallied time entry at all
(workflow/lifecycle.py writes one only on resolving).
"""

from __future__ import annotations

from datetime import datetime

from django.utils import timezone

from rallied.kept_queries import KeptQuery
from tickets.choices import TicketStatus
from tickets.models import Ticket, TicketEvent

RALLIED_AT_WORK = {TicketStatus.RECEIVED, TicketStatus.TRIAGED, TicketStatus.EXECUTING}


# The ticket's status changes in order: ticket.events' statement, read for every time entry, its text kept.
_TRANSITIONS = KeptQuery(lambda ticket_id: TicketEvent.objects.filter(ticket=ticket_id).exclude(to_status="")
                         .order_by("at", "pk").values_list("at", "to_status"), ticket_id=int)


def rallied_work_seconds(ticket: Ticket, *, until: datetime | None = None) -> float:
    """Seconds the ticket spent in Rallied's hands in its latest round (since it was last received), up to its
    resolution (or `until`, default now, while it is still open)."""
    transitions = _TRANSITIONS.all(ticket_id=ticket.pk)
    status, since, total = TicketStatus.RECEIVED, ticket.received_at, 0.0
    for at, to in transitions:
        if to == TicketStatus.RECEIVED:
            total = 0.0  # reopened: the earlier round was billed when it closed
        elif status in RALLIED_AT_WORK:
            total += (at - since).total_seconds()
        status, since = to, at
    if status in RALLIED_AT_WORK:
        total += ((until or timezone.now()) - since).total_seconds()
    return max(total, 0.0)
