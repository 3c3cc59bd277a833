"""The service lead's admin in a real browser at 1,366 × 768: the cockpit's counts, list pages and the policy matrix
without horizontal scroll, a ticket shown read-only, and the API docs page.

The lead signs in with the password and then the second factor, as a person does. The counts are checked against
data seeded here (each tenant different, so a count from the wrong tenant shows), for the lead (every tenant) and for
a Fabrikam-only service lead, who must see Fabrikam's numbers and nothing of the others. Screenshots land in
test-artifacts/admin-*.png for a person to look at. Chromium is a system package: missing, this test fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from sandbox.demo import demo_password, demo_second_factor
from tenants import access
from tenants.models import Connection, Tenant
from tests.approvals.factories import waiting
from tests.browser.test_queue_browser import ARGS, ARTIFACTS, CHROMIUM
from tests.helpers import otp_code
from tickets.models import Ticket
from tickets.services import ingest_ticket

VIEWPORT = {"width": 1366, "height": 768}
KEYS = ("waiting", "escalated", "paused", "failing", "stuck")


def seed_cockpit() -> dict[str, Ticket]:
    """Contoso: two waiting approvals and a stuck ticket. Northwind: paused, one escalation today. Fabrikam: one
    waiting approval and a failing Slack connection."""
    waiting("contoso", requester="adele.vance@contoso.example")
    waiting("contoso", requester="alex.wilber@contoso.example", subject="Please add me to Sales")
    waiting("fabrikam", requester="kim.abercrombie@fabrikam.example")
    contoso, northwind = Tenant.objects.get(slug="contoso"), Tenant.objects.get(slug="northwind")
    stuck, _ = ingest_ticket(actor="system:test", tenant=contoso, source="api", external_id="stuck-1",
                             subject="VPN will not connect", body="Since this morning.",
                             requester_email="diego.siciliani@contoso.example", enqueue=False)
    Ticket.objects.filter(pk=stuck.pk).update(updated_at=timezone.now() - timedelta(hours=2))
    escalated, _ = ingest_ticket(actor="system:test", tenant=northwind, source="api", external_id="esc-1",
                                 subject="Printer on fire", body="Literally.",
                                 requester_email="nancy.davolio@northwind.example", enqueue=False)
    Ticket.objects.filter(pk=escalated.pk).update(status="escalated", escalation_reason="Not an L1 matter.")
    Tenant.objects.filter(pk=northwind.pk).update(paused=True, paused_reason="Burst of password resets",
                                                  paused_at=timezone.now())
    Connection.objects.filter(tenant__slug="fabrikam", vendor="slack").update(
        last_error="post notice: Slack refused the call: channel_not_found", last_error_at=timezone.now())
    return {"stuck": stuck, "escalated": escalated}


def fabrikam_lead() -> Any:
    user = get_user_model().objects.create_user("fabrikam-lead", "fl@harbor-it.example", demo_password(),
                                                is_staff=True)
    access.grant_role(user, Tenant.objects.get(slug="fabrikam"), "service_lead")
    demo_second_factor(user)
    return user


@contextmanager
def browser() -> Iterator[Any]:
    assert CHROMIUM.exists(), "Debian's chromium is missing: `apt-get install -y chromium` (.ci/run does this)"
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


def new_page(chromium: Any) -> Any:
    page = chromium.new_context(viewport=VIEWPORT).new_page()
    page.set_default_timeout(15_000)
    return page


def shot(page: Any, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"admin-{name}.png"), full_page=True)


def sign_in(page: Any, base: str, username: str, code: str) -> None:
    """Password on the admin's login page, then the six digits on /accounts/otp/, back to the admin home."""
    page.goto(f"{base}/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", demo_password())
    page.click("#login-form [type=submit]")
    page.wait_for_url("**/accounts/otp/**")
    page.fill("input[name=code]", code)
    page.locator("form:has(input[name=code]) button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


def counts(page: Any) -> dict[str, int]:
    return {key: int(page.get_by_test_id(f"count-{key}").inner_text()) for key in KEYS}


def overflow(page: Any) -> int:
    """How many pixels the page, or a list's results box, is wider than what shows (0: nothing cut off, no
    horizontal scroll bar)."""
    return int(page.evaluate("""() => Math.max(
        document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ...[...document.querySelectorAll('.results, .module')].map(e => e.scrollWidth - e.clientWidth))"""))


def assert_fits(page: Any, base: str, path: str, name: str) -> None:
    page.goto(f"{base}{path}")
    shot(page, name)
    assert overflow(page) == 0, f"{path} is {overflow(page)} px wider than a 1,366 px window"


@pytest.mark.django_db(transaction=True)
def test_service_lead_cockpit_matrix_and_api_docs_at_1366(live_server, world, sandbox):
    seeded = seed_cockpit()
    other = fabrikam_lead()
    lead = get_user_model().objects.get(username="lead")
    contoso = Tenant.objects.get(slug="contoso")
    base = live_server.url
    lead_code, other_code = otp_code(lead), otp_code(other)
    every_list = sorted(reverse(f"admin:{m._meta.app_label}_{m._meta.model_name}_changelist")
                        for m in admin.site._registry)
    with browser() as chromium:
        page = new_page(chromium)
        sign_in(page, base, "lead", lead_code)
        shot(page, "0-home")
        assert overflow(page) == 0
        assert counts(page) == {"waiting": 3, "escalated": 1, "paused": 1, "failing": 1, "stuck": 1}
        # Each count opens the list of exactly what it counted.
        page.get_by_test_id("count-stuck").click()
        page.wait_for_url("**/admin/tickets/ticket/**")
        assert page.locator("#result_list tbody tr").count() == 1
        assert "VPN will not connect" in page.locator("#result_list").inner_text()
        shot(page, "1-stuck-tickets")
        assert overflow(page) == 0
        page.goto(f"{base}/admin/")
        page.get_by_test_id("count-waiting").click()
        page.wait_for_url("**/admin/approvals/approvalrequest/**")
        assert page.locator("#result_list tbody tr").count() == 3
        assert overflow(page) == 0
        shot(page, "2-waiting-approvals")

        for path, name in [("/admin/tickets/ticket/", "3-tickets"), ("/admin/playbooks/action/", "4-actions"),
                           ("/admin/tenants/connection/", "5-connections"),
                           ("/admin/audit/auditevent/", "6-audit"),
                           ("/admin/approvals/approvalrequest/", "6b-approval-requests"),
                           ("/admin/tenants/tenant/", "6c-tenants"),
                           (f"/admin/tenants/tenant/{contoso.pk}/policy/", "7-policy-matrix"),
                           ("/admin/approvals/autonomypolicy/matrix/", "8-msp-defaults")]:
            assert_fits(page, base, path, name)
        assert page.locator("table.rl-matrix tbody tr").count() >= 10
        # Every other list page of the admin fits too (no screenshot each: the loop names the one that does not).
        for path in every_list:
            page.goto(f"{base}{path}")
            assert overflow(page) == 0, f"{path} is {overflow(page)} px wider than a 1,366 px window"

        # A ticket is a record, not a form: no Save, no Delete, no "Add another Ticket event".
        page.goto(f"{base}/admin/tickets/ticket/{seeded['stuck'].pk}/change/")
        shot(page, "9-ticket")
        assert page.locator("input[name=_save]").count() == 0
        assert page.locator("a.deletelink").count() == 0
        # (Django's inline script keeps a hidden "Add another" link in the page; none is shown.)
        assert page.locator(".inline-group a.addlink:visible").count() == 0
        assert page.get_by_text("Add another Ticket event").filter(visible=True).count() == 0
        assert overflow(page) == 0

        # Search where a person looks: a ticket by its requester.
        page.goto(f"{base}/admin/tickets/ticket/?q=diego.siciliani")
        assert page.locator("#result_list tbody tr").count() == 1

        # "View site" leads to the review queue, not a 404.
        page.goto(f"{base}/admin/")
        page.get_by_role("link", name="View site").click()
        page.wait_for_url(f"{base}/queue/")
        assert page.locator("h2", has_text="Waiting per tenant").count() == 1

        page.goto(f"{base}/api/v1/docs/")
        page.wait_for_selector(".swagger-ui .information-container", state="visible")
        page.wait_for_selector("text=/api/v1/tickets/")
        shot(page, "10-api-docs")
        assert "Rallied API" in page.locator(".swagger-ui .info").inner_text()

        # A service lead of Fabrikam alone: Fabrikam's numbers, nothing of Contoso or Northwind.
        page = new_page(chromium)
        sign_in(page, base, "fabrikam-lead", other_code)
        shot(page, "11-home-fabrikam-lead")
        assert counts(page) == {"waiting": 1, "escalated": 0, "paused": 0, "failing": 1, "stuck": 0}
        page.get_by_test_id("count-waiting").click()
        page.wait_for_url("**/admin/approvals/approvalrequest/**")
        listed = page.locator("#result_list").inner_text()
        assert "kim.abercrombie@fabrikam.example" in listed and "contoso" not in listed.lower()
