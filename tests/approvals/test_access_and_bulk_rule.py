"""Who the queue is for (tenants/access.approvable_tenant_ids) and which cards may go through in bulk."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser

from approvals.policy import bulk_refusal
from tenants import access
from tenants.models import Tenant


def ids(*slugs: str) -> set[int]:
    return set(Tenant.objects.filter(slug__in=slugs).values_list("pk", flat=True))


@pytest.mark.django_db
def test_approvable_tenants_follow_the_guardian_permissions(world):
    users = get_user_model().objects
    assert set(access.approvable_tenant_ids(users.get(username="tech"))) == ids("contoso", "northwind")
    assert set(access.approvable_tenant_ids(users.get(username="tech2"))) == ids("contoso", "northwind", "fabrikam")
    assert set(access.approvable_tenant_ids(users.get(username="lead"))) == ids("contoso", "northwind", "fabrikam")
    assert access.approvable_tenant_ids(users.get(username="auditor")) == []  # may view, may not approve
    assert access.approvable_tenant_ids(AnonymousUser()) == []


@pytest.mark.django_db
def test_revoked_or_inactive_technicians_approve_nowhere(world):
    tech = get_user_model().objects.get(username="tech")
    access.revoke_role(tech, Tenant.objects.get(slug="northwind"), "technician")
    assert set(access.approvable_tenant_ids(tech)) == ids("contoso")
    tech.is_active = False
    tech.save()
    assert access.approvable_tenant_ids(tech) == []


POLICY_REASON = ["The MSP default policy requires approval."]


@pytest.mark.parametrize(("kind", "reasons", "signals", "approvers", "allowed"), [
    ("unlock_account", POLICY_REASON, [], 1, True),
    ("revoke_sessions", POLICY_REASON, [], 1, True),
    ("add_to_group", POLICY_REASON, [], 1, False),  # medium risk
    ("reset_password", POLICY_REASON, [], 1, False),  # high risk
    ("unlock_account", POLICY_REASON, [], 2, False),  # two approvers
    ("unlock_account", POLICY_REASON, ["urgency or secrecy pressure in the request"], 1, False),
    ("unlock_account", ["Risk signal: the ticket contains text addressed to the system."], [], 1, False),
    ("unlock_account", ["it.admin@contoso.example holds the directory admin role Global Administrator: never "
                        "autonomous."], [], 1, False),
    ("unlock_account", ["lynne.robbins@contoso.example is a VIP: a technician confirms every change."], [], 1, False),
    ("unlock_account", ["x@contoso.example is a protected identity (break-glass account): never autonomous."], [], 1,
     False),
])
def test_bulk_rule(kind, reasons, signals, approvers, allowed):
    refusal = bulk_refusal(kind=kind, reasons=reasons, risk_signals=signals, approvals_required=approvers)
    assert (refusal == "") is allowed, refusal
