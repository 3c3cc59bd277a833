"""Onboarding as ordered steps: the tenant's onboarding playbook filled from what triage read about the new hire.

playbooks/planning.onboarding_draft walks the playbook's steps with the helpers here.

The MSP default (sandbox/demo.DEFAULT_PLAYBOOKS) is create the account -> set the manager -> assign the licence ->
add to each group -> grant each shared mailbox; a service lead may reorder, drop or add steps. A step the ticket does
not ask for (no manager named, no licence, no groups) is simply not planned; one step per group and per mailbox,
each with its own idempotency key, so a rerun plans the same rows and an approval covers exactly one change.

What the plan cannot do goes to a technician, named in the note (Gap), and the other steps still run:
- the manager named in the ticket did not resolve to one account (tickets/new_hire.resolve_manager);
- a mailbox step whose template names no rights (Rallied never assumes FullAccess or Send As);
- "same access as <person>" when that person does not resolve or their groups cannot be read (otherwise their
  groups and, with no licence named, their licences are copied, each a step decided like any other: one the floor
  refuses is left out, workflow/lifecycle._route);
- the device: `device_steps` tags the new hire's device through the tenant's RMM as its `tagging` config says
  (playbooks/devices.py: which device; several or none go to a technician); with no RMM connected there is nothing
  to plan and nothing to hand over.
If the account itself cannot be created (the kind unsupported, a detail missing), nothing else is planned: every
other step would act on an account that does not exist.

The order runs at execution too (playbooks/sequence.py): a step starts only after the steps before it ended, and
none starts once the account failed to be created.
"""

from __future__ import annotations

from typing import Any

from playbooks.devices import new_hire_device
from playbooks.models import Action, IntentPlan, PlaybookStep
from rallied.connectors import ConnectorError
from tenants.licences import LicenceCatalogue
from tenants.selectors import member_groups
from tickets.models import Ticket
from tickets.triage.onboarding import split_list

Status = IntentPlan.Status
# Steps planned only when the ticket asks for them: kind -> the template value that asks.
ASKED_BY = {"set_manager": "manager", "assign_license": "license"}
# Steps planned once per item of a list the ticket gave: kind -> (template value, entity holding the list).
PER_ITEM = {"add_to_group": ("group", "groups"), "grant_mailbox_access": ("mailbox", "mailboxes")}
DETAILS = ("job_title", "department")
COPY_MARK = "copy:"  # in the idempotency key of a step copied from the template person
Copied = tuple[list[str], list[str]]


def onboarding_values(ticket: Ticket, values: dict[str, str]) -> dict[str, str]:
    """The intent's values plus the new hire's details and the manager's resolved address (never the name)."""
    entities = ticket.entities or {}
    extra = {key: str(entities[key]) for key in DETAILS if entities.get(key)}
    if entities.get("manager_address"):
        extra["manager"] = str(entities["manager_address"]).lower()
    return {**values, **extra}


def step_items(step: PlaybookStep, values: dict[str, str], entities: dict[str, Any],
               copied: Copied | None = None) -> list[tuple[str, dict[str, str]]]:
    """(key suffix, values) for each time the step runs: once, once per listed group or mailbox, once per group or
    licence copied from the template person (suffix COPY_MARK...), or not at all."""
    groups, parts = copied or ((), ())
    if step.kind in PER_ITEM:
        value_key, list_key = PER_ITEM[step.kind]
        listed = list(dict.fromkeys(split_list(str(entities.get(list_key) or ""))))
        extra = [g for g in groups if g.casefold() not in {i.casefold() for i in listed}] \
            if step.kind == "add_to_group" else []
        return ([(item, {**values, value_key: item}) for item in listed]
                + [(f"{COPY_MARK}{item}", {**values, value_key: item}) for item in extra])
    if step.kind == "assign_license" and "license" not in values and parts:
        return [(f"{COPY_MARK}{part}", {**values, "license": part}) for part in parts]
    asked = ASKED_BY.get(step.kind)
    if asked and asked not in values:
        return []
    return [("", values)]


def copied_access(ticket: Ticket, licences: LicenceCatalogue | None) -> Copied | None:
    """(groups, licence part numbers) the template person holds ("same access as Alex"), read from the directory;
    None when the ticket names nobody to copy, they did not resolve, or their groups cannot be read. What is copied
    is decided like any step: a group the floor refuses is not copied (workflow/lifecycle._route)."""
    address = str((ticket.entities or {}).get("same_as_address") or "")
    groups = member_groups(ticket.tenant, address) if address else None
    if groups is None:
        return None
    parts: list[str] = []
    reader = getattr(licences.idp, "held_sku_ids", None) if licences is not None else None
    skus = licences.skus() if callable(reader) and licences is not None else None
    if skus:
        try:
            held = set(reader(address))  # type: ignore[misc]
        except ConnectorError:
            held = set()
        parts = [sku.sku for sku in skus if sku.sku_id in held]
    return groups, parts


def is_copied(action: Action) -> bool:
    """A step that copies the template person's access (not one the ticket asked for by name)."""
    return f":{COPY_MARK}" in action.idempotency_key


def with_details(kind: str, params: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    if kind != "create_user":
        return params
    return {**params, **{key: values[key] for key in DETAILS if key in values and key not in params}}


# (kind, IntentPlan status, why): a step of the onboarding that a technician does.
Handover = tuple[str, str, str]


def technician_steps(ticket: Ticket, values: dict[str, str], *, copied: bool = False) -> list[Handover]:
    """The asked-for parts of the onboarding the plan leaves to a technician, each with why."""
    entities = ticket.entities or {}
    gaps: list[Handover] = []
    if entities.get("manager") and "manager" not in values:
        gaps.append(("set_manager", Status.AMBIGUOUS,
                        f"The ticket names {entities['manager']} as the manager, but the directory does not show "
                        "exactly one enabled account for them: set the manager by hand, and hand the first-day "
                        "credentials over."))
    if entities.get("same_as") and not copied:
        gaps.append(("copy_access", Status.MISSING,
                        f"The ticket asks for the same access as {entities['same_as']}, but the directory shows no "
                        "one account for them whose groups could be read: compare their groups and licence and copy "
                        "what is not protected."))
    return gaps


def device_steps(ticket: Ticket, target: str, *, read: bool = True) -> tuple[list[tuple[dict[str, Any], str]],
                                                                              list[Handover]]:
    """Tagging the new hire's device (owner, custom field, tag, location, as the tenant's RMM `tagging` says),
    planned after every other step so it runs once the account exists (playbooks/sequence.py): ([(params, key
    suffix)], technician's steps). Which device, and when a technician picks: playbooks/devices.py. A tenant without
    an RMM has no device step; `read` False (a backtest) reads no RMM and plans none."""
    return new_hire_device(ticket, target, read=read)


__all__ = ["ASKED_BY", "COPY_MARK", "PER_ITEM", "copied_access", "device_steps", "is_copied", "onboarding_values",
           "step_items", "technician_steps", "with_details"]
