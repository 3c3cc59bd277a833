"""Autonomy policies (what may run on its own) and approval requests with their reviews."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from approvals.choices import Channel, IdentityCheck, RequestStatus, ReviewDecision
from playbooks.choices import DecisionMode
from rallied.kinds import KIND_CHOICES


class AutonomyPolicy(models.Model):
    """The mode for one action kind: the MSP default (no tenant) or a tenant's override.

    conditions: {"business_hours_only": bool, "min_confidence": 0..1, "daily_limit_target": int,
    "daily_limit_tenant": int, "daily_limit_requester": int, "requester_relation": "self"|"manager"|"any"}.
    The safety floor in approvals/policy.py applies first; no policy can loosen it.
    """

    tenant = models.ForeignKey(
        "tenants.Tenant", null=True, blank=True, on_delete=models.CASCADE, related_name="policies"
    )
    kind = models.CharField(max_length=32, choices=KIND_CHOICES)
    mode = models.CharField(max_length=16, choices=DecisionMode.choices, default=DecisionMode.APPROVAL)
    conditions = models.JSONField(default=dict, blank=True)
    approvals_required = models.PositiveSmallIntegerField(default=1)
    approval_expiry_minutes = models.PositiveIntegerField(default=240)

    class Meta:
        verbose_name_plural = "autonomy policies"
        constraints = [
            models.UniqueConstraint(fields=["tenant", "kind"], name="one_policy_per_tenant_kind"),
            models.UniqueConstraint(
                fields=["kind"], condition=models.Q(tenant__isnull=True), name="one_default_policy_per_kind"
            ),
            models.CheckConstraint(
                condition=models.Q(approvals_required__gte=1, approvals_required__lte=2),
                name="approvals_required_1_or_2",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.mode} ({self.tenant.slug if self.tenant else 'MSP default'})"


class ApprovalRequest(models.Model):
    """A technician's decision waiting on one action, bound to the action version it was raised for."""

    action = models.OneToOneField("playbooks.Action", on_delete=models.CASCADE, related_name="approval")
    status = models.CharField(max_length=12, choices=RequestStatus.choices, default=RequestStatus.OPEN)
    approvals_required = models.PositiveSmallIntegerField(default=1)
    action_version = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Approval for {self.action} [{self.status}]"


class Review(models.Model):
    """One technician's decision on an approval request, with edits (the diff) and a comment."""

    request = models.ForeignKey(ApprovalRequest, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews")
    decision = models.CharField(max_length=20, choices=ReviewDecision.choices)
    edits = models.JSONField(default=dict, blank=True)
    comment = models.TextField(blank=True)
    channel = models.CharField(max_length=8, choices=Channel.choices, default=Channel.WEB)
    # How the reviewer verified the person while the out-of-band proof was missing (approvals/identity.py).
    identity_check = models.CharField(max_length=16, choices=IdentityCheck.choices, blank=True)
    action_version = models.PositiveIntegerField()
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["request", "reviewer"], name="one_review_per_reviewer")
        ]

    def __str__(self) -> str:
        return f"{self.decision} by {self.reviewer}"


# Chat approvals (Slack, Teams) keep their models in their own module, beside this one.
from approvals.chat_models import ApprovalLink, ChatDelivery, ChatIdentity, ChatMessage  # noqa: E402, F401

# The manager path of out-of-band verification keeps its model in its own module.
from approvals.manager_models import ManagerConfirmation  # noqa: E402, F401
