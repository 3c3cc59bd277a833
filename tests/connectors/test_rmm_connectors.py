"""The RMM connectors (NinjaOne, Datto RMM) against the sandbox: each outcome checked from the sandbox's own state.

Finding a person's computers, tagging one, running an allowed script and reading its result, reading health; the
per-tenant script allow-list from both sides; and the faults the contract names: 429 and NinjaOne's HTML rate-limit
page, 5xx, an expired refresh token, a script that never reports.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from rallied.connectors.base import ConnectorError
from rallied.connectors.rmm_types import ScriptNotAllowed
from sandbox.vendors.datto import CLEANUP_COMPONENT, DIAG_COMPONENT
from sandbox.vendors.ninjaone import CLEANUP_SCRIPT, DIAG_SCRIPT, seed_refresh_token

ADELE, MEGAN, SARAH = "adele.vance@contoso.example", "megan.bowen@contoso.example", "sarah.lee@contoso.example"
NANCY, LAURA = "nancy.davolio@northwind.example", "laura.callahan@northwind.example"
PRIYA = "priya.shah@fabrikam.example"
FAST = {"poll_interval": 0.05, "script_timeout": 5}


@pytest.fixture
def ninja(make_connector):
    return make_connector("ninjaone", "contoso", config=FAST)


@pytest.fixture
def datto(make_connector):
    return make_connector("datto", "northwind", config=FAST)


def vendor(sandbox, prefix: str) -> Any:
    return sandbox.sandbox.vendor(prefix)


def calls(sandbox, prefix: str, method: str, fragment: str) -> list[dict[str, Any]]:
    return [r for r in sandbox.sandbox.requests(prefix) if r["method"] == method and fragment in r["path"]]


# -- NinjaOne: finding devices ------------------------------------------------------------------------------
def test_ninja_finds_the_owners_devices_and_lists_both_when_there_are_two(ninja):
    found = ninja.find_devices(MEGAN)
    assert [(d.name, d.matched_by) for d in found] == [("CONT-LT-MBOWEN", "owner"), ("CONT-WS-MBOWEN", "owner")]
    assert [d.name for d in ninja.find_devices(ADELE)] == ["CONT-LT-AVANCE"]


def test_ninja_falls_back_to_the_last_logged_on_user_when_no_owner_is_set(ninja, sandbox):
    assert not any(d.get("assignedOwnerUid") and d["systemName"] == "CONT-LT-SLEE"
                   for d in vendor(sandbox, "ninjaone").devices.values())
    found = ninja.find_devices(SARAH)
    assert [(d.name, d.matched_by, d.last_user) for d in found] == [
        ("CONT-LT-SLEE", "last logged-on user", "CONTOSO\\sarah.lee")]


def test_ninja_never_finds_another_tenants_people_or_devices(ninja):
    assert ninja.find_devices(PRIYA) == []
    assert ninja.find_devices("nobody@contoso.example") == []
    with pytest.raises(ConnectorError) as err:
        ninja.device_health("3003", live=False)  # Priya's laptop, in Fabrikam's organization
    assert err.value.status == 404 and err.value.permanent


# -- NinjaOne: tagging -------------------------------------------------------------------------------------
def test_ninja_tags_a_device_owner_field_tag_and_location_as_ninjaone_holds_it(ninja, sandbox):
    device = ninja.tag_device("1006", owner=SARAH, fields={"assignedUser": SARAH, "onboardingTicket": "HD-1234"},
                              tag="onboarded", location_id=102)
    state = sandbox.sandbox.state()["ninjaone"]
    held = state["devices"]["1006"]
    sarah = state["end_users"][SARAH]
    assert held["assignedOwnerUid"] == sarah["uid"] and 1006 in sarah["assignedDeviceIds"]
    assert held["customFields"]["assignedUser"] == SARAH and held["customFields"]["onboardingTicket"] == "HD-1234"
    assert held["assetTags"] == ["onboarded"] and held["locationId"] == 102
    assert device.raw["tags"] == ["onboarded"]
    assert [d.matched_by for d in ninja.find_devices(SARAH)] == ["owner"]  # the owner record now finds it


def test_ninja_tagging_twice_reuses_the_tag(ninja, sandbox):
    ninja.tag_device("1003", tag="onboarded")
    ninja.tag_device("1004", tag="Onboarded")
    tags = sandbox.sandbox.state()["ninjaone"]["tags"]
    assert [t["name"] for t in tags].count("onboarded") == 1
    assert [r["path"] for r in sandbox.sandbox.requests("ninjaone") if r["method"] == "POST"].count("/v2/tag") == 1
    assert sandbox.sandbox.state()["ninjaone"]["devices"]["1004"]["assetTags"] == ["onboarded"]


def test_ninja_refuses_a_read_only_field_with_the_vendors_reason(ninja, sandbox):
    with pytest.raises(ConnectorError) as err:
        ninja.tag_device("1003", fields={"assetTag": "X"})
    assert err.value.status == 400 and err.value.code == "attribute_not_found" and err.value.permanent
    assert sandbox.sandbox.state()["ninjaone"]["devices"]["1003"]["customFields"]["assetTag"] == "HIT-1003"


# -- NinjaOne: scripts and the allow-list --------------------------------------------------------------------
def test_ninja_runs_the_allowed_diagnostics_and_reads_the_field_the_script_wrote(ninja, sandbox):
    result = ninja.run_script("1003", str(DIAG_SCRIPT))
    runs = sandbox.sandbox.state()["ninjaone"]["runs"]
    assert [(r["device"], r["script"], r["runAs"]) for r in runs] == [(1003, DIAG_SCRIPT, "system")]
    written = json.loads(sandbox.sandbox.state()["ninjaone"]["devices"]["1003"]["customFields"]["diagLastResult"])
    assert result.data == written and written["pingMs"]["gateway"] == 230 and written["diskFreePct"] == {"C:": 3}
    (run,) = calls(sandbox, "ninjaone", "POST", "/script/run")
    assert run["status"] == 204


def test_a_script_not_on_the_allow_list_is_never_sent(ninja, sandbox):
    with pytest.raises(ScriptNotAllowed) as err:
        ninja.run_script("1003", str(CLEANUP_SCRIPT))
    assert err.value.code == "script_not_allowed" and err.value.permanent
    assert sandbox.sandbox.requests("ninjaone") == []  # refused before any request
    assert sandbox.sandbox.state()["ninjaone"]["runs"] == []


def test_a_script_the_service_lead_added_to_the_allow_list_runs(make_connector, sandbox):
    ninja = make_connector("ninjaone", "contoso", config={**FAST, "allowed_scripts": [DIAG_SCRIPT, CLEANUP_SCRIPT]})
    result = ninja.run_script("1001", str(CLEANUP_SCRIPT))
    assert [r["script"] for r in sandbox.sandbox.state()["ninjaone"]["runs"]] == [CLEANUP_SCRIPT]
    assert result.data is None  # it writes no diagnostics: the earlier field value is not taken for its output


@pytest.fixture
def quick_timeout(make_connector):
    return make_connector("ninjaone", "contoso", config={**FAST, "script_timeout": 0.4,
                                                          "allowed_scripts": [DIAG_SCRIPT, CLEANUP_SCRIPT]})


def test_a_script_that_never_reports_ends_in_a_clear_error(quick_timeout, sandbox):
    vendor(sandbox, "ninjaone").silent.add(1003)
    with pytest.raises(ConnectorError) as err:
        quick_timeout.run_script("1003", str(DIAG_SCRIPT))
    assert err.value.code == "script_no_result" and not err.value.permanent
    assert "did not report" in err.value.message and "CONT-LT-AVANCE" in err.value.message
    assert len(calls(sandbox, "ninjaone", "POST", "/script/run")) == 1  # sent once, never again


def test_an_earlier_result_in_the_field_is_not_taken_for_this_runs(make_connector, sandbox):
    ninja = make_connector("ninjaone", "contoso", config={**FAST, "allowed_scripts": [DIAG_SCRIPT, CLEANUP_SCRIPT]})
    vendor(sandbox, "ninjaone").fields[1001]["diagLastResult"] = json.dumps({"ts": 1.0, "pingMs": {"gateway": 1}})
    assert ninja.run_script("1001", str(CLEANUP_SCRIPT)).data is None


def test_an_offline_device_is_not_sent_a_script(make_connector, sandbox):
    ninja = make_connector("ninjaone", "contoso", config=FAST)
    vendor(sandbox, "ninjaone").devices[1004]["offline"] = True
    with pytest.raises(ConnectorError) as err:
        ninja.run_script("1004", str(DIAG_SCRIPT))
    assert err.value.code == "device_offline"
    assert calls(sandbox, "ninjaone", "POST", "/script/run") == []


# -- NinjaOne: tokens ---------------------------------------------------------------------------------------
def test_the_rotated_refresh_token_is_handed_over_and_the_old_one_is_dead(ninja, make_connector, sandbox):
    handed: list[dict[str, Any]] = []
    ninja.on_credentials_changed = handed.append
    ninja.run_script("1003", str(DIAG_SCRIPT))
    seed = seed_refresh_token("contoso")
    assert handed and handed[-1]["refresh_token"] != seed and ninja.credentials["refresh_token"] == handed[-1][
        "refresh_token"]
    stale = make_connector("ninjaone", "contoso", config=FAST)  # still holds the seed token
    with pytest.raises(ConnectorError) as err:
        stale.run_script("1003", str(DIAG_SCRIPT))
    assert err.value.code == "reconsent_required" and err.value.permanent
    assert "consent again" in err.value.message


def test_an_expired_refresh_token_stops_scripts_with_a_clear_error_and_sends_nothing(ninja, sandbox):
    vendor(sandbox, "ninjaone").refresh_tokens.clear()
    with pytest.raises(ConnectorError) as err:
        ninja.run_script("1003", str(DIAG_SCRIPT))
    assert err.value.code == "reconsent_required"
    assert calls(sandbox, "ninjaone", "POST", "/script/run") == []
    assert ninja.device_health("1003", live=False).uptime_days  # reads go on through client credentials


def test_an_access_token_that_expired_early_is_renewed_once(ninja, sandbox):
    ninja.find_devices(ADELE)
    for grant in vendor(sandbox, "ninjaone").tokens.values():
        grant["expires"] = 0
    assert [d.name for d in ninja.find_devices(ADELE)] == ["CONT-LT-AVANCE"]
    refused = [r for r in sandbox.sandbox.requests("ninjaone") if r["status"] == 401]
    assert len(refused) == 1


# -- NinjaOne: throttling and server errors ----------------------------------------------------------------
def test_the_html_rate_limit_page_is_throttling_and_a_read_is_retried(ninja, sandbox):
    vendor(sandbox, "ninjaone").throttle = {"mode": "html", "times": 2, "method": "GET"}
    assert [d.name for d in ninja.find_devices(ADELE)] == ["CONT-LT-AVANCE"]
    assert ninja.waits == [1.0, 2.0]


def test_an_html_rate_limit_page_with_a_403_is_throttling_not_a_refusal(ninja, sandbox):
    vendor(sandbox, "ninjaone").throttle = {"mode": "html403", "times": 1, "method": "GET"}
    assert [d.name for d in ninja.find_devices(ADELE)] == ["CONT-LT-AVANCE"]
    assert ninja.waits == [1.0]
    vendor(sandbox, "ninjaone").throttle = {"mode": "html403", "times": 1, "method": "PATCH"}
    with pytest.raises(ConnectorError) as err:
        ninja.tag_device("1003", fields={"assignedUser": ADELE})
    assert err.value.code == "rate_limited" and err.value.ambiguous and err.value.status == 403
    assert len(calls(sandbox, "ninjaone", "PATCH", "/custom-fields")) == 1


def test_a_rate_limit_page_that_does_not_lift_is_a_temporary_error(ninja, sandbox):
    vendor(sandbox, "ninjaone").throttle = {"mode": "html", "times": 50, "method": "GET"}
    with pytest.raises(ConnectorError) as err:
        ninja.find_devices(ADELE)
    assert err.value.code == "rate_limited" and not err.value.permanent and not err.value.ambiguous


def test_a_rate_limit_page_on_a_script_run_is_not_repeated(ninja, sandbox):
    vendor(sandbox, "ninjaone").throttle = {"mode": "html", "times": 1, "method": "POST"}
    with pytest.raises(ConnectorError) as err:
        ninja.run_script("1003", str(DIAG_SCRIPT))
    assert err.value.code == "rate_limited" and err.value.ambiguous
    assert sandbox.sandbox.state()["ninjaone"]["runs"] == []
    assert len(calls(sandbox, "ninjaone", "POST", "/script/run")) == 1


def test_a_429_on_a_read_is_retried_after_the_wait_asked(ninja, sandbox):
    sandbox.sandbox.add_fault(vendor="ninjaone", path="/v2/user/end-users", statuses=[429], retry_after=2, times=1)
    assert [d.name for d in ninja.find_devices(ADELE)] == ["CONT-LT-AVANCE"]
    assert ninja.waits == [2.0]


def test_a_5xx_on_a_read_is_retried_and_a_lasting_one_carries_the_incident(ninja, sandbox):
    sandbox.sandbox.add_fault(vendor="ninjaone", path="/v2/device/1003$", statuses=[500], times=1)
    assert ninja.device_health("1003", live=False).name == "CONT-LT-AVANCE"
    sandbox.sandbox.add_fault(vendor="ninjaone", path="/v2/device/1003$", statuses=[500])
    with pytest.raises(ConnectorError) as err:
        ninja.device_health("1003", live=False)
    assert err.value.status == 500 and not err.value.permanent and "incident WEB_MGMT_SERVICE-" in err.value.message


def test_a_5xx_on_a_write_is_reported_unsettled_and_not_repeated(ninja, sandbox):
    sandbox.sandbox.add_fault(vendor="ninjaone", method="PATCH", statuses=[503])
    with pytest.raises(ConnectorError) as err:
        ninja.tag_device("1003", fields={"assignedUser": ADELE})
    assert err.value.ambiguous and err.value.status == 503
    assert len(calls(sandbox, "ninjaone", "PATCH", "/custom-fields")) == 1


# -- NinjaOne: health ---------------------------------------------------------------------------------------
def test_ninja_health_of_the_unhealthy_laptop_carries_the_real_figures(ninja):
    health = ninja.device_health("1003")
    assert round(health.uptime_days) == 41 and health.disks == [("C:", 3.0, 14.3)]
    assert (health.gateway_ms, health.public_ms, health.cpu_pct, health.down_mbps) == (230, 260, 96, 3.1)
    assert health.live and health.pending_reboot and health.alerts


def test_ninja_health_without_live_figures_runs_no_script(ninja, sandbox):
    health = ninja.device_health("1001", live=False)
    assert health.gateway_ms is None and not health.live
    assert sandbox.sandbox.state()["ninjaone"]["runs"] == []


# -- Datto RMM ----------------------------------------------------------------------------------------------
def test_datto_finds_by_the_owner_udf_then_the_last_logon(datto, sandbox):
    assert [(d.name, d.matched_by) for d in datto.find_devices(NANCY)] == [("NORT-LT-NDAVOLIO", "owner")]
    for device in vendor(sandbox, "datto").devices.values():
        device["udf"]["udf1"] = ""
    assert [(d.name, d.matched_by) for d in datto.find_devices(NANCY)] == [("NORT-LT-NDAVOLIO",
                                                                            "last logged-on user")]
    assert datto.find_devices(ADELE) == []  # the lab site's and other tenants' machines stay out of sight


def test_datto_pages_through_the_site(datto, sandbox, monkeypatch):
    monkeypatch.setattr("rallied.connectors.datto.PAGE", 2)
    found = datto.find_devices(LAURA)
    pages = calls(sandbox, "datto", "GET", f"/site/{datto.site_uid}/devices")
    assert [d.name for d in found] == ["NORT-LT-LCALLAHA"] and len(pages) >= 3
    assert [p["query"]["page"] for p in pages] == [str(n) for n in range(len(pages))]


def test_datto_tags_by_udf_and_moves_site(datto, sandbox):
    device = datto.find_devices(NANCY)[0]
    datto.tag_device(device.id, owner="janet.leverling@northwind.example", tag="onboarded",
                     fields={"udf3": "HD-1234"})
    held = sandbox.sandbox.state()["datto"]["devices"][device.id]["udf"]
    assert (held["udf1"], held["udf2"], held["udf3"], held["udf4"]) == (
        "janet.leverling@northwind.example", "onboarded", "HD-1234", "")
    sites = {s["name"]: uid for uid, s in sandbox.sandbox.state()["datto"]["sites"].items()}
    remote = next(uid for name, uid in sites.items() if name.endswith("Remote workers") and uid in datto.sites)
    moved = datto.tag_device(device.id, location_id=remote)
    assert moved.organization == remote == sandbox.sandbox.state()["datto"]["devices"][device.id]["siteUid"]
    assert [d.name for d in datto.find_devices(NANCY)] == ["NORT-LT-NDAVOLIO"]  # still found in its new site
    before = len(sandbox.sandbox.requests("datto"))
    with pytest.raises(ConnectorError) as err:  # the MSP's lab is not the tenant's: refused before any request
        datto.tag_device(device.id, location_id=sites["Harbor IT lab"])
    assert err.value.code == "site_not_allowed" and len(sandbox.sandbox.requests("datto")) == before
    assert sandbox.sandbox.state()["datto"]["devices"][device.id]["siteUid"] == remote


def test_datto_runs_the_allowed_component_and_reads_its_stdout(datto, sandbox):
    device = datto.find_devices(NANCY)[0]
    result = datto.run_script(device.id, DIAG_COMPONENT)
    (job,) = sandbox.sandbox.state()["datto"]["jobs"].values()
    assert job["component"]["uid"] == DIAG_COMPONENT and job["device"] == device.id
    assert result.data and result.data["pingMs"]["gateway"] == 3


def test_datto_never_runs_a_component_off_the_allow_list(datto, sandbox):
    device = datto.find_devices(NANCY)[0]
    before = len(sandbox.sandbox.requests("datto"))
    with pytest.raises(ScriptNotAllowed):
        datto.run_script(device.id, CLEANUP_COMPONENT)
    assert len(sandbox.sandbox.requests("datto")) == before and sandbox.sandbox.state()["datto"]["jobs"] == {}


def test_datto_runs_a_component_the_allow_list_names(make_connector, sandbox):
    datto = make_connector("datto", "northwind", config={**FAST, "allowed_scripts": [DIAG_COMPONENT,
                                                                                      CLEANUP_COMPONENT]})
    device = datto.find_devices(NANCY)[0]
    assert datto.run_script(device.id, CLEANUP_COMPONENT).text.startswith("Removed")


def test_datto_job_that_never_reports_ends_in_a_clear_error(make_connector, sandbox):
    datto = make_connector("datto", "northwind", config={**FAST, "script_timeout": 0.4})
    device = datto.find_devices(NANCY)[0]
    vendor(sandbox, "datto").silent.add(device.id)
    with pytest.raises(ConnectorError) as err:
        datto.run_script(device.id, DIAG_COMPONENT)
    assert err.value.code == "script_no_result"
    assert len(sandbox.sandbox.state()["datto"]["jobs"]) == 1


def test_datto_offline_device_gets_no_job(datto, sandbox):
    device = datto.find_devices(LAURA)[0]
    assert not device.online
    with pytest.raises(ConnectorError) as err:
        datto.run_script(device.id, DIAG_COMPONENT)
    assert err.value.code == "device_offline" and sandbox.sandbox.state()["datto"]["jobs"] == {}


def test_datto_429_on_a_read_is_retried_and_on_a_quick_job_is_not(datto, sandbox):
    vendor(sandbox, "datto").throttle = 1
    device = datto.find_devices(NANCY)[0]
    assert datto.waits == [1.0]
    sandbox.sandbox.add_fault(vendor="datto", method="PUT", statuses=[429], retry_after=1)
    with pytest.raises(ConnectorError) as err:
        datto.run_script(device.id, DIAG_COMPONENT)
    assert err.value.ambiguous and err.value.status == 429
    assert len(calls(sandbox, "datto", "PUT", "/quickjob")) == 1


def test_datto_expired_token_is_fetched_again_once(datto, sandbox):
    datto.find_devices(NANCY)
    vendor(sandbox, "datto").tokens.clear()
    assert datto.find_devices(NANCY)
    assert len(calls(sandbox, "datto", "POST", "/auth/oauth/token")) == 2


def test_datto_wrong_keys_are_refused_permanently(make_connector):
    datto = make_connector("datto", "northwind", credentials={"api_secret": "wrong"})
    with pytest.raises(ConnectorError) as err:
        datto.find_devices(NANCY)
    assert err.value.permanent and err.value.code == "invalid_grant"


def test_datto_health_reads_reboot_disks_and_live_figures(datto):
    device = datto.find_devices(NANCY)[0]
    health = datto.device_health(device.id)
    assert round(health.uptime_days) == 2 and health.disks == [("C:", 44.5, 212.0)] and health.memory_gb == 16
    assert health.live and health.gateway_ms == 3
