"""Tickets, their timeline, and the one-time secrets handed to requesters."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from tenants.models import Tenant
from tickets.choices import TicketSource, TicketStatus, WriteBackStatus


class Ticket(models.Model):
    """A help-desk request from one tenant, unique per tenant + source + external id (ingest is idempotent)."""

    tenant = models.ForeignKey(Tenant, on_delete=models.PROTECT, related_name="tickets")
    source = models.CharField(max_length=16, choices=TicketSource.choices, default=TicketSource.API)
    external_id = models.CharField(max_length=128)
    psa_ticket_id = models.CharField(max_length=64, blank=True)
    subject = models.CharField(max_length=500)
    body = models.TextField(blank=True)
    requester_email = models.EmailField(max_length=320)
    requester_name = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=24, choices=TicketStatus.choices, default=TicketStatus.RECEIVED)
    category = models.CharField(max_length=32, blank=True)
    confidence = models.FloatField(null=True, blank=True)
    entities = models.JSONField(default=dict, blank=True)
    # What the ticket asks for, in order (rallied.intents.Intent.to_dict()); `category` is the first one's. Empty on
    # tickets triaged before intents were read: rallied.intents.legacy_intents(category, entities) stands in.
    intents = models.JSONField(default=list, blank=True)
    triage = models.JSONField(default=dict, blank=True, help_text="The full triage result (summary, area, checks).")
    # The requester's language as triage read it (tickets/triage/language.py LANGUAGES); blank before triage.
    language = models.CharField(max_length=8, blank=True, help_text="The requester's language (en, de, fr, es, nl).")
    verification = models.JSONField(default=dict, blank=True)
    escalation_reason = models.TextField(blank=True)
    received_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    minutes_saved = models.PositiveIntegerField(default=0)
    reopened = models.PositiveIntegerField(default=0)
    # Lifecycle in the PSA (tickets/updates.py): the newest PSA note or action already read, and the round of work
    # (0 for the first request; each requester message that re-enters triage starts the next one).
    psa_seen = models.BigIntegerField(default=0)
    round = models.PositiveSmallIntegerField(default=0)
    round_started_at = models.DateTimeField(null=True, blank=True)
    # Who posted it: the technician (a user token) and/or the API token. Approver != submitter is enforced on
    # these (approvals.services._check_reviewer); PSA intake and the pipeline leave them empty.
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="submitted_tickets")
    submitted_by_token = models.ForeignKey("tenants.ApiToken", null=True, blank=True, on_delete=models.SET_NULL,
                                           related_name="submitted_tickets")

    class Meta:
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "source", "external_id"], name="unique_ticket_per_source")
        ]
        indexes = [models.Index(fields=["tenant", "status"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.subject[:60]}"


class TicketEvent(models.Model):
    """One row of a ticket's timeline, written by every transition and every notable step."""

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    kind = models.CharField(max_length=32)
    from_status = models.CharField(max_length=24, blank=True)
    to_status = models.CharField(max_length=24, blank=True)
    actor = models.CharField(max_length=200)
    message = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.from_status}->{self.to_status}"


class OneTimeSecret(models.Model):
    """A temporary password or TAP, encrypted, shown once through an expiring link, then destroyed.

    Only the SHA-256 of the link token is stored, so the database alone cannot open the link.
    """

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="secrets")
    action = models.ForeignKey("playbooks.Action", on_delete=models.CASCADE, related_name="secrets")
    label = models.CharField(max_length=100)
    token_hash = models.CharField(max_length=64, unique=True)
    ciphertext = models.TextField(blank=True)
    # The link token itself, encrypted, kept only until the reply carrying it has been sent.
    link_encrypted = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revealed_at = models.DateTimeField(null=True, blank=True)
    destroyed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.label} for ticket {self.ticket_id}"

    @property
    def available(self) -> bool:
        return bool(self.ciphertext) and self.destroyed_at is None and self.expires_at > timezone.now()


class PsaWriteBack(models.Model):
    """What a resolving ticket still has to post to its PSA, and how far the PSA has taken it.

    One row per ticket and round (a reopen starts the next round). `parts` are what is to be posted, in order;
    `accepted` the ones the PSA took, so a retry posts only the rest. `in_flight` are the parts whose calls were sent
    without an answer (a timeout, a 5xx, a worker that died), comma-separated (at most "note,reply,time", sent
    together): the next attempt reads the PSA before posting any of them again. The reply may carry a one-time
    link, so it is kept encrypted, and only until the PSA accepted it.
    """

    ticket = models.ForeignKey(Ticket, on_delete=models.CASCADE, related_name="writebacks")
    round = models.PositiveSmallIntegerField(default=0)
    status = models.CharField(max_length=16, choices=WriteBackStatus.choices, default=WriteBackStatus.PENDING)
    parts = models.JSONField(default=list)
    accepted = models.JSONField(default=list)
    in_flight = models.CharField(max_length=16, blank=True)
    note = models.TextField(blank=True)
    reply_encrypted = models.TextField(blank=True)
    worked_seconds = models.FloatField(null=True, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    lease_until = models.DateTimeField(null=True, blank=True)
    give_up_at = models.DateTimeField()
    last_error = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["ticket", "round"], name="one_writeback_per_round")]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"PSA write-back of ticket #{self.ticket_id} ({self.status})"

    @property
    def missing(self) -> list[str]:
        """The parts the PSA has not accepted yet, in posting order."""
        return [part for part in self.parts if part not in self.accepted]
