"""A write that needs a technician: it waits in the queue, nothing reaches Graph until approved."""

from __future__ import annotations

import pytest

from playbooks.models import Action
from tests.foundation.test_permissions_and_admin import user_client
from tests.helpers import committed, internal_notes, post_ticket, psa_ticket, ticket_payload
from tickets.models import Ticket


@pytest.mark.django_db
def test_group_add_waits_for_approval_then_runs(contoso_api, sandbox):
    with committed():
        response = post_ticket(contoso_api, ticket_payload(
            "grp-1", "adele.vance@contoso.example", name="Adele Vance", subject="Access to Finance-Readers group",
            body="Hi, please add me to the \"Finance-Readers\" group so I can read the reports. Thanks, Adele"))
    assert response.status_code == 201
    ticket = Ticket.objects.get(pk=response.json()["id"])
    assert ticket.status == "awaiting_approval", (ticket.status, ticket.escalation_reason)
    assert sandbox.sandbox.writes("graph") == []
    action = Action.objects.get(ticket=ticket)
    assert action.kind == "add_to_group" and action.status == "awaiting_approval"

    tech = user_client("tech")
    queue = tech.get("/api/v1/actions/", {"status": "awaiting_approval"}).json()["results"]
    assert [a["id"] for a in queue] == [action.pk]

    with committed():
        approved = tech.post(f"/api/v1/actions/{action.pk}/approve", {"comment": "ok"}, format="json")
    assert approved.status_code == 200, approved.content
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert action.status == "succeeded", action.error
    assert ticket.status == "resolved"
    assert sandbox.sandbox.writes("graph"), "the group add reached Graph after approval"
    notes = internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))
    assert any("approved by tech" in n for n in notes), notes
    # A second approval of the same action is refused: it is no longer waiting.
    with committed():
        again = user_client("tech2").post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")
    assert again.status_code == 409  # a conflict with the action's state, not a permission problem
    assert "no longer waiting for approval" in again.json()["detail"]
