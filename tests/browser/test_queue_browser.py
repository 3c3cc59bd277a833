"""A technician clears the review queue in a real browser (Playwright driving Debian's chromium).

Three Contoso tickets go through the real pipeline and wait for approval; the technician signs in,
approves the first with the keyboard, edits and approves the second, rejects the third, and the
sandbox shows exactly the first two applied. Screenshots land in test-artifacts/ for a person to look at.

Chromium is a system package (`.ci/run` installs it); when it is missing this test fails, it never skips.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings

from playbooks.models import Action
from sandbox.demo import demo_password
from tests.helpers import internal_notes, post_ticket, psa_ticket, ticket_payload

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"

TICKETS = [
    ("web-1", "adele.vance@contoso.example", "Adele Vance", "Access to Finance-Readers group",
     'Hi, please add me to the "Finance-Readers" group so I can read the reports. Thanks, Adele'),
    ("web-2", "alex.wilber@contoso.example", "Alex Wilber", "Access to Finance-Readers group",
     'Hi, please add me to the "Finance-Readers" group, I need the billing numbers. Thanks, Alex'),
    ("web-3", "diego.siciliani@contoso.example", "Diego Siciliani", "Visio licence",
     "Hi, could you please assign me a Visio licence? I need it for floor plans. Thanks, Diego"),
]


@contextmanager
def chromium_page() -> Iterator:
    """A headless chromium page. Playwright's sync API runs an event loop in this thread, and Django refuses
    database calls inside one: the test reads and writes the database only before and after this block."""
    assert CHROMIUM.exists(), "Debian's chromium is missing: `apt-get install -y chromium` (.ci/run does this)"
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1360, "height": 900})
        page.set_default_timeout(15_000)
        try:
            yield page
        finally:
            browser.close()


def shot(page, name: str) -> None:
    page.screenshot(path=str(ARTIFACTS / f"queue-{name}.png"), full_page=True)


def card(page, target: str):
    return page.locator("article.card", has_text=target)


@pytest.mark.django_db(transaction=True)
def test_technician_approves_edits_and_rejects_in_the_browser(live_server, contoso_api, sandbox):
    for external_id, requester, name, subject, body in TICKETS:
        response = post_ticket(contoso_api, ticket_payload(external_id, requester, name=name, subject=subject,
                                                           body=body))
        assert response.status_code == 201, response.content
    waiting = list(Action.objects.filter(status="awaiting_approval").order_by("created_at", "pk"))
    assert [a.target for a in waiting] == [t[1] for t in TICKETS], [(a.kind, a.target, a.status) for a in waiting]
    assert sandbox.sandbox.writes("graph") == []
    password = demo_password()
    with chromium_page() as page:
        # Sign in: the queue sends an anonymous visitor to its login page and back.
        page.goto(f"{live_server.url}/queue/")
        assert "/accounts/login/" in page.url
        shot(page, "0-login")
        page.fill("#id_username", "tech")
        page.fill("#id_password", password)
        page.click("button[type=submit]")
        page.wait_for_url(f"{live_server.url}/queue/")
        assert page.locator("article.card").count() == 3
        assert page.get_by_test_id("count-contoso").inner_text() == "3"
        shot(page, "1-three-waiting")

        # 1. Approve Adele's group add with the keyboard: the first card is selected, "a" approves it.
        first = card(page, "adele.vance@contoso.example")
        assert "selected" in (first.get_attribute("class") or "")
        page.keyboard.press("a")
        page.wait_for_selector("text=Approved Add to group for adele.vance@contoso.example")
        assert page.locator("article.card").count() == 2

        # 2. Alex works in billing: edit the group, then approve.
        second = card(page, "alex.wilber@contoso.example")
        second.locator("summary", has_text="Edit & approve").click()
        second.locator("input[name=param_group]").fill("Billing Team")
        second.locator("input[name=comment]").fill("Alex is in billing; Finance-Readers is too broad.")
        shot(page, "2-editing")
        second.get_by_role("button", name="Approve with edits").click()
        page.wait_for_selector("text=Approved Add to group for alex.wilber@contoso.example")

        # 3. Reject Diego's licence request with a reason ("r" opens the form, Ctrl+Enter sends it).
        third = card(page, "diego.siciliani@contoso.example")
        third.click(position={"x": 200, "y": 12})
        page.keyboard.press("r")
        reason = third.locator("textarea[name=reason]")
        reason.wait_for(state="visible")
        reason.fill("Visio needs the practice manager's approval first.")
        shot(page, "3-rejecting")
        page.keyboard.press("Control+Enter")
        page.wait_for_selector("text=Rejected Assign licence for diego.siciliani@contoso.example")
        assert page.locator("article.card").count() == 0
        assert page.get_by_test_id("count-all").inner_text() == "0"
        shot(page, "4-cleared")

    # The sandbox shows exactly the first two applied.
    state = sandbox.sandbox.state()["graph"]["contoso"]
    assert "adele.vance@contoso.example" in state["groups"]["Finance-Readers"]
    assert "alex.wilber@contoso.example" in state["groups"]["Billing Team"]
    assert "alex.wilber@contoso.example" not in state["groups"]["Finance-Readers"]
    assert state["skus"]["VISIOCLIENT"]["consumed"] == 1  # Lynne's, as seeded: Diego got none
    assert "VISIOCLIENT" not in str(state["users"]["diego.siciliani@contoso.example"].get("assignedLicenses"))
    writes = [w for w in sandbox.sandbox.writes("graph") if w["method"] in ("POST", "PATCH", "DELETE")]
    assert len(writes) == 2 and all("/members/$ref" in w["path"] for w in writes), writes

    statuses = {a.target: (a.status, a.version) for a in Action.objects.order_by("pk")}
    assert statuses == {"adele.vance@contoso.example": ("succeeded", 1),
                        "alex.wilber@contoso.example": ("succeeded", 2),
                        "diego.siciliani@contoso.example": ("rejected", 1)}
    rejected = Action.objects.get(target="diego.siciliani@contoso.example")
    notes = internal_notes(psa_ticket(sandbox, rejected.ticket.psa_ticket_id))
    assert any("Reason: Visio needs the practice manager's approval first." in n for n in notes), notes
