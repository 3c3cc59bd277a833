"""The plan-time call the planner makes per licence intent (tenants/licences.py): the tenant's catalogue through its
identity connection, the seat check with the numbers, and the target's own licence read only when a SKU is full."""

from __future__ import annotations

import pytest

from tenants.licences import catalogue_for, resolve_licence_params
from tenants.models import Tenant
from tests.licences.test_licence_tickets import give

ADELE, DIEGO, SARAH = "adele.vance@contoso.example", "diego.siciliani@contoso.example", "sarah.lee@contoso.example"
NANCY = "nancy.davolio@northwind.example"

pytestmark = pytest.mark.django_db


def plan(slug: str, kind: str, **params: str):
    catalogue = catalogue_for(Tenant.objects.get(slug=slug))
    return resolve_licence_params(kind=kind, params=params, catalogue=catalogue, target=params.get("target", ""))


def test_a_full_sku_is_handed_over_with_the_numbers_unless_the_target_already_holds_it(world, sandbox):
    give(sandbox, DIEGO, "SPE_E3")
    give(sandbox, SARAH, "SPE_E3")
    full = plan("contoso", "assign_license", target=ADELE, license="E3")
    assert full.status == "catalogue"
    assert full.problems == ["No free seat of Microsoft 365 E3 (SPE_E3): Microsoft 365 E3: 2 of 2 in use."]
    held = plan("contoso", "assign_license", target=SARAH, license="Microsoft 365 E3")
    assert held.status == "ok" and held.params["license"] == "SPE_E3"  # hers already: no seat taken


def test_the_target_is_read_only_when_a_check_needs_it(world, sandbox):
    assign = plan("contoso", "assign_license", target=ADELE, license="Visio")
    assert assign.status == "ok" and assign.params["license"] == "VISIOCLIENT"
    assert [r["path"] for r in sandbox.sandbox.requests("graph") if r["method"] == "GET"] == ["/v1.0/subscribedSkus"]
    # A swap checks that the user holds the licence it replaces: one read of their licences.
    swap = plan("contoso", "swap_license", target=ADELE, license="Business Basic", new_license="Business Premium")
    assert swap.status == "ok" and swap.params == {"target": ADELE, "license": "O365_BUSINESS_ESSENTIALS",
                                                   "new_license": "SPB"}
    reads = [r["path"] for r in sandbox.sandbox.requests("graph") if r["method"] == "GET"]
    assert reads == ["/v1.0/subscribedSkus", "/v1.0/subscribedSkus", f"/v1.0/users/{ADELE}"]


def test_okta_tenant_is_unsupported_without_a_call(world, sandbox):
    out = plan("northwind", "assign_license", target=NANCY, license="E3")
    assert out.status == "unsupported" and out.problems == ["The okta connector cannot assign license."]
    assert sandbox.sandbox.requests("okta") == []
