"""Statuses of the lifecycle's own records (backtests, requester replies) and the transitions allowed between them."""

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

class ReplyStage(models.TextChoices):
    # Sent only when the ticket will take time: it waits on the manager's confirmation (the proof of who asked).
    RECEIVED = "received", "Received, will take time"
    AWAITING_APPROVAL = "awaiting_approval", "Waiting for a technician's approval"
    ESCALATED = "escalated", "Handed to a person"
    DONE = "done", "Done"


class ReplyStatus(models.TextChoices):
    CLAIMED = "claimed", "Being sent"  # the one row that makes a second copy impossible
    POSTED = "posted", "Posted to the PSA"
    FAILED = "failed", "Not posted (a retry of the step may post it)"
