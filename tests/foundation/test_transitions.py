"""Acceptance 7: the state machines refuse what is not allowed and lose races cleanly."""

from __future__ import annotations

import pytest

from audit.models import AuditEvent
from playbooks.models import Action
from playbooks.services import InvalidActionTransition, transition_action
from tenants.models import Tenant
from tickets.models import Ticket, TicketEvent
from tickets.services import InvalidTransition, ingest_ticket, transition_ticket


@pytest.fixture
def ticket(world) -> Ticket:
    tenant = Tenant.objects.get(slug="contoso")
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id="tr-1",
                              subject="Reset", body="reset my password",
                              requester_email="adele.vance@contoso.example", enqueue=False)
    return ticket


@pytest.mark.django_db
def test_disallowed_ticket_transition_is_refused(ticket):
    with pytest.raises(InvalidTransition):
        transition_ticket(ticket=ticket, to="resolved", actor="system:test")
    ticket.refresh_from_db()
    assert ticket.status == "received"


@pytest.mark.django_db
def test_ticket_transition_loses_the_race_when_the_row_moved(ticket):
    Ticket.objects.filter(pk=ticket.pk).update(status="escalated")  # another worker got there first
    events, audits = TicketEvent.objects.count(), AuditEvent.objects.count()
    assert transition_ticket(ticket=ticket, to="triaged", actor="system:test") is False
    assert Ticket.objects.get(pk=ticket.pk).status == "escalated"
    assert TicketEvent.objects.count() == events and AuditEvent.objects.count() == audits


@pytest.mark.django_db
def test_ticket_transition_wins_and_leaves_a_trace(ticket):
    assert transition_ticket(ticket=ticket, to="triaged", actor="system:test") is True
    assert Ticket.objects.get(pk=ticket.pk).status == "triaged"
    assert TicketEvent.objects.filter(ticket=ticket, to_status="triaged").exists()
    assert AuditEvent.objects.filter(verb="ticket.triaged", object_id=str(ticket.pk)).exists()


@pytest.mark.django_db
def test_action_transitions_refuse_and_lose_races(ticket):
    action = Action.objects.create(ticket=ticket, kind="unlock_account", target=ticket.requester_email,
                                   params={"target": ticket.requester_email}, idempotency_key="test:tr-1")
    with pytest.raises(InvalidActionTransition):
        transition_action(action=action, to="succeeded", actor="system:test")
    Action.objects.filter(pk=action.pk).update(status="blocked")
    assert transition_action(action=action, to="approved", actor="system:test") is False
    assert Action.objects.get(pk=action.pk).status == "blocked"

    other = Action.objects.create(ticket=ticket, kind="unlock_account", target=ticket.requester_email,
                                  params={"target": ticket.requester_email}, idempotency_key="test:tr-2")
    assert transition_action(action=other, to="approved", actor="system:test") is True
    assert Action.objects.get(pk=other.pk).status == "approved"
    with pytest.raises(InvalidActionTransition):
        transition_action(action=other, to="succeeded", actor="system:test")  # must be claimed first


@pytest.mark.django_db
def test_a_stale_read_asking_for_a_move_only_its_old_status_forbids_loses_quietly(ticket):
    # Two deliveries of one task read `received`; the other one moved the ticket on to `triaged`. This caller still
    # holds `received` and asks for `awaiting_verification` (allowed from where the row is, not from where it read).
    Ticket.objects.filter(pk=ticket.pk).update(status="triaged")
    events, audits = TicketEvent.objects.count(), AuditEvent.objects.count()
    assert transition_ticket(ticket=ticket, to="awaiting_verification", actor="system:test") is False
    assert Ticket.objects.get(pk=ticket.pk).status == "triaged"
    assert ticket.status == "received"  # left as read: the loser's next conditional move loses as well
    assert TicketEvent.objects.count() == events and AuditEvent.objects.count() == audits


@pytest.mark.django_db
def test_an_action_read_stale_loses_quietly_but_a_forbidden_move_from_its_real_status_is_refused(ticket):
    action = Action.objects.create(ticket=ticket, kind="unlock_account", target=ticket.requester_email,
                                   params={"target": ticket.requester_email}, idempotency_key="test:tr-3")
    Action.objects.filter(pk=action.pk).update(status="succeeded")  # another worker ran and recorded it
    assert transition_action(action=action, to="succeeded", actor="system:test") is False  # proposed -> succeeded
    assert Action.objects.get(pk=action.pk).status == "succeeded"
    action.refresh_from_db()
    with pytest.raises(InvalidActionTransition):  # as read and still so: a caller's bug, said loudly
        transition_action(action=action, to="approved", actor="system:test")


@pytest.mark.django_db
def test_a_ticket_already_in_the_wanted_status_is_a_lost_race_not_an_error(ticket):
    # A duplicate settle re-read the ticket (look_before_writing) after the winner had resolved it.
    Ticket.objects.filter(pk=ticket.pk).update(status="resolved")
    ticket.refresh_from_db()
    events = TicketEvent.objects.count()
    assert transition_ticket(ticket=ticket, to="resolved", actor="system:test") is False
    assert TicketEvent.objects.count() == events
