"""Issue 13: chat notices exactly once. django-q2 may deliver a task twice and the sweep re-rings lost doorbells, so
each chat task is delivered 50 times here (one after another, and from 8 threads at once): one message per thing and
channel, counted in the sandbox's own Slack and Teams state (what a technician would see), never Rallied's idea of it.

A post whose outcome is unknown (the vendor took it and answered 429) is not repeated; one the vendor refused outright
reached nobody, and the next delivery posts it once. The concurrent runs mean most on PostgreSQL (CI runs this suite
there too); SQLite serialises every write, so there they show the same outcome one at a time.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from approvals.chat_models import ChatDelivery
from approvals.models import ApprovalRequest
from approvals.notify import FAILED_TOPIC, notify_staff
from approvals.tasks import (
    deliver_notice_task,
    post_request_cards_task,
    refresh_cards_task,
    tell_approvers_of_failure_task,
)
from audit.models import AuditEvent
from playbooks.executor import execute_action
from rallied.connectors import connector_classes
from tenants.models import Tenant
from tests.approvals.factories import waiting
from tests.approvals.test_failed_after_approval import approve, dms
from tests.chat.helpers import card_messages, channel, teams_posts
from tests.helpers import staff_client
from tests.reliability.helpers import ADELE, crashes, deliver_many, submit
from workflow.tasks import escalate_crashed_action_task

pytestmark = pytest.mark.django_db(transaction=True)  # several connections: each must see the others' commits
FIFTY = pytest.mark.parametrize("threads", [1, 8], ids=["sequential", "concurrent"])
NOTICE = "approvals.tasks.deliver_notice_task"


@pytest.fixture(autouse=True)
def _errors_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)


def notices(sandbox: Any, slug: str = "contoso") -> list[str]:
    """Plain messages (no card blocks) in the tenant's Slack channel."""
    return [m["text"] for m in channel(sandbox, slug)["messages"] if not m["blocks"]]


def teams_texts(sandbox: Any, slug: str = "contoso") -> list[str]:
    return [" ".join(str(b.get("text", "")) for b in p["card"]["body"]) for p in teams_posts(sandbox, slug)]


def posted_by(results: list[str]) -> list[str]:
    """The channels the deliveries say they posted to, all of them together ("none" posted nothing)."""
    return sorted(name for result in results if result != "none" for name in result.split(","))


def a_notice(hold: Any, subject: str = "Tenant paused") -> int:
    """A notice recorded and its delivery doorbell held; returns the audit event's id the task is rung with."""
    held = hold(NOTICE)
    notify_staff(tenant=Tenant.objects.get(slug="contoso"), subject=subject, text="Burst of resets",
                 topic="tenant.paused")
    [(event_id,)] = held
    return event_id


# -- approvals.tasks.deliver_notice_task -----------------------------------------------------------------------------
@FIFTY
def test_a_notice_delivered_fifty_times_is_posted_once_to_slack_and_once_to_teams(world, sandbox, caplog, hold,
                                                                                 threads):
    event_id = a_notice(hold)
    rung = deliver_many(50, lambda: deliver_notice_task(event_id), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    assert notices(sandbox) == ["*Tenant paused*\nBurst of resets"]
    assert teams_texts(sandbox) == ["Tenant paused Burst of resets"]
    assert posted_by(rung.results) == ["slack", "teams"]  # each channel by one delivery, whichever won it


def test_a_notice_whose_post_may_have_landed_is_not_posted_again(world, sandbox, caplog, hold):
    """Slack took the message and answered 429: a repeat would show it twice, so the next delivery leaves it."""
    event_id = a_notice(hold)
    sandbox.sandbox.add_fault(vendor="slack", method="POST", path=r"chat\.postMessage", apply_then_fail=429,
                              retry_after=1, times=1)
    assert deliver_notice_task(event_id) == "teams"
    assert deliver_notice_task(event_id) == "none"

    assert notices(sandbox) == ["*Tenant paused*\nBurst of resets"]  # the one that landed behind the 429
    assert len(teams_posts(sandbox)) == 1
    slack = ChatDelivery.objects.get(key=f"notice:{event_id}", destination="slack")
    assert slack.state == "unknown" and "ratelimited" in slack.error
    assert AuditEvent.objects.filter(verb="chat.error", details__operation="post notice").count() == 1


def test_a_notice_the_vendor_refused_outright_is_posted_by_the_next_delivery(world, sandbox, caplog, hold):
    """A refusal (Slack's `ok: false`) reached nobody: the next delivery posts it, once."""
    event_id = a_notice(hold)
    sandbox.sandbox.add_fault(vendor="slack", method="POST", path=r"chat\.postMessage", statuses=[400], times=1)
    assert deliver_notice_task(event_id) == "teams"
    assert notices(sandbox) == []
    assert ChatDelivery.objects.get(key=f"notice:{event_id}", destination="slack").state == "failed"

    rung = deliver_many(10, lambda: deliver_notice_task(event_id))
    assert rung.results.count("slack") == 1 and rung.results.count("none") == 9
    assert notices(sandbox) == ["*Tenant paused*\nBurst of resets"] and len(teams_posts(sandbox)) == 1
    slack = ChatDelivery.objects.get(key=f"notice:{event_id}", destination="slack")
    assert (slack.state, slack.attempts) == ("posted", 2)


def test_a_worker_that_died_while_posting_leaves_the_notice_unposted_rather_than_twice(world, sandbox, hold,
                                                                                      monkeypatch):
    """The claim committed, then the worker died during the call: nobody knows whether Slack has it."""
    from tests.reliability.helpers import WorkerDied

    event_id = a_notice(hold)
    slack = connector_classes()["slack"]
    real = slack.post_message

    def dying(self: Any, **kwargs: Any) -> Any:
        real(self, **kwargs)
        raise WorkerDied()

    monkeypatch.setattr(slack, "post_message", dying)
    with pytest.raises(WorkerDied):
        deliver_notice_task(event_id)
    monkeypatch.setattr(slack, "post_message", real)
    assert deliver_notice_task(event_id) == "teams"  # Teams had not been tried: it is posted now
    assert deliver_notice_task(event_id) == "none"
    assert len(notices(sandbox)) == 1 and len(teams_posts(sandbox)) == 1
    assert ChatDelivery.objects.get(key=f"notice:{event_id}", destination="slack").state == "claimed"


# -- approvals.tasks.post_request_cards_task / refresh_cards_task -------------------------------------------------
@FIFTY
def test_an_approval_requests_cards_posted_fifty_times_appear_once_in_slack_and_teams(world, sandbox, caplog,
                                                                                     threads):
    action = waiting("contoso")
    request = ApprovalRequest.objects.get(action=action)
    rung = deliver_many(50, lambda: post_request_cards_task(request.pk), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    assert len(card_messages(sandbox)) == 1
    assert len(teams_posts(sandbox)) == 1
    assert posted_by(rung.results) == ["slack", "teams"]
    assert request.links.count() == 1  # one signed link, on the one Teams card
    assert AuditEvent.objects.filter(verb="chat.card_posted", object_id=str(action.pk)).count() == 2


@FIFTY
def test_a_decision_refreshed_fifty_times_posts_one_teams_follow_up(world, sandbox, caplog, hold, threads):
    action = waiting("contoso")
    request = ApprovalRequest.objects.get(action=action)
    post_request_cards_task(request.pk)
    refreshes = hold("approvals.tasks.refresh_cards_task")
    approve(staff_client("tech"), action)
    assert set(refreshes) == {(request.pk,)}  # rung by the review and by the request's close: same state
    rung = deliver_many(50, lambda: refresh_cards_task(request.pk), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    _, follow_up = teams_posts(sandbox)  # the card, then one card with its new state
    assert "Approved" in str(follow_up["card"]) and request.links.count() == 1
    [card] = card_messages(sandbox)  # Slack edits its card in place: still one
    assert card.get("edited")


# -- approvals.tasks.tell_approvers_of_failure_task ---------------------------------------------------------------
@FIFTY
def test_an_approvers_failure_message_delivered_fifty_times_reaches_them_once(world, sandbox, caplog, hold, threads):
    told = hold("approvals.tasks.tell_approvers_of_failure_task")
    action = waiting("contoso", params={"target": ADELE, "group": "Finance-Readers"})
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path="/members/\\$ref", statuses=[403])
    approve(staff_client("tech"), action)
    action.refresh_from_db()
    assert action.status == "failed" and told == [(action.pk,)]
    rung = deliver_many(50, lambda: tell_approvers_of_failure_task(action.pk), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    assert len(dms(sandbox, "tech")) == 1
    assert rung.results.count("tech:sent") == 1 and rung.results.count("nobody to tell") == 49
    recorded = AuditEvent.objects.filter(verb="staff.notified", details__topic=FAILED_TOPIC)
    assert [(e.details["to"], e.details["slack"]) for e in recorded] == [("tech", "sent")]


# -- workflow.tasks.escalate_crashed_action_task ------------------------------------------------------------------
@FIFTY
def test_a_crashed_action_escalated_fifty_times_tells_staff_once(world, sandbox, caplog, hold, held_doorbells,
                                                                contoso_api, monkeypatch, threads):
    crashed = hold("workflow.tasks.escalate_crashed_action_task")
    ticket = submit(contoso_api, f"crash-once-{threads}", ADELE)
    [action_id] = held_doorbells
    entra = connector_classes()["entra"]
    monkeypatch.setattr(entra, "reset_password", lambda self, *a, **k: 1 / 0)
    assert execute_action(action_id=action_id) == "unknown_outcome"
    assert crashed == [(action_id,)]
    caplog.clear()  # the crash itself was logged; what follows must not be
    rung = deliver_many(50, lambda: escalate_crashed_action_task(action_id), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    ticket.refresh_from_db()
    assert ticket.status == "escalated"
    staff = AuditEvent.objects.filter(verb="staff.notified", details__topic="ticket.crashed")
    assert staff.count() == 1
    assert len([n for n in notices(sandbox) if f"Ticket #{ticket.pk} escalated after an error" in n]) == 1
    assert len([t for t in teams_texts(sandbox) if "escalated after an error" in t]) == 1
