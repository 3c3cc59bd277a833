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
    # Which of the ticket's intents (an index into Ticket.intents, or 0 for a ticket triaged before intents) this
    # action carries out: the ticket is done only when every intent is (playbooks/selectors.intent_outcomes).
    intent = models.PositiveSmallIntegerField(null=True, blank=True)
    idempotency_key = models.CharField(max_length=128, unique=True)
    version = models.PositiveIntegerField(default=1)
    attempts = models.PositiveSmallIntegerField(default=0)
    lease_until = models.DateTimeField(null=True, blank=True)
    # A step the ticket asked for at a time ("disable her Friday at 5 pm"): it is not run before then, whenever it
    # is approved; a django-q2 schedule rings it then (playbooks/scheduling.py). Null: as soon as it may run.
    not_before = models.DateTimeField(null=True, blank=True)
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


class IntentPlan(models.Model):
    """What the planner made of one intent of a ticket's round: actions (`planned`) or why not (the other codes).

    An intent that could only partly be planned (an offboarding step the tenant's identity provider cannot do) is
    `planned` for the steps that run and keeps the rest in `gaps` ([{kind, code, reason}]): a technician does those.
    Written once per intent and round by playbooks.services.plan_actions; read through playbooks/selectors.py.
    """

    class Status(models.TextChoices):
        PLANNED = "planned", "Planned"
        UNSUPPORTED = "unsupported", "The identity provider cannot do it"
        OUT_OF_SCOPE = "out_of_scope", "Outside the service account's scope"
        AMBIGUOUS = "ambiguous", "Ambiguous"
        MISSING = "missing", "Missing detail"
        CATALOGUE = "catalogue", "Licence not available"

    ticket = models.ForeignKey("tickets.Ticket", on_delete=models.CASCADE, related_name="intent_plans")
    round = models.PositiveSmallIntegerField(default=0)
    index = models.PositiveSmallIntegerField()
    kind = models.CharField(max_length=32)
    target = models.CharField(max_length=320, blank=True)
    text = models.CharField(max_length=500, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices)
    reason = models.TextField(blank=True)
    gaps = models.JSONField(default=list, blank=True)
    # Some or all of the intent is left to a technician (not planned, or planned with gaps): a ticket with one is
    # never resolved by Rallied, nor counted as "would be autonomous" (workflow/reports.py, value_report.py).
    handed_over = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["round", "index"]
        constraints = [models.UniqueConstraint(fields=["ticket", "round", "index"], name="one_plan_per_intent")]

    def __str__(self) -> str:
        return f"#{self.index} {self.kind} [{self.status}]"

