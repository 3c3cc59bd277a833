"""Onboarding as ordered steps: the tenant's onboarding playbook filled from what triage read about the new hire.

playbooks/planning.onboarding_draft walks the playbook's steps with the helpers here.

The MSP default (sandbox/demo.DEFAULT_PLAYBOOKS) is create the account -> set the manager -> assign the licence ->
add to each group -> grant each shared mailbox; a service lead may reorder, drop or add steps. A step the ticket does
not ask for (no manager named, no licence, no groups) is simply not planned; one step per group and per mailbox,
each with its own idempotency key, so a rerun plans the same rows and an approval covers exactly one change.

What the plan cannot do goes to a technician, named in the note (Gap), and the other steps still run:
- the manager named in the ticket did not resolve to one account (tickets/new_hire.resolve_manager);
- a mailbox step whose template names no rights (Rallied never assumes FullAccess or Send As);
- "same access as <person>": copying a person's access is a technician's step until the copy is read from the
  directory and each copied group decided by the floor;
- the device: `device_steps` is the hook for the RMM connector (tag the new hire's device as the tenant
  configures); with no RMM connected there is nothing to plan and nothing to hand over.
If the account itself cannot be created (the kind unsupported, a detail missing), nothing else is planned: every
other step would act on an account that does not exist.

The order runs at execution too (playbooks/sequence.py): a step starts only after the steps before it ended, and
none starts once the account failed to be created.
"""

from __future__ import annotations

from typing import Any

from playbooks.models import IntentPlan, PlaybookStep
from tickets.models import Ticket
from tickets.triage.onboarding import split_list

Status = IntentPlan.Status
# Steps planned only when the ticket asks for them: kind -> the template value that asks.
ASKED_BY = {"set_manager": "manager", "assign_license": "license"}
# Steps planned once per item of a list the ticket gave: kind -> (template value, entity holding the list).
PER_ITEM = {"add_to_group": ("group", "groups"), "grant_mailbox_access": ("mailbox", "mailboxes")}
DETAILS = ("job_title", "department")


def onboarding_values(ticket: Ticket, values: dict[str, str]) -> dict[str, str]:
    """The intent's values plus the new hire's details and the manager's resolved address (never the name)."""
    entities = ticket.entities or {}
    extra = {key: str(entities[key]) for key in DETAILS if entities.get(key)}
    if entities.get("manager_address"):
        extra["manager"] = str(entities["manager_address"]).lower()
    return {**values, **extra}


def step_items(step: PlaybookStep, values: dict[str, str],
               entities: dict[str, Any]) -> list[tuple[str, dict[str, str]]]:
    """(key suffix, values) for each time the step runs: once, once per listed group or mailbox, or not at all."""
    if step.kind in PER_ITEM:
        value_key, list_key = PER_ITEM[step.kind]
        listed = split_list(str(entities.get(list_key) or ""))
        return [(item, {**values, value_key: item}) for item in dict.fromkeys(listed)]
    asked = ASKED_BY.get(step.kind)
    if asked and asked not in values:
        return []
    return [("", values)]


def with_details(kind: str, params: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    if kind != "create_user":
        return params
    return {**params, **{key: values[key] for key in DETAILS if key in values and key not in params}}


# (kind, IntentPlan status, why): a step of the onboarding that a technician does.
Handover = tuple[str, str, str]


def technician_steps(ticket: Ticket, values: dict[str, str]) -> list[Handover]:
    """The asked-for parts of the onboarding the plan leaves to a technician, each with why."""
    entities = ticket.entities or {}
    gaps: list[Handover] = []
    if entities.get("manager") and "manager" not in values:
        gaps.append(("set_manager", Status.AMBIGUOUS,
                        f"The ticket names {entities['manager']} as the manager, but the directory does not show "
                        "exactly one enabled account for them: set the manager by hand, and hand the first-day "
                        "credentials over."))
    if entities.get("same_as"):
        gaps.append(("copy_access", Status.MISSING,
                        f"The ticket asks for the same access as {entities['same_as']}: compare their groups and "
                        "licence and copy what is not protected."))
    return gaps + device_steps(ticket, values.get("target", ""))


def device_steps(ticket: Ticket, target: str) -> list[Handover]:
    """The RMM hook: tagging the new hire's device (owner, custom field or tag, as the tenant configures). The RMM
    connector plans it here, or names the tenant's RMM gap; a tenant without an RMM has no device step."""
    return []


__all__ = ["ASKED_BY", "PER_ITEM", "device_steps", "onboarding_values", "step_items", "technician_steps",
           "with_details"]
