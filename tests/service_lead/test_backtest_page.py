"""The service lead's backtest page: tenant-scoped, a PSA run in the background with its progress, a CSV read at
once, clear errors naming the field, and the figures of the run."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from rallied import tasks
from tenants.models import Tenant
from tests.service_lead.test_backtest import page_totals
from tests.service_lead.test_backtest_psa import seed_history, state_of
from tickets.models import Ticket
from workflow.choices import BacktestStatus
from workflow.models import BacktestRun

CSV = ("subject,body,requester_email,created,closed,category\n"
       "Account locked,I typed my password wrong and now my account is locked. Please unlock my account.,"
       "megan.bowen@contoso.example,2026-11-03 10:00,2026-11-03 10:20,Accounts\n"
       "Internet slow,Pages take ages to load.,adele.vance@contoso.example,2026-11-04 09:00,2026-11-04 11:00,Network\n")


def page_url(slug: str, run: BacktestRun | None = None) -> str:
    tenant = Tenant.objects.get(slug=slug)
    if run is None:
        return reverse("admin:tenants_tenant_backtest", args=[tenant.pk])
    return reverse("admin:tenants_tenant_backtest_run", args=[tenant.pk, run.pk])


def upload(text: str = CSV, name: str = "export.csv") -> dict:
    return {"source": "csv", "days": "90", "file": SimpleUploadedFile(name, text.encode(), "text/csv")}


@pytest.mark.django_db
def test_a_tenants_lead_runs_a_csv_backtest_and_reads_its_figures(world, contoso_lead):
    tickets = Ticket.objects.count()
    answer = contoso_lead.post(page_url("contoso"), upload())

    run = BacktestRun.objects.get()
    assert answer.status_code == 302 and answer["Location"] == page_url("contoso", run)
    page = contoso_lead.get(answer["Location"]).content.decode()
    totals = page_totals(page)
    assert totals["tickets"] == "2" and totals["autonomous"] == "1 (50.0%)" and totals["not_at_all"] == "1 (50.0%)"
    assert 'data-chart="backtest-categories"' in page and 'data-category="account_unlock"' in page
    assert "Assumed, since a backtest asks no directory" in page
    assert 'id="by-their-category"' in page and "<th scope=\"row\">Network</th>" in page
    assert Ticket.objects.count() == tickets  # the past tickets were decided, never stored


@pytest.mark.django_db
def test_another_tenants_lead_is_refused(world, contoso_lead, lead):
    answer = lead.post(page_url("northwind"), upload(CSV.replace("contoso.example", "northwind.example")))
    northwind_run = BacktestRun.objects.get()
    assert answer.status_code == 302

    assert contoso_lead.get(page_url("contoso")).status_code == 200
    assert contoso_lead.get(page_url("northwind")).status_code == 403
    assert contoso_lead.get(page_url("northwind", northwind_run)).status_code == 403
    assert contoso_lead.post(page_url("northwind"), upload()).status_code == 403
    # A run of another tenant is not found under this tenant's address either.
    assert contoso_lead.get(reverse("admin:tenants_tenant_backtest_run",
                                    args=[Tenant.objects.get(slug="contoso").pk, northwind_run.pk])).status_code == 404
    assert BacktestRun.objects.count() == 1


@pytest.mark.django_db
def test_an_auditor_reads_backtests_but_cannot_start_one(world, auditor):
    assert auditor.get(page_url("contoso")).status_code == 200
    assert auditor.post(page_url("contoso"), upload()).status_code == 403
    assert not BacktestRun.objects.exists()


@pytest.mark.django_db
def test_bad_input_is_a_400_naming_the_field_and_the_row(world, contoso_lead):
    bad = contoso_lead.post(page_url("contoso"), upload(CSV.replace("2026-11-03 10:00", "yesterday")))
    assert bad.status_code == 400
    assert "Row 2, column &#x27;created&#x27;: &#x27;yesterday&#x27; is not a date" in bad.content.decode()
    no_file = contoso_lead.post(page_url("contoso"), {"source": "csv", "days": "90"})
    assert no_file.status_code == 400 and "Choose the CSV export to read." in no_file.content.decode()
    no_days = contoso_lead.post(page_url("contoso"), {"source": "psa", "days": "0"})
    assert no_days.status_code == 400 and no_days.context["form"].errors["days"]
    assert not BacktestRun.objects.exists()


@pytest.mark.django_db
def test_a_psa_backtest_runs_in_the_background_and_the_page_follows_it(world, sandbox, contoso_lead,
                                                                      django_capture_on_commit_callbacks):
    seed_history(sandbox, "contoso", 150)
    before = state_of(sandbox)
    with django_capture_on_commit_callbacks(execute=False) as queued:
        answer = contoso_lead.post(page_url("contoso"), {"source": "psa", "days": "90"})
    run = BacktestRun.objects.get()
    assert answer.status_code == 302 and run.status == BacktestStatus.RUNNING
    # Before a worker takes it: the page says it is running and reloads itself.
    waiting = contoso_lead.get(page_url("contoso", run)).content.decode()
    assert 'data-status="running"' in waiting and 'http-equiv="refresh"' in waiting

    with tasks.inline():  # the worker's turn, in this thread
        for callback in queued:
            callback()

    run.refresh_from_db()
    assert run.status == BacktestStatus.DONE and run.done == 150 and run.total == 150
    assert page_totals(contoso_lead.get(page_url("contoso", run)).content.decode())["tickets"] == "150"
    assert state_of(sandbox) == before


@pytest.mark.django_db
def test_progress_of_a_running_backtest(world, contoso_lead):
    tenant = Tenant.objects.get(slug="contoso")
    run = BacktestRun.objects.create(tenant=tenant, source="psa", days=90, done=300, total=1000)
    page = contoso_lead.get(page_url("contoso", run)).content.decode()
    assert 'max="1000" value="300"' in page and "300</span> of 1000" in page
