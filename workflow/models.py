"""The lifecycle's own records. Tickets, actions and decisions belong to the apps below; this holds what only the
workflow layer makes: a backtest's run and its figures (workflow/backtest/), and one row per reply to the requester.

A reply's row is claimed before the reply is written (unique per ticket, stage and round: a reopen or a new request
starts the ticket's next round), so a step that runs again, or two workers on one ticket, never post a second copy.
Its text is not kept: a done reply may carry a one-time link, which exists only in the requester's hands once sent.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from tickets.models import Ticket
from workflow.choices import BacktestStatus, ReplyStage, ReplyStatus


class BacktestRun(models.Model):
    """One backtest of a tenant's past tickets: where they came from, how far it got, and its figures.

    The figures (`result`) are the Summary the command printed and the page draws (workflow/backtest/summary.py).
    Nothing else is stored: no ticket, no text, no requester; the past tickets are read, decided and dropped.
    """

    class Source(models.TextChoices):
        PSA = "psa", "The tenant's PSA"
        CSV = "csv", "A CSV export"

    tenant = models.ForeignKey("tenants.Tenant", on_delete=models.CASCADE, related_name="backtests")
    source = models.CharField(max_length=8, choices=Source.choices)
    days = models.PositiveIntegerField(null=True, blank=True)
    filename = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=16, choices=BacktestStatus.choices, default=BacktestStatus.RUNNING)
    done = models.PositiveIntegerField(default=0)  # past tickets read so far
    total = models.PositiveIntegerField(null=True, blank=True)  # as many as the PSA said there are, if it said
    result = models.JSONField(null=True, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"Backtest of {self.tenant} ({self.get_source_display()}, {self.get_status_display()})"


class RequesterReply(models.Model):
    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="requester_replies")
    stage = models.CharField(max_length=24, choices=ReplyStage.choices)
    round = models.PositiveIntegerField(default=0, help_text="The ticket's round (Ticket.round) the reply is of.")
    status = models.CharField(max_length=16, choices=ReplyStatus.choices, default=ReplyStatus.CLAIMED)
    language = models.CharField(max_length=8, blank=True)
    drafted_by = models.CharField(max_length=16, blank=True, help_text="claude or template")
    fallback_reason = models.CharField(max_length=300, blank=True,
                                       help_text="Why Claude's draft was not used (never the draft itself).")
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["ticket", "stage", "round"], name="one_reply_per_stage_and_round"),
        ]

    def __str__(self) -> str:
        return f"{self.get_stage_display()} reply to ticket #{self.ticket_id} ({self.status})"


class Lease(models.Model):
    """A named, expiring hold on one piece of work, so that of two workers only one does it (workflow/leases.py).

    `name` says what is held: "sweep" for the sweep's pass (two clusters, or a pass that overlaps the next), and
    "start:<ticket>:<round>" for a ticket's start step, so a doorbell that rings while the step still runs finds
    it held. `taken` counts how many times it was taken: for a start step, how many workers began it, which is how
    the sweep tells a step that keeps dying from one whose doorbell was merely lost.
    """

    name = models.CharField(max_length=80, unique=True)
    holder = models.CharField(max_length=64, blank=True)
    until = models.DateTimeField()
    taken = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"Lease {self.name} until {self.until:%H:%M:%S}"
