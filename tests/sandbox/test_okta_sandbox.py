"""The simulated Okta org against the real contract: envelopes, headers, paging, lifecycle, push."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import jsonschema
import pytest
import requests

from sandbox.vendors.okta import sandbox_token
from tests.external import needs_contract_specs, read_spec
from tests.sandbox.vendor_helpers import openapi_nullable

TOKEN = sandbox_token("northwind")
ROBERT = "robert.king@northwind.example"


@cache
def _schema_root() -> dict[str, Any]:
    return openapi_nullable({"components": read_spec("okta_management_subset.json")["components"]})


def assert_schema(instance: Any, name: str) -> None:
    """Validate against components/schemas/<name> of the Okta spec subset (refs resolved within it).

    It reads the spec, so a test that calls it carries needs_contract_specs.
    """
    schema = {**_schema_root(), "$ref": f"#/components/schemas/{name}"}
    jsonschema.validate(instance, schema, cls=jsonschema.Draft202012Validator)


def call(sandbox, method: str, path: str, token: str | None = TOKEN, **kw: Any) -> requests.Response:
    headers = {"Accept": "application/json", **({"Authorization": f"SSWS {token}"} if token else {})}
    return requests.request(method, f"{sandbox.url}/okta{path}", headers=headers, timeout=5, **kw)


def assert_okta_headers(r: requests.Response) -> None:
    for name in ("Date", "X-Rate-Limit-Limit", "X-Rate-Limit-Remaining", "X-Rate-Limit-Reset"):
        assert r.headers.get(name), name


@needs_contract_specs
def test_auth_is_required_and_errors_use_okta_envelope(sandbox):
    for token in (None, "00wrong", sandbox_token("contoso")):  # contoso is not an Okta tenant
        r = call(sandbox, "GET", f"/api/v1/users/{ROBERT}", token=token)
        assert r.status_code == 401
        assert r.headers["Content-Type"].startswith("application/json")
        assert r.json()["errorCode"] == "E0000011"
        assert_schema(r.json(), "Error")
        assert_okta_headers(r)
    # the documented form is "SSWS <token>", with the space
    r = requests.get(
        f"{sandbox.url}/okta/api/v1/users/{ROBERT}", headers={"Authorization": f"SSWS{TOKEN}"}, timeout=5
    )
    assert r.status_code == 401


@needs_contract_specs
def test_get_user_by_login_id_and_shortname(sandbox):
    r = call(sandbox, "GET", f"/api/v1/users/{ROBERT}")
    assert r.status_code == 200
    assert_okta_headers(r)
    user = r.json()
    assert_schema(user, "User")
    assert user["status"] == "LOCKED_OUT"
    assert user["profile"]["managerId"] and user["profile"]["manager"] == "andrew.fuller@northwind.example"
    assert call(sandbox, "GET", f"/api/v1/users/{user['id']}").json()["id"] == user["id"]
    assert call(sandbox, "GET", "/api/v1/users/robert.king").json()["id"] == user["id"]
    missing = call(sandbox, "GET", "/api/v1/users/nobody@northwind.example")
    assert missing.status_code == 404 and missing.json()["errorCode"] == "E0000007"


def test_list_users_pages_with_link_headers_self_first_next_last(sandbox):
    r = call(sandbox, "GET", "/api/v1/users", params={"limit": 3})
    links = r.raw.headers.get_all("Link")
    assert len(links) == 2 and links[0].endswith('rel="self"') and links[-1].endswith('rel="next"')
    seen = [u["id"] for u in r.json()]
    while 'rel="next"' in r.raw.headers.get_all("Link")[-1]:
        url = r.raw.headers.get_all("Link")[-1].split(";")[0].strip("<>")
        r = requests.get(url, headers={"Authorization": f"SSWS {TOKEN}"}, timeout=5)
        seen += [u["id"] for u in r.json()]
    assert len(seen) == len(set(seen)) == 7


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"search": f'profile.login eq "{ROBERT}"'}, [ROBERT]),
        ({"filter": 'status eq "LOCKED_OUT"'}, [ROBERT]),
        ({"q": "rob"}, [ROBERT]),
    ],
)
def test_list_users_search_filter_q(sandbox, params, expected):
    r = call(sandbox, "GET", "/api/v1/users", params=params)
    assert [u["profile"]["login"] for u in r.json()] == expected


@needs_contract_specs
def test_create_and_update_user(sandbox):
    body = {
        "profile": {
            "login": "new.hire@northwind.example",
            "email": "new.hire@northwind.example",
            "firstName": "New",
            "lastName": "Hire",
        }
    }
    r = call(sandbox, "POST", "/api/v1/users", params={"activate": "true"}, json=body)
    assert r.status_code == 200 and r.json()["status"] == "ACTIVE"
    assert_schema(r.json(), "User")
    dup = call(sandbox, "POST", "/api/v1/users", json=body)
    assert dup.status_code == 400 and dup.json()["errorCode"] == "E0000001" and dup.json()["errorCauses"]
    upd = call(sandbox, "POST", f"/api/v1/users/{r.json()['id']}", json={"profile": {"title": "Clerk"}})
    assert upd.json()["profile"]["title"] == "Clerk" and upd.json()["profile"]["firstName"] == "New"


@needs_contract_specs
def test_lifecycle_unlock_reset_expire(sandbox):
    uid = call(sandbox, "GET", f"/api/v1/users/{ROBERT}").json()["id"]
    r = call(sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/unlock")
    assert r.status_code == 200 and r.json() == {}
    assert call(sandbox, "GET", f"/api/v1/users/{uid}").json()["status"] == "ACTIVE"
    assert call(sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/unlock").status_code == 400

    no_param = call(sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/reset_password")
    assert no_param.status_code == 400 and no_param.json()["errorCode"] == "E0000028"
    reset = call(
        sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/reset_password", params={"sendEmail": "false"}
    )
    assert_schema(reset.json(), "ResetPasswordToken")
    assert reset.json()["resetPasswordUrl"].startswith(sandbox.url)
    assert call(sandbox, "GET", f"/api/v1/users/{uid}").json()["status"] == "RECOVERY"

    temp = call(sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/expire_password_with_temp_password")
    assert_schema(temp.json(), "tempPassword")
    secret = temp.json()["tempPassword"]
    state = requests.get(f"{sandbox.url}/_control/state", timeout=5).text
    assert secret not in state
    assert json.loads(state)["okta"]["northwind"]["users"][ROBERT]["status"] == "PASSWORD_EXPIRED"
    assert "expire_password_with_temp_password" in state  # that it happened, and when


def test_suspend_unsuspend_deactivate_and_sessions(sandbox):
    uid = call(sandbox, "GET", "/api/v1/users/laura.callahan@northwind.example").json()["id"]
    assert call(sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/unsuspend").status_code == 400
    assert call(sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/suspend").json() == {}
    assert call(sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/unsuspend").json() == {}
    assert call(sandbox, "DELETE", f"/api/v1/users/{uid}/sessions").status_code == 204
    assert (
        call(
            sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/deactivate", params={"sendEmail": "false"}
        ).status_code
        == 200
    )
    assert call(sandbox, "GET", f"/api/v1/users/{uid}").json()["status"] == "DEPROVISIONED"


@needs_contract_specs
def test_factors_list_delete_and_reset(sandbox):
    uid = call(sandbox, "GET", "/api/v1/users/steven.buchanan@northwind.example").json()["id"]
    factors = call(sandbox, "GET", f"/api/v1/users/{uid}/factors").json()
    assert {f["factorType"] for f in factors} == {"push", "sms"}
    for factor in factors:
        assert_schema(factor, "UserFactor")
    assert call(sandbox, "DELETE", f"/api/v1/users/{uid}/factors/{factors[1]['id']}").status_code == 204
    assert call(sandbox, "POST", f"/api/v1/users/{uid}/lifecycle/reset_factors").json() == {}
    assert call(sandbox, "GET", f"/api/v1/users/{uid}/factors").json() == []


@pytest.mark.parametrize(
    ("login", "final"),
    [("nancy.davolio@northwind.example", "SUCCESS"), ("steven.buchanan@northwind.example", "TIMEOUT")],
)
def test_push_verify_and_poll(sandbox, login, final):
    uid = call(sandbox, "GET", f"/api/v1/users/{login}").json()["id"]
    push = next(
        f for f in call(sandbox, "GET", f"/api/v1/users/{uid}/factors").json() if f["factorType"] == "push"
    )
    r = call(sandbox, "POST", f"/api/v1/users/{uid}/factors/{push['id']}/verify")
    assert r.status_code == 201 and r.json()["factorResult"] == "WAITING"
    poll = r.json()["_links"]["poll"]["href"]
    assert f"/factors/{push['id']}/transactions/" in poll
    results = [
        requests.get(poll, headers={"Authorization": f"SSWS {TOKEN}"}, timeout=5).json()["factorResult"]
        for _ in range(3)
    ]
    assert results[0] == "WAITING" and results[-1] == final


def test_push_deny(sandbox):
    sandbox.sandbox.vendor("okta").orgs["northwind"]["users"]
    org = sandbox.sandbox.vendor("okta").orgs["northwind"]
    janet = next(u for u in org["users"].values() if u["profile"]["login"].startswith("janet"))
    janet["_sandbox"]["push_response"] = "deny"
    fid = org["factors"][janet["id"]][0]["id"]
    poll = call(sandbox, "POST", f"/api/v1/users/{janet['id']}/factors/{fid}/verify").json()["_links"][
        "poll"
    ]["href"]
    results = [
        requests.get(poll, headers={"Authorization": f"SSWS {TOKEN}"}, timeout=5).json() for _ in range(2)
    ]
    assert results[-1]["factorResult"] == "REJECTED"


@needs_contract_specs
def test_groups_search_members_and_roles(sandbox):
    groups = call(sandbox, "GET", "/api/v1/groups", params={"search": 'profile.name eq "VPN Users"'}).json()
    assert [g["profile"]["name"] for g in groups] == ["VPN Users"]
    assert_schema(groups[0], "Group")
    everyone = call(sandbox, "GET", "/api/v1/groups", params={"q": "Every"}).json()[0]
    uid = call(sandbox, "GET", f"/api/v1/users/{ROBERT}").json()["id"]
    assert call(sandbox, "PUT", f"/api/v1/groups/{groups[0]['id']}/users/{uid}").status_code == 204
    assert "VPN Users" in [
        g["profile"]["name"] for g in call(sandbox, "GET", f"/api/v1/users/{uid}/groups").json()
    ]
    assert call(sandbox, "DELETE", f"/api/v1/groups/{groups[0]['id']}/users/{uid}").status_code == 204
    assert call(sandbox, "PUT", f"/api/v1/groups/{everyone['id']}/users/{uid}").status_code == 403
    admin = call(sandbox, "GET", "/api/v1/users/okta.admin@northwind.example").json()["id"]
    assert [r["type"] for r in call(sandbox, "GET", f"/api/v1/users/{admin}/roles").json()] == ["SUPER_ADMIN"]
    assert call(sandbox, "GET", f"/api/v1/users/{uid}/roles").json() == []


def test_injected_429_uses_okta_envelope_and_rate_limit_headers(sandbox):
    sandbox.sandbox.add_fault(vendor="okta", statuses=[429], times=1)
    r = call(sandbox, "GET", f"/api/v1/users/{ROBERT}")
    assert r.status_code == 429
    assert r.headers["Content-Type"].startswith("application/json")
    assert r.json()["errorCode"] == "E0000047"
    assert r.headers["X-Rate-Limit-Remaining"] == "0"
    assert_okta_headers(r)
    assert call(sandbox, "GET", f"/api/v1/users/{ROBERT}").status_code == 200
