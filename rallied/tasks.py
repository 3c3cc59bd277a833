"""The one task dispatcher: every app queues its django-q2 work through `dispatch`.

A task is named by its dotted path and takes ids only; the database is the truth and the broker only
rings the doorbell. Callers dispatch after their transaction commits (`transaction.on_commit`), so a
worker never sees an id whose row is not there yet.

`inline()` runs follow-up work in the calling thread instead of the broker: the `resolve` command uses
it to take a batch of tickets through the whole path synchronously.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from django.utils.module_loading import import_string
from django_q.tasks import async_task

_INLINE: ContextVar[bool] = ContextVar("rallied_inline_tasks", default=False)


@contextlib.contextmanager
def inline() -> Iterator[None]:
    token = _INLINE.set(True)
    try:
        yield
    finally:
        _INLINE.reset(token)


def is_inline() -> bool:
    return _INLINE.get()


# Which queue a task goes to (rallied/broker.py: workers take continuations before new work). A continuation is a
# step of a ticket already under way, or upkeep that must not wait behind a burst: queued behind 200 new tickets'
# first steps, a started ticket waited for all of them, and the sweep, reconciler and expiry ran minutes late. Every
# task not listed is new work, as every task was before: a ticket's first step (start_ticket, also when the sweep
# rings it again or a reply reopens it), a PSA poll that takes tickets in, and bulk jobs (backtests, directory
# counts) that would otherwise hold workers ahead of tickets. The scheduled tasks (rallied/schedules.py) are upkeep:
# each runs for a second or less, once a minute.
CONTINUATIONS = frozenset({
    "playbooks.tasks.execute_action_task",
    "workflow.tasks.settle_ticket_task",
    "workflow.tasks.follow_manager_answer_task",
    "workflow.tasks.follow_reply_task",
    "workflow.tasks.withdraw_for_takeover_task",
    "workflow.tasks.escalate_crashed_action_task",
    "workflow.undo.finish_undo_task",
    "approvals.tasks.post_request_cards_task",
    "approvals.tasks.refresh_cards_task",
    "approvals.tasks.tell_approvers_of_failure_task",
    "approvals.tasks.deliver_notice_task",
    # upkeep: the schedules, and the sweep queued when a cluster starts
    "playbooks.tasks.reconcile_actions_task",
    "approvals.tasks.expire_approvals_task",
    "tickets.tasks.destroy_expired_secrets_task",
    "tickets.tasks.poll_psa_connections_task",
    "audit.tasks.checkpoint_due_task",
    "workflow.tasks.retry_writebacks_task",
    "tenants.tasks.count_all_directories_task",
    "workflow.tasks.sweep_stuck_tickets_task",
})


def continuation_queue() -> str:
    """The name of the cluster's continuation queue, for django-q2's `cluster` option (the schedules use it)."""
    from django_q.conf import Conf

    from rallied.broker import queue_names

    return queue_names(Conf.CLUSTER_NAME)[0]


# One broker client per process, as for the database: django-q2 builds a new one for every task queued unless it is
# given one, and with Redis that was a TCP connect and close for every doorbell (each API ingest, issue 17). Keyed by
# process id, so a forked worker makes its own; the continuation queue's broker shares the new-work one's client.
_brokers: dict[int, tuple[Any, Any]] = {}


def _broker(continuation: bool = False) -> Any:
    pid = os.getpid()
    pair = _brokers.get(pid)
    if pair is None:
        from django_q.brokers import get_broker

        broker = get_broker()
        # A broker without a continuation queue (a settings override naming another class) takes both kinds.
        pair = _brokers[pid] = (broker, broker.continuations() if hasattr(broker, "continuations") else broker)
    return pair[continuation]


def dispatch(task: str, *args: int) -> None:
    """Queue the task at dotted path `task` with `args`, or run it here inside `inline()`."""
    if _INLINE.get():
        import_string(task)(*args)
    else:
        async_task(task, *args, broker=_broker(task in CONTINUATIONS))


def waiting_doorbells(*, limit: int = 5000) -> set[tuple[str, tuple]] | None:
    """(task, args) of every doorbell still waiting in the broker for a worker to take it; None when there are more
    than `limit` (too many to read each pass: callers then treat every doorbell as possibly waiting).

    Lets the sweep (workflow/sweep.py) tell a busy cluster from a lost doorbell. Only tasks no worker has taken count:
    the ORM broker keeps a taken task's row, locked for Q_CLUSTER's `retry`, and its worker may be dead, so that task
    counts as possibly lost; Redis removes a task from its list as a cluster takes it.
    """
    from django_q.brokers import get_broker
    from django_q.signing import SignedPackage

    broker = get_broker()
    if broker.queue_size() > limit:
        return None
    # Both queues: a doorbell waiting behind others in either is not lost (rallied/broker.py).
    keys = broker.queue_keys() if hasattr(broker, "queue_keys") else (broker.list_key,)
    if hasattr(broker, "connection") and hasattr(broker.connection, "lrange"):  # Redis
        payloads = [p for key in keys for p in broker.connection.lrange(key, 0, limit - 1)]
    else:  # the ORM broker: rows whose lock has passed are the ones a worker may take
        from django.utils import timezone
        from django_q.models import OrmQ

        payloads = OrmQ.objects.filter(key__in=keys, lock__lte=timezone.now()).values_list(
            "payload", flat=True)[:limit]
    waiting: set[tuple[str, tuple]] = set()
    for payload in payloads:
        try:
            task = SignedPackage.loads(payload)
        except Exception:  # a payload signed with another key is not ours to read: it is nobody's doorbell here
            task = {}
        if task:
            waiting.add((str(task.get("func")), tuple(task.get("args") or ())))
    return waiting
