"""A submission's audit event is written pending (no lock on the tenant's chain head), and chained later.

What must hold (issue 17): the action's claim chains it, with the step's own events before the claim, before the
directory's write; when that step never comes (the doorbell lost, the worker killed), the sweep chains it; and after many
submissions at once the tenant's chain is one unbroken sequence that verifies.
"""

from __future__ import annotations

import pytest
from rest_framework.test import APIClient

from audit.models import AuditEvent, AuditHead, chain_of
from audit.verify import verify_chain
from rallied import http
from tenants.models import Tenant
from tests.helpers import committed, post_ticket, ticket_payload
from tests.reliability.helpers import (
    WorkerDied,
    deliver_many,
    hold,  # noqa: F401  (fixture)
)
from tickets.models import Ticket
from workflow import lifecycle
from workflow.sweep import sweep_stuck_tickets
from workflow.tasks import start_ticket_task

ADELE = "adele.vance@contoso.example"
START = "workflow.tasks.start_ticket_task"


def _submit(key: str, external_id: str) -> Ticket:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    response = post_ticket(client, ticket_payload(external_id, ADELE))
    assert response.status_code == 201, response.content
    return Ticket.objects.get(pk=response.json()["id"])


def _received(ticket: Ticket) -> AuditEvent:
    return AuditEvent.objects.get(verb="ticket.received", object_id=str(ticket.pk))


@pytest.mark.django_db(transaction=True)
def test_the_claim_chains_the_submissions_event_before_the_directory_write(world, tenant_key, hold,  # noqa: F811
                                                                         monkeypatch):
    rung = hold(START)
    contoso, key = Tenant.objects.get(slug="contoso"), tenant_key("contoso")
    head = AuditHead.objects.filter(chain=chain_of(contoso.pk)).values_list("seq", flat=True).first()
    ticket = _submit(key, "pending-first-step")
    received = _received(ticket)
    assert not received.chained and received.seq is None
    assert AuditHead.objects.filter(chain=chain_of(contoso.pk)).values_list("seq", flat=True).first() == head

    # Every vendor call the ticket's path makes looks at the submission's event, and at the chain's pending events,
    # as they stand at that moment.
    seen: list[tuple[str, str, bool, int]] = []
    waiting = AuditEvent.objects.filter(chain=received.chain, hash__isnull=True)

    def watched(real, method=None):  # type: ignore[no-untyped-def]
        def call(*args, **kwargs):  # type: ignore[no-untyped-def]
            seen.append((method or args[0], kwargs["vendor"], AuditEvent.objects.get(pk=received.pk).chained,
                         waiting.count()))
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(http, "send", watched(http.send))
    monkeypatch.setattr(http, "send_batch", watched(http.send_batch, "READ"))
    start_ticket_task(*rung[-1])

    ticket.refresh_from_db()
    assert ticket.status == "resolved", (ticket.status, ticket.escalation_reason)
    # The directory's write (the reset) comes after the action's claim chained the submission's event and every
    # event recorded before it (audit.services.WRITE_AHEAD). The reads and the requester's push before it need not
    # wait, and the write-back's own events may wait for the move to resolved: no PSA call depends on them.
    write = next(n for n, (method, vendor, _, _) in enumerate(seen) if (method, vendor) == ("PATCH", "entra"))
    assert seen[write][2:] == (True, 0), seen
    assert all(chained for _, _, chained, _ in seen[write:]), seen
    received.refresh_from_db()
    later = AuditEvent.objects.filter(chain=received.chain, pk__gt=received.pk)  # the step's: triage, intent ...
    assert later.filter(verb="action.intent").exists() and all(event.seq > received.seq for event in later)
    assert verify_chain().ok


@pytest.mark.django_db(transaction=True)
def test_a_submission_whose_doorbell_was_lost_is_chained_by_the_sweep(world, tenant_key, hold):  # noqa: F811
    hold(START)  # the broker lost it: no step will run until the sweep rings it again
    ticket = _submit(tenant_key("contoso"), "pending-lost-doorbell")
    assert not _received(ticket).chained

    sweep_stuck_tickets()
    assert _received(ticket).chained
    assert Ticket.objects.get(pk=ticket.pk).status == "received"  # too fresh to ring again: only the audit moved
    assert verify_chain().ok


@pytest.mark.django_db(transaction=True)
def test_a_submission_whose_worker_died_before_its_first_event_is_chained_by_the_sweep(world, tenant_key,
                                                                                      hold, monkeypatch):  # noqa: F811
    rung = hold(START)
    ticket = _submit(tenant_key("contoso"), "pending-worker-died")

    def killed(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise WorkerDied()

    monkeypatch.setattr(lifecycle, "triage", killed)  # killed while triaging: before the step records anything
    with pytest.raises(WorkerDied):
        start_ticket_task(*rung[-1])
    monkeypatch.undo()
    assert not _received(ticket).chained

    sweep_stuck_tickets()
    assert _received(ticket).chained and verify_chain().ok


@pytest.mark.django_db(transaction=True)
def test_the_chain_verifies_after_many_submissions_at_once(world, tenant_key, hold):  # noqa: F811
    """On PostgreSQL the submissions really overlap; none waits on the tenant's chain head. The first step to run
    then chains all of them at once, in the order they were taken in."""
    rung = hold(START)
    contoso = Tenant.objects.get(slug="contoso")
    key = tenant_key("contoso")
    numbers = iter(range(1000))
    seen = deliver_many(40, lambda: _submit(key, f"pending-many-{next(numbers)}"), threads=8)
    assert not seen.errors, seen.errors
    tickets = seen.results
    assert len(tickets) == 40 and len(rung) == 40
    assert AuditEvent.objects.filter(verb="ticket.received", hash__isnull=True).count() == 40

    with committed():
        start_ticket_task(*rung[0])
    received = list(AuditEvent.objects.filter(verb="ticket.received", chain=chain_of(contoso.pk)).order_by("id"))
    assert len(received) == 40 and all(event.chained for event in received)
    assert [event.seq for event in received] == sorted(event.seq for event in received)  # insertion order
    seqs = list(AuditEvent.objects.filter(chain=chain_of(contoso.pk)).order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(1, len(seqs) + 1))
    assert verify_chain().ok
