"""What one Entra password reset costs Graph, pinned so a regression fails CI (issue 17).

A self-service reset reads the requester twice, once to decide and once right before the write (the floor reads
fresh data before every write), and then writes once. Each read is one `$batch` of the user (by the address typed)
with the manager, the group and role memberships, the risk and the sign-in methods: before batching these were five
calls a read, eleven Graph calls a reset; then the user and a batch, five; now three, each read one round trip. Counted from the sandbox's own log, in HTTP calls (a
batch once), and the reset checked from the directory's state.
"""

from __future__ import annotations

import pytest

from tenants.models import Tenant
from tests.helpers import committed, graph_user, password_patches
from tickets.models import Ticket
from tickets.services import ingest_ticket
from workflow.tasks import start_ticket_task

pytestmark = pytest.mark.django_db
ADELE = "adele.vance@contoso.example"
GRAPH_CALLS_PER_RESET = 3  # 5 with the user read before its batch, 11 unbatched, 16 before a decision read each user once


def reset(external_id: str) -> Ticket:
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id=external_id, subject="Password reset please",
                              body="Hi, I forgot my password. Can you reset my password? Thanks",
                              requester_email=ADELE, requester_name="Adele Vance", enqueue=False)
    with committed():
        start_ticket_task(ticket.pk)
    ticket.refresh_from_db()
    return ticket


def test_one_entra_reset_makes_three_graph_calls(world, sandbox):
    ticket = reset("graph-cost")
    assert ticket.status == "resolved", ticket.escalation_reason
    assert graph_user(sandbox, ADELE)["password"]["forceChangePasswordNextSignIn"] is True
    assert len(password_patches(sandbox)) == 1

    calls = sandbox.sandbox.calls("graph")
    report = [(r["method"], r["path"]) for r in calls]
    assert len(calls) == GRAPH_CALLS_PER_RESET, report
    reads = {f"/v1.0/users/{ADELE}", f"/v1.0/users/{ADELE}/manager", f"/v1.0/users/{ADELE}/transitiveMemberOf",
             "/v1.0/identityProtection/riskyUsers", f"/v1.0/users/{ADELE}/authentication/methods"}
    batches = [r for r in calls if r["path"] == "/v1.0/$batch"]
    assert len(batches) == 2, report  # one for each read of the requester: to decide, and right before the write
    for envelope in batches:
        assert {r["path"] for r in sandbox.sandbox.requests("graph") if r["batch"] == envelope["n"]} == reads
