"""The service lead's report pages in the admin: per-tenant outcomes (plan or live), the overview of every
tenant with minutes saved, and the go-live switch. Views check access and delegate to reports / services."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from approvals.policy_matrix import may_edit_policy
from tenants import access
from tenants.models import Tenant
from tenants.services import resume_tenant, set_tenant_mode
from tenants.settings_checks import settings_problems
from workflow.reports import DEFAULT_DAYS, MAX_DAYS, Period, overview, tenant_report
from workflow.value_report import COLUMNS, RESULTS, msp_value_report, tenant_value_report
from workflow.value_views import charts, csv_response, table_rows


class PeriodForm(forms.Form):
    """The report's date range: whole days, inclusive; blank means the last 30 days."""

    start = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict:
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            raise forms.ValidationError("The start date is after the end date.")
        if start and end and (end - start).days > MAX_DAYS:
            raise forms.ValidationError(f"Choose a range of at most {MAX_DAYS} days.")
        return data

    @classmethod
    def for_request(cls, request: HttpRequest, tz_name: str) -> PeriodForm:
        """Bound to the query string when there is one; otherwise showing the default range's dates."""
        default = Period.default(tz_name)
        return cls(request.GET or None, initial={"start": default.start, "end": default.end})

    def period(self, tz_name: str) -> Period:
        default = Period.default(tz_name)
        if not self.is_valid():
            return default
        end = self.cleaned_data.get("end") or default.end
        start = self.cleaned_data.get("start") or end - timedelta(days=DEFAULT_DAYS - 1)
        return Period(start, end, default.tz)


def _tenant_or_403(request: HttpRequest, tenant_id: int, perm: str) -> Tenant:
    tenant = get_object_or_404(Tenant, pk=tenant_id)
    if not access.can(request.user, perm, tenant):
        raise PermissionDenied("You do not have access to this tenant.")
    return tenant


def tenant_report_view(request: HttpRequest, tenant_id: int, *, site: admin.AdminSite) -> HttpResponse:
    tenant = _tenant_or_403(request, tenant_id, access.VIEW)
    for field, problems in settings_problems(tenant).items():  # a row saved before the checks: said, not a 500
        messages.warning(request, f"This tenant's {field.replace('_', ' ')} cannot be used: {' '.join(problems)}")
    form = PeriodForm.for_request(request, tenant.time_zone)
    period = form.period(tenant.time_zone)
    value = tenant_value_report(tenant, period)
    if request.GET.get("format") == "csv":
        return csv_response(value)
    report = tenant_report(tenant, period)
    context = {
        **site.each_context(request),
        "title": f"{'Plan-mode report' if tenant.mode == Tenant.Mode.PLAN else 'Outcomes'}: {tenant.name}",
        "tenant": tenant,
        "original": tenant,
        "opts": Tenant._meta,
        "form": form,
        "report": report,
        **_value_context(request, value),
        "can_manage": access.can(request.user, access.MANAGE, tenant),
        "can_edit_policy": may_edit_policy(request.user, tenant),
    }
    return TemplateResponse(request, "admin/tenants/report.html", context)


@require_POST
def tenant_mode_view(request: HttpRequest, tenant_id: int) -> HttpResponse:
    """Go live (or back to plan). Only a service lead with MANAGE on the tenant."""
    tenant = _tenant_or_403(request, tenant_id, access.MANAGE)
    mode = request.POST.get("mode", "")
    if mode not in Tenant.Mode.values:
        messages.error(request, "Unknown mode; nothing changed.")
    elif set_tenant_mode(actor=request.user, tenant=tenant, mode=mode):
        if mode == Tenant.Mode.LIVE:
            messages.success(request, f"{tenant.name} is live: new tickets are resolved for real.")
        else:
            messages.success(request, f"{tenant.name} is back in plan mode: nothing will be changed.")
    else:
        messages.info(request, f"{tenant.name} was already in {tenant.get_mode_display().lower()} mode.")
    return redirect(reverse("admin:tenants_tenant_report", args=[tenant.pk]))


@require_POST
def tenant_resume_view(request: HttpRequest, tenant_id: int) -> HttpResponse:
    """Turn a tripped kill switch off. Only a service lead with MANAGE on the tenant (resume_tenant checks it too)."""
    tenant = _tenant_or_403(request, tenant_id, access.MANAGE)
    comment = request.POST.get("comment", "").strip()
    if not comment:
        messages.error(request, f"Say why it is safe to resume {tenant.name}; nothing changed.")
    elif resume_tenant(actor=request.user, tenant=tenant, comment=comment):
        messages.success(request, f"Autonomy resumed for {tenant.name}.")
    else:
        messages.info(request, f"{tenant.name} was not paused.")
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        back = reverse("admin:tenants_tenant_change", args=[tenant.pk])
    return redirect(back)


def _value_context(request: HttpRequest, value: Any) -> dict[str, Any]:
    """The value report's figures, charts, rows and CSV link for a template."""
    query = request.GET.copy()
    query["format"] = "csv"
    rows = [(row, [(name, row[name]) for name in COLUMNS]) for row in table_rows(value)]
    return {"value": value, "charts": charts(value), "value_rows": rows, "columns": COLUMNS, "results": RESULTS,
            "csv_query": query.urlencode()}


def reports_index_view(request: HttpRequest, *, site: admin.AdminSite) -> HttpResponse:
    """Every tenant the user may view: what the policy decided, and the MSP-wide value report."""
    form = PeriodForm.for_request(request, "UTC")
    period = form.period("UTC")
    tenants = list(access.tenants_for_user(request.user, access.VIEW).order_by("name"))
    value = msp_value_report(tenants, period)
    if request.GET.get("format") == "csv":
        return csv_response(value)
    context = {
        **site.each_context(request),
        "title": "Tenant outcomes and time saved",
        "opts": Tenant._meta,
        "form": form,
        "period": period,
        "summaries": overview(tenants, period),
        **_value_context(request, value),
        "can_edit_defaults": may_edit_policy(request.user, None),
    }
    return TemplateResponse(request, "admin/tenants/reports_index.html", context)
