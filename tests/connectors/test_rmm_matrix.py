"""`manage.py connectors --matrix`, RMM table: the declaration printed, and a proof for every "yes" in it.

Each "yes" runs the real connector against the sandbox and checks the outcome in the sandbox's own state (a write)
or against the sandbox's own records (a read). A new "yes" without a case here, or a case for a "no", fails.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from rallied.connectors import connector_classes
from rallied.connectors.capabilities import build_matrix
from rallied.connectors.rmm_types import RMM_OPERATIONS
from rallied.kinds import KINDS

TENANT = {"ninjaone": "contoso", "datto": "northwind"}
PERSON = {"ninjaone": "adele.vance@contoso.example", "datto": "nancy.davolio@northwind.example"}
FAST = {"poll_interval": 0.05, "script_timeout": 5}


def rmm_yes() -> set[tuple[str, str]]:
    return {(v, op) for op, cells in build_matrix(KINDS)["rmm_operations"].items()
            for v, cell in cells.items() if cell.supported}


def devices_of(sandbox, vendor: str) -> dict[str, Any]:
    return sandbox.sandbox.state()[vendor]["devices"]


def machine(sandbox, vendor: str, device_id: str) -> dict[str, Any]:
    return devices_of(sandbox, vendor)[device_id]


def op_find_devices(vendor: str, conn: Any, sandbox: Any) -> None:
    found = conn.find_devices(PERSON[vendor])
    assert len(found) == 1
    held = machine(sandbox, vendor, found[0].id)
    assert found[0].name == (held.get("systemName") or held.get("hostname"))
    assert held["lastLoggedInUser"].endswith(PERSON[vendor].split("@")[0])


def op_tag_device(vendor: str, conn: Any, sandbox: Any) -> None:
    device = conn.find_devices(PERSON[vendor])[0]
    conn.tag_device(device.id, tag="onboarded-2026")
    held = machine(sandbox, vendor, device.id)
    assert "onboarded-2026" in (held["assetTags"] if vendor == "ninjaone" else held["udf"].values())


def op_unassign_device(vendor: str, conn: Any, sandbox: Any) -> None:
    device = conn.find_devices(PERSON[vendor])[0]
    before = machine(sandbox, vendor, device.id)
    assert (before.get("assignedOwnerUid") if vendor == "ninjaone" else before["udf"]["udf1"])
    conn.unassign_device(device.id)
    after = machine(sandbox, vendor, device.id)
    assert ("assignedOwnerUid" not in after) if vendor == "ninjaone" else after["udf"]["udf1"] == ""
    if vendor == "ninjaone":
        owner = sandbox.sandbox.state()["ninjaone"]["end_users"][PERSON[vendor]]
        assert int(device.id) not in owner["assignedDeviceIds"]


def op_run_script(vendor: str, conn: Any, sandbox: Any) -> None:
    device = conn.find_devices(PERSON[vendor])[0]
    result = conn.run_script(device.id, conn.config["diagnostics_script"])
    if vendor == "ninjaone":
        assert json.loads(machine(sandbox, vendor, device.id)["customFields"]["diagLastResult"]) == result.data
    else:
        (job,) = sandbox.sandbox.state()["datto"]["jobs"].values()
        assert job["device"] == device.id and result.data and "pingMs" in result.data


def op_device_health(vendor: str, conn: Any, sandbox: Any) -> None:
    device = conn.find_devices(PERSON[vendor])[0]
    health = conn.device_health(device.id)
    held = machine(sandbox, vendor, device.id)
    free = (held["volumes"][0]["freeSpace"] / held["volumes"][0]["capacity"] if vendor == "ninjaone"
            else sandbox.sandbox.vendor("datto").figures[device.id]["free_gb"]
            / sandbox.sandbox.vendor("datto").figures[device.id]["disk_gb"])
    assert health.disks[0][1] == round(100 * free, 1) and health.uptime_days is not None and health.live


OPS: dict[str, Callable[[str, Any, Any], None]] = {
    "find_devices": op_find_devices, "tag_device": op_tag_device, "unassign_device": op_unassign_device,
    "run_script": op_run_script,
    "device_health": op_device_health,
}


def test_the_rmm_table_is_the_connectors_declaration():
    out = StringIO()
    call_command("connectors", "--matrix", "--json", stdout=out)
    printed = json.loads(out.getvalue())
    assert printed["rmm_vendors"] == ["ninjaone", "datto"]
    assert list(printed["rmm_operations"]) == list(RMM_OPERATIONS)
    classes = connector_classes()
    for op, cells in printed["rmm_operations"].items():
        for vendor, cell in cells.items():
            assert cell["method"] == classes[vendor].operations.get(op), (vendor, op)
    text = StringIO()
    call_command("connectors", "--matrix", stdout=text)
    assert "RMM operations x RMMs" in text.getvalue()
    assert "yes (result via custom field)" in text.getvalue() and "yes (quick job stdout)" in text.getvalue()


def test_every_rmm_yes_has_a_case():
    assert {op for _, op in rmm_yes()} <= set(OPS)
    assert rmm_yes() == {(v, op) for v in TENANT for op in RMM_OPERATIONS}


@pytest.mark.parametrize(("vendor", "op"), sorted(rmm_yes()), ids=lambda v: v)
def test_rmm_yes_cell_works_against_the_sandbox(make_connector, sandbox, vendor, op):
    conn = make_connector(vendor, TENANT[vendor], config=FAST)
    OPS[op](vendor, conn, sandbox)
