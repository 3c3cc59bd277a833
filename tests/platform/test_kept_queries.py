"""rallied.kept_queries runs a queryset's kept text with each call's values and reads the rows as Django would.

Only the SQL text is kept: a call with another value returns the other row, a row changed between two calls comes
back changed, and the instances (fields, select_related's related objects, annotations) are the ones Django's own
queryset gives. A shape that would not stay the same (a lookup that rewrites its value, a value computed inside the
build) is refused when first compiled, and a value of another type takes Django's own path.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection, transaction
from django.db.models import F
from django.db.transaction import TransactionManagementError
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from rallied.kept_queries import KeptQuery
from tenants.models import Connection, Tenant
from tickets.models import Ticket

WITH_TENANT = KeptQuery(lambda pk: Ticket.objects.select_related("tenant").filter(pk=pk), pk=int)


def ticket(tenant: Tenant, n: int) -> Ticket:
    return Ticket.objects.create(tenant=tenant, external_id=f"kept-{n}", subject=f"Subject {n}",
                                 requester_email=f"person{n}@contoso.example")


def same(kept: object, django: object) -> None:
    fields = [f.attname for f in type(django)._meta.concrete_fields]
    assert [getattr(kept, f) for f in fields] == [getattr(django, f) for f in fields]
    assert kept._state.db == django._state.db and kept._state.adding is False


@pytest.mark.django_db
def test_each_call_reads_its_own_row_as_it_is_now_with_select_related(world, django_assert_num_queries):
    tenants = list(Tenant.objects.order_by("pk")[:2])
    first, second = ticket(tenants[0], 1), ticket(tenants[1], 2)
    for row in (first, second, first):
        with django_assert_num_queries(1):
            kept = WITH_TENANT.get(pk=row.pk)
            assert kept.tenant.slug == row.tenant.slug  # select_related: the tenant came in the same row
        django = Ticket.objects.select_related("tenant").get(pk=row.pk)
        same(kept, django)
        same(kept.tenant, django.tenant)
    Ticket.objects.filter(pk=first.pk).update(subject="Changed")
    Tenant.objects.filter(pk=tenants[0].pk).update(name="Renamed")
    again = WITH_TENANT.get(pk=first.pk)
    assert (again.subject, again.tenant.name) == ("Changed", "Renamed")


@pytest.mark.django_db
def test_first_all_and_get_answer_as_the_queryset_does(world):
    tenant = Tenant.objects.order_by("pk").first()
    row = ticket(tenant, 3)
    assert WITH_TENANT.first(pk=row.pk).pk == row.pk
    assert WITH_TENANT.first(pk=-1) is None
    assert [t.pk for t in WITH_TENANT.all(pk=row.pk)] == [row.pk]
    with pytest.raises(Ticket.DoesNotExist, match=r"Ticket matching query does not exist\."):
        WITH_TENANT.get(pk=-1)
    by_tenant = KeptQuery(lambda tenant_id: Ticket.objects.filter(tenant_id=tenant_id), tenant_id=int)
    ticket(tenant, 4)
    with pytest.raises(Ticket.MultipleObjectsReturned, match="get\\(\\) returned more than one Ticket"):
        by_tenant.get(tenant_id=tenant.pk)
    ordered = KeptQuery(lambda tenant_id, subject: Ticket.objects.filter(tenant_id=tenant_id, subject=subject)
                        .order_by("-pk"), tenant_id=int, subject=str)
    assert [t.pk for t in ordered.all(tenant_id=tenant.pk, subject="Subject 3")] == [row.pk]
    assert [t.pk for t in ordered.all(tenant_id=tenant.pk, subject="subject 3")] == []  # a text value, as given


@pytest.mark.django_db
def test_annotations_and_joined_rows_come_back_as_djangos(world):
    tenant = Tenant.objects.filter(connections__isnull=False).order_by("pk").first()
    build = lambda tenant_id: (Connection.objects.filter(tenant_id=tenant_id, disabled=False)  # noqa: E731
                               .annotate(_account=F("service_accounts__name")).order_by("vendor", "pk"))
    kept = KeptQuery(build, tenant_id=int).all(tenant_id=tenant.pk)
    django = list(build(tenant.pk))
    assert len(kept) == len(django) > 0
    for k, d in zip(kept, django, strict=True):
        same(k, d)
        assert k._account == d._account


@pytest.mark.django_db
def test_a_value_of_another_type_takes_djangos_own_path(world):
    row = ticket(Tenant.objects.order_by("pk").first(), 5)
    assert WITH_TENANT.get(pk=str(row.pk)).pk == row.pk  # Django turns the text into the pk
    assert WITH_TENANT.first(pk=None) is None  # Django's `IS NULL`


@pytest.mark.django_db
def test_a_shape_that_would_not_stay_the_same_is_refused():
    rewritten = KeptQuery(lambda email: Ticket.objects.filter(requester_email__contains=email), email=str)
    with pytest.raises(ValueError, match="a kept query must compile to one text"):  # wrapped in LIKE's %s
        rewritten.all(email="a@contoso.example")
    frozen_time = KeptQuery(lambda pk: Ticket.objects.filter(pk=pk, received_at__lte=timezone.now()), pk=int)
    with pytest.raises(ValueError, match="same constants"):
        frozen_time.all(pk=1)
    prefetched = KeptQuery(lambda pk: Ticket.objects.filter(pk=pk).prefetch_related("events"), pk=int)
    with pytest.raises(ValueError, match="rows only: no prefetch_related"):
        prefetched.all(pk=1)


@pytest.mark.django_db
def test_the_kept_statement_is_the_compilers_for_every_value(world):
    tenant = Tenant.objects.order_by("pk").first()
    rows = [ticket(tenant, n) for n in (6, 7)]
    for row in rows:
        with CaptureQueriesContext(connection) as kept_run:
            WITH_TENANT.get(pk=row.pk)
        with CaptureQueriesContext(connection) as django_run:
            Ticket.objects.select_related("tenant").get(pk=row.pk)
        assert [q["sql"] for q in kept_run.captured_queries] == [q["sql"] for q in django_run.captured_queries]


@pytest.mark.django_db
def test_the_tests_check_each_call_against_djangos_compiler(world, settings):
    # A build that reads something besides its values would freeze it in; both probes compile alike while it holds
    # still, so the check every test run makes (tests/settings.py) is what catches it changing afterwards.
    subject = ["Subject 8"]
    drifting = KeptQuery(lambda pk: Ticket.objects.filter(pk=pk, subject=subject[0]), pk=int)
    row = ticket(Tenant.objects.order_by("pk").first(), 8)
    assert [t.pk for t in drifting.all(pk=row.pk)] == [row.pk]
    subject[0] = "Another"
    assert settings.RALLIED_CHECK_KEPT_QUERIES
    with pytest.raises(AssertionError, match="differs from Django's"):
        drifting.all(pk=row.pk)


# -- datetimes, values rows, FOR UPDATE ---------------------------------------------------------------------------

SINCE = KeptQuery(lambda tenant_id, since: Ticket.objects.filter(tenant_id=tenant_id, received_at__gte=since)
                  .order_by("pk"), tenant_id=int, since=datetime)


@pytest.mark.django_db
def test_a_datetime_value_is_sent_as_the_backend_receives_it(world):
    tenant = Tenant.objects.order_by("pk").first()
    rows = [ticket(tenant, n) for n in (10, 11)]
    Ticket.objects.filter(pk=rows[0].pk).update(received_at=timezone.now() - timedelta(hours=2))
    paris = ZoneInfo("Europe/Paris")
    for since in (timezone.now() - timedelta(hours=1), timezone.now() - timedelta(hours=3),
                  (timezone.now() - timedelta(hours=1)).astimezone(paris)):  # any aware zone, as Django adapts it
        django = list(Ticket.objects.filter(tenant_id=tenant.pk, received_at__gte=since).order_by("pk"))
        assert [t.pk for t in SINCE.all(tenant_id=tenant.pk, since=since)] == [t.pk for t in django]
    assert [t.pk for t in SINCE.all(tenant_id=tenant.pk, since=timezone.now() - timedelta(hours=1))] == \
        [rows[1].pk]


@pytest.mark.django_db
def test_values_and_values_list_rows_come_back_as_djangos(world):
    tenant = Tenant.objects.order_by("pk").first()
    for n in (12, 13):
        ticket(tenant, n)

    def base(tenant_id):
        return Ticket.objects.filter(tenant_id=tenant_id).order_by("pk")

    shapes = {
        "values": lambda tenant_id: base(tenant_id).values("pk", "subject", tenant_name=F("tenant__name")),
        "values_list": lambda tenant_id: base(tenant_id).values_list("subject", "received_at"),
        "flat": lambda tenant_id: base(tenant_id).values_list("subject", flat=True),
        "named": lambda tenant_id: base(tenant_id).values_list("pk", "subject", named=True),
    }
    for build in shapes.values():
        kept = KeptQuery(build, tenant_id=int)
        assert kept.all(tenant_id=tenant.pk) == list(build(tenant.pk))
        assert kept.first(tenant_id=tenant.pk) == build(tenant.pk).first()
    one = KeptQuery(lambda pk: Ticket.objects.filter(pk=pk).values("subject", "received_at"), pk=int)
    row = Ticket.objects.filter(tenant=tenant).order_by("pk").first()
    assert one.get(pk=row.pk) == Ticket.objects.filter(pk=row.pk).values("subject", "received_at").get()
    with pytest.raises(Ticket.DoesNotExist):
        one.get(pk=-5)


@pytest.mark.django_db
def test_a_locking_read_is_kept_inside_a_transaction(world):
    row = ticket(Tenant.objects.order_by("pk").first(), 14)
    locked = KeptQuery(lambda pk: Ticket.objects.select_for_update().filter(pk=pk), pk=int)
    with transaction.atomic(), CaptureQueriesContext(connection) as run:
        assert locked.get(pk=row.pk).pk == row.pk
    with transaction.atomic(), CaptureQueriesContext(connection) as django_run:
        Ticket.objects.select_for_update().get(pk=row.pk)
    assert [q["sql"] for q in run.captured_queries] == [q["sql"] for q in django_run.captured_queries]
    if connection.features.has_select_for_update:
        assert "FOR UPDATE" in run.captured_queries[0]["sql"]


@pytest.mark.django_db(transaction=True)
def test_a_locking_read_outside_a_transaction_fails_as_djangos_does():
    locked = KeptQuery(lambda pk: Tenant.objects.select_for_update().filter(pk=pk), pk=int)
    if not connection.features.has_select_for_update:  # SQLite: no FOR UPDATE, so nothing to refuse
        assert locked.first(pk=1) == Tenant.objects.select_for_update().filter(pk=1).first()
        return
    with pytest.raises(TransactionManagementError, match="outside of a transaction"):
        Tenant.objects.select_for_update().filter(pk=1).first()
    with pytest.raises(TransactionManagementError, match="outside of a transaction"):
        locked.first(pk=1)  # first compile, outside: Django's own error
    with transaction.atomic():
        assert locked.first(pk=-1) is None
    with pytest.raises(TransactionManagementError, match="outside of a transaction"):
        locked.first(pk=1)  # kept already: still refused outside


@pytest.mark.django_db
def test_a_datetime_shape_that_would_not_stay_the_same_is_refused():
    by_day = KeptQuery(lambda since: Ticket.objects.filter(received_at__date=since), since=datetime)
    with pytest.raises(ValueError, match=r"do not reach the SQL as given|one text"):  # cast to a date
        by_day.all(since=timezone.now())
    empty = KeptQuery(lambda pk: Ticket.objects.filter(pk=pk, subject__in=[]), pk=int)
    with pytest.raises(ValueError, match="sends none"):
        empty.all(pk=1)
    with pytest.raises(TypeError, match="int, str or datetime"):
        KeptQuery(lambda flag: Ticket.objects.filter(tenant__paused=flag), flag=bool)
