"""Running a backtest: read the past tickets, decide them oldest first, store the figures on the run.

The only writes are the run's own row and one audit event when it ends: no ticket, no action, nothing at any
vendor (the PSA is only read). `run_backtest` does it in the caller's thread (the command, a CSV upload);
`start_backtest` queues the same work for a django-q2 worker (the page's PSA backtest) once the run is committed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from django.db import transaction
from django.utils import timezone

from audit.services import record
from rallied.actors import Actor
from rallied.tasks import dispatch
from tenants.models import Tenant
from workflow.backtest.simulate import PastTicket, Simulator, Verdict
from workflow.backtest.sources import BacktestInputError, Batch
from workflow.backtest.summary import Summary, summarise
from workflow.choices import BACKTEST_TRANSITIONS, BacktestStatus
from workflow.models import BacktestRun

TASK = "workflow.backtest.tasks.run_backtest_task"
# Progress callback: (stage "reading" | "deciding", tickets done so far, how many in all if known).
Progress = Callable[[str, int, int | None], None]


def create_run(*, actor: Actor, tenant: Tenant, source: str, days: int | None = None,
               filename: str = "") -> BacktestRun:
    """A new run, in progress; the caller fills it (run_backtest) or a worker does (start_backtest)."""
    user = actor if getattr(actor, "pk", None) is not None else None
    return BacktestRun.objects.create(tenant=tenant, source=source, days=days, filename=filename[:200],
                                      created_by=user)


def start_backtest(*, actor: Actor, tenant: Tenant, days: int) -> BacktestRun:
    """Queue a PSA backtest for a worker (it can take minutes on a busy PSA); the page follows its progress."""
    with transaction.atomic():
        run = create_run(actor=actor, tenant=tenant, source=BacktestRun.Source.PSA, days=days)
        record(actor=actor, verb="backtest.started", obj=run, tenant=tenant, details={"source": "psa", "days": days})
        transaction.on_commit(lambda: dispatch(TASK, run.pk))
    return run


def run_backtest(*, actor: Actor, run: BacktestRun, batches: Iterable[Batch],
                 progress: Progress | None = None) -> Summary:
    """Read every batch, decide the tickets in the order they came in, and finish the run with its figures.

    A problem with the input (a bad CSV row, a PSA that refuses) fails the run with the message and is raised
    again for the caller to show; anything else fails the run too, and is raised as it is.
    """
    try:
        tickets = _read(run, batches, progress)
        summary = summarise(run.tenant, run.source, decide_all(run.tenant, tickets, progress))
    except Exception as exc:
        message = "; ".join(exc.problems) if isinstance(exc, BacktestInputError) else f"{type(exc).__name__}: {exc}"
        finish_run(actor=actor, run=run, error=message)
        raise
    finish_run(actor=actor, run=run, summary=summary)
    return summary


def _read(run: BacktestRun, batches: Iterable[Batch], progress: Progress | None) -> list[PastTicket]:
    tickets: list[PastTicket] = []
    for batch in batches:
        tickets += batch.tickets
        total = max(batch.total, len(tickets)) if batch.total is not None else None
        BacktestRun.objects.filter(pk=run.pk).update(done=len(tickets), total=total)
        if progress is not None:
            progress("reading", len(tickets), total)
    return tickets


def decide_all(tenant: Tenant, tickets: list[PastTicket],
               progress: Progress | None = None) -> list[tuple[PastTicket, Verdict]]:
    """Every ticket decided, oldest first (ties keep their order): the history of each is the ones before it."""
    def when(ticket: PastTicket) -> tuple[bool, datetime]:
        moment = ticket.created_at or ticket.closed_at
        return moment is None, moment or datetime.min.replace(tzinfo=UTC)

    ordered = sorted(tickets, key=when)
    simulator = Simulator(tenant)
    decided = []
    for ticket in ordered:
        decided.append((ticket, simulator.verdict(ticket)))
        if progress is not None:
            progress("deciding", len(decided), len(ordered))
    return decided


def finish_run(*, actor: Actor, run: BacktestRun, summary: Summary | None = None, error: str = "") -> bool:
    """Running -> done (with the figures) or failed (with why), once; False when the run had already ended."""
    to = BacktestStatus.FAILED if summary is None else BacktestStatus.DONE
    if to not in BACKTEST_TRANSITIONS[BacktestStatus.RUNNING]:
        raise AssertionError(to)
    fields: dict[str, Any] = {"status": to, "finished_at": timezone.now(), "error": error[:2000],
                              "result": summary.as_dict() if summary else None}
    if summary is not None:
        fields["done"] = summary.total
    with transaction.atomic():
        won = BacktestRun.objects.filter(pk=run.pk, status=BacktestStatus.RUNNING).update(**fields)
        if won:
            for name, value in fields.items():
                setattr(run, name, value)
            details = {"source": run.source, "days": run.days, "tickets": summary.total if summary else run.done}
            if summary is not None:
                details.update(summary.counts)
            record(actor=actor, verb="backtest.finished" if summary else "backtest.failed", obj=run,
                   tenant=run.tenant, outcome="ok" if summary else "failed", details=details)
    return bool(won)
