"""The durable sweep (workflow/sweep.py): a step whose doorbell was lost (a killed worker, a flushed broker) is rung
again through the pipeline's own entry point, and a ring that was not needed changes nothing: one vendor write, one
reply, no crash, wherever it lands."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from functools import partial

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.models import Schedule
from django_q.signals import post_spawn
from django_q.signing import SignedPackage

from approvals.manager_models import ManagerConfirmation
from audit.models import AuditEvent
from audit.services import verify_chain
from playbooks.executor import execute_action
from playbooks.models import Action
from playbooks.reconciler import reconcile_actions
from playbooks.tasks import execute_action_task
from rallied import tasks
from rallied.schedules import PREFIX, SCHEDULES, SWEEP_TASK, ensure_schedules
from tenants.models import Tenant
from tests.helpers import committed, customer_notes, password_patches, psa_ticket
from tests.reliability.helpers import WorkerDied
from tests.robust.test_pipeline_crashes import staff_told
from tests.trust.helpers import business_hours, identity_writes, pin_clock, set_policy
from tests.trust.helpers import submit as trust_submit
from tickets.models import Ticket
from tickets.services import ingest_ticket
from workflow import lifecycle
from workflow.leases import lease_state
from workflow.models import Lease
from workflow.sweep import LEASE_SECONDS as SWEEP_LEASE_SECONDS
from workflow.sweep import START, max_rings, max_start_attempts, sweep_stuck_tickets
from workflow.tasks import follow_manager_answer_task, settle_ticket_task, start_ticket_task

ADELE = "adele.vance@contoso.example"
RESET = ("Password reset please", "Hi, I forgot my password. Can you reset my password? Thanks")
pytestmark = pytest.mark.django_db


def received(external_id: str) -> Ticket:
    """A reset ticket taken in, whose start doorbell is lost (never rung)."""
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id=external_id, subject=RESET[0], body=RESET[1], requester_email=ADELE,
                              requester_name="Adele Vance", enqueue=False)
    return ticket


def time_passes(ticket: Ticket, minutes: int = 10) -> None:
    """Minutes go by: the ticket is that much older, and every lease taken before has lapsed."""
    Ticket.objects.filter(pk=ticket.pk).update(updated_at=timezone.now() - timedelta(minutes=minutes))
    Lease.objects.update(until=timezone.now() - timedelta(seconds=1))


def sweep() -> dict[str, int]:
    with committed():
        return sweep_stuck_tickets()


def die_in(monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    """The worker is killed when the start step reaches `step`: nothing after it runs, not even its lease release."""
    def killed(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise WorkerDied()

    monkeypatch.setattr(lifecycle, step, killed)
    monkeypatch.setattr(lifecycle, "release_lease", lambda *args: False)


def assert_resolved_once(ticket: Ticket, sandbox) -> None:
    ticket.refresh_from_db()
    assert ticket.status == "resolved", (ticket.status, ticket.escalation_reason)
    assert len(password_patches(sandbox)) == 1  # the sandbox's own log: one reset, never two
    assert len(customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id))) == 1  # one reply


@pytest.fixture(autouse=True)
def broker():  # type: ignore[no-untyped-def]
    """A queue of this test's own: on a Redis shared with other runs, the cluster's list held another run's burst
    (5313 doorbells seen), which the sweep does not ring past, and each run's purge emptied the others'. Its own
    MonkeyPatch, so a test's `monkeypatch.undo()` keeps it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Conf, "CLUSTER_NAME", f"rallied-test-{uuid.uuid4().hex[:12]}")
        queue = get_broker()
        yield queue
        queue.purge_queue()


def test_the_sweep_runs_every_minute_and_when_a_cluster_starts(world, sandbox, monkeypatch):
    assert ("rallied.sweep_stuck_tickets", SWEEP_TASK, 1) in SCHEDULES
    lost = received("lost-at-start-of-cluster")
    time_passes(lost)
    queued: list[str] = []
    monkeypatch.setattr(Conf, "SYNC", False)  # a real cluster's worker, not sync mode's per-task one
    monkeypatch.setattr(tasks, "dispatch", lambda task, *args: queued.append(task))
    post_spawn.send(sender="django_q", proc_name="Process-1:1")  # what each starting worker sends (django_q.worker)
    assert queued == [SWEEP_TASK]
    monkeypatch.undo()
    with committed():  # the worker that takes the queued sweep
        import_string(SWEEP_TASK)()
    assert_resolved_once(lost, sandbox)


def test_a_received_ticket_whose_start_was_lost_is_started_once(world, sandbox):
    lost = received("lost-start")
    assert sweep()["redriven"] == 0  # not overdue yet: its doorbell may be on its way
    time_passes(lost)
    assert sweep()["redriven"] == 1
    assert_resolved_once(lost, sandbox)
    assert lost.events.filter(kind="sweep.redrive").count() == 1
    time_passes(lost)
    assert sweep() == {"redriven": 0, "escalated": 0, "ok": 0, "error": 0, "busy": 0}  # resolved: nothing to do


@pytest.mark.parametrize("step, stranded_at", [
    ("triage", "received"),  # killed while triaging
    ("plan_actions", "triaged"),  # killed after triage, before its actions were planned
    ("redecide", "awaiting_verification"),  # killed while verifying the requester
])
def test_a_start_step_killed_midway_is_resumed_not_escalated(world, sandbox, monkeypatch, step, stranded_at):
    ticket = received(f"killed-in-{step}")
    die_in(monkeypatch, step)
    with committed(), pytest.raises(WorkerDied):
        start_ticket_task(ticket.pk)
    monkeypatch.undo()
    ticket.refresh_from_db()
    assert ticket.status == stranded_at

    Ticket.objects.filter(pk=ticket.pk).update(updated_at=timezone.now() - timedelta(minutes=10))
    assert sweep()["ok"] == 1  # its lease has not lapsed: the worker may still be alive, so no ring
    time_passes(ticket)
    assert sweep()["redriven"] == 1
    assert_resolved_once(ticket, sandbox)
    assert lease_state(lifecycle.start_lease(ticket))[1] == 2  # begun twice: the killed step, then the resumed one


def test_a_ring_while_the_start_step_runs_does_nothing(world, sandbox, monkeypatch):
    ticket = received("ring-while-running")
    real = lifecycle.redecide
    seen: list[object] = []

    def verifying_slowly(**kwargs):  # type: ignore[no-untyped-def]
        # Mid-verification (a push can wait a minute): a duplicate delivery arrives, and a sweep passes.
        seen.append(start_ticket_task(ticket.pk))
        Ticket.objects.filter(pk=ticket.pk).update(updated_at=timezone.now() - timedelta(minutes=10))
        seen.append(sweep_stuck_tickets())
        return real(**kwargs)

    monkeypatch.setattr(lifecycle, "redecide", verifying_slowly)
    with committed():
        start_ticket_task(ticket.pk)
    assert seen[0] == "awaiting_verification"  # the second ring found the lease held and left
    assert seen[1]["ok"] == 1 and seen[1]["redriven"] == 0  # the sweep saw a running step
    assert_resolved_once(ticket, sandbox)
    assert lease_state(lifecycle.start_lease(ticket))[1] == 1


def test_a_start_step_that_keeps_dying_goes_to_a_technician(world, sandbox, monkeypatch):
    ticket = received("keeps-dying")
    for _ in range(max_start_attempts()):
        die_in(monkeypatch, "redecide")
        with committed(), pytest.raises(WorkerDied):
            start_ticket_task(ticket.pk)
        monkeypatch.undo()
        time_passes(ticket)
    assert sweep()["escalated"] == 1
    ticket.refresh_from_db()
    assert ticket.status == "escalated"
    assert f"stopped at 'awaiting_verification' {max_start_attempts()} times" in ticket.escalation_reason
    assert len(staff_told(ticket, "ticket.stuck")) == 1
    assert password_patches(sandbox) == []


def test_second_rings_at_every_entry_point_after_the_end_are_harmless(world, sandbox):
    ticket = received("rung-again-after")
    with committed():
        start_ticket_task(ticket.pk)
    assert_resolved_once(ticket, sandbox)
    action = Action.objects.get(ticket=ticket)
    with committed():
        assert start_ticket_task(ticket.pk) == "resolved"
        assert settle_ticket_task(ticket.pk) == "resolved"
        execute_action_task(action.pk)
    time_passes(ticket)
    assert sweep()["redriven"] == 0
    assert_resolved_once(ticket, sandbox)
    action.refresh_from_db()
    assert action.status == "succeeded"


def test_a_lost_settle_is_rung_again_and_replies_once(world, sandbox, monkeypatch):
    import workflow.receivers

    real = workflow.receivers.dispatch
    monkeypatch.setattr(workflow.receivers, "dispatch",
                        lambda task, *args: None if task.endswith("settle_ticket_task") else real(task, *args))
    ticket = received("lost-settle")
    with committed():
        start_ticket_task(ticket.pk)
    monkeypatch.undo()
    ticket.refresh_from_db()
    assert ticket.status == "executing" and Action.objects.get(ticket=ticket).status == "succeeded"
    assert not ticket.requester_replies.exists()  # nobody has answered the requester yet

    assert sweep()["redriven"] == 0  # not overdue yet
    time_passes(ticket)
    assert sweep()["redriven"] == 1
    assert_resolved_once(ticket, sandbox)
    with committed():  # and a late duplicate of the lost doorbell
        assert settle_ticket_task(ticket.pk) == "resolved"
    assert_resolved_once(ticket, sandbox)


def test_an_approved_action_nobody_claimed_is_rung_after_its_deadline(world, sandbox, held_doorbells, settings):
    ticket = received("approved-not-claimed")
    with committed():
        start_ticket_task(ticket.pk)
    action = Action.objects.get(ticket=ticket)
    assert action.status == "approved" and held_doorbells == [action.pk]  # its doorbell is lost

    with committed():
        assert "redelivered" not in reconcile_actions()  # within the deadline: it may be on its way
    Action.objects.filter(pk=action.pk).update(
        updated_at=timezone.now() - timedelta(seconds=settings.RALLIED_SWEEP_APPROVED_AFTER_SECONDS + 1))
    with committed():
        assert reconcile_actions()["redelivered"] == 1
    assert held_doorbells == [action.pk, action.pk]
    with committed():
        for action_id in held_doorbells:  # both rings reach a worker: the claim lets one of them run it
            execute_action(action_id=action_id)
    assert_resolved_once(ticket, sandbox)


def test_a_doorbell_still_waiting_in_the_broker_is_not_rung_twice(world, sandbox, broker):
    lost = received("still-queued")
    time_passes(lost)
    broker.enqueue(SignedPackage.dumps({"id": "q1", "name": "q1", "func": START, "args": (lost.pk,), "kwargs": {}}))
    try:
        assert sweep()["ok"] == 1  # a busy cluster, not a lost doorbell
        assert not lost.events.filter(kind="sweep.redrive").exists()
    finally:
        broker.purge_queue()
    assert sweep()["redriven"] == 1  # gone from the broker (a flush): rung again
    assert_resolved_once(lost, sandbox)


def test_a_ticket_behind_a_burst_deeper_than_the_sweep_reads_is_not_rung_or_escalated(world, sandbox, monkeypatch,
                                                                                      broker):
    import workflow.sweep

    # The sweep reads at most 5000 waiting doorbells (rallied.tasks.waiting_doorbells); here two stand for more.
    monkeypatch.setattr(workflow.sweep, "waiting_doorbells", partial(tasks.waiting_doorbells, limit=1))
    behind = received("behind-a-burst")
    for n, pk in enumerate((behind.pk + 1000, behind.pk)):  # another ticket's first step, then this one's
        broker.enqueue(SignedPackage.dumps({"id": f"b{n}", "name": f"b{n}", "func": START, "args": (pk,),
                                            "kwargs": {}}))
    try:
        for _ in range(max_rings() + 1):  # pass after pass while the burst drains slowly
            time_passes(behind)
            assert sweep()["ok"] == 1
        behind.refresh_from_db()
        assert behind.status == "received"  # waiting its turn, not handed to a technician
        assert not behind.events.filter(kind="sweep.redrive").exists()
    finally:
        broker.purge_queue()
    time_passes(behind)
    assert sweep()["redriven"] == 1  # the backlog gone (a flush): rung again
    assert_resolved_once(behind, sandbox)


def lost_manager_answer(monkeypatch: pytest.MonkeyPatch, mailoutbox: list, decision: str = "confirm") -> Ticket:
    """A lost-phone MFA ticket whose manager answered, and the doorbell that follows the answer was lost."""
    import workflow.receivers

    pin_clock(monkeypatch, business_hours())
    ticket = trust_submit("contoso", ADELE, "New phone - reset my MFA",
                          "I got a new phone and my authenticator app is gone. Please reset my MFA.")
    assert ticket.status == "awaiting_approval"
    token = re.search(r"/verify/manager/(\S+?)/\s", mailoutbox[0].body).group(1)
    real = workflow.receivers.dispatch
    monkeypatch.setattr(workflow.receivers, "dispatch",
                        lambda task, *args: None if task.endswith("follow_manager_answer_task") else real(task, *args))
    with committed():
        assert Client().post(f"/verify/manager/{token}/", {"decision": decision}).status_code == 200
    monkeypatch.setattr(workflow.receivers, "dispatch", real)
    ticket.refresh_from_db()
    assert ticket.status == "awaiting_approval"  # the answer is recorded; nothing followed it
    return ticket


def answer_ages(ticket: Ticket) -> None:
    ManagerConfirmation.objects.filter(ticket=ticket).update(decided_at=timezone.now() - timedelta(minutes=2))
    time_passes(ticket)


def taps(sandbox) -> list[dict]:
    return [w for w in identity_writes(sandbox) if "temporaryAccessPassMethods" in w["path"]]


def test_a_manager_confirmation_nothing_followed_is_followed_once(world, sandbox, monkeypatch, mailoutbox):
    set_policy("reset_mfa", "autonomous", tenant=Tenant.objects.get(slug="contoso"))
    ticket = lost_manager_answer(monkeypatch, mailoutbox)
    assert sweep()["redriven"] == 0  # the follow-up may still be on its way
    answer_ages(ticket)
    assert sweep()["redriven"] == 1
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert len(taps(sandbox)) == 1 and len(mailoutbox) == 2  # the TAP, its link to the manager: once each

    confirmation = ManagerConfirmation.objects.get(ticket=ticket)
    with committed():  # the lost doorbell turns up after all
        follow_manager_answer_task(confirmation.pk, 1)
    time_passes(ticket)
    assert sweep()["redriven"] == 0
    assert len(taps(sandbox)) == 1 and len(mailoutbox) == 2


def test_a_followed_answer_that_still_needs_a_technician_is_not_rung_again(world, sandbox, monkeypatch, mailoutbox):
    ticket = lost_manager_answer(monkeypatch, mailoutbox)  # the MSP default for reset_mfa: approval
    answer_ages(ticket)
    assert sweep()["redriven"] == 1
    ticket.refresh_from_db()
    assert ticket.status == "awaiting_approval" and ticket.verification["proof"] == "proved"
    answer_ages(ticket)
    counts = sweep()
    assert counts["redriven"] == counts["escalated"] == counts["error"] == 0  # a technician's now
    assert identity_writes(sandbox) == []


def test_a_manager_decline_nothing_followed_escalates_once(world, sandbox, monkeypatch, mailoutbox):
    ticket = lost_manager_answer(monkeypatch, mailoutbox, decision="decline")
    answer_ages(ticket)
    assert sweep()["redriven"] == 1
    ticket.refresh_from_db()
    assert ticket.status == "escalated" and "declined" in ticket.escalation_reason
    assert ticket.actions.get().status == "rejected" and identity_writes(sandbox) == []


def test_rings_while_the_action_runs_and_while_the_ticket_settles_do_nothing(world, sandbox, monkeypatch):
    from rallied.connectors import connector_classes

    ticket = received("rings-while-running")
    entra = connector_classes()["entra"]
    real_reset, real_write_back = entra.reset_password, lifecycle.begin_resolution
    seen: list[object] = []

    def resetting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        action = Action.objects.get(ticket=ticket)
        seen.append(execute_action_task(action.pk))  # a duplicate doorbell while the vendor call is under way
        return real_reset(self, *args, **kwargs)

    def writing_back(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(settle_ticket_task(ticket.pk))  # a duplicate settle while the reply is being written
        return real_write_back(*args, **kwargs)

    monkeypatch.setattr(entra, "reset_password", resetting)
    monkeypatch.setattr(lifecycle, "begin_resolution", writing_back)
    with committed():
        start_ticket_task(ticket.pk)
    assert seen[0] == "not-claimed"  # the first worker holds the claim: the second doorbell left without a call
    assert seen[1] == "writing_back"  # the settle that lost the transition left the write-back to the winner
    assert_resolved_once(ticket, sandbox)


def test_a_dead_workers_pending_audit_events_are_chained_by_the_installed_sweep_within_the_bound(
        world, sandbox, monkeypatch, settings):
    """A step's audit events are inserted pending (audit.services.unit_of_work), for the ticket's next claim or final
    move to chain. A worker killed before either leaves them to the cluster's schedules alone, which every migrate
    installs (`make demo` and each deploy migrate before their cluster starts): one of those that comes round within
    RALLIED_AUDIT_PENDING_SECONDS must chain them, or verify_audit fails on a trail nobody touched and the events are
    unprotected until someone notices."""
    ticket = received("dies-with-its-events-pending")
    die_in(monkeypatch, "redecide")  # after triage and the plan: their units committed, pending
    with committed(), pytest.raises(WorkerDied):
        start_ticket_task(ticket.pk)
    monkeypatch.undo()
    assert {"ticket.triaged", "actions.planned"} <= set(
        AuditEvent.objects.filter(hash__isnull=True).values_list("verb", flat=True))

    assert settings.Q_CLUSTER.get("scheduler", True)  # a cluster runs the schedules (django-q2's own default)
    ensure_schedules()  # what migrate installs
    # A pass killed with the sweep's lease held delays the next by that lease at most (workflow/sweep.py).
    bound = settings.RALLIED_AUDIT_PENDING_SECONDS - SWEEP_LEASE_SECONDS
    often = Schedule.objects.filter(name__startswith=PREFIX, schedule_type=Schedule.MINUTES, minutes__lte=bound // 60)
    assert often.filter(func=SWEEP_TASK).exists()
    with committed():
        import_string(SWEEP_TASK)()  # the worker that takes the schedule's next ring; the ticket's own step is dead
    assert not AuditEvent.objects.filter(hash__isnull=True).exists()
    assert verify_chain().ok
    ticket.refresh_from_db()
    assert ticket.status == "awaiting_verification"  # nothing moved it: its lease still holds, the sweep left it
