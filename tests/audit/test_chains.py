"""Per-tenant audit chains: each tenant counts its own sequence, links to its own previous event, verifies alone,
and a writer in one tenant never waits on another tenant's head row."""

from __future__ import annotations

import importlib

import pytest
from django.db import OperationalError, connection, transaction
from django.db.models import CharField, F
from django.db.models.functions import Cast
from django.test.utils import CaptureQueriesContext

from audit.models import AuditEvent, AuditHead, chain_of
from audit.services import record
from audit.verify import event_fields, verify_chain
from audit.verify_bundle import GENESIS, compute_hash
from tenants.models import ServiceAccount, Tenant


def _head(chain: str) -> tuple[int, str]:
    head = AuditHead.objects.filter(chain=chain).first()
    return (head.seq, head.hash) if head else (0, GENESIS)


@pytest.fixture
def two_tenants(world) -> tuple[Tenant, Tenant]:
    return Tenant.objects.get(slug="contoso"), Tenant.objects.get(slug="fabrikam")


@pytest.mark.django_db
def test_each_tenant_counts_and_links_its_own_chain(two_tenants):
    contoso, fabrikam = two_tenants
    c_seq, c_hash = _head(chain_of(contoso.pk))
    f_seq, f_hash = _head(chain_of(fabrikam.pk))
    s_seq, _ = _head("system")

    c1 = record(actor="system:test", verb="test.one", tenant=contoso)
    f1 = record(actor="system:test", verb="test.one", tenant=fabrikam)
    c2 = record(actor="system:test", verb="test.two", tenant=contoso)
    s1 = record(actor="system:test", verb="test.system")

    assert (c1.chain, c1.seq, c1.prev_hash) == (f"tenant-{contoso.pk}", c_seq + 1, c_hash)
    assert (c2.seq, c2.prev_hash) == (c_seq + 2, c1.hash)  # fabrikam's event in between is not its predecessor
    assert (f1.chain, f1.seq, f1.prev_hash) == (f"tenant-{fabrikam.pk}", f_seq + 1, f_hash)
    assert (s1.chain, s1.seq) == ("system", s_seq + 1)
    assert c2.hash == compute_hash(c1.hash, event_fields(c2)) and "chain" in event_fields(c2)
    assert _head(c1.chain) == (c2.seq, c2.hash)


@pytest.mark.django_db
def test_the_tenant_of_the_object_picks_the_chain(two_tenants):
    contoso, _ = two_tenants
    account = ServiceAccount.objects.filter(tenant=contoso).first()
    event = record(actor="system:test", verb="test.obj", obj=account)
    assert (event.chain, event.tenant_id, event.object_id) == (chain_of(contoso.pk), contoso.pk, str(account.pk))


@pytest.mark.django_db
def test_verify_reports_each_chain_and_names_the_broken_one(two_tenants):
    contoso, fabrikam = two_tenants
    for n in range(3):
        record(actor="system:test", verb="test.filled", tenant=contoso, details={"n": n})
        record(actor="system:test", verb="test.filled", tenant=fabrikam, details={"n": n})
    overall = verify_chain()
    assert overall.ok and overall.checked == AuditEvent.objects.count()
    assert {r.chain for r in overall.chains} >= {chain_of(contoso.pk), chain_of(fabrikam.pk)}

    victim = AuditEvent.objects.filter(tenant=fabrikam, verb="test.filled").order_by("seq")[1]
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {AuditEvent._meta.db_table} SET outcome = %s WHERE id = %s", ["error", victim.pk])

    broken = verify_chain()
    assert not broken.ok
    assert (broken.chain, broken.broken_at) == (victim.chain, victim.seq)
    assert victim.chain in broken.problem and "hash does not match" in broken.problem
    # The other tenant still verifies on its own, and its report ends at its head.
    alone = verify_chain(chain_of(contoso.pk))
    assert alone.ok and alone.head == _head(chain_of(contoso.pk))[1]
    assert verify_chain(victim.chain).broken_at == victim.seq


@pytest.mark.django_db
def test_an_event_moved_to_another_chain_is_caught(two_tenants):
    contoso, fabrikam = two_tenants
    moved = record(actor="system:test", verb="test.moved", tenant=contoso)
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {AuditEvent._meta.db_table} SET chain = %s, seq = %s WHERE id = %s",
                       [chain_of(fabrikam.pk), _head(chain_of(fabrikam.pk))[0] + 1, moved.pk])
    report = verify_chain()
    assert not report.ok
    assert {r.chain for r in report.chains if not r.ok} == {chain_of(contoso.pk), chain_of(fabrikam.pk)}


@pytest.mark.django_db
def test_a_tail_cut_below_the_head_and_a_removed_head_are_caught(two_tenants):
    contoso, fabrikam = two_tenants
    record(actor="system:test", verb="test.a", tenant=contoso)
    last = record(actor="system:test", verb="test.b", tenant=contoso)
    record(actor="system:test", verb="test.c", tenant=fabrikam)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditEvent._meta.db_table} WHERE id = %s", [last.pk])
    report = verify_chain(last.chain)
    assert (report.broken_at, report.checked) == (last.seq, last.seq - 1)
    assert "missing" in report.problem

    AuditHead.objects.filter(chain=chain_of(fabrikam.pk)).delete()
    assert "no head" in verify_chain(chain_of(fabrikam.pk)).problem


@pytest.mark.django_db
def test_verifying_reads_three_queries_whatever_the_number_of_chains(two_tenants, django_assert_num_queries):
    for tenant in (*two_tenants, None):
        for n in range(5):
            record(actor="system:test", verb="test.filled", tenant=tenant, details={"n": n})
    # The heads, the pending events' summary per chain (issue 17: a submission's event waits pending until its
    # ticket's first step chains it, and one left too long fails verification), and the events.
    with django_assert_num_queries(3):
        assert verify_chain().ok


@pytest.mark.django_db
def test_a_write_touches_only_its_own_chains_head(two_tenants):
    contoso, _ = two_tenants
    record(actor="system:test", verb="test.first", tenant=contoso)  # the head exists: the steady state
    with CaptureQueriesContext(connection) as seen:
        record(actor="system:test", verb="test.second", tenant=contoso)
    head_sql = [q["sql"] for q in seen.captured_queries if AuditHead._meta.db_table in q["sql"]]
    assert len(head_sql) == 2, head_sql  # read (locked on PostgreSQL) and move the head: nothing else
    assert all(f"'tenant-{contoso.pk}'" in sql for sql in head_sql), head_sql


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks: SQLite locks the whole database file")
def test_a_writer_in_another_tenant_does_not_wait_for_a_locked_chain(two_tenants):
    """Another session holds contoso's head row as a writer mid-transaction would; fabrikam's writer goes on, and
    a contoso writer waits (cut short by lock_timeout rather than a clock)."""
    import psycopg

    contoso, fabrikam = two_tenants
    held = chain_of(contoso.pk)
    params = connection.get_connection_params()
    with psycopg.connect(**params, autocommit=True) as other:
        created = other.execute("INSERT INTO audit_audithead (chain, seq, hash) VALUES (%s, 0, %s) "
                                "ON CONFLICT DO NOTHING", [held, GENESIS]).rowcount
        try:
            with other.transaction():
                other.execute("SELECT seq FROM audit_audithead WHERE chain = %s FOR UPDATE", [held])
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL lock_timeout = '2s'")
                assert record(actor="system:test", verb="test.free", tenant=fabrikam).chain == chain_of(fabrikam.pk)
                with pytest.raises(OperationalError, match="lock timeout"), transaction.atomic():
                    record(actor="system:test", verb="test.waits", tenant=contoso)
        finally:
            if created:
                other.execute("DELETE FROM audit_audithead WHERE chain = %s", [held])


@pytest.mark.django_db
def test_the_migration_rechains_the_old_global_trail_per_tenant(two_tenants):
    """audit 0002 takes one global chain (seq unique across tenants, one head) to one chain per tenant."""
    from django.apps import apps

    rechain = importlib.import_module("audit.migrations.0002_per_tenant_chains").rechain
    contoso, fabrikam = two_tenants
    for tenant in (contoso, fabrikam, None, contoso):
        record(actor="system:test", verb="test.before", tenant=tenant)
    # The old shape: every row in one sequence (offset so the renumbering never meets a row not yet renumbered),
    # hashes that belong to no chain of the new format, and the single head gone.
    AuditEvent.objects.update(chain="system", seq=F("id") + 10**9, prev_hash="x",
                                hash=Cast("id", CharField()))
    AuditHead.objects.all().delete()
    order = list(AuditEvent.objects.order_by("seq").values_list("id", "tenant_id"))

    rechain(apps, None)

    report = verify_chain()
    assert report.ok, report.problem
    assert report.checked == len(order)
    for tenant_id in {t for _, t in order}:
        ids = [pk for pk, t in order if t == tenant_id]
        rows = AuditEvent.objects.filter(chain=chain_of(tenant_id)).order_by("seq")
        assert list(rows.values_list("id", flat=True)) == ids  # the old order kept within the chain
        assert list(rows.values_list("seq", flat=True)) == list(range(1, len(ids) + 1))
