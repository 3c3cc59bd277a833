"""Admin for playbooks (editable by service leads) and actions (read-only records)."""

from auditlog.registry import auditlog
from django.contrib import admin

from playbooks.models import Action, Playbook, PlaybookStep
from tenants.admin_scope import TenantScopedAdmin, TenantScopedTabularInline


class PlaybookStepInline(TenantScopedTabularInline):
    model = PlaybookStep
    extra = 0
    shared_rows = True  # judged by its playbook, which may be an MSP default


@admin.register(Playbook)
class PlaybookAdmin(TenantScopedAdmin):
    # The MSP defaults (no tenant) are readable by anyone working for a tenant; only a superuser changes them.
    shared_rows = True

    list_display = ["name", "category", "tenant", "enabled"]
    list_filter = ["category", "enabled", "tenant"]
    inlines = [PlaybookStepInline]


@admin.register(Action)
class ActionAdmin(TenantScopedAdmin):
    tenant_path = "ticket__tenant"
    # Params and target change only through approvals.services.edit_action (verified and decided again); the
    # admin is a view of the record, never a side door around that.
    can_add = can_change = can_delete = False

    list_display = ["id", "ticket", "kind", "target", "decision", "status", "not_before", "updated_at"]
    list_filter = ["status", "decision", "kind"]
    search_fields = ["=id", "target", "kind", "ticket__psa_ticket_id", "ticket__external_id",
                     "ticket__requester_email"]
    search_help_text = "Target account, action kind, PSA ticket number or requester e-mail."
    readonly_fields = [f.name for f in Action._meta.fields]


auditlog.register(Playbook)
auditlog.register(PlaybookStep)
