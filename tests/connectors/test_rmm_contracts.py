"""Both RMM connectors' traffic, checked against the vendors' own spec subsets (RALLIED_CONTRACT_SPECS).

Every operation a connector performs is driven here through the `wire` recorder; each request and response is then
validated (tests/connectors/rmm_contracts.py), and the set of spec operations used is asserted, so a new call that is
not in the spec, or a spec operation the connector stops using, shows up.
"""

from __future__ import annotations

import pytest

from rallied.connectors.base import ConnectorError
from sandbox.vendors.datto import DIAG_COMPONENT
from tests.connectors.rmm_contracts import check_rmm
from tests.external import needs_contract_specs

pytestmark = needs_contract_specs
FAST = {"poll_interval": 0.05, "script_timeout": 5}


def checked(wire, prefix: str) -> set[str]:
    return {op for ex in wire if ex.vendor == prefix and (op := check_rmm(ex))}


def test_ninjaone_traffic_follows_the_spec(make_connector, wire):
    ninja = make_connector("ninjaone", "contoso", config={**FAST, "owner_field": "assignedUser"})
    ninja.find_devices("megan.bowen@contoso.example")
    ninja.find_devices("sarah.lee@contoso.example")  # owner -> custom field -> last logon
    ninja.find_devices("nobody@contoso.example")  # ... -> search
    ninja.tag_device("1006", owner="sarah.lee@contoso.example", fields={"assignedUser": "sarah.lee@contoso.example"},
                     tag="onboarded", location_id=102)
    ninja.device_health("1003")  # inventory reads, then the diagnostics script
    ninja.unassign_device("1001")
    assert checked(wire, "ninjaone") == {
        "GET /v2/user/end-users", "GET /v2/device/{id}", "GET /v2/devices-detailed", "GET /v2/queries/custom-fields",
        "GET /v2/devices/search", "POST /v2/device/{id}/owner/{ownerUid}", "PATCH /v2/device/{id}/custom-fields",
        "GET /v2/tag", "POST /v2/tag", "POST /v2/tag/{assetType}", "PATCH /v2/device/{id}",
        "GET /v2/device/{id}/disks", "GET /v2/device/{id}/alerts", "GET /v2/device/{id}/scripting/options",
        "GET /v2/device/{id}/activities", "POST /v2/device/{id}/script/run", "GET /v2/device/{id}/custom-fields",
        "DELETE /v2/device/{id}/owner",
    }


def test_ninjaone_error_bodies_follow_the_spec(make_connector, wire):
    ninja = make_connector("ninjaone", "contoso", config=FAST)
    with pytest.raises(ConnectorError):
        ninja.tag_device("1003", fields={"assetTag": "x"})
    with pytest.raises(ConnectorError):
        ninja.device_health("999999", live=False)
    assert {ex.status for ex in wire if ex.vendor == "ninjaone"} >= {400, 404}
    checked(wire, "ninjaone")


def test_datto_traffic_follows_the_spec(make_connector, wire, sandbox):
    datto = make_connector("datto", "northwind", config=FAST)
    device = datto.find_devices("nancy.davolio@northwind.example")[0]
    remote = next(s for s in datto.sites if s != datto.site_uid)
    datto.tag_device(device.id, owner="nancy.davolio@northwind.example", tag="onboarded", location_id=remote)
    datto.device_health(device.id)
    assert DIAG_COMPONENT in datto.allowed_scripts
    assert checked(wire, "datto") == {
        "GET /v2/site/{siteUid}/devices", "GET /v2/device/{deviceUid}", "POST /v2/device/{deviceUid}/udf",
        "PUT /v2/device/{deviceUid}/site/{siteUid}", "GET /v2/audit/device/{deviceUid}",
        "PUT /v2/device/{deviceUid}/quickjob", "GET /v2/job/{jobUid}/results/{deviceUid}",
        "GET /v2/job/{jobUid}/results/{deviceUid}/stdout",
    }
