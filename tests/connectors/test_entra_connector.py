"""EntraConnector against the sandbox with the real msal and requests, and the exact requests it sends."""

from __future__ import annotations

import json

import msal
import pytest

from rallied.connectors.base import ConnectorError, ScopeError
from rallied.connectors.entra import EntraConnector, forget_msal_apps
from sandbox.vendors.entra import user_id
from tests.sandbox.vendor_helpers import raw_session, state

ADELE = "adele.vance@contoso.example"
DIEGO = "diego.siciliani@contoso.example"
ADMIN = "it.admin@contoso.example"


def graph_log(sandbox, method=None):
    return [r for r in sandbox.sandbox.requests("graph") if method is None or r["method"] == method]


def test_get_user_fills_manager_roles_risk_and_methods(entra, sandbox):
    adele = entra.get_user(ADELE)
    assert adele.id == user_id(ADELE)
    assert adele.enabled and not adele.locked and not adele.risky
    assert adele.manager_upn == "megan.bowen@contoso.example"
    assert adele.admin_roles == () and adele.mfa_methods == ("microsoftAuthenticator",)

    admin = entra.get_user(ADMIN)
    assert admin.admin_roles == ("Global Administrator",) and admin.is_admin

    diego = entra.get_user(DIEGO)
    assert diego.locked and diego.risky

    johanna = entra.get_user("johanna.lorenz@contoso.example")
    assert johanna.enabled is False and johanna.mfa_methods == ()
    assert entra.get_user("lynne.robbins@contoso.example").manager_upn is None


def test_get_user_unknown_returns_none(entra):
    assert entra.get_user("nobody@contoso.example") is None


def test_get_user_contract(entra, sandbox):
    entra.get_user(ADELE)
    reads = [
        (f"/users/{ADELE}", "$select="),
        (f"/users/{ADELE}/manager", "$select=id,userPrincipalName"),
        (f"/users/{ADELE}/transitiveMemberOf", ""),
        ("/identityProtection/riskyUsers", "$filter=userPrincipalName%20eq%20%27adele.vance%40contoso.example%27"),
        (f"/users/{ADELE}/authentication/methods", ""),
    ]
    # The user and the four reads about her go in one JSON batch (one HTTP call), relative to the version's root,
    # each keyed by the UPN asked for (Graph's riskyUsers by id only: that one is the list filtered to her UPN).
    [envelope] = sandbox.sandbox.calls("graph")
    assert (envelope["method"], envelope["path"]) == ("POST", "/v1.0/$batch")
    assert envelope["headers"]["accept"] == "application/json"
    sent = json.loads(envelope["body"])["requests"]
    assert [r["method"] for r in sent] == ["GET"] * 5 and len({r["id"] for r in sent}) == 5
    for (path, query), item in zip(reads, sent, strict=True):
        assert item["url"].split("?")[0] == path and query in item["url"], item["url"]
    assert "accountEnabled" in sent[0]["url"]
    items = [r for r in graph_log(sandbox) if r["batch"] == envelope["n"]]
    assert [r["path"] for r in items] == ["/v1.0" + path for path, _ in reads]
    assert all(r["status"] == 200 for r in items)
    # msal got its token from the sandbox authority, with the real client-credentials form.
    token_requests = [r for r in sandbox.sandbox.requests("entra") if r["path"].endswith("/oauth2/v2.0/token")]
    if token_requests:  # the app (and its cache) may outlive a test: a cached token means no request
        body = token_requests[0]["body"]
        assert "grant_type=client_credentials" in body and "scope=https%3A%2F%2Fgraph.microsoft.com%2F.default" in body
        assert token_requests[0]["headers"]["x-client-sku"] == "MSAL.Python"


def test_msal_app_and_token_cache_are_reused(entra, make_connector, sandbox):
    entra.get_user(ADELE)
    before = len(sandbox.sandbox.requests("entra"))
    make_connector("entra").get_user(ADELE)  # a new connector for the same app registration
    assert len(sandbox.sandbox.requests("entra")) == before


def test_reset_password_contract_and_state(entra, sandbox):
    adele = entra.get_user(ADELE)
    since = "2020-01-01T00:00:00+00:00"
    entra.reset_password(adele, temporary_password="Temp-Pass-4821!")
    patch = graph_log(sandbox, "PATCH")[-1]
    assert patch["path"] == f"/v1.0/users/{adele.id}"
    assert patch["headers"]["content-type"] == "application/json"
    assert json.loads(patch["body"]) == {
        "passwordProfile": {"forceChangePasswordNextSignIn": True, "password": "Temp-Pass-4821!"}
    }
    record = state(sandbox.url)["graph"]["contoso"]["users"][ADELE]["password"]
    assert record["forceChangePasswordNextSignIn"] is True and len(record["sha256"]) == 64 and record["setAt"]
    assert entra.password_was_reset_since(adele, since) is True
    assert entra.password_was_reset_since(adele, "2999-01-01T00:00:00+00:00") is False


def test_clear_password_never_in_control_state(entra, sandbox):
    entra.reset_password(entra.get_user(ADELE), temporary_password="Never-Shown-9917!")
    text = raw_session().get(f"{sandbox.url}/_control/state", timeout=5).text
    assert "Never-Shown-9917!" not in text


def test_reset_password_on_admin_is_refused_by_entra(entra):
    with pytest.raises(ConnectorError) as err:
        entra.reset_password(entra.get_user(ADMIN), temporary_password="Temp-Pass-4821!")
    assert err.value.permanent and err.value.status == 403 and err.value.code == "Authorization_RequestDenied"


def test_weak_password_is_permanent_with_vendor_message(entra):
    with pytest.raises(ConnectorError) as err:
        entra.reset_password(entra.get_user(ADELE), temporary_password="short")
    assert err.value.permanent and err.value.status == 400
    assert "complexity" in err.value.message


def test_unlock_account_dismisses_risk(entra, sandbox):
    diego = entra.get_user(DIEGO)
    entra.unlock_account(diego)
    post = graph_log(sandbox, "POST")[-1]
    assert post["path"] == "/v1.0/identityProtection/riskyUsers/dismiss"
    assert json.loads(post["body"]) == {"userIds": [diego.id]}
    after = entra.get_user(DIEGO)
    assert not after.locked and not after.risky
    assert state(sandbox.url)["graph"]["contoso"]["risky"][DIEGO]["riskState"] == "dismissed"


def test_revoke_sessions(entra, sandbox):
    adele = entra.get_user(ADELE)
    entra.revoke_sessions(adele)
    post = graph_log(sandbox, "POST")[-1]
    assert post["path"] == f"/v1.0/users/{adele.id}/revokeSignInSessions" and post["body"] == ""
    seen = state(sandbox.url)["graph"]["contoso"]["users"][ADELE]["signInSessionsValidFromDateTime"]
    assert seen > "2025-01-06T09:00:00Z"


def test_revoke_sessions_accepts_204(entra, sandbox, monkeypatch):
    from sandbox.core import Response

    graph = sandbox.sandbox.vendors["graph"]
    monkeypatch.setattr(graph, "_route_cache", [
        (m, p, (lambda req: Response(204)) if "revokeSignInSessions" in p.pattern else h)
        for m, p, h in graph._compiled()
    ])
    entra.revoke_sessions(entra.get_user(ADELE))


def test_reset_mfa_issues_tap_then_removes_other_methods(entra, sandbox, caplog):
    alex = entra.get_user("alex.wilber@contoso.example")
    assert set(alex.mfa_methods) == {"microsoftAuthenticator", "phone"}
    tap = entra.reset_mfa(alex)
    assert len(tap) == 8
    calls = [(r["method"], r["path"].rsplit("/authentication/", 1)[-1]) for r in graph_log(sandbox)
             if "/authentication/" in r["path"]][1:]  # skip get_user's listing
    assert calls[0] == ("POST", "temporaryAccessPassMethods")
    assert ("DELETE", "phoneMethods/3179e48a-750b-4051-897c-87b9720928f7") in calls
    assert entra.get_user(alex.upn).mfa_methods == ("temporaryAccessPass",)
    text = json.dumps(state(sandbox.url))
    assert tap not in text and tap not in caplog.text


def test_reset_mfa_on_admin_refused_before_any_method_is_removed(entra, sandbox):
    with pytest.raises(ConnectorError) as err:
        entra.reset_mfa(entra.get_user(ADMIN))
    assert err.value.status == 403
    assert not graph_log(sandbox, "DELETE")
    assert len(state(sandbox.url)["graph"]["contoso"]["users"][ADMIN]["methods"]) == 2


def test_group_membership_is_idempotent(entra, sandbox):
    adele = entra.get_user(ADELE)
    added = entra.add_to_group(adele, "Billing Team")
    assert (added["changed"], added["was_member"], added["via"], added["group_type"]) == (True, False, "graph",
                                                                                        "security")
    post = graph_log(sandbox, "POST")[-1]
    assert post["path"].endswith("/members/$ref")
    assert json.loads(post["body"]) == {"@odata.id": f"{entra.base_url}/directoryObjects/{adele.id}"}
    writes = len(graph_log(sandbox, "POST"))
    assert entra.add_to_group(adele, "Billing Team")["changed"] is False  # read first: already a member
    assert len(graph_log(sandbox, "POST")) == writes  # and nothing sent
    assert ADELE in state(sandbox.url)["graph"]["contoso"]["groups"]["Billing Team"]
    removed = entra.remove_from_group(adele, "Billing Team")
    assert removed["changed"] is True and removed["was_member"] is True  # the before-state: the undo adds back
    delete = graph_log(sandbox, "DELETE")[-1]
    assert delete["path"] == f"/v1.0/groups/{delete['path'].split('/')[3]}/members/{adele.id}/$ref"
    again = entra.remove_from_group(adele, "Billing Team")
    assert again["changed"] is False and again["was_member"] is False
    assert ADELE not in state(sandbox.url)["graph"]["contoso"]["groups"]["Billing Team"]


def test_group_errors_are_permanent(entra, sandbox):
    adele = entra.get_user(ADELE)
    with pytest.raises(ConnectorError) as missing:
        entra.add_to_group(adele, "No Such Group")
    assert missing.value.permanent and missing.value.code == "group_not_found"
    with pytest.raises(ConnectorError) as privileged:
        entra.add_to_group(adele, "Privileged Admins")
    assert privileged.value.status == 403
    assert ADELE not in state(sandbox.url)["graph"]["contoso"]["groups"]["Privileged Admins"]


def test_assign_and_remove_license(entra, sandbox):
    adele = entra.get_user(ADELE)
    assert entra.assign_license(adele, "VISIOCLIENT") is True
    post = graph_log(sandbox, "POST")[-1]
    assert post["path"] == f"/v1.0/users/{adele.id}/assignLicense"
    body = json.loads(post["body"])
    assert body["removeLicenses"] == [] and body["addLicenses"][0]["disabledPlans"] == []
    assert entra.assign_license(adele, "VISIOCLIENT") is False
    skus = state(sandbox.url)["graph"]["contoso"]["skus"]
    assert skus["VISIOCLIENT"]["consumed"] == 2
    assert entra.remove_license(adele, "VISIOCLIENT") is True
    assert entra.remove_license(adele, "VISIOCLIENT") is False


def test_assign_license_without_free_seats(entra, sandbox):
    entra.assign_license(entra.get_user(ADELE), "VISIOCLIENT")  # 2 of 2 used now
    writes_before = len(sandbox.sandbox.writes("graph"))  # not POSTs: reading her is a POST of a $batch
    with pytest.raises(ConnectorError) as err:
        entra.assign_license(entra.get_user("sarah.lee@contoso.example"), "VISIOCLIENT")
    assert err.value.permanent and err.value.code == "no_free_licenses"
    assert len(sandbox.sandbox.writes("graph")) == writes_before


def test_assign_license_sets_usage_location_first(make_connector, sandbox):
    entra = make_connector("entra", allowed_kinds={"create_user", "assign_license"},
                           config={"default_usage_location": ""})
    user = entra.create_user(upn="no.location@contoso.example", display_name="No Location",
                             temporary_password="Welcome-2026!")
    with pytest.raises(ConnectorError) as err:
        entra.assign_license(user, "SPE_E3")
    assert err.value.code == "no_usage_location"
    located = make_connector("entra", allowed_kinds={"assign_license"})
    assert located.assign_license(user, "SPE_E3") is True
    assert state(sandbox.url)["graph"]["contoso"]["users"]["no.location@contoso.example"]["usageLocation"] == "US"


def test_create_user_and_disable(entra, sandbox):
    user = entra.create_user(upn="new.hire@contoso.example", display_name="New Hire",
                             temporary_password="Welcome-2026!", job_title="Assistant",
                             manager_upn="megan.bowen@contoso.example")
    assert user.manager_upn == "megan.bowen@contoso.example" and user.enabled
    created = json.loads(next(r for r in graph_log(sandbox, "POST") if r["path"] == "/v1.0/users")["body"])
    assert created["passwordProfile"]["forceChangePasswordNextSignIn"] is True
    assert created["mailNickname"] == "new.hire" and created["usageLocation"] == "US"
    assert "Welcome-2026!" not in json.dumps(state(sandbox.url))
    with pytest.raises(ConnectorError) as dup:
        entra.create_user(upn="new.hire@contoso.example", display_name="Again", temporary_password="Welcome-2026!")
    assert dup.value.permanent and "already exists" in dup.value.message
    entra.disable_user(user)
    assert json.loads(graph_log(sandbox, "PATCH")[-1]["body"]) == {"accountEnabled": False}
    assert entra.get_user(user.upn).enabled is False


def test_mailbox_access_via_exchange(entra, sandbox):
    adele = entra.get_user(ADELE)
    entra.grant_mailbox_access(adele, "billing@contoso.example", "FullAccess")
    entra.grant_mailbox_access(adele, "billing@contoso.example", rights="SendAs")
    calls = [json.loads(r["body"])["CmdletInput"] for r in sandbox.sandbox.requests("exchange")]
    call = sandbox.sandbox.requests("exchange")[0]
    assert call["method"] == "POST" and call["path"] == f"/adminapi/beta/{entra.tenant_id}/InvokeCommand"
    assert {"CmdletName": "Add-MailboxPermission",
            "Parameters": {"Identity": "billing@contoso.example", "User": ADELE, "AccessRights": ["FullAccess"],
                           "InheritanceType": "All", "AutoMapping": False}} in calls
    assert call["headers"]["x-responseformat"] == "json"
    box = state(sandbox.url)["exchange"]["contoso"]["billing@contoso.example"]
    assert ADELE in box["full_access"] and ADELE in box["send_as"]
    assert entra.mailbox_rights_held(adele, "billing@contoso.example") == {"FullAccess", "SendAs"}
    entra.revoke_mailbox_access(adele, "billing@contoso.example", "FullAccess")
    entra.revoke_mailbox_access(adele, "billing@contoso.example", rights="SendAs")
    box = state(sandbox.url)["exchange"]["contoso"]["billing@contoso.example"]
    assert ADELE not in box["full_access"] and ADELE not in box["send_as"]
    with pytest.raises(ConnectorError) as err:
        entra.grant_mailbox_access(adele, "nosuch@contoso.example", "FullAccess")
    assert err.value.permanent and "ManagementObjectNotFoundException" in err.value.message


@pytest.mark.parametrize("kind,call", [
    ("reset_password", lambda c, u: c.reset_password(u, temporary_password="Temp-Pass-4821!")),
    ("unlock_account", lambda c, u: c.unlock_account(u)),
    ("revoke_sessions", lambda c, u: c.revoke_sessions(u)),
    ("reset_mfa", lambda c, u: c.reset_mfa(u)),
    ("add_to_group", lambda c, u: c.add_to_group(u, "Billing Team")),
    ("remove_from_group", lambda c, u: c.remove_from_group(u, "Billing Team")),
    ("assign_license", lambda c, u: c.assign_license(u, "SPE_E3")),
    ("remove_license", lambda c, u: c.remove_license(u, "SPE_E3")),
    ("disable_user", lambda c, u: c.disable_user(u)),
    ("grant_mailbox_access", lambda c, u: c.grant_mailbox_access(u, "billing@contoso.example", "SendAs")),
    ("revoke_mailbox_access", lambda c, u: c.revoke_mailbox_access(u, "billing@contoso.example", "SendAs")),
    ("create_user", lambda c, u: c.create_user(upn="x@contoso.example", display_name="X",
                                               temporary_password="Welcome-2026!")),
])
def test_scope_refusal_happens_before_any_request(make_connector, sandbox, kind, call):
    reader = make_connector("entra")  # reads only
    adele = reader.get_user(ADELE)
    seen = len(sandbox.sandbox.requests())
    with pytest.raises(ScopeError):
        call(reader, adele)
    assert len(sandbox.sandbox.requests()) == seen
    assert kind in EntraConnector.supports


def test_wrong_client_secret_fails_with_401(make_connector, sandbox):
    forget_msal_apps()
    bad = make_connector("entra", credentials={"client_secret": "wrong-secret"})
    with pytest.raises(ConnectorError) as err:
        bad.get_user(ADELE)
    assert err.value.permanent and err.value.status == 401 and err.value.code == "invalid_client"
    assert "wrong-secret" not in str(err.value)
    token = [r for r in sandbox.sandbox.requests("entra") if "/oauth2/" in r["path"]]
    assert token and not sandbox.sandbox.requests("graph")


def test_real_msal_against_sandbox_authority_directly(sandbox):
    """The sandbox speaks msal's wire contract: discovery, token, cache, error dict."""
    from rallied.connectors.entra import msal_app
    from tests.sandbox.vendor_helpers import connection

    conn = connection(sandbox.url, "contoso", "entra")
    forget_msal_apps()
    app = msal_app(tenant_id=conn["config"]["tenant_id"], client_id=conn["config"]["client_id"],
                   secret=conn["credentials"]["client_secret"], authority_url=conn["config"]["authority_url"],
                   timeout=5)
    assert isinstance(app, msal.ConfidentialClientApplication)
    first = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    second = app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
    assert first["token_type"] == "Bearer" and first["token_source"] == "identity_provider"
    assert second["token_source"] == "cache"
    paths = [r["path"] for r in sandbox.sandbox.requests("entra")]
    tid = conn["config"]["tenant_id"]
    assert paths == [f"/{tid}/v2.0/.well-known/openid-configuration", f"/{tid}/oauth2/v2.0/token"]
