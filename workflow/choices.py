"""Statuses of the lifecycle's own records and the transitions allowed between them."""

from django.db import models


class BacktestStatus(models.TextChoices):
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


# A run reads and decides once: it ends done or failed and stays so (a new backtest is a new run).
BACKTEST_TRANSITIONS: dict[str, set[str]] = {
    BacktestStatus.RUNNING: {BacktestStatus.DONE, BacktestStatus.FAILED},
    BacktestStatus.DONE: set(),
    BacktestStatus.FAILED: set(),
}
