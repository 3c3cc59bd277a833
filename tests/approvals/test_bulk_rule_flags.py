"""Bulk approval reads the decision's structured flags (kept on the Action), not the wording of its reasons:
rewording a reason never turns a floor case (admin, protected, VIP) or a risk signal into a routine one."""

from __future__ import annotations

import pytest

from approvals.policy import FLAG_RISK_SIGNAL, FLAG_VIP, PolicyContext, PolicySnapshot, bulk_refusal, decide
from playbooks.models import Action
from tests.approvals.factories import waiting, web
from tests.helpers import committed, post_ticket, ticket_payload

LYNNE = "lynne.robbins@contoso.example"  # a VIP in the demo directory
REWORDED = ["Lynne asked nicely; the service desk should have a quick look."]


def test_the_engine_flags_floor_cases_and_risk_signals_whatever_it_says():
    ctx = PolicyContext(requester_found=True, requester_in_domains=True, target_found=True, target_in_domains=True,
                        requester_relation="self", target_vip=True, risk_signals=("urgency pressure",),
                        policy=PolicySnapshot(mode="autonomous"))
    decision = decide("unlock_account", LYNNE, ctx)
    assert decision.mode == "approval" and set(decision.flags) == {FLAG_VIP, FLAG_RISK_SIGNAL}
    plain = decide("unlock_account", LYNNE, PolicyContext(
        requester_found=True, requester_in_domains=True, target_found=True, target_in_domains=True,
        requester_relation="self", policy=PolicySnapshot(mode="autonomous")))
    assert plain.mode == "autonomous" and plain.flags == ()


@pytest.mark.parametrize(("flags", "refused"), [
    (["vip"], "touches an admin, protected or VIP identity"),
    (["admin_target"], "touches an admin, protected or VIP identity"),
    (["protected"], "touches an admin, protected or VIP identity"),
    (["risk_signal"], "carries risk signals"),
    ([], ""),
])
def test_a_reworded_reason_keeps_the_flagged_refusal(flags, refused):
    refusal = bulk_refusal(kind="unlock_account", reasons=REWORDED, risk_signals=[], approvals_required=1,
                           flags=flags)
    assert (refused in refusal) if refused else refusal == ""


@pytest.mark.django_db
def test_a_vip_unlock_from_the_pipeline_is_refused_in_bulk_even_after_its_reasons_are_reworded(
        world, sandbox, contoso_api):
    with committed():
        response = post_ticket(contoso_api, ticket_payload(
            "bulk-vip-1", LYNNE, name="Lynne Robbins", subject="Locked out of my account",
            body="Hi, my account is locked out after too many attempts. Please unlock it. Lynne"))
    assert response.status_code == 201, response.content
    action = Action.objects.get(ticket_id=response.json()["id"])
    assert (action.kind, action.status) == ("unlock_account", "awaiting_approval"), action.reasons
    assert FLAG_VIP in action.flags
    Action.objects.filter(pk=action.pk).update(reasons=REWORDED)  # someone rewords the floor's sentence

    routine = waiting(kind="unlock_account", params={"target": "alex.wilber@contoso.example"})
    Action.objects.filter(pk=routine.pk).update(flags=[])  # decided with flags: nothing on the floor
    with committed():
        body = web("tech").post("/queue/bulk-approve/", {
            "item": [f"{a.pk}:{a.version}" for a in (action, routine)], "next": "/queue/"}, follow=True).content.decode()

    assert f"#{action.pk}: Unlock account touches an admin, protected or VIP identity" in body
    assert Action.objects.get(pk=action.pk).status == "awaiting_approval"
    assert Action.objects.get(pk=routine.pk).status == "succeeded"  # the routine one still goes through
