"""The lifecycle's own records. Tickets, actions and decisions belong to the apps below; this holds what only the
workflow layer makes: a backtest's run and its figures (workflow/backtest/)."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from workflow.choices import BacktestStatus


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
