"""Admin for tickets: read-mostly; their path is driven by the pipeline, not by hand edits."""

from django.contrib import admin

from tickets.models import OneTimeSecret, Ticket, TicketEvent


class TicketEventInline(admin.TabularInline):
    model = TicketEvent
    extra = 0
    can_delete = False
    readonly_fields = ["at", "kind", "from_status", "to_status", "actor", "message"]
    fields = readonly_fields


@admin.register(Ticket)
class TicketAdmin(admin.ModelAdmin):
    list_display = ["id", "tenant", "subject", "requester_email", "category", "status", "received_at"]
    list_filter = ["tenant", "status", "category", "source"]
    search_fields = ["subject", "requester_email", "external_id"]
    readonly_fields = [f.name for f in Ticket._meta.fields]
    inlines = [TicketEventInline]

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False


@admin.register(OneTimeSecret)
class OneTimeSecretAdmin(admin.ModelAdmin):
    """Shows only that a secret exists and its lifecycle; the value and link are never displayed."""

    list_display = ["ticket", "label", "created_at", "expires_at", "revealed_at", "destroyed_at"]
    fields = ["ticket", "label", "created_at", "expires_at", "revealed_at", "destroyed_at"]
    readonly_fields = fields

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # type: ignore[no-untyped-def]
        return False
