"""A step's timeline rows: held by its unit of work and written with one insert at its end (issue 17).

What a person reading the timeline must not notice: the rows are there once the step commits, in the order and with
the times they were added; a step that fails or loses its race leaves none; a row added in a savepoint the caller
rolls back goes with it, the others stay. What the database notices: one insert for the step's rows.
"""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from audit.services import unit_of_work
from tenants.models import Tenant
from tickets.models import Ticket, TicketEvent
from tickets.timeline import add_event, write_event


class Boom(Exception):
    pass


@pytest.fixture
def ticket(world) -> Ticket:
    tenant = Tenant.objects.get(slug="contoso")
    return Ticket.objects.create(tenant=tenant, source="api", external_id="timeline-unit", subject="s", body="b",
                                 requester_email="adele.vance@contoso.example")


def _kinds(ticket: Ticket) -> list[str]:
    return list(ticket.events.order_by("at", "pk").values_list("kind", flat=True))


@pytest.mark.django_db(transaction=True)
def test_a_steps_rows_are_written_at_its_end_in_one_insert_in_their_order(ticket):
    with CaptureQueriesContext(connection) as seen, unit_of_work():
        held = [add_event(ticket=ticket, actor="system:test", kind=f"step.{n}") for n in range(3)]
        assert not ticket.events.exists()  # held until the step ends
        assert held[0].pk is None
    inserts = [q["sql"] for q in seen.captured_queries
               if q["sql"].startswith(f'INSERT INTO "{TicketEvent._meta.db_table}"')]
    assert len(inserts) == 1, inserts
    assert _kinds(ticket) == ["step.0", "step.1", "step.2"]
    stored = list(ticket.events.order_by("pk"))
    assert [e.at for e in stored] == [h.at for h in held]  # the time each was added, not the time of the insert
    assert all(h.pk for h in held)


@pytest.mark.django_db(transaction=True)
def test_a_nested_unit_joins_the_outer_one_and_its_rows_wait_for_the_outer_end(ticket):
    with unit_of_work():
        add_event(ticket=ticket, actor="system:test", kind="outer.first")
        with unit_of_work():
            add_event(ticket=ticket, actor="system:test", kind="inner")
        assert not ticket.events.exists()
        add_event(ticket=ticket, actor="system:test", kind="outer.last")
    assert _kinds(ticket) == ["outer.first", "inner", "outer.last"]


@pytest.mark.django_db(transaction=True)
def test_a_failed_step_leaves_no_row_and_a_lost_race_neither(ticket):
    with pytest.raises(Boom), unit_of_work():
        add_event(ticket=ticket, actor="system:test", kind="failed")
        raise Boom
    with unit_of_work():
        add_event(ticket=ticket, actor="system:test", kind="lost")
        transaction.set_rollback(True)  # what a step that lost its conditional update does
    assert _kinds(ticket) == []


@pytest.mark.django_db(transaction=True)
def test_a_row_added_in_a_savepoint_rolled_back_goes_with_it_the_others_stay(ticket):
    with unit_of_work():
        add_event(ticket=ticket, actor="system:test", kind="kept")
        try:
            with transaction.atomic():
                add_event(ticket=ticket, actor="system:test", kind="undone")
                raise Boom
        except Boom:
            pass
        add_event(ticket=ticket, actor="system:test", kind="kept.too")
    assert _kinds(ticket) == ["kept", "kept.too"]


@pytest.mark.django_db(transaction=True)
def test_outside_a_unit_a_row_is_written_at_once_and_write_event_always_is(ticket):
    alone = add_event(ticket=ticket, actor="system:test", kind="alone")
    assert alone.pk is not None and ticket.events.filter(pk=alone.pk).exists()
    with unit_of_work():
        now = write_event(ticket=ticket, actor="system:test", kind="needed.now")
        assert now.pk is not None and ticket.events.filter(pk=now.pk).exists()
    assert _kinds(ticket) == ["alone", "needed.now"]


@pytest.mark.django_db(transaction=True)
def test_a_steps_rows_and_audit_events_are_one_statement_on_postgresql(ticket):
    """A step's end writes its timeline rows and its audit events, and a chaining step also links the chain's
    pending events and moves its head: on PostgreSQL all of that is one statement (audit/writes.py), on SQLite one
    statement each, as before. Either way every row is there, with its pk, and the chain verifies."""
    from audit.models import AuditEvent, chain_of
    from audit.services import WRITE_AHEAD, record
    from audit.verify import verify_chain

    with unit_of_work():  # a pending step: its rows and its events
        add_event(ticket=ticket, actor="system:test", kind="step.pending")
        pending = record(actor="system:test", verb="step.pending", obj=ticket)
    with CaptureQueriesContext(connection) as seen, unit_of_work(chain=WRITE_AHEAD):
        rows = [add_event(ticket=ticket, actor="system:test", kind=f"step.chained.{n}") for n in range(2)]
        chained = record(actor="system:test", verb="step.chained", obj=ticket)
    writes = [q["sql"] for q in seen.captured_queries
              if q["sql"].startswith(("INSERT", "UPDATE", "WITH"))]
    # The pending event's link, the rows, the event, the head.
    assert len(writes) == (1 if connection.vendor == "postgresql" else 4), writes
    assert _kinds(ticket) == ["step.pending", "step.chained.0", "step.chained.1"]
    assert all(row.pk for row in rows) and chained.pk and chained.seq
    assert AuditEvent.objects.get(pk=pending.pk).seq == chained.seq - 1  # linked first, in the same statement
    assert verify_chain(chain_of(ticket.tenant_id)).ok
