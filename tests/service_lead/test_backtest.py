"""'Show us your real tickets': `manage.py backtest` and its page on the sandbox PSAs' closed past.

The command reads the tenant's closed tickets from its PSA with a progress bar, decides them offline and prints
totals; the page shows the same totals for the same run; nothing is written to any vendor, and our database gains
no ticket and no action.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from audit.models import AuditEvent
from playbooks.models import Action
from tenants.models import Tenant
from tests.service_lead.test_backtest_psa import seed_history, state_of
from tickets.models import Ticket
from workflow.backtest.summary import TOTAL_LABELS
from workflow.choices import BacktestStatus
from workflow.models import BacktestRun

LINE = re.compile(r"^  (?P<label>[A-Z][\w ]+?)\s{2,}(?P<value>\S.*)$")


def printed_totals(text: str) -> dict[str, str]:
    """The totals block the command printed, by key (the labels are TOTAL_LABELS)."""
    keys = {label: key for key, label in TOTAL_LABELS.items()}
    found = {}
    for line in text.splitlines():
        match = LINE.match(line)
        if match and match["label"] in keys:
            found[keys[match["label"]]] = match["value"].strip()
    return found


def page_totals(html: str) -> dict[str, str]:
    """The totals the page shows as cards (data-card) and under its charts (data-total)."""
    cards = dict(re.findall(r'data-card="([\w]+)"><span class="rl-big">([^<]+)</span>', html))
    charted = re.findall(r'data-total="([\w]+)">([^<]+)</dd>', html)
    for key, value in charted:
        assert cards[key] == value, f"the chart says {key}={value}, the card {cards[key]}"
    return cards


@pytest.mark.django_db
def test_backtest_on_1000_psa_tickets_prints_the_totals_its_page_shows_and_writes_nothing(world, sandbox, lead):
    seed_history(sandbox, "contoso", 1000)
    before, tickets, actions = state_of(sandbox), Ticket.objects.count(), Action.objects.count()
    log_start = len(sandbox.sandbox.log)
    out, err = io.StringIO(), io.StringIO()

    call_command("backtest", tenant="contoso", days=90, stdout=out, stderr=err)

    text = out.getvalue()
    totals = printed_totals(text)
    assert set(totals) == set(TOTAL_LABELS), text
    assert totals["tickets"] == "1000"
    assert sum(int(totals[k].split()[0]) for k in ("autonomous", "approval", "not_at_all")) == 1000
    assert int(totals["autonomous"].split()[0]) > 100 and totals["dollars_saved"].startswith("$")
    # Nothing changed at any vendor (PSA tickets, notes, time entries; the IdP), nothing went out but reads.
    assert state_of(sandbox) == before
    assert [r for r in sandbox.sandbox.writes() if r["n"] >= log_start] == []
    assert (Ticket.objects.count(), Action.objects.count()) == (tickets, actions)

    run = BacktestRun.objects.get()
    assert run.status == BacktestStatus.DONE and run.done == 1000 and run.total == 1000
    url = reverse("admin:tenants_tenant_backtest_run", args=[run.tenant_id, run.pk])
    assert url in text
    page = lead.get(url)
    assert page.status_code == 200
    assert page_totals(page.content.decode()) == totals
    assert 'data-chart="backtest-categories"' in page.content.decode()


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.django_db
def test_a_terminal_sees_the_progress_bar_and_the_totals_stay_on_standard_output(world, sandbox):
    seed_history(sandbox, "contoso", 250)
    out, err = io.StringIO(), FakeTerminal()
    call_command("backtest", tenant="contoso", days=90, stdout=out, stderr=err)
    assert "Reading past tickets" in err.getvalue() and "/250 " in err.getvalue()  # the PSA said how many
    assert "Deciding" in err.getvalue()
    assert printed_totals(out.getvalue())["tickets"] == "250" and "Reading past tickets" not in out.getvalue()


@pytest.mark.django_db
def test_not_a_tty_no_progress_bar_and_json_gives_the_same_figures(world, sandbox):
    seed_history(sandbox, "fabrikam", 120)
    out, err = io.StringIO(), io.StringIO()
    call_command("backtest", tenant="fabrikam", days=90, json=True, stdout=out, stderr=err)
    data = json.loads(out.getvalue())
    assert data["total"] == 120 and data["totals"]["tickets"] == "120"
    assert err.getvalue() == ""  # the bar only draws on a terminal


@pytest.mark.django_db
def test_a_csv_export_is_read_instead_of_the_psa(world, sandbox, tmp_path):
    export = tmp_path / "tickets.csv"
    export.write_text(
        "Subject,Body,Requester_Email,Created,Closed,Category\n"
        "Forgot my password,I forgot my password and can't sign in. Please reset my password.,"
        "megan.bowen@contoso.example,2026-11-02 09:15,2026-11-02 09:40,Password\n"
        "Printer jammed,The printer by reception jams on every page.,adele.vance@contoso.example,"
        "2026-11-02T21:05,2026-11-03T08:00,Hardware\n", encoding="utf-8")
    log_start = len(sandbox.sandbox.log)
    out = io.StringIO()

    call_command("backtest", tenant="contoso", csv=str(export), stdout=out)

    totals = printed_totals(out.getvalue())
    assert totals["tickets"] == "2" and totals["autonomous"] == "1 (50.0%)" and totals["not_at_all"] == "1 (50.0%)"
    assert totals["after_hours"] == "1 (50.0%)"  # 21:05 in Chicago, after the 18:00 close
    assert sandbox.sandbox.requests(since=log_start) == []  # a CSV backtest asks no vendor at all
    run = BacktestRun.objects.get()
    assert run.source == "csv" and run.filename == "tickets.csv" and run.status == BacktestStatus.DONE
    # The export's own categories are kept beside ours.
    assert run.result["psa_categories"] == {"Password": {"autonomous": 1}, "Hardware": {"not_at_all": 1}}


@pytest.mark.django_db
def test_a_bad_csv_names_each_bad_row_and_column_and_keeps_no_figures(world, tmp_path):
    export = tmp_path / "bad.csv"
    export.write_text("subject,body,requester_email,created,closed\n"
                      "Locked out,please unlock,not-an-address,2026-11-02 09:00,2026-11-02 10:00\n"
                      "Locked out,please unlock,megan.bowen@contoso.example,02/11/2026,2026-11-02 10:00\n"
                      "Locked out,please unlock,megan.bowen@contoso.example,2026-11-02 11:00,2026-11-02 10:00\n",
                      encoding="utf-8")
    with pytest.raises(CommandError) as refused:
        call_command("backtest", tenant="contoso", csv=str(export), stdout=io.StringIO())
    message = str(refused.value)
    assert "Row 2, column 'requester_email'" in message
    assert "Row 3, column 'created': '02/11/2026' is not a date" in message
    assert "Row 4, column 'closed': closed before it was created" in message
    run = BacktestRun.objects.get()
    assert run.status == BacktestStatus.FAILED and run.result is None and "Row 2" in run.error

    missing = tmp_path / "missing.csv"
    missing.write_text("subject,body,created\nx,y,2026-11-02\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"lacks the columns requester_email, closed"):
        call_command("backtest", tenant="contoso", csv=str(missing), stdout=io.StringIO())


@pytest.mark.django_db
def test_unknown_tenant_and_no_psa_are_clear_errors(world):
    with pytest.raises(CommandError, match="No tenant with slug 'nope'"):
        call_command("backtest", tenant="nope")
    tenant = Tenant.objects.get(slug="contoso")
    tenant.connections.filter(vendor="connectwise").delete()
    with pytest.raises(CommandError, match="has no PSA connection"):
        call_command("backtest", tenant="contoso", stdout=io.StringIO())


@pytest.mark.django_db
def test_the_run_is_audited_with_its_counts(world, sandbox):
    seed_history(sandbox, "northwind", 30)
    call_command("backtest", tenant="northwind", days=90, stdout=io.StringIO())
    event = AuditEvent.objects.filter(verb="backtest.finished").get()
    assert event.tenant.slug == "northwind" and event.details["tickets"] == 30
