"""The backtest page in a real browser (Playwright driving Debian's chromium): after `manage.py backtest` on the
sandbox PSA's past, the service lead opens the run's page and its charts are drawn, with the totals the command
printed. A screenshot lands in test-artifacts/ for a person to look at."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.browser.test_queue_browser import ARTIFACTS, chromium_page
from tests.service_lead.pages import browser
from tests.service_lead.test_backtest import printed_totals
from tests.service_lead.test_backtest_psa import seed_history
from workflow.models import BacktestRun


@pytest.mark.django_db(transaction=True)
def test_the_backtest_charts_render_with_the_commands_totals(live_server, world, sandbox):
    seed_history(sandbox, "northwind", 400)
    out = io.StringIO()
    call_command("backtest", tenant="northwind", days=90, stdout=out)
    totals = printed_totals(out.getvalue())
    run = BacktestRun.objects.get()
    url = live_server.url + reverse("admin:tenants_tenant_backtest_run", args=[run.tenant_id, run.pk])
    session = browser("lead").cookies["sessionid"].value  # signed in with the second factor proved

    with chromium_page() as page:
        page.context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
        page.goto(url)
        categories = page.locator('figure[data-chart="backtest-categories"]')
        hours = page.locator('figure[data-chart="backtest-hours"]')
        categories.locator("svg").wait_for(state="visible")
        assert categories.locator("svg").bounding_box()["height"] > 100
        assert hours.locator("svg").is_visible()
        # A bar (one layer per outcome) for each category that had tickets, and the same numbers as a table.
        rows = categories.locator("table tbody tr").count()
        assert rows >= 5 and categories.locator("svg rect.rect").count() >= rows
        shown = {key: page.locator(f'[data-total="{key}"]').first.inner_text() for key in totals
                 if page.locator(f'[data-total="{key}"]').count()}
        cards = {key: page.locator(f'[data-card="{key}"] .rl-big').inner_text() for key in totals}
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "backtest-northwind.png"), full_page=True)

    assert cards == totals
    assert shown == {k: totals[k] for k in shown} and set(shown) == set(totals)
