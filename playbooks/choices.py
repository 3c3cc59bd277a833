"""Action statuses, decisions and the transitions allowed between statuses."""

from django.db import models


class DecisionMode(models.TextChoices):
    AUTONOMOUS = "autonomous", "Autonomous"
    APPROVAL = "approval", "Needs approval"
    FORBIDDEN = "forbidden", "Forbidden"


class ActionStatus(models.TextChoices):
    PROPOSED = "proposed", "Proposed"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    APPROVED = "approved", "Approved"
    EXECUTING = "executing", "Executing"
    SUCCEEDED = "succeeded", "Succeeded"
    REJECTED = "rejected", "Rejected"
    EXPIRED = "expired", "Expired"
    BLOCKED = "blocked", "Blocked"
    FAILED = "failed", "Failed"
    UNKNOWN_OUTCOME = "unknown_outcome", "Unknown outcome"
    UNDONE = "undone", "Undone"
    PLANNED = "planned", "Would have run (plan mode)"
    # A person took the ticket over in the PSA before this ran: never executed afterwards.
    WITHDRAWN = "withdrawn", "Withdrawn (a person took the ticket)"


A = ActionStatus
ACTION_TRANSITIONS: dict[str, set[str]] = {
    A.PROPOSED: {A.AWAITING_APPROVAL, A.APPROVED, A.BLOCKED, A.PLANNED, A.REJECTED, A.WITHDRAWN},
    A.AWAITING_APPROVAL: {A.APPROVED, A.REJECTED, A.EXPIRED, A.AWAITING_APPROVAL, A.WITHDRAWN},
    A.APPROVED: {A.EXECUTING, A.REJECTED, A.EXPIRED, A.WITHDRAWN},
    # executing -> approved: the claim's lease ran out before any vendor call began (reconciler).
    A.EXECUTING: {A.SUCCEEDED, A.FAILED, A.UNKNOWN_OUTCOME, A.APPROVED},
    A.UNKNOWN_OUTCOME: {A.SUCCEEDED, A.FAILED},
    A.SUCCEEDED: {A.UNDONE},
    A.REJECTED: set(),
    A.EXPIRED: set(),
    A.BLOCKED: set(),
    A.FAILED: set(),
    A.UNDONE: set(),
    A.PLANNED: set(),
    A.WITHDRAWN: set(),
}
DONE_STATUSES = {A.SUCCEEDED, A.REJECTED, A.EXPIRED, A.BLOCKED, A.FAILED, A.UNDONE, A.PLANNED, A.WITHDRAWN}
# Not started yet: what a takeover withdraws (workflow/lifecycle.withdraw_for_takeover).
PENDING_STATUSES = {A.PROPOSED, A.AWAITING_APPROVAL, A.APPROVED}
