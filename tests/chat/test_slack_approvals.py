"""Approving in Slack: the card, the signed button press, and every approval rule from both sides."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth import get_user_model

from approvals.channels.identities import link_chat_identity
from approvals.chat_models import ChatMessage
from approvals.models import ApprovalRequest, AutonomyPolicy, Review
from approvals.services import ApprovalRefused, approve_action
from audit.models import AuditEvent
from playbooks.models import Action
from sandbox.vendors.slack import TEAM_ID
from tenants import access
from tenants.models import Tenant
from tests.chat.helpers import (
    button_payload,
    buttons,
    card_messages,
    channel,
    context_text,
    member,
    press,
    slack_body,
    waiting_group_add,
)
from tests.foundation.test_permissions_and_admin import user_client
from tests.helpers import committed, internal_notes, psa_ticket

pytestmark = pytest.mark.django_db


def nothing_decided(action: Action) -> None:
    action.refresh_from_db()
    assert action.status == "awaiting_approval"
    assert not Review.objects.filter(request__action=action).exists()


def refusals() -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(verb="approval.refused"))


def test_card_is_posted_when_an_approval_is_requested(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    cards = card_messages(sandbox)
    assert len(cards) == 1
    card = cards[0]
    text = str(card["blocks"])
    assert "Add to group for adele.vance@contoso.example" in text
    assert "Finance-Readers" in text and "Contoso Dental Group" in text
    assert "Requester" in text and "Verification" in text
    assert any(reason[:40] in text for reason in action.reasons), action.reasons
    assert [(b["action_id"], b["value"]) for b in buttons(card)] == [("approve", f"{action.pk}:1"),
                                                                     ("reject", f"{action.pk}:1")]
    assert "0 of 1" in context_text(card)
    stored = ChatMessage.objects.get(request__action=action, vendor="slack")
    assert stored.ts == card["ts"] and stored.channel == channel(sandbox)["id"]
    # Other tenants' channels stay quiet.
    assert card_messages(sandbox, "northwind") == []


def test_ticket_text_cannot_mention_the_channel_or_plant_links(contoso_api, sandbox):
    waiting_group_add(contoso_api, subject="<!channel> access to Finance-Readers <http://evil.example|click>")
    text = str(card_messages(sandbox)[0]["blocks"])
    assert "<!channel>" not in text and "<http://evil.example" not in text
    assert "&lt;!channel&gt;" in text


def test_signed_press_approves_once_updates_the_card_and_notes_the_psa(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    response = press(button_payload(action, "approve", member("tech")))
    assert response.status_code == 200, response.content
    assert "You approved" in response.json()["text"]
    action.refresh_from_db()
    assert action.status == "succeeded", action.error
    review = Review.objects.get(request__action=action)
    assert (review.reviewer.username, review.channel, review.action_version) == ("tech", "slack", 1)
    assert AuditEvent.objects.filter(verb="approval.approved", actor="user:tech",
                                     authority="review via slack").count() == 1
    # The card now says who decided and has no buttons left to press.
    card = card_messages(sandbox)[0]
    assert "edited" in card and buttons(card) == []
    assert "Approved by tech via slack" in context_text(card)
    # The technician got a private confirmation, and the PSA ticket an internal note.
    assert [e["user"] for e in channel(sandbox)["ephemeral"]] == [member("tech")]
    notes = internal_notes(psa_ticket(sandbox, action.ticket.psa_ticket_id))
    assert any("Approved by tech via slack" in n for n in notes), notes


def test_replayed_press_changes_nothing(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    body = slack_body(button_payload(action, "approve", member("tech")))
    ts = int(time.time())
    assert press(body, timestamp=ts).status_code == 200
    events, graph_writes = AuditEvent.objects.count(), len(sandbox.sandbox.writes("graph"))
    notes = internal_notes(psa_ticket(sandbox, action.ticket.psa_ticket_id))

    again = press(body, timestamp=ts)  # the very same signed request, captured and sent again
    assert again.status_code == 200
    assert "already" in again.json()["text"] and "nothing changed" in again.json()["text"]
    assert Review.objects.filter(request__action=action).count() == 1
    assert AuditEvent.objects.count() == events
    assert len(sandbox.sandbox.writes("graph")) == graph_writes
    assert internal_notes(psa_ticket(sandbox, action.ticket.psa_ticket_id)) == notes


@pytest.mark.parametrize("tamper", ["wrong secret", "body changed", "no signature", "garbage signature"])
def test_unverified_requests_are_refused(contoso_api, sandbox, tamper):
    action = waiting_group_add(contoso_api)
    payload = button_payload(action, "approve", member("tech"))
    body, ts = slack_body(payload), int(time.time())
    if tamper == "wrong secret":
        response = press(body, secret="not-the-signing-secret")
    elif tamper == "body changed":
        from tests.chat.helpers import sign

        signature = sign(body, ts)
        forged = slack_body(button_payload(action, "approve", member("lead")))
        response = press(forged, timestamp=ts, signature=signature)
    elif tamper == "no signature":
        response = press(body, signature="")
    else:
        response = press(body, signature="v0=" + "0" * 64)
    assert response.status_code == 401
    nothing_decided(action)


def test_stale_timestamp_is_refused_even_with_a_valid_signature(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    payload = button_payload(action, "approve", member("tech"))
    stale = press(payload, timestamp=int(time.time()) - 301)
    assert stale.status_code == 401
    nothing_decided(action)
    # Just inside the window is fine.
    assert press(payload, timestamp=int(time.time()) - 240).status_code == 200
    action.refresh_from_db()
    assert action.status == "succeeded"


def test_unknown_slack_user_is_refused(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    response = press(button_payload(action, "approve", "U0NOBODY01"))
    assert response.status_code == 200  # Slack shows the answer only on a 200
    assert "not linked" in response.json()["text"]
    nothing_decided(action)
    assert [e.actor for e in refusals()] == ["slack:U0NOBODY01"]


def test_identity_from_another_workspace_does_not_count(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    user = get_user_model().objects.create_user("tech3", email="tech3@harbor-it.example")
    access.grant_role(user, Tenant.objects.get(slug="contoso"), "technician")
    link_chat_identity(actor="system:test", user=user, external_id="U0TECH3", workspace="T0OTHERORG")
    assert "not linked" in press(button_payload(action, "approve", "U0TECH3")).json()["text"]
    nothing_decided(action)
    link_chat_identity(actor="system:test", user=user, external_id="U0TECH3", workspace=TEAM_ID)
    assert "You approved" in press(button_payload(action, "approve", "U0TECH3")).json()["text"]


def test_linked_user_without_approve_permission_is_refused(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    response = press(button_payload(action, "approve", member("auditor")))  # auditors may look, not decide
    assert "approve permission" in response.json()["text"]
    nothing_decided(action)
    assert refusals()[0].actor == "user:auditor"


def test_deactivated_user_cannot_approve(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    get_user_model().objects.filter(username="tech").update(is_active=False)
    assert "Not recorded" in press(button_payload(action, "approve", member("tech"))).json()["text"]
    nothing_decided(action)


def test_the_model_never_approves(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    for actor in ("ai:triage", None):
        with committed(), pytest.raises(ApprovalRefused):
            approve_action(actor=actor, action_id=action.pk, channel="slack")
    nothing_decided(action)


def _linked_client_user(username: str, email: str) -> str:
    user = get_user_model().objects.create_user(username, email=email)
    access.grant_role(user, Tenant.objects.get(slug="contoso"), "technician")
    link_chat_identity(actor="system:test", user=user, external_id=f"U0{username.upper()}", workspace=TEAM_ID)
    return f"U0{username.upper()}"


def test_requester_cannot_approve_their_own_request(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    slack_id = _linked_client_user("adele", "adele.vance@contoso.example")
    response = press(button_payload(action, "approve", slack_id))
    assert "requester or the target" in response.json()["text"]
    nothing_decided(action)


def test_target_cannot_approve_a_change_to_their_account(contoso_api, sandbox):
    action = waiting_group_add(
        contoso_api, "chat-mgr", requester="megan.bowen@contoso.example", name="Megan Bowen",
        subject="Add Alex to Finance-Readers",
        body="Hi, please add alex.wilber@contoso.example to the \"Finance-Readers\" group. Thanks, Megan")
    assert action.target == "alex.wilber@contoso.example"
    target_id = _linked_client_user("alex", "alex.wilber@contoso.example")
    assert "requester or the target" in press(button_payload(action, "approve", target_id)).json()["text"]
    nothing_decided(action)
    # Someone who is neither may.
    assert "You approved" in press(button_payload(action, "approve", member("tech"))).json()["text"]


def test_press_in_another_clients_channel_is_refused(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)  # a Contoso action ...
    response = press(button_payload(action, "approve", member("tech"), slug="northwind"))  # ... from Northwind's
    assert response.status_code == 200
    assert "does not belong" in response.json()["text"]
    nothing_decided(action)


def test_two_approver_policy_needs_two_different_technicians(contoso_api, sandbox, world):
    AutonomyPolicy.objects.update_or_create(tenant=Tenant.objects.get(slug="contoso"), kind="add_to_group",
                                            defaults={"mode": "approval", "approvals_required": 2})
    action = waiting_group_add(contoso_api)
    assert ApprovalRequest.objects.get(action=action).approvals_required == 2

    first = press(button_payload(action, "approve", member("tech")))
    assert "1 of 2" in first.json()["text"]
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and sandbox.sandbox.writes("graph") == []
    card = card_messages(sandbox)[0]
    assert "1 of 2 (tech)" in context_text(card) and len(buttons(card)) == 2  # still open for the second

    same_again = press(button_payload(action, "approve", member("tech")))
    assert "already decided" in same_again.json()["text"]
    action.refresh_from_db()
    assert action.status == "awaiting_approval"

    second = press(button_payload(action, "approve", member("tech2")))
    assert "You approved" in second.json()["text"]
    action.refresh_from_db()
    assert action.status == "succeeded"
    assert sorted(r.reviewer.username for r in Review.objects.filter(request__action=action)) == ["tech", "tech2"]
    assert "Approved by tech, tech2" in context_text(card_messages(sandbox)[0])


def test_an_approval_binds_to_the_version_on_the_button(contoso_api, sandbox, world):
    AutonomyPolicy.objects.update_or_create(tenant=Tenant.objects.get(slug="contoso"), kind="add_to_group",
                                            defaults={"mode": "approval", "approvals_required": 2})
    action = waiting_group_add(contoso_api)
    # tech edits the group in the web/API (a new version, 1 of 2) ...
    with committed():
        edited = user_client("tech").post(f"/api/v1/actions/{action.pk}/approve",
                                          {"params": {"group": "Billing Team"}}, format="json")
    assert edited.status_code == 200, edited.content
    # ... so tech2's press on the card of version 1 is refused,
    stale = press(button_payload(action, "approve", member("tech2"), version=1))
    assert "changed since you looked" in stale.json()["text"]
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and action.version == 2
    # while the card was redrawn with version 2 on its buttons, and that press counts.
    card = card_messages(sandbox)[0]
    assert {b["value"] for b in buttons(card)} == {f"{action.pk}:2"}
    assert "Billing Team" in str(card["blocks"])
    assert "You approved" in press(button_payload(action, "approve", member("tech2"), version=2)).json()["text"]
    action.refresh_from_db()
    assert action.status == "succeeded" and action.params["group"] == "Billing Team"


def test_reject_button_records_the_reason_and_updates_the_card(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    response = press(button_payload(action, "reject", member("tech2")))
    assert "You rejected" in response.json()["text"]
    action.refresh_from_db()
    assert action.status == "rejected"
    review = Review.objects.get(request__action=action)
    assert (review.decision, review.comment, review.channel) == ("reject", "Rejected in Slack by tech2", "slack")
    card = card_messages(sandbox)[0]
    assert buttons(card) == [] and "Rejected by tech2 via slack" in context_text(card)
    notes = internal_notes(psa_ticket(sandbox, action.ticket.psa_ticket_id))
    assert any("Rejected by tech2 via slack" in n for n in notes), notes
    assert sandbox.sandbox.writes("graph") == []


def test_a_decision_in_the_web_or_api_updates_the_slack_card(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    with committed():
        response = user_client("tech2").post(f"/api/v1/actions/{action.pk}/reject", {"reason": "Not approved by HR"},
                                             format="json")
    assert response.status_code == 200
    card = card_messages(sandbox)[0]
    assert buttons(card) == []
    assert "Rejected by tech2 via api: Not approved by HR" in context_text(card)
    # A late press on the old card is answered politely and changes nothing.
    late = press(button_payload(action, "approve", member("tech")))
    assert "already rejected" in late.json()["text"]
    assert Review.objects.filter(request__action=action).count() == 1


def test_slack_outage_never_blocks_the_approval(contoso_api, sandbox):
    sandbox.sandbox.add_fault(vendor="slack", path=r"chat\.postMessage", statuses=[503])
    action = waiting_group_add(contoso_api)
    assert card_messages(sandbox) == []
    assert AuditEvent.objects.filter(verb="chat.error", outcome="error").exists()
    slack = Tenant.objects.get(slug="contoso").connections.get(vendor="slack")
    assert "post approval card" in slack.last_error
    # The request is still there for the web queue.
    with committed():
        ok = user_client("tech").post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")
    assert ok.status_code == 200
    action.refresh_from_db()
    assert action.status == "succeeded"


def test_malformed_or_foreign_payloads_are_not_trusted(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    assert press(b"payload=%7Bnot-json").status_code == 400
    other_team = button_payload(action, "approve", member("tech"), team="T0SOMEONE")
    assert press(other_team).status_code == 401  # no connection names that workspace: nothing to verify with
    nothing_decided(action)


def test_tenants_sharing_one_channel_each_decide_only_their_own(contoso_api, sandbox):
    from sandbox.vendors.slack import channel_id
    from tests.foundation.test_permissions_and_admin import awaiting

    northwind_action = awaiting("northwind", "nancy.davolio@northwind.example", target="andrew.fuller@northwind.example")
    in_contoso_channel = button_payload(northwind_action, "approve", member("tech"), slug="contoso")
    assert "does not belong" in press(in_contoso_channel).json()["text"]
    nothing_decided(northwind_action)
    # Once Northwind's Slack connection names the same channel, the press counts there.
    slack = Tenant.objects.get(slug="northwind").connections.get(vendor="slack")
    slack.config = {**slack.config, "channel": channel_id("contoso")}
    slack.save()
    assert "You approved" in press(in_contoso_channel).json()["text"]
    assert Review.objects.get(request__action=northwind_action).reviewer.username == "tech"
