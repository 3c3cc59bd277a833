"""rallied.kept_aggregates answers aggregate(), exists() and count() from a kept text as Django's own methods do.

The first call compiles with Django's own method and sends nothing while doing so; each call sends the one statement
Django would, with its own values, and reads its row (or none) as Django does. A shape that would not stay the same
is refused when first compiled, a value of another type takes Django's path, and the tests compare every call.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.db import connection
from django.db.models import Count, Max, Q, Sum
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rallied.kept_aggregates import KeptAggregate
from tenants.models import Tenant
from tickets.models import Ticket


def ticket(tenant: Tenant, n: int, **fields: object) -> Ticket:
    return Ticket.objects.create(**{"tenant": tenant, "external_id": f"kept-agg-{n}", "subject": f"Subject {n}",
                                    "requester_email": f"person{n}@contoso.example", **fields})


def _counts(tenant_id: int, subject: str, since: datetime) -> tuple[object, dict[str, object]]:
    return Ticket.objects.filter(tenant_id=tenant_id), {
        "n": Count("pk"),
        "same_subject": Count("pk", filter=Q(subject=subject)),
        "recent": Count("pk", filter=Q(received_at__gte=since)),
        "latest": Max("received_at"),
        "confidence": Sum("confidence", filter=Q(received_at__gte=since)),
    }


COUNTS = KeptAggregate(_counts, tenant_id=int, subject=str, since=datetime)
ANY = KeptAggregate(lambda tenant_id, subject: Ticket.objects.filter(tenant_id=tenant_id, subject=subject),
                    tenant_id=int, subject=str)


def django_counts(tenant_id: int, subject: str, since: datetime) -> dict[str, object]:
    queryset, aggregates = _counts(tenant_id, subject, since)
    return queryset.aggregate(**aggregates)


@pytest.mark.django_db
def test_aggregate_answers_as_djangos_for_each_call(world):
    tenants = list(Tenant.objects.order_by("pk")[:2])
    ticket(tenants[0], 1, confidence=0.5)
    ticket(tenants[0], 2, confidence=0.25, received_at=timezone.now() - timedelta(days=2))
    for tenant in tenants:  # the second has no tickets: each aggregate's empty answer (0, None)
        for subject in ("Subject 1", "nothing"):
            for since in (timezone.now() - timedelta(days=1), timezone.now() - timedelta(days=3)):
                kept = COUNTS.aggregate(tenant_id=tenant.pk, subject=subject, since=since)
                assert kept == django_counts(tenant.pk, subject, since)
    answer = COUNTS.aggregate(tenant_id=tenants[0].pk, subject="Subject 1", since=timezone.now() - timedelta(days=1))
    assert (answer["n"], answer["same_subject"], answer["recent"], answer["confidence"]) == (2, 1, 1, 0.5)
    assert isinstance(answer["latest"], datetime) and answer["latest"].tzinfo is not None  # the converters ran


@pytest.mark.django_db
def test_exists_and_count_answer_as_djangos(world):
    tenant = Tenant.objects.order_by("pk").first()
    ticket(tenant, 3)
    ticket(tenant, 4, subject="Subject 3")
    for subject in ("Subject 3", "Subject 4", "none"):
        queryset = Ticket.objects.filter(tenant_id=tenant.pk, subject=subject)
        assert ANY.exists(tenant_id=tenant.pk, subject=subject) is queryset.exists()
        assert ANY.count(tenant_id=tenant.pk, subject=subject) == queryset.count()
    assert ANY.count(tenant_id=tenant.pk, subject="Subject 3") == 2


@pytest.mark.django_db
def test_the_first_call_sends_only_djangos_statement(world):
    tenant = Tenant.objects.order_by("pk").first()
    fresh = KeptAggregate(lambda tenant_id: Ticket.objects.filter(tenant_id=tenant_id), tenant_id=int)
    for _ in range(2):  # compiled on the first, kept on the second: one statement each time, Django's
        with CaptureQueriesContext(connection) as kept_run:
            fresh.count(tenant_id=tenant.pk)
        with CaptureQueriesContext(connection) as django_run:
            Ticket.objects.filter(tenant_id=tenant.pk).count()
        assert [q["sql"] for q in kept_run.captured_queries] == [q["sql"] for q in django_run.captured_queries]


@pytest.mark.django_db
def test_a_value_of_another_type_takes_djangos_own_path(world):
    tenant = Tenant.objects.order_by("pk").first()
    ticket(tenant, 5)
    assert ANY.count(tenant_id=str(tenant.pk), subject="Subject 5") == 1
    naive = datetime.now() - timedelta(days=1)
    with pytest.warns(RuntimeWarning, match="naive datetime"):
        assert COUNTS.aggregate(tenant_id=tenant.pk, subject="x", since=naive)["recent"] == 1


@pytest.mark.django_db
def test_a_shape_that_would_not_stay_the_same_is_refused():
    rewritten = KeptAggregate(lambda email: Ticket.objects.filter(requester_email__icontains=email), email=str)
    with pytest.raises(ValueError, match="one text"):
        rewritten.exists(email="a@contoso.example")
    frozen = KeptAggregate(lambda pk: Ticket.objects.filter(pk=pk, received_at__lte=timezone.now()), pk=int)
    with pytest.raises(ValueError, match="same constants"):
        frozen.count(pk=1)
    empty = KeptAggregate(lambda pk: (Ticket.objects.filter(pk=pk, subject__in=[]), {"n": Count("pk")}), pk=int)
    with pytest.raises(ValueError, match="sends none"):
        empty.aggregate(pk=1)
    with pytest.raises(TypeError, match="int, str or datetime"):
        KeptAggregate(lambda flag: Ticket.objects.filter(tenant__paused=flag), flag=bool)


@pytest.mark.django_db
def test_the_tests_check_each_call_against_djangos_compiler(world, settings):
    subject = ["Subject 6"]
    drifting = KeptAggregate(lambda pk: Ticket.objects.filter(pk=pk, subject=subject[0]), pk=int)
    row = ticket(Tenant.objects.order_by("pk").first(), 6)
    assert drifting.exists(pk=row.pk)
    subject[0] = "Another"
    assert settings.RALLIED_CHECK_KEPT_QUERIES
    with pytest.raises(AssertionError, match="differs from Django's"):
        drifting.exists(pk=row.pk)
