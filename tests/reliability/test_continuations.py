"""Continuations before new work (rallied/broker.py, rallied/tasks.CONTINUATIONS): a ticket already under way
closes before the tickets queued behind it start, the minute's upkeep is not stuck behind a burst, and splitting the
queue loses nothing: the sweep sees a doorbell waiting in either queue, and the ORM broker still hands a dead
worker's task to the next one (at least once).

The broker is the configured one (RALLIED_BROKER: the ORM broker in the SQLite run, Redis where CI runs PostgreSQL
and Redis); tasks are queued for real (not sync mode) and taken in the order a cluster's pusher takes them."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.module_loading import import_string
from django_q.brokers import get_broker
from django_q.conf import Conf
from django_q.models import OrmQ, Schedule
from django_q.scheduler import scheduler
from django_q.signing import SignedPackage

from rallied import tasks
from rallied.broker import OrmBroker
from rallied.schedules import SCHEDULES
from tenants.models import Tenant
from tests.helpers import committed, customer_notes, password_patches, psa_ticket
from tests.reliability.helpers import WorkerDied
from tickets.models import Ticket
from tickets.services import ingest_ticket
from workflow import lifecycle
from workflow.sweep import START, sweep_stuck_tickets

pytestmark = pytest.mark.django_db
RESET = ("Password reset please", "Hi, I forgot my password. Can you reset my password? Thanks")
PEOPLE = ["adele.vance@contoso.example", "megan.bowen@contoso.example", "sarah.lee@contoso.example"]


@pytest.fixture
def queued(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """Tasks go to the configured broker, as under a real cluster, instead of running in the caller (sync mode)."""
    monkeypatch.setattr(Conf, "SYNC", False)
    broker = get_broker()
    broker.purge_queue()
    yield broker
    broker.purge_queue()


def received(external_id: str, requester: str) -> Ticket:
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id=external_id, subject=RESET[0], body=RESET[1], requester_email=requester,
                              requester_name=requester.split("@")[0], enqueue=False)
    return ticket


def take(broker) -> tuple[object, dict] | None:  # type: ignore[no-untyped-def]
    """What the cluster's pusher takes next: (acknowledgement id, task), or None when both queues are empty."""
    for ack, payload in broker.dequeue() or []:
        return ack, SignedPackage.loads(payload)
    return None


def work(broker, *, until: Callable[[], bool] = lambda: False, limit: int = 40) -> list[tuple[str, tuple]]:  # type: ignore[no-untyped-def]
    """One worker taking tasks in the broker's order and running each to its commit, until `until()` or empty."""
    ran: list[tuple[str, tuple]] = []
    for _ in range(limit):
        if until():
            break
        taken = take(broker)
        if taken is None:
            break
        ack, task = taken
        with committed():
            import_string(task["func"])(*task["args"])
        broker.acknowledge(ack)
        ran.append((task["func"], tuple(task["args"])))
    return ran


def status(ticket: Ticket) -> str:
    ticket.refresh_from_db()
    return ticket.status


def killed(*args, **kwargs):  # type: ignore[no-untyped-def]
    raise WorkerDied()


def test_a_started_ticket_closes_before_the_tickets_queued_behind_it_start(world, sandbox, queued):
    first, *burst = [received(f"burst-{i}", who) for i, who in enumerate(PEOPLE)]
    for ticket in (first, *burst):  # a burst: every first step is queued before any worker takes one
        tasks.dispatch(START, ticket.pk)

    ran = work(queued, until=lambda: status(first) == "resolved")
    assert ran[0] == (START, (first.pk,)) and len(ran) > 1
    assert all(args != (t.pk,) for _, args in ran for t in burst)  # no later ticket's step ran meanwhile
    assert len(password_patches(sandbox)) == 1  # only the first requester's password was reset so far
    assert len(customer_notes(psa_ticket(sandbox, first.psa_ticket_id))) == 1  # and they have their answer
    assert [status(t) for t in burst] == ["received", "received"]  # the others had not started

    # The second ticket, once started, also finishes before the third starts: each ticket's steps run together.
    second, third = burst
    work(queued, until=lambda: status(second) == "resolved")
    assert status(third) == "received", (status(second), second.escalation_reason)
    work(queued)  # nothing was lost on the way: the last one closes too
    assert [status(t) for t in (first, second, third)] == ["resolved"] * 3
    assert len(password_patches(sandbox)) == 3


def test_the_minutes_upkeep_runs_ahead_of_a_burst(world, sandbox, queued, monkeypatch):
    import django_q.scheduler

    # The scheduler closes a cluster's stale connections first; here that would be the test's own transaction.
    monkeypatch.setattr(django_q.scheduler, "close_old_django_connections", lambda: None)
    burst = [received(f"upkeep-{i}", who) for i, who in enumerate(PEOPLE)]
    for ticket in burst:
        tasks.dispatch(START, ticket.pk)
    Schedule.objects.filter(name__startswith="rallied.").update(next_run=timezone.now() - timedelta(seconds=1))
    scheduler(broker=queued)  # the cluster's scheduler, after the burst was queued

    order = []
    while (taken := take(queued)) is not None:
        queued.acknowledge(taken[0])
        order.append(taken[1]["func"])
    assert set(order[:len(SCHEDULES)]) == {func for _, func, _ in SCHEDULES}  # every due schedule first
    assert order[len(SCHEDULES):] == [START] * len(burst)  # then the burst, nothing lost


def test_the_sweep_sees_a_doorbell_waiting_in_the_continuation_queue(world, sandbox, queued):
    ticket = received("settle-queued", PEOPLE[0])
    tasks.dispatch(START, ticket.pk)
    assert [func for func, _ in work(queued, limit=2)] == [START, "playbooks.tasks.execute_action_task"]
    assert status(ticket) == "executing" and ticket.actions.get().status == "succeeded"
    assert (tasks.CONTINUATIONS & {func for func, _ in tasks.waiting_doorbells()}) == {
        "workflow.tasks.settle_ticket_task"}  # the reset is done; its settle waits behind other work
    Ticket.objects.filter(pk=ticket.pk).update(updated_at=timezone.now() - timedelta(minutes=10))

    with committed():
        assert sweep_stuck_tickets()["redriven"] == 0  # a busy cluster, not a lost doorbell
    queued.purge_queue()  # a flushed broker: now it is lost
    with committed():
        assert sweep_stuck_tickets()["redriven"] == 1
    work(queued)
    assert status(ticket) == "resolved"
    assert len(password_patches(sandbox)) == 1
    assert len(customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id))) == 1  # one reply, not two


def test_a_continuation_whose_worker_died_is_taken_again_with_the_orm_broker(world, sandbox, monkeypatch):
    """At least once: the row of a taken task stays, locked for `retry`, until the worker acknowledges it."""
    monkeypatch.setattr(Conf, "SYNC", False)
    broker = OrmBroker()
    monkeypatch.setattr(tasks, "_brokers", {os.getpid(): (broker, broker.continuations())})
    ticket = received("settle-dies", PEOPLE[0])
    tasks.dispatch(START, ticket.pk)
    assert [func for func, _ in work(broker, limit=2)] == [START, "playbooks.tasks.execute_action_task"]

    ack, task = take(broker)
    assert task["func"] == "workflow.tasks.settle_ticket_task"
    with monkeypatch.context() as dying:
        dying.setattr(lifecycle, "settle_ticket", killed)
        with committed(), pytest.raises(WorkerDied):  # killed mid-task: never acknowledged
            import_string(task["func"])(*task["args"])

    assert take(broker) is None  # locked while the dead worker might still be running it
    OrmQ.objects.filter(pk=ack).update(lock=timezone.now() - timedelta(seconds=1))  # `retry` has passed
    work(broker)
    assert status(ticket) == "resolved"
    assert len(password_patches(sandbox)) == 1
    assert len(customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id))) == 1
    assert not OrmQ.objects.exists()
