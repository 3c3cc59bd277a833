"""Approving a sensitive kind (password reset, MFA reset, mailbox access: rallied/kinds.py) needs the approver's
second factor, proved by the channel: a verified session or a code on the web queue and the Teams link page, the
`otp` field on the API. A Slack button cannot carry one, so Slack refuses those and points to the queue. Other
kinds approve as before. Each from both sides."""

from __future__ import annotations

import dataclasses
import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from approvals.channels.cards import slack_blocks, view_of
from approvals.channels.teams import create_approval_link
from approvals.services import SecondFactorRequired, approve_action
from audit.models import AuditEvent
from playbooks.models import Action
from tenants import otp
from tests.approvals.factories import waiting
from tests.chat.helpers import button_payload, link_path, member, press
from tests.foundation.test_permissions_and_admin import user_client
from tests.helpers import committed, otp_code, staff_client

pytestmark = pytest.mark.django_db

MAILBOX = {"target": "adele.vance@contoso.example", "mailbox": "billing@contoso.example", "rights": "FullAccess"}


def sensitive() -> Action:
    return waiting(kind="grant_mailbox_access", params=dict(MAILBOX), subject="Access to the billing mailbox")


def user(username: str = "tech"):
    return get_user_model().objects.get(username=username)


def status(action: Action) -> str:
    action.refresh_from_db()
    return action.status


def queue_approve(client: Client, action: Action, **fields):
    with committed():
        return client.post(f"/queue/{action.pk}/approve/", {"version": action.version, "next": "/queue/", **fields},
                           follow=True)


def test_web_queue_asks_for_the_code_on_sensitive_cards_only(world, sandbox):
    mailbox, group = sensitive(), waiting()
    client = staff_client("tech", second_factor=False)
    page = client.get("/queue/").content.decode()
    card = page.split(f'id="card-{mailbox.pk}"', 1)[1].split('id="card-', 1)[0]
    assert 'name="otp"' in card
    other = page.split(f'id="card-{group.pk}"', 1)[1].split('id="card-', 1)[0]
    assert 'name="otp"' not in other

    refused = queue_approve(client, mailbox)
    assert b"second factor" in refused.content and status(mailbox) == "awaiting_approval"
    wrong = queue_approve(client, mailbox, otp="000000")
    assert b"second factor" in wrong.content and status(mailbox) == "awaiting_approval"
    # The group add needs no code.
    queue_approve(client, group)
    assert status(group) == "succeeded"

    time.sleep(1.1)  # django-otp's throttle after the wrong code
    done = queue_approve(client, mailbox, otp=otp_code(user()))
    assert b"Approved Grant mailbox access" in done.content
    assert status(mailbox) == "succeeded"
    event = AuditEvent.objects.get(verb="approval.approved", object_id=str(mailbox.pk))
    assert event.details["second_factor"] == "code"
    # The code verified the session: the queue stops asking.
    later = sensitive()
    assert 'name="otp"' not in client.get("/queue/").content.decode().split(f'id="card-{later.pk}"', 1)[1]
    queue_approve(client, later)
    assert status(later) == "succeeded"


def test_a_session_verified_at_sign_in_approves_sensitive_kinds(world, sandbox):
    mailbox = sensitive()
    queue_approve(staff_client("tech"), mailbox)
    assert status(mailbox) == "succeeded"
    assert AuditEvent.objects.get(verb="approval.approved", object_id=str(mailbox.pk)).details["second_factor"] \
        == "session"


def test_api_needs_the_otp_field_for_sensitive_kinds(world, sandbox):
    mailbox, group = sensitive(), waiting()
    tech = user_client("tech")
    missing = tech.post(f"/api/v1/actions/{mailbox.pk}/approve", {}, format="json")
    assert missing.status_code == 403 and "second factor" in missing.json()["detail"]
    # Someone else's code is not the approver's.
    other = tech.post(f"/api/v1/actions/{mailbox.pk}/approve", {"otp": otp_code(user("tech2"))}, format="json")
    assert other.status_code == 403 and status(mailbox) == "awaiting_approval"
    with committed():
        assert tech.post(f"/api/v1/actions/{group.pk}/approve", {}, format="json").status_code == 200
    time.sleep(1.1)
    with committed():
        ok = tech.post(f"/api/v1/actions/{mailbox.pk}/approve", {"otp": otp_code(user("tech"))}, format="json")
    assert ok.status_code == 200, ok.content
    assert status(mailbox) == "succeeded" and "otp" not in ok.json()


def test_slack_card_of_a_sensitive_kind_has_no_approve_button(world):
    mailbox, group = sensitive(), waiting()
    blocks = slack_blocks(view_of(mailbox.approval))
    elements = [e["action_id"] for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert elements == ["reject"]
    assert "review queue" in str(blocks)
    elements = [e["action_id"] for b in slack_blocks(view_of(group.approval)) if b["type"] == "actions"
                for e in b["elements"]]
    assert elements == ["approve", "reject"]


def test_slack_refuses_sensitive_kinds_and_approves_others(world, sandbox):
    mailbox, group = sensitive(), waiting()
    reply = press(button_payload(mailbox, "approve", member("tech")))
    assert reply.status_code == 200 and "review queue" in reply.content.decode()
    assert status(mailbox) == "awaiting_approval"
    press(button_payload(group, "approve", member("tech")))
    assert status(group) == "succeeded"


def test_teams_link_page_asks_for_the_code(world, sandbox):
    mailbox = sensitive()
    path = link_path(create_approval_link(request=mailbox.approval))
    client = staff_client("tech", second_factor=False)
    assert 'name="otp"' in client.get(path).content.decode()
    with committed():
        refused = client.post(path, {"decision": "approve"})
    assert refused.status_code == 403 and status(mailbox) == "awaiting_approval"
    with committed():
        done = client.post(path, {"decision": "approve", "otp": otp_code(user())})
    assert done.status_code == 200 and status(mailbox) == "succeeded"


def test_the_service_checks_the_proof_it_is_given(world, sandbox):
    """A proof is made by tenants/otp.py after a real check; one that is forged, someone else's or stale fails."""
    tech = user("tech")
    proof = otp.proof_from_code(tech, otp_code(tech))
    assert proof is not None and otp.check_proof(proof, tech) is None
    forged = dataclasses.replace(proof, signature="0" * 64)
    stale = dataclasses.replace(proof, at=proof.at - otp.PROOF_MAX_AGE_SECONDS - 5)
    for bad, who in ((None, tech), (forged, tech), (stale, tech), (proof, user("tech2"))):
        mailbox = sensitive()
        with pytest.raises(SecondFactorRequired):
            approve_action(actor=who, action_id=mailbox.pk, second_factor=bad)
        assert status(mailbox) == "awaiting_approval"
    mailbox = sensitive()
    with committed():
        approve_action(actor=tech, action_id=mailbox.pk, second_factor=proof)
    assert status(mailbox) == "succeeded"
