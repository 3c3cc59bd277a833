"""Issue 5: a service lead edits one tenant's autonomy policy as a matrix and sees the effective decisions."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import PermissionDenied

from approvals.models import AutonomyPolicy
from approvals.services import set_tenant_policy
from approvals.verification import effective_policy
from audit.models import AuditEvent
from rallied.kinds import KINDS
from tenants.models import Tenant
from tests.helpers import committed, post_ticket, ticket_payload, token_client
from tests.service_lead.pages import matrix_cells, matrix_form, set_row
from tickets.models import Ticket

MSP_MATRIX = "/admin/approvals/autonomypolicy/matrix/"


def matrix_url(slug: str) -> str:
    return f"/admin/tenants/tenant/{Tenant.objects.get(slug=slug).pk}/policy/"


@pytest.mark.django_db
def test_matrix_shows_every_kind_with_its_effective_decision_and_source(lead):
    page = lead.get(matrix_url("contoso"))
    assert page.status_code == 200
    html = page.content.decode()
    for kind in KINDS:
        assert f'id="row-{kind}"' in html, kind

    # Shipped defaults: self-service reset runs on its own after Contoso's Duo push; writes need approval.
    reset = matrix_cells(html, "reset_password")
    assert (reset["mode"], reset["source"]) == ("autonomous", "MSP default")
    assert (reset["admin_mode"], reset["admin_source"]) == ("forbidden", "safety floor")
    assert "Forbidden on admins and protected identities; never autonomous on VIPs." in reset["admin_note"]
    group = matrix_cells(html, "add_to_group")
    assert (group["mode"], group["source"]) == ("approval", "MSP default")
    assert "admin or role-assignable groups" in group["admin_note"]


@pytest.mark.django_db
def test_sensitive_rows_say_which_proof_comes_first(lead):
    contoso = matrix_cells(lead.get(matrix_url("contoso")).content.decode(), "reset_password")
    assert "after a verified Duo push" in contoso["detail"]
    # Fabrikam verifies through managers: its resets run only once the target's manager confirms.
    fabrikam = matrix_cells(lead.get(matrix_url("fabrikam")).content.decode(), "reset_password")
    assert fabrikam["mode"] == "autonomous" and "manager confirms" in fabrikam["detail"]


@pytest.mark.django_db
def test_saving_an_override_changes_the_effective_policy_and_is_audited(lead):
    contoso = Tenant.objects.get(slug="contoso")
    url = matrix_url("contoso")
    data = matrix_form(lead, url)
    set_row(data, "add_to_group", mode="autonomous", business_hours_only=True, min_confidence="0.9",
            daily_limit_target=2, daily_limit_tenant=20, requester_relation="manager", approvals_required=2,
            approval_expiry_minutes=60)
    response = lead.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]

    policy = effective_policy(contoso, "add_to_group")
    assert policy.source == "tenant" and policy.mode == "autonomous"
    assert policy.conditions == {"business_hours_only": True, "min_confidence": 0.9, "daily_limit_target": 2,
                                 "daily_limit_tenant": 20, "requester_relation": "manager"}
    assert (policy.approvals_required, policy.approval_expiry_minutes) == (2, 60)
    assert effective_policy(Tenant.objects.get(slug="northwind"), "add_to_group").mode == "approval"

    page = lead.get(url).content.decode()
    cells = matrix_cells(page, "add_to_group")
    assert (cells["mode"], cells["source"]) == ("autonomous", "tenant override")
    assert "only within business hours" in page and "Saved 1 change(s): add_to_group" in page

    event = AuditEvent.objects.get(verb="policy.updated")
    assert event.actor == "user:lead" and event.tenant_id == contoso.pk
    (change,) = event.details["changes"]
    assert change["kind"] == "add_to_group" and change["from"] is None
    assert change["to"]["mode"] == "autonomous" and change["to"]["approvals_required"] == 2

    # Back to inherit, as the page shows it (the override's values still in the row): the override goes.
    data = matrix_form(lead, url)
    set_row(data, "add_to_group", mode="")
    r = lead.post(url, data)
    assert r.status_code == 302, [f.errors for f in r.context["formset"].forms if f.errors]
    assert effective_policy(contoso, "add_to_group").source == "MSP default"
    assert AuditEvent.objects.filter(verb="policy.updated").count() == 2


@pytest.mark.django_db
def test_returning_a_row_to_inherit_removes_the_override(lead):
    contoso = Tenant.objects.get(slug="contoso")
    set_tenant_policy(actor="system:test", tenant=contoso, rows=[
        {"kind": "assign_license", "mode": "autonomous", "conditions": {}, "approvals_required": 1,
         "approval_expiry_minutes": 240}])
    url = matrix_url("contoso")
    data = matrix_form(lead, url)
    set_row(data, "assign_license", mode="")
    assert lead.post(url, data).status_code == 302
    assert not AutonomyPolicy.objects.filter(tenant=contoso, kind="assign_license").exists()
    assert effective_policy(contoso, "assign_license").source == "MSP default"
    cells = matrix_cells(lead.get(url).content.decode(), "assign_license")
    assert (cells["mode"], cells["source"]) == ("approval", "MSP default")


@pytest.mark.django_db
def test_an_invalid_row_is_reported_and_nothing_is_saved(lead):
    url = matrix_url("contoso")
    data = matrix_form(lead, url)
    set_row(data, "unlock_account", mode="forbidden")  # valid on its own, but must not be saved either
    set_row(data, "reset_mfa", mode="approval", approvals_required=3)
    set_row(data, "assign_license", mode="autonomous", daily_limit_target=-1)
    set_row(data, "create_user", mode="approval", min_confidence="1.5")
    events = AuditEvent.objects.count()

    response = lead.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Nothing was saved" in html
    assert "Approvals required must be 1 or 2." in html
    assert "Ensure this value is greater than or equal to 1." in html
    assert "Ensure this value is less than or equal to 1." in html
    flagged = set(re.findall(r'<tr id="row-(\w+)" class="[^"]*rl-error-row', html))
    assert flagged == {"reset_mfa", "assign_license", "create_user"}
    assert not AutonomyPolicy.objects.filter(tenant__slug="contoso").exists()
    assert AuditEvent.objects.count() == events
    assert effective_policy(Tenant.objects.get(slug="contoso"), "unlock_account").mode == "autonomous"


@pytest.mark.django_db
def test_conditions_edited_on_an_inheriting_row_are_refused(lead):
    url = matrix_url("contoso")
    data = matrix_form(lead, url)
    set_row(data, "revoke_sessions", business_hours_only=True)  # mode still "inherit"
    response = lead.post(url, data)
    assert response.status_code == 200
    assert "Choose a mode to override the MSP default" in response.content.decode()
    assert not AutonomyPolicy.objects.filter(tenant__slug="contoso").exists()


@pytest.mark.django_db
def test_autonomous_reset_for_admins_is_still_capped_by_the_floor(lead, tenant_key, sandbox):
    url = matrix_url("contoso")
    data = matrix_form(lead, url)
    set_row(data, "reset_password", mode="autonomous")
    assert lead.post(url, data).status_code == 302
    assert effective_policy(Tenant.objects.get(slug="contoso"), "reset_password").source == "tenant"

    cells = matrix_cells(lead.get(url).content.decode(), "reset_password")
    assert (cells["mode"], cells["source"]) == ("autonomous", "tenant override")
    assert (cells["admin_mode"], cells["admin_source"]) == ("forbidden", "safety floor")
    assert "Forbidden on admins and protected identities" in cells["admin_note"]

    # And the engine agrees: an admin's reset is still escalated with nothing written to the directory.
    client = token_client(tenant_key("contoso"))
    with committed():
        response = post_ticket(client, ticket_payload("floor-1", "it.admin@contoso.example", name="IT Admin"))
    ticket = Ticket.objects.get(pk=response.json()["id"])
    assert ticket.status == "escalated" and "admin" in ticket.escalation_reason
    assert sandbox.sandbox.writes("graph") == []


@pytest.mark.django_db
def test_without_manage_the_matrix_is_403_and_nothing_saves(auditor, lead):
    url = matrix_url("contoso")
    data = matrix_form(lead, url)
    set_row(data, "unlock_account", mode="forbidden")
    assert auditor.get(url).status_code == 403
    assert auditor.post(url, data).status_code == 403
    assert not AutonomyPolicy.objects.filter(tenant__slug="contoso").exists()


@pytest.mark.django_db
def test_a_tenant_service_lead_manages_only_their_tenant(contoso_lead, lead):
    contoso_url = matrix_url("contoso")
    assert contoso_lead.get(contoso_url).status_code == 200
    data = matrix_form(contoso_lead, contoso_url)
    set_row(data, "revoke_sessions", mode="autonomous")
    assert contoso_lead.post(contoso_url, data).status_code == 302
    assert effective_policy(Tenant.objects.get(slug="contoso"), "revoke_sessions").mode == "autonomous"

    fabrikam_url = matrix_url("fabrikam")
    other = matrix_form(lead, fabrikam_url)
    set_row(other, "revoke_sessions", mode="autonomous")
    assert contoso_lead.get(fabrikam_url).status_code == 403
    assert contoso_lead.post(fabrikam_url, other).status_code == 403
    assert effective_policy(Tenant.objects.get(slug="fabrikam"), "revoke_sessions").mode == "approval"
    # The MSP defaults touch every tenant: a tenant's service lead may not change them.
    assert contoso_lead.get(MSP_MATRIX).status_code == 403


@pytest.mark.django_db
def test_msp_defaults_matrix_changes_every_inheriting_tenant(lead, auditor):
    data = matrix_form(lead, MSP_MATRIX)
    set_row(data, "unlock_account", mode="approval")
    assert lead.post(MSP_MATRIX, data).status_code == 302
    for slug in ("contoso", "northwind", "fabrikam"):
        policy = effective_policy(Tenant.objects.get(slug=slug), "unlock_account")
        assert (policy.mode, policy.source) == ("approval", "MSP default")
    event = AuditEvent.objects.get(verb="policy.updated")
    assert event.tenant_id is None and event.details["scope"] == "MSP default"

    # The defaults have no "inherit": an empty mode is refused.
    data = matrix_form(lead, MSP_MATRIX)
    set_row(data, "unlock_account", mode="")
    response = lead.post(MSP_MATRIX, data)
    assert response.status_code == 200 and "This field is required." in response.content.decode()
    assert auditor.get(MSP_MATRIX).status_code == 403


@pytest.mark.django_db
def test_set_tenant_policy_refuses_people_without_manage(world):
    from django.contrib.auth import get_user_model

    contoso = Tenant.objects.get(slug="contoso")
    row = {"kind": "unlock_account", "mode": "forbidden", "conditions": {}, "approvals_required": 1,
           "approval_expiry_minutes": 240}
    with pytest.raises(PermissionDenied):
        set_tenant_policy(actor=get_user_model().objects.get(username="auditor"), tenant=contoso, rows=[row])
    assert not AutonomyPolicy.objects.filter(tenant=contoso).exists()
    with pytest.raises(ValueError, match="1 or 2"):
        set_tenant_policy(actor="system:test", tenant=contoso, rows=[{**row, "approvals_required": 3}])
    changes = set_tenant_policy(actor=get_user_model().objects.get(username="lead"), tenant=contoso, rows=[row])
    assert [c["kind"] for c in changes] == ["unlock_account"]
    assert effective_policy(contoso, "unlock_account").mode == "forbidden"


@pytest.mark.django_db
def test_tenant_change_page_links_to_the_matrix_and_the_report(lead):
    contoso = Tenant.objects.get(slug="contoso")
    html = lead.get(f"/admin/tenants/tenant/{contoso.pk}/change/").content.decode()
    assert f"/admin/tenants/tenant/{contoso.pk}/policy/" in html
    assert f"/admin/tenants/tenant/{contoso.pk}/report/" in html
    assert "Object permissions" in html  # guardian's own button is kept


@pytest.mark.django_db
def test_admin_home_links_the_service_lead_pages_by_permission(lead, auditor):
    home = lead.get("/admin/").content.decode()
    assert "/admin/tenants/tenant/reports/" in home and MSP_MATRIX in home
    home = auditor.get("/admin/").content.decode()
    assert "/admin/tenants/tenant/reports/" in home and MSP_MATRIX not in home
    # The plain policy list is read-only: every edit goes through a matrix (validated, explained, audited).
    listing = lead.get("/admin/approvals/autonomypolicy/").content.decode()
    assert MSP_MATRIX in listing
    policy = AutonomyPolicy.objects.filter(tenant__isnull=True).first()
    assert lead.post(f"/admin/approvals/autonomypolicy/{policy.pk}/change/", {"mode": "forbidden"}).status_code == 403
    assert AutonomyPolicy.objects.get(pk=policy.pk).mode == policy.mode
