"""Ticket statuses and the transitions allowed between them."""

from django.db import models


class TicketStatus(models.TextChoices):
    RECEIVED = "received", "Received"
    TRIAGED = "triaged", "Triaged"
    AWAITING_VERIFICATION = "awaiting_verification", "Awaiting verification"
    AWAITING_APPROVAL = "awaiting_approval", "Awaiting approval"
    EXECUTING = "executing", "Executing"
    # Every action succeeded; the reply, note, time entry and close are being written to the PSA (retried while it
    # is down, workflow/writeback.py). Resolved only once the PSA has accepted the reply and the close.
    WRITING_BACK = "writing_back", "Waiting for the PSA"
    RESOLVED = "resolved", "Resolved"
    ESCALATED = "escalated", "Escalated"
    PLANNED = "planned", "Planned (plan mode)"
    # A person in the PSA took the ticket (assigned it to themselves or someone, moved its status, wrote a note):
    # Rallied writes nothing more to it and runs nothing more for it (tickets/updates.py).
    TAKEN_OVER = "taken_over", "Taken over by a person"


S = TicketStatus
# Escalation is allowed from every open state; resolved/planned may reopen to received when the requester answers
# (a new request, or "still not working"). A person taking the ticket over in the PSA ends Rallied's part from any
# status but escalated (already a person's) and is never left: what follows is theirs.
TICKET_TRANSITIONS: dict[str, set[str]] = {
    S.RECEIVED: {S.TRIAGED, S.ESCALATED, S.TAKEN_OVER},
    S.TRIAGED: {S.AWAITING_VERIFICATION, S.AWAITING_APPROVAL, S.EXECUTING, S.PLANNED, S.ESCALATED, S.TAKEN_OVER},
    S.AWAITING_VERIFICATION: {S.AWAITING_APPROVAL, S.EXECUTING, S.PLANNED, S.ESCALATED, S.TAKEN_OVER},
    S.AWAITING_APPROVAL: {S.EXECUTING, S.RESOLVED, S.ESCALATED, S.TAKEN_OVER},
    S.EXECUTING: {S.WRITING_BACK, S.RESOLVED, S.ESCALATED, S.AWAITING_APPROVAL, S.TAKEN_OVER},
    S.WRITING_BACK: {S.RESOLVED, S.ESCALATED, S.TAKEN_OVER},
    S.RESOLVED: {S.RECEIVED, S.TAKEN_OVER},
    S.ESCALATED: {S.RECEIVED},
    S.PLANNED: {S.RECEIVED, S.TAKEN_OVER},
    S.TAKEN_OVER: set(),
}
OPEN_STATUSES = {S.RECEIVED, S.TRIAGED, S.AWAITING_VERIFICATION, S.AWAITING_APPROVAL, S.EXECUTING, S.WRITING_BACK}
FINAL_STATUSES = {S.RESOLVED, S.ESCALATED, S.PLANNED, S.TAKEN_OVER}
# A requester's message on a ticket in one of these re-enters triage (tickets/updates.py); on escalated and taken
# over tickets it is a person's to read.
REENTRY_STATUSES = {S.RESOLVED, S.PLANNED}
# A ticket Rallied resolved that comes back within this many days counts as reopened against what Rallied did.
REOPEN_WINDOW_DAYS = 30


class TicketSource(models.TextChoices):
    API = "api", "REST API"
    CONNECTWISE = "connectwise", "ConnectWise"
    AUTOTASK = "autotask", "Autotask"
    HALOPSA = "halopsa", "HaloPSA"


class WriteBackStatus(models.TextChoices):
    """A ticket's write-back to its PSA (tickets/psa_writeback.py): the parts are posted, each at most once."""

    PENDING = "pending", "Waiting for its next attempt"
    POSTING = "posting", "Being posted"
    DONE = "done", "Accepted by the PSA"
    FAILED = "failed", "Given up (a technician has the ticket)"
    WITHDRAWN = "withdrawn", "Withdrawn (the ticket is a person's now)"


W = WriteBackStatus
# posting -> pending is a failed attempt waiting for its retry; a posting row whose lease ran out (its worker died)
# is taken again by the next attempt, which reads the PSA before re-posting the part that was in flight.
WRITEBACK_TRANSITIONS: dict[str, set[str]] = {
    W.PENDING: {W.POSTING, W.FAILED, W.WITHDRAWN},
    W.POSTING: {W.POSTING, W.PENDING, W.DONE, W.FAILED, W.WITHDRAWN},
    W.DONE: set(),
    W.FAILED: set(),
    W.WITHDRAWN: set(),
}
WRITEBACK_OPEN = {W.PENDING, W.POSTING}


class WriteBackPart(models.TextChoices):
    """What a write-back posts, in this order: the note lands before the close that hides the ticket."""

    NOTE = "note", "Internal note"
    REPLY = "reply", "Reply to the requester"
    TIME = "time", "Time entry"
    CLOSE = "close", "Close"
