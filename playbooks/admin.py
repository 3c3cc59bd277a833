"""Admin for playbooks (editable by service leads) and actions (read-only records)."""

from auditlog.registry import auditlog
from django.contrib import admin

from playbooks.models import Action, Playbook, PlaybookStep


class PlaybookStepInline(admin.TabularInline):
    model = PlaybookStep
    extra = 0


@admin.register(Playbook)
class PlaybookAdmin(admin.ModelAdmin):
    list_display = ["name", "category", "tenant", "enabled"]
    list_filter = ["category", "enabled", "tenant"]
    inlines = [PlaybookStepInline]


@admin.register(Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["id", "ticket", "kind", "target", "decision", "status", "attempts", "updated_at"]
    list_filter = ["status", "decision", "kind"]
    readonly_fields = [f.name for f in Action._meta.fields]

    def has_add_permission(self, request) -> bool:  # type: ignore[no-untyped-def]
        return False


auditlog.register(Playbook)
auditlog.register(PlaybookStep)
