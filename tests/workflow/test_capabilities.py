"""Issue 12: a plan is checked against the tenant's connector (`supports`) and service account when it is made, and
again at every decision, never after an approval. What the stack cannot run is never planned, approved or counted
as "would run"; the ticket goes to a technician with the reason, and the rest of it still runs."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from approvals.models import ApprovalRequest
from approvals.services import ApprovalRefused, approve_action
from playbooks.models import IntentPlan, Playbook, PlaybookStep
from playbooks.planning import plan_drafts
from rallied.connectors.capabilities import build_matrix
from rallied.kinds import IDENTITY_KINDS, KINDS, RMM_KINDS
from tenants.models import Connection, ServiceAccount, Tenant
from tenants.selectors import capability_gap, why_cannot_run
from tests.approvals.factories import waiting
from tests.trust.helpers import identity_writes, loosest_policies, submit
from tickets.models import Ticket
from workflow.decisions import redecide

pytestmark = pytest.mark.django_db
IDP = {"contoso": "entra", "northwind": "okta", "fabrikam": "google"}
RMM = {"contoso": "ninjaone", "northwind": "datto", "fabrikam": "ninjaone"}
PSA = {"contoso": "connectwise", "northwind": "autotask", "fabrikam": "halopsa"}
IDP_LABEL = {"contoso": "Microsoft Entra ID", "northwind": "Okta", "fabrikam": "Google Workspace"}


def _every_kind_playbook(tenant: Tenant) -> None:
    """A tenant playbook with one step of every action kind, each parameter filled with a plain value."""
    playbook = Playbook.objects.create(tenant=tenant, category="offboarding", name="Every kind")
    for order, (name, kind) in enumerate(KINDS.items(), start=1):
        template = {key: "{target}" if key == "target" else "x" for key, rule in kind.params.items()
                    if rule.get("required") or key == "target"}
        PlaybookStep.objects.create(playbook=playbook, order=order, kind=name, params_template=template)


@pytest.mark.parametrize("slug", ["contoso", "northwind"])
def test_no_device_step_is_planned_without_an_rmm_or_its_scope(world, slug):
    """The matrix's RMM column and the RMM's service account decide device steps, as for identity kinds: with the
    RMM disconnected, or its account scoped without the step, nothing is planned and the reason names the RMM."""
    tenant = Tenant.objects.get(slug=slug)
    assert why_cannot_run(tenant, "tag_device") == "" and why_cannot_run(tenant, "unassign_device") == ""
    account = ServiceAccount.objects.get(tenant=tenant, connection__vendor=RMM[slug])
    account.allowed_kinds = ["tag_device"]
    account.save()
    gap = capability_gap(tenant, "unassign_device")
    assert gap is not None and gap.code == "out_of_scope" and "service account" in gap.reason
    Connection.objects.filter(tenant=tenant, vendor=RMM[slug]).update(disabled=True)
    gap = capability_gap(tenant, "tag_device")
    assert gap is not None and gap.code == "unsupported" and gap.reason == (
        "The tenant has no RMM connected, so Rallied cannot do 'Tag device in the RMM'.")


def _service_account(slug: str) -> ServiceAccount:
    return ServiceAccount.objects.get(tenant__slug=slug, connection__vendor__in=Connection.IDP_VENDORS)


@pytest.mark.parametrize("slug", ["contoso", "northwind", "fabrikam"])
def test_the_planner_and_the_connector_matrix_agree_on_every_kind(world, slug):
    """Walks every kind x vendor: a step is planned exactly when `connectors --matrix` prints "yes" for it."""
    tenant = Tenant.objects.get(slug=slug)
    built = build_matrix(list(KINDS))
    matrix = built["action_kinds"]
    can = {kind for kind in IDENTITY_KINDS if matrix[kind][IDP[slug]].supported}
    # A device step is the tenant's RMM's (the matrix's device-steps table): each demo tenant has one that can.
    can |= {kind for kind in RMM_KINDS if built["device_steps"][kind][RMM[slug]].supported}
    assert can != set(KINDS) if slug != "contoso" else can == set(KINDS)  # Okta and Google each lack some kinds
    for kind in KINDS:
        assert (why_cannot_run(tenant, kind) == "") == (kind in can), kind

    _every_kind_playbook(tenant)
    requester = f"someone@{tenant.domains[0]}"
    ticket = Ticket(tenant=tenant, subject="Leaver", body="", category="offboarding", requester_email=requester,
                    entities={"target_user": requester})
    (draft,) = plan_drafts(ticket, read_licences=False)  # the catalogue's own check is not this one
    assert {a.kind for a in draft.actions} == can
    # The offboarding also names the steps of its standard sequence that no kind carries (playbooks/offboarding.py).
    assert {g.kind for g in draft.gaps if g.kind in KINDS} == set(KINDS) - can
    assert all(g.code == "unsupported" and IDP_LABEL[slug] in g.reason for g in draft.gaps)


def test_a_kind_outside_the_service_account_is_out_of_scope(world):
    tenant = Tenant.objects.get(slug="contoso")
    assert why_cannot_run(tenant, "unlock_account") == ""
    account = _service_account("contoso")
    account.allowed_kinds = [k for k in account.allowed_kinds if k != "unlock_account"]
    account.save()
    gap = capability_gap(tenant, "unlock_account")
    assert gap is not None and gap.code == "out_of_scope"
    assert gap.reason == "Rallied's service account on Microsoft Entra ID / 365 is not allowed to do 'Unlock account'."
    assert why_cannot_run(tenant, "reset_password") == ""  # the others are untouched


# (slug, requester, subject, body): each asks for something the tenant's identity provider cannot do.
CANNOT = [
    ("northwind", "nancy.davolio@northwind.example", "Licence request",
     "Please assign a Visio licence to janet.leverling@northwind.example"),
    ("northwind", "nancy.davolio@northwind.example", "Shared mailbox access",
     "Please give janet.leverling@northwind.example full access to the billing@northwind.example shared mailbox."),
    ("fabrikam", "priya.shah@fabrikam.example", "Account locked",
     "My account is locked out, can you unlock it please?"),
]


@pytest.mark.parametrize(("slug", "requester", "subject", "body"), CANNOT, ids=["okta-licence", "okta-mailbox",
                                                                                "google-unlock"])
def test_what_the_identity_provider_cannot_do_is_handed_over_when_planned(replies_world, sandbox, slug, requester,
                                                                          subject, body):
    Tenant.objects.filter(slug=slug).update(mode="live")
    loosest_policies(slug)  # had it been planned, it would have been approved and tried
    before = len(sandbox.sandbox.requests())
    ticket = submit(slug, requester, subject, body)

    assert ticket.status == "escalated"
    assert "its connector does not support it" in ticket.escalation_reason, ticket.escalation_reason
    assert not ticket.actions.exists() and not ApprovalRequest.objects.filter(action__ticket=ticket).exists()
    (plan,) = IntentPlan.objects.filter(ticket=ticket)
    assert plan.status == "unsupported" and plan.handed_over
    assert identity_writes(sandbox, since=before) == []
    notes = [w["body"] for w in sandbox.sandbox.writes(PSA[slug]) if "its connector does not support it" in w["body"]]
    assert notes, "the technician's note says why"


def test_the_same_request_runs_where_the_identity_provider_can_do_it(replies_world, sandbox):
    """The other side: Entra unlocks, so the same ticket is planned and resolved there."""
    ticket = submit("contoso", "adele.vance@contoso.example", "Account locked",
                    "My account is locked out, can you unlock it please?")
    assert ticket.status == "resolved", ticket.escalation_reason
    assert [a.kind for a in ticket.actions.all()] == ["unlock_account"]
    assert IntentPlan.objects.get(ticket=ticket).status == "planned"


def test_redecide_refuses_an_action_the_stack_cannot_run(world, sandbox):
    licence = waiting("northwind", requester="nancy.davolio@northwind.example", kind="assign_license",
                      params={"target": "janet.leverling@northwind.example", "license": "Visio"})
    decision = redecide(ticket=licence.ticket, actions=[licence], actor="system:test")[licence.pk]
    assert decision.mode == "forbidden" and "cannot" in decision.reasons[0]

    group = waiting("northwind", requester="nancy.davolio@northwind.example", kind="add_to_group",
                    params={"target": "janet.leverling@northwind.example", "group": "Paralegals"})
    decision = redecide(ticket=group.ticket, actions=[group], actor="system:test")[group.pk]
    assert decision.mode != "forbidden" and not any("cannot do" in r for r in decision.reasons)


def test_an_edit_cannot_bring_in_what_the_service_account_may_not_do(world, sandbox):
    action = waiting()  # add_to_group on Contoso, waiting for a technician
    account = _service_account("contoso")
    account.allowed_kinds = [k for k in account.allowed_kinds if k != "add_to_group"]
    account.save()
    tech = get_user_model().objects.get(username="tech")
    with pytest.raises(ApprovalRefused, match="not allowed to do 'Add to group'"):
        approve_action(actor=tech, action_id=action.pk, params={"group": "Billing Team"})
    action.refresh_from_db()
    assert action.params["group"] == "Finance-Readers" and action.version == 1 and action.status == "awaiting_approval"
