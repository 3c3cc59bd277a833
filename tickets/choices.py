"""Ticket statuses and the transitions allowed between them."""

from django.db import models


class TicketStatus(models.TextChoices):
    RECEIVED = "received", "Received"
    TRIAGED = "triaged", "Triaged"
    AWAITING_VERIFICATION = "awaiting_verification", "Awaiting verification"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    EXECUTING = "executing", "Executing"
    RESOLVED = "resolved", "Resolved"
    ESCALATED = "escalated", "Escalated"
    PLANNED = "planned", "Planned (plan mode)"


S = TicketStatus
# Escalation is allowed from every open state; resolved/planned/escalated may reopen to received
# when the requester answers with a new problem.
TICKET_TRANSITIONS: dict[str, set[str]] = {
    S.RECEIVED: {S.TRIAGED, S.ESCALATED},
    S.TRIAGED: {S.AWAITING_VERIFICATION, S.AWAITING_APPROVAL, S.EXECUTING, S.PLANNED, S.ESCALATED},
    S.AWAITING_VERIFICATION: {S.AWAITING_APPROVAL, S.EXECUTING, S.PLANNED, S.ESCALATED},
    S.AWAITING_APPROVAL: {S.EXECUTING, S.RESOLVED, S.ESCALATED},
    S.EXECUTING: {S.RESOLVED, S.ESCALATED, S.AWAITING_APPROVAL},
    S.RESOLVED: {S.RECEIVED},
    S.ESCALATED: {S.RECEIVED},
    S.PLANNED: {S.RECEIVED},
}
OPEN_STATUSES = {S.RECEIVED, S.TRIAGED, S.AWAITING_VERIFICATION, S.AWAITING_APPROVAL, S.EXECUTING}
FINAL_STATUSES = {S.RESOLVED, S.ESCALATED, S.PLANNED}


class TicketSource(models.TextChoices):
    API = "api", "REST API"
    CONNECTWISE = "connectwise", "ConnectWise"
    AUTOTASK = "autotask", "Autotask"
    HALOPSA = "halopsa", "HaloPSA"
