"""A step waiting on its schedule is seen in the review queue and on its page, at its time in the tenant's zone, and
a technician of its tenant can cancel it there: rejected, never run (the account stays enabled in the sandbox), an
audit event with the technician as actor, a PSA note, and the ticket goes to a technician once the rest has run.
A technician of another tenant neither sees it nor can cancel it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.models import Schedule

from audit.models import AuditEvent
from playbooks.choices import ActionStatus
from rallied import tasks
from tenants import access
from tenants.models import Tenant
from tests.helpers import committed, internal_notes, psa_ticket, staff_client
from tests.onboarding.test_onboarding import REQUESTER, approve_all, live
from tests.trust.helpers import submit
from tickets.choices import TicketStatus

ALEX = "alex.wilber@contoso.example"
LEAVER = ("Leaver: Alex Wilber", "Alex Wilber's last day is 2030-05-03. Please offboard alex.wilber@contoso.example "
          "and disable him at 5 pm that day.")
LOCAL = "2030-05-03 17:00 (America/Chicago)"  # 22:00 UTC: the queue shows the tenant's zone, not the server's


def _scheduled() -> Any:
    live("contoso")
    return approve_all(submit("contoso", REQUESTER["contoso"], *LEAVER))


def _enabled(sandbox: Any) -> bool:
    return sandbox.sandbox.state()["graph"]["contoso"]["users"][ALEX]["accountEnabled"]


def _outsider() -> Any:
    """A technician of Fabrikam only."""
    user = get_user_model().objects.create_user("fabrikam.tech", "fabrikam.tech@harbor-it.example", "x")
    access.grant_role(user, Tenant.objects.get(slug="fabrikam"), "technician")
    return user


def _run_due(ticket: Any) -> None:
    """Their time comes: what the cluster's scheduler does with each schedule still due (tests/schedules/
    test_cluster_restart.py does it with a real cluster)."""
    past = timezone.now() - timedelta(minutes=1)
    ticket.actions.filter(status=ActionStatus.APPROVED).update(not_before=past)
    Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} ").update(next_run=past)
    with tasks.inline(), committed():
        for schedule in Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} "):
            import_string(schedule.func)(*[int(a) for a in schedule.args.split(",")])


@pytest.mark.django_db
def test_a_technician_sees_the_scheduled_step_and_cancels_it(world: Any, sandbox: Any) -> None:
    ticket = _scheduled()
    disable = ticket.actions.get(kind="disable_user")
    tech = staff_client("tech")

    queue = tech.get("/queue/").content.decode()
    assert 'data-testid="scheduled"' in queue and f'data-action="{disable.pk}"' in queue
    assert f"runs Friday {LOCAL}" in queue
    page = tech.get(f"/queue/actions/{disable.pk}/").content.decode()
    assert LOCAL in page and 'data-testid="cancel-schedule"' in page

    with committed():
        response = tech.post(f"/queue/{disable.pk}/cancel-schedule/",
                             {"reason": "HR moved her last day", "next": f"/queue/actions/{disable.pk}/"})
    assert response.status_code == 302 and response["Location"] == f"/queue/actions/{disable.pk}/"
    disable.refresh_from_db()
    assert disable.status == ActionStatus.REJECTED
    event = AuditEvent.objects.get(verb="action.schedule_cancelled", object_id=str(disable.pk))
    assert event.actor == "user:tech" and "HR moved her last day" in event.details["why"]
    assert not Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} action {disable.pk}:").exists()
    notes = "\n".join(internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))
    assert "Scheduled step cancelled" in notes and LOCAL in notes and "cancelled by tech" in notes
    assert f'data-action="{disable.pk}"' not in tech.get("/queue/").content.decode()

    # The rest runs at its time; the cancelled step never does, and the ticket goes to a technician.
    _run_due(ticket)
    assert _enabled(sandbox)
    disable.refresh_from_db()
    assert disable.status == ActionStatus.REJECTED
    assert not ticket.actions.exclude(pk=disable.pk).exclude(status=ActionStatus.SUCCEEDED).exists()
    ticket.refresh_from_db()
    assert ticket.status == TicketStatus.ESCALATED


@pytest.mark.django_db
def test_a_technician_of_another_tenant_neither_sees_nor_cancels_it(world: Any, sandbox: Any) -> None:
    ticket = _scheduled()
    disable = ticket.actions.get(kind="disable_user")
    outsider = Client()
    outsider.force_login(_outsider())

    assert f'data-action="{disable.pk}"' not in outsider.get("/queue/").content.decode()
    assert outsider.get(f"/queue/actions/{disable.pk}/").status_code == 404
    with committed():
        assert outsider.post(f"/queue/{disable.pk}/cancel-schedule/", {"reason": "x"}).status_code == 404
    # The auditor sees the tenant but is no technician: the page has no button and the post changes nothing.
    auditor = staff_client("auditor")
    assert 'data-testid="cancel-schedule"' not in auditor.get(f"/queue/actions/{disable.pk}/").content.decode()
    with committed():
        auditor.post(f"/queue/{disable.pk}/cancel-schedule/", {"reason": "x"})
    disable.refresh_from_db()
    assert disable.status == ActionStatus.APPROVED
    assert not AuditEvent.objects.filter(verb="action.schedule_cancelled").exists()
    assert Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} action {disable.pk}:").exists()
    # And its time comes: it runs as approved.
    _run_due(ticket)
    assert not _enabled(sandbox)
