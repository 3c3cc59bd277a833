"""Offboarding as the standard MSP sequence: every step a real action where the tenant's stack can do it, else named
in the note as a technician's.

The sequence, in order: block sign-in -> revoke sessions -> scramble the password (a random one nobody receives) ->
remove every MFA method (none issued) -> remove from every group and distribution list (each removal recorded with
what the membership was, for undo) -> convert the mailbox to shared and give the manager Full Access, and forward
the mail where the ticket asks (a mailbox of the tenant; the floor refuses an outside address) -> remove the
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
from tickets.triage.forwarding import MANAGER

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


def forwarding_address(forward_to: str | None, facts: LeaverFacts | None) -> str | None:
    """The address the ticket's forwarding target means: the manager the directory names for "to his manager"."""
    if forward_to == MANAGER:
        return facts.manager if facts is not None and facts.manager else None
    return forward_to or None


def rest_of_sequence(target: str, carried: set[str], facts: LeaverFacts | None, *, vendor: str,
                     cannot: Callable[[str], str], sku_part: Callable[[str], str | None],
                     forwarding_asked: bool = False,
                     forward_to: str | None = None) -> tuple[list[Step], list[tuple[str, str, str]]]:
    """(steps to plan, technician's steps as (label, status, what to do)) for every step `carried` (the playbook's
    kinds) does not cover. `cannot(kind)` is why the tenant's stack cannot run a kind ('' when it can);
    `sku_part(sku_id)` names a held licence; `facts` is None when the directory was not read. `forward_to` is where
    the ticket asks the mail forwarded (an address, or MANAGER), `forwarding_asked` whether it asks at all."""
    steps: list[Step] = []
    left: list[tuple[str, str, str]] = []
    converted = "convert_mailbox" in carried
    forwarding_asked = forwarding_asked or bool(forward_to)

    def hand_over(step: str, todo: str, why: str = "") -> None:
        where = f"[{vendor or 'the identity provider'}: a technician's step{': ' + why if why else ''}]"
        left.append((_label(step), HANDOVER, f"{todo} {where}"))

    def forwarding(why: str = "") -> None:
        """The forwarding asked, as an action where the stack can set it and the ticket says where, else a
        technician's step naming the address (Okta has no mailbox; Google's Directory API no forwarding)."""
        if not forwarding_asked:
            return
        address = forwarding_address(forward_to, facts)
        todo = f"Forward {target}'s mail to {address} (a copy kept in the mailbox)." if address else \
            "Set the mailbox's forwarding as the ticket asks."
        if why or cannot("set_mail_forwarding"):
            hand_over("forwarding", todo, why)
        elif address is None:
            hand_over("forwarding", todo, "no manager in the directory" if forward_to == MANAGER
                      else "the ticket does not say where to")
        else:
            steps.append(Step("set_mail_forwarding", {"target": target, "forward_to": address}, "leaver:forwarding"))

    for step, kind, todo in SEQUENCE:
        if kind in carried:
            continue
        if cannot(kind) or step == "unassign_device":  # devices are planned per device (playbooks/devices.py)
            hand_over(step, todo)
            if step == "mailbox":
                forwarding()
            continue
        if step == "remove_groups":
            if facts is None or facts.groups is None:
                hand_over(step, todo, "the directory did not list the groups")
                continue
            steps += [Step(kind, {"target": target, "group": group}, f"leaver-group:{group.lower()[:60]}")
                      for group in dict.fromkeys(facts.groups)]
        elif step == "mailbox":
            if facts is None or not facts.has_mailbox:
                why = ("no mailbox of the account's own was found" if facts is not None
                       and facts.has_mailbox is False else "the mailbox could not be read")
                hand_over(step, todo, why)
                forwarding(why)
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
            forwarding()
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
