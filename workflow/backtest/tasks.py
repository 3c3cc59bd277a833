"""The django-q2 entry point of a backtest the page started: an id in, the service does the work."""

from __future__ import annotations

from workflow.backtest.services import run_backtest
from workflow.backtest.sources import BacktestInputError, from_psa
from workflow.choices import BacktestStatus
from workflow.models import BacktestRun


def run_backtest_task(run_id: int) -> None:
    run = BacktestRun.objects.select_related("tenant", "created_by").get(pk=run_id)
    if run.status != BacktestStatus.RUNNING or run.source != BacktestRun.Source.PSA:
        return  # already ended (a worker that ran it before), or not the worker's to read
    try:
        run_backtest(actor=run.created_by or "system:backtest", run=run,
                     batches=from_psa(run.tenant, days=run.days or 90))
    except BacktestInputError:
        return  # the run is failed with the reason; the page shows it
