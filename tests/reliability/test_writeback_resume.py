"""A ticket left `writing_back` by a dead worker is carried on by the sweep (workflow/sweep.py), within its bound.

Two places a kill leaves nothing for rallied.retry_writebacks to retry: the settle moved the ticket to
`writing_back` and died before it recorded the write-back (no PsaWriteBack row), or the last attempt's PSA answer
was recorded and the worker died before the ticket was resolved (the row done, the ticket still waiting). Each is
rung again by the sweep, each minute, as the sweep rings it (every ring touches the ticket's updated_at); what
counts is the sandbox PSA's own ticket: one reply, one internal note, one time entry, closed once.
"""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from django.utils import timezone

from tests.helpers import committed, customer_notes, internal_notes, password_patches, psa_ticket
from tests.reliability.helpers import WorkerDied
from tests.reliability.test_sweep import received
from tickets.models import PsaWriteBack, Ticket, TicketEvent
from tickets.psa_writeback import LEASE
from workflow import lifecycle, writeback
from workflow.models import Lease
from workflow.sweep import SETTLE, max_rings, sweep_stuck_tickets
from workflow.tasks import start_ticket_task

pytestmark = pytest.mark.django_db
MINUTE = timedelta(minutes=1)
# The sweep's bound for a settle that died: its task may run until LEASE after the move, then the next pass rings.
PASSES_ALLOWED = math.ceil(LEASE / MINUTE) + 1


def a_minute_passes(ticket: Ticket) -> None:
    """Everything the ticket recorded is a minute older (its events, updated_at, its write-back's times), and
    every lease taken before has lapsed by then or not, as a minute of the real clock would leave it."""
    Ticket.objects.filter(pk=ticket.pk).update(updated_at=ticket_updated(ticket) - MINUTE)
    for event in TicketEvent.objects.filter(ticket=ticket):
        TicketEvent.objects.filter(pk=event.pk).update(at=event.at - MINUTE)
    for row in PsaWriteBack.objects.filter(ticket=ticket):
        PsaWriteBack.objects.filter(pk=row.pk).update(
            created_at=row.created_at - MINUTE, next_attempt_at=row.next_attempt_at - MINUTE,
            give_up_at=row.give_up_at - MINUTE,
            lease_until=row.lease_until - MINUTE if row.lease_until else None)
    Lease.objects.update(until=timezone.now() - timedelta(seconds=1))


def ticket_updated(ticket: Ticket):  # type: ignore[no-untyped-def]
    return Ticket.objects.values_list("updated_at", flat=True).get(pk=ticket.pk)


def sweep_each_minute(ticket: Ticket, *, passes: int) -> list[dict[str, int]]:
    """The sweep's one-minute schedule, until the ticket is no longer waiting for the PSA."""
    seen = []
    for _ in range(passes):
        a_minute_passes(ticket)
        with committed():
            seen.append(sweep_stuck_tickets())
        ticket.refresh_from_db()
        if ticket.status != "writing_back":
            break
    return seen


def assert_written_back_once(ticket: Ticket, sandbox) -> None:  # type: ignore[no-untyped-def]
    ticket.refresh_from_db()
    assert ticket.status == "resolved", (ticket.status, ticket.escalation_reason)
    cw = psa_ticket(sandbox, ticket.psa_ticket_id)
    assert len(customer_notes(cw)) == 1 and len(internal_notes(cw)) == 1
    assert cw["closedFlag"] is True
    closes = [r for r in sandbox.sandbox.requests("connectwise")
              if r["method"] == "PATCH" and r["path"].endswith(f"/service/tickets/{ticket.psa_ticket_id}")]
    assert len(closes) == 1
    entries = [t for t in sandbox.sandbox.state()["connectwise"]["time_entries"]
               if t["chargeToId"] == int(ticket.psa_ticket_id)]
    assert len(entries) == 1
    assert len(password_patches(sandbox)) == 1  # and the reset itself, never repeated


def settle_killed_after_moving(ticket: Ticket, monkeypatch: pytest.MonkeyPatch, hold) -> None:  # type: ignore[no-untyped-def]
    """The reset runs; its settle moves the ticket to writing_back and its worker dies right there."""
    held = hold(SETTLE)
    with committed():
        start_ticket_task(ticket.pk)
    assert held, "the settle's doorbell is held for the test to ring"

    def killed(**kwargs):  # type: ignore[no-untyped-def]
        raise WorkerDied()  # right after the transition to writing_back, before the row is recorded

    monkeypatch.setattr(lifecycle, "begin_resolution", killed)
    with committed(), pytest.raises(WorkerDied):
        lifecycle.settle_ticket(ticket.pk)
    monkeypatch.undo()


def test_a_settle_killed_before_recording_its_writeback_is_written_back_by_the_sweep(world, sandbox, monkeypatch,
                                                                                  hold):
    ticket = received("settle-killed-after-writing-back")
    settle_killed_after_moving(ticket, monkeypatch, hold)
    ticket.refresh_from_db()
    assert ticket.status == "writing_back" and not PsaWriteBack.objects.filter(ticket=ticket).exists()

    with committed():  # at once: the settle may still be recording it, so nothing is rung
        assert sweep_stuck_tickets()["redriven"] == 0
    seen = sweep_each_minute(ticket, passes=PASSES_ALLOWED)

    assert_written_back_once(ticket, sandbox)
    assert sum(s["redriven"] for s in seen) == 1 and sum(s["escalated"] for s in seen) == 0, seen
    assert len(seen) <= PASSES_ALLOWED < max_rings()
    # And a late ring of the lost settle, or another pass, changes nothing.
    with committed():
        assert lifecycle.settle_ticket(ticket.pk) == "resolved"
    sweep_each_minute(ticket, passes=2)
    assert_written_back_once(ticket, sandbox)


def test_a_settle_within_its_lease_is_not_rung_however_often_the_sweep_touched_the_ticket(world, sandbox,
                                                                                          monkeypatch, hold):
    """The old wait was measured from updated_at, which each ring moves: a ticket rung every minute never looked
    abandoned. The move to writing_back is what times it now, so touching updated_at does not postpone it."""
    ticket = received("touched-by-rings")
    settle_killed_after_moving(ticket, monkeypatch, hold)
    moved = ticket.events.get(kind="status", to_status="writing_back")
    TicketEvent.objects.filter(pk=moved.pk).update(at=timezone.now() - LEASE - timedelta(seconds=1))
    Ticket.objects.filter(pk=ticket.pk).update(updated_at=timezone.now())  # a ring just now
    with committed():  # the settle's own rings: not waiting on updated_at any more
        assert lifecycle.settle_ticket(ticket.pk) == "resolved"
    assert_written_back_once(ticket, sandbox)


def test_a_writeback_whose_worker_died_before_resolving_the_ticket_is_resolved_by_the_sweep(world, sandbox,
                                                                                            monkeypatch, hold):
    ticket = received("killed-before-resolve")
    held = hold(SETTLE)
    with committed():
        start_ticket_task(ticket.pk)
    assert held

    def killed(ticket):  # type: ignore[no-untyped-def]
        raise WorkerDied()  # the PSA took every part, the row is done; the ticket's move never happens

    monkeypatch.setattr(writeback, "_resolve", killed)
    with committed(), pytest.raises(WorkerDied):
        lifecycle.settle_ticket(ticket.pk)
    monkeypatch.undo()
    ticket.refresh_from_db()
    assert ticket.status == "writing_back" and PsaWriteBack.objects.get(ticket=ticket).status == "done"

    seen = sweep_each_minute(ticket, passes=2)  # nothing may still be running: the first pass rings
    assert_written_back_once(ticket, sandbox)
    assert sum(s["redriven"] for s in seen) == 1 and len(seen) == 1, seen
