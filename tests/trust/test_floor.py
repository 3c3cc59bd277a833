"""The safety floor (approvals/policy.py, rule 3): for every rule, the tenant policy and the MSP default are set to autonomous
with the loosest conditions, and the decision is still not autonomous, through the real API and connectors."""

from __future__ import annotations

import copy
import itertools

import pytest
from django.contrib.auth import get_user_model

from approvals.services import ApprovalRefused, approve_action
from playbooks.models import Action
from tenants import access
from tenants.models import ProtectedIdentity, Tenant
from tests.helpers import committed, post_ticket, token_client
from tests.trust.helpers import identity_writes, loosest_policies
from tickets.models import Ticket

pytestmark = pytest.mark.django_db
RESET = ("Password reset please", "Hi, I forgot my password, can you reset it please?")
UNLOCK = ("Account locked", "My account is locked out, can you unlock it please?")
MFA = ("MFA reset please", "My authenticator app shows wrong codes, please reset my MFA.")
ADMINS = {"contoso": "it.admin@contoso.example", "northwind": "okta.admin@northwind.example",
          "fabrikam": "ops-admin@fabrikam.example"}


@pytest.fixture
def loose(trust_world, tenant_key):
    """The tenant's policies and the MSP defaults at their loosest; every tenant live; an API client per tenant."""
    Tenant.objects.update(mode="live")
    for slug in ("contoso", "northwind", "fabrikam"):
        loosest_policies(slug)
    return {slug: token_client(tenant_key(slug)) for slug in ("contoso", "northwind", "fabrikam")}


NUMBERS = itertools.count(1)


def ask(loose, slug: str, requester: str, subject: str, body: str) -> Ticket:
    with committed():
        response = post_ticket(loose[slug], {"external_id": f"floor-{next(NUMBERS)}", "subject": subject,
                                             "body": body, "requester_email": requester, "requester_name": ""})
    assert response.status_code == 201, response.content
    return Ticket.objects.get(pk=response.json()["id"])


def only_action(ticket: Ticket) -> Action:
    actions = list(ticket.actions.all())
    assert len(actions) == 1, [(a.kind, a.target) for a in actions]
    return actions[0]


def test_a_protected_identity_is_never_autonomous_and_its_credentials_are_never_changed(loose, sandbox):
    tenant = Tenant.objects.get(slug="contoso")
    ProtectedIdentity.objects.create(tenant=tenant, identity="sarah.lee@contoso.example", reason="board member")
    unlock = only_action(ask(loose, "contoso", "sarah.lee@contoso.example", *UNLOCK))
    reset = only_action(ask(loose, "contoso", "sarah.lee@contoso.example", *RESET))
    breakglass = only_action(ask(loose, "contoso", "megan.bowen@contoso.example",
                                 "Password reset for breakglass@contoso.example",
                                 "Please reset the password for breakglass@contoso.example"))
    assert unlock.decision == "approval" and any("is a protected identity (board member)" in r for r in unlock.reasons)
    assert reset.decision == "forbidden" and "protected identity" in reset.reasons[0]
    assert breakglass.decision == "forbidden"
    assert identity_writes(sandbox) == []


def test_the_protected_executive_mailbox_is_never_granted_on_its_own(loose, sandbox):
    grant = only_action(ask(loose, "contoso", "megan.bowen@contoso.example", "Mailbox access",
                            "Please grant adele.vance@contoso.example full access to the mailbox "
                            "lynne.robbins@contoso.example."))
    assert grant.kind == "grant_mailbox_access" and grant.decision == "approval"
    assert any("executive mailbox" in r for r in grant.reasons)
    assert identity_writes(sandbox) == []


@pytest.mark.parametrize("slug", ["contoso", "northwind", "fabrikam"])
def test_a_directory_admin_is_detected_live_and_never_autonomous(loose, sandbox, slug):
    admin = ADMINS[slug]
    assert not ProtectedIdentity.objects.filter(identity=admin).exists()  # only the directory says so
    unlocking = ask(loose, slug, admin, *UNLOCK)
    reset = only_action(ask(loose, slug, admin, *RESET))
    if slug == "fabrikam":  # Google Workspace cannot unlock: never planned, so there is nothing to decide
        assert not unlocking.actions.exists() and "on Google Workspace" in unlocking.escalation_reason
    else:
        unlock = only_action(unlocking)
        assert unlock.decision == "approval" and any("holds the directory admin role" in r for r in unlock.reasons)
    assert reset.decision == "forbidden" and "holds the directory admin role" in reset.reasons[0]
    assert identity_writes(sandbox) == []


@pytest.mark.parametrize(("slug", "methods"), [
    ("contoso", lambda s: s["graph"]["contoso"]["users"]["it.admin@contoso.example"]),
    ("northwind", lambda s: s["okta"]["northwind"]["users"]["okta.admin@northwind.example"]["factors"]),
])
def test_an_admin_never_loses_their_mfa_methods(loose, sandbox, slug, methods):
    before = copy.deepcopy(methods(sandbox.sandbox.state()))
    action = only_action(ask(loose, slug, ADMINS[slug], *MFA))
    assert action.kind == "reset_mfa" and action.decision == "forbidden"
    assert "every MFA method of an admin" in action.reasons[0]
    assert methods(sandbox.sandbox.state()) == before
    assert identity_writes(sandbox) == []


@pytest.mark.parametrize("group", ["Privileged Admins", "Domain Admins"])
def test_nobody_is_added_to_an_admin_or_role_assignable_group(loose, sandbox, group):
    # Privileged Admins is role-assignable (on the protected list); Domain Admins is known only by its name.
    action = only_action(ask(loose, "contoso", "megan.bowen@contoso.example", "Add to group",
                             f"Please add adele.vance@contoso.example to the {group} group."))
    assert action.kind == "add_to_group" and action.decision == "forbidden"
    assert "never adds anyone to" in action.reasons[0]
    assert identity_writes(sandbox) == []


def test_a_protected_group_that_is_not_an_admin_group_still_needs_a_person(loose, sandbox):
    action = only_action(ask(loose, "northwind", "andrew.fuller@northwind.example", "Add to group",
                             "Please add janet.leverling@northwind.example to the Partners group."))
    assert action.decision == "approval" and any("protected identity" in r for r in action.reasons)
    assert identity_writes(sandbox) == []


@pytest.fixture
def staff(loose):
    """A normal technician, and two technicians who are also people in the ticket (requester, target)."""
    users = get_user_model().objects
    tenant = Tenant.objects.get(slug="contoso")
    made = {"tech": users.get(username="tech")}
    for name, email in (("tech-requester", "megan.bowen@contoso.example"),
                        ("tech-target", "lynne.robbins@contoso.example")):
        made[name] = users.create_user(name, email=email, password="x")
        access.grant_role(made[name], tenant, "technician")
    return made


def test_neither_the_requester_nor_the_target_nor_the_model_approves(loose, sandbox, staff):
    # A VIP target keeps it waiting whatever the policy says; the requester is not her manager.
    ticket = ask(loose, "contoso", "megan.bowen@contoso.example", "Unlock account for lynne.robbins@contoso.example",
                 "Please unlock the account of lynne.robbins@contoso.example, she is locked out.")
    action = only_action(ticket)
    assert action.status == "awaiting_approval"
    for who, why in ((staff["tech-requester"], "requester or the target"), (staff["tech-target"], "requester or"),
                     ("ai:triage", "signed-in technician"), (None, "signed-in technician")):
        with committed(), pytest.raises(ApprovalRefused, match=why):
            approve_action(actor=who, action_id=action.pk)
    with committed():
        refused = loose["contoso"].post(f"/api/v1/actions/{action.pk}/approve", {}, format="json")
    assert refused.status_code in (403, 404)  # an integration token is not a person
    assert identity_writes(sandbox) == []
    with committed():
        approve_action(actor=staff["tech"], action_id=action.pk)
    action.refresh_from_db()
    assert action.status == "succeeded"
