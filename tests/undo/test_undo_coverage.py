"""Undo on every identity provider, from the side the provider cannot do: the undo button and the API refuse with
a reason a technician can act on, nothing is created or written, and the vendor's state is untouched. The side it
can do is tests/undo/test_undo_restores.py (every reversible kind on every IdP that supports it, from the sandbox's
state) and tests/rmm/test_device_steps.py (the RMM's device steps on NinjaOne and Datto)."""

from __future__ import annotations

from typing import Any

import pytest

from playbooks.models import Action
from tenants.models import Tenant
from tenants.services import create_api_token
from tests.helpers import committed, staff_client, token_client
from tests.undo.helpers import REQUESTER, done_action, idp_state, user
from tickets.models import Ticket
from tickets.services import ingest_ticket

pytestmark = pytest.mark.django_db

LAURA, PRIYA = "laura.callahan@northwind.example", "priya.shah@fabrikam.example"
LYNNE, MEGAN = "lynne.robbins@contoso.example", "megan.bowen@contoso.example"
IDP_NAME = {"northwind": "Okta", "fabrikam": "Google Workspace"}

# (tenant, kind that ran, target, params, its before-state): each reversible kind whose undo the tenant's identity
# provider cannot do. Such an action ran under an earlier connection (a client moved from Entra to Okta or Google
# keeps its history), so its row is made here as the executor left it.
UNSUPPORTED: dict[str, tuple[str, str, str, dict[str, Any], dict[str, Any]]] = {
    "okta-convert-mailbox": ("northwind", "convert_mailbox", LAURA, {"mailbox_type": "Shared"},
                             {"mailbox_type": "Regular"}),
    "okta-hide": ("northwind", "hide_from_address_list", LAURA, {}, {"hidden": False}),
    "okta-assign-licence": ("northwind", "assign_license", LAURA, {"license": "SPE_E3"}, {"held": False}),
    "okta-remove-licence": ("northwind", "remove_license", LAURA, {"license": "SPE_E3"}, {"held": True}),
    "okta-swap-licence": ("northwind", "swap_license", LAURA, {"license": "SPB", "new_license": "SPE_E3"},
                          {"licences": ["SPB"], "after": ["SPE_E3"]}),
    "okta-grant-mailbox": ("northwind", "grant_mailbox_access", LAURA,
                           {"mailbox": "frontdesk@northwind.example", "rights": "SendAs"},
                           {"rights": [], "after": ["SendAs"]}),
    "okta-revoke-mailbox": ("northwind", "revoke_mailbox_access", LAURA,
                            {"mailbox": "frontdesk@northwind.example", "rights": "SendAs"},
                            {"rights": ["SendAs"], "after": []}),
    "google-convert-mailbox": ("fabrikam", "convert_mailbox", PRIYA, {"mailbox_type": "Shared"},
                               {"mailbox_type": "Regular"}),
    "google-assign-licence": ("fabrikam", "assign_license", PRIYA, {"license": "SPE_E3"}, {"held": False}),
    "google-remove-licence": ("fabrikam", "remove_license", PRIYA, {"license": "SPE_E3"}, {"held": True}),
    "google-swap-licence": ("fabrikam", "swap_license", PRIYA, {"license": "SPB", "new_license": "SPE_E3"},
                            {"licences": ["SPB"], "after": ["SPE_E3"]}),
    "google-grant-mailbox": ("fabrikam", "grant_mailbox_access", PRIYA,
                             {"mailbox": "office@fabrikam.example", "rights": "FullAccess"},
                             {"rights": [], "after": ["FullAccess"]}),
    "google-revoke-mailbox": ("fabrikam", "revoke_mailbox_access", PRIYA,
                              {"mailbox": "office@fabrikam.example", "rights": "FullAccess"},
                              {"rights": ["FullAccess"], "after": []}),
    "okta-forwarding": ("northwind", "set_mail_forwarding", LAURA, {"forward_to": "steven.buchanan@northwind.example"},
                        {"forwarding": None, "kept_copy": False}),
    "google-forwarding": ("fabrikam", "set_mail_forwarding", PRIYA, {"forward_to": "kim.abercrombie@fabrikam.example"},
                          {"forwarding": None, "kept_copy": False}),
}


def ran_before(slug: str, kind: str, target: str, params: dict[str, Any], before: dict[str, Any], key: str) -> Action:
    tenant = Tenant.objects.get(slug=slug)
    Tenant.objects.filter(pk=tenant.pk).update(mode=Tenant.Mode.LIVE)
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id=f"undo-cov-{key}",
                              subject="Access change", body="See the action.", enqueue=False,
                              requester_email=REQUESTER[slug])
    Ticket.objects.filter(pk=ticket.pk).update(status="resolved")
    return Action.objects.create(ticket=ticket, kind=kind, target=target, params={"target": target, **params},
                                 decision="approval", status="succeeded", before_state=before,
                                 idempotency_key=f"test:undo-cov:{key}")


def _api(action: Action, username: str = "tech2") -> Any:
    _, key = create_api_token(actor="system:test", name=f"{username}-undo", user=user(username))
    with committed():
        return token_client(key).post(f"/api/v1/actions/{action.pk}/undo/", {"reason": "asked by mistake"},
                                      format="json")


@pytest.mark.parametrize("name", sorted(UNSUPPORTED))
def test_the_api_refuses_an_undo_the_identity_provider_cannot_do_and_says_why(world, sandbox, name):
    slug, kind, target, params, before = UNSUPPORTED[name]
    action = ran_before(slug, kind, target, params, before, name)
    state, log = idp_state(sandbox, slug), len(sandbox.sandbox.writes())
    response = _api(action)
    assert response.status_code == 400, response.content
    detail = response.content.decode()
    assert f"on {IDP_NAME[slug]}" in detail and "by hand" in detail, detail
    assert not Action.objects.filter(idempotency_key__startswith="undo:").exists()  # no undo made, none to approve
    action.refresh_from_db()
    assert action.status == "succeeded"
    assert idp_state(sandbox, slug) == state and len(sandbox.sandbox.writes()) == log


def test_the_undo_button_refuses_it_with_the_same_reason(world, sandbox):
    action = ran_before(*UNSUPPORTED["okta-hide"], "button")
    client = staff_client("tech2")
    page = client.get(f"/queue/actions/{action.pk}/").content.decode()
    assert 'data-testid="undo-button"' not in page and "on Okta" in page  # no button, and why not
    with committed():  # a button pressed on a page loaded before, or a hand-made request: refused the same way
        response = client.post(f"/queue/actions/{action.pk}/undo/", {"reason": "asked by mistake"}, follow=True)
    text = " ".join(str(m) for m in response.context["messages"])
    assert "on Okta" in text and "by hand" in text, text
    assert not Action.objects.filter(idempotency_key__startswith="undo:").exists()


def test_a_new_hires_first_manager_is_not_undone_and_the_api_says_why(world, sandbox):
    action = done_action("contoso", "set_manager", LYNNE, {"manager": MEGAN}, "first-manager")  # Lynne had none
    assert action.before_state == {"manager": None}
    response = _api(action, "tech")
    assert response.status_code == 400 and "had no manager before" in response.content.decode(), response.content
    assert sandbox.sandbox.state()["graph"]["contoso"]["users"][LYNNE]["manager"] == MEGAN  # left as it is
