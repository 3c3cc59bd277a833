"""django-q2 entry points of the playbooks app. Each takes ids only (scheduled ones nothing) and delegates."""

from __future__ import annotations


def execute_action_task(action_id: int) -> str:
    """Queued by `transition_action` when an action becomes approved; the claim makes a second ring harmless."""
    from playbooks.executor import execute_action, log, settle_crashed

    try:
        return execute_action(action_id=action_id)
    except Exception as exc:  # a bug must not leave the action approved or executing with nobody told
        log.exception("action %s: execution crashed", action_id)
        return settle_crashed(action_id, exc)


def reconcile_actions_task() -> dict[str, int]:
    """Every minute (rallied/schedules.py): settle actions whose worker died or whose outcome is unknown."""
    from playbooks.reconciler import reconcile_actions

    return reconcile_actions()

