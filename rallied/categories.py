"""The ticket categories triage sorts into: a code list, kept at the bottom layer so a tenant's settings (minutes
a technician takes per category) can be checked against it without importing triage.

`other` stays last: everything before it is a category a playbook can act on (tickets/triage ACTION_CATEGORIES)."""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "password_reset",
    "account_unlock",
    "mfa_reset",
    "mailbox_access",
    "group_membership",
    "license_change",
    "onboarding",
    "offboarding",
    "session_revoke",
    "other",
)
