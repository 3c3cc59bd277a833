"""Entra on the wire: every Graph body the connector sends or reads uses the CSDL's names, and the exact
requests of the operations the older tests leave out (licence swap, SKUs, lookup by mail, onboarding)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from rallied.connectors.base import ConnectorError, ScopeError
from sandbox.vendors.entra import user_id
from tests.connectors.contract_specs import _all_props, check_csdl, csdl_action
from tests.external import needs_contract_specs

ADELE, ALEX, DIEGO = "adele.vance@contoso.example", "alex.wilber@contoso.example", "diego.siciliani@contoso.example"
MEGAN = "megan.bowen@contoso.example"
U = r"/v1\.0/users/[^/]+"
ODATA_ERROR_KEYS = {"code", "message", "innerError"}


def graph_state(sandbox) -> dict[str, Any]:
    return sandbox.sandbox.state()["graph"]["contoso"]


def graph_calls(sandbox, method: str | None = None) -> list[dict[str, Any]]:
    return [r for r in sandbox.sandbox.requests("graph") if method is None or r["method"] == method]


def tour(entra) -> None:
    """Every Entra read and write once, as production calls them."""
    adele, alex, diego = entra.get_user(ADELE), entra.get_user(ALEX), entra.get_user(DIEGO)
    entra.reset_password(adele, temporary_password="Temp-Pass-4821!")
    entra.revoke_sessions(adele)
    entra.unlock_account(diego)
    entra.reset_mfa(alex)
    entra.add_to_group(adele, "Billing Team")
    entra.add_to_group(adele, "Billing Team")  # the membership read first (memberOf): nothing to send
    entra.remove_from_group(adele, "Billing Team")
    entra.assign_license(adele, "VISIOCLIENT")
    entra.swap_license(adele, "VISIOCLIENT", "SPE_E3")
    entra.remove_license(adele, "SPE_E3")
    entra.subscribed_skus()
    hire = entra.create_user("new.hire@contoso.example", "New Hire", temporary_password="Welcome-2026!",
                             manager_upn=MEGAN)
    entra.disable_user(hire)
    assert entra.get_user("nobody@contoso.example") is None  # a 404 in Graph's error envelope
    with pytest.raises(ConnectorError):
        entra.reset_password(adele, temporary_password="short")  # a 400 in Graph's error envelope


# (method, path pattern) -> (request body check, response body check); None = no body that way.
def _collection(type_name: str):
    def check(body: Any, where: str) -> None:
        assert set(body) <= {"@odata.context", "@odata.nextLink", "value"}, where
        for n, item in enumerate(body["value"]):
            check_csdl(item, type_name, f"{where}[{n}]")
    return check


def _entity(type_name: str):
    return lambda body, where: check_csdl(body, type_name, where)


def _ref(body: Any, where: str) -> None:
    assert set(body) == {"@odata.id"}, where
    assert re.search(r"/(directoryObjects|users)/[^/]+$", body["@odata.id"]), where


def _action(name: str, binding: str):
    def check(body: Any, where: str) -> None:
        params = csdl_action(name, binding)
        assert set(body) == set(params), f"{where}: {sorted(body)} != parameters of {name} {sorted(params)}"
        for key, declared in params.items():
            if declared.startswith("Collection(graph."):
                for n, item in enumerate(body[key]):
                    check_csdl(item, declared[len("Collection(graph."):-1], f"{where}.{key}[{n}]")
    return check


def _boolean(body: Any, where: str) -> None:  # revokeSignInSessions returns Edm.Boolean
    assert isinstance(body["value"], bool), where


def _batch_request(body: Any, where: str) -> None:
    """JSON batching: the reads of one user, each {id, method, url} with a URL relative to the version's root (the
    items themselves are on the wire as their own exchanges: the sandbox dispatches each, and they meet the shapes
    above)."""
    assert set(body) == {"requests"} and 1 <= len(body["requests"]) <= 20, where
    for item in body["requests"]:
        assert set(item) == {"id", "method", "url"} and item["method"] == "GET", where
        assert item["url"].startswith("/") and "://" not in item["url"], where


def _batch_response(body: Any, where: str) -> None:
    assert set(body) == {"responses"}, where
    for item in body["responses"]:
        assert {"id", "status", "headers"} <= set(item) <= {"id", "status", "headers", "body"}, where


SHAPES: list[tuple[str, str, Any, Any]] = [
    ("POST", r"/v1\.0/\$batch", _batch_request, _batch_response),
    ("GET", U, None, _entity("user")),
    ("GET", r"/v1\.0/users", None, _collection("user")),
    ("PATCH", U, _entity("user"), None),
    ("POST", r"/v1\.0/users", _entity("user"), _entity("user")),
    ("GET", U + "/manager", None, _entity("user")),
    ("PUT", U + r"/manager/\$ref", _ref, None),
    ("GET", U + "/transitiveMemberOf", None, _collection("directoryObject")),
    ("GET", U + "/memberOf", None, _collection("directoryObject")),  # a group change reads the membership first
    ("GET", r"/v1\.0/identityProtection/riskyUsers/[^/]+", None, _entity("riskyUser")),  # a user read by id
    ("GET", r"/v1\.0/identityProtection/riskyUsers", None, _collection("riskyUser")),  # by UPN: filtered to it
    ("POST", r"/v1\.0/identityProtection/riskyUsers/dismiss", _action("dismiss", "riskyUser)"), None),
    ("GET", U + "/authentication/methods", None, _collection("authenticationMethod")),
    ("POST", U + "/authentication/temporaryAccessPassMethods", _entity("temporaryAccessPassAuthenticationMethod"),
     _entity("temporaryAccessPassAuthenticationMethod")),
    ("DELETE", U + r"/authentication/\w+/[^/]+", None, None),
    ("POST", U + "/revokeSignInSessions", None, _boolean),
    ("GET", r"/v1\.0/groups", None, _collection("group")),
    ("POST", r"/v1\.0/groups/[^/]+/members/\$ref", _ref, None),
    ("DELETE", r"/v1\.0/groups/[^/]+/members/[^/]+/\$ref", None, None),
    ("GET", r"/v1\.0/subscribedSkus", None, _collection("subscribedSku")),
    ("POST", U + "/assignLicense", _action("assignLicense", "graph.user"), _entity("user")),
]
# Segments after an entity that must be navigation properties or bound actions named in the CSDL.
NAV_SEGMENTS = {"user": {"manager", "transitiveMemberOf", "memberOf", "authentication"}, "group": {"members"}}
NOT_IN_SUBSET = {"directoryRole"}  # transitiveMemberOf lists roles; the subset does not carry that type


@needs_contract_specs
def test_every_graph_body_uses_csdl_names(entra, sandbox, wire):
    tour(entra)
    matched: set[tuple[str, str]] = set()
    for ex in [e for e in wire if e.vendor == "graph"]:
        shape = next((s for s in SHAPES if s[0] == ex.method and re.fullmatch(s[1], ex.path)), None)
        assert shape, f"unexpected Graph call {ex.method} {ex.path}"
        matched.add((shape[0], shape[1]))
        where = f"{ex.method} {ex.path}"
        if shape[2] and ex.request is not None:
            shape[2](ex.request, f"request of {where}")
        if ex.status >= 400:  # OData v4 error envelope
            assert set(ex.response) == {"error"} and set(ex.response["error"]) >= ODATA_ERROR_KEYS - {"innerError"}
        elif shape[3]:
            body = ex.response
            if shape[3] is not _boolean and isinstance(body, dict) and "value" in body:
                body = {**body, "value": [v for v in body["value"]
                                          if str(v.get("@odata.type", "")).rsplit(".", 1)[-1] not in NOT_IN_SUBSET]}
            shape[3](body, f"response of {where}")
    assert matched == {(s[0], s[1]) for s in SHAPES}  # the tour reached every shape: nothing went unchecked


@needs_contract_specs
def test_path_segments_are_csdl_navigation_properties_and_actions():
    user, group, auth = _all_props("user"), _all_props("group"), _all_props("authentication")
    assert NAV_SEGMENTS["user"] <= set(user) and NAV_SEGMENTS["group"] <= set(group)
    from rallied.connectors.entra.connector import METHOD_COLLECTIONS

    assert {"methods", "temporaryAccessPassMethods"} | set(METHOD_COLLECTIONS.values()) - {
        "windowsHelloForBusinessMethods", "platformCredentialMethods"} <= set(auth)
    assert csdl_action("revokeSignInSessions", "graph.user") == {}
    assert set(csdl_action("assignLicense", "graph.user")) == {"addLicenses", "removeLicenses"}


# -- exact requests the older tests leave out ---------------------------------------------------------
def test_swap_license_is_one_assign_call_and_moves_the_seat(entra, sandbox):
    adele = entra.get_user(ADELE)
    entra.assign_license(adele, "VISIOCLIENT")
    skus = graph_state(sandbox)["skus"]
    visio, e3 = skus["VISIOCLIENT"]["skuId"], skus["SPE_E3"]["skuId"]
    before = len(graph_calls(sandbox))
    assert entra.swap_license(adele, "VISIOCLIENT", "SPE_E3") == {
        "changed": True, "before": ["O365_BUSINESS_ESSENTIALS", "VISIOCLIENT"], "after": ["O365_BUSINESS_ESSENTIALS", "SPE_E3"]}
    posts = [r for r in graph_calls(sandbox, "POST")[-1:] if r["path"].endswith("/assignLicense")]
    assert [r["path"] for r in graph_calls(sandbox)[before:] if r["method"] != "GET"] == [
        f"/v1.0/users/{adele.id}/assignLicense"]
    assert json.loads(posts[0]["body"]) == {"addLicenses": [{"disabledPlans": [], "skuId": e3}],
                                            "removeLicenses": [visio]}
    state = graph_state(sandbox)
    held = {a["skuId"] for a in state["users"][ADELE]["assignedLicenses"]}
    assert e3 in held and visio not in held
    assert (state["skus"]["VISIOCLIENT"]["consumed"], state["skus"]["SPE_E3"]["consumed"]) == (1, 1)
    writes = len(graph_calls(sandbox, "POST"))
    assert entra.swap_license(adele, "VISIOCLIENT", "SPE_E3")["changed"] is False  # done already: no write
    assert len(graph_calls(sandbox, "POST")) == writes


def test_swap_license_is_its_own_kind_in_the_service_accounts_scope(make_connector, sandbox):
    """Assign and remove in scope do not make a swap allowed: a service lead grants swap_license by name."""
    assign_and_remove = make_connector("entra", allowed_kinds={"assign_license", "remove_license"})
    from rallied.connectors.base import DirectoryUser

    with pytest.raises(ScopeError) as err:
        assign_and_remove.swap_license(DirectoryUser(id="x", upn=ADELE), "VISIOCLIENT", "SPE_E3")
    assert "swap_license" in err.value.message and sandbox.sandbox.requests() == []


def test_swap_into_a_full_sku_is_refused_before_any_write(entra, sandbox):
    entra.assign_license(entra.get_user(ADELE), "VISIOCLIENT")  # 2 of 2 Visio seats used now
    megan = entra.get_user(MEGAN)
    posts = len(graph_calls(sandbox, "POST"))
    with pytest.raises(ConnectorError) as err:
        entra.swap_license(megan, "SPB", "VISIOCLIENT")
    assert err.value.permanent and err.value.code == "no_free_licenses"
    assert len(graph_calls(sandbox, "POST")) == posts


def test_subscribed_skus_report_free_seats(entra, sandbox):
    skus = {s["sku"]: s for s in entra.subscribed_skus()}
    assert skus["VISIOCLIENT"] == {"sku": "VISIOCLIENT", "sku_id": graph_state(sandbox)["skus"]["VISIOCLIENT"]["skuId"],
                                   "total": 2, "consumed": 1, "free": 1}
    assert skus["SPE_E3"]["free"] == 2 and skus["SPB"]["free"] == 5
    [call] = graph_calls(sandbox)
    assert (call["method"], call["path"], call["query"]) == ("GET", "/v1.0/subscribedSkus", {})


def test_user_found_by_mail_when_it_is_not_the_upn(entra, sandbox):
    tenant = sandbox.sandbox.vendor("graph").tenant_by_slug("contoso")
    tenant.users[user_id(ADELE)]["mail"] = "a.vance@contoso.example"
    found = entra.get_user("a.vance@contoso.example")
    assert found is not None and found.upn == ADELE
    first, second = sandbox.sandbox.calls("graph")[:2]
    assert first["path"] == "/v1.0/$batch"  # the UPN try, its user item answered 404
    user_item = next(r for r in graph_calls(sandbox) if r["batch"] == first["n"])
    assert (user_item["path"], user_item["status"]) == ("/v1.0/users/a.vance@contoso.example", 404)
    assert second["path"] == "/v1.0/users"
    assert second["query"]["$filter"] == "mail eq 'a.vance@contoso.example'"


def test_create_user_request_and_manager_reference(entra, sandbox):
    user = entra.create_user("new.hire@contoso.example", "New Hire", temporary_password="Welcome-2026!",
                             job_title="Assistant", manager_upn=MEGAN)
    create = next(r for r in graph_calls(sandbox, "POST") if r["path"] == "/v1.0/users")
    assert json.loads(create["body"]) == {
        "accountEnabled": True, "displayName": "New Hire", "mailNickname": "new.hire",
        "userPrincipalName": "new.hire@contoso.example",
        "passwordProfile": {"forceChangePasswordNextSignIn": True, "password": "Welcome-2026!"},
        "usageLocation": "US", "jobTitle": "Assistant"}
    [put] = graph_calls(sandbox, "PUT")
    assert put["path"] == f"/v1.0/users/{user.id}/manager/$ref"
    assert json.loads(put["body"]) == {"@odata.id": f"{entra.base_url}/users/{user_id(MEGAN)}"}
    assert user.manager_upn == MEGAN and user.enabled


def test_reset_mfa_deletes_each_method_in_its_own_collection(entra, sandbox):
    alex = entra.get_user(ALEX)
    methods = {m["@odata.type"].rsplit(".", 1)[1]: m["id"] for m in graph_state(sandbox)["users"][ALEX]["methods"]}
    entra.reset_mfa(alex)
    deletes = sorted(r["path"] for r in graph_calls(sandbox, "DELETE"))
    base = f"/v1.0/users/{alex.id}/authentication"
    assert deletes == sorted([
        f"{base}/microsoftAuthenticatorMethods/{methods['microsoftAuthenticatorAuthenticationMethod']}",
        f"{base}/phoneMethods/{methods['phoneAuthenticationMethod']}"])
    tap = next(r for r in graph_calls(sandbox, "POST") if r["path"].endswith("/temporaryAccessPassMethods"))
    assert json.loads(tap["body"]) == {"lifetimeInMinutes": 60, "isUsableOnce": False}
