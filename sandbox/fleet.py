"""The demo world's computers, as both simulated RMMs (sandbox/vendors/ninjaone.py, datto.py) hold them.

Derived from the world file's users, so a user added there gets a laptop here without a second list to keep in step.
Kept out of world.json on purpose: the figures below are the RMM's business, and the world file is shared by every
vendor. Each tenant is managed by one RMM (`RMM_OF`); every figure is fixed, so a test can assert the exact words a
note carries ("up 41 days; C: 3% free; 230 ms to the gateway").

One laptop per enabled, non-protected user, named after the tenant and the user; a few departures make the world
worth diagnosing:
- Adele Vance's (contoso) laptop is clearly unhealthy: up 41 days, C: 3% free, 230 ms to the gateway, CPU at 96%.
- Megan Bowen (contoso) has a laptop and a desktop: "several devices" must list them, never pick one.
- Sarah Lee's (contoso) laptop has no owner set in the RMM: only the last logged-on user finds it.
- Laura Callahan's (northwind) laptop is offline: a script sent to it never reports.
- Every tenant has one server nobody owns, and one spare laptop set aside for new hires (tagged "loaner").
"""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

# Which RMM manages which demo tenant (the tenant's connection points at that vendor only).
RMM_OF = {"contoso": "ninjaone", "northwind": "datto", "fabrikam": "ninjaone"}
SPARE_TAG = "loaner"

DAY = 86400.0
GIB = 1024**3

# The figures a diagnostics run finds on a healthy machine, and the departures per user (local part of the address).
HEALTHY: dict[str, Any] = {
    "uptime_days": 2.0, "disk_gb": 476, "free_gb": 212, "memory_gb": 16, "cpu_pct": 18, "mem_pct": 46,
    "gateway_ms": 3, "public_ms": 21, "loss_pct": 0, "down_mbps": 212.4, "up_mbps": 38.7, "offline": False,
    "disk_status": "OK", "kind": "laptop",
}
DEPARTURES: dict[str, dict[str, Any]] = {
    "adele.vance": {"uptime_days": 41.0, "free_gb": 14.3, "cpu_pct": 96, "mem_pct": 91, "gateway_ms": 230,
                    "public_ms": 260, "loss_pct": 4, "down_mbps": 3.1, "up_mbps": 0.8,
                    "top_procs": ["OneDrive.exe", "MsMpEng.exe", "Teams.exe"]},
    "laura.callahan": {"offline": True, "uptime_days": 6.0},
    "janet.leverling": {"free_gb": 96.0, "uptime_days": 12.5},
    "tom.higgins": {"gateway_ms": 9, "public_ms": 48, "down_mbps": 41.0},
}
NO_OWNER = {"sarah.lee"}  # found only by the last logged-on user
SECOND_DEVICE = {"megan.bowen": {"kind": "desktop", "uptime_days": 0.5}}


def tenant_number(slug: str) -> int:
    """A small number fixed by the tenant's slug: keeps host names, organization ids and device ids apart."""
    return {"contoso": 1, "northwind": 2, "fabrikam": 3}.get(slug) or 4 + int(hashlib.sha256(slug.encode())
                                                                              .hexdigest()[:4], 16) % 500


def _address(user: dict[str, Any]) -> str:
    return str(user.get("upn") or user.get("login") or user.get("email") or "").lower()


def stable_uid(*parts: str) -> str:
    """A UUID fixed by its inputs: the same world always gives the same ids."""
    return str(uuid.UUID(hashlib.sha256(":".join(("rallied-sandbox", *parts)).encode()).hexdigest()[:32]))


def _listed(user: dict[str, Any]) -> bool:
    state = user.get("state") or {}
    return bool(_address(user)) and not user.get("protected") and state.get("enabled", True) is not False


def fleet(tenant: dict[str, Any]) -> list[dict[str, Any]]:
    """The tenant's machines, vendor-neutral: owner address, host name, domain user, figures, kind."""
    slug = tenant["slug"]
    number = tenant_number(slug)
    domain = slug.upper()[:15]
    machines = []
    for user in tenant.get("users", []):
        if not _listed(user):
            continue
        address = _address(user)
        local = address.split("@")[0]
        first, _, last = local.partition(".")
        variants = [{**HEALTHY, **DEPARTURES.get(local, {})}]
        if local in SECOND_DEVICE:
            variants.append({**HEALTHY, **SECOND_DEVICE[local]})
        for figures in variants:
            tag = "LT" if figures["kind"] == "laptop" else "WS"
            machines.append({
                "host": f"{domain[:4]}-{tag}-{(first[:1] + last)[:8].upper()}",
                "owner": None if local in NO_OWNER else address,
                "user_address": address,
                "first_name": (user.get("display_name") or first).split()[0],
                "last_name": " ".join((user.get("display_name") or last).split()[1:]) or last.title(),
                "logon": f"{domain}\\{local}",
                "figures": figures,
            })
    machines.append({"host": f"{domain[:4]}-SRV-01", "owner": None, "user_address": None, "first_name": "",
                     "last_name": "", "logon": f"{domain}\\administrator",
                     "figures": {**HEALTHY, "kind": "server", "uptime_days": 9.0, "disk_gb": 931, "free_gb": 402,
                                 "memory_gb": 64}})
    # A laptop set aside for the next new hire: nobody's, never logged on, marked with the spare pool's tag
    # ("loaner": a NinjaOne tag, Datto's tag UDF), which the tenant's tagging config names (`spare_tag`).
    machines.append({"host": f"{domain[:4]}-LT-SPARE01", "owner": None, "user_address": None, "first_name": "",
                     "last_name": "", "logon": "", "spare": True, "figures": {**HEALTHY, "uptime_days": 1.0}})
    for n, machine in enumerate(machines, start=1):
        machine["number"] = number * 1000 + n
        machine["uid"] = stable_uid(slug, machine["host"], str(n))
    return machines


def diagnostics(figures: dict[str, Any], now: float) -> dict[str, Any]:
    """What the diagnostics script reports for a machine with these figures (the JSON it writes)."""
    free_pct = round(100 * figures["free_gb"] / figures["disk_gb"])
    return {
        "ts": round(now, 3),
        "uptimeDays": figures["uptime_days"],
        "pingMs": {"gateway": figures["gateway_ms"], "1.1.1.1": figures["public_ms"]},
        "lossPct": figures["loss_pct"],
        "downMbps": figures["down_mbps"],
        "upMbps": figures["up_mbps"],
        "cpuPct": figures["cpu_pct"],
        "memPct": figures["mem_pct"],
        "diskFreePct": {"C:": free_pct},
        "topProcs": figures.get("top_procs", []),
    }
