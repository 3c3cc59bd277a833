"""OktaConnector with the real okta SDK against the sandbox org: behaviour, wire contract, faults."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time

import pytest
import requests

from rallied.connectors.base import ConnectorError, ScopeError
from rallied.connectors.okta import OktaConnector
from rallied.connectors.okta.sdk import OktaSdkConnector
from sandbox.vendors.okta import sandbox_token

ROBERT = "robert.king@northwind.example"


def connector(sandbox, kinds=None, **config) -> OktaConnector:
    return OktaConnector(
        base_url=f"{sandbox.url}/okta",
        config={"org": "northwind", "push_poll_interval": 0.02, **config},
        credentials={"token": sandbox_token("northwind")},
        allowed_kinds=OktaConnector.supports if kinds is None else kinds,
        timeout=config.pop("timeout", 5.0),
    )


def okta_requests(sandbox, method=None):
    return [r for r in sandbox.sandbox.requests("okta") if method is None or r["method"] == method]


def state(sandbox):
    return requests.get(f"{sandbox.url}/_control/state", timeout=5).json()["okta"]["northwind"]


def test_get_user_fills_manager_roles_lock_and_mfa(sandbox):
    k = connector(sandbox)
    admin = k.get_user("okta.admin@northwind.example")
    assert admin.admin_roles == ("SUPER_ADMIN",) and admin.is_admin
    assert admin.manager_upn == "andrew.fuller@northwind.example"
    assert admin.mfa_methods == ("okta_verify_push", "webauthn")
    robert = k.get_user(ROBERT)
    assert robert.locked and robert.enabled and not robert.is_admin
    assert k.get_user("nobody@northwind.example") is None
    # the wire: the login in the path, the documented SSWS header, then roles and factors by id
    paths = [r["path"] for r in okta_requests(sandbox)]
    assert "/api/v1/users/okta.admin@northwind.example" in paths
    assert f"/api/v1/users/{admin.id}/roles" in paths and f"/api/v1/users/{admin.id}/factors" in paths


def test_sends_documented_auth_header(sandbox):
    seen = []
    vendor = sandbox.sandbox.vendor("okta")
    original = vendor.authenticate
    vendor.authenticate = lambda req: seen.append(req.header("authorization")) or original(req)
    try:
        connector(sandbox).get_user(ROBERT)
    finally:
        vendor.authenticate = original
    assert seen and all(h == f"SSWS {sandbox_token('northwind')}" for h in seen)


def test_reset_password_sets_the_password_rallied_chose_then_expires_it_never_stored(sandbox):
    k = connector(sandbox)
    user = k.get_user(ROBERT)
    temp = "Temp-Pass-4821!x"  # the executor's, put aside before the call (write-ahead)
    before = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 5))
    assert k.reset_password(user, temporary_password=temp) is None
    assert k.password_was_reset_since(user, before) is True  # what the reconciler reads
    writes = sandbox.sandbox.writes("okta")
    assert [(w["method"], w["path"], w["query"]) for w in writes] == [
        ("POST", f"/api/v1/users/{user.id}", {}),  # Update user: credentials.password.value
        ("POST", f"/api/v1/users/{user.id}/lifecycle/expire_password", {}),
        ("DELETE", f"/api/v1/users/{user.id}/sessions", {"oauthTokens": "true"}),
    ]
    assert json.loads(writes[0]["body"]) == {"credentials": {"password": {"value": temp}}}
    state = requests.get(f"{sandbox.url}/_control/state", timeout=5)
    assert temp not in state.text
    robert = state.json()["okta"]["northwind"]["users"][ROBERT]
    assert robert["status"] == "PASSWORD_EXPIRED"  # he picks his own at sign-in
    assert robert["passwordSha256"] == hashlib.sha256(temp.encode()).hexdigest()


def test_a_reset_that_set_the_password_but_could_not_expire_it_is_ambiguous(sandbox):
    k = connector(sandbox)
    user = k.get_user(ROBERT)
    sandbox.sandbox.add_fault(vendor="okta", method="POST", path=r"/lifecycle/expire_password$", statuses=[400])
    with pytest.raises(ConnectorError) as err:
        k.reset_password(user, temporary_password="Temp-Pass-4821!x")
    # The password is set: "refused" would make the executor destroy a password that works.
    assert err.value.ambiguous and not err.value.permanent and "set the password" in err.value.message


def test_unlock_is_safe_to_repeat(sandbox):
    k = connector(sandbox)
    user = k.get_user(ROBERT)
    k.unlock_account(user)
    k.unlock_account(user)  # already ACTIVE: settled, not an error
    assert not k.get_user(ROBERT).locked
    unlocks = [w for w in sandbox.sandbox.writes("okta") if w["path"].endswith("/lifecycle/unlock")]
    assert len(unlocks) == 2 and unlocks[0]["body"] == ""


def test_unlock_after_a_reset_is_settled_and_a_suspended_user_is_not_unlocked(sandbox):
    k = connector(sandbox)
    user = k.get_user(ROBERT)
    k.reset_password(user, temporary_password="Temp-Pass-4821!x")  # "reset it, I'm locked out": PASSWORD_EXPIRED
    k.unlock_account(user)  # nothing to unlock: not an error
    other = k.get_user("laura.callahan@northwind.example")
    k.disable_user(other)  # SUSPENDED: an unlock does not let her sign in, so it is not reported done
    with pytest.raises(ConnectorError):
        k.unlock_account(other)


def test_revoke_sessions_reset_mfa_disable(sandbox):
    k = connector(sandbox)
    user = k.get_user("laura.callahan@northwind.example")
    k.revoke_sessions(user)
    k.reset_mfa(user)
    k.disable_user(user)
    writes = [(w["method"], w["path"], w["query"]) for w in sandbox.sandbox.writes("okta")]
    assert writes == [
        ("DELETE", f"/api/v1/users/{user.id}/sessions", {"oauthTokens": "true"}),
        ("POST", f"/api/v1/users/{user.id}/lifecycle/reset_factors", {}),
        ("POST", f"/api/v1/users/{user.id}/lifecycle/suspend", {}),
    ]
    assert state(sandbox)["users"][user.upn]["status"] == "SUSPENDED"
    assert state(sandbox)["users"][user.upn]["factors"] == []


def test_disable_by_deactivation_when_configured(sandbox):
    k = connector(sandbox, disable_mode="deactivate")
    user = k.get_user("laura.callahan@northwind.example")
    k.disable_user(user)
    (w,) = sandbox.sandbox.writes("okta")
    assert (w["path"], w["query"]) == (
        f"/api/v1/users/{user.id}/lifecycle/deactivate",
        {"sendEmail": "false"},
    )
    assert not k.get_user(user.id).enabled


def test_group_membership_by_name(sandbox):
    k = connector(sandbox)
    user = k.get_user(ROBERT)
    k.add_to_group(user, "VPN Users")
    assert "VPN Users" in state(sandbox)["users"][ROBERT]["groups"]
    k.remove_from_group(user, "VPN Users")
    assert "VPN Users" not in state(sandbox)["users"][ROBERT]["groups"]
    searches = [r for r in okta_requests(sandbox, "GET") if r["path"] == "/api/v1/groups"]
    assert searches[0]["query"] == {"search": 'profile.name eq "VPN Users"'}
    methods = [(w["method"], w["path"].split("/")[-2]) for w in sandbox.sandbox.writes("okta")]
    assert methods == [("PUT", "users"), ("DELETE", "users")]
    with pytest.raises(ConnectorError) as err:
        k.add_to_group(user, "No Such Group")
    assert err.value.permanent and err.value.code == "group_not_found"


def test_group_changes_say_what_the_membership_was_and_send_nothing_when_it_holds(sandbox):
    """Okta answers 204 to a PUT or DELETE whether or not anything changed: the result's before-state comes from
    reading the user's groups first, and a membership that already holds is not written again."""
    k = connector(sandbox)
    steven = k.get_user("steven.buchanan@northwind.example")
    removed = k.remove_from_group(steven, "VPN Users")
    assert (removed["was_member"], removed["changed"], removed["group"]) == (True, True, "VPN Users")
    assert "VPN Users" not in state(sandbox)["users"]["steven.buchanan@northwind.example"]["groups"]
    again = k.remove_from_group(steven, "VPN Users")
    assert (again["was_member"], again["changed"]) == (False, False)
    assert [w["method"] for w in sandbox.sandbox.writes("okta")] == ["DELETE"]  # once
    assert k.add_to_group(steven, "VPN Users")["changed"] is True and k.is_member(steven, "VPN Users")


def test_a_group_okta_does_not_master_is_refused_before_any_write(sandbox):
    k = connector(sandbox)
    user = k.get_user(ROBERT)
    before = state(sandbox)["users"][ROBERT]["groups"]
    with pytest.raises(ConnectorError) as err:
        k.remove_from_group(user, "Everyone")  # BUILT_IN: every user is in it, by Okta's own rule
    assert err.value.permanent and err.value.code == "group_not_writable" and "built in" in err.value.message
    assert sandbox.sandbox.writes("okta") == [] and state(sandbox)["users"][ROBERT]["groups"] == before


def test_create_user(sandbox):
    k = connector(sandbox)
    created = k.create_user("new.hire@northwind.example", "New Hire", groups=("Paralegals",))
    assert created.upn == "new.hire@northwind.example" and created.enabled
    (w,) = sandbox.sandbox.writes("okta")
    assert (w["method"], w["path"], w["query"]) == ("POST", "/api/v1/users", {"activate": "true"})
    body = json.loads(w["body"])
    assert body["profile"] == {
        "login": "new.hire@northwind.example",
        "email": "new.hire@northwind.example",
        "firstName": "New",
        "lastName": "Hire",
    }
    assert len(body["groupIds"]) == 1 and "credentials" not in body
    assert "Paralegals" in state(sandbox)["users"][created.upn]["groups"]


@pytest.mark.parametrize(
    ("login", "answer"),
    [("nancy.davolio@northwind.example", "allow"), ("steven.buchanan@northwind.example", "timeout")],
)
def test_push_verify(sandbox, login, answer):
    k = connector(sandbox)
    assert k.push_verify(k.get_user(login)) == answer
    verify = [w for w in sandbox.sandbox.writes("okta") if w["path"].endswith("/verify")]
    assert len(verify) == 1 and verify[0]["method"] == "POST"
    polls = [r for r in okta_requests(sandbox, "GET") if "/transactions/" in r["path"]]
    assert polls and all(p["path"].startswith(verify[0]["path"].removesuffix("/verify")) for p in polls)


def test_push_verify_deny_and_own_time_limit(sandbox):
    k = connector(sandbox)
    org = sandbox.sandbox.vendor("okta").orgs["northwind"]
    user = k.get_user("janet.leverling@northwind.example")
    org["users"][user.id]["_sandbox"]["push_response"] = "deny"
    assert k.push_verify(user) == "deny"
    org["users"][user.id]["_sandbox"]["push_response"] = "timeout"
    slow = connector(sandbox, push_poll_interval=0.3)
    started = time.monotonic()
    assert slow.push_verify(user, time_limit=0.5) == "timeout"
    assert time.monotonic() - started < 1.5
    with pytest.raises(ConnectorError) as err:
        k.push_verify(k.get_user("laura.callahan@northwind.example"))  # sms only
    assert err.value.code == "no_push_factor"


def test_scope_refused_before_any_request(sandbox):
    k = connector(sandbox, kinds={"unlock_account"})
    user = k.get_user(ROBERT)
    before = len(sandbox.sandbox.requests("okta"))
    for call in (
        lambda: k.reset_password(user, temporary_password="Temp-Pass-4821!x"),
        lambda: k.reset_mfa(user),
        lambda: k.add_to_group(user, "VPN Users"),
        lambda: k.disable_user(user),
        lambda: k.revoke_sessions(user),
    ):
        with pytest.raises(ScopeError):
            call()
    assert len(sandbox.sandbox.requests("okta")) == before


def test_429_to_a_read_waits_for_the_rate_limit_reset_then_reads(sandbox, monkeypatch):
    waits: list[float | None] = []

    def record(attempt, retry_after, cap):  # type: ignore[no-untyped-def]
        waits.append(retry_after)
        return 0.0

    monkeypatch.setattr(OktaSdkConnector, "_backoff", staticmethod(record))
    k = connector(sandbox)
    sandbox.sandbox.add_fault(vendor="okta", method="GET", path=r"/users/robert", statuses=[429], times=1)
    assert k.get_user(ROBERT).upn == ROBERT
    [wait] = waits
    assert wait is not None and 0 < wait <= 2  # X-Rate-Limit-Reset - Date + 1, from the sandbox's headers


@pytest.mark.parametrize("applied", [False, True])
def test_429_to_a_write_is_sent_once_and_ambiguous(sandbox, applied):
    k = connector(sandbox)
    user = k.get_user(ROBERT)
    fault = {"apply_then_fail": 429} if applied else {"statuses": [429]}
    sandbox.sandbox.add_fault(vendor="okta", method="POST", path="/lifecycle/unlock", times=1, **fault)
    with pytest.raises(ConnectorError) as err:
        k.unlock_account(user)
    assert err.value.ambiguous and not err.value.permanent and err.value.status == 429
    unlocks = [w for w in sandbox.sandbox.writes("okta") if w["path"].endswith("/unlock")]
    assert len(unlocks) == 1  # never a second unlock: the reconciler reads the account instead
    assert [e["event"] for e in state(sandbox)["events"]].count("unlock") == (1 if applied else 0)


def test_429_beyond_retries_is_not_permanent(sandbox):
    k = connector(sandbox, max_retries=0)
    user = k.get_user(ROBERT)
    sandbox.sandbox.add_fault(vendor="okta", method="POST", statuses=[429], times=1)
    with pytest.raises(ConnectorError) as err:
        k.reset_mfa(user)
    assert not err.value.permanent and err.value.status == 429 and err.value.code == "E0000047"
    assert err.value.ambiguous  # a write: whether it landed is for the reconciler
    assert err.value.retry_after is not None and 0 < err.value.retry_after <= 2


def test_permanent_4xx_carries_okta_error_summary(sandbox):
    k = connector(sandbox)
    user = k.get_user("laura.callahan@northwind.example")
    k.disable_user(user)
    with pytest.raises(ConnectorError) as err:
        k.disable_user(user)  # suspending a SUSPENDED user: Okta says 400
    assert err.value.permanent and err.value.status == 400 and err.value.code == "E0000001"
    assert "Api validation failed" in err.value.message


def test_wrong_token_is_permanent(sandbox):
    k = OktaConnector(base_url=f"{sandbox.url}/okta", credentials={"token": "00nope"})
    with pytest.raises(ConnectorError) as err:
        k.get_user(ROBERT)
    assert err.value.permanent and err.value.status == 401 and err.value.code == "E0000011"


def test_a_hang_times_out_as_ambiguous_write(sandbox):
    k = connector(sandbox, timeout=0.5)
    user = connector(sandbox).get_user(ROBERT)
    sandbox.sandbox.add_fault(vendor="okta", method="POST", path="/unlock", hang=1.5, times=1)
    with pytest.raises(ConnectorError) as err:
        k.unlock_account(user)
    # Waiting out the hang would have unlocked (200): "timeout" proves the client gave up at its own timeout,
    # without a wall-clock bound that a loaded machine breaks.
    assert err.value.code == "timeout" and not err.value.permanent and err.value.ambiguous


def test_isolated_from_okta_env_and_yaml(sandbox, monkeypatch, tmp_path):
    monkeypatch.setenv("OKTA_CLIENT_ORGURL", "https://evil.okta.com")
    monkeypatch.setenv("OKTA_CLIENT_TOKEN", "00stolen")
    monkeypatch.setenv("OKTA_CLIENT_PROXY_HOST", "10.255.255.1")
    monkeypatch.setenv("OKTA_CLIENT_AUTHORIZATIONMODE", "PrivateKey")
    monkeypatch.delenv("OKTA_TESTING_TESTINGDISABLEHTTPSCHECK", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / ".okta").mkdir()
    (tmp_path / ".okta" / "okta.yaml").write_text("okta:\n  client:\n    orgUrl: https://evil.okta.com\n")
    assert connector(sandbox).get_user(ROBERT).upn == ROBERT


def test_http_only_allowed_for_loopback():
    k = OktaConnector(base_url="http://okta.example.com", credentials={"token": "00x"}, timeout=1)
    with pytest.raises(ConnectorError, match="https") as err:
        k.get_user(ROBERT)
    assert err.value.permanent and err.value.code == "bad_config"


def test_works_inside_a_running_event_loop(sandbox):
    async def from_async_code():
        return connector(sandbox).get_user(ROBERT)

    assert asyncio.run(from_async_code()).upn == ROBERT
