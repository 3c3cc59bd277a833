"""Acceptance 4: what a PSA integration sees when it sends something wrong, and tenant isolation."""

from __future__ import annotations

import json

import pytest

from tests.helpers import post_ticket, ticket_payload, token_client
from tickets.models import Ticket

ADELE = "adele.vance@contoso.example"


@pytest.mark.django_db
def test_malformed_json_is_400(contoso_api):
    response = contoso_api.post("/api/v1/tickets/", data=b'{"external_id": "x", ', content_type="application/json")
    assert response.status_code == 400
    assert Ticket.objects.count() == 0


@pytest.mark.django_db
def test_missing_fields_are_400_naming_each_field(contoso_api):
    response = post_ticket(contoso_api, {"subject": "help"})
    assert response.status_code == 400
    errors = response.json()
    for field in ("external_id", "body", "requester_email"):
        assert field in errors, errors
    assert "subject" not in errors
    bad_email = post_ticket(contoso_api, {**ticket_payload("e-1", ADELE), "requester_email": "not-an-email"})
    assert bad_email.status_code == 400 and "requester_email" in bad_email.json()
    assert Ticket.objects.count() == 0


@pytest.mark.django_db
def test_no_token_and_wrong_token_are_401(world):
    payload = ticket_payload("auth-1", ADELE)
    assert post_ticket(token_client(None), payload).status_code == 401
    assert post_ticket(token_client("rl_not-a-real-token"), payload).status_code == 401
    assert token_client("rl_not-a-real-token").get("/api/v1/tickets/").status_code == 401
    assert Ticket.objects.count() == 0


@pytest.mark.django_db
def test_revoked_token_is_401(world, tenant_key):
    from tenants.models import ApiToken

    key = tenant_key("contoso")
    ApiToken.objects.filter(key_hash=ApiToken.hash_key(key)).update(revoked=True)
    assert post_ticket(token_client(key), ticket_payload("rev-1", ADELE)).status_code == 401


@pytest.mark.django_db
def test_another_tenants_token_cannot_read_a_contoso_ticket(contoso_api, tenant_key, monkeypatch):
    monkeypatch.setattr("workflow.tasks.start_ticket_task", lambda ticket_id: None)
    created = post_ticket(contoso_api, ticket_payload("iso-1", ADELE))
    assert created.status_code == 201
    ticket_id = created.json()["id"]
    northwind = token_client(tenant_key("northwind"))
    assert northwind.get(f"/api/v1/tickets/{ticket_id}/").status_code == 404
    listed = northwind.get("/api/v1/tickets/").json()
    assert [t["id"] for t in listed["results"]] == []
    assert contoso_api.get(f"/api/v1/tickets/{ticket_id}/").status_code == 200


@pytest.mark.django_db
def test_a_tenant_token_cannot_submit_for_another_tenant(contoso_api):
    response = post_ticket(contoso_api, {**ticket_payload("x-1", ADELE), "tenant": "northwind"})
    assert response.status_code == 400 and "tenant" in response.json()
    assert Ticket.objects.count() == 0


@pytest.mark.django_db
def test_body_over_64_kb_is_413_and_nothing_is_stored(contoso_api):
    payload = ticket_payload("big-1", ADELE, body="x" * (65 * 1024))
    response = contoso_api.post("/api/v1/tickets/", data=json.dumps(payload), content_type="application/json")
    assert response.status_code == 413
    assert Ticket.objects.count() == 0
