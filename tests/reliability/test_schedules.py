"""The schedules exist wherever a cluster runs (installed after every migrate), and installing them again
changes nothing."""

from __future__ import annotations

import pytest
from django.utils.module_loading import import_string
from django_q.models import Schedule

from rallied.schedules import SCHEDULES, ensure_schedules

NAMES = {name for name, _, _ in SCHEDULES}
MINE = {"rallied.reconcile_actions", "rallied.expire_approvals", "rallied.destroy_expired_secrets"}


def snapshot() -> list[tuple]:
    return list(Schedule.objects.order_by("pk").values_list("pk", "name", "func", "schedule_type", "minutes",
                                                          "repeats", "next_run"))


@pytest.mark.django_db
def test_migrate_installed_the_schedules():
    # Nothing in this test installed them: the post_migrate handler did, when the test database was built.
    rows = {s.name: s for s in Schedule.objects.filter(name__startswith="rallied.")}
    assert set(rows) == NAMES and MINE <= NAMES
    assert rows["rallied.reconcile_actions"].func == "playbooks.tasks.reconcile_actions_task"
    assert all(rows[n].schedule_type == Schedule.MINUTES and rows[n].minutes == 1 and rows[n].repeats == -1
               for n in MINE)


@pytest.mark.django_db
def test_ensure_schedules_is_idempotent_and_repairs_drift():
    before = snapshot()
    assert ensure_schedules() == len(SCHEDULES)
    assert ensure_schedules() == len(SCHEDULES)
    assert snapshot() == before  # same rows, same next runs: nothing rewritten

    Schedule.objects.filter(name="rallied.reconcile_actions").update(minutes=30)
    Schedule.objects.create(name="rallied.reconcile_actions", func="playbooks.tasks.reconcile_actions_task",
                            schedule_type=Schedule.MINUTES, minutes=1)  # a duplicate from a concurrent deploy
    Schedule.objects.create(name="rallied.retired_job", func="gone.module.task", schedule_type=Schedule.MINUTES,
                            minutes=1)
    Schedule.objects.create(name="someone-elses", func="math.floor", schedule_type=Schedule.DAILY)

    assert ensure_schedules() == len(SCHEDULES)
    assert Schedule.objects.filter(name="rallied.reconcile_actions").count() == 1
    assert Schedule.objects.get(name="rallied.reconcile_actions").minutes == 1
    assert not Schedule.objects.filter(name="rallied.retired_job").exists()
    assert Schedule.objects.filter(name="someone-elses").exists()  # not ours: left alone


@pytest.mark.django_db
def test_every_scheduled_function_exists_and_runs_without_arguments():
    for name, func, _ in SCHEDULES:
        task = import_string(func)
        if name not in MINE:
            continue  # other schedules are tested by their owners; importable is all this test needs
        result = task()  # an empty database: nothing to do, but it must run
        assert result in ({}, 0), (func, result)
