"""The manager path's one row: a confirmation asked of a target's manager through a signed, single-use link.

Imported by approvals/models.py so Django registers it with the approvals app.
"""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from approvals.choices import ConfirmationStatus


class ManagerConfirmation(models.Model):
    """A request to the target's manager (from the directory) to confirm a sensitive action out of band.

    The link's token is signed with django.core.signing and carries only this row's nonce; the row makes
    it single-use (a conditional update from `sent`) and expiring. The link goes to the manager's
    directory address, never to the ticket's requester, and is stored nowhere else.
    """

    Status = ConfirmationStatus  # statuses and their transitions live in approvals/choices.py

    ticket = models.ForeignKey("tickets.Ticket", on_delete=models.CASCADE, related_name="manager_confirmations")
    target = models.CharField(max_length=320)
    manager_email = models.EmailField(max_length=320)
    manager_name = models.CharField(max_length=200, blank=True)
    reason = models.CharField(max_length=300, blank=True, help_text="Why the manager confirms instead of a push.")
    deliver_secret_to_manager = models.BooleanField(
        default=False, help_text="Send the one-time secret link (e.g. a TAP) to the manager instead of the reply."
    )
    nonce = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SENT)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    decided_at = models.DateTimeField(null=True, blank=True)
    # Set in the transaction that carries the answer out (workflow/manager_followup.py): a delivery of the follow-up
    # task that finds it set does nothing, however often the broker or the sweep rings it.
    followed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Manager confirmation by {self.manager_email} for ticket {self.ticket_id} [{self.status}]"
