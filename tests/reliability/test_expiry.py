"""Issue 6: an approval nobody decides in time expires; the ticket goes to a technician with a PSA note and
staff are told. An approval racing the expiry ends approved or expired, never both."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.utils import timezone

import approvals.expiry as expiry
import approvals.services as services
from approvals.expiry import expire_approvals
from approvals.models import ApprovalRequest
from approvals.services import ApprovalRefused, approve_action
from audit.models import AuditEvent
from playbooks.models import Action
from tests.foundation.test_permissions_and_admin import user_client
from tests.helpers import committed, customer_notes, internal_notes, psa_ticket
from tests.reliability.helpers import ADELE, GROUP_ADD, submit
from tickets.models import Ticket


def waiting_group_add(client) -> tuple[Ticket, Action, ApprovalRequest]:
    ticket = submit(client, f"exp-{time.monotonic_ns()}", ADELE, *GROUP_ADD)
    action = Action.objects.get(ticket=ticket)
    assert action.status == "awaiting_approval", (ticket.status, ticket.escalation_reason)
    return ticket, action, ApprovalRequest.objects.get(action=action)


def expiry_notices(action: Action) -> list[AuditEvent]:
    return [e for e in AuditEvent.objects.filter(verb="staff.notified", object_id=str(action.pk))
            if e.details.get("topic") == "approval.expired"]


def graph_group_writes(sandbox) -> list[dict]:
    return [w for w in sandbox.sandbox.writes("graph") if "/groups/" in w["path"]]


@pytest.mark.django_db
def test_expiry_escalates_with_a_psa_note_and_tells_staff(contoso_api, sandbox):
    ticket, action, request = waiting_group_add(contoso_api)
    with committed():
        assert expire_approvals() == 0  # not due yet
    deadline = request.expires_at

    with committed():
        assert expire_approvals(now=deadline + timedelta(seconds=1)) == 1

    request.refresh_from_db()
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert request.status == "expired" and request.decided_at is not None
    assert action.status == "expired"
    assert ticket.status == "escalated"
    assert "expired" in ticket.escalation_reason and "240 minutes" in ticket.escalation_reason
    notes = internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))
    assert len(notes) == 1 and "approval request expired" in notes[0]
    # The requester heard that a technician must approve, then that a person took it over; nothing was done.
    waiting, handed_over = customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id))
    assert "technicians has to approve" in waiting and "passed your request" in handed_over
    assert "Nothing has been changed" in handed_over and "expired" not in handed_over
    notices = expiry_notices(action)
    assert len(notices) == 1 and "Approval expired" in notices[0].details["subject"]
    assert AuditEvent.objects.filter(verb="approval.expired", object_id=str(action.pk)).count() == 1
    assert graph_group_writes(sandbox) == []
    # A second pass finds nothing: no second note, no second notification.
    with committed():
        assert expire_approvals(now=deadline + timedelta(minutes=5)) == 0
    assert len(expiry_notices(action)) == 1
    assert len(internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))) == 1

    with committed():
        refused = user_client("tech").post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")
    assert refused.status_code == 409  # the action is no longer waiting: a conflict
    action.refresh_from_db()
    assert action.status == "expired" and graph_group_writes(sandbox) == []


@pytest.mark.django_db
def test_approve_after_the_deadline_is_refused_even_before_the_expiry_task_ran(contoso_api, sandbox):
    _, action, request = waiting_group_add(contoso_api)
    ApprovalRequest.objects.filter(pk=request.pk).update(expires_at=timezone.now() - timedelta(seconds=1))

    with committed():
        refused = user_client("tech").post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")

    assert refused.status_code == 409 and "expired" in refused.content.decode()
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and not action.approval.reviews.exists()
    assert graph_group_writes(sandbox) == []
    with committed():
        assert expire_approvals() == 1
    action.refresh_from_db()
    assert action.status == "expired"


@pytest.mark.django_db
def test_a_request_still_in_time_is_approved_normally(contoso_api, sandbox):
    _, action, request = waiting_group_add(contoso_api)
    with committed():
        assert expire_approvals(now=request.expires_at - timedelta(seconds=1)) == 0
    with committed():
        approved = user_client("tech").post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")
    assert approved.status_code == 200
    action.refresh_from_db()
    assert action.status == "succeeded" and len(graph_group_writes(sandbox)) == 1


def _in_thread(target, errors: list[BaseException]) -> threading.Thread:
    def run() -> None:
        try:
            target()
        except BaseException as exc:  # reported by the test
            errors.append(exc)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@pytest.mark.django_db(transaction=True)  # two connections race: each must see the other's commits
def test_approval_inside_its_transaction_when_the_expiry_runs_wins(contoso_api, sandbox, monkeypatch):
    _, action, request = waiting_group_add(contoso_api)
    tech = get_user_model().objects.get(username="tech")
    real_check = services._check_reviewer
    expired: list[int] = []
    errors: list[BaseException] = []
    threads: list[threading.Thread] = []

    def check_then_race(reviewer, act):  # type: ignore[no-untyped-def]
        real_check(reviewer, act)
        # The approval has read an open request; the deadline passes and the expiry runs right now.
        threads.append(_in_thread(lambda: expired.append(
            expire_approvals(now=request.expires_at + timedelta(seconds=1))), errors))
        time.sleep(0.3)

    monkeypatch.setattr(services, "_check_reviewer", check_then_race)
    approve_action(actor=tech, action_id=action.pk, comment="in time")
    for t in threads:
        t.join(timeout=60)

    assert not errors, errors
    assert expired == [0]
    request.refresh_from_db()
    action.refresh_from_db()
    assert request.status == "approved" and action.status == "succeeded"
    assert expiry_notices(action) == []
    assert not AuditEvent.objects.filter(verb="approval.expired", object_id=str(action.pk)).exists()


@pytest.mark.django_db(transaction=True)  # two connections race: each must see the other's commits
def test_expiry_inside_its_transaction_when_an_approval_arrives_wins(contoso_api, sandbox, monkeypatch):
    ticket, action, request = waiting_group_add(contoso_api)
    tech = get_user_model().objects.get(username="tech")
    real_transition = expiry.transition_action
    outcome: list[str] = []
    errors: list[BaseException] = []
    threads: list[threading.Thread] = []

    def approve() -> None:
        try:
            approve_action(actor=tech, action_id=action.pk, comment="just in time?")
            outcome.append("approved")
        except ApprovalRefused as exc:
            outcome.append(f"refused: {exc}")

    def transition_then_race(**kwargs):  # type: ignore[no-untyped-def]
        # The expiry has closed the request; a technician clicks approve at this very moment.
        threads.append(_in_thread(approve, errors))
        time.sleep(0.3)
        return real_transition(**kwargs)

    monkeypatch.setattr(expiry, "transition_action", transition_then_race)
    assert expire_approvals(now=request.expires_at + timedelta(seconds=1)) == 1
    for t in threads:
        t.join(timeout=60)

    assert not errors, errors
    assert len(outcome) == 1 and outcome[0].startswith("refused"), outcome
    request.refresh_from_db()
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert request.status == "expired" and action.status == "expired" and ticket.status == "escalated"
    assert not request.reviews.exists()
    assert graph_group_writes(sandbox) == []
    assert len(expiry_notices(action)) == 1
