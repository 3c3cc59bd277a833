"""One directory read per user for a decision, and a fresh one right before the write (rallied/connectors/snapshot.py).

The decision resolved the target and then verified the requester, reading the same user from the directory twice
(five Graph calls each with Entra). It now reads once; the executor still reads again right before its write, so a
change in the directory after the decision is what the write sees. Checked from the sandbox's own request log and
state."""

from __future__ import annotations

import pytest

from playbooks.executor import execute_action
from playbooks.models import Action
from tenants.models import Tenant
from tests.helpers import committed, password_patches
from tickets.models import Ticket
from tickets.services import ingest_ticket
from workflow.tasks import start_ticket_task

pytestmark = pytest.mark.django_db
ADELE = "adele.vance@contoso.example"
RESET = ("Password reset please", "Hi, I forgot my password. Can you reset my password? Thanks")


def received(external_id: str) -> Ticket:
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id=external_id, subject=RESET[0], body=RESET[1], requester_email=ADELE,
                              requester_name="Adele Vance", enqueue=False)
    return ticket


def user_reads(sandbox) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r for r in sandbox.sandbox.requests("graph")
            if r["method"] == "GET" and r["path"] == f"/v1.0/users/{ADELE}"]


def test_a_reset_reads_the_requester_once_to_decide_and_again_right_before_the_write(world, sandbox):
    ticket = received("reads-once")
    with committed():
        start_ticket_task(ticket.pk)
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason

    log = sandbox.sandbox.requests()
    push = next(r["n"] for r in log if r["vendor"] == "duo")
    write = next(r["n"] for r in password_patches(sandbox))
    reads = [r["n"] for r in user_reads(sandbox)]
    assert len(reads) == 2, reads  # was three: the decision read her twice
    assert reads[0] < push < reads[1] < write  # one to decide (before the push), one right before the write
    for part in ("manager", "transitiveMemberOf", "authentication/methods"):
        assert len([r for r in log if r["vendor"] == "graph" and r["path"].endswith(part)]) == 2, part


def test_a_user_gone_after_the_decision_is_not_written_to(world, sandbox, held_doorbells):
    ticket = received("gone-before-write")
    with committed():
        start_ticket_task(ticket.pk)
    action = Action.objects.get(ticket=ticket)
    assert action.status == "approved" and held_doorbells == [action.pk]  # decided; its worker has not run yet

    directory = sandbox.sandbox.vendors["graph"].tenant_by_slug("contoso")
    gone = directory.find_user(ADELE)
    del directory.users[gone["id"]]  # deleted in the directory between the decision and the execution
    with committed():
        execute_action(action_id=action.pk)
    action.refresh_from_db()
    assert action.status == "failed" and "no longer exists" in action.error
    assert password_patches(sandbox) == []  # nothing was written on the decision's word
