"""Acceptance 10 (who may see and approve what) and 11 (the admin never shows credentials back)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from approvals.models import ApprovalRequest
from playbooks.models import Action
from tenants.models import Connection, Tenant
from tenants.services import create_api_token
from tests.helpers import staff_client, token_client
from tickets.services import ingest_ticket


def awaiting(slug: str, requester: str, *, group: str = "Billing Team", target: str | None = None) -> Action:
    """An add_to_group action waiting for a technician, as the pipeline leaves it."""
    tenant = Tenant.objects.get(slug=slug)
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api",
                              external_id=f"{slug}-{requester}-{group}", subject=f"Add me to {group}",
                              body=f"Please add me to {group}.", requester_email=requester, enqueue=False)
    Ticket = type(ticket)
    Ticket.objects.filter(pk=ticket.pk).update(status="awaiting_approval", category="group_membership")
    target = target or requester
    action = Action.objects.create(
        ticket=ticket, kind="add_to_group", target=target, params={"target": target, "group": group},
        decision="approval", reasons=["Needs a technician by policy."], status="awaiting_approval",
        idempotency_key=f"test:{ticket.pk}:add_to_group",
    )
    ApprovalRequest.objects.create(action=action, expires_at=timezone.now() + timedelta(hours=1))
    return action


def user_client(username: str):
    user = get_user_model().objects.get(username=username)
    _, key = create_api_token(actor="system:test", name=f"{username}-api", user=user)
    return token_client(key)


@pytest.mark.django_db
def test_technician_sees_only_their_tenants_queue(world):
    contoso = awaiting("contoso", "adele.vance@contoso.example")
    fabrikam = awaiting("fabrikam", "kim.abercrombie@fabrikam.example", group="Estimating")
    tech = user_client("tech")  # technician on contoso and northwind only

    listed = tech.get("/api/v1/actions/", {"status": "awaiting_approval"})
    assert listed.status_code == 200
    ids = [a["id"] for a in listed.json()["results"]]
    assert contoso.pk in ids and fabrikam.pk not in ids
    assert tech.get(f"/api/v1/actions/{fabrikam.pk}/").status_code == 404
    assert tech.post(f"/api/v1/actions/{fabrikam.pk}/approve", {}, format="json").status_code == 404
    assert Action.objects.get(pk=fabrikam.pk).status == "awaiting_approval"
    assert tech.get("/api/v1/actions/", {"status": "nonsense"}).status_code == 400


@pytest.mark.django_db
def test_tenant_token_cannot_approve(world, tenant_key):
    action = awaiting("contoso", "adele.vance@contoso.example")
    psa = token_client(tenant_key("contoso"))
    response = psa.post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")
    assert response.status_code == 403
    assert psa.post(f"/api/v1/actions/{action.pk}/approve/", {}, format="json").status_code == 403
    assert psa.post(f"/api/v1/actions/{action.pk}/reject", {"reason": "no"}, format="json").status_code == 403
    assert Action.objects.get(pk=action.pk).status == "awaiting_approval"


@pytest.mark.django_db
def test_requester_cannot_approve_their_own_action(world):
    # The technician filed the ticket themself (their own account on the client's side).
    action = awaiting("contoso", "tech@harbor-it.example", target="adele.vance@contoso.example")
    response = user_client("tech").post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")
    assert response.status_code == 403
    assert "requester" in response.json()["detail"].lower()
    assert Action.objects.get(pk=action.pk).status == "awaiting_approval"


@pytest.mark.django_db
def test_auditor_cannot_approve(world):
    action = awaiting("contoso", "adele.vance@contoso.example")
    response = user_client("auditor").post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")
    assert response.status_code in (403, 404)
    assert Action.objects.get(pk=action.pk).status == "awaiting_approval"


@pytest.mark.django_db
def test_approve_with_params_that_fail_the_schema_is_400(world):
    action = awaiting("contoso", "adele.vance@contoso.example")
    tech = user_client("tech")
    unknown = tech.post(f"/api/v1/actions/{action.pk}/approve", {"params": {"is_admin": "yes"}}, format="json")
    assert unknown.status_code == 400
    assert "is_admin" in unknown.json()["params"]
    wrong_type = tech.post(f"/api/v1/actions/{action.pk}/approve", {"params": {"group": ["a", "b"]}},
                           format="json")
    assert wrong_type.status_code == 400
    assert "group" in wrong_type.json()["params"]
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and action.version == 1
    assert action.params["group"] == "Billing Team"


@pytest.mark.django_db
def test_technician_approves_a_valid_edit(world):
    action = awaiting("contoso", "adele.vance@contoso.example")
    response = user_client("tech").post(f"/api/v1/actions/{action.pk}/approve",
                                        {"params": {"group": "Finance-Readers"}, "comment": "right group"},
                                        format="json")
    assert response.status_code == 200, response.content
    action.refresh_from_db()
    assert action.status == "approved"
    assert action.version == 2 and action.params["group"] == "Finance-Readers"


@pytest.mark.django_db
def test_admin_connection_pages_never_show_credentials(world):
    browser = staff_client("lead")
    assert browser.get("/admin/").status_code == 200

    for conn in Connection.objects.exclude(credentials_encrypted=""):
        values = [v for v in conn.get_credentials().values() if isinstance(v, str) and len(v) >= 6]
        assert values, conn
        pages = [
            browser.get(f"/admin/tenants/connection/{conn.pk}/change/"),
            browser.get("/admin/tenants/connection/"),
            browser.get(f"/admin/tenants/tenant/{conn.tenant_id}/change/"),
        ]
        for page in pages:
            assert page.status_code == 200
            html = page.content.decode()
            for value in values:
                assert value not in html, f"{conn}: credential value shown on {page.request['PATH_INFO']}"
            assert conn.credentials_encrypted not in html


@pytest.mark.django_db
def test_seeding_audits_each_role_grant_once(world, sandbox):
    """A role granted to a staff member is in the audit trail; seeding again grants nothing new and audits nothing."""
    from django.conf import settings

    from audit.models import AuditEvent
    from sandbox.demo import seed_demo

    grants = AuditEvent.objects.filter(verb="role.granted")
    first = grants.count()
    assert first > 0
    assert grants.filter(details__user="tech", details__role="technician").exists()
    seed_demo(settings.RALLIED_DIRECTORY_FILE, sandbox.url)
    assert grants.count() == first
