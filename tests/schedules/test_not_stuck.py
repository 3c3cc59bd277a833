"""A ticket waiting on a schedule is not stuck: the admin home does not count it, the sweep and the reconciler leave
it alone until its time. One whose schedule was lost is counted, and put right without anything lost: the reconciler
restores its schedule, or, once its time has passed with nothing run, rings the executor."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone
from django_q.models import Schedule

from audit.models import AuditEvent
from playbooks.choices import ActionStatus
from playbooks.reconciler import reconcile_actions
from rallied import tasks
from tests.helpers import committed
from tests.onboarding.test_onboarding import REQUESTER, approve_all, live
from tests.service_lead.pages import browser
from tests.service_lead.test_admin_cockpit import counts, listed
from tests.trust.helpers import submit
from tickets.choices import TicketStatus
from tickets.models import Ticket
from workflow.health import stuck_tickets
from workflow.sweep import sweep_stuck_tickets

ALEX = "alex.wilber@contoso.example"
LEAVER = ("Leaver: Alex Wilber", "Alex Wilber's last day is 2030-05-03. Please offboard alex.wilber@contoso.example "
          "and disable him at 5 pm that day.")


def _untouched_for_a_day() -> Ticket:
    """The leaver's offboarding, approved, waiting on its schedules (in 2030), and untouched since yesterday."""
    live("contoso")
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], *LEAVER))
    assert ticket.actions.exists() and not ticket.actions.exclude(status=ActionStatus.APPROVED).exists()
    day_ago = timezone.now() - timedelta(days=1)
    Ticket.objects.filter(pk=ticket.pk).update(updated_at=day_ago)
    ticket.actions.update(updated_at=day_ago)
    return ticket


def _schedules(ticket: Ticket) -> Any:
    return Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} ")


def _lose_schedules(ticket: Ticket) -> None:
    """Gone without the cancel path (a restored database, a hand-run DELETE): no signal, the steps stay approved."""
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {Schedule._meta.db_table} WHERE name LIKE %s", [f"ticket {ticket.pk} %"])


def _enabled(sandbox: Any) -> bool:
    return sandbox.sandbox.state()["graph"]["contoso"]["users"][ALEX]["accountEnabled"]


def _stuck(lead: Any) -> tuple[int, int]:
    """(the admin home's stuck count, the rows its link lists)."""
    number, url = counts(lead)["stuck"]
    return number, listed(lead, url)


@pytest.mark.django_db
def test_a_ticket_waiting_on_its_schedule_is_not_stuck_and_nothing_rescues_it_early(world: Any, sandbox: Any) -> None:
    ticket = _untouched_for_a_day()
    status = ticket.status
    assert _stuck(browser("lead")) == (0, 0)
    assert ticket.pk not in stuck_tickets()  # /health
    with tasks.inline(), committed():
        swept = sweep_stuck_tickets()
        reconciled = reconcile_actions()
    assert swept["redriven"] == swept["escalated"] == 0
    assert not reconciled.get("redelivered") and not reconciled.get("schedules_restored")
    ticket.refresh_from_db()
    assert ticket.status == status and _enabled(sandbox)
    assert not ticket.actions.exclude(status=ActionStatus.APPROVED).exists()


@pytest.mark.django_db
def test_a_lost_schedule_counts_as_stuck_until_the_reconciler_restores_it(world: Any, sandbox: Any) -> None:
    ticket = _untouched_for_a_day()
    expected = {(s.name, s.next_run) for s in _schedules(ticket)}
    _lose_schedules(ticket)
    assert not _schedules(ticket).exists()
    assert ticket.actions.filter(status=ActionStatus.APPROVED).count() == len(expected)  # nothing cancelled them
    lead = browser("lead")
    assert _stuck(lead) == (1, 1)
    with tasks.inline(), committed():
        reconciled = reconcile_actions()
    assert reconciled["schedules_restored"] == len(expected) and not reconciled.get("redelivered")
    assert {(s.name, s.next_run) for s in _schedules(ticket)} == expected  # the same schedules, the same time
    assert AuditEvent.objects.filter(verb="action.schedule_restored").count() == len(expected)
    assert _stuck(lead) == (0, 0)
    assert _enabled(sandbox)  # restored, not run early


@pytest.mark.django_db
def test_a_time_long_past_with_nothing_run_is_stuck_and_the_executor_is_rung(world: Any, sandbox: Any) -> None:
    ticket = _untouched_for_a_day()
    # Its time came an hour ago and the doorbell was lost (a flushed broker): the schedules are used up, nothing ran.
    hour_ago = timezone.now() - timedelta(hours=1)
    ticket.actions.update(not_before=hour_ago)
    _schedules(ticket).update(next_run=hour_ago, repeats=0)
    lead = browser("lead")
    assert _stuck(lead) == (1, 1)
    with tasks.inline(), committed():
        reconciled = reconcile_actions()
    assert reconciled["redelivered"] == ticket.actions.count()
    assert not _enabled(sandbox)
    assert not ticket.actions.exclude(status=ActionStatus.SUCCEEDED).exists()
    ticket.refresh_from_db()
    assert ticket.status in (TicketStatus.RESOLVED, TicketStatus.ESCALATED)
    assert _stuck(lead) == (0, 0)
