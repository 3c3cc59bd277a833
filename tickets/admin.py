"""Admin for tickets: read-mostly; their path is driven by the pipeline, not by hand edits."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from tenants.admin_scope import TenantScopedAdmin, TenantScopedTabularInline
from tickets.models import OneTimeSecret, PsaWriteBack, Ticket, TicketEvent
from tickets.secrets import held_for_handover


class TicketEventInline(TenantScopedTabularInline):
    model = TicketEvent
    extra = 0
    can_add = can_change = can_delete = False
    readonly_fields = ["at", "kind", "from_status", "to_status", "actor", "message"]
    fields = readonly_fields


class PsaWriteBackInline(TenantScopedTabularInline):
    """Where a ticket waiting for the PSA stands: what the PSA took, the next attempt, the last error. The reply
    itself is never shown (it may carry a one-time link)."""

    model = PsaWriteBack
    extra = 0
    can_add = can_change = can_delete = False
    readonly_fields = ["round", "status", "parts", "accepted", "attempts", "next_attempt_at", "give_up_at",
                       "last_error"]
    fields = readonly_fields
    verbose_name = verbose_name_plural = "Write-back to the PSA"


@admin.register(Ticket)
class TicketAdmin(TenantScopedAdmin):
    # Read-only: tickets come in through intake (which checks access.SUBMIT) and move through the pipeline; a
    # hand edit would make the record disagree with its timeline, its audit trail and the PSA.
    can_add = can_change = can_delete = False

    list_display = ["id", "tenant", "psa_ticket_id", "subject", "requester_email", "status", "received_at"]
    list_display_links = ["id", "subject"]
    list_filter = ["status", "category", "tenant", "source"]
    # Where a technician looks a ticket up: the PSA's number, the requester, the subject.
    search_fields = ["=id", "psa_ticket_id", "external_id", "requester_email", "requester_name", "subject"]
    search_help_text = "PSA ticket number, requester e-mail or name, subject."
    readonly_fields = [f.name for f in Ticket._meta.fields]
    inlines = [TicketEventInline, PsaWriteBackInline]


@admin.register(OneTimeSecret)
class OneTimeSecretAdmin(TenantScopedAdmin):
    """Shows only that a secret exists and its lifecycle; the value and link are never displayed."""

    tenant_path = "ticket__tenant"
    can_add = can_change = can_delete = False

    list_display = ["ticket", "label", "created_at", "expires_at", "revealed_at", "destroyed_at", "hand_over"]
    fields = ["ticket", "label", "created_at", "expires_at", "revealed_at", "destroyed_at", "hand_over"]
    readonly_fields = fields

    @admin.display(description="Hand over")
    def hand_over(self, obj: OneTimeSecret) -> str:
        """A link to reveal it once, only for a secret kept for a technician (never one sent to its owner)."""
        owner = held_for_handover(obj)
        if owner is None or not obj.available:
            return "-"
        return format_html('<a href="{}">Hand over to {}</a>', reverse("secret-handover", args=[obj.pk]), owner)
