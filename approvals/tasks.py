"""django-q2 entry points of the approvals app. Scheduled ones take no arguments and only delegate."""

from __future__ import annotations


def expire_approvals_task() -> int:
    """Every minute (rallied/schedules.py): expire open approval requests past their deadline."""
    from approvals.expiry import expire_approvals

    return expire_approvals()
