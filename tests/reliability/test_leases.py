"""Leases (workflow/leases.py): of any number of workers taking one at once, exactly one holds it, on SQLite and on
PostgreSQL; a holder that died stops holding it when its time runs out; the sweep does its pass only under one."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from workflow.leases import lease_state, release_lease, take_lease
from workflow.models import Lease
from workflow.sweep import LEASE, sweep_stuck_tickets

WORKERS = 8


@pytest.mark.django_db(transaction=True)
def test_of_eight_workers_taking_one_lease_at_the_same_moment_exactly_one_holds_it():
    start = threading.Barrier(WORKERS)
    tokens: list[str | None] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            start.wait()
            tokens.append(take_lease("race", seconds=60))  # each thread has its own database connection
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    holders = [t for t in tokens if t]
    assert len(tokens) == WORKERS and len(holders) == 1
    assert Lease.objects.get(name="race").holder == holders[0] and lease_state("race")[1] == 1


@pytest.mark.django_db
def test_a_held_lease_is_refused_until_it_lapses_and_only_its_holder_gives_it_back():
    first = take_lease("job", seconds=60)
    assert first and take_lease("job", seconds=60) is None
    assert not release_lease("job", "someone-else")
    assert take_lease("job", seconds=60) is None
    # A holder that died never releases: the next taker waits for the lease to lapse, no longer.
    second = take_lease("job", seconds=60, now=timezone.now() + timedelta(seconds=61))
    assert second and second != first
    assert not release_lease("job", first)  # the dead holder's late release changes nothing
    assert release_lease("job", second)
    assert take_lease("job", seconds=60) and lease_state("job")[1] == 3


@pytest.mark.django_db
def test_a_sweep_that_overlaps_another_does_nothing(world):
    held = take_lease(LEASE, seconds=50)  # another cluster's pass is under way
    assert sweep_stuck_tickets() == {"redriven": 0, "escalated": 0, "ok": 0, "error": 0, "busy": 1}
    release_lease(LEASE, held)
    assert sweep_stuck_tickets()["busy"] == 0
    assert lease_state(LEASE)[0] <= timezone.now()  # a pass gives the lease back when it ends
