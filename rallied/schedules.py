"""The django-q2 schedules Rallied relies on, declared in one list and installed idempotently.

Each entry is (name, dotted function, minutes between runs). `ensure_schedules()` creates or updates
them, so running it again (every `seed_demo`, every deploy) changes nothing that is already right.
"""

from __future__ import annotations

SCHEDULES: list[tuple[str, str, int]] = [
    # ("rallied.reconcile_actions", "playbooks.tasks.reconcile_actions_task", 1),
]


def ensure_schedules() -> int:
    """Create or update every schedule in SCHEDULES; returns how many exist afterwards."""
    from django_q.models import Schedule

    for name, func, minutes in SCHEDULES:
        Schedule.objects.update_or_create(
            name=name, defaults={"func": func, "schedule_type": Schedule.MINUTES, "minutes": minutes, "repeats": -1}
        )
    return len(SCHEDULES)
