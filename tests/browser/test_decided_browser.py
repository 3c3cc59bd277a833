"""A technician approves an action in the browser, the vendor refuses it, and they are told: a badge on the queue, a
Slack message in their own direct conversation, and the failure on the Recently decided page. The other technician
sees no badge and gets no message. Screenshots land in test-artifacts/decided-*.png."""

from __future__ import annotations

import pytest

from playbooks.models import Action
from sandbox.demo import demo_password
from sandbox.vendors.slack import member_id
from tests.approvals.factories import waiting
from tests.browser.test_queue_browser import chromium_page
from tests.browser.test_queue_browser import shot as _shot


def shot(page, name: str) -> None:
    _shot(page, f"decided-{name}")


def sign_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/queue/")
    page.fill("#id_username", username)
    page.fill("#id_password", demo_password())
    page.locator("form:has(#id_username) button[type=submit]").click()
    page.wait_for_url(f"{base}/queue/")


@pytest.mark.django_db(transaction=True)
def test_technician_is_told_in_the_queue_and_in_slack_when_their_approval_fails(live_server, world, sandbox):
    ok = waiting("contoso", requester="alex.wilber@contoso.example", subject="Please add me to Billing Team",
                 params={"target": "alex.wilber@contoso.example", "group": "Billing Team"}, waiting_minutes=10)
    doomed = waiting("contoso", requester="adele.vance@contoso.example",
                     params={"target": "adele.vance@contoso.example", "group": "Finance-Readers"})
    # Graph refuses the second membership change: the first one goes through.
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path="/members/\\$ref", statuses=[0, 403])
    base = live_server.url
    with chromium_page() as page:
        page.set_viewport_size({"width": 1366, "height": 768})
        sign_in(page, base, "tech")
        assert page.get_by_test_id("failed-badge").count() == 0
        for target in ("alex.wilber@contoso.example", "adele.vance@contoso.example"):
            page.locator("article.card", has_text=target).get_by_role("button", name="Approve").click()
            page.wait_for_selector(f"text=Approved Add to group for {target}")
        # The failure happened after the approval's redirect was drawn: the next page shows it.
        page.goto(f"{base}/queue/")
        assert page.get_by_test_id("failed-badge").inner_text() == "1"
        assert "Add to group for adele.vance@contoso.example" in page.get_by_test_id("failed-mine").inner_text()
        shot(page, "1-queue-badge")
        page.get_by_role("link", name="Recently decided").click()
        page.wait_for_url(f"{base}/queue/decided/")
        failed = page.locator(f"#action-{doomed.pk}")
        assert "Failed" in failed.inner_text() and "new" in (failed.get_attribute("class") or "")
        assert "Succeeded" in page.locator(f"#action-{ok.pk}").inner_text()
        shot(page, "2-recently-decided")
        assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
        page.goto(f"{base}/queue/")
        assert page.get_by_test_id("failed-badge").count() == 0  # seen

        page.context.clear_cookies()
        sign_in(page, base, "tech2")
        assert page.get_by_test_id("failed-badge").count() == 0
        shot(page, "3-other-technician")

    assert {a.pk: a.status for a in Action.objects.filter(pk__in=[ok.pk, doomed.pk])} == {
        ok.pk: "succeeded", doomed.pk: "failed"}
    slack = sandbox.sandbox.state()["slack"]
    (message,) = slack["dms"][member_id("tech")]["messages"]
    assert "An action you approved failed" in message["text"] and "adele.vance@contoso.example" in message["text"]
    assert member_id("tech2") not in slack["dms"]
