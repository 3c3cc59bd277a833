"""When the manager declines the confirmation link, the waiting approval requests are rejected and the Slack card
posted for each is redrawn: no buttons left, and a line saying the target's manager declined."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from approvals.choices import RequestStatus
from approvals.models import ApprovalRequest
from approvals.services import reject_action
from tests.chat.helpers import buttons, card_messages, context_text
from tests.helpers import committed
from tests.trust.test_manager_path import lost_phone_ticket, manager_token

pytestmark = pytest.mark.django_db


def test_a_declined_link_redraws_the_slack_card_without_buttons(trust_world, sandbox, mailoutbox):
    ticket = lost_phone_ticket()
    request = ApprovalRequest.objects.get(action=ticket.actions.get())
    (card,) = card_messages(sandbox)
    # Posted while it waited; an MFA reset is approved with a second factor, in the queue, never by a Slack button.
    assert [b["action_id"] for b in buttons(card)] == ["reject"]

    with committed():
        assert Client().post(f"/verify/manager/{manager_token(mailoutbox)}/", {"decision": "decline"}).status_code == 200

    request.refresh_from_db()
    assert request.status == RequestStatus.REJECTED and not request.reviews.exists()
    (card,) = card_messages(sandbox)  # edited in place, not a second card
    assert buttons(card) == []
    line = context_text(card)
    assert "Declined by the target's manager" in line and "Rejected by :" not in line


def test_a_technicians_rejection_still_names_the_technician(trust_world, sandbox, mailoutbox):
    # The other side: the manager's line is only for a rejection no technician made.
    ticket = lost_phone_ticket()
    action = ticket.actions.get()
    with committed():
        reject_action(actor=get_user_model().objects.get(username="tech2"), action_id=action.pk, reason="not today")
    (card,) = card_messages(sandbox)
    assert buttons(card) == []
    assert context_text(card).startswith("Rejected by tech2") and "manager" not in context_text(card)
