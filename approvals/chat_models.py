"""What chat approvals need to remember: who a chat user is, where each card was posted, and Teams links.

Imported by approvals/models.py so Django registers them with the approvals app.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class ChatVendor(models.TextChoices):
    SLACK = "slack", "Slack"
    TEAMS = "teams", "Microsoft Teams"


class ChatIdentity(models.Model):
    """Links a chat account (a Slack member id in a workspace) to an MSP user.

    A button press counts only through this link: the chat account's display name or e-mail is never
    trusted to say who pressed it. Service leads edit these in the admin.
    """

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="chat_identities")
    vendor = models.CharField(max_length=8, choices=ChatVendor.choices, default=ChatVendor.SLACK)
    workspace = models.CharField(max_length=64, blank=True, help_text="Slack team id (T...); blank for any.")
    external_id = models.CharField(max_length=64, help_text="The member id in the chat tool, e.g. Slack U0123ABCD.")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "chat identities"
        constraints = [
            models.UniqueConstraint(fields=["vendor", "workspace", "external_id"], name="unique_chat_identity")
        ]

    def __str__(self) -> str:
        return f"{self.get_vendor_display()} {self.external_id} -> {self.user}"


class ChatMessage(models.Model):
    """A card posted for an approval request, kept so it can be updated once someone decides."""

    request = models.ForeignKey("approvals.ApprovalRequest", on_delete=models.CASCADE, related_name="chat_messages")
    vendor = models.CharField(max_length=8, choices=ChatVendor.choices)
    channel = models.CharField(max_length=64, blank=True)
    ts = models.CharField(max_length=64, blank=True, help_text="Slack's message timestamp (its id).")
    posted_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["request", "vendor"], name="one_card_per_request_vendor")]

    def __str__(self) -> str:
        return f"{self.vendor} card for request {self.request_id}"


class ApprovalLink(models.Model):
    """One signed approval link (sent in a Teams card). Single use: `used_at` is set by the decision it carried.

    The link's token is signed and holds this row's nonce; the row makes it single-use and lets a
    service lead see who used which link. A link opens a page, never a decision by itself.
    """

    request = models.ForeignKey("approvals.ApprovalRequest", on_delete=models.CASCADE, related_name="links")
    nonce = models.CharField(max_length=32, unique=True)
    action_version = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)
    used_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="+")

    def __str__(self) -> str:
        return f"Approval link for request {self.request_id} ({'used' if self.used_at else 'unused'})"


class DeliveryState(models.TextChoices):
    CLAIMED = "claimed", "Claimed (posting, or the worker stopped: outcome unknown)"
    POSTED = "posted", "Posted"
    FAILED = "failed", "Refused by the vendor (a later delivery may try again)"
    UNKNOWN = "unknown", "Outcome unknown (not repeated)"
    UNDELIVERABLE = "undeliverable", "Nowhere to post (not repeated)"


class ChatDelivery(models.Model):
    """One message Rallied posts (or one staff notice it records), claimed before it is posted.

    django-q2 may deliver a task twice, and the sweep rings lost doorbells again: the (key, destination) pair is
    unique, so of every delivery of the same task only the one whose insert wins posts (approvals/channels/once.py).
    `key` says what is told ("notice:<audit event>", "approval-card:<request>", "action-failed:<action>"),
    `destination` where ("slack", "teams", "slack:user:<pk>", or "staff" for the audit record of a notice).
    """

    tenant = models.ForeignKey("tenants.Tenant", on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=160)
    destination = models.CharField(max_length=80)
    state = models.CharField(max_length=16, choices=DeliveryState.choices, default=DeliveryState.CLAIMED)
    message_id = models.CharField(max_length=64, blank=True, help_text="The vendor's id of the message (Slack ts).")
    error = models.CharField(max_length=500, blank=True)
    attempts = models.PositiveSmallIntegerField(default=1)
    claimed_at = models.DateTimeField(default=timezone.now)
    settled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "chat deliveries"
        constraints = [models.UniqueConstraint(fields=["key", "destination"], name="one_delivery_per_key_destination")]

    def __str__(self) -> str:
        return f"{self.key} -> {self.destination} ({self.state})"
