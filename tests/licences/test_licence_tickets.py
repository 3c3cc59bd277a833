"""Licence tickets through the pipeline on the sandbox: the name resolved to the tenant's SKU before anyone approves,
out of seats handed over with the numbers and no approval request, a swap as one assignLicense call, and the
seats read again right before the write. Judged from the sandbox's own state (Graph users and subscribedSkus)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from approvals.models import ApprovalRequest
from playbooks.models import Action
from tenants.models import Tenant
from tests.targets.helpers import approve_as_technician, idp
from tests.trust.helpers import identity_writes, submit
from tests.workflow.reply_helpers import psa_replies

ADELE, ALEX, DIEGO = "adele.vance@contoso.example", "alex.wilber@contoso.example", "diego.siciliani@contoso.example"
MEGAN, SARAH = "megan.bowen@contoso.example", "sarah.lee@contoso.example"
NANCY = "nancy.davolio@northwind.example"


def graph(sandbox: Any) -> dict[str, Any]:
    return sandbox.sandbox.state()["graph"]["contoso"]


def held(sandbox: Any, upn: str) -> set[str]:
    state = graph(sandbox)
    by_id = {s["skuId"]: part for part, s in state["skus"].items()}
    return {by_id[a["skuId"]] for a in state["users"][upn]["assignedLicenses"]}


def assign_licence_calls(sandbox: Any, since: int = 0) -> list[dict[str, Any]]:
    return [w for w in identity_writes(sandbox, since) if w["path"].endswith("/assignLicense")]


def give(sandbox: Any, upn: str, part: str) -> None:
    """Set up the directory as the tenant's admin would have: `upn` holds `part`."""
    entra = idp(sandbox, "contoso")
    entra.allowed_kinds = frozenset({"assign_license"})
    entra.assign_license(entra.get_user(upn), part)


def live() -> None:
    Tenant.objects.filter(slug="contoso").update(mode="live")


def action_on(slug: str, requester: str, kind: str, target: str, **params: str) -> Action:
    """An action as the planner would propose it for a ticket, decided through the one decision point and moved
    where its decision leads (an approval request when it needs a technician), as the lifecycle does."""
    from approvals.services import open_approval_request
    from playbooks.services import route_decided_action
    from tests.helpers import committed
    from workflow.decisions import redecide

    # A ticket that plans nothing of its own (a printer is a technician's), to hang the action on.
    ticket = submit(slug, requester, "Printer", "The printer on the second floor jams every morning.")
    action = Action.objects.create(ticket=ticket, kind=kind, target=target, params={"target": target, **params},
                                   idempotency_key=f"test:{ticket.pk}:{kind}")
    with committed():
        decision = redecide(ticket=ticket, actions=[action], actor="system:test")[action.pk]
        route_decided_action(action=action, actor="system:test", decision=decision)
        if decision.mode == "approval":
            open_approval_request(action=action, actor="system:test", decision=decision)
    action.refresh_from_db()
    return action


@pytest.mark.django_db
def test_visio_by_its_everyday_name_lands_as_visio_plan_2(world, sandbox):
    live()
    ticket = submit("contoso", MEGAN, "Licence request", f"Please assign a Visio licence to {ADELE}")
    [action] = Action.objects.filter(ticket=ticket)
    assert (action.kind, action.params["license"], action.status) == ("assign_license", "VISIOCLIENT",
                                                                       "awaiting_approval")
    assert "VISIOCLIENT" not in held(sandbox, ADELE)
    approve_as_technician(action)
    assert action.status == "succeeded"
    assert held(sandbox, ADELE) == {"O365_BUSINESS_ESSENTIALS", "VISIOCLIENT"}
    assert graph(sandbox)["skus"]["VISIOCLIENT"]["consumed"] == 2
    [call] = assign_licence_calls(sandbox)
    assert json.loads(call["body"])["addLicenses"][0]["skuId"] == graph(sandbox)["skus"]["VISIOCLIENT"]["skuId"]
    ticket.refresh_from_db()
    assert ticket.status == "resolved"
    # The requester reads the product's name, not the part number the action carried.
    done = [r for r in psa_replies(sandbox, "connectwise", ticket.psa_ticket_id) if "been given the licence" in r]
    assert done and "the licence Visio Plan 2" in done[-1] and "VISIOCLIENT" not in done[-1]


@pytest.mark.django_db
def test_out_of_seats_is_handed_over_with_the_numbers_before_anyone_approves(world, sandbox):
    live()
    give(sandbox, DIEGO, "SPE_E3")
    give(sandbox, SARAH, "SPE_E3")  # 2 of 2 Microsoft 365 E3 seats in use now
    since = max((r["n"] for r in sandbox.sandbox.requests()), default=0) + 1
    ticket = submit("contoso", MEGAN, "Licence request", f"Please assign an E3 licence to {ADELE}")
    ticket.refresh_from_db()
    assert ticket.status == "escalated"
    assert "Microsoft 365 E3: 2 of 2 in use" in ticket.escalation_reason
    assert not ApprovalRequest.objects.filter(action__ticket=ticket).exists()
    assert identity_writes(sandbox, since) == []
    assert "SPE_E3" not in held(sandbox, ADELE)


@pytest.mark.django_db
def test_a_name_the_tenant_does_not_have_lists_its_own_licences(world, sandbox):
    live()
    ticket = submit("contoso", MEGAN, "Licence request", f"Please assign a Power BI Pro licence to {ADELE}")
    ticket.refresh_from_db()
    assert ticket.status == "escalated"
    assert "'Power BI Pro' is not a licence of this tenant" in ticket.escalation_reason
    for name in ("Microsoft 365 Business Premium (SPB)", "Visio Plan 2 (VISIOCLIENT)", "Microsoft 365 E3 (SPE_E3)"):
        assert name in ticket.escalation_reason
    assert not ApprovalRequest.objects.filter(action__ticket=ticket).exists()
    assert assign_licence_calls(sandbox) == []


@pytest.mark.django_db
def test_upgrade_from_e1_to_e3_is_one_swap_call_and_the_user_holds_e3_not_e1(world, sandbox):
    live()
    give(sandbox, ADELE, "STANDARDPACK")
    e1_used = graph(sandbox)["skus"]["STANDARDPACK"]["consumed"]
    since = max(r["n"] for r in sandbox.sandbox.requests()) + 1
    action = action_on("contoso", MEGAN, "swap_license", ADELE, license="E1", new_license="E3")
    assert action.params == {"target": ADELE, "license": "STANDARDPACK", "new_license": "SPE_E3"}
    assert action.status == "awaiting_approval"
    approve_as_technician(action)
    assert action.status == "succeeded"
    [call] = assign_licence_calls(sandbox, since)
    skus = graph(sandbox)["skus"]
    assert json.loads(call["body"]) == {"addLicenses": [{"disabledPlans": [], "skuId": skus["SPE_E3"]["skuId"]}],
                                        "removeLicenses": [skus["STANDARDPACK"]["skuId"]]}
    assert held(sandbox, ADELE) == {"O365_BUSINESS_ESSENTIALS", "SPE_E3"}
    assert (skus["STANDARDPACK"]["consumed"], skus["SPE_E3"]["consumed"]) == (e1_used - 1, 1)
    # What an undo (the opposite swap) gives back is kept with the action.
    assert action.result["before"] == ["O365_BUSINESS_ESSENTIALS", "STANDARDPACK"]
    assert action.result["after"] == ["O365_BUSINESS_ESSENTIALS", "SPE_E3"]


@pytest.mark.django_db
def test_seats_are_read_again_right_before_the_write(world, sandbox):
    """A seat free when the plan was made but taken by the time a technician approves: nothing is written."""
    live()
    action = action_on("contoso", MEGAN, "assign_license", ADELE, license="Microsoft 365 E3")
    assert (action.params["license"], action.status) == ("SPE_E3", "awaiting_approval")
    give(sandbox, DIEGO, "SPE_E3")
    give(sandbox, SARAH, "SPE_E3")
    since = max(r["n"] for r in sandbox.sandbox.requests()) + 1
    approve_as_technician(action)
    assert action.status == "failed" and "2 of 2 in use" in action.error
    assert assign_licence_calls(sandbox, since) == []
    assert "SPE_E3" not in held(sandbox, ADELE)


@pytest.mark.django_db
def test_an_edit_to_a_licence_the_tenant_lacks_is_refused_and_changes_nothing(world, sandbox):
    """A technician's edit goes through the same resolution (redecide): "Visio Plan 1" is not Contoso's."""
    from django.contrib.auth import get_user_model

    from approvals.services import ApprovalRefused, approve_action
    from tests.helpers import committed, second_factor

    live()
    action = action_on("contoso", MEGAN, "assign_license", ADELE, license="Visio")
    tech2 = get_user_model().objects.get(username="tech2")
    with pytest.raises(ApprovalRefused) as refused, committed():
        approve_action(actor=tech2, action_id=action.pk, params={"target": ADELE, "license": "Visio Plan 1"},
                       identity_check="callback", second_factor=second_factor(tech2))
    assert "'Visio Plan 1' is not a licence of this tenant" in str(refused.value)
    action.refresh_from_db()
    assert (action.params["license"], action.status, action.version) == ("VISIOCLIENT", "awaiting_approval", 1)
    assert assign_licence_calls(sandbox) == []


@pytest.mark.django_db
def test_licence_actions_on_okta_are_refused_before_any_approval(world, sandbox):
    Tenant.objects.filter(slug="northwind").update(mode="live")
    since = max((r["n"] for r in sandbox.sandbox.requests()), default=0) + 1
    action = action_on("northwind", NANCY, "assign_license", NANCY, license="E3")
    assert action.decision == "forbidden"
    assert any("The okta connector cannot assign license." in r for r in action.reasons)
    assert not ApprovalRequest.objects.filter(action=action).exists()
    assert identity_writes(sandbox, since) == []


@pytest.mark.django_db
def test_a_swap_from_a_licence_the_user_does_not_hold_is_handed_over_before_approval(world, sandbox):
    """'Upgrade Adele from E1 to E3' while she holds Business Basic: giving her E3 on top is not what was asked."""
    live()
    action = action_on("contoso", MEGAN, "swap_license", ADELE, license="E1", new_license="E3")
    assert action.decision == "forbidden" and action.status == "blocked"
    assert any(f"{ADELE} does not hold Office 365 E1 (STANDARDPACK) to swap for Microsoft 365 E3 (SPE_E3) (they hold: "
               "Microsoft 365 Business Basic (O365_BUSINESS_ESSENTIALS))" in r for r in action.reasons), action.reasons
    assert not ApprovalRequest.objects.filter(action=action).exists()
    assert assign_licence_calls(sandbox) == [] and held(sandbox, ADELE) == {"O365_BUSINESS_ESSENTIALS"}


def test_the_connector_refuses_a_swap_whose_old_licence_is_not_held(sandbox):
    """Even past the plan (a licence removed by an admin meanwhile), nothing is written."""
    from rallied.connectors import ConnectorError

    entra = idp(sandbox, "contoso")
    entra.allowed_kinds = frozenset({"swap_license"})
    with pytest.raises(ConnectorError) as err:
        entra.swap_license(entra.get_user(ADELE), "STANDARDPACK", "SPE_E3")
    assert err.value.code == "license_not_held" and err.value.permanent
    assert sandbox.sandbox.writes("graph") == []


@pytest.mark.django_db
def test_the_queue_card_names_the_product_next_to_the_part_number(world, sandbox):
    from tests.approvals.factories import waiting
    from tests.helpers import staff_client

    waiting("contoso", requester=MEGAN, kind="swap_license", subject="Upgrade Adele to E3",
            params={"target": ADELE, "license": "STANDARDPACK", "new_license": "SPE_E3"})
    page = staff_client("tech2").get("/queue/").content.decode()
    assert "STANDARDPACK (Office 365 E1)" in page and "SPE_E3 (Microsoft 365 E3)" in page
