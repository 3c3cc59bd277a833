"""Named leases: "only one worker does this, until it finishes or its time runs out".

A lease is one row (workflow.models.Lease). Taking it is a single statement, an insert that updates the existing
row only where `until <= now` (take_lease), so of any number of workers only one changes the row: SQLite serialises
writers on the database, and PostgreSQL re-checks the WHERE clause on the row it locked (READ COMMITTED re-evaluates
a concurrently updated row), so the second finds `until` in the future and changes nothing. No `select_for_update`,
which SQLite ignores.

A holder that dies simply stops renewing: the lease lapses at `until` and the next taker wins. So `until` must be
later than the holder can possibly still be working, and no later, or recovery waits for nothing.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from django.db import connections, router
from django.utils import timezone

from rallied.kept_updates import update_where
from workflow.models import Lease


def take_lease(name: str, *, seconds: float, now: datetime | None = None) -> str | None:
    """Hold `name` for `seconds`; returns the holder's token, or None when someone else holds it (see
    take_counted_lease)."""
    return take_counted_lease(name, seconds=seconds, now=now)[0]


def take_counted_lease(name: str, *, seconds: float, now: datetime | None = None) -> tuple[str | None, int]:
    """Hold `name` for `seconds`: (the holder's token, how many times it was taken counting this one), or (None, 0)
    when someone else holds it.

    One statement on both vendors: an INSERT of the row already held that, when `name` exists, updates it instead
    only where it has lapsed (`ON CONFLICT (name) DO UPDATE ... WHERE until <= now`), and returns the row only when
    it was inserted or updated. A start lease was a conditional UPDATE then an INSERT (issue 17). The database
    settles a race as the conditional UPDATE did: PostgreSQL takes the conflicting row's lock and evaluates the WHERE
    clause on its latest version, and SQLite serialises writers, so of any number of takers one gets the row back.
    Losing is no error either: nothing to catch, no savepoint inside a caller's transaction.
    """
    now = now or timezone.now()
    token = uuid.uuid4().hex
    until = now + timedelta(seconds=seconds)
    connection = connections[router.db_for_write(Lease)]
    quote = connection.ops.quote_name
    field = Lease._meta.get_field("until")
    table, name_, holder, until_, taken = (quote(n) for n in (Lease._meta.db_table, "name", "holder", "until", "taken"))
    sql = (f"INSERT INTO {table} ({name_}, {holder}, {until_}, {taken}) VALUES (%s, %s, %s, 1) "  # noqa: S608
           f"ON CONFLICT ({name_}) DO UPDATE SET {holder} = EXCLUDED.{holder}, {until_} = EXCLUDED.{until_}, "
           f"{taken} = {table}.{taken} + 1 WHERE {table}.{until_} <= %s RETURNING {taken}")
    with connection.cursor() as cursor:
        cursor.execute(sql, [name, token, field.get_db_prep_value(until, connection),
                             field.get_db_prep_value(now, connection)])
        won = cursor.fetchone()
    return (token, int(won[0])) if won is not None else (None, 0)


def release_lease(name: str, token: str) -> bool:
    """Give `name` back now, if `token` still holds it (a holder whose lease lapsed and was taken keeps nothing)."""
    return update_where(Lease, {"name": name, "holder": token}, {"until": timezone.now(), "holder": ""}) == 1


def lease_state(name: str) -> tuple[datetime | None, int]:
    """(until, taken) of `name`: (None, 0) when it was never taken."""
    row = Lease.objects.filter(name=name).values_list("until", "taken").first()
    return (row[0], row[1]) if row else (None, 0)
