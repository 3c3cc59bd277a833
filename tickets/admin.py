"""Admin for tickets: read-mostly; their path is driven by the pipeline, not by hand edits."""

from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from tenants.admin_scope import TenantScopedAdmin, TenantScopedTabularInline
from tickets.models import OneTimeSecret, Ticket, TicketEvent
from tickets.secrets import held_for_handover


class TicketEventInline(TenantScopedTabularInline):
    model = TicketEvent
    extra = 0
    can_add = can_change = can_delete = False
    readonly_fields = ["at", "kind", "from_status", "to_status", "actor", "message"]
    fields = readonly_fields


@admin.register(Ticket)
class TicketAdmin(TenantScopedAdmin):
    # Read-mostly: no hand-made tickets (they come in through intake, which checks access.SUBMIT); a service lead
    # may correct a field, not create one.
    can_add = can_delete = False

    list_display = ["id", "tenant", "subject", "requester_email", "category", "status", "received_at"]
    list_filter = ["tenant", "status", "category", "source"]
    search_fields = ["subject", "requester_email", "external_id"]
    readonly_fields = [f.name for f in Ticket._meta.fields]
    inlines = [TicketEventInline]


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
