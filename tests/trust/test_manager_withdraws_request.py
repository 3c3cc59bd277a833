"""When the manager's confirmation lets a waiting action run, its approval request is closed as withdrawn (not
deleted) and the Slack card posted for it is redrawn: no buttons left for a decision nobody needs any more."""

from __future__ import annotations

import pytest
from django.test import Client

from approvals.choices import RequestStatus
from approvals.models import ApprovalRequest
from audit.models import AuditEvent
from tenants.models import Tenant
from tests.chat.helpers import buttons, card_messages, context_text
from tests.helpers import committed
from tests.trust.helpers import set_policy
from tests.trust.test_manager_path import lost_phone_ticket, manager_token

pytestmark = pytest.mark.django_db


def test_manager_confirmation_withdraws_the_request_and_redraws_its_slack_card(trust_world, sandbox, mailoutbox):
    set_policy("reset_mfa", "autonomous", tenant=Tenant.objects.get(slug="contoso"))
    ticket = lost_phone_ticket()
    action = ticket.actions.get()
    request = ApprovalRequest.objects.get(action=action)
    (card,) = card_messages(sandbox)
    # Posted while it waited; an MFA reset is approved with a second factor, in the queue, never by a Slack button.
    assert [b["action_id"] for b in buttons(card)] == ["reject"]

    with committed():
        assert Client().post(f"/verify/manager/{manager_token(mailoutbox)}/", {"decision": "confirm"}).status_code == 200

    action.refresh_from_db()
    assert action.status == "succeeded"
    request.refresh_from_db()  # kept, with a status that says why nobody decided it
    assert request.status == RequestStatus.WITHDRAWN and request.decided_at is not None
    assert not request.reviews.exists()
    (card,) = card_messages(sandbox)  # edited in place, not a second card
    assert buttons(card) == []
    assert "No approval needed any more" in context_text(card)
    assert AuditEvent.objects.filter(verb="approval.withdrawn", object_id=str(action.pk)).count() == 1


def test_a_request_the_policy_still_holds_stays_open_with_its_buttons(trust_world, sandbox, mailoutbox):
    # The other side: reset_mfa still needs approval by policy, so the confirmation withdraws nothing.
    set_policy("reset_mfa", "approval", tenant=Tenant.objects.get(slug="contoso"))
    ticket = lost_phone_ticket()
    request = ApprovalRequest.objects.get(action=ticket.actions.get())

    with committed():
        assert Client().post(f"/verify/manager/{manager_token(mailoutbox)}/", {"decision": "confirm"}).status_code == 200

    request.refresh_from_db()
    assert request.status == RequestStatus.OPEN
    (card,) = card_messages(sandbox)
    assert [b["action_id"] for b in buttons(card)] == ["reject"]  # still open: Reject (Approve is the queue's)
    assert not AuditEvent.objects.filter(verb="approval.withdrawn").exists()
