"""Admin for the audit trail: read-only, no add, change or delete for anyone; readable by whoever holds
`view_audit` on the event's tenant (the auditor, the service lead). Events without a tenant (MSP-wide: role grants,
staff second factors) are a superuser's to read. Registered from tenants/admin.py: the audit app sits below the
access chokepoint and cannot ask it."""

from django.contrib import admin

from audit.models import AuditEvent
from tenants import access
from tenants.admin_scope import TenantScopedAdmin


@admin.register(AuditEvent)
class AuditEventAdmin(TenantScopedAdmin):
    view_perm = access.VIEW_AUDIT
    can_add = can_change = can_delete = False
    # One "object" column instead of type and id: eight columns fit a 1,366 px window without cutting words.
    list_display = ["seq", "at", "tenant", "actor", "verb", "object", "outcome"]
    list_filter = ["tenant", "verb", "actor_type", "outcome"]
    search_fields = ["verb", "actor", "object_id"]
    readonly_fields = [f.name for f in AuditEvent._meta.fields]

    @admin.display(description="Object", ordering="object_type")
    def object(self, event: AuditEvent) -> str:
        return f"{event.object_type} #{event.object_id}" if event.object_type else "-"
