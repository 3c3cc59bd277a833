"""Admin for autonomy policies (service leads) and approval records (read-only)."""

from auditlog.registry import auditlog
from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path

from approvals.admin_views import policy_matrix_view
from approvals.manager_models import ManagerConfirmation
from approvals.models import ApprovalRequest, AutonomyPolicy, Review
from tenants.admin_scope import TenantScopedAdmin, TenantScopedTabularInline


@admin.register(AutonomyPolicy)
class AutonomyPolicyAdmin(TenantScopedAdmin):
    """Read-only list: policies are edited as a whole matrix (validated, explained, audited as one change),
    the MSP defaults at `matrix/`, a tenant's overrides from its change page."""

    shared_rows = True  # the MSP defaults apply to every tenant: whoever works for one may read them
    can_add = can_change = can_delete = False

    list_display = ["kind", "tenant", "mode", "approvals_required", "approval_expiry_minutes"]
    list_filter = ["tenant", "mode", "kind"]
    change_list_template = "admin/approvals/autonomypolicy/change_list.html"

    def get_urls(self) -> list[URLPattern]:
        own = [path("matrix/", self.admin_site.admin_view(self._matrix), name="approvals_autonomypolicy_matrix")]
        return own + super().get_urls()

    def _matrix(self, request: HttpRequest) -> HttpResponse:
        return policy_matrix_view(request, site=self.admin_site, tenant=None)


class ReviewInline(TenantScopedTabularInline):
    model = Review
    extra = 0
    tenant_path = "action__ticket__tenant"  # from the approval request this inline sits on
    can_add = can_change = can_delete = False
    readonly_fields = ["reviewer", "decision", "edits", "identity_check", "comment", "channel", "action_version",
                       "at"]


@admin.register(ApprovalRequest)
class ApprovalRequestAdmin(TenantScopedAdmin):
    # Decided in the queue, the API or chat (approvals/services.py), never by editing the record here.
    tenant_path = "action__ticket__tenant"
    can_add = can_change = can_delete = False
    list_display = ["action", "status", "approvals_required", "created_at", "expires_at"]
    list_filter = ["status"]
    search_fields = ["action__target", "action__kind", "action__ticket__psa_ticket_id",
                     "action__ticket__requester_email", "reviews__reviewer__username"]
    search_help_text = "Target account, action kind, PSA ticket number, requester e-mail or reviewer."
    readonly_fields = ["action", "status", "approvals_required", "action_version", "created_at", "expires_at",
                       "decided_at"]
    inlines = [ReviewInline]


@admin.register(ManagerConfirmation)
class ManagerConfirmationAdmin(TenantScopedAdmin):
    """Read-only: who was asked to confirm what, and the answer. The nonce (from which the one-time link's token
    is signed) is never shown, and nothing here can be edited, re-sent or deleted."""

    tenant_path = "ticket__tenant"
    can_add = can_change = can_delete = False

    list_display = ["ticket", "target", "manager_email", "status", "deliver_secret_to_manager", "created_at",
                    "expires_at", "decided_at"]
    list_filter = ["status", "deliver_secret_to_manager"]
    search_fields = ["target", "manager_email", "ticket__external_id"]
    fields = readonly_fields = ["ticket", "target", "manager_email", "manager_name", "reason",
                                "deliver_secret_to_manager", "status", "created_at", "expires_at", "decided_at"]


auditlog.register(AutonomyPolicy)

import approvals.channels.admin  # noqa: E402, F401  (chat identities, cards and links)
