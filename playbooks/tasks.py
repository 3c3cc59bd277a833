"""django-q2 entry points of the playbooks app. Scheduled ones take no arguments and only delegate."""

from __future__ import annotations


def reconcile_actions_task() -> dict[str, int]:
    """Every minute (rallied/schedules.py): settle actions whose worker died or whose outcome is unknown."""
    from playbooks.reconciler import reconcile_actions

    return reconcile_actions()
