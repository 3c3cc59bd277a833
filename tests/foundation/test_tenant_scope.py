"""Who sees what in the admin and the API: every record list scoped to the person's tenants (tenants/admin_scope.py),
an explicit submit permission the auditor does not hold, and the audit trail readable by the auditor, read-only.

Each role from both sides: a Contoso-only service lead, a Contoso technician with admin access, the auditor, and a
Fabrikam-only staff member; each sees its own tenant's rows and not the other's."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from approvals.manager_models import ManagerConfirmation
from audit.models import AuditEvent
from audit.services import record
from tenants import access
from tenants.models import ApiToken, Connection, ProtectedIdentity, ServiceAccount, Tenant
from tenants.services import create_api_token
from tests.approvals.factories import waiting
from tests.helpers import staff_client, ticket_payload, token_client
from tickets.models import OneTimeSecret, Ticket


def staff(username: str, roles: dict[str, str]) -> Any:
    user = get_user_model().objects.create_user(username=username, email=f"{username}@harbor-it.example",
                                                password="x-test-pass-1", is_staff=True)
    for slug, role in roles.items():
        access.grant_role(user, Tenant.objects.get(slug=slug), role)
    return user


def user_api(user: Any):
    _, key = create_api_token(actor="system:test", name=f"{user.get_username()}-api", user=user)
    return token_client(key)


@pytest.fixture
def rows(world) -> dict[str, dict[str, Any]]:
    """One of each tenant-owned record for Contoso and for Fabrikam, with the subject that tells them apart."""
    made: dict[str, dict[str, Any]] = {}
    for slug in ("contoso", "fabrikam"):
        tenant = Tenant.objects.get(slug=slug)
        requester = "adele.vance@contoso.example" if slug == "contoso" else "kim.abercrombie@fabrikam.example"
        action = waiting(slug, requester=requester, subject=f"Scope check {slug} ticket")
        ticket = action.ticket
        secret = OneTimeSecret.objects.create(ticket=ticket, action=action, label=f"scope-{slug}-secret",
                                              token_hash=f"scope-{slug}-hash", expires_at=timezone.now())
        confirmation = ManagerConfirmation.objects.create(
            ticket=ticket, target=requester, manager_email=f"boss-{slug}@{slug}.example", manager_name="Boss",
            reason="scope", nonce=f"nonce-{slug}-0123456789", expires_at=timezone.now() + timedelta(hours=1))
        event = record(actor="system:test", verb=f"scope.check_{slug}", obj=ticket, tenant=tenant)
        token, _ = create_api_token(actor="system:test", name=f"scope-{slug}-psa", tenant=tenant)
        made[slug] = {
            "tickets/ticket": ticket, "playbooks/action": action, "approvals/approvalrequest": action.approval,
            "tickets/onetimesecret": secret, "approvals/managerconfirmation": confirmation,
            "audit/auditevent": event, "tenants/apitoken": token,
            "tenants/connection": Connection.objects.filter(tenant=tenant).first(),
            "tenants/serviceaccount": ServiceAccount.objects.filter(tenant=tenant).first(),
            "tenants/tenant": tenant,
        }
        made[slug]["tenants/protectedidentity"] = ProtectedIdentity.objects.filter(tenant=tenant).first()
    return made


def listing(client: Client, path: str) -> list[int]:
    """The primary keys the admin's change list shows for `path` (app/model)."""
    page = client.get(f"/admin/{path}/")
    assert page.status_code == 200, (path, page.status_code)
    return [obj.pk for obj in page.context["cl"].result_list]


@pytest.mark.django_db
def test_each_role_lists_only_its_own_tenants_records(rows):
    """The service lead of Contoso, a Contoso technician and Fabrikam's staff each see their own tenant's rows."""
    people = {
        "contoso": [staff_client(staff("contoso-lead", {"contoso": "service_lead"}).username),
                    staff_client(staff("contoso-tech", {"contoso": "technician"}).username)],
        "fabrikam": [staff_client(staff("fabrikam-tech", {"fabrikam": "technician"}).username)],
    }
    checked = 0
    for own, other in (("contoso", "fabrikam"), ("fabrikam", "contoso")):
        for client in people[own]:
            for path, obj in rows[own].items():
                if obj is None or path == "audit/auditevent":  # the audit trail: the next tests, by view_audit
                    continue
                shown = listing(client, path)
                assert obj.pk in shown, (own, path)
                assert rows[other][path] is None or rows[other][path].pk not in shown, (own, path)
                # Another tenant's record by its address: not found, not shown.
                foreign = rows[other][path]
                if foreign is not None:
                    page = client.get(f"/admin/{path}/{foreign.pk}/change/", follow=True)
                    assert "doesn’t exist" in page.content.decode() or page.status_code == 404, (own, path)
                    assert f"Scope check {other}" not in page.content.decode()
                checked += 1
    assert checked >= 25


@pytest.mark.django_db
def test_staff_without_a_tenant_role_sees_no_records(rows):
    client = staff_client(staff("no-role", {}).username)
    assert client.get("/admin/tickets/ticket/").status_code == 403
    home = client.get("/admin/").content.decode()
    assert "/admin/tickets/ticket/" not in home and "/admin/audit/auditevent/" not in home


@pytest.mark.django_db
def test_tenant_filter_and_related_choices_offer_only_managed_tenants(rows):
    lead = staff_client(staff("contoso-lead", {"contoso": "service_lead"}).username)
    page = lead.get("/admin/tickets/ticket/")
    assert "Contoso" in page.content.decode() and "Fabrikam" not in page.content.decode()

    form = lead.get("/admin/tenants/serviceaccount/add/").context["adminform"].form
    assert set(form.fields["tenant"].queryset.values_list("slug", flat=True)) == {"contoso"}
    assert set(form.fields["connection"].queryset.values_list("tenant__slug", flat=True)) == {"contoso"}

    # A crafted POST naming Fabrikam's tenant and connection is refused by the form, nothing saved.
    fabrikam = rows["fabrikam"]
    before = ServiceAccount.objects.count()
    posted = lead.post("/admin/tenants/serviceaccount/add/", {
        "tenant": fabrikam["tenants/tenant"].pk, "connection": fabrikam["tenants/connection"].pk,
        "name": "sneaky", "allowed_kinds": "[]"})
    assert posted.status_code == 200 and posted.context["adminform"].form.errors
    assert ServiceAccount.objects.count() == before
    # The same form for their own tenant saves.
    contoso = rows["contoso"]
    ok = lead.post("/admin/tenants/serviceaccount/add/", {
        "tenant": contoso["tenants/tenant"].pk, "connection": contoso["tenants/connection"].pk,
        "name": "fine", "allowed_kinds": "[]"})
    assert ok.status_code == 302, ok.context["adminform"].form.errors if ok.context else ok
    assert ServiceAccount.objects.filter(name="fine", tenant__slug="contoso").exists()


@pytest.mark.django_db
def test_a_lead_changes_their_tenant_not_another(rows):
    lead = staff_client(staff("contoso-lead", {"contoso": "service_lead"}).username)
    own, foreign = rows["contoso"]["tenants/apitoken"], rows["fabrikam"]["tenants/apitoken"]
    assert lead.post(f"/admin/tenants/apitoken/{own.pk}/change/", {"name": own.name, "revoked": "on"}).status_code == 302
    assert ApiToken.objects.get(pk=own.pk).revoked
    lead.post(f"/admin/tenants/apitoken/{foreign.pk}/change/", {"name": foreign.name, "revoked": "on"})
    assert not ApiToken.objects.get(pk=foreign.pk).revoked


@pytest.mark.django_db
def test_auditor_reads_the_audit_trail_in_the_admin_read_only(rows):
    auditor = staff_client("auditor")
    shown = listing(auditor, "audit/auditevent")
    assert rows["contoso"]["audit/auditevent"].pk in shown and rows["fabrikam"]["audit/auditevent"].pk in shown
    event = rows["contoso"]["audit/auditevent"]
    page = auditor.get(f"/admin/audit/auditevent/{event.pk}/change/")
    assert page.status_code == 200 and "scope.check_contoso" in page.content.decode()
    assert 'name="_save"' not in page.content.decode()
    assert auditor.post(f"/admin/audit/auditevent/{event.pk}/change/", {"verb": "forged"}).status_code == 403
    assert auditor.post(f"/admin/audit/auditevent/{event.pk}/delete/", {"post": "yes"}).status_code == 403
    assert AuditEvent.objects.get(pk=event.pk).verb == "scope.check_contoso"
    # Read-only on the other records too: tickets shown, never changed.
    ticket = rows["contoso"]["tickets/ticket"]
    assert auditor.get(f"/admin/tickets/ticket/{ticket.pk}/change/").status_code == 200
    assert auditor.post(f"/admin/tickets/ticket/{ticket.pk}/change/", {"subject": "x"}).status_code == 403


@pytest.mark.django_db
def test_audit_trail_is_scoped_by_view_audit(rows):
    """An auditor of Contoso only reads Contoso's events; a technician (no view_audit) reads none of them."""
    contoso_auditor = staff_client(staff("contoso-auditor", {"contoso": "auditor"}).username)
    shown = listing(contoso_auditor, "audit/auditevent")
    assert rows["contoso"]["audit/auditevent"].pk in shown
    assert rows["fabrikam"]["audit/auditevent"].pk not in shown
    tech = staff_client(staff("contoso-tech", {"contoso": "technician"}).username)
    assert tech.get("/admin/audit/auditevent/").status_code == 403


@pytest.mark.django_db
def test_auditor_reads_the_audit_trail_over_the_api(rows, tenant_key):
    auditor = user_api(get_user_model().objects.get(username="auditor"))
    response = auditor.get("/api/v1/audit/", {"tenant": "contoso", "verb": "scope.check_contoso"})
    assert response.status_code == 200
    (event,) = response.json()["results"]
    assert event["tenant"] == "contoso" and event["hash"] == rows["contoso"]["audit/auditevent"].hash
    event_id = event["id"]
    assert auditor.get(f"/api/v1/audit/{event_id}/").json()["verb"] == "scope.check_contoso"
    assert auditor.post("/api/v1/audit/", {}, format="json").status_code == 405
    assert auditor.delete(f"/api/v1/audit/{event_id}/").status_code == 405

    contoso_only = user_api(staff("contoso-auditor", {"contoso": "auditor"}))
    verbs = {e["verb"] for e in contoso_only.get("/api/v1/audit/", {"limit": 1000}).json()["results"]}
    assert "scope.check_contoso" in verbs and "scope.check_fabrikam" not in verbs
    fabrikam_id = rows["fabrikam"]["audit/auditevent"].pk
    assert contoso_only.get(f"/api/v1/audit/{fabrikam_id}/").status_code == 404
    # Neither a technician nor a PSA integration's token reads the trail.
    assert user_api(get_user_model().objects.get(username="tech")).get("/api/v1/audit/").json()["results"] == []
    assert token_client(tenant_key("contoso")).get("/api/v1/audit/").json()["results"] == []


@pytest.mark.django_db
def test_auditor_cannot_submit_a_ticket_but_a_technician_can(world):
    auditor = user_api(get_user_model().objects.get(username="auditor"))
    payload = {**ticket_payload("scope-submit-1", "adele.vance@contoso.example"), "tenant": "contoso"}
    refused = auditor.post("/api/v1/tickets/", payload, format="json")
    assert refused.status_code == 403
    assert not Ticket.objects.filter(external_id="scope-submit-1").exists()
    # Nor in the admin: nobody adds a ticket by hand there.
    assert staff_client("auditor").get("/admin/tickets/ticket/add/").status_code == 403

    tech = user_api(get_user_model().objects.get(username="tech"))
    accepted = tech.post("/api/v1/tickets/", payload, format="json")
    assert accepted.status_code == 201, accepted.content
    assert Ticket.objects.get(external_id="scope-submit-1").tenant.slug == "contoso"
    # A technician submits only where they hold the role.
    fabrikam = {**ticket_payload("scope-submit-2", "kim.abercrombie@fabrikam.example"), "tenant": "fabrikam"}
    assert tech.post("/api/v1/tickets/", fabrikam, format="json").status_code == 400
    assert not Ticket.objects.filter(external_id="scope-submit-2").exists()


@pytest.mark.django_db
def test_roles_hold_submit_as_shipped(world):
    contoso = Tenant.objects.get(slug="contoso")
    users = {u.username: u for u in get_user_model().objects.filter(username__in=["lead", "tech", "auditor"])}
    assert access.can(users["tech"], access.SUBMIT, contoso)
    assert access.can(users["lead"], access.SUBMIT, contoso)
    assert not access.can(users["auditor"], access.SUBMIT, contoso)
    assert access.can(users["auditor"], access.VIEW_AUDIT, contoso)


@pytest.mark.django_db
def test_the_audit_api_lists_events_only_up_to_the_oldest_pending_one(rows):
    """A pending event (a submission's, chained later) is never listed without its hash, and the list stops before
    it, so a SIEM paging with ?after= cannot pass its id and miss it once it is chained; after, all are listed."""
    from audit.services import chain_pending, deferred_chaining

    auditor = user_api(get_user_model().objects.get(username="auditor"))
    contoso = rows["contoso"]["audit/auditevent"].tenant
    with deferred_chaining():
        pending = record(actor="system", verb="scope.pending", tenant=contoso)
    later = record(actor="system", verb="scope.later", tenant=rows["fabrikam"]["audit/auditevent"].tenant)

    listed = auditor.get("/api/v1/audit/", {"limit": 1000}).json()["results"]
    ids = [e["id"] for e in listed]
    assert pending.pk not in ids and later.pk not in ids
    assert rows["contoso"]["audit/auditevent"].pk in ids  # older, chained events are still listed
    assert all(e["hash"] for e in listed)
    # One event by its id is shown as it is, pending.
    assert auditor.get(f"/api/v1/audit/{pending.pk}/").json()["seq"] is None

    chain_pending()
    after = max(ids)
    rest = auditor.get("/api/v1/audit/", {"limit": 1000, "after": after}).json()["results"]
    assert {pending.pk, later.pk} <= {e["id"] for e in rest}
    assert all(e["hash"] for e in rest)
