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
    from datetime import timedelta

    from django.utils import timezone
    from django_q.models import Success

    from playbooks.reconciler import reconcile_actions

    # This task's results are the only successes django-q2 stores (rallied/schedules.KEEP_RESULTS), for the health
    # page's "last pass". An hour of them is plenty; deleting a few rows once a minute costs far less than django-q2's
    # own save_limit pruning, which locked and re-read every stored result after every task.
    Success.objects.filter(func=__name__ + ".reconcile_actions_task",
                           stopped__lt=timezone.now() - timedelta(hours=1)).delete()
    return reconcile_actions()

