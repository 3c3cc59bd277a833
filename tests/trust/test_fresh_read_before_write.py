"""The write sees the directory as it is at the write, not as it was at the decision (issue 17 batched the reads;
this holds that the batching kept the read right before the write).

A reset is decided while the requester is an ordinary user; before its worker runs, she is made a Global
Administrator. The worker reads her again (the user and one `$batch`) right before its write, and the write is
refused: her password is untouched in the directory. The same ticket with nothing changed in between resets her
password. Both checked from the sandbox's own state and request log.

Who refuses today is Entra itself (the app's helpdesk-level role cannot set an admin's password; the sandbox models
it): the executor reads afresh, which these tests pin, but does not decide again on what it read.
"""

from __future__ import annotations

import pytest

from playbooks.executor import execute_action
from playbooks.models import Action
from tenants.models import Tenant
from tests.helpers import committed, graph_user, password_patches
from tests.reliability.helpers import held_doorbells  # noqa: F401  (fixture)
from tickets.services import ingest_ticket
from workflow.tasks import start_ticket_task

pytestmark = pytest.mark.django_db
ADELE = "adele.vance@contoso.example"


def decided_reset(sandbox, held: list[int], external_id: str) -> Action:  # type: ignore[no-untyped-def]
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id=external_id, subject="Password reset please",
                              body="Hi, I forgot my password. Can you reset my password? Thanks",
                              requester_email=ADELE, requester_name="Adele Vance", enqueue=False)
    with committed():
        start_ticket_task(ticket.pk)
    action = Action.objects.get(ticket=ticket)
    assert action.status == "approved" and held == [action.pk]  # decided on her as an ordinary user; not run yet
    return action


def run(action: Action) -> Action:
    with committed():
        execute_action(action_id=action.pk)
    action.refresh_from_db()
    return action


def reads_after(sandbox, n: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [r["path"] for r in sandbox.sandbox.calls("graph") if r["n"] > n and r["method"] != "PATCH"]


def test_a_requester_made_admin_after_the_decision_is_not_reset(world, sandbox, held_doorbells):  # noqa: F811
    action = decided_reset(sandbox, held_doorbells, "admin-after-decision")
    password_before = graph_user(sandbox, ADELE)["password"]
    directory = sandbox.sandbox.vendors["graph"].tenant_by_slug("contoso")
    directory.role("Global Administrator")["members"].append(directory.find_user(ADELE)["id"])
    decided_at = len(sandbox.sandbox.requests()) - 1

    action = run(action)
    assert action.status == "failed"
    assert graph_user(sandbox, ADELE)["password"] == password_before  # nothing changed in the directory
    assert [p["applied"] for p in password_patches(sandbox)] == [403]  # the write was refused, not applied
    assert reads_after(sandbox, decided_at)[:2] == [f"/v1.0/users/{ADELE}", "/v1.0/$batch"]  # read afresh first


def test_the_same_reset_with_nothing_changed_resets_her(world, sandbox, held_doorbells):  # noqa: F811
    action = decided_reset(sandbox, held_doorbells, "nothing-changed")
    decided_at = len(sandbox.sandbox.requests()) - 1

    action = run(action)
    assert action.status == "succeeded", action.error
    assert graph_user(sandbox, ADELE)["password"]["forceChangePasswordNextSignIn"] is True
    assert [p["applied"] for p in password_patches(sandbox)] == [204]
    assert reads_after(sandbox, decided_at)[:2] == [f"/v1.0/users/{ADELE}", "/v1.0/$batch"]
