"""Playbooks (what to do for a category) and Actions (the unit of work, executed exactly once)."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from playbooks.choices import ActionStatus, DecisionMode
from rallied.kinds import KIND_CHOICES


class Playbook(models.Model):
    """The steps for one ticket category: the MSP default (no tenant) or one tenant's override."""

    category = models.CharField(max_length=32)
    tenant = models.ForeignKey(
        "tenants.Tenant", null=True, blank=True, on_delete=models.CASCADE, related_name="playbooks",
        help_text="Blank: the MSP default for every tenant without its own.",
    )
    name = models.CharField(max_length=200)
    enabled = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["category", "tenant"], name="one_playbook_per_tenant_category"),
            models.UniqueConstraint(
                fields=["category"], condition=models.Q(tenant__isnull=True), name="one_default_playbook"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.tenant.slug if self.tenant else 'MSP default'})"


class PlaybookStep(models.Model):
    """One ordered step: an action kind and parameter templates filled from the ticket's entities.

    Templates use `{target}`, `{requester}`, `{group}`, `{mailbox}`, `{license}` ... from triage.
    """

    playbook = models.ForeignKey(Playbook, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(max_length=32, choices=KIND_CHOICES)
    params_template = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"{self.order}. {self.kind}"


class Action(models.Model):
    """One change to make for a ticket, with its decision, reasons and an exactly-once execution record.

    `version` grows on every edit of the parameters; an approval binds to the version it saw.
    `lease_until` marks a claimed execution; an `executing` row past its lease is the reconciler's.
    """

    ticket = models.ForeignKey("tickets.Ticket", on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(max_length=32, choices=KIND_CHOICES)
    target = models.CharField(max_length=320)
    params = models.JSONField(default=dict, blank=True)
    decision = models.CharField(max_length=16, choices=DecisionMode.choices, blank=True)
    reasons = models.JSONField(default=list, blank=True)
    # The decision's structured facts (approvals.policy FLAG_*: floor hits, risk signals). Rules such as bulk
    # approval read these, never the reworded prose of `reasons`; null = decided before flags were kept.
    flags = models.JSONField(null=True, blank=True, default=None)
    status = models.CharField(max_length=20, choices=ActionStatus.choices, default=ActionStatus.PROPOSED)
    idempotency_key = models.CharField(max_length=128, unique=True)
    version = models.PositiveIntegerField(default=1)
    attempts = models.PositiveSmallIntegerField(default=0)
    lease_until = models.DateTimeField(null=True, blank=True)
    before_state = models.JSONField(default=dict, blank=True)
    result = models.JSONField(default=dict, blank=True)
    error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    executed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.target} [{self.status}]"
