"""Named leases: "only one worker does this, until it finishes or its time runs out".

A lease is one row (workflow.models.Lease). Taking it is a single conditional UPDATE, `until <= now` in its WHERE
clause, so of any number of workers only one changes the row: SQLite serialises writers on the database, and
PostgreSQL re-checks the WHERE clause on the row it locked (READ COMMITTED re-evaluates a concurrently updated
row), so the second UPDATE finds `until` in the future and changes nothing. No `select_for_update`, which SQLite
ignores.

A holder that dies simply stops renewing: the lease lapses at `until` and the next taker wins. So `until` must be
later than the holder can possibly still be working, and no later, or recovery waits for nothing.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from workflow.models import Lease


def take_lease(name: str, *, seconds: float, now: datetime | None = None) -> str | None:
    """Hold `name` for `seconds`; returns the holder's token, or None when someone else holds it.

    The conditional update first: a lease taken before (the sweep's, each minute) is that one statement. A lease
    never taken (each ticket's start lease) is then inserted already held: two statements where it was three (an
    existence check, an insert of a lapsed row, the update), one commit fewer (issue 17). Of two first takers, the
    one whose insert loses on the unique name finds the lease held by the other.

    Both statements in one atomic block: one commit, not one for the update (autocommit) and one for the insert
    (issue 17). The update that changed nothing has nothing to undo when the insert loses; inside a caller's
    transaction the block is a savepoint, so losing the race still leaves the caller's transaction usable.
    """
    now = now or timezone.now()
    token = uuid.uuid4().hex
    until = now + timedelta(seconds=seconds)
    try:
        with transaction.atomic():
            won = Lease.objects.filter(name=name, until__lte=now).update(holder=token, until=until,
                                                                         taken=F("taken") + 1)
            if won != 1:
                Lease.objects.create(name=name, holder=token, until=until, taken=1)
    except IntegrityError:
        return None  # it exists and is held: by another worker, or by the first taker of a new one
    return token


def release_lease(name: str, token: str) -> bool:
    """Give `name` back now, if `token` still holds it (a holder whose lease lapsed and was taken keeps nothing)."""
    return Lease.objects.filter(name=name, holder=token).update(until=timezone.now(), holder="") == 1


def lease_state(name: str) -> tuple[datetime | None, int]:
    """(until, taken) of `name`: (None, 0) when it was never taken."""
    row = Lease.objects.filter(name=name).values_list("until", "taken").first()
    return (row[0], row[1]) if row else (None, 0)
