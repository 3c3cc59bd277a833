"""Admin for autonomy policies (service leads) and approval records (read-only)."""

from auditlog.registry import auditlog
from django.contrib import admin

from approvals.models import ApprovalRequest, AutonomyPolicy, Review


@admin.register(AutonomyPolicy)
class AutonomyPolicyAdmin(admin.ModelAdmin):
    list_display = ["kind", "tenant", "mode", "approvals_required", "approval_expiry_minutes"]
    list_filter = ["tenant", "mode", "kind"]


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0
    can_delete = False
    readonly_fields = ["reviewer", "decision", "edits", "comment", "channel", "action_version", "at"]


@admin.register(ApprovalRequest)
class ApprovalRequestAdmin(admin.ModelAdmin):
    list_display = ["action", "status", "approvals_required", "created_at", "expires_at"]
    list_filter = ["status"]
    readonly_fields = ["action", "status", "approvals_required", "action_version", "created_at", "expires_at",
                       "decided_at"]
    inlines = [ReviewInline]


auditlog.register(AutonomyPolicy)
