"""A unit of work's audit events: held until the unit's block ends, then written at once inside its transaction,
pending by default, chained by the few units that must chain now (audit.services.CHAIN_NOW).

What must hold (issue 17): the events and the changes they record commit together or not at all; an error mid-unit
leaves no event behind; an event recorded in a savepoint the caller rolls back goes with it; the chain verifies,
with the same hashes and sequence, whatever the number of writers; a unit that defers costs one insert and never
touches the head; and a unit that chains costs one head lock and one head update however many events it holds,
linking the chain's pending events before its own.
"""

from __future__ import annotations

import pytest
from django.db import IntegrityError, connection, transaction
from django.test.utils import CaptureQueriesContext

from audit import services
from audit.models import AuditEvent, AuditHead, chain_of
from audit.services import FINISHED, WRITE_AHEAD, chain_pending, hold, record, unit_of_work
from audit.verify import event_fields, verify_chain
from audit.verify_bundle import compute_hash
from tenants.models import Tenant
from tests.reliability.helpers import deliver_many


class Boom(Exception):
    pass


@pytest.fixture
def contoso(world) -> Tenant:
    return Tenant.objects.get(slug="contoso")


def _events(verb_prefix: str) -> list[AuditEvent]:
    """In the order they were written (a pending event has no seq yet)."""
    return list(AuditEvent.objects.filter(verb__startswith=verb_prefix).order_by("id"))


def _head(tenant: Tenant) -> tuple[int, str] | None:
    return AuditHead.objects.filter(chain=chain_of(tenant.pk)).values_list("seq", "hash").first()


@pytest.mark.django_db(transaction=True)
def test_a_units_events_commit_with_its_change_pending_in_one_insert_without_the_head(contoso):
    record(actor="system:test", verb="unit.before", tenant=contoso)  # the head exists: the steady state
    head = _head(contoso)
    with CaptureQueriesContext(connection) as seen, unit_of_work():
        Tenant.objects.filter(pk=contoso.pk).update(paused_reason="unit test")
        held = [record(actor="system:test", verb=f"unit.{n}", tenant=contoso) for n in range(3)]
        assert not AuditEvent.objects.filter(verb__startswith="unit.").exclude(verb="unit.before").exists()
        assert held[0].pk is None  # held: written when the block ends
    assert not [q["sql"] for q in seen.captured_queries if AuditHead._meta.db_table in q["sql"]]
    inserts = [q["sql"] for q in seen.captured_queries if q["sql"].startswith(f'INSERT INTO "{AuditEvent._meta.db_table}"')]
    assert len(inserts) == 1, inserts

    events = _events("unit.")[1:]
    assert [e.verb for e in events] == ["unit.0", "unit.1", "unit.2"]
    assert [e.pk for e in events] == [h.pk for h in held] and all(h.pk for h in held)
    assert all(not e.chained for e in events) and _head(contoso) == head
    assert Tenant.objects.get(pk=contoso.pk).paused_reason == "unit test"
    assert verify_chain(chain_of(contoso.pk)).ok  # fresh pending events are not a failure


@pytest.mark.django_db(transaction=True)
def test_a_chaining_unit_links_the_pending_events_then_its_own_in_one_chain_step(contoso):
    record(actor="system:test", verb="unit.before", tenant=contoso)
    with unit_of_work():
        record(actor="system:test", verb="unit.pending", tenant=contoso)
    with CaptureQueriesContext(connection) as seen, unit_of_work(chain=WRITE_AHEAD):
        held = [record(actor="system:test", verb=f"unit.{n}", tenant=contoso) for n in range(2)]
    head_sql = [q["sql"] for q in seen.captured_queries if AuditHead._meta.db_table in q["sql"]]
    assert len(head_sql) == 2, head_sql  # one lock, one move of the head, for three events

    before, *events = sorted(_events("unit."), key=lambda e: e.seq)
    assert [e.verb for e in events] == ["unit.pending", "unit.0", "unit.1"]
    assert [e.seq for e in events] == [before.seq + 1, before.seq + 2, before.seq + 3]
    assert [e.pk for e in events[1:]] == [h.pk for h in held]
    previous = before.hash
    for event in events:  # the hashes a client's verifier recomputes
        assert event.prev_hash == previous and event.hash == compute_hash(previous, event_fields(event))
        previous = event.hash
    assert _head(contoso) == (events[-1].seq, previous)
    assert verify_chain(chain_of(contoso.pk)).ok


@pytest.mark.django_db(transaction=True)
def test_a_nested_unit_that_must_chain_makes_the_whole_unit_chain(contoso):
    with unit_of_work():
        record(actor="system:test", verb="mark.outer", tenant=contoso)
        with unit_of_work(chain=FINISHED):
            record(actor="system:test", verb="mark.inner", tenant=contoso)
    assert [(e.verb, e.chained) for e in _events("mark.")] == [("mark.outer", True), ("mark.inner", True)]
    with pytest.raises(ValueError, match="CHAIN_NOW"), unit_of_work(chain="because I say so"):
        pass


@pytest.mark.django_db(transaction=True)
def test_an_error_mid_unit_leaves_neither_the_change_nor_any_event(contoso):
    head = _head(contoso)
    for chain in ("", WRITE_AHEAD):
        with pytest.raises(Boom), unit_of_work(chain=chain):
            Tenant.objects.filter(pk=contoso.pk).update(paused_reason="never")
            record(actor="system:test", verb="doomed.one", tenant=contoso)
            record(actor="system:test", verb="doomed.two", tenant=contoso)
            raise Boom
    assert not _events("doomed.")
    assert _head(contoso) == head
    assert Tenant.objects.get(pk=contoso.pk).paused_reason != "never"

    # The next unit chains on from the untouched head: the trail still verifies.
    with unit_of_work(chain=WRITE_AHEAD):
        record(actor="system:test", verb="after.one", tenant=contoso)
    assert verify_chain(chain_of(contoso.pk)).ok


@pytest.mark.django_db(transaction=True)
def test_a_unit_marked_for_rollback_ends_quietly_without_its_events(contoso):
    """The executor's way to drop a lost race's writes (transaction.set_rollback): no error, no event."""
    head = _head(contoso)
    for chain in ("", WRITE_AHEAD):
        with unit_of_work(chain=chain):
            record(actor="system:test", verb="dropped.one", tenant=contoso)
            transaction.set_rollback(True)
    assert not _events("dropped.")
    assert _head(contoso) == head


@pytest.mark.django_db(transaction=True)
def test_an_event_in_a_savepoint_the_caller_rolls_back_goes_with_it(contoso):
    for chain in ("", WRITE_AHEAD):
        with unit_of_work(chain=chain):
            record(actor="system:test", verb="kept.first", tenant=contoso)
            try:
                with transaction.atomic():  # a savepoint: its change and its event are undone, the unit goes on
                    record(actor="system:test", verb="undone.inside", tenant=contoso)
                    raise IntegrityError("a duplicate the caller expects")
            except IntegrityError:
                pass
            record(actor="system:test", verb="kept.second", tenant=contoso)
    assert not _events("undone.")
    assert [(e.verb, e.chained) for e in _events("kept.")] == [("kept.first", True), ("kept.second", True)] * 2
    assert verify_chain(chain_of(contoso.pk)).ok


@pytest.mark.django_db(transaction=True)
def test_a_nested_unit_joins_the_outer_one(contoso):
    with unit_of_work():
        record(actor="system:test", verb="nest.outer", tenant=contoso)
        with unit_of_work():
            record(actor="system:test", verb="nest.inner", tenant=contoso)
        assert not _events("nest.")  # the inner block's end is not the unit's end
    assert [e.verb for e in _events("nest.")] == ["nest.outer", "nest.inner"]

    # And an error in the inner block undoes the whole unit: a step's work is one piece.
    with pytest.raises(Boom), unit_of_work():
        record(actor="system:test", verb="whole.outer", tenant=contoso)
        with unit_of_work():
            record(actor="system:test", verb="whole.inner", tenant=contoso)
            raise Boom
    assert not _events("whole.")


@pytest.mark.django_db(transaction=True)
def test_a_unit_holds_a_registered_layers_rows_and_writes_them_once_before_its_events(contoso, monkeypatch):
    """How tickets/timeline.py holds a step's rows: its flush runs once, at the outermost unit's end, with every row
    in the order held, while the unit's events are still unwritten; a unit that rolls back writes none."""
    flushed: list[tuple[list[str], bool]] = []

    def flush(rows: list[str]) -> None:
        flushed.append((list(rows), AuditEvent.objects.filter(verb="rows.event").exists()))

    monkeypatch.setitem(services._flushes, "test.rows", flush)  # what register_unit_rows does, undone after
    with unit_of_work():
        assert hold("test.rows", "first")
        record(actor="system:test", verb="rows.event", tenant=contoso)
        with unit_of_work():
            assert hold("test.rows", "second")
        assert flushed == []  # the inner block's end is not the unit's
    assert flushed == [(["first", "second"], False)]
    assert AuditEvent.objects.filter(verb="rows.event").exists()

    assert not hold("test.rows", "alone")  # no unit open: the caller writes it itself
    with unit_of_work():
        hold("test.rows", "lost")
        transaction.set_rollback(True)
    assert len(flushed) == 1
    with pytest.raises(LookupError):
        hold("test.unregistered", "row")


@pytest.mark.django_db(transaction=True)
def test_a_unit_spanning_two_chains_moves_each_head_once(world, contoso):
    fabrikam = Tenant.objects.get(slug="fabrikam")
    with CaptureQueriesContext(connection) as seen, unit_of_work(chain=WRITE_AHEAD):
        record(actor="system:test", verb="two.c1", tenant=contoso)
        record(actor="system:test", verb="two.f1", tenant=fabrikam)
        record(actor="system:test", verb="two.c2", tenant=contoso)
    # On PostgreSQL both moves are parts of the unit's one closing statement (audit/writes.py): count them in it.
    moves = [q["sql"] for q in seen.captured_queries for _ in range(q["sql"].count(f'UPDATE "{AuditHead._meta.db_table}"'))]
    assert len(moves) == 2, moves
    c1, c2 = (e for e in _events("two.") if e.tenant_id == contoso.pk)
    assert c2.seq == c1.seq + 1 and c2.prev_hash == c1.hash
    assert verify_chain().ok


@pytest.mark.django_db(transaction=True)
def test_units_from_several_writers_at_once_keep_the_chain_whole(contoso):
    """Four threads, each with its own connection, run 24 units of three events on one tenant's chain, every other
    one chaining (on PostgreSQL they overlap and wait on the head row; SQLite serialises them), and the sweep's
    chain_pending links what is left: no seq is lost or shared."""
    head = AuditHead.objects.filter(chain=chain_of(contoso.pk)).values_list("seq", flat=True).first() or 0
    turn = iter(range(10_000))

    def one_unit() -> None:
        with unit_of_work(chain=WRITE_AHEAD if next(turn) % 2 else ""):
            for n in range(3):
                record(actor="system:test", verb=f"burst.{n}", tenant=contoso)

    seen = deliver_many(24, one_unit, threads=4)
    assert not seen.errors, seen.errors
    chain_pending()
    events = _events("burst.")
    assert len(events) == 72
    assert sorted(e.seq for e in events) == list(range(head + 1, head + 73))
    report = verify_chain(chain_of(contoso.pk))
    assert report.ok, report.problem
