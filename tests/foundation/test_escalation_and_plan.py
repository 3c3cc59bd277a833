"""Acceptance 2, 4 (the tickets that must reach a human) and 5 (plan mode): nothing unsafe is written."""

from __future__ import annotations

import pytest

from playbooks.models import Action
from tenants.models import Tenant
from tests.helpers import committed, internal_notes, post_ticket, psa_ticket, ticket_payload
from tickets.models import Ticket


def submit(client, external_id: str, requester: str, **kwargs) -> Ticket:
    with committed():
        response = post_ticket(client, ticket_payload(external_id, requester, **kwargs))
    assert response.status_code == 201, response.content
    return Ticket.objects.get(pk=response.json()["id"])


@pytest.mark.django_db
def test_reset_for_a_global_administrator_is_escalated_without_touching_graph(contoso_api, sandbox):
    ticket = submit(contoso_api, "adm-1", "it.admin@contoso.example", name="IT Admin")
    assert ticket.status == "escalated"
    assert "Global Administrator" in ticket.escalation_reason
    assert sandbox.sandbox.writes("graph") == []
    assert sandbox.sandbox.writes("duo") == []  # no push for an admin's credential either
    assert not Action.objects.filter(ticket=ticket, status__in=["executing", "succeeded"]).exists()

    notes = internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))
    assert len(notes) == 1
    assert "Global Administrator" in notes[0]
    assert "technician" in notes[0].lower()

    body = contoso_api.get(f"/api/v1/tickets/{ticket.pk}/").json()
    assert body["status"] == "escalated" and "Global Administrator" in body["escalation_reason"]


@pytest.mark.django_db
def test_unknown_requester_is_kept_and_escalated_naming_the_directory(contoso_api, sandbox):
    ticket = submit(contoso_api, "unk-1", "nobody@contoso.example")
    assert Ticket.objects.filter(pk=ticket.pk).exists()
    assert ticket.status == "escalated"
    assert "directory" in ticket.escalation_reason.lower()
    assert sandbox.sandbox.writes("graph") == []


@pytest.mark.django_db
def test_requester_outside_the_tenant_domains_is_escalated(contoso_api, sandbox):
    ticket = submit(contoso_api, "ext-1", "adele.vance@contoso-support.example", name="Adele Vance")
    assert ticket.status == "escalated"
    assert ticket.escalation_reason
    assert sandbox.sandbox.writes("graph") == []


@pytest.mark.django_db
def test_printer_jam_is_escalated_with_a_triage_note_and_no_actions(contoso_api, sandbox):
    ticket = submit(contoso_api, "prn-1", "adele.vance@contoso.example", subject="Printer keeps jamming",
                    body="The printer on the 2nd floor jams on every print job, paper stuck in tray 2.")
    assert ticket.status == "escalated"
    assert ticket.category == "other"
    assert not Action.objects.filter(ticket=ticket).exists()
    assert sandbox.sandbox.writes("graph") == []
    notes = internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))
    assert len(notes) == 1
    assert "Triage:" in notes[0] and "other" in notes[0]


@pytest.mark.django_db
def test_plan_mode_tenant_plans_without_writing_and_posts_one_would_have_note(tenant_key, sandbox):
    Tenant.objects.filter(slug="contoso").update(mode="plan")
    from tests.helpers import token_client

    client = token_client(tenant_key("contoso"))
    ticket = submit(client, "plan-1", "adele.vance@contoso.example", name="Adele Vance")
    assert ticket.status == "planned"
    assert sandbox.sandbox.writes("graph") == []
    actions = list(Action.objects.filter(ticket=ticket))
    assert actions and all(a.status == "planned" for a in actions)

    cw = psa_ticket(sandbox, ticket.psa_ticket_id)
    notes = internal_notes(cw)
    assert len(notes) == 1
    assert "would have" in notes[0]
    assert [n for n in cw["notes"] if not n["internalAnalysisFlag"]] == []  # no reply to the requester
    assert cw["closedFlag"] is False


@pytest.mark.django_db
def test_fabrikam_in_plan_mode_writes_nothing_to_google(tenant_key, sandbox):
    from tests.helpers import token_client

    client = token_client(tenant_key("fabrikam"))
    ticket = submit(client, "fab-1", "kim.abercrombie@fabrikam.example", name="Kim Abercrombie")
    assert ticket.status == "planned"
    assert sandbox.sandbox.writes("google") == []
    halo_writes = sandbox.sandbox.writes("halopsa")
    assert halo_writes, "the plan note goes to HaloPSA"
    assert any("would have" in w["body"] for w in halo_writes)


@pytest.mark.django_db
def test_plan_mode_sends_no_push_to_the_requester(tenant_key, sandbox):
    from tests.helpers import token_client

    Tenant.objects.filter(slug="contoso").update(mode="plan")
    client = token_client(tenant_key("contoso"))
    ticket = submit(client, "plan-2", "adele.vance@contoso.example", name="Adele Vance")
    assert ticket.status == "planned"
    assert sandbox.sandbox.writes("duo") == []
