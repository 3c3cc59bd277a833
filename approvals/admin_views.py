"""The policy matrix pages of the admin: one tenant's overrides, or the MSP defaults. Views only delegate:
`policy_matrix` validates and explains, `approvals.services.set_tenant_policy` writes."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from approvals.models import AutonomyPolicy
from approvals.policy_matrix import explain_all, may_edit_policy, policy_formset, row_from_form
from approvals.services import set_tenant_policy
from tenants.models import Tenant


def policy_matrix_view(request: HttpRequest, *, site: admin.AdminSite, tenant: Tenant | None) -> HttpResponse:
    """GET shows the matrix; POST saves every row at once, or nothing when any row is invalid."""
    if not may_edit_policy(request.user, tenant):
        raise PermissionDenied("You need manage permission on this tenant to see or change its policy.")
    if request.method == "POST":
        formset = policy_formset(tenant, request.POST)
        if formset.is_valid():
            rows = [row_from_form(form.cleaned_data, kept=form.kept_conditions())
                    for form in formset.forms if form.cleaned_data]
            changes = set_tenant_policy(actor=request.user, tenant=tenant, rows=rows)
            if changes:
                kinds = ", ".join(c["kind"] for c in changes)
                messages.success(request, f"Saved {len(changes)} change(s): {kinds}.")
            else:
                messages.info(request, "Nothing changed.")
            return redirect(request.path)
        messages.error(request, "Nothing was saved: please correct the rows marked below.")
    else:
        formset = policy_formset(tenant)
    explanations = explain_all(tenant)
    rows = [(form, explanations.get(str(form["kind"].value()))) for form in formset.forms]
    context = {
        **site.each_context(request),
        "title": f"Autonomy policy: {tenant.name}" if tenant else "Autonomy policy: MSP defaults",
        "tenant": tenant,
        "formset": formset,
        "rows": rows,
        "opts": (Tenant if tenant else AutonomyPolicy)._meta,
        "original": tenant,
        "defaults_url": "admin:approvals_autonomypolicy_matrix",
    }
    return TemplateResponse(request, "admin/approvals/policy_matrix.html", context)
