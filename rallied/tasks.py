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


# One broker client per process, as for the database: django-q2 builds a new one for every task queued unless it is
# given one, and with Redis that was a TCP connect and close for every doorbell (each API ingest, issue 17). Keyed by
# process id, so a forked worker makes its own.
_brokers: dict[int, Any] = {}


def _broker() -> Any:
    pid = os.getpid()
    broker = _brokers.get(pid)
    if broker is None:
        from django_q.brokers import get_broker

        broker = _brokers[pid] = get_broker()
    return broker


def dispatch(task: str, *args: int) -> None:
    """Queue the task at dotted path `task` with `args`, or run it here inside `inline()`."""
    if _INLINE.get():
        import_string(task)(*args)
    else:
        async_task(task, *args, broker=_broker())


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
    if hasattr(broker, "connection") and hasattr(broker.connection, "lrange"):  # Redis
        payloads = broker.connection.lrange(broker.list_key, 0, limit - 1)
    else:  # the ORM broker: rows whose lock has passed are the ones a worker may take
        from django.utils import timezone
        from django_q.models import OrmQ

        payloads = OrmQ.objects.filter(key=broker.list_key, lock__lte=timezone.now()).values_list(
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
