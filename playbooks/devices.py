"""The RMM's device steps: which device an onboarding tags and which devices an offboarding unassigns.

Planned like every step (playbooks/planning.py), decided through the one re-decision function and run through the
tenant's RMM connection (playbooks/executor._run_rmm) under its service account's scope. A tenant without an RMM
has no device step; an RMM that cannot do the step, or whose service account may not, names it for a technician.

Which device a new hire gets, first that finds any:
1. a device the ticket names by its host name ("she gets CONT-LT-SPARE01"), unless someone else owns it;
2. a device the RMM already shows as the new hire's (owner, custom field, last logged-on user);
3. a device set aside for new hires: tagged with the tenant's `spare_tag` (tenants' RMM `tagging` config).
One device is tagged; several are listed for a technician to pick (never a guess); none is a technician's step
saying so. A leaver's devices (by owner, else last logged-on user) are each unassigned; none is said so.
"""

from __future__ import annotations

import re
from typing import Any

from playbooks.models import IntentPlan
from rallied.connectors import ConnectorError
from rallied.connectors.rmm_types import RmmConnector, RmmDevice
from tenants.rmm import rmm_connection, rmm_connector
from tenants.selectors import capability_gap
from tickets.models import Ticket

Status = IntentPlan.Status
Handover = tuple[str, str, str]  # (kind, IntentPlan status, why)
Planned = tuple[dict[str, Any], str]  # (params, idempotency key suffix)


def _params(target: str, device: RmmDevice) -> dict[str, Any]:
    return {"target": target, "device": device.id, "device_name": device.name}


def _names(devices: list[RmmDevice]) -> str:
    return ", ".join(d.name or d.id for d in devices)


def _held_by_other(device: RmmDevice, target: str) -> bool:
    owner = device.owner or device.raw.get("assignedOwnerUid")
    return bool(owner) and str(device.owner or "").lower() != target.lower()


def _connector(ticket: Ticket, kind: str, target: str, read: bool) -> tuple[RmmConnector | None, list[Handover]]:
    """The tenant's RMM connector when the step can be planned; else None and why (nothing for no RMM)."""
    if not target or rmm_connection(ticket.tenant) is None:
        return None, []
    gap = capability_gap(ticket.tenant, kind)
    if gap is not None:
        return None, [(kind, gap.code, gap.reason)]
    return (rmm_connector(ticket.tenant) if read else None), []


def new_hire_device(ticket: Ticket, target: str, *, read: bool = True) -> tuple[list[Planned], list[Handover]]:
    """The tag_device step for the new hire at `target`, or why a technician does it."""
    connector, gaps = _connector(ticket, "tag_device", target, read)
    if connector is None:
        return [], gaps
    if not connector.tagging:
        return [], [("tag_device", Status.MISSING, "The tenant's RMM connection does not say how to tag a new "
                     "hire's device (its tagging setting): tag the device by hand.")]
    try:
        text = f"{ticket.subject}\n{ticket.body}".upper()
        named = [d for d in connector.all_devices()
                 if d.name and re.search(rf"(?<![\w-]){re.escape(d.name.upper())}(?![\w-])", text)]
        candidates = named or connector.find_devices(target) or connector.spare_devices()
    except ConnectorError as exc:
        return [], [("tag_device", Status.UNSUPPORTED, f"The RMM could not be read ({exc.message}): find the new "
                     f"hire's device and tag it for {target} by hand.")]
    taken = [d for d in named if _held_by_other(d, target)]
    if taken:
        return [], [("tag_device", Status.AMBIGUOUS, f"The ticket names {_names(taken)}, which the RMM shows as "
                     f"someone else's device: a technician confirms before it is tagged for {target}.")]
    if len(candidates) == 1:
        return [(_params(target, candidates[0]), f"device:{candidates[0].id}")], []
    if not candidates:
        spare = connector.tagging.get("spare_tag")
        where = f", assigned to them or set aside (tag '{spare}')" if spare else " or assigned to them"
        return [], [("tag_device", Status.MISSING, f"No device for {target} in the RMM (none named in the "
                     f"ticket{where}): a technician picks one and tags it.")]
    return [], [("tag_device", Status.AMBIGUOUS, f"Several devices could be {target}'s: {_names(candidates)}. "
                 "A technician picks one and tags it; Rallied never guesses.")]


def leaver_devices(ticket: Ticket, target: str, *, read: bool = True
                   ) -> tuple[list[Planned], list[Handover], bool]:
    """(unassign_device steps, technician's steps, handled): handled False leaves the sequence's own technician's
    step ("unassign the device") in place, as for a tenant without an RMM."""
    connector, gaps = _connector(ticket, "unassign_device", target, read)
    if connector is None:
        return [], gaps, bool(gaps)
    try:
        devices = connector.find_devices(target)
    except ConnectorError as exc:
        return [], [("unassign_device", Status.UNSUPPORTED, f"The RMM could not be read ({exc.message}): unassign "
                     f"{target}'s devices by hand.")], True
    if not devices:
        return [], [("unassign_device", Status.MISSING, f"The RMM shows no device for {target} (by owner or last "
                     "logged-on user), so none was unassigned: check whether they had one.")], True
    return [(_params(target, d), f"leaver-device:{d.id}") for d in devices], [], True


__all__ = ["leaver_devices", "new_hire_device"]
