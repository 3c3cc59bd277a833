"""The sandbox's assignLicense as Graph answers it: both lists in one call applied all or nothing, a removal of a
licence the user does not hold refused, a full subscription refused with Graph's own message."""

from __future__ import annotations

from typing import Any

from tests.sandbox.vendor_helpers import graph, graph_token

ADELE, LYNNE, SARAH = "adele.vance@contoso.example", "lynne.robbins@contoso.example", "sarah.lee@contoso.example"


def skus(sandbox: Any, token: str) -> dict[str, dict[str, Any]]:
    return {s["skuPartNumber"]: s for s in graph(sandbox.url, "GET", "/subscribedSkus", token).json()["value"]}


def held(sandbox: Any, token: str, upn: str) -> list[str]:
    user = graph(sandbox.url, "GET", f"/users/{upn}", token, params={"$select": "assignedLicenses"}).json()
    return sorted(a["skuId"] for a in user["assignedLicenses"])


def test_a_swap_moves_both_seats_in_one_call(sandbox):
    token = graph_token(sandbox.url)
    before = skus(sandbox, token)
    visio, e3 = before["VISIOCLIENT"]["skuId"], before["SPE_E3"]["skuId"]
    body = {"addLicenses": [{"disabledPlans": [], "skuId": e3}], "removeLicenses": [visio]}
    answer = graph(sandbox.url, "POST", f"/users/{LYNNE}/assignLicense", token, json=body)
    assert answer.status_code == 200 and {a["skuId"] for a in answer.json()["assignedLicenses"]} >= {e3}
    after = skus(sandbox, token)
    assert (after["VISIOCLIENT"]["consumedUnits"], after["SPE_E3"]["consumedUnits"]) == (
        before["VISIOCLIENT"]["consumedUnits"] - 1, before["SPE_E3"]["consumedUnits"] + 1)
    assert visio not in held(sandbox, token, LYNNE) and e3 in held(sandbox, token, LYNNE)


def test_removing_a_licence_not_held_refuses_the_whole_call(sandbox):
    token = graph_token(sandbox.url)
    ids = skus(sandbox, token)
    was = held(sandbox, token, ADELE)
    body = {"addLicenses": [{"disabledPlans": [], "skuId": ids["SPE_E3"]["skuId"]}],
            "removeLicenses": [ids["VISIOCLIENT"]["skuId"]]}  # Adele holds no Visio
    answer = graph(sandbox.url, "POST", f"/users/{ADELE}/assignLicense", token, json=body)
    assert answer.status_code == 400 and "does not have a corresponding license" in answer.json()["error"]["message"]
    assert held(sandbox, token, ADELE) == was and skus(sandbox, token)["SPE_E3"]["consumedUnits"] == 0


def test_no_free_seat_refuses_the_whole_call_and_keeps_the_old_licence(sandbox):
    token = graph_token(sandbox.url)
    ids = skus(sandbox, token)
    e3, visio = ids["SPE_E3"]["skuId"], ids["VISIOCLIENT"]["skuId"]
    for upn in (ADELE, SARAH):  # 2 of 2 E3 seats
        add = {"addLicenses": [{"disabledPlans": [], "skuId": e3}], "removeLicenses": []}
        assert graph(sandbox.url, "POST", f"/users/{upn}/assignLicense", token, json=add).status_code == 200
    swap = {"addLicenses": [{"disabledPlans": [], "skuId": e3}], "removeLicenses": [visio]}
    answer = graph(sandbox.url, "POST", f"/users/{LYNNE}/assignLicense", token, json=swap)
    assert answer.status_code == 400
    assert answer.json()["error"]["message"] == f"Subscription {e3} does not have any available licenses."
    assert visio in held(sandbox, token, LYNNE) and e3 not in held(sandbox, token, LYNNE)


def test_a_swap_for_a_user_without_usage_location_sets_it_first(sandbox):
    """Graph refuses any licence to a user without usageLocation: the connector sets the connection's default
    first (PATCH), then swaps in one assignLicense call."""
    from tests.targets.helpers import idp

    # Graph never lets a client clear it; a user synced from on-premises can arrive without one.
    sandbox.sandbox.vendor("graph").tenant_by_slug("contoso").find_user(LYNNE)["usageLocation"] = None
    entra = idp(sandbox, "contoso")
    entra.allowed_kinds = frozenset({"swap_license"})
    assert entra.swap_license(entra.get_user(LYNNE), "VISIOCLIENT", "SPE_E3")["changed"] is True
    writes = [(w["method"], w["path"].rsplit("/", 1)[-1]) for w in sandbox.sandbox.writes("graph")]
    assert [method for method, _ in writes] == ["PATCH", "POST"] and writes[1][1] == "assignLicense"
    user = sandbox.sandbox.state()["graph"]["contoso"]["users"][LYNNE]
    assert user["usageLocation"] == entra.config["default_usage_location"]
    ids = {part: s["skuId"] for part, s in sandbox.sandbox.state()["graph"]["contoso"]["skus"].items()}
    assert {a["skuId"] for a in user["assignedLicenses"]} == {ids["SPB"], ids["SPE_E3"]}
