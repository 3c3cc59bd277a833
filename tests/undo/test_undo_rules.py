"""Who may undo, what cannot be undone and why, and the safety floor deciding an undo like any action: from both
sides (allowed and refused), through the service and its three entry points (queue page, REST API, admin)."""

from __future__ import annotations

import pytest
from django.test import Client

from approvals.models import AutonomyPolicy
from approvals.services import ApprovalRefused, approve_action
from playbooks.models import Action
from tenants.models import Tenant
from tenants.services import create_api_token
from tests.helpers import committed, second_factor, staff_client, token_client
from tests.undo.helpers import approve_as, done_action, idp_state, request_undo, run_undo, user
from workflow.undo import UndoRefused, undo_action

ADELE, ALEX, PRIYA = "adele.vance@contoso.example", "alex.wilber@contoso.example", "priya.shah@fabrikam.example"
LYNNE = "lynne.robbins@contoso.example"


def executives(sandbox) -> list[str]:
    return sorted(sandbox.sandbox.state()["graph"]["contoso"]["groups"]["Executives"])


# -- who ------------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_a_technician_of_another_tenant_is_refused_and_one_of_the_tenant_is_not(world, sandbox):
    action = done_action("fabrikam", "add_to_group", PRIYA, {"group": "estimating@fabrikam.example"}, "who")
    changed = idp_state(sandbox, "fabrikam")
    for outsider in ("tech", "auditor"):  # tech works for Contoso and Northwind only; the auditor only reads
        with pytest.raises(UndoRefused) as refused, committed():
            undo_action(actor=user(outsider), action=action, reason="not mine")
        assert refused.value.forbidden
    assert not Action.objects.filter(idempotency_key=f"undo:{action.pk}").exists()
    assert idp_state(sandbox, "fabrikam") == changed

    assert run_undo(action, by="tech2").status == "succeeded"  # tech2 is a technician of Fabrikam


@pytest.mark.django_db
def test_an_undo_needs_a_reason(world, sandbox):
    action = done_action("contoso", "add_to_group", ADELE, {"group": "Finance-Readers"}, "reason")
    with pytest.raises(UndoRefused, match="reason"):
        undo_action(actor=user("tech"), action=action, reason="  ")


# -- what cannot be undone --------------------------------------------------------------------------------
@pytest.mark.django_db
@pytest.mark.parametrize(("kind", "words"), [("reset_password", "password that was set"),
                                             ("reset_mfa", "cannot be brought back"),
                                             ("revoke_sessions", "sessions cannot be restored")])
def test_irreversible_kinds_say_they_cannot_be_undone_and_why(world, sandbox, kind, words):
    action = done_action("contoso", kind, ADELE, {}, f"irreversible-{kind}")
    with pytest.raises(UndoRefused, match=words) as refused:
        request_undo(action)
    assert "cannot be undone" in str(refused.value) and not refused.value.forbidden
    action.refresh_from_db()
    assert action.status == "succeeded"
    assert not Action.objects.filter(idempotency_key=f"undo:{action.pk}").exists()


@pytest.mark.django_db
def test_an_action_that_changed_nothing_has_nothing_to_undo(world, sandbox):
    # Megan is in Billing Team already: the add changed nothing, so an undo must not take her out of it.
    action = done_action("contoso", "add_to_group", "megan.bowen@contoso.example", {"group": "Billing Team"}, "noop")
    with pytest.raises(UndoRefused, match="already a member"):
        request_undo(action)


@pytest.mark.django_db
def test_an_undo_is_not_undone(world, sandbox):
    action = done_action("contoso", "add_to_group", ADELE, {"group": "Finance-Readers"}, "undo-undo")
    undo = run_undo(action)
    assert undo.status == "succeeded"
    with pytest.raises(UndoRefused, match="itself an undo"):
        request_undo(undo)


# -- the floor decides an undo like any action ------------------------------------------------------------
@pytest.mark.django_db
def test_the_undo_of_an_add_to_a_protected_group_waits_for_approval(world, sandbox):
    tenant = Tenant.objects.get(slug="contoso")
    AutonomyPolicy.objects.update_or_create(tenant=tenant, kind="remove_from_group", defaults={"mode": "autonomous"})
    action = done_action("contoso", "add_to_group", ADELE, {"group": "Executives"}, "protected")
    assert ADELE in executives(sandbox)

    undo = request_undo(action).undo

    assert undo.status == "awaiting_approval", undo.reasons  # the tenant's "autonomous" does not loosen the floor
    assert any("protected" in r for r in undo.reasons), undo.reasons
    assert ADELE in executives(sandbox)  # nothing ran before a technician's approval
    # Whoever asked for the undo cannot approve it (approver != requester), from both sides.
    with pytest.raises(ApprovalRefused, match="asked for this undo"), committed():
        approve_action(actor=user("lead"), action_id=undo.pk, comment="mine", identity_check="callback",
                       second_factor=second_factor(user("lead")))
    for approver in ("tech2", "tech"):
        if undo.status == "awaiting_approval":
            undo = approve_as(undo, approver)
    assert undo.status == "succeeded", (undo.status, undo.error)
    assert ADELE not in executives(sandbox)


@pytest.mark.django_db
def test_the_undo_of_a_removal_from_a_protected_group_is_not_autonomous(world, sandbox):
    tenant = Tenant.objects.get(slug="contoso")
    AutonomyPolicy.objects.update_or_create(tenant=tenant, kind="add_to_group", defaults={"mode": "autonomous"})
    action = done_action("contoso", "remove_from_group", LYNNE, {"group": "Executives"}, "protected-back")
    assert LYNNE not in executives(sandbox)
    undo = request_undo(action).undo
    assert undo.status == "awaiting_approval", undo.reasons
    assert LYNNE not in executives(sandbox)


# -- the three entry points --------------------------------------------------------------------------------
@pytest.mark.django_db
def test_the_api_undoes_for_a_technicians_token_and_refuses_others(world, sandbox):
    action = done_action("contoso", "assign_license", ADELE, {"license": "VISIOCLIENT"}, "api")
    url = f"/api/v1/actions/{action.pk}/undo/"
    _, tenant_key = create_api_token(actor="system:test", name="psa", tenant=Tenant.objects.get(slug="contoso"))
    _, auditor_key = create_api_token(actor="system:test", name="aud", user=user("auditor"))
    _, outsider_key = create_api_token(actor="system:test", name="t", user=user("tech"))
    fabrikam = done_action("fabrikam", "add_to_group", PRIYA, {"group": "estimating@fabrikam.example"}, "api-f")
    with committed():
        assert token_client(tenant_key).post(url, {"reason": "x"}, format="json").status_code == 403
        assert token_client(auditor_key).post(url, {"reason": "x"}, format="json").status_code == 403
        # tech cannot see Fabrikam at all: its action is not found, not refused
        assert token_client(outsider_key).post(f"/api/v1/actions/{fabrikam.pk}/undo/", {"reason": "x"},
                                               format="json").status_code == 404
        assert token_client(outsider_key).post(url, {}, format="json").status_code == 400  # a reason is needed
    assert not Action.objects.filter(idempotency_key__startswith="undo:").exists()

    with committed():
        response = token_client(outsider_key).post(url, {"reason": "wrong licence"}, format="json")
    assert response.status_code == 202, response.content
    body = response.json()
    assert body["created"] is True and body["undo"]["kind"] == "remove_license"
    undo = Action.objects.get(pk=body["undo"]["id"])
    for approver in ("tech2", "lead"):  # tech asked for it: others approve
        if undo.status == "awaiting_approval":
            undo = approve_as(undo, approver)
    assert undo.status == "succeeded", (undo.status, undo.error)
    with committed():
        again = token_client(outsider_key).post(url, {"reason": "again"}, format="json")
    assert again.status_code == 200 and again.json()["created"] is False

    reset = done_action("contoso", "reset_password", ADELE, {}, "api-reset")
    answer = token_client(outsider_key).post(f"/api/v1/actions/{reset.pk}/undo/", {"reason": "x"}, format="json")
    assert answer.status_code == 400 and "cannot be undone" in answer.content.decode()


@pytest.mark.django_db
def test_the_schema_documents_the_undo_route(world):
    schema = Client().get("/api/v1/schema/?format=json").json()
    operation = schema["paths"]["/api/v1/actions/{id}/undo/"]["post"]
    assert {"202", "400", "403", "404"} <= set(operation["responses"])


@pytest.mark.django_db
def test_the_queue_page_shows_the_button_and_undoes(world, sandbox):
    action = done_action("northwind", "add_to_group", "nancy.davolio@northwind.example", {"group": "VPN Users"},
                         "queue")
    page = staff_client("tech").get(f"/queue/actions/{action.pk}/")
    assert page.status_code == 200 and 'data-testid="undo-button"' in page.content.decode()
    # Fabrikam's technician-less view: tech sees no Fabrikam action at all
    other = done_action("fabrikam", "add_to_group", PRIYA, {"group": "estimating@fabrikam.example"}, "queue-f")
    assert staff_client("tech").get(f"/queue/actions/{other.pk}/").status_code == 404
    assert staff_client("tech").post(f"/queue/actions/{other.pk}/undo/", {"reason": "x"}).status_code == 404

    client = staff_client("tech")
    with committed():
        response = client.post(f"/queue/actions/{action.pk}/undo/", {"reason": "asked by mistake"})
    assert response.status_code == 302
    undo = Action.objects.get(idempotency_key=f"undo:{action.pk}")
    assert undo.kind == "remove_from_group"
    shown = client.get(f"/queue/actions/{action.pk}/").content.decode()
    assert 'data-testid="undo-status"' in shown and 'data-testid="undo-button"' not in shown

    reset = done_action("northwind", "reset_password", "nancy.davolio@northwind.example", {}, "queue-reset")
    why = client.get(f"/queue/actions/{reset.pk}/").content.decode()
    assert "cannot be undone" in why and 'data-testid="undo-button"' not in why


@pytest.mark.django_db
def test_the_admin_action_undoes_through_the_same_service(world, sandbox):
    action = done_action("contoso", "add_to_group", ADELE, {"group": "Finance-Readers"}, "admin")
    lead = staff_client("lead")
    with committed():
        response = lead.post("/admin/playbooks/action/", {"action": "undo_selected", "_selected_action": [action.pk]})
    assert response.status_code == 302, response.content.decode()[:500]
    undo = Action.objects.get(idempotency_key=f"undo:{action.pk}")
    assert undo.kind == "remove_from_group"
    assert undo.ticket.events.filter(kind="action.undo_requested").exists()
    auditor = staff_client("auditor")
    other = done_action("contoso", "add_to_group", ALEX, {"group": "Finance-Readers"}, "admin-aud")
    with committed():
        auditor.post("/admin/playbooks/action/", {"action": "undo_selected", "_selected_action": [other.pk]})
    assert not Action.objects.filter(idempotency_key=f"undo:{other.pk}").exists()

