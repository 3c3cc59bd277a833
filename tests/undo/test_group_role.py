"""A Google group OWNER removed is given back as an OWNER by the undo, checked in the sandbox's Google groups; a role
that manages a group is a privilege, so it is given only by that undo (the floor sees it, a technician confirms),
never by a ticket, a playbook, a technician's edit or an undo-shaped action that asks more than was recorded."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from approvals.policy import decide
from approvals.services import ApprovalRefused, approve_action
from playbooks.models import Action
from tests.helpers import committed, second_factor
from tests.onboarding.test_onboarding import REQUESTER, live
from tests.trust.helpers import set_policy, submit
from tests.trust.test_policy_engine import GOOD
from tests.undo.helpers import approve_as, done_action, idp_state, request_undo, user
from workflow.decisions import redecide

pytestmark = pytest.mark.django_db

PRIYA, STAFF, ESTIMATING = "priya.shah@fabrikam.example", "staff@fabrikam.example", "estimating@fabrikam.example"


def members(sandbox: Any, group: str) -> dict[str, str]:
    """Member -> role, as the sandbox's Google Directory holds the group."""
    return dict(sandbox.sandbox.state()["google"]["groups"][group]["members"])


def make_owner(sandbox: Any, group: str, email: str) -> None:
    sandbox.sandbox.vendor("google").members[group][email] = "OWNER"


def test_undoing_the_removal_of_an_owner_gives_the_owner_role_back_with_a_technician(world, sandbox):
    make_owner(sandbox, STAFF, PRIYA)
    before = idp_state(sandbox, "fabrikam")
    action = done_action("fabrikam", "remove_from_group", PRIYA, {"group": STAFF}, "owner-removed")
    assert action.before_state == {"member": True, "role": "OWNER"}
    assert PRIYA not in members(sandbox, STAFF)

    undo = request_undo(action).undo
    assert (undo.kind, undo.params.get("role")) == ("add_to_group", "OWNER")
    assert undo.status == "awaiting_approval"  # the floor: a role that manages the group waits for a technician
    assert any("OWNER role recorded" in r for r in undo.reasons), undo.reasons
    assert PRIYA not in members(sandbox, STAFF)
    for approver in ("tech2", "lead"):
        if undo.status == "awaiting_approval":
            undo = approve_as(undo, approver)

    assert undo.status == "succeeded", (undo.reasons, undo.error)
    assert members(sandbox, STAFF)[PRIYA] == "OWNER"  # not merely a member again
    assert idp_state(sandbox, "fabrikam") == before


def test_a_member_removed_is_given_back_as_a_member_only(world, sandbox):
    action = done_action("fabrikam", "remove_from_group", PRIYA, {"group": STAFF}, "member-removed")
    assert action.before_state == {"member": True, "role": "MEMBER"}
    undo = request_undo(action).undo
    assert "role" not in undo.params


def test_an_undo_shaped_action_asking_more_than_the_recorded_role_is_refused(world, sandbox):
    """An action keyed as the undo of a removal whose recorded role was MEMBER, asking OWNER: forbidden."""
    removal = done_action("fabrikam", "remove_from_group", PRIYA, {"group": STAFF}, "member-then-owner")
    forged = Action.objects.create(ticket=removal.ticket, kind="add_to_group", target=PRIYA,
                                   params={"target": PRIYA, "group": STAFF, "role": "OWNER"},
                                   idempotency_key=f"undo:{removal.pk}", intent=removal.intent)
    with committed():
        decision = redecide(ticket=removal.ticket, actions=[forged], actor=user("lead"), reason="test")[forged.pk]
    assert decision.mode == "forbidden"
    assert "never makes anyone OWNER" in " ".join(decision.reasons)
    assert PRIYA not in members(sandbox, STAFF)


def test_a_technicians_edit_cannot_make_a_requested_add_an_owner(world, sandbox):
    live("fabrikam")
    set_policy("add_to_group", "approval", tenant=None)
    from tenants.models import Tenant

    set_policy("add_to_group", "approval", tenant=Tenant.objects.get(slug="fabrikam"))
    ticket = submit("fabrikam", REQUESTER["fabrikam"], "Group access",
                    f"Please add {PRIYA} to the group {ESTIMATING}.")
    action = ticket.actions.get(kind="add_to_group")
    assert action.status == "awaiting_approval", (action.status, action.reasons)
    edited = {**action.params, "role": "OWNER"}
    with committed(), pytest.raises(ApprovalRefused) as refused:
        approve_action(actor=user("tech2"), action_id=action.pk, params=edited, comment="make her owner",
                       second_factor=second_factor(user("tech2")))
    assert "never makes anyone OWNER" in str(refused.value)
    action.refresh_from_db()
    assert action.params.get("role") is None and action.status == "awaiting_approval"  # the edit rolled back
    assert PRIYA not in members(sandbox, ESTIMATING)


@pytest.mark.parametrize(("role", "restores", "mode", "phrase"), [
    ("OWNER", False, "forbidden", "never makes anyone OWNER"),
    ("MANAGER", False, "forbidden", "never makes anyone MANAGER"),
    ("OWNER", True, "approval", "OWNER role recorded"),
    ("", False, "autonomous", "Allowed to run on its own"),
])
def test_the_floor_on_group_roles(role, restores, mode, phrase):
    decision = decide("add_to_group", PRIYA, replace(GOOD, requester_relation="manager", group_role=role,
                                                     restores_role=restores))
    assert decision.mode == mode and phrase in " ".join(decision.reasons), decision


@pytest.mark.parametrize(("external", "allowed", "mode", "phrase"), [
    ("x@elsewhere.example", False, "forbidden", "exfiltration"),
    ("x@elsewhere.example", True, "approval", "outside the tenant's verified domains"),
    ("", False, "autonomous", "Allowed to run on its own"),
])
def test_the_floor_on_external_forwarding(external, allowed, mode, phrase):
    decision = decide("set_mail_forwarding", "alex.wilber@contoso.example",
                      replace(GOOD, requester_relation="manager", forward_external=external,
                              external_forwarding_allowed=allowed))
    assert decision.mode == mode and phrase in " ".join(decision.reasons), decision


def test_the_reconciler_counts_a_role_given_only_when_google_shows_that_role(world, sandbox):
    """An owner re-add whose answer was lost is settled from Google's own member record: a plain membership is not
    the OWNER role asked, so it is not called done."""
    from playbooks.reconciler import goal_reached
    from tenants.models import Tenant
    from tenants.selectors import connector_for, identity_connection

    connector = connector_for(identity_connection(Tenant.objects.get(slug="fabrikam")))
    priya = connector.get_user(PRIYA)
    readd = Action(kind="add_to_group", target=PRIYA, params={"target": PRIYA, "group": STAFF, "role": "OWNER"})
    assert members(sandbox, STAFF)[PRIYA] == "MEMBER"
    assert goal_reached(connector, priya, readd) is False
    make_owner(sandbox, STAFF, PRIYA)
    assert goal_reached(connector, priya, readd) is True
