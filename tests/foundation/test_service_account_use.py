"""A service account's last use, as the admin lists it: written when Rallied acts through it, at most once a minute
(tenants/services.note_service_account_used), not an UPDATE on every vendor write (issue 17)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tenants.models import Connection, ServiceAccount, Tenant
from tenants.services import LAST_USED_EVERY, note_service_account_used
from tests.helpers import committed, post_ticket, ticket_payload
from tickets.models import Ticket

ADELE = "adele.vance@contoso.example"


def _updates(seen: CaptureQueriesContext) -> int:
    return sum(1 for q in seen.captured_queries if q["sql"].startswith('UPDATE "tenants_serviceaccount"'))


@pytest.fixture
def account(world) -> ServiceAccount:
    tenant = Tenant.objects.get(slug="contoso")
    idp = Connection.objects.get(tenant=tenant, vendor="entra")
    return ServiceAccount.objects.filter(connection=idp).order_by("pk").first()


@pytest.mark.django_db
def test_a_reset_marks_the_account_it_ran_as_used(contoso_api, account):
    ServiceAccount.objects.filter(connection=account.connection).update(last_used_at=None)
    with committed():
        created = post_ticket(contoso_api, ticket_payload("cw-used", ADELE, name="Adele Vance"))
    assert Ticket.objects.get(pk=created.json()["id"]).status == "resolved"
    used = [a.last_used_at for a in ServiceAccount.objects.filter(connection=account.connection)]
    assert any(at is not None and timezone.now() - at < timedelta(minutes=1) for at in used)


@pytest.mark.django_db
def test_within_a_minute_of_the_last_write_nothing_is_written(account):
    now = timezone.now()
    ServiceAccount.objects.filter(pk=account.pk).update(last_used_at=now - timedelta(seconds=20))
    account.refresh_from_db()
    with CaptureQueriesContext(connection) as seen:
        note_service_account_used(account=account, at=now)
    assert _updates(seen) == 0
    account.refresh_from_db()
    assert account.last_used_at == now - timedelta(seconds=20)


@pytest.mark.django_db
def test_a_minute_on_it_is_written_again_and_never_moved_back(account):
    now = timezone.now()
    ServiceAccount.objects.filter(pk=account.pk).update(last_used_at=now - LAST_USED_EVERY - timedelta(seconds=1))
    account.refresh_from_db()
    note_service_account_used(account=account, at=now)
    account.refresh_from_db()
    assert account.last_used_at == now

    # Another worker wrote it a moment ago, after this one read the row: the conditional update leaves theirs.
    stale = ServiceAccount.objects.get(pk=account.pk)
    stale.last_used_at = None
    later = now + timedelta(seconds=5)
    ServiceAccount.objects.filter(pk=account.pk).update(last_used_at=later)
    note_service_account_used(account=stale, at=now + timedelta(seconds=10))
    account.refresh_from_db()
    assert account.last_used_at == later
