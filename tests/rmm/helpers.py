"""Reading the sandbox RMMs' own state: a device as NinjaOne (contoso, fabrikam) or Datto RMM (northwind) holds it."""

from __future__ import annotations

from typing import Any

RMM = {"contoso": "ninjaone", "northwind": "datto", "fabrikam": "ninjaone"}


def rmm_device(sandbox: Any, slug: str, host: str) -> dict[str, Any]:
    """{"id", "owner" (address or None), "field" (the assignedUser field / None), "tags"} for the device `host`."""
    state = sandbox.sandbox.state()
    if RMM[slug] == "datto":
        device = next(d for d in state["datto"]["devices"].values() if d["hostname"] == host)
        udf = device["udf"]
        return {"id": device["uid"], "owner": udf["udf1"] or None, "field": udf["udf1"] or None,
                "tags": [udf["udf2"]] if udf["udf2"] else [], "site": device["siteUid"]}
    ninja = state["ninjaone"]
    device = next(d for d in ninja["devices"].values() if d["displayName"] == host)
    owner = next((email for email, u in ninja["end_users"].items() if u["uid"] == device.get("assignedOwnerUid")),
                 None)
    return {"id": str(device["id"]), "owner": owner, "field": device["customFields"].get("assignedUser") or None,
            "tags": device["assetTags"], "site": device["locationId"]}


def spare_host(slug: str) -> str:
    return f"{slug.upper()[:4]}-LT-SPARE01"
