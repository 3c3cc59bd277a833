"""`/health/`: what a load balancer or an operator's monitor asks before trusting this deployment.

Built on django-health-check's HealthCheckView (4.x: checks are dataclasses listed on the view, no app to
install). Four checks, each answering one question an operator would otherwise find out from a customer:

- Database: can we run a query at all (the library's own check).
- Broker: can the web process hand work to the cluster (django-q2's broker, ORM or Redis per
  settings.RALLIED_BROKER).
- ClusterHeartbeat: is a cluster running. django-q2's own Stat lives in the Django cache, which here is the
  per-process local-memory cache, so the web process cannot see it; instead we read what every running cluster
  writes to the database: its scheduler advances each Schedule's `next_run` when it fires (rallied/schedules.py
  declares one-minute schedules), so a `next_run` long overdue means no cluster is running the scheduler.
- Progress: work is moving. Fails when the reconciler (playbooks/reconciler.py) has not finished a pass recently,
  or when an open ticket is stuck in sweep.py's sense (untouched past `stuck_after()`, and `diagnose()` says it
  needs a re-drive or an escalation) for longer than the sweep needs to act on it.

Answers never carry ticket subjects or requesters (the page is unauthenticated): only counts, ids and times.
"""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from asgiref.sync import sync_to_async
from django.conf import settings
from django.utils import timezone
from health_check import checks
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView

from rallied.schedules import PREFIX, SCHEDULES
from tickets.choices import OPEN_STATUSES
from tickets.models import Ticket
from workflow.sweep import diagnose, stuck_after

RECONCILE_TASK = "playbooks.tasks.reconcile_actions_task"
SWEEP_EVERY = timedelta(minutes=next(m for n, _, m in SCHEDULES if n == f"{PREFIX}sweep_stuck_tickets"))
# How many stale open tickets one health request diagnoses at most: a monitor polls often, and a backlog of
# thousands is already a failure after the first few.
STUCK_SAMPLE = 50


def heartbeat_grace() -> timedelta:
    """How overdue a schedule may be before we say no cluster runs: a few passes of the sentinel's guard loop."""
    return timedelta(minutes=int(getattr(settings, "RALLIED_HEARTBEAT_GRACE_MINUTES", 3)))


def reconciler_grace() -> timedelta:
    """The reconciler runs every minute (rallied/schedules.py); five missed passes is not a hiccup."""
    return timedelta(minutes=int(getattr(settings, "RALLIED_RECONCILER_GRACE_MINUTES", 5)))


class _InRequestThread(HealthCheck):
    """Runs `probe()` on the request's own thread and database connection.

    The library runs a synchronous check in a thread pool, which opens a second database connection per check
    and per request (and, in tests, cannot see the test's transaction). Django's thread-sensitive
    sync_to_async sends it back to the thread that serves the request instead.
    """

    async def run(self) -> None:
        await sync_to_async(self.probe, thread_sensitive=True)()

    def probe(self) -> None:
        raise NotImplementedError


@dataclasses.dataclass
class Database(_InRequestThread, checks.Database):
    """The library's SELECT 1, on the request's connection."""

    def probe(self) -> None:
        checks.Database.run(self)


@dataclasses.dataclass
class Broker(_InRequestThread):
    """The django-q2 broker answers: Redis is pinged; the ORM broker's queue table is read."""

    def probe(self) -> None:
        from django_q.brokers import get_broker

        try:
            broker = get_broker()
            broker.ping()
            broker.queue_size()
        except Exception as exc:  # any failure here means tasks cannot be queued
            raise ServiceUnavailable(f"broker unreachable ({type(exc).__name__})") from exc


@dataclasses.dataclass
class ClusterHeartbeat(_InRequestThread):
    """A cluster's scheduler has advanced Rallied's schedules recently."""

    def probe(self) -> None:
        from django_q.models import Schedule

        oldest = (Schedule.objects.filter(name__startswith=PREFIX, next_run__isnull=False)
                  .order_by("next_run").values_list("next_run", flat=True).first())
        if oldest is None:
            raise ServiceUnavailable("no Rallied schedule is installed (run migrate)")
        overdue = timezone.now() - oldest
        if overdue > heartbeat_grace():
            raise ServiceUnavailable(f"no cluster heartbeat: schedules overdue since {oldest.isoformat()}")


@dataclasses.dataclass
class Progress(_InRequestThread):
    """The reconciler ran recently, and no open ticket is stuck past what the sweep should have fixed."""

    def probe(self) -> None:
        from django_q.models import Task

        now = timezone.now()
        last = (Task.objects.filter(func=RECONCILE_TASK).order_by("-stopped")
                .values_list("stopped", flat=True).first())
        if last is None or now - last > reconciler_grace():
            since = last.isoformat() if last else "never"
            raise ServiceUnavailable(f"the reconciler has not run recently (last pass: {since})")
        stuck = stuck_tickets(now=now)
        if stuck:
            raise ServiceUnavailable(f"{len(stuck)} ticket(s) stuck in a non-final state: #"
                                     + ", #".join(str(pk) for pk in stuck[:10]))


def stuck_tickets(*, now=None) -> list[int]:
    """Ids of open tickets untouched past stuck_after() plus one sweep period that nothing will move."""
    now = now or timezone.now()
    stale = (Ticket.objects.filter(status__in=OPEN_STATUSES, updated_at__lt=now - stuck_after() - SWEEP_EVERY)
             .order_by("updated_at")[:STUCK_SAMPLE])
    return [t.pk for t in stale if diagnose(t)[0] != "ok"]


class RalliedHealthView(HealthCheckView):
    checks = (
        Database,
        Broker,
        ClusterHeartbeat,
        Progress,
    )
