"""An undo is a technician's act, not the client's request again: undoing a mailbox right does not ask the ticket's
original requester to prove themself (no push to their phone, no link to their manager). It still needs a second
technician's approval (the floor's proof rule is not met by anyone's say-so), and once approved it restores the
right in Exchange."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from playbooks.models import Action
from tests.helpers import committed
from tests.undo.helpers import approve_as, done_action, idp_state, request_undo
from workflow.decisions import redecide

DIEGO = "diego.siciliani@contoso.example"
PROOF_PATHS = ("/verify", "/factors/", "/push", "/auth/v2/")


def _proof_requests(sandbox: Any, since: int) -> list[dict[str, Any]]:
    """Requests to a vendor that would reach a person's phone: Okta Verify and Duo pushes."""
    return [r for r in sandbox.sandbox.requests()[since:] if any(p in r["path"] for p in PROOF_PATHS)]


@pytest.mark.django_db
def test_undoing_a_mailbox_revoke_asks_no_one_outside_and_waits_for_a_second_technician(world, sandbox) -> None:
    original = idp_state(sandbox, "contoso")
    action = done_action("contoso", "revoke_mailbox_access", DIEGO,
                         {"mailbox": "frontdesk@contoso.example", "rights": "SendOnBehalf"}, "tech-act")
    revoked = idp_state(sandbox, "contoso")
    assert revoked != original
    before, sent = len(sandbox.sandbox.requests()), len(mail.outbox)
    undo = request_undo(action, by="tech").undo
    assert undo.kind == "grant_mailbox_access"
    assert undo.status == "awaiting_approval", undo.reasons
    assert _proof_requests(sandbox, before) == []  # no push to the ticket's requester
    assert mail.outbox[sent:] == []  # no link to their manager
    assert idp_state(sandbox, "contoso") == revoked  # nothing written before a second technician approves
    assert any("technician's request" in reason for reason in undo.reasons), undo.reasons
    undo = approve_as(undo, "lead")
    assert undo.status == "succeeded", (undo.status, undo.error)
    assert idp_state(sandbox, "contoso") == original  # Diego holds Send on Behalf on frontdesk@ again
    assert _proof_requests(sandbox, before) == []


@pytest.mark.django_db
def test_the_clients_own_mailbox_request_is_still_proved_out_of_band(world, sandbox) -> None:
    """The other side: the same grant asked for by the client (not an undo) pushes to the requester's phone."""
    action = done_action("contoso", "revoke_mailbox_access", DIEGO,
                         {"mailbox": "frontdesk@contoso.example", "rights": "SendOnBehalf"}, "client-ask")
    grant = Action.objects.create(ticket=action.ticket, kind="grant_mailbox_access", target=DIEGO,
                                  params={"target": DIEGO, "mailbox": "frontdesk@contoso.example",
                                          "rights": "SendOnBehalf"},
                                  status="planned", idempotency_key="test:client-ask:grant")
    before = len(sandbox.sandbox.requests())
    with committed():
        decision = redecide(ticket=action.ticket, actions=[grant], actor="system:test")[grant.pk]
    assert _proof_requests(sandbox, before), "the requester was not asked to prove the request"
    assert not any("technician's request" in reason for reason in decision.reasons)
