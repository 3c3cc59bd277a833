"""The simulated Google Workspace: its token endpoint, its Directory API contract and its schemas."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import jsonschema
import jwt
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings

from sandbox import sandbox_connections
from sandbox.vendors import google as gvendor
from tests.sandbox.vendor_helpers import discovery_to_jsonschema

D = "admin/directory/v1"
ALL_SCOPES = " ".join(sorted(gvendor.DELEGATED_SCOPES))



@pytest.fixture(scope="module")
def discovery(contract_specs: Path) -> dict[str, Any]:
    """The Directory API's Discovery subset: the tests that check schemas against it run only with the specs."""
    return json.loads((contract_specs / "google_admin_directory_v1_subset.json").read_text(encoding="utf-8"))


def validate(discovery: dict[str, Any], name: str, body: Any) -> None:
    definitions = {k: discovery_to_jsonschema(v) for k, v in discovery["schemas"].items()}
    jsonschema.validate(body, {"$ref": f"#/definitions/{name}", "definitions": definitions})


def fabrikam(url: str) -> dict[str, Any]:
    directory = json.loads(Path(settings.RALLIED_DIRECTORY_FILE).read_text(encoding="utf-8"))
    tenant = next(t for t in directory["tenants"] if t["slug"] == "fabrikam")
    return next(c for c in sandbox_connections(tenant, url) if c["vendor"] == "google")


def assertion(conn: dict[str, Any], *, key: Any = None, **overrides: Any) -> str:
    now = int(time.time())
    claims = {"iss": conn["credentials"]["client_email"], "sub": conn["config"]["admin_subject"],
              "scope": ALL_SCOPES, "aud": conn["config"]["token_uri"], "iat": now, "exp": now + 3600, **overrides}
    return jwt.encode(claims, key or conn["credentials"]["private_key"], algorithm="RS256")


def token_request(conn: dict[str, Any], signed: str) -> requests.Response:
    return requests.post(conn["config"]["token_uri"], data={"grant_type": gvendor.JWT_BEARER, "assertion": signed},
                         timeout=5)


class Api:
    def __init__(self, conn: dict[str, Any], scope: str = ALL_SCOPES) -> None:
        self.base = conn["base_url"]
        token = token_request(conn, assertion(conn, scope=scope)).json()["access_token"]
        self.headers = {"Authorization": f"Bearer {token}"}

    def __call__(self, method: str, path: str, **kw: Any) -> requests.Response:
        return requests.request(method, f"{self.base}/{path}", headers=self.headers, timeout=5, **kw)


@pytest.fixture
def conn(sandbox) -> dict[str, Any]:
    return fabrikam(sandbox.url)


@pytest.fixture
def api(conn) -> Api:
    return Api(conn)


def google_error(response: requests.Response, status: int, reason: str) -> str:
    err = response.json()["error"]
    assert response.status_code == status and err["code"] == status
    assert err["errors"][0]["reason"] == reason and err["errors"][0]["domain"] == "global"
    return err["message"]


# -- token endpoint ----------------------------------------------------------------------------------
def test_connection_is_deterministic_and_names_an_admin(sandbox):
    first, second = fabrikam("http://x"), fabrikam("http://x")
    assert first == second
    assert first["config"] == {"domain": "fabrikam.example", "admin_subject": "ops-admin@fabrikam.example",
                               "token_uri": "http://x/google/token"}
    assert first["credentials"]["private_key"].startswith("-----BEGIN PRIVATE KEY-----")


def test_signed_assertion_gets_a_bearer_token(conn):
    response = token_request(conn, assertion(conn))
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3599 and body["access_token"]


@pytest.mark.parametrize(
    ("case", "status", "error"),
    [
        ("wrong_key", 400, "invalid_grant"),
        ("unsigned", 400, "invalid_grant"),
        ("wrong_audience", 400, "invalid_grant"),
        ("expired", 400, "invalid_grant"),
        ("unknown_issuer", 401, "invalid_client"),
        ("not_an_admin", 401, "unauthorized_client"),
        ("other_tenant_subject", 400, "invalid_grant"),
        ("undelegated_scope", 401, "unauthorized_client"),
    ],
)
def test_bad_assertions_are_refused(conn, case, status, error):
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = int(time.time())
    signed = {
        "wrong_key": lambda: assertion(conn, key=other_key),
        "unsigned": lambda: jwt.encode({"iss": conn["credentials"]["client_email"], "sub": "ops-admin@fabrikam.example",
                                        "scope": ALL_SCOPES, "aud": conn["config"]["token_uri"], "iat": now,
                                        "exp": now + 60}, None, algorithm="none"),
        "wrong_audience": lambda: assertion(conn, aud="https://oauth2.googleapis.com/token"),
        "expired": lambda: assertion(conn, iat=now - 7200, exp=now - 3600),
        "unknown_issuer": lambda: assertion(conn, iss="someone@evil.iam.gserviceaccount.com"),
        "not_an_admin": lambda: assertion(conn, sub="priya.shah@fabrikam.example"),
        "other_tenant_subject": lambda: assertion(conn, sub="it.admin@contoso.example"),
        "undelegated_scope": lambda: assertion(conn, scope="https://www.googleapis.com/auth/gmail.readonly"),
    }[case]()
    response = token_request(conn, signed)
    assert response.status_code == status
    assert response.json()["error"] == error


def test_api_requires_a_valid_bearer_token(conn):
    url = f"{conn['base_url']}/{D}/users/priya.shah@fabrikam.example"
    assert "missing required authentication" in google_error(requests.get(url, timeout=5), 401, "required")
    forged = requests.get(url, headers={"Authorization": "Bearer ya29.sbx.e30.bad"}, timeout=5)
    google_error(forged, 401, "authError")


def test_token_scopes_are_enforced_per_method(conn):
    readonly = Api(conn, scope=f"{gvendor.SCOPE}admin.directory.user.readonly")
    assert readonly("GET", f"{D}/users/priya.shah@fabrikam.example").status_code == 200
    response = readonly("PUT", f"{D}/users/priya.shah@fabrikam.example", json={"suspended": True})
    google_error(response, 403, "insufficientPermissions")
    google_error(readonly("POST", f"{D}/users/priya.shah@fabrikam.example/signOut"), 403, "insufficientPermissions")


# -- users -----------------------------------------------------------------------------------------
def test_get_user_by_email_and_id_matches_the_user_schema(api, discovery):
    by_email = api("GET", f"{D}/users/ops-admin@fabrikam.example")
    assert by_email.status_code == 200
    user = by_email.json()
    validate(discovery, "User", user)
    assert user["kind"] == "admin#directory#user" and user["isAdmin"] is True and user["isEnrolledIn2Sv"] is True
    assert user["relations"] == [{"value": "kim.abercrombie@fabrikam.example", "type": "manager"}]
    assert "password" not in user
    assert api("GET", f"{D}/users/{user['id']}").json()["primaryEmail"] == "ops-admin@fabrikam.example"


def test_unknown_and_foreign_users(api):
    assert google_error(api("GET", f"{D}/users/nobody@fabrikam.example"), 404, "notFound") == (
        "Resource Not Found: userKey")
    google_error(api("GET", f"{D}/users/it.admin@contoso.example"), 403, "forbidden")


def test_list_users_pages_with_next_page_token(api, discovery):
    first = api("GET", f"{D}/users", params={"domain": "fabrikam.example", "maxResults": 3}).json()
    validate(discovery, "Users", first)
    assert len(first["users"]) == 3 and first["nextPageToken"]
    rest = api("GET", f"{D}/users", params={"customer": "my_customer", "maxResults": 3,
                                             "pageToken": first["nextPageToken"]}).json()
    assert "nextPageToken" not in rest
    emails = {u["primaryEmail"] for u in first["users"] + rest["users"]}
    assert emails == {"kim.abercrombie@fabrikam.example", "tom.higgins@fabrikam.example",
                      "priya.shah@fabrikam.example", "ops-admin@fabrikam.example"}
    google_error(api("GET", f"{D}/users"), 400, "badRequest")
    google_error(api("GET", f"{D}/users", params={"domain": "contoso.example"}), 403, "forbidden")


def test_insert_user_and_duplicate(api, discovery):
    body = {"primaryEmail": "new.hire@fabrikam.example", "name": {"givenName": "New", "familyName": "Hire"},
            "password": "Welcome-to-Fabrikam-1", "changePasswordAtNextLogin": True}
    created = api("POST", f"{D}/users", json=body)
    assert created.status_code == 200
    validate(discovery, "User", created.json())
    assert created.json()["changePasswordAtNextLogin"] is True
    assert google_error(api("POST", f"{D}/users", json=body), 409, "duplicate") == "Entity already exists."
    google_error(api("POST", f"{D}/users", json={**body, "primaryEmail": "x@contoso.example"}), 403, "forbidden")


def test_password_update_keeps_only_the_fact_never_the_password(sandbox, api, discovery):
    secret = "Very-Secret-Temp-42"
    for method in ("PUT", "PATCH"):
        response = api(method, f"{D}/users/priya.shah@fabrikam.example",
                       json={"password": secret, "changePasswordAtNextLogin": True})
        assert response.status_code == 200
        validate(discovery, "User", response.json())
        assert secret not in response.text
    state = requests.get(f"{sandbox.url}/_control/state", timeout=5)
    assert secret not in state.text
    priya = state.json()["google"]["users"]["priya.shah@fabrikam.example"]
    assert priya["passwordChangedAt"] and priya["changePasswordAtNextLogin"] is True
    short = api("PUT", f"{D}/users/priya.shah@fabrikam.example", json={"password": "short"})
    assert google_error(short, 400, "invalid") == "Invalid Password"


def test_suspend_sign_out_and_turn_off_2sv(sandbox, api):
    assert api("PUT", f"{D}/users/tom.higgins@fabrikam.example", json={"suspended": True}).json()["suspended"] is True
    for path in ("signOut", "twoStepVerification/turnOff"):
        response = api("POST", f"{D}/users/tom.higgins@fabrikam.example/{path}")
        assert response.status_code == 204 and response.content == b""
    tom = sandbox.sandbox.state()["google"]["users"]["tom.higgins@fabrikam.example"]
    assert tom["isEnrolledIn2Sv"] is False and tom["suspensionReason"] == "ADMIN"


# -- groups and members ------------------------------------------------------------------------------
def test_groups_list_and_get(api, discovery):
    listed = api("GET", f"{D}/groups", params={"domain": "fabrikam.example"}).json()
    validate(discovery, "Groups", listed)
    assert [g["email"] for g in listed["groups"]] == ["estimating@fabrikam.example", "site-managers@fabrikam.example",
                                                       "staff@fabrikam.example"]
    group = api("GET", f"{D}/groups/staff@fabrikam.example").json()
    validate(discovery, "Group", group)
    assert group["directMembersCount"] == "4"
    mine = api("GET", f"{D}/groups", params={"userKey": "priya.shah@fabrikam.example"}).json()
    assert [g["email"] for g in mine["groups"]] == ["staff@fabrikam.example"]
    google_error(api("GET", f"{D}/groups/nope@fabrikam.example"), 404, "notFound")


def test_members_insert_duplicate_delete_and_has_member(api, discovery):
    path = f"{D}/groups/estimating@fabrikam.example"
    added = api("POST", f"{path}/members", json={"email": "priya.shah@fabrikam.example", "role": "MEMBER"})
    assert added.status_code == 200
    validate(discovery, "Member", added.json())
    assert added.json()["type"] == "USER" and added.json()["status"] == "ACTIVE"
    dup = api("POST", f"{path}/members", json={"email": "priya.shah@fabrikam.example"})
    assert google_error(dup, 409, "duplicate") == "Member already exists."
    members = api("GET", f"{path}/members").json()
    validate(discovery, "Members", members)
    assert [m["email"] for m in members["members"]] == ["priya.shah@fabrikam.example"]
    has = api("GET", f"{path}/hasMember/priya.shah@fabrikam.example").json()
    validate(discovery, "MembersHasMember", has)
    assert has == {"isMember": True}
    deleted = api("DELETE", f"{path}/members/priya.shah@fabrikam.example")
    assert deleted.status_code == 204 and deleted.content == b""
    again = api("DELETE", f"{path}/members/priya.shah@fabrikam.example")
    assert google_error(again, 404, "notFound") == "Resource Not Found: memberKey"
    assert api("GET", f"{path}/hasMember/priya.shah@fabrikam.example").json() == {"isMember": False}


def test_members_list_pages(api):
    first = api("GET", f"{D}/groups/staff@fabrikam.example/members", params={"maxResults": 3}).json()
    second = api("GET", f"{D}/groups/staff@fabrikam.example/members",
                 params={"maxResults": 3, "pageToken": first["nextPageToken"]}).json()
    assert len(first["members"]) == 3 and len(second["members"]) == 1 and "nextPageToken" not in second


def test_injected_faults_use_googles_envelope(sandbox, api):
    sandbox.sandbox.add_fault(vendor="google", method="GET", statuses=[429], retry_after=7, times=1)
    response = api("GET", f"{D}/users/priya.shah@fabrikam.example")
    google_error(response, 429, "rateLimitExceeded")
    assert response.headers["Retry-After"] == "7" and response.json()["error"]["status"] == "RESOURCE_EXHAUSTED"
