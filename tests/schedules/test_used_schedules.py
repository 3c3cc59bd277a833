"""A scheduled step's schedule is gone once it rang, and its ringing is no cancel; rows left by the earlier
repeats=1 are cleared by the reconciler; the PSA's "Waiting on a schedule" note says when, in the client's zone, and
that a technician can cancel it in the queue. The real-cluster restart (test_cluster_restart.py) proves the same
rows still ring after a SIGTERM and a kill -9."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from uuid import uuid4

import pytest
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q import scheduler as q_scheduler
from django_q.models import Schedule

from audit.models import AuditEvent
from playbooks.choices import ActionStatus
from playbooks.reconciler import reconcile_actions
from playbooks.scheduling import EXECUTE
from rallied import tasks
from tests.helpers import committed, internal_notes, psa_ticket
from tests.onboarding.test_onboarding import REQUESTER, approve_all, live
from tests.trust.helpers import submit
from tickets.models import Ticket

pytestmark = pytest.mark.django_db
ALEX = "alex.wilber@contoso.example"
LEAVER = ("Leaver: Alex Wilber", "Alex Wilber's last day is 2030-05-03. Please offboard alex.wilber@contoso.example "
          "and disable him at 5 pm that day.")


def _scheduled() -> Ticket:
    live("contoso")
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], *LEAVER))
    assert ticket.actions.exists() and not ticket.actions.exclude(status=ActionStatus.APPROVED).exists()
    return ticket


def _rows(ticket: Ticket) -> Any:
    return Schedule.objects.filter(name__startswith=f"ticket {ticket.pk} ")


def _enabled(sandbox: Any) -> bool:
    return sandbox.sandbox.state()["graph"]["contoso"]["users"][ALEX]["accountEnabled"]


def test_django_q2s_scheduler_deletes_each_row_it_rang_and_the_step_still_runs(world: Any, sandbox: Any,
                                                                             monkeypatch: Any) -> None:
    ticket = _scheduled()
    assert _rows(ticket).count() == ticket.actions.count()
    past = timezone.now() - timedelta(seconds=5)
    ticket.actions.update(not_before=past)
    _rows(ticket).update(next_run=past)
    # django-q2's own scheduler pass, with the queueing caught instead of sent to a broker other tests share.
    rung: list[tuple[str, tuple]] = []
    monkeypatch.setattr(q_scheduler, "async_task", lambda func, *args, **kw: rung.append((func, args)) or uuid4().hex)
    q_scheduler.scheduler(broker=None)
    rung = [(func, args) for func, args in rung if func == EXECUTE]  # the project's periodic schedules rang too
    assert sorted(args for _, args in rung) == sorted((a.pk,) for a in ticket.actions.all())
    assert not _rows(ticket).exists()  # nothing left behind in the table
    # Its deletion was django-q2's cleanup, not a cancel: every step still waits to run, none was rejected.
    assert not ticket.actions.exclude(status=ActionStatus.APPROVED).exists()
    assert not AuditEvent.objects.filter(verb="action.schedule_cancelled").exists()
    with tasks.inline(), committed():
        for func, args in rung:
            import_string(func)(*args)
    assert not _enabled(sandbox)
    assert not ticket.actions.exclude(status=ActionStatus.SUCCEEDED).exists()


def test_the_reconciler_clears_used_up_rows_and_cancels_nothing(world: Any, sandbox: Any) -> None:
    ticket = _scheduled()
    disable = ticket.actions.get(kind="disable_user")
    # A row an earlier version left after it rang (repeats=1 became 0), beside the other steps' live rows.
    _rows(ticket).filter(name__startswith=f"ticket {ticket.pk} action {disable.pk}:").update(repeats=0, task="old")
    with tasks.inline(), committed():
        reconciled = reconcile_actions()
    assert reconciled["schedules_cleared"] == 1
    # The live rows stay; the used-up one is gone, and the restore put a fresh one back for the step still waiting.
    assert reconciled["schedules_restored"] == 1
    assert _rows(ticket).count() == ticket.actions.count() and not _rows(ticket).filter(repeats=0).exists()
    assert not ticket.actions.exclude(status=ActionStatus.APPROVED).exists() and _enabled(sandbox)


def test_deleting_a_row_that_never_rang_still_cancels_its_step(world: Any, sandbox: Any) -> None:
    ticket = _scheduled()
    disable = ticket.actions.get(kind="disable_user")
    (row,) = _rows(ticket).filter(name__startswith=f"ticket {ticket.pk} action {disable.pk}:")
    assert row.repeats == -1 and not row.task  # deleted only by django-q2 once it rang
    with committed():
        row.delete()  # what the admin's delete does
    disable.refresh_from_db()
    assert disable.status == ActionStatus.REJECTED


def test_the_psa_note_says_when_in_the_clients_zone_and_who_can_cancel(world: Any, sandbox: Any) -> None:
    ticket = _scheduled()
    notes = [n for n in internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id)) if "Waiting on a schedule" in n]
    assert len(notes) == 1, [(n, [(a.pk, a.kind, a.status) for a in ticket.actions.order_by("pk")]) for n in notes]
    assert "Friday 2030-05-03 17:00 (America/Chicago)" in notes[0] and "client's time zone" in notes[0]
    assert "technician can cancel" in notes[0] and "review queue" in notes[0]
