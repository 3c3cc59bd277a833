"""Approval request statuses, review decisions and channels."""

from django.db import models


class RequestStatus(models.TextChoices):
    OPEN = "open", "Open"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    EXPIRED = "expired", "Expired"
    # No technician's decision is needed any more: the proof that was missing arrived (the manager confirmed)
    # and the policy lets the action run on its own. The request is kept, and its chat cards redrawn.
    WITHDRAWN = "withdrawn", "Withdrawn"


REQUEST_TRANSITIONS: dict[str, set[str]] = {
    RequestStatus.OPEN: {RequestStatus.APPROVED, RequestStatus.REJECTED, RequestStatus.EXPIRED,
                         RequestStatus.WITHDRAWN},
    RequestStatus.APPROVED: set(),
    RequestStatus.REJECTED: set(),
    RequestStatus.EXPIRED: set(),
    RequestStatus.WITHDRAWN: set(),
}


class ConfirmationStatus(models.TextChoices):
    """A manager confirmation link: sent, then answered once, or expired unanswered (approvals/expiry.py)."""

    SENT = "sent", "Sent"
    CONFIRMED = "confirmed", "Confirmed"
    DECLINED = "declined", "Declined"
    EXPIRED = "expired", "Expired"


CONFIRMATION_TRANSITIONS: dict[str, set[str]] = {
    ConfirmationStatus.SENT: {ConfirmationStatus.CONFIRMED, ConfirmationStatus.DECLINED, ConfirmationStatus.EXPIRED},
    ConfirmationStatus.CONFIRMED: set(),
    ConfirmationStatus.DECLINED: set(),
    ConfirmationStatus.EXPIRED: set(),
}


class SecretDelivery(models.TextChoices):
    """Where a one-time secret link (temporary password, TAP) goes after the manager confirmed a reset: the
    `secret_delivery` condition of an AutonomyPolicy. Unset: to the manager when the phone is lost, else the reply."""

    MANAGER = "manager", "to the manager"
    REQUESTER = "requester", "in the reply to the requester"


class IdentityCheck(models.TextChoices):
    """How a technician verified the person when approving a secret-returning action whose out-of-band proof is
    missing (the manager's confirmation still pending, or a lost phone): approvals/identity.py."""

    CALLBACK = "callback", "Called back on the phone number in the directory"
    IN_PERSON = "in_person", "Verified in person"
    MANAGER_LINK = "manager_link", "Wait for the manager's confirmation link"


class ReviewDecision(models.TextChoices):
    APPROVE = "approve", "Approve"
    APPROVE_WITH_EDITS = "approve_with_edits", "Approve with edits"
    REJECT = "reject", "Reject"


class Channel(models.TextChoices):
    WEB = "web", "Web queue"
    API = "api", "API"
    SLACK = "slack", "Slack"
    TEAMS = "teams", "Teams"
