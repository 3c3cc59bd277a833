"""The admin's tenant pages: the tenant with its connections, and the service lead's policy matrix, report and
go-live switch. Registered here, at the top layer, because those pages bring approvals' matrix and the
lifecycle's reports together (tenants/admin.py holds the rest of the tenant configuration)."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path
from guardian.admin import GuardedModelAdmin

from approvals.admin_views import policy_matrix_view
from tenants.admin import ConnectionInline
from tenants.admin_scope import TenantScopedAdmin
from tenants.models import Tenant
from tenants.services import pause_tenant, resume_tenant, set_tenant_mode
from workflow import admin_views, schedule_admin, undo_admin  # noqa: F401  (Undo on actions, the tickets' filter)
from workflow.backtest.views import backtest_view


@admin.register(Tenant)
class TenantAdmin(TenantScopedAdmin, GuardedModelAdmin):
    """A person sees the tenants they hold a role on and changes those they manage (TenantScopedAdmin); creating or
    deleting a client of the MSP is a superuser's act."""

    tenant_path = ""
    list_display = ["name", "slug", "mode", "paused", "verification"]
    list_filter = ["mode", "paused"]
    search_fields = ["name", "slug"]
    inlines = [ConnectionInline]
    # Adds "Autonomy policy" and "Report" buttons next to guardian's "Object permissions".
    change_form_template = "admin/tenants/tenant/change_form.html"

    # The kill switch's own record is written by pause_tenant / resume_tenant, never typed here.
    readonly_fields = ["paused_reason", "paused_at", "resumed_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_superuser)

    def save_model(self, request: HttpRequest, obj: Tenant, form: Any, change: bool) -> None:
        """Mode and kill switch change through their services, so each change writes its audit event: the value
        report reads live mode from `tenant.mode_changed`, and a pause or resume typed into this form must leave
        the same record as the resume button or the kill switch. The other fields save as usual."""
        if not change:
            super().save_model(request, obj, form, change)
            return
        stored = Tenant.objects.get(pk=obj.pk)
        mode, paused = obj.mode, obj.paused
        obj.mode, obj.paused = stored.mode, stored.paused
        obj.paused_reason, obj.paused_at, obj.resumed_at = stored.paused_reason, stored.paused_at, stored.resumed_at
        super().save_model(request, obj, form, change)
        if mode != stored.mode:
            set_tenant_mode(actor=request.user, tenant=obj, mode=mode)
        if paused and not stored.paused:
            pause_tenant(actor=request.user, tenant=obj, reason="Paused by a service lead from the tenant's page.")
        elif stored.paused and not paused:
            resume_tenant(actor=request.user, tenant=obj, comment="Resumed from the tenant's page.")
        obj.refresh_from_db()

    def has_delete_permission(self, request: HttpRequest, obj: Tenant | None = None) -> bool:
        return bool(request.user.is_superuser)

    def get_urls(self) -> list[URLPattern]:
        """The service lead's pages; before the defaults, whose `<path:object_id>/` would swallow them."""
        wrap = self.admin_site.admin_view
        own = [
            path("reports/", wrap(self._reports), name="tenants_tenant_reports"),
            path("<int:tenant_id>/policy/", wrap(self._policy), name="tenants_tenant_policy"),
            path("<int:tenant_id>/report/", wrap(self._report), name="tenants_tenant_report"),
            path("<int:tenant_id>/mode/", wrap(admin_views.tenant_mode_view), name="tenants_tenant_mode"),
            path("<int:tenant_id>/resume/", wrap(admin_views.tenant_resume_view), name="tenants_tenant_resume"),
            path("<int:tenant_id>/backtest/", wrap(self._backtest), name="tenants_tenant_backtest"),
            path("<int:tenant_id>/backtest/<int:run_id>/", wrap(self._backtest), name="tenants_tenant_backtest_run"),
        ]
        return own + super().get_urls()

    def _policy(self, request: HttpRequest, tenant_id: int) -> HttpResponse:
        tenant = get_object_or_404(Tenant, pk=tenant_id)
        return policy_matrix_view(request, site=self.admin_site, tenant=tenant)

    def _report(self, request: HttpRequest, tenant_id: int) -> HttpResponse:
        return admin_views.tenant_report_view(request, tenant_id, site=self.admin_site)

    def _backtest(self, request: HttpRequest, tenant_id: int, run_id: int | None = None) -> HttpResponse:
        return backtest_view(request, tenant_id, run_id, site=self.admin_site)

    def _reports(self, request: HttpRequest) -> HttpResponse:
        return admin_views.reports_index_view(request, site=self.admin_site)
