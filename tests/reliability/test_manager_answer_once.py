"""Issue 13: the target's manager answered once, and the task that follows the answer is delivered 50 times (one after
another, and from 8 threads at once): one decision, one vendor write at most, one message to each person.

Counted where a person sees it: the sandbox directory's writes, the PSA ticket's notes, the e-mails sent, the
ticket's timeline. The concurrent runs mean most on PostgreSQL; SQLite serialises every write.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest
from django.utils import timezone

from approvals.manager_models import ManagerConfirmation
from audit.models import AuditEvent
from tenants.models import Tenant
from tests.helpers import customer_notes, internal_notes, psa_ticket
from tests.reliability.helpers import crashes, deliver_many
from tests.reliability.test_sweep import lost_manager_answer, taps
from tests.trust.helpers import identity_writes, set_policy
from tickets.models import Ticket
from workflow.tasks import follow_manager_answer_task

pytestmark = pytest.mark.django_db(transaction=True)
FIFTY = pytest.mark.parametrize("threads", [1, 8], ids=["sequential", "concurrent"])


@pytest.fixture(autouse=True)
def _errors_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)


def follow_fifty_times(ticket: Ticket, threads: int, caplog: pytest.LogCaptureFixture) -> list[Any]:
    answer = ManagerConfirmation.objects.get(ticket=ticket)
    confirmed = int(answer.status == "confirmed")
    caplog.clear()
    rung = deliver_many(50, lambda: follow_manager_answer_task(answer.pk, confirmed), threads=threads)
    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    assert len([r for r in rung.results if r not in ("followed", "being followed")]) == 1, rung.results
    ticket.refresh_from_db()
    answer.refresh_from_db()
    assert answer.followed_at is not None
    return rung.results


def psa(sandbox: Any, ticket: Ticket) -> dict[str, Any]:
    return psa_ticket(sandbox, ticket.psa_ticket_id)


@FIFTY
def test_a_confirmation_followed_fifty_times_resets_once_and_sends_the_manager_one_link(world, sandbox, caplog,
                                                                                       monkeypatch, mailoutbox,
                                                                                       threads):
    set_policy("reset_mfa", "autonomous", tenant=Tenant.objects.get(slug="contoso"))
    ticket = lost_manager_answer(monkeypatch, mailoutbox)
    follow_fifty_times(ticket, threads, caplog)

    assert ticket.status == "resolved", ticket.escalation_reason
    writes = [(w["method"], w["path"]) for w in identity_writes(sandbox)]
    assert len(taps(sandbox)) == 1 and len(set(writes)) == len(writes), writes  # the reset's writes, each once
    assert len(mailoutbox) == 2  # the manager's question, then the one link to the TAP
    action = ticket.actions.get()
    assert ticket.events.filter(kind="action.approved").count() == 1
    assert AuditEvent.objects.filter(verb="action.succeeded", object_id=str(action.pk)).count() == 1
    assert len(customer_notes(psa(sandbox, ticket))) == 2  # "we asked your manager", then the resolution


@FIFTY
def test_a_confirmation_that_still_needs_a_technician_followed_fifty_times_says_so_once(world, sandbox, caplog,
                                                                                       monkeypatch, mailoutbox,
                                                                                       threads):
    ticket = lost_manager_answer(monkeypatch, mailoutbox)  # the MSP default for reset_mfa: approval
    replies_before = len(customer_notes(psa(sandbox, ticket)))
    follow_fifty_times(ticket, threads, caplog)

    assert ticket.status == "awaiting_approval" and ticket.verification["proof"] == "proved"
    assert ticket.events.filter(kind="approval.still_needed").count() == 1
    assert len(customer_notes(psa(sandbox, ticket))) == replies_before + 1  # "a technician decides now", once
    assert identity_writes(sandbox) == [] and len(mailoutbox) == 1


@FIFTY
def test_a_decline_followed_fifty_times_rejects_and_escalates_once(world, sandbox, caplog, monkeypatch, mailoutbox,
                                                                  threads):
    ticket = lost_manager_answer(monkeypatch, mailoutbox, decision="decline")
    notes_before = len(internal_notes(psa(sandbox, ticket)))
    follow_fifty_times(ticket, threads, caplog)

    assert ticket.status == "escalated" and "declined" in ticket.escalation_reason
    action = ticket.actions.get()
    assert action.status == "rejected"
    assert AuditEvent.objects.filter(verb="action.rejected", object_id=str(action.pk)).count() == 1
    assert AuditEvent.objects.filter(verb="ticket.escalated", object_id=str(ticket.pk)).count() == 1
    assert len(internal_notes(psa(sandbox, ticket))) == notes_before + 1  # one hand-over note
    assert identity_writes(sandbox) == []


def test_a_follow_up_that_died_after_deciding_again_is_rung_again_and_followed_once(world, sandbox, monkeypatch,
                                                                                  mailoutbox):
    """The worker died between deciding the actions again (a verification by the manager link's actor is on the
    timeline) and applying the decision: nothing was applied, so the answer is not followed, and the sweep rings it."""
    import workflow.manager_followup
    from tests.reliability.helpers import WorkerDied
    from tests.reliability.test_sweep import answer_ages, sweep

    set_policy("reset_mfa", "autonomous", tenant=Tenant.objects.get(slug="contoso"))
    ticket = lost_manager_answer(monkeypatch, mailoutbox)
    answer = ManagerConfirmation.objects.get(ticket=ticket)
    real = workflow.manager_followup._apply

    def dying(*args: Any, **kwargs: Any) -> None:
        raise WorkerDied()

    monkeypatch.setattr(workflow.manager_followup, "_apply", dying)
    with pytest.raises(WorkerDied):
        follow_manager_answer_task(answer.pk, 1)
    monkeypatch.setattr(workflow.manager_followup, "_apply", real)
    answer.refresh_from_db()
    assert answer.followed_at is None and ticket.events.filter(kind="verification", actor="system:manager-link")

    from workflow.models import Lease

    Lease.objects.filter(name=f"manager-answer:{answer.pk}").update(until=timezone.now())  # the dead worker's lapses
    answer_ages(ticket)
    assert sweep()["redriven"] == 1
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert len(taps(sandbox)) == 1 and len(mailoutbox) == 2
    answer_ages(ticket)
    assert sweep()["redriven"] == 0
