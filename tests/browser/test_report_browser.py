"""A service lead reads the value report in a real browser (Playwright driving Debian's chromium).

Tailspin's fixed March-April tickets (tests/service_lead/value_data.py) and one Contoso ticket are in the database;
the lead, signed in with the second factor, opens Tailspin's report and the MSP-wide overview. The charts are drawn
(an SVG with bars and points that has a size on the screen) and their totals, read as the browser shows them, are
the hand-computed ones. Screenshots land in test-artifacts/ for a person to look at.

Chromium is a system package (`.ci/run` installs it); when it is missing this test fails, it never skips.
"""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tenants.models import Tenant
from tests.browser.test_queue_browser import ARTIFACTS, chromium_page
from tests.helpers import verified
from tests.service_lead.value_data import at, make_ticket, seed_tailspin

RANGE = "start=2026-03-01&end=2026-04-30"


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"report-{name}.png"), full_page=True)


def chart_totals(page, chart: str) -> dict[str, str]:
    figure = page.locator(f'figure[data-chart="{chart}"]')
    return {el.get_attribute("data-total"): el.inner_text().strip() for el in figure.locator("[data-total]").all()}


def drawn(page, chart: str, shape: str) -> int:
    """How many of `shape` (pygal's bars or dots) the chart's SVG draws with a size on the screen."""
    svg = page.locator(f'figure[data-chart="{chart}"] svg')
    box = svg.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 150, box
    return svg.evaluate(f"""svg => [...svg.querySelectorAll('{shape}')]
        .filter(el => {{ const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; }}).length""")


@pytest.mark.django_db(transaction=True)
def test_the_lead_sees_the_value_report_charts_with_the_right_totals(live_server, world):
    tailspin = seed_tailspin()
    make_ticket(Tenant.objects.get(slug="contoso"), "account_unlock", at(5, 3, 10), status="resolved",
                closed_after=3, actions=[("unlock_account", "autonomous", "succeeded")])
    client = verified(Client(), get_user_model().objects.get(username="lead"))
    session = client.cookies["sessionid"].value
    report_url = f"{live_server.url}/admin/tenants/tenant/{tailspin.pk}/report/?{RANGE}"

    with chromium_page() as page:
        page.context.add_cookies([{"name": "sessionid", "value": session, "url": live_server.url}])
        page.goto(report_url)
        assert page.locator("h1").inner_text().startswith("Outcomes: Tailspin Toys")
        headline = {card.get_attribute("data-figure"): card.locator(".rl-big").inner_text()
                    for card in page.locator("#headline [data-figure]").all()}
        assert headline == {"hours_saved": "0.78", "dollars_saved": "$70.50", "autonomous_rate": "28.6%",
                            "reopen_rate": "20.0%", "median_minutes_to_close": "10.0", "after_hours_resolved": "1"}

        # The trend of hours saved: two months, 0.78 hours in all, $70.50.
        assert chart_totals(page, "hours") == {"hours_saved": "0.78", "dollars_saved": "70.50"}
        assert drawn(page, "hours", ".dots .dot") == 2
        assert chart_totals(page, "rate") == {"autonomous_rate": "28.6", "autonomous": "2", "ended": "7"}
        # Four categories stacked by result: every result that happened has a bar, eight tickets in all.
        assert chart_totals(page, "categories") == {"tickets": "8", "autonomous": "2", "approved": "2",
                                                     "failed": "1", "escalated": "1", "reopened": "1", "open": "1"}
        assert drawn(page, "categories", "rect.rect") == 8  # one bar segment per (category, result) that occurred
        page.locator("#definitions summary").click()
        assert "reopened within 30 days" in page.locator('[data-definition="autonomous"]').inner_text()
        assert page.locator('[data-plan="minutes"]').inner_text() == "10"
        shot(page, "1-tenant")

        # The MSP-wide page: both tenants, each at its own hourly cost.
        page.goto(f"{live_server.url}/admin/tenants/tenant/reports/?{RANGE}")
        assert chart_totals(page, "hours") == {"hours_saved": "0.98", "dollars_saved": "82.50"}
        assert chart_totals(page, "categories")["tickets"] == "9"
        row = page.locator('tr[data-row="contoso:total"] td[data-col="dollars_saved"]')
        assert row.inner_text() == "12.00"
        assert drawn(page, "rate", ".dots .dot") == 2
        shot(page, "2-overview")
