"""The simulated RMMs over raw HTTP (no connector): NinjaOne's OAuth lanes and rotation, its envelopes, paging,
throttling and script runs; Datto's token, paging, UDFs and quick jobs. What a connector may rely on is pinned here.
"""

from __future__ import annotations

import json
import time
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from sandbox.vendors.datto import DIAG_COMPONENT, api_key, api_secret
from sandbox.vendors.ninjaone import DIAG_SCRIPT, client_id, client_secret, seed_refresh_token
from tests.sandbox.vendor_helpers import connection, raw_session

http = raw_session()


def ninja_url(sandbox) -> str:
    return f"{sandbox.url}/ninjaone"


def ninja_token(sandbox, grant: str = "client_credentials", **form: str) -> Any:
    body = {"grant_type": grant, "client_id": client_id("contoso"), "client_secret": client_secret("contoso"), **form}
    return http.post(f"{ninja_url(sandbox)}/ws/oauth/token", data=body)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def user_token(sandbox) -> str:
    return ninja_token(sandbox, "refresh_token", refresh_token=seed_refresh_token("contoso")).json()["access_token"]


def test_client_credentials_give_no_refresh_token_and_cannot_run_scripts(sandbox):
    answer = ninja_token(sandbox, scope="monitoring management").json()
    assert answer["token_type"] == "Bearer" and answer["expires_in"] == 3600 and "refresh_token" not in answer
    run = http.post(f"{ninja_url(sandbox)}/v2/device/1003/script/run", headers=bearer(answer["access_token"]),
                    json={"type": "SCRIPT", "id": DIAG_SCRIPT, "runAs": "system"})
    assert run.status_code == 403 and run.json()["error"] == "user_context_required" and run.json()["error_code"] == 5


def test_authorization_code_with_offline_access_then_refresh_rotates(sandbox):
    consent = http.get(f"{ninja_url(sandbox)}/ws/oauth/authorize", allow_redirects=False, params={
        "response_type": "code", "client_id": client_id("contoso"), "redirect_uri": "https://rallied.example/cb",
        "scope": "monitoring management offline_access", "state": "s1"})
    assert consent.status_code == 302
    query = parse_qs(urlsplit(consent.headers["Location"]).query)
    assert query["state"] == ["s1"]
    first = ninja_token(sandbox, "authorization_code", code=query["code"][0],
                        redirect_uri="https://rallied.example/cb").json()
    assert first["refresh_token"]
    second = ninja_token(sandbox, "refresh_token", refresh_token=first["refresh_token"]).json()
    assert second["refresh_token"] != first["refresh_token"]
    reused = ninja_token(sandbox, "refresh_token", refresh_token=first["refresh_token"])
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_token"
    run = http.post(f"{ninja_url(sandbox)}/v2/device/1003/script/run", headers=bearer(second["access_token"]),
                    json={"type": "SCRIPT", "id": DIAG_SCRIPT, "runAs": "system"})
    assert run.status_code == 204 and run.content == b""


def test_unknown_client_bad_secret_and_missing_token_use_the_vendors_bodies(sandbox):
    unknown = http.post(f"{ninja_url(sandbox)}/ws/oauth/token", data={"grant_type": "client_credentials",
                                                                      "client_id": "nope", "client_secret": "x"})
    assert unknown.status_code == 401 and unknown.json() == {"resultCode": "Client app not exist"}
    bad = ninja_token(sandbox, client_secret="wrong")
    assert bad.status_code == 401 and bad.json()["error"] == "invalid_client"
    bare = http.get(f"{ninja_url(sandbox)}/v2/devices")
    assert bare.status_code == 401 and bare.json() == {"error": "not_authenticated",
                                                       "error_description": "Invalid credentials", "error_code": 10}


def test_a_monitoring_token_cannot_write(sandbox):
    token = ninja_token(sandbox, scope="monitoring").json()["access_token"]
    patch = http.patch(f"{ninja_url(sandbox)}/v2/device/1003/custom-fields", headers=bearer(token),
                       json={"assignedUser": "x"})
    assert patch.status_code == 401 and patch.json()["error"] == "insufficient_privileges"


def test_keyset_paging_and_the_api_alias(sandbox):
    token = ninja_token(sandbox, scope="monitoring management").json()["access_token"]
    first = http.get(f"{ninja_url(sandbox)}/v2/devices", headers=bearer(token), params={"pageSize": 3}).json()
    rest = http.get(f"{ninja_url(sandbox)}/api/v2/devices", headers=bearer(token),
                    params={"pageSize": 100, "after": first[-1]["id"]}).json()
    assert len(first) == 3 and [d["id"] for d in first + rest] == sorted(d["id"] for d in first + rest)
    assert {d["organizationId"] for d in first + rest} == {10}  # Contoso's client sees Contoso's devices only
    bad = http.get(f"{ninja_url(sandbox)}/v2/devices", headers=bearer(token), params={"df": "organizationId = 10"})
    assert bad.status_code == 400 and bad.json()["errorMessage"]["code"] == "invalid_filter"


def test_a_script_run_is_a_job_then_an_activity_and_a_field(sandbox, monkeypatch):
    vendor = sandbox.sandbox.vendor("ninjaone")
    monkeypatch.setattr(vendor, "script_delay", 0.3)
    token = user_token(sandbox)
    upper = http.post(f"{ninja_url(sandbox)}/v2/device/1003/script/run", headers=bearer(token),
                      json={"type": "SCRIPT", "id": DIAG_SCRIPT, "runAs": "SYSTEM"})
    assert upper.status_code == 400  # runAs must be lowercase
    run = http.post(f"{ninja_url(sandbox)}/v2/device/1003/script/run", headers=bearer(token),
                    json={"type": "SCRIPT", "id": DIAG_SCRIPT, "runAs": "system"})
    assert run.status_code == 204
    jobs = http.get(f"{ninja_url(sandbox)}/v2/device/1003/jobs", headers=bearer(token)).json()
    assert [j["jobStatus"] for j in jobs] == ["IN_PROCESS"]
    time.sleep(0.35)
    assert http.get(f"{ninja_url(sandbox)}/v2/device/1003/jobs", headers=bearer(token)).json() == []
    acts = http.get(f"{ninja_url(sandbox)}/v2/device/1003/activities", headers=bearer(token),
                    params={"seriesUid": jobs[0]["uid"]}).json()["activities"]
    assert {(a["statusCode"], a.get("activityResult")) for a in acts} >= {("COMPLETED", "SUCCESS")}
    fields = http.get(f"{ninja_url(sandbox)}/v2/device/1003/custom-fields", headers=bearer(token)).json()
    assert json.loads(fields["diagLastResult"])["pingMs"]["gateway"] == 230


def test_errors_use_ninjaones_envelopes(sandbox):
    token = ninja_token(sandbox, scope="monitoring management").json()["access_token"]
    missing = http.get(f"{ninja_url(sandbox)}/v2/device/424242", headers=bearer(token))
    assert missing.status_code == 404 and missing.json()["resultCode"] == "FAILURE" and missing.json()["incidentId"]
    readonly = http.patch(f"{ninja_url(sandbox)}/v2/device/1003/custom-fields", headers=bearer(token),
                          json={"assetTag": "x"})
    assert readonly.status_code == 400 and readonly.json() == {
        "errorMessage": {"code": "attribute_not_found", "params": {"name": "assetTag"}}}
    http.post(f"{ninja_url(sandbox)}/v2/tag", headers=bearer(token), json={"name": "vip"})
    dup = http.post(f"{ninja_url(sandbox)}/v2/tag", headers=bearer(token), json={"name": "VIP"})
    assert dup.status_code == 409


@pytest.mark.parametrize("mode", ["html", "html403", "429"])
def test_both_rate_limit_signals(sandbox, mode):
    token = ninja_token(sandbox, scope="monitoring management").json()["access_token"]
    set_mode = http.post(f"{sandbox.url}/_control/vendors/ninjaone/throttle", json={"mode": mode, "times": 1})
    assert set_mode.status_code == 200
    throttled = http.get(f"{ninja_url(sandbox)}/v2/devices", headers=bearer(token))
    if mode.startswith("html"):
        assert throttled.status_code == (200 if mode == "html" else 403)
        assert throttled.headers["Content-Type"].startswith("text/html")
        assert "Too many requests" in throttled.text
    else:
        assert throttled.status_code == 429
    assert http.get(f"{ninja_url(sandbox)}/v2/devices", headers=bearer(token)).status_code == 200


# -- Datto ----------------------------------------------------------------------------------------------------
def datto_token(sandbox) -> str:
    answer = http.post(f"{sandbox.url}/datto/auth/oauth/token", auth=("public-client", "public"),
                       data={"grant_type": "password", "username": api_key("northwind"),
                             "password": api_secret("northwind")})
    assert answer.status_code == 200 and answer.json()["expires_in"] == 360000
    return answer.json()["access_token"]


def test_datto_token_needs_the_public_client(sandbox):
    plain = http.post(f"{sandbox.url}/datto/auth/oauth/token", data={"grant_type": "password",
                                                                     "username": api_key("northwind"),
                                                                     "password": api_secret("northwind")})
    assert plain.status_code == 401


def test_datto_pages_udfs_and_quick_jobs(sandbox, monkeypatch):
    monkeypatch.setattr(sandbox.sandbox.vendor("datto"), "job_delay", 0.2)
    token = datto_token(sandbox)
    site = connection(sandbox.url, "northwind", "datto")["config"]["site_uid"]
    url = f"{sandbox.url}/datto/api/v2/site/{site}/devices"
    first = http.get(url, headers=bearer(token), params={"max": 3}).json()
    assert first["pageDetails"]["count"] == 3 and first["pageDetails"]["nextPageUrl"]
    second = http.get(first["pageDetails"]["nextPageUrl"], headers=bearer(token)).json()
    assert {d["uid"] for d in first["devices"]}.isdisjoint(d["uid"] for d in second["devices"])
    device = first["devices"][0]
    udf = f"{sandbox.url}/datto/api/v2/device/{device['uid']}/udf"
    http.post(udf, headers=bearer(token), json={"udf2": "onboarded"})
    http.post(udf, headers=bearer(token), json={"udf1": ""})
    held = sandbox.sandbox.state()["datto"]["devices"][device["uid"]]["udf"]
    assert held["udf1"] == "" and held["udf2"] == "onboarded"  # "" clears; an omitted UDF is unchanged
    job = http.put(f"{sandbox.url}/datto/api/v2/device/{device['uid']}/quickjob", headers=bearer(token),
                   json={"jobName": "diag", "jobComponent": {"componentUid": DIAG_COMPONENT, "variables": []}}).json()
    results = f"{sandbox.url}/datto/api/v2/job/{job['job']['uid']}/results/{device['uid']}"
    assert job["job"]["status"] == "active" and http.get(results, headers=bearer(token)).json()[
        "jobDeploymentStatus"] == "Pending"
    time.sleep(0.25)
    assert http.get(results, headers=bearer(token)).json()["jobDeploymentStatus"] == "Success"
    out = http.get(f"{results}/stdout", headers=bearer(token)).json()
    assert json.loads(out[0]["stdData"])["cpuPct"] == 18


def test_datto_keys_see_only_their_tenants_sites(sandbox):
    token = datto_token(sandbox)
    lab = next(uid for uid, s in sandbox.sandbox.state()["datto"]["sites"].items() if s["name"] == "Harbor IT lab")
    assert http.get(f"{sandbox.url}/datto/api/v2/site/{lab}/devices", headers=bearer(token)).status_code == 404
    lab_device = next(uid for uid, d in sandbox.sandbox.state()["datto"]["devices"].items() if d["siteUid"] == lab)
    assert http.get(f"{sandbox.url}/datto/api/v2/device/{lab_device}", headers=bearer(token)).status_code == 404
