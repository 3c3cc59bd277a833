"""Approval request statuses, review decisions and channels."""

from django.db import models


class RequestStatus(models.TextChoices):
    OPEN = "open", "Open"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    EXPIRED = "expired", "Expired"


REQUEST_TRANSITIONS: dict[str, set[str]] = {
    RequestStatus.OPEN: {RequestStatus.APPROVED, RequestStatus.REJECTED, RequestStatus.EXPIRED},
    RequestStatus.APPROVED: set(),
    RequestStatus.REJECTED: set(),
    RequestStatus.EXPIRED: set(),
}


class ReviewDecision(models.TextChoices):
    APPROVE = "approve", "Approve"
    APPROVE_WITH_EDITS = "approve_with_edits", "Approve with edits"
    REJECT = "reject", "Reject"


class Channel(models.TextChoices):
    WEB = "web", "Web queue"
    API = "api", "API"
    SLACK = "slack", "Slack"
    TEAMS = "teams", "Teams"
