"""RMM diagnostics on "slow" tickets (computer, internet, Wi-Fi, VPN, an app): figures for the technician.

When a ticket about slowness goes to a person, Rallied first looks up the requester's computer in the tenant's RMM
and reads its health: uptime, disk, memory, and, through the diagnostics script the service lead allowed for the
tenant, live CPU and memory load, latency to the gateway and a public host, and a speed test. The escalation note
then says it in plain words, likely causes first ("C: almost full (3% free); not restarted for 41 days"), then the
figures ("up 41 days; C: 3% free; 230 ms to the gateway").

Diagnostics inform, they never resolve: the ticket still goes to a person, whatever the figures say. Only a script
on the tenant's allow-list ever runs (the connector refuses any other), only on the one computer that is clearly
the requester's (with several, they are listed with their inventory figures and none is run), and only for a live
tenant that is not paused: a plan-mode or paused tenant gets the inventory figures, and nothing runs on a computer.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from rallied.actors import Actor
from rallied.connectors.base import ConnectorError
from rallied.connectors.rmm_types import DeviceHealth, RmmConnector
from tenants.models import Tenant
from tenants.rmm import rmm_connector
from tickets.diagnostics import save_diagnostics
from tickets.models import Ticket

log = logging.getLogger("rallied.pipeline")

VENDOR_NAMES = {"ninjaone": "NinjaOne", "datto": "Datto RMM"}
# A ticket about something being slow: the complaint word, in the languages triage reads.
SLOW = re.compile(r"\b(?:slow(?:ly|ness)?|sluggish|lag(?:s|gy|ging)?|freez\w*|hangs|takes (?:forever|ages)|"
                  r"langsam|lent(?:e|eur)?|lento|traag)\b", re.IGNORECASE)
# The longest a diagnostics script may take inside the ticket's start step (whose lease is the task timeout + 10 s).
MAX_SCRIPT_SECONDS = 45.0


def is_slow_ticket(ticket: Ticket) -> bool:
    return bool(SLOW.search(f"{ticket.subject}\n{ticket.body}"))


def diagnose_if_slow(ticket: Ticket, *, actor: Actor) -> bool:
    """Run the RMM diagnostics for a slow ticket and store them for the note. True when something was stored.

    Never raises for a vendor's failure: a diagnostics run that fails says so in the note, and the ticket goes to a
    person as it would have anyway."""
    if not is_slow_ticket(ticket) or (ticket.triage or {}).get("diagnostics"):
        return False  # not slow, or already diagnosed (a resumed start step does not run the script again)
    connector = rmm_connector(ticket.tenant)
    if connector is None:
        return False
    connector.script_timeout = min(connector.script_timeout, MAX_SCRIPT_SECONDS)
    tenant = ticket.tenant
    live = tenant.mode == Tenant.Mode.LIVE and not tenant.paused
    save_diagnostics(ticket=ticket, actor=actor, diagnostics=_diagnose(connector, ticket.requester_email, live=live))
    return True


def _diagnose(connector: RmmConnector, address: str, *, live: bool) -> dict[str, Any]:
    vendor = VENDOR_NAMES.get(connector.vendor, connector.vendor)
    found: dict[str, Any] = {"vendor": vendor, "devices": [], "lines": []}
    try:
        devices = connector.find_devices(address)
        found["devices"] = [d.name for d in devices]
        if not devices:
            found.update(outcome="no_device", headline=f"No computer of {address} found in {vendor}.")
        elif len(devices) > 1:
            found.update(outcome="several_devices", headline=(
                f"{len(devices)} computers of {address} in {vendor}; none diagnosed live (which one is slow?)."))
            for device in devices:
                health = connector.device_health(device.id, live=False)
                found["lines"].append(f"{device.name}: {figures(health) or 'no figures'}")
        else:
            health = connector.device_health(devices[0].id, live=live)
            causes = likely_causes(health)
            how = ("live diagnostics" if health.live else "inventory only (no diagnostics script allowed or run)"
                   if live else "inventory only (no script runs while the tenant is in plan mode or paused)")
            found.update(outcome="diagnosed", headline=f"{vendor}, {health.name} ({how}).",
                         causes=causes, figures=figures(health))
            if not health.online:
                found["lines"].append(f"{health.name} is offline in {vendor}.")
    except ConnectorError as exc:
        # Said in the note in the vendor's words; the ticket goes on to a person regardless.
        log.info("RMM diagnostics for a ticket failed: %s", exc)
        found.update(outcome="failed", headline=f"{vendor} diagnostics could not run: {exc.message}")
    return found


def _n(value: float) -> str:
    """A figure as a person writes it: whole from 10 up, else one decimal at most (2.0 -> "2", 3.1 -> "3.1")."""
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")


def likely_causes(h: DeviceHealth) -> list[str]:
    """The figures that explain slowness, worst first. Empty when nothing stands out."""
    ranked: list[tuple[int, str]] = []
    for drive, pct, free_gb in h.disks:
        if pct < 10:
            ranked.append((0, f"{drive} almost full ({_n(pct)}% free, {_n(free_gb)} GB)"))
    if h.disk_status and h.disk_status.upper() != "OK":
        ranked.append((0, f"disk reports {h.disk_status}"))
    if h.cpu_pct is not None and h.cpu_pct >= 90:
        ranked.append((1, f"CPU at {_n(h.cpu_pct)}%"))
    if h.mem_pct is not None and h.mem_pct >= 90:
        ranked.append((1, f"memory {_n(h.mem_pct)}% used"))
    if h.gateway_ms is not None and h.gateway_ms >= 100:
        ranked.append((2, f"slow local network or Wi-Fi: {_n(h.gateway_ms)} ms to the gateway"))
    elif h.public_ms is not None and h.public_ms >= 150:
        ranked.append((2, f"slow internet: {_n(h.public_ms)} ms to a public host"))
    if h.loss_pct is not None and h.loss_pct >= 2:
        ranked.append((2, f"{_n(h.loss_pct)}% packet loss"))
    if h.down_mbps is not None and h.down_mbps < 10:
        ranked.append((3, f"internet speed {_n(h.down_mbps)} Mbit/s down"))
    if h.uptime_days is not None and h.uptime_days >= 14:
        ranked.append((3, f"not restarted for {_n(h.uptime_days)} days"))
    if not h.online:
        ranked.append((4, "the computer is offline in the RMM"))
    return [text for _, text in sorted(ranked, key=lambda r: r[0])]


def figures(h: DeviceHealth) -> str:
    """The figures in the order a technician reads them: 'up 41 days; C: 3% free; 230 ms to the gateway; ...'."""
    parts = []
    if h.uptime_days is not None:
        parts.append(f"up {_n(h.uptime_days)} days" if h.uptime_days >= 1 else "restarted today")
    parts += [f"{drive} {_n(pct)}% free" for drive, pct, _ in h.disks]
    if h.gateway_ms is not None:
        parts.append(f"{_n(h.gateway_ms)} ms to the gateway")
    if h.public_ms is not None:
        parts.append(f"{_n(h.public_ms)} ms to a public host")
    if h.loss_pct:
        parts.append(f"{_n(h.loss_pct)}% packet loss")
    if h.down_mbps is not None:
        up = f" / {_n(h.up_mbps)} up" if h.up_mbps is not None else ""
        parts.append(f"{_n(h.down_mbps)} Mbit/s down{up}")
    if h.cpu_pct is not None:
        parts.append(f"CPU {_n(h.cpu_pct)}%")
    if h.mem_pct is not None:
        size = f" of {_n(h.memory_gb)} GB" if h.memory_gb else ""
        parts.append(f"memory {_n(h.mem_pct)}% used{size}")
    elif h.memory_gb:
        parts.append(f"{_n(h.memory_gb)} GB memory")
    if h.pending_reboot:
        parts.append("restart pending")
    parts += [f"alert: {a}" for a in h.alerts[:3]]
    return "; ".join(parts)
