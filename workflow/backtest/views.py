"""The service lead's backtest page in the admin: start one (from the PSA in the background, or a CSV upload read
at once), follow its progress, and read its figures and charts. Tenant-scoped through tenants/access.py: VIEW to
read a tenant's runs, MANAGE to start one (it reads the PSA with the tenant's credentials)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from tenants import access
from tenants.models import Tenant
from tenants.selectors import psa_connection
from workflow.backtest.services import create_run, run_backtest, start_backtest
from workflow.backtest.simulate import ASSUMPTIONS, OUTCOMES
from workflow.backtest.sources import MAX_DAYS, BacktestInputError, Batch, from_csv
from workflow.backtest.summary import DEFINITIONS, TOTAL_LABELS, Summary
from workflow.charts import COLOURS, Series, Total, stacked_bar_chart, trend_chart
from workflow.choices import BacktestStatus
from workflow.models import BacktestRun

PAGE_CSV_ROWS = 5000  # read while the page waits; a bigger export goes through `manage.py backtest --csv`
RECENT_RUNS = 10
OUTCOME_COLOURS = {"autonomous": COLOURS["autonomous"], "approval": COLOURS["approved"],
                   "not_at_all": COLOURS["escalated"]}


class BacktestForm(forms.Form):
    source = forms.ChoiceField(choices=BacktestRun.Source.choices, initial=BacktestRun.Source.PSA,
                               widget=forms.RadioSelect)
    days = forms.IntegerField(min_value=1, max_value=MAX_DAYS, initial=90, required=False,
                              help_text="Tickets closed in the last this many days (PSA only).")
    file = forms.FileField(required=False, help_text="subject, body, requester_email, created, closed; "
                                                     "optional category, requester_name. UTF-8, comma-separated.")

    def __init__(self, *args: Any, tenant: Tenant, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.tenant = tenant

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("source") == BacktestRun.Source.CSV and not data.get("file"):
            self.add_error("file", "Choose the CSV export to read.")
        if data.get("source") == BacktestRun.Source.PSA:
            if data.get("days") is None and "days" not in self.errors:
                self.add_error("days", "Say how many days back to read.")
            if psa_connection(self.tenant) is None:
                self.add_error("source", f"{self.tenant.name} has no PSA connection; upload a CSV export instead.")
        return data


def _tenant(request: HttpRequest, tenant_id: int, perm: str) -> Tenant:
    tenant = get_object_or_404(Tenant, pk=tenant_id)
    if not access.can(request.user, perm, tenant):
        raise PermissionDenied("You do not have access to this tenant.")
    return tenant


def backtest_view(request: HttpRequest, tenant_id: int, run_id: int | None = None, *,
                  site: admin.AdminSite) -> HttpResponse:
    tenant = _tenant(request, tenant_id, access.MANAGE if request.method == "POST" else access.VIEW)
    runs = BacktestRun.objects.filter(tenant=tenant)
    run = get_object_or_404(runs, pk=run_id) if run_id is not None else runs.filter(
        status=BacktestStatus.DONE).first()
    form = BacktestForm(tenant=tenant)
    status = 200
    if request.method == "POST":
        form = BacktestForm(request.POST, request.FILES, tenant=tenant)
        if form.is_valid():
            started = _start(request, tenant, form)
            if started is not None:
                return redirect(reverse("admin:tenants_tenant_backtest_run", args=[tenant.pk, started.pk]))
        status = 400
    summary = Summary.from_dict(run.result) if run is not None and run.result else None
    context = {
        **site.each_context(request), "title": f"Backtest: {tenant.name}", "tenant": tenant, "opts": Tenant._meta,
        "form": form, "run": run, "runs": runs[:RECENT_RUNS], "summary": summary,
        "can_manage": access.can(request.user, access.MANAGE, tenant),
        "totals": _totals(summary), "rows": _rows(summary), "charts": _charts(summary),
        "theirs": [(name, sum(counts.values()), [(k, counts.get(k, 0)) for k in OUTCOMES])
                   for name, counts in summary.psa_categories.items()] if summary else [],
        "shares": [(k, label, summary.counts.get(k, 0), summary.share(k)) for k, label in OUTCOMES.items()]
        if summary else [],
        "outcomes": OUTCOMES, "assumptions": ASSUMPTIONS, "definitions": DEFINITIONS.values(),
    }
    return TemplateResponse(request, "admin/tenants/backtest.html", context, status=status)


def _start(request: HttpRequest, tenant: Tenant, form: BacktestForm) -> BacktestRun | None:
    """A PSA run is queued for a worker; a CSV upload is read now. None when the upload could not be used."""
    if form.cleaned_data["source"] == BacktestRun.Source.PSA:
        run = start_backtest(actor=request.user, tenant=tenant, days=form.cleaned_data["days"])
        messages.info(request, "Reading past tickets from the PSA; this page follows the progress.")
        return run
    upload = form.cleaned_data["file"]
    try:
        tickets = from_csv(upload.read(), tenant)
        if len(tickets) > PAGE_CSV_ROWS:
            raise BacktestInputError([f"The file has {len(tickets)} tickets; the page reads up to {PAGE_CSV_ROWS}. "
                                      "Use manage.py backtest --csv for a larger export."])
    except BacktestInputError as exc:
        for problem in exc.problems:
            form.add_error("file", problem)
        return None
    run = create_run(actor=request.user, tenant=tenant, source=BacktestRun.Source.CSV, filename=upload.name or "")
    run_backtest(actor=request.user, run=run, batches=[Batch(tickets)])
    return run


def _totals(summary: Summary | None) -> list[Total]:
    if summary is None:
        return []
    return [Total(key, TOTAL_LABELS[key], value) for key, value in summary.totals().items()]


def _rows(summary: Summary | None) -> list[tuple[Any, list[tuple[str, int, float]]]]:
    if summary is None:
        return []
    return [(row, [(k, row.counts.get(k, 0), row.share(k)) for k in OUTCOMES]) for row in summary.categories]


def _charts(summary: Summary | None) -> list[Any]:
    if summary is None or not summary.total:
        return []
    totals = _totals(summary)
    labels = [row.label for row in summary.categories]
    by_category = stacked_bar_chart(
        key="backtest-categories", title="Past tickets by category: what Rallied would have done",
        labels=labels, totals=[t for t in totals if t.key in ("tickets", *OUTCOMES)],
        series=[Series(label, [row.counts.get(k, 0) for row in summary.categories], OUTCOME_COLOURS[k])
                for k, label in OUTCOMES.items()])
    months = [m for m, *_ in summary.months]
    hours = trend_chart(
        key="backtest-hours", title="Hours a technician would have saved, by month", labels=months,
        totals=[t for t in totals if t.key in ("hours_saved", "dollars_saved", "after_hours")],
        series=[Series("Hours saved", [round(minutes / 60, 1) for *_, minutes in summary.months],
                       COLOURS["autonomous"])])
    return [by_category, hours]
