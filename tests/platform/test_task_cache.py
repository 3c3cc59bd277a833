"""Configuration read once per django-q2 task, never longer (rallied/task_cache.py).

Within one task a ticket step asks for the tenant's identity connection, its connector and its playbook several
times: one read each. The next task reads again, so a service lead's change (a connection disabled, a service
account's scope narrowed, a playbook switched off) holds from the very next task; outside a task nothing is kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.db import connection as db
from django.test.utils import CaptureQueriesContext

from playbooks.models import Playbook
from playbooks.planning import playbook_for
from rallied.connectors import ScopeError
from rallied.task_cache import task_finished, task_started
from tenants.models import Connection, ServiceAccount, Tenant
from tenants.selectors import (
    connection_for,
    connector_for,
    identity_connection,
    service_account_for,
    service_accounts_of,
)
from tickets.models import Ticket


@contextmanager
def task(task_id: str) -> Iterator[None]:
    """What the worker's signals do around one task (pre_execute, post_execute_in_worker)."""
    started = {"id": task_id}
    task_started(task=started)
    try:
        yield
    finally:
        task_finished(task=started)


@pytest.fixture
def contoso(world) -> Tenant:
    return Tenant.objects.get(slug="contoso")


def _reads(table: str, seen: CaptureQueriesContext) -> int:
    return sum(1 for q in seen.captured_queries if f'FROM "{table}"' in q["sql"])


@pytest.mark.django_db
def test_a_task_reads_the_connection_its_scope_and_a_playbook_once(contoso):
    ticket = Ticket(tenant=contoso, category="password_reset")
    with CaptureQueriesContext(db) as once:  # one lookup (the tenant's own playbook, then the MSP default)
        playbook_for(ticket)
    with task("one"), CaptureQueriesContext(db) as seen:
        for _ in range(3):
            connector_for(identity_connection(contoso))
            playbook_for(ticket)
    # the connections and their service accounts in one query, joined (tenants/selectors._connections_with_accounts)
    assert _reads(Connection._meta.db_table, seen) == 1
    assert _reads(ServiceAccount._meta.db_table, seen) == 0
    assert sum(1 for q in seen.captured_queries if 'JOIN "tenants_serviceaccount"' in q["sql"]) == 1
    assert _reads(Playbook._meta.db_table, seen) == _reads(Playbook._meta.db_table, once) > 0

    # Outside a task (a web request, a command) every call reads afresh.
    with CaptureQueriesContext(db) as seen:
        identity_connection(contoso)
        identity_connection(contoso)
    assert _reads(Connection._meta.db_table, seen) == 2


@pytest.mark.django_db
def test_a_scope_narrowed_between_tasks_is_refused_by_the_next_task(contoso):
    idp = identity_connection(contoso)
    kind = "reset_password"
    with task("before"):
        connector_for(idp).ensure_allowed(kind)  # allowed: the service account holds the kind
    for account in ServiceAccount.objects.filter(connection=idp):
        account.allowed_kinds = [k for k in account.allowed_kinds if k != kind]
        account.save(update_fields=["allowed_kinds"])
    with task("after"), pytest.raises(ScopeError):
        connector_for(identity_connection(contoso)).ensure_allowed(kind)


@pytest.mark.django_db
def test_a_connection_or_playbook_switched_off_is_seen_by_the_next_task(contoso):
    ticket = Ticket(tenant=contoso, category="password_reset")
    with task("before"):
        assert identity_connection(contoso) is not None
        assert playbook_for(ticket) is not None
    Connection.objects.filter(tenant=contoso, vendor__in=Connection.IDP_VENDORS).update(disabled=True)
    Playbook.objects.filter(category="password_reset").update(enabled=False)
    with task("after"):
        assert identity_connection(contoso) is None
        assert playbook_for(ticket) is None


@pytest.mark.django_db
def test_the_joined_read_keeps_each_connections_own_accounts_and_one_without_any(contoso):
    idp = identity_connection(contoso)
    Connection.objects.filter(tenant=contoso, vendor="datto").delete()
    bare = Connection.objects.create(tenant=contoso, vendor="datto", base_url="https://datto.example")
    ServiceAccount.objects.create(tenant=contoso, connection=idp, name="second", allowed_kinds=["unlock_account"])
    with task("one"):
        found = connection_for(contoso, {"datto"})
        assert found is not None and found.pk == bare.pk  # no service account: still one of the tenant's connections
        assert service_account_for(found, "reset_password") is None
        account = service_account_for(identity_connection(contoso), "unlock_account")
        assert account is not None and account.connection_id == idp.pk
        assert isinstance(account.allowed_kinds, list)
        names = [a.name for a in ServiceAccount.objects.filter(connection=idp).order_by("pk")]
        assert [a.name for a in service_accounts_of(idp)] == names

