"""The ticket categories triage sorts into: a code list, kept at the bottom layer so a tenant's settings (minutes
a technician takes per category) can be checked against it without importing triage."""

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
    "other",
)
