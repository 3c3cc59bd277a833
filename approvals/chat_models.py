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
