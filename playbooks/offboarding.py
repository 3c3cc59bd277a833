"""Offboarding as the standard MSP sequence: every step either planned or named in the note as a technician's.

The sequence, in order: block sign-in -> revoke sessions -> reset the password -> remove the MFA methods -> remove
from every group and distribution list (each removal recorded with what the membership was, for undo) -> convert
the mailbox to shared and give the manager access, or set forwarding as asked -> remove the licences (only once the
mailbox is converted: a mailbox without a licence is deleted after 30 days) -> hide from the address list ->
unassign each of the leaver's devices in the RMM.

The tenant's offboarding playbook plans its own steps (block sign-in and revoke sessions by default). Here
(playbooks/planning.offboarding_draft) the rest of the sequence is added: one remove_from_group per group the
directory lists for the leaver when the identity provider can remove it, and, for every other step the playbook does
not carry, a technician's step saying what to do and why Rallied did not (the IdP lacks it, or Rallied does not do
it for a leaver: a new password or Temporary Access Pass for an account nobody should receive is not issued). No step
is skipped silently.
"""

from __future__ import annotations

from playbooks.models import IntentPlan

Status = IntentPlan.Status
HANDOVER = Status.UNSUPPORTED  # a step of the sequence Rallied leaves to a technician

# (step, kind it is carried out by when a playbook carries it, what the technician does when it is not)
SEQUENCE: tuple[tuple[str, str, str], ...] = (
    ("block_sign_in", "disable_user", "Block the account's sign-in."),
    ("revoke_sessions", "revoke_sessions", "Revoke every sign-in session and refresh token."),
    ("reset_password", "reset_password",
     "Reset the password to a random one nobody receives (Rallied does not set a leaver's password: it would have "
     "to deliver it to someone)."),
    ("remove_mfa", "reset_mfa",
     "Remove every MFA method (Rallied's MFA reset issues a new factor for the owner, which a leaver must not get)."),
    ("remove_groups", "remove_from_group", "Remove the account from every group and distribution list, noting "
     "each for a later undo."),
    ("mailbox", "", "Convert the mailbox to a shared mailbox and give the manager access to it, or set forwarding "
     "as the ticket asks."),
    ("licences", "remove_license", "Remove the licences once the mailbox is converted (not before: a mailbox "
     "without a licence is deleted after 30 days)."),
    ("address_list", "", "Hide the account from the global address list."),
    # Planned per device through the tenant's RMM (playbooks/devices.leaver_devices); a technician's without one.
    ("unassign_device", "unassign_device", "Unassign the leaver's devices in the RMM or asset records."),
)


def remaining_steps(playbook_kinds: set[str], *, groups_planned: bool, vendor: str) -> list[tuple[str, str, str]]:
    """(kind or step name, status, what the technician does) for each step of SEQUENCE nothing planned."""
    left = []
    for step, kind, todo in SEQUENCE:
        if kind and kind in playbook_kinds:
            continue
        if step == "remove_groups" and groups_planned:
            continue
        # Named by the step, not the kind: "a new password" is not what a leaver's handed-over reset means.
        label = step if step != "reset_password" else "scramble_password"
        left.append((label, HANDOVER, f"{todo} [{vendor or 'the identity provider'}: a technician's step]"))
    return left


__all__ = ["SEQUENCE", "remaining_steps"]
