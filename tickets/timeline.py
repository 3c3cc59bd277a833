"""A ticket's timeline rows: held by the step's unit of work (audit.services.unit_of_work) and written with one
insert at its end (issue 17), on PostgreSQL in the same statement as its audit events (audit/writes.py).

A step that writes three rows costs one INSERT, not three. The unit writes them inside its transaction, before its
commit, so they commit or roll back with the changes they describe, and before it chains the step's audit events.
Each row's `at` is set when it is added (the model's default runs at construction), and they are inserted in the
order they were added, so the timeline (ordered by `at`, then pk) reads exactly as when each was written at once.

Outside a unit (or in a savepoint opened inside one), `add_event` writes at once, as always. A caller that needs the
row's pk right away (to send it with a signal, to answer with it) uses `write_event`.
"""

from __future__ import annotations

from audit.services import describe_actor, hold, register_unit_rows
from rallied.actors import Actor
from tickets.models import Ticket, TicketEvent

ROWS = "tickets.timeline"


def register() -> None:
    """Let units hold timeline rows (tickets/apps.py, at start-up): audit, below tickets, cannot import them."""
    register_unit_rows(ROWS, TicketEvent)


def new_event(*, ticket: Ticket, actor: Actor, kind: str, message: str = "", data: dict | None = None,
              from_status: str = "", to_status: str = "") -> TicketEvent:
    """A timeline row, not saved: what add_event holds or writes, and what write_event writes; for a caller that
    inserts it with others in one statement (tickets.services.take_in_ticket)."""
    return TicketEvent(ticket=ticket, actor=describe_actor(actor)[1], kind=kind, message=message, data=data or {},
                       from_status=from_status, to_status=to_status)


def add_event(*, ticket: Ticket, actor: Actor, kind: str, message: str = "", data: dict | None = None,
              from_status: str = "", to_status: str = "") -> TicketEvent:
    """Add a row to the ticket's timeline: held by the open unit of work (its pk is set when the unit ends), else
    written now."""
    event = new_event(ticket=ticket, actor=actor, kind=kind, message=message, data=data, from_status=from_status,
                      to_status=to_status)
    if not hold(ROWS, event):
        event.save(force_insert=True)
    return event


def write_event(*, ticket: Ticket, actor: Actor, kind: str, message: str = "", data: dict | None = None,
                from_status: str = "", to_status: str = "") -> TicketEvent:
    """Write a row now, even inside a unit of work: for a caller that needs its pk at once."""
    event = new_event(ticket=ticket, actor=actor, kind=kind, message=message, data=data, from_status=from_status,
                      to_status=to_status)
    event.save(force_insert=True)
    return event
