"""Offboarding as the standard MSP sequence: every step a real action where the tenant's stack can do it, else named
in the note as a technician's.

The sequence, in order: block sign-in -> revoke sessions -> scramble the password (a random one nobody receives) ->
remove every MFA method (none issued) -> remove from every group and distribution list (each removal recorded with
what the membership was, for undo) -> convert the mailbox to shared and give the manager Full Access -> remove the
licences (only once the mailbox is converted: a user mailbox without a licence is deleted after 30 days) -> hide
from the address list -> unassign each of the leaver's devices in the RMM.

The tenant's offboarding playbook plans its own steps (block sign-in and revoke sessions by default). `rest_of_sequence`
plans the steps it does not carry, in the order above, when the tenant's identity connector supports the step's kind
and a service account may do it (tenants/selectors.capability_gap, the cell `connectors --matrix` prints); every
other step is a technician's step saying what to do and why Rallied did not. No step is skipped silently. The steps
then run one after another (playbooks/sequence.py), and the licences are never removed unless the conversion
succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from playbooks.models import IntentPlan
from tenants.selectors import LeaverFacts

Status = IntentPlan.Status
HANDOVER = Status.UNSUPPORTED  # a step of the sequence Rallied leaves to a technician

# (step, kind it is carried out by, what the technician does when Rallied cannot)
SEQUENCE: tuple[tuple[str, str, str], ...] = (
    ("block_sign_in", "disable_user", "Block the account's sign-in."),
    ("revoke_sessions", "revoke_sessions", "Revoke every sign-in session and refresh token."),
    ("reset_password", "scramble_password",
     "Reset the password to a random one nobody receives (Rallied never sets a leaver's password it would have to "
     "deliver to someone)."),
    ("remove_mfa", "remove_mfa_methods", "Remove every MFA method, issuing none."),
    ("remove_groups", "remove_from_group", "Remove the account from every group and distribution list, noting "
     "each for a later undo."),
    ("mailbox", "convert_mailbox", "Convert the mailbox to a shared mailbox and give the manager access to it, or "
     "set forwarding as the ticket asks."),
    ("licences", "remove_license", "Remove the licences once the mailbox is converted (not before: a mailbox "
     "without a licence is deleted after 30 days)."),
    ("address_list", "hide_from_address_list", "Hide the account from the global address list."),
    # Planned per device through the tenant's RMM (playbooks/devices.leaver_devices); a technician's without one.
    ("unassign_device", "unassign_device", "Unassign the leaver's devices in the RMM or asset records."),
)
STEP_OF_KIND = {kind: step for step, kind, _ in SEQUENCE}


@dataclass(frozen=True)
class Step:
    """One planned action of the rest of the sequence: its kind, parameters and idempotency-key suffix."""

    kind: str
    params: dict[str, Any]
    key: str


def _label(step: str) -> str:
    # Named by the step, not the kind: "a new password" is not what a leaver's handed-over reset means.
    return step if step != "reset_password" else "scramble_password"


def rest_of_sequence(target: str, carried: set[str], facts: LeaverFacts | None, *, vendor: str,
                     cannot: Callable[[str], str], sku_part: Callable[[str], str | None],
                     forwarding_asked: bool = False) -> tuple[list[Step], list[tuple[str, str, str]]]:
    """(steps to plan, technician's steps as (label, status, what to do)) for every step `carried` (the playbook's
    kinds) does not cover. `cannot(kind)` is why the tenant's stack cannot run a kind ('' when it can);
    `sku_part(sku_id)` names a held licence; `facts` is None when the directory was not read."""
    steps: list[Step] = []
    left: list[tuple[str, str, str]] = []
    converted = "convert_mailbox" in carried

    def hand_over(step: str, todo: str, why: str = "") -> None:
        where = f"[{vendor or 'the identity provider'}: a technician's step{': ' + why if why else ''}]"
        left.append((_label(step), HANDOVER, f"{todo} {where}"))

    for step, kind, todo in SEQUENCE:
        if kind in carried:
            continue
        if cannot(kind) or step == "unassign_device":  # devices are planned per device (playbooks/devices.py)
            hand_over(step, todo)
            continue
        if step == "remove_groups":
            if facts is None or facts.groups is None:
                hand_over(step, todo, "the directory did not list the groups")
                continue
            steps += [Step(kind, {"target": target, "group": group}, f"leaver-group:{group.lower()[:60]}")
                      for group in dict.fromkeys(facts.groups)]
        elif step == "mailbox":
            if facts is None or not facts.has_mailbox:
                hand_over(step, todo, "no mailbox of the account's own was found" if facts is not None
                          and facts.has_mailbox is False else "the mailbox could not be read")
                continue
            steps.append(Step(kind, {"target": target, "mailbox_type": "Shared"}, "leaver:convert_mailbox"))
            converted = True
            manager = facts.manager if facts is not None else None
            if manager and not cannot("grant_mailbox_access"):
                steps.append(Step("grant_mailbox_access", {"target": manager, "mailbox": target,
                                                           "rights": "FullAccess"}, "leaver:manager_access"))
            else:
                hand_over("manager_access", f"Give the manager access to {target}'s mailbox.",
                          "no manager in the directory" if not manager else "")
            if forwarding_asked:
                hand_over("forwarding", "Set the mailbox's forwarding as the ticket asks.",
                          "Rallied does not set forwarding")
        elif step == "licences":
            held = facts.held_sku_ids if facts is not None else None
            if not converted:
                hand_over(step, todo, "the mailbox is not converted by Rallied")
            elif held is None:
                hand_over(step, todo, "the licences held could not be read")
            else:
                for sku_id in sorted(held):
                    part = sku_part(sku_id)
                    if part is None:
                        hand_over(step, f"Remove the licence {sku_id} once the mailbox is converted.",
                                  "not in the tenant's licence catalogue")
                        continue
                    steps.append(Step(kind, {"target": target, "license": part}, f"leaver-licence:{part.lower()}"))
        else:
            steps.append(Step(kind, {"target": target}, f"leaver:{kind}"))
    return steps, left


__all__ = ["SEQUENCE", "STEP_OF_KIND", "Step", "rest_of_sequence"]
