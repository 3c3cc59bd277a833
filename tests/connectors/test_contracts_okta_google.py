"""Okta and Google on the wire: every request the connectors make is an operation of the vendor's spec
subset, with its query names and bodies valid, and every answer they read validates against the spec's
schemas (Okta OpenAPI, Google Discovery). Plus the exact requests the older tests leave out."""

from __future__ import annotations

import json
from typing import Any

import pytest

from rallied.connectors import google as gmod
from rallied.connectors.base import ConnectorError, ScopeError
from tests.connectors.contract_specs import check_google, check_okta
from tests.external import needs_contract_specs

NANCY, ROBERT = "nancy.davolio@northwind.example", "robert.king@northwind.example"
STEVEN, LAURA, JANET = ("steven.buchanan@northwind.example", "laura.callahan@northwind.example",
                        "janet.leverling@northwind.example")
PRIYA = "priya.shah@fabrikam.example"
D = "/admin/directory/v1"
# Okta calls the connector makes that the spec subset does not carry (roles for admin detection, push).
OKTA_OUTSIDE_SUBSET = ("/roles", "/verify", "/transactions/")


@pytest.fixture
def okta(make_connector):
    from rallied.connectors.okta import OktaConnector

    return make_connector("okta", "northwind", allowed_kinds=set(OktaConnector.supports),
                          config={"push_poll_interval": 0.02})


@pytest.fixture
def google(make_connector):
    from rallied.connectors.google import GoogleConnector

    gmod._TOKENS.clear()
    yield make_connector("google", "fabrikam", allowed_kinds=set(GoogleConnector.supports))
    gmod._TOKENS.clear()


def okta_state(sandbox) -> dict[str, Any]:
    return sandbox.sandbox.state()["okta"]["northwind"]


# -- Okta ---------------------------------------------------------------------------------------------
def okta_tour(okta, make_connector) -> None:
    robert, nancy, steven, laura = (okta.get_user(x) for x in (ROBERT, NANCY, STEVEN, LAURA))
    okta.unlock_account(robert)
    okta.reset_password(nancy, temporary_password="Temp-Pass-4821!x")
    okta.revoke_sessions(nancy)
    okta.delete_factor(steven, okta.mfa_factors(steven)[-1]["id"])
    okta.reset_mfa(steven)
    okta.add_to_group(robert, "VPN Users")
    okta.remove_from_group(robert, "VPN Users")
    okta.create_user("new.hire@northwind.example", "New Hire", temporary_password="Welcome-2026!",
                     groups=("Paralegals",))
    okta.disable_user(laura)
    with pytest.raises(ConnectorError):
        okta.disable_user(laura)  # a 400 in Okta's error envelope
    make_connector("okta", "northwind", allowed_kinds={"disable_user"},
                   config={"disable_mode": "deactivate"}).disable_user(nancy)
    okta.push_verify(okta.get_user(JANET))


@needs_contract_specs
def test_every_okta_call_is_a_spec_operation_with_valid_bodies(okta, make_connector, sandbox, wire):
    okta_tour(okta, make_connector)
    checked, outside = set(), set()
    for ex in [e for e in wire if e.vendor == "okta"]:
        if any(part in ex.path for part in OKTA_OUTSIDE_SUBSET):
            outside.add(ex.method)
            continue
        checked.add(check_okta(ex))
    assert checked == {
        "GET /api/v1/users/{id}", "GET /api/v1/users/{userId}/factors", "GET /api/v1/groups",
        "GET /api/v1/users/{userId}/risk",  # contract_specs.OKTA_SDK_PATHS
        "POST /api/v1/users", "POST /api/v1/users/{id}/lifecycle/unlock",
        "POST /api/v1/users/{id}", "POST /api/v1/users/{id}/lifecycle/expire_password",  # the reset: set, expire
        "DELETE /api/v1/users/{userId}/sessions", "DELETE /api/v1/users/{userId}/factors/{factorId}",
        "POST /api/v1/users/{id}/lifecycle/reset_factors", "PUT /api/v1/groups/{groupId}/users/{userId}",
        "DELETE /api/v1/groups/{groupId}/users/{userId}", "POST /api/v1/users/{id}/lifecycle/suspend",
        "POST /api/v1/users/{id}/lifecycle/deactivate",
        "GET /api/v1/users/{id}/groups",  # a group change reads the membership first: Okta's 204 says nothing
    }
    assert outside == {"GET", "POST"}  # roles and factor verification, outside the subset


def test_okta_create_user_with_temporary_password(okta, sandbox):
    created = okta.create_user("new.hire@northwind.example", "New Hire", temporary_password="Welcome-2026!")
    (write,) = sandbox.sandbox.writes("okta")
    assert (write["method"], write["path"]) == ("POST", "/api/v1/users")
    assert write["query"] == {"activate": "true", "nextLogin": "changePassword"}
    assert json.loads(write["body"]) == {
        "profile": {"login": "new.hire@northwind.example", "email": "new.hire@northwind.example",
                    "firstName": "New", "lastName": "Hire"},
        "credentials": {"password": {"value": "Welcome-2026!"}},
    }
    assert created.enabled and okta_state(sandbox)["users"][created.upn]["status"] == "PASSWORD_EXPIRED"
    assert "Welcome-2026!" not in json.dumps(sandbox.sandbox.state())


def test_okta_weak_temporary_password_is_permanent_with_oktas_words(okta, sandbox):
    with pytest.raises(ConnectorError) as err:
        okta.create_user("new.hire@northwind.example", "New Hire", temporary_password="short")
    assert err.value.permanent and err.value.status == 400 and err.value.code == "E0000001"
    assert "Password requirements were not met" in err.value.message
    assert "new.hire@northwind.example" not in okta_state(sandbox)["users"]


def test_okta_delete_one_factor_then_it_is_gone(okta, sandbox):
    steven = okta.get_user(STEVEN)
    factors = okta.mfa_factors(steven)
    assert [f["name"] for f in factors] == ["okta_verify_push", "sms"]
    sms = factors[1]["id"]
    assert okta.delete_factor(steven, sms) is True
    (write,) = sandbox.sandbox.writes("okta")
    assert (write["method"], write["path"], write["body"]) == (
        "DELETE", f"/api/v1/users/{steven.id}/factors/{sms}", "")
    assert okta_state(sandbox)["users"][STEVEN]["factors"] == ["push"]
    assert okta.delete_factor(steven, sms) is False  # already gone: the goal holds


def test_okta_delete_factor_is_an_mfa_reset_in_scope_terms(make_connector, sandbox):
    from rallied.connectors.base import DirectoryUser

    no_mfa = make_connector("okta", "northwind", allowed_kinds={"unlock_account"})
    with pytest.raises(ScopeError):
        no_mfa.delete_factor(DirectoryUser(id="00u1", upn=STEVEN), "fct1")
    assert sandbox.sandbox.requests() == []


def test_okta_group_add_is_a_put_on_the_groups_user(okta, sandbox):
    robert = okta.get_user(ROBERT)
    okta.add_to_group(robert, "VPN Users")
    (write,) = sandbox.sandbox.writes("okta")
    group_id = next(r for r in sandbox.sandbox.requests("okta") if r["path"] == "/api/v1/groups")
    assert group_id["query"] == {"search": 'profile.name eq "VPN Users"'}
    assert write["method"] == "PUT" and write["path"].endswith(f"/users/{robert.id}")
    assert write["path"].startswith("/api/v1/groups/00g") and write["body"] == ""


# -- Google -------------------------------------------------------------------------------------------
def google_tour(google) -> None:
    priya = google.get_user(PRIYA)
    assert google.get_user("nobody@fabrikam.example") is None
    google.reset_password(priya, temporary_password="Temp-Pass-1234")
    google.revoke_sessions(priya)
    google.reset_mfa(priya)
    google.add_to_group(priya, "estimating@fabrikam.example")
    google.add_to_group(priya, "estimating@fabrikam.example")  # 409 duplicate
    google.is_member(priya, "estimating@fabrikam.example")
    google.remove_from_group(priya, "estimating@fabrikam.example")
    google.remove_from_group(priya, "estimating@fabrikam.example")  # 404 memberKey
    google.create_user("new.hire@fabrikam.example", "New Hire", temporary_password="Welcome-2026!")
    google.disable_user(priya)


@needs_contract_specs
def test_every_google_call_is_a_discovery_method_with_valid_bodies(google, sandbox, wire):
    google_tour(google)
    checked = set()
    for ex in [e for e in wire if e.vendor == "google"]:
        if ex.path == "/token":
            continue  # the OAuth token endpoint, not the Directory API
        if ex.status >= 400:  # Google's error envelope
            error = ex.response["error"]
            assert error["code"] == ex.status and error["message"] and error["errors"][0]["reason"]
        checked.add(check_google(ex))
    assert checked == {
        "directory.users.get", "directory.users.update", "directory.users.signOut",
        "directory.twoStepVerification.turnOff", "directory.members.insert", "directory.members.hasMember",
        "directory.members.delete", "directory.users.insert",
        "directory.members.get",  # a group change reads the member (and the role a removal takes away) first
    }


def test_google_membership_check_request(google, sandbox):
    priya = google.get_user(PRIYA)
    assert google.is_member(priya, "staff@fabrikam.example") is True
    call = [r for r in sandbox.sandbox.requests("google") if r["path"] != "/token"][-1]
    assert (call["method"], call["path"]) == ("GET", f"{D}/groups/staff@fabrikam.example/hasMember/{PRIYA}")
