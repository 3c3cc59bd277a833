"""A crash anywhere in the pipeline hands the ticket to a technician with the reason and tells staff; the sweep
moves or escalates a ticket that nothing is moving, and leaves the healthy ones alone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import OperationalError
from django.utils import timezone

from audit.models import AuditEvent
from playbooks.models import Action
from tests.approvals.factories import waiting
from tests.helpers import committed, internal_notes, post_ticket, psa_ticket, ticket_payload
from tickets.models import Ticket
from tickets.services import ingest_ticket
from workflow import lifecycle
from workflow.sweep import max_rings, stuck_after, sweep_stuck_tickets

ADELE = "adele.vance@contoso.example"


def submit(client, external_id: str) -> Ticket:
    with committed():
        response = post_ticket(client, ticket_payload(external_id, ADELE, name="Adele Vance"))
    assert response.status_code == 201, response.content
    return Ticket.objects.get(pk=response.json()["id"])


def staff_told(ticket: Ticket, topic: str) -> list[AuditEvent]:
    return [e for e in AuditEvent.objects.filter(verb="staff.notified", object_type="tickets.ticket",
                                                 object_id=str(ticket.pk)) if e.details.get("topic") == topic]


def assert_escalated_with_note(ticket: Ticket, sandbox, *words: str) -> None:
    ticket.refresh_from_db()
    assert ticket.status == "escalated", ticket.status
    for word in words:
        assert word in ticket.escalation_reason, ticket.escalation_reason
    notes = internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))
    assert any(all(word in note for word in words) for note in notes), notes


@pytest.mark.django_db
def test_the_same_reset_resolves_when_nothing_crashes(contoso_api, sandbox):
    ticket = submit(contoso_api, "ok-1")
    assert ticket.status == "resolved", ticket.escalation_reason
    assert staff_told(ticket, "ticket.crashed") == []


@pytest.mark.django_db
def test_a_crash_while_starting_escalates_with_the_reason_and_tells_staff(contoso_api, sandbox, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("directory answer could not be read")

    monkeypatch.setattr(lifecycle, "redecide", broken)
    ticket = submit(contoso_api, "crash-start")
    assert_escalated_with_note(ticket, sandbox, "RuntimeError", "directory answer could not be read",
                               "checking the requester")
    assert len(staff_told(ticket, "ticket.crashed")) == 1
    assert sandbox.sandbox.writes("graph") == []


@pytest.mark.django_db
def test_a_crash_while_settling_escalates_with_the_reason_and_tells_staff(contoso_api, sandbox, monkeypatch):
    real = lifecycle.transition_ticket

    def flaky(**kwargs):
        if kwargs["to"] == "writing_back":  # the settle's own transition (the write-back resolves it later)
            raise OperationalError("database is locked")
        return real(**kwargs)

    monkeypatch.setattr(lifecycle, "transition_ticket", flaky)
    ticket = submit(contoso_api, "crash-settle")
    assert_escalated_with_note(ticket, sandbox, "OperationalError", "settling the ticket")
    assert len(staff_told(ticket, "ticket.crashed")) == 1
    assert Action.objects.get(ticket=ticket).status == "succeeded"  # the reset itself ran; the ticket says so


@pytest.mark.django_db
def test_a_crash_during_the_vendor_call_escalates_and_leaves_the_outcome_to_the_reconciler(
        contoso_api, sandbox, monkeypatch):
    def broken(connector, action, **kwargs):
        raise KeyError("passwordProfile")

    monkeypatch.setattr("playbooks.executor._run", broken)
    ticket = submit(contoso_api, "crash-exec")
    assert_escalated_with_note(ticket, sandbox, "KeyError during the vendor call", "running reset_password")
    assert Action.objects.get(ticket=ticket).status == "unknown_outcome"  # never repeated blindly
    assert len(staff_told(ticket, "ticket.crashed")) == 1


@pytest.mark.django_db
def test_a_crash_before_the_vendor_call_does_not_run_the_action_and_escalates(contoso_api, sandbox, monkeypatch):
    def broken(**kwargs):
        raise OperationalError("could not serialize access")

    monkeypatch.setattr("playbooks.executor.claim_action", broken)
    ticket = submit(contoso_api, "crash-claim")
    ticket.refresh_from_db()
    assert ticket.status == "escalated" and "OperationalError while running the action" in str(
        [ticket.escalation_reason, *internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))])
    action = Action.objects.get(ticket=ticket)
    assert action.status == "rejected" and action.error == "OperationalError while running the action"
    assert sandbox.sandbox.writes("graph") == []
    assert len(staff_told(ticket, "ticket.crashed")) == 1


def _age(ticket: Ticket, minutes: int) -> None:
    Ticket.objects.filter(pk=ticket.pk).update(updated_at=timezone.now() - timedelta(minutes=minutes))


def _received(external_id: str) -> Ticket:
    from tenants.models import Tenant

    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id=external_id, subject="Password reset please",
                              body="Hi, I forgot my password. Can you reset my password? Thanks",
                              requester_email=ADELE, requester_name="Adele Vance", enqueue=False)
    return ticket


@pytest.mark.django_db
def test_the_sweep_escalates_a_ticket_nothing_can_move_and_leaves_healthy_ones_alone(world, sandbox):
    old = int(stuck_after().total_seconds() // 60) + 5
    stranded = _received("stranded")  # executing, yet no action: no step of the pipeline can take it further
    Ticket.objects.filter(pk=stranded.pk).update(status="executing")
    _age(stranded, old)
    recent = _received("recent")
    Ticket.objects.filter(pk=recent.pk).update(status="awaiting_verification")  # its step may still be running
    waits = waiting("contoso")  # waits for a technician: the expiry schedule owns it, however long it waits
    _age(waits.ticket, old)

    with committed():
        counts = sweep_stuck_tickets()
    assert counts["escalated"] == 1 and counts["redriven"] == 0
    stranded.refresh_from_db()
    assert stranded.status == "escalated" and "'executing' with no action" in stranded.escalation_reason
    assert any("No step was moving this ticket" in n for n in internal_notes(psa_ticket(sandbox,
                                                                                      stranded.psa_ticket_id)))
    assert len(staff_told(stranded, "ticket.stuck")) == 1
    assert Ticket.objects.get(pk=recent.pk).status == "awaiting_verification"
    assert Ticket.objects.get(pk=waits.ticket.pk).status == "awaiting_approval"

    with committed():  # idempotent: a second sweep changes nothing
        assert sweep_stuck_tickets() == {"redriven": 0, "escalated": 0, "ok": 0, "error": 0, "busy": 0}
    assert len(staff_told(stranded, "ticket.stuck")) == 1


@pytest.mark.django_db
def test_the_sweep_starts_a_ticket_whose_start_was_lost(world, sandbox):
    lost = _received("lost-doorbell")
    _age(lost, int(stuck_after().total_seconds() // 60) + 1)
    with committed():
        assert sweep_stuck_tickets()["redriven"] == 1
    lost.refresh_from_db()
    assert lost.status == "resolved", lost.escalation_reason  # the reset ran once the sweep rang again
    assert lost.events.filter(kind="sweep.redrive").count() == 1


@pytest.mark.django_db
def test_the_sweep_settles_a_ticket_whose_actions_ended_and_gives_up_after_its_redrives(world, sandbox, monkeypatch):
    done = waiting("contoso")
    Action.objects.filter(pk=done.pk).update(status="rejected")
    Ticket.objects.filter(pk=done.ticket.pk).update(status="executing")
    old = int(stuck_after().total_seconds() // 60) + 1
    _age(done.ticket, old)
    with committed():
        assert sweep_stuck_tickets()["redriven"] == 1
    ticket = Ticket.objects.get(pk=done.ticket.pk)
    assert ticket.status == "escalated"  # settled: its only action was rejected

    # A ticket the re-drive cannot move (its settle keeps being lost) is escalated after max_rings() tries.
    monkeypatch.setattr("workflow.sweep.dispatch", lambda task, *args: None)
    lost = waiting("contoso")
    Action.objects.filter(pk=lost.pk).update(status="failed")
    Ticket.objects.filter(pk=lost.ticket.pk).update(status="executing")
    for _ in range(max_rings()):
        _age(lost.ticket, old)
        with committed():
            assert sweep_stuck_tickets()["redriven"] == 1
    _age(lost.ticket, old)
    with committed():
        assert sweep_stuck_tickets()["escalated"] == 1
    lost.ticket.refresh_from_db()
    assert lost.ticket.status == "escalated" and f"ringing it again {max_rings()} times did not move it" in lost.ticket.escalation_reason
