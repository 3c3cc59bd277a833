"""A step's timeline rows, held while its unit of work runs and written with one insert at its end (issue 17).

`unit_of_work()` is audit.services.unit_of_work (one transaction, the step's audit events chained once at its end)
that also holds the step's `TicketEvent` rows: a step that writes three rows costs one INSERT, not three. The rows
are written inside the transaction, before its commit, so they commit or roll back with the changes they describe.
Each row's `at` is set when it is added (the model's default runs at construction), and they are inserted in the
order they were added, so the timeline (ordered by `at`, then pk) reads exactly as when each was written at once.

Outside a unit, `add_event` writes at once, as always. A caller that needs the row's pk right away (to send it with
a signal, to answer with it) uses `write_event`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from django.db import connection

from audit.services import describe_actor
from audit.services import unit_of_work as audit_unit_of_work
from rallied.actors import Actor
from tickets.models import Ticket, TicketEvent


@dataclass
class _Unit:
    depth: int  # len(connection.savepoint_ids) inside the unit's block
    rows: list[TicketEvent] = field(default_factory=list)


_units = threading.local()


def _stack() -> list[_Unit]:
    if not hasattr(_units, "stack"):
        _units.stack = []
    return _units.stack


def _open_unit() -> _Unit | None:
    """The unit a row added now may wait in: the innermost one, if no savepoint was opened inside it since.

    A row added inside a savepoint is written at once instead: were it held, a rollback of that savepoint (an error
    the caller catches) would undo the change but not the held row (the same rule as audit's held events)."""
    stack = _stack()
    if not stack:
        return None
    unit = stack[-1]
    return unit if all(sid is None for sid in connection.savepoint_ids[unit.depth:]) else None


@contextlib.contextmanager
def unit_of_work() -> Iterator[None]:
    """audit.services.unit_of_work, holding the step's timeline rows too: one insert for them at the block's end.

    Nested in another unit (no savepoint between), it joins it: its rows wait for the outer block's end."""
    stack = _stack()
    if stack and _open_unit() is stack[-1]:
        with audit_unit_of_work():
            yield
        return
    with audit_unit_of_work():
        unit = _Unit(depth=len(connection.savepoint_ids))
        stack.append(unit)
        try:
            yield
            # A block marked for rollback (transaction.set_rollback: a lost race) keeps nothing, its rows neither.
            if unit.rows and not connection.needs_rollback:
                TicketEvent.objects.bulk_create(unit.rows)
        finally:
            stack.remove(unit)


def _new_event(ticket: Ticket, actor: Actor, kind: str, message: str, data: dict | None, from_status: str,
               to_status: str) -> TicketEvent:
    return TicketEvent(ticket=ticket, actor=describe_actor(actor)[1], kind=kind, message=message, data=data or {},
                       from_status=from_status, to_status=to_status)


def add_event(*, ticket: Ticket, actor: Actor, kind: str, message: str = "", data: dict | None = None,
              from_status: str = "", to_status: str = "") -> TicketEvent:
    """Add a row to the ticket's timeline: held by the open unit of work (its pk is set when the unit ends), else
    written now."""
    event = _new_event(ticket, actor, kind, message, data, from_status, to_status)
    unit = _open_unit()
    if unit is not None:
        unit.rows.append(event)
        return event
    event.save(force_insert=True)
    return event


def write_event(*, ticket: Ticket, actor: Actor, kind: str, message: str = "", data: dict | None = None,
                from_status: str = "", to_status: str = "") -> TicketEvent:
    """Write a row now, even inside a unit of work: for a caller that needs its pk at once."""
    event = _new_event(ticket, actor, kind, message, data, from_status, to_status)
    event.save(force_insert=True)
    return event
