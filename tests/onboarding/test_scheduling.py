"""Steps asked for at a time run then, in the tenant's time zone, through django-q2 schedules kept in the database:
nothing changes at the vendor before, the PSA says the ticket waits on a schedule, a schedule deleted in the admin
cancels its step, and a schedule read back after a restart runs its step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.models import Schedule

from audit.models import AuditEvent
from playbooks.choices import ActionStatus
from rallied import tasks
from rallied.when import run_at
from tests.helpers import committed, internal_notes, psa_ticket
from tests.onboarding.test_onboarding import REQUESTER, approve_all, live
from tests.trust.helpers import submit

NOW = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)  # a Thursday, noon in Chicago


@pytest.mark.parametrize(("when", "text", "leaving", "expected"), [
    ("Friday", "her last day is Friday, disable her at 5 pm", True, datetime(2026, 12, 4, 17, 0)),
    ("Freitag", "letzter Arbeitstag ist Freitag, bitte um 17 Uhr sperren", True, datetime(2026, 12, 4, 17, 0)),
    ("vendredi", "son dernier jour est vendredi, désactivez-la à 17h30", True, datetime(2026, 12, 4, 17, 30)),
    ("2026-12-11", "last day 2026-12-11", True, datetime(2026, 12, 11, 17, 0)),  # no time: the end of the day
    ("Monday 7 December", "starts Monday 7 December", False, datetime(2026, 12, 7, 8, 0)),  # the start of it
])
def test_the_time_asked_for_in_the_tenants_zone(when: str, text: str, leaving: bool, expected: datetime) -> None:
    got = run_at(when, text, leaving=leaving, time_zone="America/Chicago", now=NOW)
    assert got == expected.replace(tzinfo=ZoneInfo("America/Chicago"))


@pytest.mark.parametrize(("when", "text"), [
    ("today", "starts today"), ("2026-12-01", "last day was 2026-12-01"),
    ("Monday 1 December", "started Monday 1 December"),
    ("Thursday", "disable her Thursday at 9 am"), ("soon", "starts soon"), ("Friday", "at 3 sites"),
])
def test_a_moment_past_or_not_given_means_now(when: str, text: str) -> None:
    got = run_at(when, text, leaving=True, time_zone="America/Chicago", now=NOW)
    assert got is None or when == "Friday"  # "at 3 sites" is no time: Friday at the end of the day
    if when == "Friday":
        assert got == datetime(2026, 12, 4, 17, 0, tzinfo=ZoneInfo("America/Chicago"))


LEAVER = ("Leaver: Alex Wilber", "Alex Wilber's last day is 2030-05-03. Please offboard alex.wilber@contoso.example "
          "and disable him at 5 pm that day.")


def _scheduled(world: Any, sandbox: Any) -> Any:
    live("contoso")
    return approve_all(submit("contoso", REQUESTER["contoso"], *LEAVER))


@pytest.mark.django_db
def test_a_step_asked_for_later_waits_for_its_schedule(world: Any, sandbox: Any) -> None:
    ticket = _scheduled(world, sandbox)
    at = datetime(2030, 5, 3, 17, 0, tzinfo=ZoneInfo("America/Chicago"))
    actions = list(ticket.actions.order_by("pk"))
    assert actions and all(a.status == ActionStatus.APPROVED and a.not_before == at for a in actions)
    assert sandbox.sandbox.state()["graph"]["contoso"]["users"]["alex.wilber@contoso.example"]["accountEnabled"]
    schedules = Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} ")
    assert schedules.count() == len(actions)
    assert {s.next_run for s in schedules} == {at}
    notes = "\n".join(internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))
    assert "Waiting on a schedule" in notes and "2030-05-03 17:00 (America/Chicago)" in notes
    # The reconciler's redelivery and a doorbell rung early leave it alone.
    from playbooks.executor import execute_action
    with tasks.inline(), committed():
        assert execute_action(action_id=actions[0].pk) == "waiting"
    assert sandbox.sandbox.state()["graph"]["contoso"]["users"]["alex.wilber@contoso.example"]["accountEnabled"]


@pytest.mark.django_db
def test_after_a_restart_the_schedules_run_their_steps_at_their_time(world: Any, sandbox: Any) -> None:
    ticket = _scheduled(world, sandbox)
    # The time comes: as a restarted cluster would, read the schedules from the database and run what they name.
    past = timezone.now() - timedelta(minutes=1)
    ticket.actions.update(not_before=past)
    Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} ").update(next_run=past)
    due = list(Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} ", next_run__lte=timezone.now()))
    with tasks.inline(), committed():
        for schedule in due:
            import_string(schedule.func)(*[int(a) for a in schedule.args.split(",")])
    user = sandbox.sandbox.state()["graph"]["contoso"]["users"]["alex.wilber@contoso.example"]
    assert not user["accountEnabled"]
    assert not ticket.actions.exclude(status=ActionStatus.SUCCEEDED).exists()


@pytest.mark.django_db
def test_deleting_a_schedule_cancels_its_step(world: Any, sandbox: Any) -> None:
    ticket = _scheduled(world, sandbox)
    disable = ticket.actions.get(kind="disable_user")
    with committed():
        # What the admin's delete does.
        Schedule.objects.get(name__startswith=f"ticket {ticket.pk} action {disable.pk}:").delete()
    disable.refresh_from_db()
    assert disable.status == ActionStatus.REJECTED
    assert AuditEvent.objects.filter(verb="action.schedule_cancelled", object_id=str(disable.pk)).exists()
    # Its time comes and goes: nothing runs it.
    ticket.actions.filter(pk=disable.pk).update(not_before=timezone.now() - timedelta(minutes=1))
    from playbooks.executor import execute_action
    with tasks.inline(), committed():
        assert execute_action(action_id=disable.pk) == "not-claimed"
    assert sandbox.sandbox.state()["graph"]["contoso"]["users"]["alex.wilber@contoso.example"]["accountEnabled"]
