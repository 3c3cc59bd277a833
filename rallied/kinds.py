"""The action kinds: a code registry of what Rallied can do, with the facts decisions need.

A kind's `sensitive` flag means an out-of-band proof is needed before it runs (approvals/verification/proof.py);
`self_service` means the natural requester is the target themself; `safe_to_repeat` tells the
reconciler whether an action whose outcome is unknown may simply be completed (playbooks/reconciler.py).
Parameter schemas are small JSON-schema-like dicts validated by `validate_params`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ActionKind:
    name: str
    label: str
    risk: str  # low | medium | high
    writes: bool = True
    sensitive: bool = False
    self_service: bool = False
    safe_to_repeat: bool = False
    reversible: bool = False
    returns_secret: bool = False
    # Rallied picks the secret and hands it to the vendor (a temporary password), so it is generated and stored
    # encrypted with the claim, before the call: a worker that dies after the write leaves it deliverable. A secret
    # the vendor picks (Entra's Temporary Access Pass) exists only in the vendor's answer.
    secret_chosen_first: bool = False
    params: dict[str, dict[str, Any]] = field(default_factory=dict)


_TARGET = {"type": "string", "required": True}
# Mailbox delegation rights, each granted and removed on its own (rallied/connectors/entra/exchange.py). A mailbox
# action names the rights it means: there is no default, because "access to billing@" granted as FullAccess when
# Send As was asked is more access than asked and still not what was asked. One right or several (a list).
MAILBOX_RIGHTS = ("FullAccess", "SendAs", "SendOnBehalf")
_RIGHTS = {"type": "rights", "required": True, "enum": list(MAILBOX_RIGHTS)}
_DEVICE = {"target": _TARGET, "device": {"type": "string", "required": True}, "device_name": {"type": "string"}}
MAILBOX_TYPES = ("Shared", "Regular")  # Set-Mailbox -Type values Rallied sets (a leaver's, and its undo)
# A Google group member's role (members.insert `role`). Anything above MEMBER manages the group: the floor lets
# only an undo give it back, and only the role recorded when it was taken away (approvals/policy.py).
GROUP_ROLES = ("MEMBER", "MANAGER", "OWNER")

KINDS: dict[str, ActionKind] = {
    k.name: k
    for k in [
        ActionKind("reset_password", "Reset password", "high", sensitive=True, self_service=True,
                   returns_secret=True, secret_chosen_first=True, params={"target": _TARGET}),
        ActionKind("unlock_account", "Unlock account", "low", self_service=True, safe_to_repeat=True,
                   params={"target": _TARGET}),
        ActionKind("revoke_sessions", "Revoke sign-in sessions", "low", safe_to_repeat=True,
                   params={"target": _TARGET}),
        ActionKind("reset_mfa", "Reset MFA (Temporary Access Pass / factors)", "high", sensitive=True,
                   self_service=True, returns_secret=True, params={"target": _TARGET}),
        ActionKind("grant_mailbox_access", "Grant mailbox access", "medium", sensitive=True,
                   safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "mailbox": {"type": "string", "required": True}, "rights": _RIGHTS}),
        ActionKind("revoke_mailbox_access", "Revoke mailbox access", "medium", safe_to_repeat=True,
                   reversible=True,
                   params={"target": _TARGET, "mailbox": {"type": "string", "required": True}, "rights": _RIGHTS}),
        ActionKind("add_to_group", "Add to group", "medium", safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "group": {"type": "string", "required": True},
                           "role": {"type": "string", "enum": list(GROUP_ROLES)}}),
        ActionKind("remove_from_group", "Remove from group", "medium", safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "group": {"type": "string", "required": True}}),
        ActionKind("assign_license", "Assign licence", "medium", safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "license": {"type": "string", "required": True}}),
        ActionKind("remove_license", "Remove licence", "medium", safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "license": {"type": "string", "required": True}}),
        # One assignLicense call that adds `new_license` and removes `license` (rallied/connectors/entra/licenses.py):
        # the user is never without a licence in between, and never holds both seats. Undo is the opposite swap.
        ActionKind("swap_license", "Swap licence", "medium", safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "license": {"type": "string", "required": True},
                           "new_license": {"type": "string", "required": True}}),
        # Onboarding (playbooks/onboarding.py): the title and department go with the new account; the manager is a
        # step of its own, after the account exists and before the first-day credentials go to that manager.
        ActionKind("create_user", "Create user", "high", secret_chosen_first=True,
                   params={"target": _TARGET, "display_name": {"type": "string", "required": True},
                           "start_date": {"type": "string"}, "job_title": {"type": "string"},
                           "department": {"type": "string"}}),
        ActionKind("set_manager", "Set manager", "medium", safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "manager": {"type": "string", "required": True}}),
        ActionKind("disable_user", "Disable user", "high", safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "last_day": {"type": "string"}}),
        # The undo of disable_user (playbooks/undo.py): an account that was enabled before is enabled again.
        ActionKind("enable_user", "Enable user", "high", safe_to_repeat=True, params={"target": _TARGET}),
        # The RMM's device steps (tenants/rmm.py, rallied/connectors/rmm_types.py): run through the tenant's RMM
        # connection, not its identity provider. `target` is the person (the new hire, the leaver), `device` the RMM's
        # device id, `device_name` its host name for people to read. Each records the device's assignment before it
        # writes, and restore_device (their undo) puts that assignment back.
        ActionKind("tag_device", "Tag device in the RMM", "medium", safe_to_repeat=True, reversible=True,
                   params=_DEVICE),
        ActionKind("unassign_device", "Unassign device in the RMM", "medium", safe_to_repeat=True, reversible=True,
                   params=_DEVICE),
        ActionKind("restore_device", "Restore device assignment in the RMM", "medium", safe_to_repeat=True,
                   params=_DEVICE),
        # Offboarding (playbooks/offboarding.py). A leaver's password is set to a random one that nobody receives:
        # the connector draws it and drops it (never stored, delivered, logged or audited), so no secret comes back.
        # Repeating it leaves what one does (a password nobody knows); it cannot be undone (the old one is unknown).
        ActionKind("scramble_password", "Scramble password (nobody receives it)", "high", safe_to_repeat=True,
                   params={"target": _TARGET}),
        # Every MFA method deleted and none issued (unlike reset_mfa, whose new factor is for the owner): irreversible.
        ActionKind("remove_mfa_methods", "Remove every MFA method", "high", safe_to_repeat=True,
                   params={"target": _TARGET}),
        # Exchange's Set-Mailbox -Type: Shared keeps the mail without a licence; Regular is the undo.
        ActionKind("convert_mailbox", "Convert mailbox", "high", safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "mailbox_type": {"type": "string", "required": True,
                                                               "enum": list(MAILBOX_TYPES)}}),
        ActionKind("hide_from_address_list", "Hide from the address list", "medium", safe_to_repeat=True,
                   reversible=True, params={"target": _TARGET}),
        # The undo of hide_from_address_list: shown again only when it was shown before.
        ActionKind("show_in_address_list", "Show in the address list", "medium", safe_to_repeat=True,
                   params={"target": _TARGET}),
        # A leaver's incoming mail forwarded to `forward_to` and still delivered to the mailbox (Exchange's
        # Set-Mailbox -ForwardingSmtpAddress -DeliverToMailboxAndForward). High risk: forwarding outside the tenant
        # is a classic exfiltration route, so the floor refuses an external address unless the tenant's policy
        # allows it (approvals/policy.py). Undone by putting back the forwarding read before the write.
        ActionKind("set_mail_forwarding", "Forward mail", "high", safe_to_repeat=True, reversible=True,
                   params={"target": _TARGET, "forward_to": {"type": "string", "required": True}}),
        # The undo of set_mail_forwarding when the mailbox forwarded nowhere before.
        ActionKind("clear_mail_forwarding", "Stop forwarding mail", "medium", safe_to_repeat=True,
                   params={"target": _TARGET}),
    ]
}
# Kinds carried out by the tenant's RMM connection (the executor and the capability check pick the connection by it).
RMM_KINDS = frozenset({"tag_device", "unassign_device", "restore_device"})
IDENTITY_KINDS = tuple(name for name in KINDS if name not in RMM_KINDS)

KIND_CHOICES = [(k.name, k.label) for k in KINDS.values()]


class ParamsError(ValueError):
    """Parameters do not fit the action kind's schema; `errors` maps field -> message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


def get_kind(name: str) -> ActionKind:
    try:
        return KINDS[name]
    except KeyError as exc:
        raise ParamsError({"kind": f"unknown action kind '{name}'"}) from exc


def mailbox_rights(value: Any) -> tuple[str, ...]:
    """The rights a `rights` parameter names, in MAILBOX_RIGHTS order, each once: from one right ("SendAs"), a
    comma-separated text (the review queue's edit field) or a list. Raises ValueError naming anything that is not a
    right; empty means "not stated"."""
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, list | tuple) or not all(isinstance(item, str) for item in items):
        raise ValueError("must be a right or a list of rights")
    named = {item.strip() for item in items if item.strip()}
    unknown = sorted(named - set(MAILBOX_RIGHTS))
    if unknown:
        raise ValueError(f"{', '.join(unknown)} is not one of {', '.join(MAILBOX_RIGHTS)}")
    return tuple(right for right in MAILBOX_RIGHTS if right in named)


def param_text(value: Any) -> str:
    """A parameter as a person reads and edits it: a list of rights as "FullAccess, SendAs"."""
    if value is None:
        return ""
    return ", ".join(str(v) for v in value) if isinstance(value, list | tuple) else str(value)


def param_choices(rule: dict[str, Any]) -> list[str]:
    """What an edit form offers for a parameter: its enum, or for rights every combination ("FullAccess, SendAs")."""
    enum = [str(v) for v in rule.get("enum", [])]
    if rule.get("type") != "rights":
        return enum
    combos = [[r for i, r in enumerate(enum) if mask >> i & 1] for mask in range(1, 2 ** len(enum))]
    return [", ".join(c) for c in sorted(combos, key=len)]


def _rights_value(value: Any) -> Any:
    """The stored form of `rights`: one right as a string (what every action before lists held), several as a list."""
    rights = mailbox_rights(value)
    return rights[0] if len(rights) == 1 else list(rights)


def validate_params(kind: str, params: dict[str, Any]) -> dict[str, Any]:
    """Check params against the kind's schema; unknown keys are refused so edits can't smuggle fields."""
    spec = get_kind(kind).params
    if not isinstance(params, dict):
        raise ParamsError({"params": "must be an object"})
    errors: dict[str, str] = {}
    checked = dict(params)
    for key in params:
        if key not in spec:
            errors[key] = "not a parameter of this action kind"
    for key, rule in spec.items():
        value = params.get(key)
        if rule.get("type") == "rights" and value not in (None, ""):
            try:
                value = checked[key] = _rights_value(value)
            except ValueError as exc:
                errors[key] = str(exc)
                continue
        if value in (None, "", []):
            if rule.get("required"):
                errors[key] = "required"
            continue
        if rule.get("type") == "rights":
            continue
        if rule.get("type") == "string" and not isinstance(value, str):
            errors[key] = "must be a string"
        elif "enum" in rule and value not in rule["enum"]:
            errors[key] = f"must be one of {', '.join(rule['enum'])}"
        elif isinstance(value, str) and len(value) > 320:
            errors[key] = "too long"
    if errors:
        raise ParamsError(errors)
    return checked
