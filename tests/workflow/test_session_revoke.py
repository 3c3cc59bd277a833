"""A standalone "sign me out everywhere" ticket, through the whole pipeline, on each identity provider.

Judged from the vendor's own state: the requester's sessions are revoked (Graph's signInSessionsValidFromDateTime
moves, Okta records the session and OAuth-token revocation, Google the sign-out), nobody else's, and nothing else of
the requester changed.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from playbooks.models import Action
from tenants.models import Tenant
from tests.targets.helpers import approve_as_technician, submit

ADELE, NANCY, PRIYA = "adele.vance@contoso.example", "nancy.davolio@northwind.example", "priya.shah@fabrikam.example"
TEXT = "I left my laptop signed in at the conference. Please sign me out of all sessions everywhere."


def users(sandbox: Any, slug: str) -> dict[str, Any]:
    state = sandbox.sandbox.state()
    if slug == "contoso":
        return copy.deepcopy(state["graph"]["contoso"]["users"])
    if slug == "northwind":
        return copy.deepcopy(state["okta"]["northwind"]["users"])
    return copy.deepcopy(state["google"]["users"])


def okta_events(sandbox: Any) -> list[tuple[str, str]]:
    return [(e["user"], e["event"]) for e in sandbox.sandbox.state()["okta"]["northwind"]["events"]]


def revoked(slug: str, before: dict[str, Any], after: dict[str, Any], who: str) -> bool:
    if slug == "contoso":
        return after[who]["signInSessionsValidFromDateTime"] > before[who]["signInSessionsValidFromDateTime"]
    return bool(after[who]["signedOutAt"]) and not before[who]["signedOutAt"]  # Google


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "who"), [("contoso", ADELE), ("northwind", NANCY), ("fabrikam", PRIYA)])
def test_a_standalone_sign_out_revokes_only_the_requesters_sessions(tenant_key, sandbox, slug, who):
    Tenant.objects.filter(slug=slug).update(mode="live")  # Fabrikam starts in plan mode
    before, events_before = users(sandbox, slug), okta_events(sandbox)
    ticket = submit(tenant_key, slug, f"signout-{slug}", who, TEXT, subject="Sign me out")
    assert ticket.category == "session_revoke", ticket.category
    [action] = Action.objects.filter(ticket=ticket)
    assert (action.kind, action.target) == ("revoke_sessions", who)
    if action.status == "awaiting_approval":  # the shipped policy asks a technician for session revocation
        action = approve_as_technician(action)
    assert action.status == "succeeded", (action.status, action.error)
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason

    after = users(sandbox, slug)
    if slug == "northwind":
        new = okta_events(sandbox)[len(events_before):]
        assert set(new) == {(who, "sessions_revoked"), (who, "oauth_tokens_revoked")}
        assert after == before  # nothing of anyone's account changed: only their sessions went
    else:
        assert revoked(slug, before, after, who)
        field = "signInSessionsValidFromDateTime" if slug == "contoso" else "signedOutAt"
        assert {u for u in after if after[u].get(field) != before[u].get(field)} == {who}
        # Only the session field moved on the requester's account.
        assert {k for k in after[who] if after[who][k] != before[who][k]} == {field}
