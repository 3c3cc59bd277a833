"""rallied.kept_updates sends the conditional update Django's queryset would, with each call's values.

A shape's text is kept after its first call; every later call writes its own values to its own row, loses when the
row moved (0 rows, nothing written), writes NULL where a value is None, and a value Django must compile (an F()
expression) takes Django's own path. The statement is the compiler's, value for value.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rallied import kept_updates
from rallied.kept_updates import update_where
from tenants.models import Tenant
from tickets.models import Ticket


def ticket(n: int, status: str = "received") -> Ticket:
    return Ticket.objects.create(tenant=Tenant.objects.order_by("pk").first(), external_id=f"kept-update-{n}",
                                 subject=f"Subject {n}", requester_email=f"person{n}@contoso.example", status=status)


@pytest.mark.django_db
def test_each_call_moves_its_own_row_and_loses_when_the_row_moved(world):
    rows = [ticket(n) for n in (1, 2, 3)]
    for row in rows[:2]:  # the first call keeps the shape, the second runs the kept text
        assert update_where(Ticket, {"pk": row.pk, "status": "received"},
                            {"status": "triaged", "category": f"cat-{row.pk}"}) == 1
    assert [(t.status, t.category) for t in Ticket.objects.filter(pk__in=[r.pk for r in rows]).order_by("pk")] == [
        ("triaged", f"cat-{rows[0].pk}"), ("triaged", f"cat-{rows[1].pk}"), ("received", "")]
    # Refused side: the row is no longer in the status read, so nothing is written.
    assert update_where(Ticket, {"pk": rows[0].pk, "status": "received"},
                        {"status": "escalated", "category": "late"}) == 0
    assert Ticket.objects.values_list("status", "category").get(pk=rows[0].pk) == ("triaged", f"cat-{rows[0].pk}")


@pytest.mark.django_db
def test_none_writes_null_and_json_and_times_are_written_as_given(world):
    first, second = ticket(4), ticket(5)
    resolved = timezone.now()
    for row in (first, second):
        row.resolved_at = resolved
        Ticket.objects.filter(pk=row.pk).update(resolved_at=resolved)
        assert update_where(Ticket, {"pk": row.pk, "status": "received"},
                            {"status": "triaged", "resolved_at": None, "entities": {"user": row.pk}}) == 1
        again = Ticket.objects.get(pk=row.pk)
        assert (again.resolved_at, again.entities) == (None, {"user": row.pk})
    assert update_where(Ticket, {"pk": first.pk, "status": "triaged"}, {"status": "resolved",
                                                                        "resolved_at": resolved}) == 1
    assert Ticket.objects.get(pk=first.pk).resolved_at == resolved


@pytest.mark.django_db
def test_an_expression_takes_djangos_own_path(world):
    row = ticket(6)
    for _ in range(2):
        assert update_where(Ticket, {"pk": row.pk}, {"reopened": F("reopened") + 1}) == 1
    assert Ticket.objects.get(pk=row.pk).reopened == 2
    assert not any(key[0] is Ticket and key[2] == ("reopened",) for key in kept_updates._kept)


@pytest.mark.django_db
def test_the_kept_statement_is_the_compilers_for_every_value(world, settings):
    assert settings.RALLIED_CHECK_KEPT_QUERIES  # every kept call is also compared with Django's (tests/settings.py)
    rows = [ticket(n) for n in (7, 8, 9)]
    now = timezone.now()
    for row in rows:
        with CaptureQueriesContext(connection) as kept_run:
            assert update_where(Ticket, {"pk": row.pk, "status": "received"},
                                {"status": "triaged", "updated_at": now}) == 1
        Ticket.objects.filter(pk=row.pk).update(status="received")
        with CaptureQueriesContext(connection) as django_run:
            assert Ticket.objects.filter(pk=row.pk, status="received").update(status="triaged", updated_at=now) == 1
        assert [q["sql"] for q in kept_run.captured_queries] == [q["sql"] for q in django_run.captured_queries]
