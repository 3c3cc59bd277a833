"""The Microsoft vendors on the wire: login authority, Graph and Exchange, called with plain requests."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from sandbox import build_sandbox
from sandbox.core import SandboxServer
from sandbox.vendors.entra import client_id, client_secret, tenant_id, user_id
from tests.sandbox.vendor_helpers import connection, directory, graph, graph_token, raw_session, state

ADELE = "adele.vance@contoso.example"
EXCHANGE_SCOPE = "https://outlook.office365.com/.default"


def test_connection_for_derives_sandbox_only_credentials(sandbox):
    conn = connection(sandbox.url, "contoso", "entra")
    assert conn["base_url"] == f"{sandbox.url}/graph/v1.0"
    assert conn["config"]["tenant_id"] == tenant_id("contoso") and conn["config"]["client_id"] == client_id("contoso")
    assert conn["config"]["authority_url"] == f"{sandbox.url}/entra"
    assert conn["config"]["exchange_url"] == f"{sandbox.url}/exchange"
    assert conn["credentials"] == {"client_secret": client_secret("contoso")}
    assert tenant_id("contoso") == tenant_id("contoso") != tenant_id("northwind")


def test_openid_configuration_advertises_the_real_authority(sandbox):
    tid = tenant_id("contoso")
    body = raw_session().get(f"{sandbox.url}/entra/{tid}/v2.0/.well-known/openid-configuration", timeout=5).json()
    assert body["token_endpoint"] == f"https://login.microsoftonline.com/{tid}/oauth2/v2.0/token"
    unknown = raw_session().get(f"{sandbox.url}/entra/nope/v2.0/.well-known/openid-configuration", timeout=5)
    assert unknown.status_code == 400 and unknown.json()["error"] == "invalid_tenant"
    discovery = raw_session().get(f"{sandbox.url}/entra/common/discovery/instance?api-version=1.1", timeout=5)
    assert "login.microsoftonline.com" in discovery.json()["metadata"][0]["aliases"]


@pytest.mark.parametrize("field,value,status,error", [
    ("client_secret", "wrong", 401, "invalid_client"),
    ("client_id", "00000000-0000-0000-0000-000000000000", 400, "unauthorized_client"),
    ("scope", "https://graph.microsoft.com/User.Read", 400, "invalid_scope"),
    ("grant_type", "password", 400, "unsupported_grant_type"),
])
def test_token_endpoint_refuses_bad_requests(sandbox, field, value, status, error):
    form = {"client_id": client_id("contoso"), "client_secret": client_secret("contoso"),
            "grant_type": "client_credentials", "scope": "https://graph.microsoft.com/.default", field: value}
    response = raw_session().post(f"{sandbox.url}/entra/{tenant_id('contoso')}/oauth2/v2.0/token", data=form,
                                  timeout=5)
    assert response.status_code == status and response.json()["error"] == error
    assert response.json()["error_codes"]


def test_graph_requires_a_graph_token(sandbox):
    missing = graph(sandbox.url, "GET", f"/users/{ADELE}")
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "InvalidAuthenticationToken"
    forged = graph(sandbox.url, "GET", f"/users/{ADELE}", token="sbx1.eyJ0aWQiOiJ4In0.forged")
    assert forged.status_code == 401
    exchange_token = graph_token(sandbox.url, scope=EXCHANGE_SCOPE)
    wrong_audience = graph(sandbox.url, "GET", f"/users/{ADELE}", token=exchange_token)
    assert wrong_audience.status_code == 401 and "audience" in wrong_audience.json()["error"]["message"]


def test_get_user_default_properties_and_select(sandbox):
    token = graph_token(sandbox.url)
    default = graph(sandbox.url, "GET", f"/users/{ADELE}", token).json()
    assert default["id"] == user_id(ADELE) and "accountEnabled" not in default
    assert default["@odata.context"].endswith("$metadata#users/$entity")
    selected = graph(sandbox.url, "GET", f"/users/{user_id(ADELE)}", token,
                     params={"$select": "id,accountEnabled,usageLocation"}).json()
    assert {k for k in selected if not k.startswith("@")} == {"id", "accountEnabled", "usageLocation"}
    bad = graph(sandbox.url, "GET", f"/users/{ADELE}", token, params={"$select": "nope"})
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "Request_BadRequest"
    missing = graph(sandbox.url, "GET", "/users/nobody@contoso.example", token)
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "Request_ResourceNotFound"
    assert missing.json()["error"]["innerError"]["request-id"]


def test_filter_and_next_link_paging(sandbox):
    token = graph_token(sandbox.url)
    found = graph(sandbox.url, "GET", "/users", token,
                  params={"$filter": f"userPrincipalName eq '{ADELE.upper()}'"}).json()["value"]
    assert [u["id"] for u in found] == [user_id(ADELE)]
    page = graph(sandbox.url, "GET", "/users", token, params={"$top": "5"}).json()
    assert len(page["value"]) == 5
    next_link = page["@odata.nextLink"]
    assert urlsplit(next_link).netloc == urlsplit(sandbox.url).netloc and "/graph/v1.0/users?" in next_link
    rest = raw_session().get(next_link, headers={"Authorization": f"Bearer {token}"}, timeout=5).json()
    assert len(rest["value"]) == 4 and "@odata.nextLink" not in rest
    unsupported = graph(sandbox.url, "GET", "/users", token, params={"$filter": "city eq 'x'"})
    assert unsupported.status_code == 400 and unsupported.json()["error"]["code"] == "Request_UnsupportedQuery"


def test_member_of_shows_directory_roles(sandbox):
    token = graph_token(sandbox.url)
    items = graph(sandbox.url, "GET", "/users/it.admin@contoso.example/transitiveMemberOf", token).json()["value"]
    roles = [i for i in items if i["@odata.type"] == "#microsoft.graph.directoryRole"]
    assert [r["displayName"] for r in roles] == ["Global Administrator"]
    assert roles[0]["roleTemplateId"] == "62e90394-69f5-4237-9190-012177145e10"
    groups = graph(sandbox.url, "GET", f"/users/{ADELE}/memberOf", token).json()["value"]
    assert [g["displayName"] for g in groups] == ["All Staff"]


def test_manager_and_no_manager(sandbox):
    token = graph_token(sandbox.url)
    manager = graph(sandbox.url, "GET", f"/users/{ADELE}/manager", token).json()
    assert manager["userPrincipalName"] == "megan.bowen@contoso.example"
    assert manager["@odata.type"] == "#microsoft.graph.user"
    assert graph(sandbox.url, "GET", "/users/lynne.robbins@contoso.example/manager", token).status_code == 404


def test_password_patch_keeps_only_a_digest(sandbox):
    token = graph_token(sandbox.url)
    body = {"passwordProfile": {"forceChangePasswordNextSignIn": True, "password": "Clear-Text-7731!"}}
    response = graph(sandbox.url, "PATCH", f"/users/{ADELE}", token, json=body)
    assert response.status_code == 204 and response.content == b""
    text = raw_session().get(f"{sandbox.url}/_control/state", timeout=5).text
    assert "Clear-Text-7731!" not in text
    record = json.loads(text)["graph"]["contoso"]["users"][ADELE]["password"]
    assert record["forceChangePasswordNextSignIn"] is True and record["setAt"]
    admin = graph(sandbox.url, "PATCH", "/users/it.admin@contoso.example", token, json=body)
    assert admin.status_code == 403 and admin.json()["error"]["code"] == "Authorization_RequestDenied"


def test_group_ref_semantics(sandbox):
    token = graph_token(sandbox.url)
    groups = graph(sandbox.url, "GET", "/groups", token, params={"$filter": "displayName eq 'Billing Team'"})
    gid = groups.json()["value"][0]["id"]
    ref = {"@odata.id": f"https://graph.microsoft.com/v1.0/directoryObjects/{user_id(ADELE)}"}
    assert graph(sandbox.url, "POST", f"/groups/{gid}/members/$ref", token, json=ref).status_code == 204
    again = graph(sandbox.url, "POST", f"/groups/{gid}/members/$ref", token, json=ref)
    assert again.status_code == 400
    assert again.json()["error"]["message"] == (
        "One or more added object references already exist for the following modified properties: 'members'."
    )
    path = f"/groups/{gid}/members/{user_id(ADELE)}/$ref"
    assert graph(sandbox.url, "DELETE", path, token).status_code == 204
    assert graph(sandbox.url, "DELETE", path, token).status_code == 404


def test_licences_usage_location_and_seats(sandbox):
    token = graph_token(sandbox.url)
    skus = {s["skuPartNumber"]: s for s in graph(sandbox.url, "GET", "/subscribedSkus", token).json()["value"]}
    e3 = skus["SPE_E3"]
    assert e3["prepaidUnits"]["enabled"] == 2 and e3["consumedUnits"] == 0
    add = {"addLicenses": [{"disabledPlans": [], "skuId": e3["skuId"]}], "removeLicenses": []}
    assert graph(sandbox.url, "POST", f"/users/{ADELE}/assignLicense", token, json={"addLicenses": []}).status_code == 400
    for upn in (ADELE, "sarah.lee@contoso.example"):
        assert graph(sandbox.url, "POST", f"/users/{upn}/assignLicense", token, json=add).status_code == 200
    full = graph(sandbox.url, "POST", "/users/alex.wilber@contoso.example/assignLicense", token, json=add)
    assert full.status_code == 400 and "does not have any available licenses" in full.json()["error"]["message"]
    # A user created without usageLocation cannot be licensed.
    new = {"accountEnabled": True, "displayName": "No Loc", "mailNickname": "noloc",
           "userPrincipalName": "noloc@contoso.example",
           "passwordProfile": {"password": "Welcome-2026!", "forceChangePasswordNextSignIn": True}}
    assert graph(sandbox.url, "POST", "/users", token, json=new).status_code == 201
    visio = {"addLicenses": [{"disabledPlans": [], "skuId": skus["VISIOCLIENT"]["skuId"]}], "removeLicenses": []}
    noloc = graph(sandbox.url, "POST", "/users/noloc@contoso.example/assignLicense", token, json=visio)
    assert noloc.status_code == 400 and "usage location" in noloc.json()["error"]["message"]


def test_create_user_validates_domain_and_duplicates(sandbox):
    token = graph_token(sandbox.url)
    base = {"accountEnabled": True, "displayName": "X", "mailNickname": "x",
            "passwordProfile": {"password": "Welcome-2026!", "forceChangePasswordNextSignIn": True}}
    foreign = graph(sandbox.url, "POST", "/users", token, json={**base, "userPrincipalName": "x@evil.example"})
    assert foreign.status_code == 400 and "domain portion" in foreign.json()["error"]["message"]
    dup = graph(sandbox.url, "POST", "/users", token, json={**base, "userPrincipalName": ADELE})
    assert dup.status_code == 400 and "already exists" in dup.json()["error"]["message"]


def test_risky_users_and_dismiss(sandbox):
    token = graph_token(sandbox.url)
    risky = graph(sandbox.url, "GET", "/identityProtection/riskyUsers", token,
                  params={"$filter": "riskState eq 'atRisk'"}).json()["value"]
    assert [r["userPrincipalName"] for r in risky] == ["diego.siciliani@contoso.example"]
    assert risky[0]["riskLevel"] == "high"
    dismissed = graph(sandbox.url, "POST", "/identityProtection/riskyUsers/dismiss", token,
                      json={"userIds": [risky[0]["id"]]})
    assert dismissed.status_code == 204
    after = graph(sandbox.url, "GET", f"/identityProtection/riskyUsers/{risky[0]['id']}", token).json()
    assert after["riskState"] == "dismissed" and after["riskLevel"] == "none"
    assert graph(sandbox.url, "GET", f"/identityProtection/riskyUsers/{user_id(ADELE)}", token).status_code == 404


def test_tap_is_returned_once_and_never_stored(sandbox):
    token = graph_token(sandbox.url)
    created = graph(sandbox.url, "POST", f"/users/{ADELE}/authentication/temporaryAccessPassMethods", token,
                    json={"lifetimeInMinutes": 60})
    assert created.status_code == 201
    tap = created.json()["temporaryAccessPass"]
    listed = graph(sandbox.url, "GET", f"/users/{ADELE}/authentication/methods", token).json()["value"]
    assert listed[0]["@odata.type"] == "#microsoft.graph.passwordAuthenticationMethod"
    assert tap not in json.dumps(listed) and tap not in json.dumps(state(sandbox.url))
    bad = graph(sandbox.url, "POST", f"/users/{ADELE}/authentication/temporaryAccessPassMethods", token,
                json={"lifetimeInMinutes": 5})
    assert bad.status_code == 400


def test_objects_of_another_tenant_are_invisible(tmp_path):
    """Two Entra tenants: a token of one never reaches the other's users."""
    world = json.loads(json.dumps(directory()))
    contoso = next(t for t in world["tenants"] if t["slug"] == "contoso")
    other = json.loads(json.dumps(contoso))
    other.update(slug="tailspin", name="Tailspin", domains=["tailspin.example"], psa="none", verification="manager")
    for user in other["users"]:
        user["upn"] = user["upn"].replace("contoso.example", "tailspin.example")
        if user.get("manager"):
            user["manager"] = user["manager"].replace("contoso.example", "tailspin.example")
    world["tenants"].append(other)
    path = tmp_path / "directory.json"
    path.write_text(json.dumps(world), encoding="utf-8")
    server = SandboxServer(build_sandbox(path)).start()
    try:
        tailspin_token = graph_token(server.url, "tailspin")
        stranger = graph(server.url, "GET", f"/users/{user_id(ADELE)}", tailspin_token)
        assert stranger.status_code == 404
        dismiss = graph(server.url, "POST", "/identityProtection/riskyUsers/dismiss", tailspin_token,
                        json={"userIds": [user_id("diego.siciliani@contoso.example")]})
        assert dismiss.status_code == 204
        contoso_risk = server.sandbox.state()["graph"]["contoso"]["risky"]
        assert contoso_risk["diego.siciliani@contoso.example"]["riskState"] == "atRisk"
        own = graph(server.url, "GET", "/users/adele.vance@tailspin.example", tailspin_token)
        assert own.status_code == 200
    finally:
        server.stop()


def test_exchange_invoke_command(sandbox):
    tid = tenant_id("contoso")
    token = graph_token(sandbox.url, scope=EXCHANGE_SCOPE)
    url = f"{sandbox.url}/exchange/adminapi/beta/{tid}/InvokeCommand"
    headers = {"Authorization": f"Bearer {token}"}
    add = {"CmdletInput": {"CmdletName": "Add-RecipientPermission",
                           "Parameters": {"Identity": "frontdesk@contoso.example", "Trustee": ADELE,
                                          "AccessRights": ["SendAs"]}}}
    response = raw_session().post(url, json=add, headers=headers, timeout=5)
    assert response.status_code == 200 and response.json()["value"][0]["Trustee"] == ADELE
    assert ADELE in state(sandbox.url)["exchange"]["contoso"]["frontdesk@contoso.example"]["send_as"]
    unknown = raw_session().post(url, json={"CmdletInput": {"CmdletName": "Remove-Mailbox", "Parameters": {}}},
                                 headers=headers, timeout=5)
    assert unknown.status_code == 400 and "CommandNotFoundException" in unknown.json()["error"]["message"]
    graph_only = raw_session().post(url, json=add, timeout=5,
                                    headers={"Authorization": f"Bearer {graph_token(sandbox.url)}"})
    assert graph_only.status_code == 401
    elsewhere = raw_session().post(f"{sandbox.url}/exchange/adminapi/beta/{tenant_id('x')}/InvokeCommand",
                                   json=add, headers=headers, timeout=5)
    assert elsewhere.status_code == 403


def test_exchange_set_mailbox_forwarding_and_get_mailbox_shows_it(sandbox):
    """-ForwardingSmtpAddress with -DeliverToMailboxAndForward, as Exchange takes them (the address with or without
    its smtp: prefix, $null to stop), and Get-Mailbox shows both back the way Exchange writes them."""
    tid = tenant_id("contoso")
    url = f"{sandbox.url}/exchange/adminapi/beta/{tid}/InvokeCommand"
    headers = {"Authorization": f"Bearer {graph_token(sandbox.url, scope=EXCHANGE_SCOPE)}"}
    alex = "alex.wilber@contoso.example"

    def run(name: str, **params: object) -> object:
        body = {"CmdletInput": {"CmdletName": name, "Parameters": {"Identity": alex, **params}}}
        return raw_session().post(url, json=body, headers=headers, timeout=5)

    def shown() -> tuple[object, object]:
        row = run("Get-Mailbox").json()["value"][0]
        return row["ForwardingSmtpAddress"], row["DeliverToMailboxAndForward"]

    assert shown() == (None, False)
    assert run("Set-Mailbox", ForwardingSmtpAddress="smtp:Megan.Bowen@contoso.example",
               DeliverToMailboxAndForward=True).status_code == 200
    assert shown() == ("smtp:megan.bowen@contoso.example", True)
    box = state(sandbox.url)["exchange"]["contoso"][alex]
    assert (box["forwarding"], box["deliver_and_forward"]) == ("megan.bowen@contoso.example", True)
    bad = run("Set-Mailbox", ForwardingSmtpAddress="not an address")
    assert bad.status_code == 400 and "ParameterBindingException" in bad.json()["error"]["message"]
    assert shown() == ("smtp:megan.bowen@contoso.example", True)  # a refused change changes nothing
    assert run("Set-Mailbox", ForwardingSmtpAddress=None, DeliverToMailboxAndForward=False).status_code == 200
    assert shown() == (None, False)
