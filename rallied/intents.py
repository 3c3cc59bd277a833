"""A request is a list of intents: what the requester asked for, one thing at a time.

Triage reads every intent in a ticket ("reset my password and add me to Billing" is two); the planner turns each
into actions or into a stated reason why not. An intent is a hint, never authority: its target and object are words
as written, resolved later in the tenant's directory and checked by the policy engine. An empty `target` means the
requester (or nobody could tell, in which case triage says so); an empty `object` means the ticket did not say which
group, mailbox or licence, and the planner reports it `missing` rather than guessing.

Kept at the bottom layer (no Django, no imports from the apps) so triage, the planner, the reply and the reports
share one definition. `ticket.category` stays the FIRST intent's category (`CATEGORY_OF`): tenants' minutes per
category, the reports and the datasets' labels are all per category.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

# The action kinds of rallied/kinds.py a requester asks for directly, plus the two playbook intents that the
# tenant's playbook expands into steps. `swap_license` is one Graph call (add and remove together).
INTENT_KINDS: tuple[str, ...] = (
    "reset_password",
    "unlock_account",
    "reset_mfa",
    "revoke_sessions",
    "grant_mailbox_access",
    "revoke_mailbox_access",
    "add_to_group",
    "remove_from_group",
    "assign_license",
    "remove_license",
    "swap_license",
    "onboarding",
    "offboarding",
)

# Exchange's names for the three rights a mailbox delegation can give; each is granted and removed on its own.
MAILBOX_RIGHTS: tuple[str, ...] = ("FullAccess", "SendAs", "SendOnBehalf")

CATEGORY_OF: dict[str, str] = {
    "reset_password": "password_reset",
    "unlock_account": "account_unlock",
    "reset_mfa": "mfa_reset",
    "revoke_sessions": "session_revoke",
    "grant_mailbox_access": "mailbox_access",
    "revoke_mailbox_access": "mailbox_access",
    "add_to_group": "group_membership",
    "remove_from_group": "group_membership",
    "assign_license": "license_change",
    "remove_license": "license_change",
    "swap_license": "license_change",
    "onboarding": "onboarding",
    "offboarding": "offboarding",
}

_TEXT_FIELDS = ("kind", "target", "target_name", "object", "new_object", "when", "text")
_MAX_LENGTH = 500  # longer than any address, name or group; `text` is cut, the others refused


class IntentTooLong(ValueError):
    """A name, address, group or date longer than any real one: pasted data, not something to act on."""


@dataclass(frozen=True)
class Intent:
    kind: str
    target: str = ""  # an address as written; "" = the requester, or nobody could tell
    target_name: str = ""  # a person named without an address, resolved through the directory
    object: str = ""  # the group, mailbox or licence as written ("" = not said)
    new_object: str = ""  # swap_license: the licence to add (`object` is the one removed)
    rights: tuple[str, ...] = ()  # mailbox rights as asked, a subset of MAILBOX_RIGHTS; () = not stated
    when: str = ""  # ISO date or datetime, or the words as written when no full date was given
    text: str = ""  # the words it came from, for the note and the reply

    def __post_init__(self) -> None:
        if self.kind not in INTENT_KINDS:
            raise ValueError(f"unknown intent kind {self.kind!r}; use one of {', '.join(INTENT_KINDS)}")
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if not isinstance(value, str):
                raise ValueError(f"intent {name} must be a string, not {type(value).__name__}")
            if name != "text" and len(value) > _MAX_LENGTH:
                raise IntentTooLong(f"intent {name} is longer than {_MAX_LENGTH} characters")
        if len(self.text) > _MAX_LENGTH:
            object.__setattr__(self, "text", self.text[:_MAX_LENGTH])
        rights = self.rights
        if isinstance(rights, str) or not all(isinstance(r, str) for r in rights):
            raise ValueError("intent rights must be a list of strings")
        unknown = [r for r in rights if r not in MAILBOX_RIGHTS]
        if unknown:
            raise ValueError(f"unknown mailbox right(s) {', '.join(unknown)}; use {', '.join(MAILBOX_RIGHTS)}")
        # One order and no repeats, so two readings of the same request compare equal.
        object.__setattr__(self, "rights", tuple(r for r in MAILBOX_RIGHTS if r in rights))

    @property
    def category(self) -> str:
        return CATEGORY_OF[self.kind]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: getattr(self, name) for name in _TEXT_FIELDS}
        data["rights"] = list(self.rights)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Intent:
        """An intent from its stored or model-given form; a clear ValueError for anything that is not one."""
        if not isinstance(data, dict):
            raise ValueError("an intent must be an object")
        known = {f.name for f in fields(cls)}
        extra = sorted(set(data) - known)
        if extra:
            raise ValueError(f"unknown intent field(s): {', '.join(extra)}")
        if "kind" not in data:
            raise ValueError("an intent needs a kind")
        values = {k: ("" if v is None else v) for k, v in data.items() if k != "rights"}
        rights = data.get("rights") or ()
        if isinstance(rights, str) or not isinstance(rights, (list, tuple)):
            raise ValueError("intent rights must be a list of strings")
        return cls(**values, rights=tuple(rights))


def category_of(intents: list[Intent]) -> str:
    """The ticket's category: its first intent's, `other` when there is none."""
    return intents[0].category if intents else "other"


# The one intent an old ticket (triaged before intents were stored) means: its category's playbook, granting.
_LEGACY_KIND: dict[str, str] = {
    "password_reset": "reset_password",
    "account_unlock": "unlock_account",
    "mfa_reset": "reset_mfa",
    "session_revoke": "revoke_sessions",
    "mailbox_access": "grant_mailbox_access",
    "group_membership": "add_to_group",
    "license_change": "assign_license",
    "onboarding": "onboarding",
    "offboarding": "offboarding",
}
_LEGACY_OBJECT = {"mailbox_access": "mailbox", "group_membership": "group", "license_change": "license"}


def _text(entities: dict[str, Any], key: str) -> str:
    value = entities.get(key)
    return value if isinstance(value, str) else ""


def legacy_intents(category: str, entities: dict[str, Any] | None) -> list[Intent]:
    """What a ticket with one category and flat entities asked for: one intent, or none for `other`."""
    kind = _LEGACY_KIND.get(category)
    if kind is None:
        return []
    entities = entities or {}
    target, name = _text(entities, "target_user"), _text(entities, "target_name")
    if kind == "onboarding":
        return [Intent(kind, target=target, target_name=_text(entities, "new_hire_name") or name,
                       when=_text(entities, "start_date"))]
    if kind == "offboarding":
        return [Intent(kind, target=target, target_name=_text(entities, "leaver_name") or name,
                       when=_text(entities, "last_day"))]
    object_key = _LEGACY_OBJECT.get(category)
    return [Intent(kind, target=target, target_name=name, object=_text(entities, object_key) if object_key else "")]


__all__ = ["CATEGORY_OF", "INTENT_KINDS", "MAILBOX_RIGHTS", "Intent", "IntentTooLong", "category_of", "legacy_intents"]
