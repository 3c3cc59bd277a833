"""The pure policy engine, table-driven: each rule of approvals/policy.decide in order, and the reasons a person reads."""

from __future__ import annotations

from dataclasses import replace

import pytest

from approvals.policy import PolicyContext, PolicySnapshot, decide

AUTO = PolicySnapshot(mode="autonomous", source="tenant")
# The loosest policy a service lead could write: autonomous, no conditions, generous limits.
LOOSEST = PolicySnapshot(mode="autonomous", source="tenant", conditions={
    "business_hours_only": False, "min_confidence": 0, "requester_relation": "any",
    "daily_limit_target": 10_000, "daily_limit_tenant": 10_000, "daily_limit_requester": 10_000,
})
# A verified requester asking for themself, proof in hand, inside the tenant's domains and hours.
GOOD = PolicyContext(
    requester_found=True, requester_in_domains=True, requester_relation="self", target_found=True,
    target_in_domains=True, verification="proved", verification_method="Duo push", triage_confidence=0.95,
    policy=AUTO,
)
T = "adele.vance@contoso.example"


def ctx(**changes) -> PolicyContext:
    return replace(GOOD, **changes)


def test_a_proved_self_service_reset_under_an_autonomous_policy_runs_on_its_own():
    decision = decide("reset_password", T, GOOD)
    assert decision.mode == "autonomous"
    assert decision.reasons == ("Allowed to run on its own by the tenant policy.",)


CASES = [
    # (id, kind, context changes, expected mode, a phrase the reasons must contain)
    ("channel", "unlock_account", {"channel_bound": False}, "forbidden", "authenticated channel"),
    ("requester-outside", "unlock_account", {"requester_in_domains": False}, "forbidden", "outside the tenant"),
    ("requester-lookalike", "unlock_account", {"requester_in_domains": False, "requester_lookalike": "contoso.example"},
     "forbidden", "imitates the verified domain contoso.example"),
    ("requester-unknown", "unlock_account", {"requester_found": False}, "forbidden", "directory"),
    ("requester-disabled", "unlock_account", {"requester_enabled": False}, "forbidden", "disabled"),
    ("target-outside", "unlock_account", {"target_in_domains": False}, "forbidden", "outside the tenant"),
    ("target-lookalike", "unlock_account", {"target_in_domains": False, "target_lookalike": "contoso.example"},
     "forbidden", "look-alike"),
    ("target-unknown", "unlock_account", {"target_found": False}, "forbidden", "not a user"),
    ("target-disabled", "unlock_account", {"target_enabled": False}, "forbidden", "disabled"),
    ("admin-reset", "reset_password", {"target_admin_roles": ("Global Administrator",)}, "forbidden", "admin"),
    ("admin-mfa", "reset_mfa", {"target_admin_roles": ("SUPER_ADMIN",)}, "forbidden", "every MFA method"),
    ("admin-unlock", "unlock_account", {"target_admin_roles": ("Global Administrator",)}, "approval",
     "holds the directory admin role"),
    ("protected-reset", "reset_password", {"target_protected": "break-glass account"}, "forbidden", "protected"),
    ("protected-unlock", "unlock_account", {"target_protected": "break-glass account"}, "approval",
     "is a protected identity"),
    ("vip", "reset_password", {"target_vip": True}, "approval", "VIP"),
    ("admin-group-add", "add_to_group", {"group_privileged": "the role-assignable group Privileged Admins",
                                         "requester_relation": "manager"}, "forbidden", "never adds anyone"),
    ("admin-group-remove", "remove_from_group", {"group_privileged": "the admin group Domain Admins",
                                                 "requester_relation": "manager"}, "approval", "protected identity"),
    ("protected-group-add", "add_to_group", {"group_protected": "Executives: protected group",
                                             "requester_relation": "manager"}, "approval", "protected identity"),
    ("self-service-for-other", "reset_password", {"requester_relation": "none"}, "approval", "other than"),
    ("manager-asks-self-service", "unlock_account", {"requester_relation": "manager"}, "approval", "other than"),
    ("no-relation", "add_to_group", {"requester_relation": "none"}, "approval", "neither the target's manager"),
    ("own-access", "add_to_group", {"requester_relation": "self"}, "approval", "their own access"),
    ("push-denied", "reset_password", {"verification": "denied"}, "forbidden", "denied the Duo push"),
    ("manager-declined", "reset_mfa", {"verification": "declined", "verification_method": "manager link"},
     "forbidden", "declined"),
    ("push-timeout", "reset_password", {"verification": "timeout"}, "approval", "not answered in time"),
    ("manager-pending", "reset_mfa", {"verification": "pending", "verification_method": "the manager's link"},
     "approval", "Waiting for out-of-band proof"),
    ("no-proof", "reset_password", {"verification": "unavailable", "verification_method": ""}, "approval",
     "without out-of-band proof"),
    ("risk-signal", "unlock_account", {"risk_signals": ("urgency or secrecy pressure in the request",)},
     "approval", "Risk signal: urgency"),
    ("first-ever-unproved", "add_to_group", {"requester_relation": "manager", "first_of_kind": True}, "approval",
     "the first add_to_group"),
    ("paused", "unlock_account", {"tenant_paused": True, "paused_reason": "6 sensitive actions in 10 minutes"},
     "approval", "kill switch): 6 sensitive actions"),
    ("rate-limit", "unlock_account", {"rate_limits_hit": ("3 unlock_account actions for x in 24 hours",)},
     "approval", "Rate limit reached"),
    ("policy-approval", "unlock_account", {"policy": PolicySnapshot(mode="approval", source="MSP default")},
     "approval", "MSP default policy requires approval"),
    ("policy-forbidden", "unlock_account", {"policy": PolicySnapshot(mode="forbidden", source="tenant")},
     "forbidden", "Forbidden by the tenant policy"),
    ("after-hours", "unlock_account", {"within_business_hours": False,
                                       "policy": replace(AUTO, conditions={"business_hours_only": True})},
     "approval", "business hours"),
    ("low-confidence", "unlock_account", {"triage_confidence": 0.5,
                                          "policy": replace(AUTO, conditions={"min_confidence": 0.8})},
     "approval", "below the policy's minimum 0.80"),
    ("policy-self-only", "add_to_group", {"requester_relation": "authorized",
                                          "policy": replace(AUTO, conditions={"requester_relation": "self"})},
     "approval", "only when requesters ask for themselves"),
    ("policy-manager-only", "add_to_group", {"requester_relation": "authorized",
                                             "policy": replace(AUTO, conditions={"requester_relation": "manager"})},
     "approval", "owner or their manager"),
]


@pytest.mark.parametrize(("kind", "changes", "mode", "phrase"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_rule_decides_and_names_its_reason(kind, changes, mode, phrase):
    decision = decide(kind, T, ctx(**changes))
    assert decision.mode == mode, decision.reasons
    assert any(phrase in r for r in decision.reasons), decision.reasons


def test_the_first_forbidding_rule_wins_in_design_order():
    # Outside the domains, an admin, a denied push and a forbidden policy: rule 2 speaks first, alone.
    decision = decide("reset_password", T, ctx(requester_in_domains=False, target_admin_roles=("GA",),
                                               verification="denied", policy=PolicySnapshot(mode="forbidden")))
    assert decision.mode == "forbidden"
    assert decision.reasons == ("The requester's address is outside the tenant's verified domains.",)


def test_every_reason_for_a_human_is_kept_not_only_the_first():
    decision = decide("unlock_account", T, ctx(target_vip=True, risk_signals=("a", "b"), tenant_paused=True))
    assert decision.mode == "approval"
    assert len(decision.reasons) == 4


def test_first_ever_does_not_hold_back_a_proved_self_service_request_nor_a_low_risk_kind():
    assert decide("reset_password", T, ctx(first_of_kind=True)).mode == "autonomous"
    assert decide("unlock_account", T, ctx(first_of_kind=True, verification="not_needed")).mode == "autonomous"
    # ...but the same first reset asked for by someone else, unproved, carries the signal.
    other = decide("reset_password", T, ctx(first_of_kind=True, requester_relation="authorized",
                                            verification="unavailable"))
    assert any("the first reset_password" in r for r in other.reasons)


def test_plan_mode_labels_the_decision_would_be_and_changes_nothing_else():
    live = decide("reset_password", T, GOOD)
    planned = decide("reset_password", T, ctx(tenant_mode="plan"))
    assert planned.mode == live.mode and planned.reasons == live.reasons
    assert planned.plan_mode and planned.label == "would be autonomous"


def test_two_approvers_when_the_policy_asks_and_never_more_than_two():
    two = decide("unlock_account", T, ctx(target_vip=True, policy=replace(AUTO, approvals_required=2)))
    many = decide("unlock_account", T, ctx(target_vip=True, policy=replace(AUTO, approvals_required=9)))
    assert two.approvals_required == 2 and many.approvals_required == 2


FLOOR = [
    ("admin credential", "reset_password", {"target_admin_roles": ("Global Administrator",)}, {"forbidden"}),
    ("admin MFA methods", "reset_mfa", {"target_admin_roles": ("Global Administrator",)}, {"forbidden"}),
    ("admin other change", "revoke_sessions", {"target_admin_roles": ("SUPER_ADMIN",)}, {"approval"}),
    ("protected credential", "reset_password", {"target_protected": "break-glass account"}, {"forbidden"}),
    ("protected other change", "unlock_account", {"target_protected": "break-glass account"}, {"approval"}),
    ("VIP", "unlock_account", {"target_vip": True}, {"approval"}),
    ("admin group", "add_to_group", {"group_privileged": "the role-assignable group X"}, {"forbidden"}),
]


@pytest.mark.parametrize(("kind", "changes", "allowed"), [f[1:] for f in FLOOR], ids=[f[0] for f in FLOOR])
def test_no_policy_loosens_the_safety_floor(kind, changes, allowed):
    """The loosest tenant policy, a proved self-request at full confidence: the floor still holds."""
    relation = "self" if kind in ("reset_password", "reset_mfa", "unlock_account") else "authorized"
    decision = decide(kind, T, ctx(policy=LOOSEST, requester_relation=relation, **changes))
    assert decision.mode in allowed, decision.reasons
    assert decision.mode != "autonomous"
