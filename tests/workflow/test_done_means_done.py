"""Issue 12, done means done: each intent of a ticket becomes actions or a stated reason, and a ticket is resolved only
when every intent was done. Otherwise the done parts are kept, the rest goes to a technician, and the requester's
reply says exactly which parts were done and which a technician will do. Checked from the sandbox's own state."""

from __future__ import annotations

from typing import Any

import pytest

from playbooks.models import Action, IntentPlan
from playbooks.selectors import intent_outcomes
from rallied import tasks
from rallied.intents import Intent
from tenants.models import ServiceAccount, Tenant
from tests.helpers import committed, internal_notes, psa_ticket
from tests.trust.helpers import loosest_policies
from tests.workflow.reply_helpers import ADELE, KNOWN_PASSWORD, everything_in, psa_replies
from tickets.models import Ticket
from tickets.services import ingest_ticket
from workflow.lifecycle import start_ticket

pytestmark = pytest.mark.django_db
ALEX = "alex.wilber@contoso.example"


def triaged(intents: list[Intent], *, requester: str = ADELE, subject: str = "Two things",
            body: str = "Please reset my password and unlock my account.") -> Ticket:
    """A Contoso ticket triaged into these intents (its category the first one's), then started from there."""
    tenant = Tenant.objects.get(slug="contoso")
    with tasks.inline(), committed():
        ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api",
                                  external_id=f"dmd-{Ticket.objects.count() + 1}", subject=subject, body=body,
                                  requester_email=requester, requester_name="Adele Vance", enqueue=False)
    Ticket.objects.filter(pk=ticket.pk).update(
        status="triaged", category=intents[0].category, intents=[i.to_dict() for i in intents], entities={},
        confidence=0.95, triage={"category": intents[0].category, "confidence": 0.95, "needs_human": False})
    with tasks.inline(), committed():
        start_ticket(ticket.pk)
    ticket.refresh_from_db()
    return ticket


def graph_user(sandbox: Any, upn: str) -> dict[str, Any]:
    return sandbox.sandbox.state()["graph"]["contoso"]["users"][upn]


def unlocks_of(sandbox: Any, upn: str) -> list[dict[str, Any]]:
    """Entra's unlock is dismissing the user's risk (rallied/connectors/entra/connector.unlock_account)."""
    user_id = graph_user(sandbox, upn)["id"]
    return [w for w in sandbox.sandbox.writes("graph") if w["path"].endswith("/riskyUsers/dismiss")
            and user_id in str(w["body"])]


def unlock_writes(sandbox: Any) -> list[dict[str, Any]]:
    return [w for w in sandbox.sandbox.writes("graph") if w["path"].endswith("/riskyUsers/dismiss")]

BOTH = [Intent("reset_password", text="reset my password"), Intent("unlock_account", text="unlock my account")]


@pytest.fixture
def contoso_loose(replies_world: dict[str, Any]) -> dict[str, Any]:
    loosest_policies("contoso")  # every part may run on its own, so what happens is the plan's doing
    return replies_world


def test_both_parts_done_resolves_with_one_reply_naming_both(contoso_loose, sandbox):
    ticket = triaged(BOTH)

    assert ticket.status == "resolved", ticket.escalation_reason
    assert sorted((a.kind, a.intent, a.status) for a in ticket.actions.all()) == [
        ("reset_password", 0, "succeeded"), ("unlock_account", 1, "succeeded")]
    assert graph_user(sandbox, ADELE)["password"]["setAt"]
    assert len(unlocks_of(sandbox, ADELE)) == 1 and len(unlock_writes(sandbox)) == 1  # her, nobody else
    assert [o.status for o in intent_outcomes(ticket)] == ["done", "done"]
    (reply,) = psa_replies(sandbox, "connectwise", ticket.psa_ticket_id)
    assert "has been reset" in reply and "has been unlocked" in reply


def test_a_part_the_service_account_may_not_do_is_handed_over_and_the_rest_is_done(contoso_loose, sandbox):
    account = ServiceAccount.objects.get(tenant__slug="contoso", connection__vendor="entra")
    account.allowed_kinds = [k for k in account.allowed_kinds if k != "unlock_account"]
    account.save()
    ticket = triaged(BOTH)

    # The reset ran; the unlock was never planned, so never approved or tried.
    assert ticket.status == "escalated"
    assert [(a.kind, a.status) for a in ticket.actions.all()] == [("reset_password", "succeeded")]
    assert graph_user(sandbox, ADELE)["password"]["setAt"] and unlock_writes(sandbox) == []
    plan = IntentPlan.objects.get(ticket=ticket, index=1)
    assert (plan.status, plan.handed_over) == ("out_of_scope", True)
    assert [o.status for o in intent_outcomes(ticket)] == ["done", "handed_over"]
    reason = ticket.escalation_reason
    assert reason.startswith(f"Done: reset_password for {ADELE}. Not done: Left to a technician: unlock_account")
    assert "not allowed to do 'Unlock account'" in reason

    # One reply: what was done, what a technician will do, and that the password comes from a technician. No
    # "done" reply, no link, and the password nowhere in any vendor.
    (reply,) = psa_replies(sandbox, "connectwise", ticket.psa_ticket_id)
    assert "passed your request to one of our technicians" in reply
    assert "has been reset" in reply
    assert f"a technician will take care of:\n- unlocking the account {ADELE}" in reply
    assert f"The temporary password for {ADELE} is not sent in this reply" in reply
    assert "/s/" not in reply and KNOWN_PASSWORD not in everything_in(sandbox)
    note = "\n".join(internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))
    assert "1. Reset password for adele.vance@contoso.example: done" in note
    assert "2. Unlock account for adele.vance@contoso.example: left to a technician" in note


def test_a_failed_part_gets_no_done_reply(contoso_loose, sandbox):
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path="/riskyUsers/dismiss", statuses=[403])
    ticket = triaged(BOTH)

    assert ticket.status == "escalated"
    assert sorted((a.kind, a.status) for a in ticket.actions.all()) == [
        ("reset_password", "succeeded"), ("unlock_account", "failed")]
    assert [o.status for o in intent_outcomes(ticket)] == ["done", "failed"]
    (reply,) = psa_replies(sandbox, "connectwise", ticket.psa_ticket_id)
    assert "passed your request to one of our technicians" in reply
    assert "has been reset" in reply and "has been unlocked" not in reply  # never said done
    assert f"- unlocking the account {ADELE}" in reply  # said left to a technician


def test_two_targets_are_each_verified_and_decided(contoso_loose, sandbox):
    """'Unlock me and Alex': one action per person, each through the floor; Alex's unlock is not Adele's to ask for
    on her own (self-service for someone else), so it waits for a technician while hers runs."""
    ticket = triaged([Intent("unlock_account", text="unlock me"),
                      Intent("unlock_account", target=ALEX, text="and Alex")],
                     subject="Locked out", body="Please unlock my account and Alex's too.")
    rows = sorted((a.intent, a.target, a.status) for a in ticket.actions.all())
    assert rows[0] == (0, ADELE, "succeeded")
    assert rows[1][:2] == (1, ALEX) and rows[1][2] == "awaiting_approval"
    assert ticket.status == "awaiting_approval"
    assert Action.objects.get(ticket=ticket, intent=1).reasons  # decided on its own facts


def test_a_missing_group_is_handed_over_while_the_rest_runs(contoso_loose, sandbox):
    ticket = triaged([Intent("reset_password", text="reset my password"),
                      Intent("add_to_group", text="and add me to the group")])
    assert ticket.status == "escalated"
    assert [(a.kind, a.status) for a in ticket.actions.all()] == [("reset_password", "succeeded")]
    plan = IntentPlan.objects.get(ticket=ticket, index=1)
    assert plan.status == "missing" and "which group" in plan.reason
