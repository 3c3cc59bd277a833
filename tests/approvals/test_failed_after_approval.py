"""A technician learns what became of the actions they approved: the queue's "recently decided" page, and, when
an approved action fails at the vendor, a badge on their queue and a Slack message to them alone, never carrying a
secret. The other technician is told nothing."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from approvals.notify import FAILED_TOPIC, tell_approvers_of_failure
from audit.models import AuditEvent
from playbooks.models import Action
from sandbox.vendors.slack import bot_token, member_id, signing_secret
from tests.approvals.factories import staff_user, waiting
from tests.helpers import committed, staff_client, verified

MEMBERS = "/members/\\$ref"


def approve(client: Any, action: Action) -> None:
    response = client.post(f"/queue/{action.pk}/approve/", {"version": action.version, "next": "/queue/"})
    assert response.status_code == 302, response.content[:300]


def dms(sandbox: Any, username: str) -> list[str]:
    conversation = sandbox.sandbox.state()["slack"]["dms"].get(member_id(username))
    return [m["text"] for m in conversation["messages"]] if conversation else []


def badge(client: Any) -> int:
    html = client.get("/queue/").content.decode()
    found = re.search(r'data-testid="failed-badge"[^>]*>(\d+)<', html)
    return int(found.group(1)) if found else 0


@pytest.mark.django_db
def test_an_approved_action_the_vendor_refuses_tells_its_approver_and_nobody_else(world, sandbox):
    action = waiting("contoso", requester="adele.vance@contoso.example",
                     params={"target": "adele.vance@contoso.example", "group": "Finance-Readers"})
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=MEMBERS, statuses=[403])
    tech, tech2 = staff_client("tech"), staff_client("tech2")
    with committed():
        approve(tech, action)
    action.refresh_from_db()
    assert action.status == "failed", (action.status, action.error)
    state = sandbox.sandbox.state()["graph"]["contoso"]
    assert "adele.vance@contoso.example" not in state["groups"]["Finance-Readers"]

    # Slack: one direct message to the approver, none to the other technician, nothing in the tenant's channel.
    (message,) = dms(sandbox, "tech")
    assert "An action you approved failed" in message and "adele.vance@contoso.example" in message
    assert f"ticket #{action.ticket_id}" in message and "/queue/decided/?outcome=failed" in message
    assert dms(sandbox, "tech2") == []
    channels = sandbox.sandbox.state()["slack"]["channels"].values()
    assert not any("approved failed" in m["text"] for c in channels for m in c["messages"])

    # The queue: a badge for the approver only, and the failure listed beside the cards.
    assert badge(tech) == 1 and badge(tech2) == 0
    queue = tech.get("/queue/").content.decode()
    assert 'data-testid="failed-mine"' in queue and "Add to group for adele.vance@contoso.example" in queue

    # Recently decided shows the outcome and the vendor's reason, marked new; having looked clears the badge.
    page = tech.get("/queue/decided/", {"outcome": "failed", "mine": "on"})
    row = re.search(rf'<tr id="action-{action.pk}"[^>]*class="([^"]*)"', page.content.decode())
    assert row and "new" in row.group(1)
    assert page.context["rows"][0].outcome_label == "Failed" and "403" in page.context["rows"][0].why
    assert badge(tech) == 0

    # Ringing the task again (a broker delivering twice) tells nobody twice.
    assert tell_approvers_of_failure(action.pk) == "nobody to tell"
    assert len(dms(sandbox, "tech")) == 1
    told = AuditEvent.objects.filter(verb="staff.notified", details__topic=FAILED_TOPIC)
    assert [(e.details["to"], e.details["slack"]) for e in told] == [("tech", "sent")]


@pytest.mark.django_db
def test_the_failure_message_never_carries_the_secret_the_vendor_refused(world, sandbox):
    """A password reset the vendor refuses: the password Rallied generated and sent is in neither the Slack
    message, the recently-decided page nor the audit trail's record of the notice."""
    action = waiting("contoso", requester="adele.vance@contoso.example", kind="reset_password",
                     params={"target": "adele.vance@contoso.example"})
    sandbox.sandbox.add_fault(vendor="graph", method="PATCH", statuses=[400])
    tech = staff_client("tech")
    with committed():
        approve(tech, action)
    action.refresh_from_db()
    assert action.status == "failed", (action.status, action.error)
    sent = [json.loads(w["body"]) for w in sandbox.sandbox.writes("graph") if w["method"] == "PATCH"]
    passwords = [body["passwordProfile"]["password"] for body in sent if "passwordProfile" in body]
    assert passwords, sent  # the reset was attempted, with a password of Rallied's making
    (message,) = dms(sandbox, "tech")
    page = tech.get("/queue/decided/").content.decode()
    notice = json.dumps([e.details for e in AuditEvent.objects.filter(verb="staff.notified")])
    for secret in [*passwords, bot_token(), signing_secret()]:
        assert secret not in message and secret not in page and secret not in notice


@pytest.mark.django_db
def test_a_technician_without_a_linked_slack_account_still_gets_the_badge(world, sandbox):
    client = verified(Client(), staff_user("solo", "solo@harbor-it.example", ["contoso"]))
    action = waiting("contoso", requester="alex.wilber@contoso.example",
                     params={"target": "alex.wilber@contoso.example", "group": "Finance-Readers"})
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=MEMBERS, statuses=[403])
    with committed():
        approve(client, action)
    assert Action.objects.get(pk=action.pk).status == "failed"
    assert badge(client) == 1
    (event,) = AuditEvent.objects.filter(verb="staff.notified", details__topic=FAILED_TOPIC)
    assert event.details["to"] == "solo" and event.details["slack"] == "not linked"
    assert sandbox.sandbox.state()["slack"]["dms"] == {}


@pytest.mark.django_db
def test_recently_decided_shows_each_outcome_of_the_persons_tenants_only(world, sandbox):
    tech = staff_client("tech")
    ok = waiting("contoso", requester="adele.vance@contoso.example")
    no = waiting("contoso", requester="alex.wilber@contoso.example")
    elsewhere = waiting("fabrikam", requester="kim.abercrombie@fabrikam.example")
    with committed():
        approve(tech, ok)
        tech.post(f"/queue/{no.pk}/reject/", {"reason": "Manager said no.", "next": "/queue/"})
        approve(staff_client("tech2"), elsewhere)
    page = tech.get("/queue/decided/")
    rows = {row.action.pk: row for row in page.context["rows"]}
    assert set(rows) == {ok.pk, no.pk}  # tech does not work for Fabrikam
    assert rows[ok.pk].outcome_label == "Succeeded" and rows[ok.pk].decided_by == ["tech (approved)"]
    assert rows[no.pk].outcome_label == "Rejected" and rows[no.pk].why == "Manager said no."
    only_rejected = tech.get("/queue/decided/", {"outcome": "rejected"}).context["rows"]
    assert [r.action.pk for r in only_rejected] == [no.pk]
    tech2_rows = staff_client("tech2").get("/queue/decided/", {"mine": "on"}).context["rows"]
    assert [r.action.pk for r in tech2_rows] == [elsewhere.pk]


@pytest.mark.django_db
def test_an_unknown_outcome_filter_is_a_400_naming_it(world):
    response = staff_client("tech").get("/queue/decided/", {"outcome": "exploded"})
    assert response.status_code == 400
    assert "outcome:" in response.content.decode()
    assert get_user_model().objects.filter(username="tech").exists()


@pytest.mark.django_db
def test_recently_decided_reads_a_fixed_number_of_queries_whatever_the_rows(world, sandbox):
    tech = staff_client("tech")

    def decide(n: int) -> None:
        for i in range(n):
            action = waiting("contoso", requester="adele.vance@contoso.example")
            with committed():
                tech.post(f"/queue/{action.pk}/reject/", {"reason": f"no {i}", "next": "/queue/"})

    def queries() -> int:
        with CaptureQueriesContext(connection) as seen:
            assert tech.get("/queue/decided/").status_code == 200
        return len(seen)

    decide(2)
    few = queries()
    decide(6)
    assert queries() == few
