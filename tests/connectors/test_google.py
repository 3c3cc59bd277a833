"""GoogleConnector against the sandbox: every method, the exact requests, scope, faults and secrets."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import jwt
import pytest
import requests
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from django.conf import settings

from rallied.connectors import build_connector
from rallied.connectors import google as gmod
from rallied.connectors.base import ConnectorError, DirectoryUser, ScopeError
from rallied.connectors.google import GoogleConnector
from sandbox import sandbox_connections

ALL = set(GoogleConnector.supports)
D = "/admin/directory/v1"
PRIYA = "priya.shah@fabrikam.example"


@pytest.fixture(autouse=True)
def _fresh_token_cache():
    gmod._TOKENS.clear()
    yield
    gmod._TOKENS.clear()


def connection(url: str) -> dict[str, Any]:
    directory = json.loads(Path(settings.RALLIED_DIRECTORY_FILE).read_text(encoding="utf-8"))
    tenant = next(t for t in directory["tenants"] if t["slug"] == "fabrikam")
    return next(c for c in sandbox_connections(tenant, url) if c["vendor"] == "google")


def make(sandbox, kinds: set[str] | None = None, timeout: float = 5.0, **cred: Any) -> GoogleConnector:
    conn = connection(sandbox.url)
    connector = build_connector("google", base_url=conn["base_url"], config=conn["config"],
                                credentials={**conn["credentials"], **cred}, allowed_kinds=kinds, timeout=timeout)
    assert isinstance(connector, GoogleConnector)
    return connector


@pytest.fixture
def google(sandbox) -> GoogleConnector:
    return make(sandbox, ALL)


def api_requests(sandbox) -> list[dict[str, Any]]:
    return [r for r in sandbox.sandbox.requests("google") if r["path"] != "/token"]


def state(sandbox) -> dict[str, Any]:
    return sandbox.sandbox.state()["google"]


def priya(google: GoogleConnector) -> DirectoryUser:
    user = google.get_user(PRIYA)
    assert user is not None
    return user


# -- reads -------------------------------------------------------------------------------------------
def test_get_user_maps_manager_admin_and_suspension(google, sandbox):
    user = priya(google)
    assert user.upn == PRIYA and user.display_name == "Priya Shah" and user.enabled and not user.locked
    assert user.manager_upn == "tom.higgins@fabrikam.example" and user.admin_roles == ()
    assert user.mfa_methods == ("2sv",) and user.id.isdigit()
    admin = google.get_user("ops-admin@fabrikam.example")
    assert admin is not None and admin.admin_roles == ("Super Admin",) and admin.is_admin
    assert google.get_user("nobody@fabrikam.example") is None


def test_get_user_contract_and_token_exchange(google, sandbox):
    google.get_user(PRIYA)
    google.get_user(PRIYA)  # the token is cached: one exchange for both
    token_calls = [r for r in sandbox.sandbox.requests("google") if r["path"] == "/token"]
    assert len(token_calls) == 1
    form = {k: v[0] for k, v in parse_qs(token_calls[0]["body"]).items()}
    assert form["grant_type"] == "urn:ietf:params:oauth:grant-type:jwt-bearer"
    claims = jwt.decode(form["assertion"], options={"verify_signature": False})
    assert claims["iss"] == "rallied-fabrikam@rallied-sandbox.iam.gserviceaccount.com"
    assert claims["sub"] == "ops-admin@fabrikam.example" and claims["aud"].endswith("/google/token")
    assert claims["exp"] - claims["iat"] == 3600
    assert jwt.get_unverified_header(form["assertion"])["alg"] == "RS256"
    [call, _] = api_requests(sandbox)
    assert (call["method"], call["path"], call["query"], call["body"]) == ("GET", f"{D}/users/{PRIYA}", {}, "")
    assert call["headers"]["accept"] == "application/json"


def test_token_asks_only_for_the_scopes_the_kinds_need(sandbox):
    make(sandbox, set()).get_user(PRIYA)
    make(sandbox, {"add_to_group"}).get_user(PRIYA)
    scopes = []
    for call in sandbox.sandbox.requests("google"):
        if call["path"] == "/token":
            assertion = parse_qs(call["body"])["assertion"][0]
            scopes.append(jwt.decode(assertion, options={"verify_signature": False})["scope"].split())
    base = "https://www.googleapis.com/auth/admin.directory."
    assert scopes[0] == [f"{base}group.readonly", f"{base}user.readonly"]
    assert scopes[1] == [f"{base}group.member", f"{base}group.readonly", f"{base}user.readonly"]


# -- writes and their exact requests ----------------------------------------------------------------
def test_reset_password_contract_and_reconciliation(google, sandbox):
    user = priya(google)
    before = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 5))
    assert google.password_was_reset_since(user, before) is None  # no report yet: can't say
    google.reset_password(user, temporary_password="Temp-Pass-1234")
    [write] = sandbox.sandbox.writes("google")
    assert (write["method"], write["path"]) == ("PUT", f"{D}/users/{user.id}")
    assert write["headers"]["content-type"] == "application/json"
    assert json.loads(write["body"]) == {"password": "Temp-Pass-1234", "changePasswordAtNextLogin": True}
    assert state(sandbox)["users"][PRIYA]["passwordChangedAt"]
    assert google.password_was_reset_since(user, before) is True
    report = api_requests(sandbox)[-1]
    assert report["path"] == "/admin/reports/v1/activity/users/all/applications/admin"
    assert report["query"] == {"eventName": "CHANGE_PASSWORD", "startTime": before, "filters": f"USER_EMAIL=={PRIYA}"}


def test_clear_password_never_in_control_state(google, sandbox):
    google.reset_password(priya(google), temporary_password="Never-Show-Me-99")
    google.create_user(upn="new.hire@fabrikam.example", display_name="New Hire", temporary_password="Also-Secret-77")
    body = requests.get(f"{sandbox.url}/_control/state", timeout=5).text
    assert "Never-Show-Me-99" not in body and "Also-Secret-77" not in body


@pytest.mark.parametrize(
    ("method", "http_method", "suffix", "body"),
    [
        ("revoke_sessions", "POST", "/signOut", ""),
        ("reset_mfa", "POST", "/twoStepVerification/turnOff", ""),
        ("disable_user", "PUT", "", {"suspended": True}),
    ],
)
def test_user_writes_contract(google, sandbox, method, http_method, suffix, body):
    user = priya(google)
    getattr(google, method)(user)
    [write] = sandbox.sandbox.writes("google")
    assert (write["method"], write["path"]) == (http_method, f"{D}/users/{user.id}{suffix}")
    assert (json.loads(write["body"]) if write["body"] else "") == body
    after = state(sandbox)["users"][PRIYA]
    assert {"revoke_sessions": True, "reset_mfa": after["isEnrolledIn2Sv"] is False,
            "disable_user": after["suspended"] is True}[method]


def test_add_and_remove_group_are_idempotent(google, sandbox):
    user = priya(google)
    group = "estimating@fabrikam.example"
    assert google.add_to_group(user, group)["changed"] is True
    assert google.add_to_group(user, group)["changed"] is False  # read first: a member already, nothing sent
    assert google.is_member(user, group)
    removed = google.remove_from_group(user, group)
    assert (removed["changed"], removed["was_member"], removed["role_before"]) == (True, True, "MEMBER")
    assert google.remove_from_group(user, group)["changed"] is False  # not a member: success, nothing sent
    assert not google.is_member(user, group)
    writes = sandbox.sandbox.writes("google")
    assert [(w["method"], w["path"]) for w in writes] == [
        ("POST", f"{D}/groups/{group}/members"), ("DELETE", f"{D}/groups/{group}/members/{PRIYA}"),
    ]
    assert json.loads(writes[0]["body"]) == {"email": PRIYA, "role": "MEMBER"}


def test_removing_an_owner_keeps_the_role_for_the_undo(google, sandbox):
    user = priya(google)
    sandbox.sandbox.vendor("google").members["estimating@fabrikam.example"][PRIYA] = "OWNER"
    removed = google.remove_from_group(user, "estimating@fabrikam.example")
    assert (removed["was_member"], removed["role_before"], removed["changed"]) == (True, "OWNER", True)
    assert PRIYA not in state(sandbox)["groups"]["estimating@fabrikam.example"]["members"]
    assert PRIYA in state(sandbox)["groups"]["staff@fabrikam.example"]["members"]  # her other group untouched


def test_missing_group_is_not_success(google):
    with pytest.raises(ConnectorError) as err:
        google.remove_from_group(priya(google), "no-such-group@fabrikam.example")
    assert err.value.permanent and err.value.status == 404 and "groupKey" in err.value.message


def test_create_user(google, sandbox):
    user = google.create_user(upn="new.hire@fabrikam.example", display_name="New Hire", temporary_password="Welcome-2025!")
    assert user.upn == "new.hire@fabrikam.example" and user.display_name == "New Hire" and user.enabled
    [write] = sandbox.sandbox.writes("google")
    assert (write["method"], write["path"]) == ("POST", f"{D}/users")
    assert json.loads(write["body"]) == {"primaryEmail": "new.hire@fabrikam.example",
                                         "name": {"givenName": "New", "familyName": "Hire"},
                                         "password": "Welcome-2025!", "changePasswordAtNextLogin": True}


# -- scope ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", sorted(ALL))
def test_scope_refusal_before_any_request(sandbox, kind):
    connector = make(sandbox, ALL - {kind})
    user = DirectoryUser(id="1", upn=PRIYA)
    calls = {
        "reset_password": lambda: connector.reset_password(user, temporary_password="Temp-Pass-1234"),
        "create_user": lambda: connector.create_user(upn="x@fabrikam.example", display_name="X Y",
                                                     temporary_password="Temp-Pass-1234"),
        "add_to_group": lambda: connector.add_to_group(user, "staff@fabrikam.example"),
        "remove_from_group": lambda: connector.remove_from_group(user, "staff@fabrikam.example"),
        "set_manager": lambda: connector.set_manager(user, "kim.abercrombie@fabrikam.example"),
    }
    with pytest.raises(ScopeError):
        calls.get(kind, lambda: getattr(connector, kind)(user))()
    assert sandbox.sandbox.requests("google") == []


def test_unlock_is_not_supported():
    assert "unlock_account" not in GoogleConnector.supports


# -- credentials -----------------------------------------------------------------------------------------
def test_wrong_key_is_refused_by_the_sandbox(sandbox):
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()
    with pytest.raises(ConnectorError) as err:
        make(sandbox, ALL, private_key=other).get_user(PRIYA)
    assert err.value.permanent and err.value.status == 400 and err.value.code == "invalid_grant"
    assert "Invalid JWT Signature" in err.value.message


def test_unreadable_key_fails_before_any_request(sandbox):
    with pytest.raises(ConnectorError) as err:
        make(sandbox, ALL, private_key="not a key").get_user(PRIYA)
    assert err.value.permanent and err.value.code == "bad_private_key"
    assert sandbox.sandbox.requests("google") == []


def test_stale_cached_token_is_replaced_once(google, sandbox):
    gmod._TOKENS[google._cache_key()] = ("ya29.sbx.e30.forged", time.time() + 3000)
    assert google.get_user(PRIYA) is not None
    paths = [r["path"] for r in sandbox.sandbox.requests("google")]
    assert paths == [f"{D}/users/{PRIYA}", "/token", f"{D}/users/{PRIYA}"]


# -- faults -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("applied", [False, True])
@pytest.mark.parametrize("status", [429, 503])
def test_throttled_write_is_sent_once_and_ambiguous(google, sandbox, status, applied):
    # Whether Google refused it or applied it before answering, only the reconciler may tell: never a second PUT.
    user = priya(google)
    fault = {"apply_then_fail": status} if applied else {"statuses": [status]}
    sandbox.sandbox.add_fault(vendor="google", method="PUT", retry_after=1, times=1, **fault)
    waits: list[float] = []
    google.sleep = waits.append
    with pytest.raises(ConnectorError) as err:
        google.reset_password(user, temporary_password="Temp-Pass-1234")
    assert err.value.ambiguous and not err.value.permanent and err.value.retry_after == 1
    assert waits == []
    assert len(sandbox.sandbox.writes("google")) == 1
    assert len(sandbox.sandbox.vendor("google").activities) == (1 if applied else 0)


@pytest.mark.parametrize("status", [429, 503])
def test_throttled_read_waits_retry_after_then_reads(google, sandbox, status):
    priya(google)  # the token first, so the fault meets the read
    sandbox.sandbox.add_fault(vendor="google", method="GET", statuses=[status], retry_after=1, times=1)
    waits: list[float] = []  # the wait is recorded instead of slept through
    google.sleep = waits.append
    assert priya(google).upn == PRIYA
    assert waits == [1.0]  # Retry-After honoured, once


def test_5xx_on_a_write_is_ambiguous_and_not_repeated(google, sandbox):
    user = priya(google)
    sandbox.sandbox.add_fault(vendor="google", method="POST", path="signOut", apply_then_fail=500, times=1)
    with pytest.raises(ConnectorError) as err:
        google.revoke_sessions(user)
    assert err.value.ambiguous and not err.value.permanent and err.value.status == 500
    assert len(sandbox.sandbox.writes("google")) == 1


def test_permanent_4xx_carries_googles_message(google):
    with pytest.raises(ConnectorError) as err:
        google.reset_password(priya(google), temporary_password="short")
    assert err.value.permanent and err.value.status == 400
    assert err.value.code == "invalid" and err.value.message == "Invalid Password"


def test_403_rate_limit_is_temporary(google, sandbox):
    vendor = sandbox.sandbox.vendor("google")
    original = vendor.error
    sandbox.sandbox.add_fault(vendor="google", method="GET", statuses=[403], times=1)
    vendor.error = lambda status, code, message: original(status, "userRateLimitExceeded", "Quota exceeded")
    try:
        with pytest.raises(ConnectorError) as err:
            google.get_user(PRIYA)
    finally:
        vendor.error = original
    assert err.value.status == 403 and err.value.code == "userRateLimitExceeded" and not err.value.permanent


def test_hang_on_a_write_times_out_as_ambiguous(sandbox):
    google = make(sandbox, ALL, timeout=0.5)
    user = priya(google)
    sandbox.sandbox.add_fault(vendor="google", method="PUT", hang=1.5, statuses=[503], times=1)
    with pytest.raises(ConnectorError) as err:
        google.disable_user(user)
    # "timeout", not the 503 the hang ends with: the client gave up at its own timeout (no wall-clock bound,
    # which a loaded machine would break).
    assert err.value.code == "timeout" and err.value.ambiguous
    assert len(sandbox.sandbox.writes("google")) == 1
