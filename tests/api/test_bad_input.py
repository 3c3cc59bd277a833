"""Input that used to end in a server error: each is now a 4xx that says what is wrong, next to the request that
works."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from playbooks.models import Action
from rallied.connectors import ConnectorError
from tenants.models import Tenant
from tenants.selectors import connector_for, psa_connection
from tenants.services import create_api_token
from tests.approvals.factories import waiting
from tests.helpers import committed, internal_notes, post_ticket, psa_ticket, ticket_payload, token_client
from tickets.models import Ticket
from tickets.services import ingest_ticket
from workflow.escalation import escalate

ADELE = "adele.vance@contoso.example"


@pytest.fixture
def tech_api(world):
    _, key = create_api_token(actor="system:test", name="tech-api", user=get_user_model().objects.get(username="tech"))
    return token_client(key)


def _autonomous_action() -> Action:
    """An action that ran on its own: it never had an approval request."""
    action = waiting("contoso")
    action.approval.delete()
    Action.objects.filter(pk=action.pk).update(status="succeeded", decision="autonomous")
    return action


@pytest.mark.django_db
def test_deciding_an_action_that_never_waited_is_409_and_changes_nothing(tech_api):
    done = _autonomous_action()
    for verb, body in (("approve", {}), ("reject", {"reason": "not needed"})):
        response = tech_api.post(f"/api/v1/actions/{done.pk}/{verb}", body, format="json")
        assert response.status_code == 409, response.content
        assert response.json()["detail"] == ("This action never waited for approval (succeeded): "
                                             "there is nothing to decide.")
    done.refresh_from_db()
    assert done.status == "succeeded"

    # The action that does wait is approved by the same technician and the same call.
    pending = waiting("contoso")
    with committed():
        approved = tech_api.post(f"/api/v1/actions/{pending.pk}/approve", {}, format="json")
    assert approved.status_code == 200 and approved.json()["status"] == "approved"


@pytest.mark.django_db
def test_deciding_an_action_a_second_time_is_409(tech_api, world):
    pending = waiting("contoso")
    with committed():
        assert tech_api.post(f"/api/v1/actions/{pending.pk}/approve", {}, format="json").status_code == 200
    again = tech_api.post(f"/api/v1/actions/{pending.pk}/approve", {}, format="json")
    late_reject = tech_api.post(f"/api/v1/actions/{pending.pk}/reject", {"reason": "changed my mind"}, format="json")
    for response in (again, late_reject):
        assert response.status_code == 409
        assert "no longer waiting for approval" in response.json()["detail"]


@pytest.mark.django_db
def test_a_stale_version_is_409_and_the_current_one_is_approved(tech_api):
    pending = waiting("contoso")
    stale = tech_api.post(f"/api/v1/actions/{pending.pk}/approve", {"version": pending.version + 1}, format="json")
    assert stale.status_code == 409 and "changed since you looked" in stale.json()["detail"]
    with committed():
        current = tech_api.post(f"/api/v1/actions/{pending.pk}/approve", {"version": pending.version}, format="json")
    assert current.status_code == 200


@pytest.mark.django_db
def test_a_tenant_token_still_gets_403_not_409(contoso_api):
    done = _autonomous_action()
    response = contoso_api.post(f"/api/v1/actions/{done.pk}/approve", {}, format="json")
    assert response.status_code == 403 and "user token" in response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["limit=9223372036854775808", "limit=99999999999999999999999", "limit=-1",
                                   "limit=0", "limit=1001", "limit=ten", "offset=9223372036854775807",
                                   "offset=-3", "offset=1.5"])
def test_out_of_range_pagination_is_400_naming_the_parameter(tech_api, query):
    waiting("contoso")
    for path in ("/api/v1/actions/", "/api/v1/tickets/"):
        response = tech_api.get(f"{path}?{query}")
        assert response.status_code == 400, (path, query, response.content)
        name = query.split("=")[0]
        assert name in response.json() and "whole number" in response.json()[name][0]


@pytest.mark.django_db
def test_pagination_inside_the_bounds_pages(tech_api):
    first, second = waiting("contoso"), waiting("contoso")
    page = tech_api.get("/api/v1/actions/?limit=1&offset=1").json()
    assert page["count"] >= 2 and len(page["results"]) == 1
    assert tech_api.get("/api/v1/actions/?limit=500").json()["count"] == page["count"]
    ids = {a["id"] for a in tech_api.get("/api/v1/actions/?limit=500&offset=0").json()["results"]}
    assert {first.pk, second.pk} <= ids
    assert tech_api.get("/api/v1/tickets/?limit=500&offset=10000000").json()["results"] == []


@pytest.mark.django_db
def test_a_path_id_that_is_not_a_number_is_a_json_404(tech_api):
    for path in ("/api/v1/actions/0.4/", "/api/v1/tickets/abc/", "/api/v1/actions/1e9/approve"):
        response = tech_api.get(path) if "approve" not in path else tech_api.post(path, {}, format="json")
        assert response.status_code == 404 and response["Content-Type"] == "application/json"


@pytest.mark.django_db
@pytest.mark.parametrize("psa_id", ["CW-48213", "48 213", "0", "4821e3", "٤٨٢١٣", "-48213"])
def test_a_psa_ticket_number_that_is_not_a_number_is_refused_at_intake(contoso_api, psa_id):
    response = post_ticket(contoso_api, {**ticket_payload("psa-bad", ADELE), "psa_ticket_id": psa_id})
    assert response.status_code == 400 and "psa_ticket_id" in response.json()
    assert not Ticket.objects.filter(external_id="psa-bad").exists()


@pytest.mark.django_db
def test_a_numeric_psa_ticket_number_is_taken_in(contoso_api, monkeypatch):
    monkeypatch.setattr("workflow.tasks.start_ticket_task", lambda ticket_id: None)
    response = post_ticket(contoso_api, {**ticket_payload("psa-ok", ADELE), "psa_ticket_id": "48213"})
    assert response.status_code == 201 and response.json()["psa_ticket_id"] == "48213"


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["contoso", "northwind", "fabrikam"])  # ConnectWise, Autotask, HaloPSA
def test_every_psa_connector_refuses_a_ticket_reference_that_is_not_a_number(world, sandbox, slug):
    psa = connector_for(psa_connection(Tenant.objects.get(slug=slug)))
    with pytest.raises(ConnectorError) as refused:
        psa.add_note("CW-77", "note", internal=True)
    assert refused.value.permanent and "not a" in str(refused.value)


def _ticket(external_id: str, psa_ticket_id: str = "") -> Ticket:
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id=external_id, subject="Printer jam", body="Tray 2 jams.",
                              requester_email=ADELE, psa_ticket_id=psa_ticket_id, enqueue=False)
    return ticket


@pytest.mark.django_db
def test_an_escalation_on_a_stored_junk_reference_keeps_its_note_and_does_not_crash(world, sandbox):
    """A ticket stored before intake checked the number: nothing is written to the PSA, the note stays here."""
    ticket = _ticket("junk-ref", psa_ticket_id="CW-77")
    with committed():
        escalate(ticket, "Printers are handled by a technician.", actor="system:test")
    ticket.refresh_from_db()
    assert ticket.status == "escalated"
    kept = " ".join(ticket.events.filter(kind__in=["psa.withheld", "psa.unposted"]).values_list("message", flat=True))
    assert "Printers are handled by a technician." in kept and "not a ticket number" in kept
    assert not [w for w in sandbox.sandbox.writes("connectwise") if "/notes" in w["path"]]


@pytest.mark.django_db
def test_an_escalation_note_the_psa_refuses_stays_on_the_ticket(world, sandbox):
    ticket = _ticket("refused-note")
    sandbox.sandbox.add_fault(vendor="connectwise", method="POST", path="/notes", statuses=[400], times=1)
    with committed():
        escalate(ticket, "Printers are handled by a technician.", actor="system:test")
    ticket.refresh_from_db()
    assert ticket.status == "escalated"
    assert "Printers are handled by a technician." in ticket.events.get(kind="psa.unposted").message
    assert ticket.events.filter(kind="psa.error").exists()

    # The same escalation when the PSA takes the note: posted there, nothing left unposted.
    good = _ticket("good-ref")
    with committed():
        escalate(good, "Printers are handled by a technician.", actor="system:test")
    good.refresh_from_db()
    assert any("Printers are handled" in n for n in internal_notes(psa_ticket(sandbox, good.psa_ticket_id)))
    assert not good.events.filter(kind="psa.unposted").exists()
