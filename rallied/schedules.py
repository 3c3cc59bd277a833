"""The django-q2 schedules Rallied relies on, declared in one list and installed idempotently.

Each entry is (name, dotted function, minutes between runs). `ensure_schedules()` creates or updates
them and removes Rallied schedules no longer declared here, so running it again changes nothing that
is already right.

Where it runs: after every `migrate` (a post_migrate handler connected in `rallied.apps`). Every deploy,
`make demo` and every test database run `migrate` before a cluster starts, so a cluster never runs
without its schedules, and no separate setup step can be forgotten.

Overlapping runs are harmless: each scheduled task settles rows with conditional updates (see
`playbooks/reconciler.py`, `approvals/expiry.py`) or holds a lease (`workflow/sweep.py`), and `catch_up` is off
in Q_CLUSTER. The sweep also runs when a cluster starts (`sweep_at_cluster_start`, connected in `rallied.apps`).
"""

from __future__ import annotations

import logging
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections

PREFIX = "rallied."
SWEEP_TASK = "workflow.tasks.sweep_stuck_tickets_task"
SCHEDULES: list[tuple[str, str, int]] = [
    ("rallied.reconcile_actions", "playbooks.tasks.reconcile_actions_task", 1),
    ("rallied.expire_approvals", "approvals.tasks.expire_approvals_task", 1),
    ("rallied.destroy_expired_secrets", "tickets.tasks.destroy_expired_secrets_task", 1),
    ("rallied.poll_psa", "tickets.tasks.poll_psa_connections_task", 1),
    # Signs each moving audit chain's head at least every RALLIED_AUDIT_CHECKPOINT_SECONDS (audit/checkpoints.py).
    ("rallied.audit_checkpoints", "audit.tasks.checkpoint_due_task", 1),
    # Posts what the PSA has not accepted yet of a resolving ticket (workflow/writeback.py).
    ("rallied.retry_writebacks", "workflow.tasks.retry_writebacks_task", 1),
    ("rallied.count_directories", "tenants.tasks.count_all_directories_task", 24 * 60),
    # Rings again every step whose doorbell was lost, or escalates (workflow/sweep.py); also at cluster start, below.
    ("rallied.sweep_stuck_tickets", SWEEP_TASK, 1),
]

# Q_CLUSTER stores the results of failed tasks only (rallied/settings.py). The health page reads when the reconciler
# last finished (workflow/health.py), so its results are kept, and it prunes its own (playbooks/tasks.py).
KEEP_RESULTS = {"rallied.reconcile_actions": {"save": True}}


def _q_options(name: str, func: str) -> str:
    """The schedule's `kwargs`: django-q2's options for the task it queues, as the literal django-q2 parses.

    Upkeep goes to the continuation queue (rallied/tasks.CONTINUATIONS), so a burst of new tickets does not delay the
    sweep, the reconciler or expiry: django-q2's `cluster` option names the queue, and the scheduler queues there
    rather than on the cluster's own."""
    from rallied.tasks import CONTINUATIONS, continuation_queue

    options = dict(KEEP_RESULTS.get(name, {}))
    if func in CONTINUATIONS:
        options["cluster"] = continuation_queue()
    return f"q_options={options!r}" if options else ""


def ensure_schedules(*, using: str = DEFAULT_DB_ALIAS) -> int:
    """Create or update every schedule in SCHEDULES; returns how many exist afterwards."""
    from django_q.models import Schedule

    schedules = Schedule.objects.using(using)
    for name, func, minutes in SCHEDULES:
        wanted: dict[str, Any] = {"func": func, "schedule_type": Schedule.MINUTES, "minutes": minutes,
                                  "repeats": -1, "kwargs": _q_options(name, func) or None}
        rows = list(schedules.filter(name=name).order_by("pk"))
        if not rows:
            schedules.create(name=name, **wanted)
            continue
        current = rows[0]
        for extra in rows[1:]:  # two deploys migrating at once may both have created it
            extra.delete()
        if any(getattr(current, key) != value for key, value in wanted.items()):
            for key, value in wanted.items():
                setattr(current, key, value)
            current.save(using=using)
    # A schedule Rallied no longer declares would call a function that may be gone.
    schedules.filter(name__startswith=PREFIX).exclude(name__in=[n for n, _, _ in SCHEDULES]).delete()
    return schedules.filter(name__startswith=PREFIX).count()


def ensure_schedules_after_migrate(sender: Any, using: str = DEFAULT_DB_ALIAS, **kwargs: Any) -> None:
    """post_migrate handler; skips a database where django_q's tables are not there (yet)."""
    from django_q.models import Schedule

    if Schedule._meta.db_table in connections[using].introspection.table_names():
        ensure_schedules(using=using)


def sweep_at_cluster_start(sender: Any, proc_name: str = "", **kwargs: Any) -> None:
    """django-q2's `post_spawn` handler (sent by each worker process as it starts): queue one sweep.

    A cluster that starts after a crash should not wait for the schedule's next minute to find the tickets the crash
    stranded. Every worker of every cluster queues one; the sweep's own lease makes all but one a no-op
    (workflow/sweep.py). Dispatched by name: this layer does not import the lifecycle.

    Not in sync mode: there django-q2 runs each task through a fresh in-process worker that sends `post_spawn`
    too, so a sweep queued here would queue the next one without end; and there is no cluster to start.
    """
    from django_q.conf import Conf

    from rallied.tasks import dispatch

    if Conf.SYNC:
        return
    try:
        dispatch(SWEEP_TASK)
    except Exception:  # a broker that is down now must not stop the worker from starting; the schedule follows
        logging.getLogger("rallied.schedules").exception("could not queue the sweep at cluster start")
