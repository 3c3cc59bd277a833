"""Pending audit events (audit.services.deferred_chaining): written without the chain's head lock, chained later.

What must hold (issue 17): a pending event commits or rolls back with its change like any event; the next chaining of
its chain links it first, in insertion order, and only its own chain's; the sweep's chain_pending links whatever is
left; the chain verifies after many writers of both kinds at once; a pending event is never exported or walked as a
link; and one left pending longer than RALLIED_AUDIT_PENDING_SECONDS fails verification, while a fresh one does not.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from audit.models import AuditEvent, AuditHead, chain_of
from audit.services import WRITE_AHEAD, chain_pending, deferred_chaining, record, unit_of_work
from audit.verify import verify_chain
from tenants.models import Tenant
from tests.reliability.helpers import deliver_many


class Boom(Exception):
    pass


@pytest.fixture
def contoso(world) -> Tenant:
    return Tenant.objects.get(slug="contoso")


@pytest.fixture
def fabrikam(world) -> Tenant:
    return Tenant.objects.get(slug="fabrikam")


def _pending(verb: str, tenant: Tenant) -> AuditEvent:
    with deferred_chaining():
        return record(actor="system:test", verb=verb, tenant=tenant)


def _chain(tenant: Tenant) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(chain=chain_of(tenant.pk), hash__isnull=False).order_by("seq"))


@pytest.mark.django_db
def test_a_deferred_event_is_one_insert_and_leaves_the_head_alone(contoso):
    record(actor="system:test", verb="test.before", tenant=contoso)
    head = AuditHead.objects.values_list("seq", "hash").get(chain=chain_of(contoso.pk))
    with CaptureQueriesContext(connection) as seen:
        event = _pending("test.pending", contoso)
    assert [q["sql"].split()[0] for q in seen.captured_queries] == ["INSERT"]
    assert AuditHead._meta.db_table not in seen.captured_queries[0]["sql"]
    stored = AuditEvent.objects.get(pk=event.pk)
    assert (stored.seq, stored.prev_hash, stored.hash, stored.chained) == (None, "", None, False)
    assert "(pending)" in str(stored)
    assert AuditHead.objects.values_list("seq", "hash").get(chain=chain_of(contoso.pk)) == head
    # Fresh: the chain verifies, and the pending event is not walked as a link.
    report = verify_chain(chain_of(contoso.pk))
    assert report.ok and report.checked == head[0]


@pytest.mark.django_db
def test_the_next_event_of_the_chain_links_the_pending_ones_first_in_insertion_order(contoso):
    record(actor="system:test", verb="test.before", tenant=contoso)
    first, second = _pending("test.pending.1", contoso), _pending("test.pending.2", contoso)
    after = record(actor="system:test", verb="test.after", tenant=contoso)

    *_, before, one, two, last = _chain(contoso)
    assert [e.verb for e in (before, one, two, last)] == ["test.before", "test.pending.1", "test.pending.2",
                                                          "test.after"]
    assert [one.pk, two.pk, last.pk] == [first.pk, second.pk, after.pk]
    assert [one.seq, two.seq, last.seq] == [before.seq + 1, before.seq + 2, before.seq + 3]
    assert (one.prev_hash, two.prev_hash, last.prev_hash) == (before.hash, one.hash, two.hash)
    assert AuditHead.objects.get(chain=chain_of(contoso.pk)).seq == last.seq
    assert not AuditEvent.objects.filter(hash__isnull=True).exists()
    assert verify_chain().ok


@pytest.mark.django_db
def test_another_chains_writer_leaves_the_pending_event_pending(contoso, fabrikam):
    pending = _pending("test.pending", contoso)
    record(actor="system:test", verb="test.elsewhere", tenant=fabrikam)
    record(actor="system:test", verb="test.system")
    assert not AuditEvent.objects.get(pk=pending.pk).chained
    record(actor="system:test", verb="test.mine", tenant=contoso)
    assert AuditEvent.objects.get(pk=pending.pk).chained


@pytest.mark.django_db
def test_a_units_chaining_takes_the_pending_events_before_its_own(contoso):
    pending = _pending("test.pending", contoso)
    with unit_of_work(chain=WRITE_AHEAD):
        record(actor="system:test", verb="test.unit", tenant=contoso)
    *_, linked, own = _chain(contoso)
    assert (linked.pk, own.verb, own.prev_hash) == (pending.pk, "test.unit", linked.hash)


@pytest.mark.django_db
def test_a_chains_first_events_may_be_pending(world):
    tenant = Tenant.objects.create(name="Newcomer", slug="newcomer")
    with deferred_chaining():
        event = record(actor="system:test", verb="test.first", tenant=tenant)
    assert not AuditHead.objects.filter(chain=chain_of(tenant.pk)).exists()
    assert verify_chain(chain_of(tenant.pk)).ok  # a chain not begun, its one event fresh

    record(actor="system:test", verb="test.second", tenant=tenant)
    first, second = _chain(tenant)
    assert (first.pk, first.seq, second.seq) == (event.pk, 1, 2)
    assert verify_chain(chain_of(tenant.pk)).ok


@pytest.mark.django_db(transaction=True)
def test_only_the_blocks_first_transaction_defers_not_the_work_its_commit_starts(contoso):
    """A sync-mode cluster runs a doorbell inside the commit that rang it: that step's events are chained as usual."""
    after_commit: list[AuditEvent] = []
    with deferred_chaining():
        with transaction.atomic():
            pending = record(actor="system:test", verb="test.pending", tenant=contoso)
            transaction.on_commit(lambda: after_commit.append(
                record(actor="system:test", verb="test.after-commit", tenant=contoso)))
        later = record(actor="system:test", verb="test.later", tenant=contoso)
    assert after_commit[0].chained and later.chained
    *_, linked, first, second = _chain(contoso)
    assert (linked.pk, first.pk, second.pk) == (pending.pk, after_commit[0].pk, later.pk)


@pytest.mark.django_db
def test_a_pending_event_rolls_back_with_its_change(contoso):
    with pytest.raises(Boom), transaction.atomic():
        Tenant.objects.filter(pk=contoso.pk).update(paused_reason="rolled back")
        _pending("test.rolled-back", contoso)
        raise Boom
    assert not AuditEvent.objects.filter(verb="test.rolled-back").exists()
    assert Tenant.objects.get(pk=contoso.pk).paused_reason != "rolled back"


@pytest.mark.django_db
def test_chain_pending_links_every_chains_pending_events_once(contoso, fabrikam):
    events = [_pending("test.pending.1", contoso)]
    with deferred_chaining():
        events.append(record(actor="system:test", verb="test.pending.2", tenant=fabrikam))
        events.append(record(actor="system:test", verb="test.pending.3", tenant=contoso))

    assert chain_pending(chains=[chain_of(fabrikam.pk)]) == 1
    assert [e.verb for e in AuditEvent.objects.filter(hash__isnull=True).order_by("id")] == ["test.pending.1",
                                                                                          "test.pending.3"]
    assert chain_pending() == 2
    assert chain_pending() == 0  # nothing left: nothing linked twice
    stored = {e.pk: e for e in AuditEvent.objects.filter(pk__in=[e.pk for e in events])}
    assert stored[events[0].pk].seq + 1 == stored[events[2].pk].seq
    assert verify_chain().ok


@pytest.mark.django_db
def test_verify_fails_on_an_event_pending_too_long_and_passes_on_a_fresh_one(contoso, settings):
    settings.RALLIED_AUDIT_PENDING_SECONDS = 300
    record(actor="system:test", verb="test.before", tenant=contoso)
    fresh = _pending("test.fresh", contoso)
    AuditEvent.objects.filter(pk=fresh.pk).update(at=timezone.now() - timedelta(seconds=290))
    assert verify_chain().ok
    out = io.StringIO()
    call_command("verify_audit", stdout=out)
    assert "1 event(s) recorded in the last 300s wait to be chained" in out.getvalue()

    # The same event, past the bound: whoever could delete it unseen had that long, and no longer.
    AuditEvent.objects.filter(pk=fresh.pk).update(at=timezone.now() - timedelta(seconds=310))
    report = verify_chain()
    assert not report.ok and report.chain == chain_of(contoso.pk)
    assert "1 event(s) recorded but never chained" in report.problem
    assert not verify_chain(chain_of(contoso.pk)).ok
    with pytest.raises(CommandError, match="never chained"):
        call_command("verify_audit", stdout=io.StringIO())

    chain_pending()  # what the sweep does every minute
    assert verify_chain().ok


@pytest.mark.django_db
def test_a_chain_with_only_an_old_pending_event_fails_too(world, settings):
    tenant = Tenant.objects.create(name="Quiet", slug="quiet")
    with deferred_chaining():
        event = record(actor="system:test", verb="test.only", tenant=tenant)
    AuditEvent.objects.filter(pk=event.pk).update(
        at=timezone.now() - timedelta(seconds=settings.RALLIED_AUDIT_PENDING_SECONDS + 1))
    assert verify_chain().chain == chain_of(tenant.pk)
    with pytest.raises(CommandError, match=f"chain {chain_of(tenant.pk)}"):
        call_command("verify_audit", stdout=io.StringIO())


@pytest.mark.django_db
def test_an_exported_bundle_holds_chained_events_only(contoso, tmp_path):
    record(actor="system:test", verb="test.chained", tenant=contoso)
    _pending("test.pending", contoso)
    path = tmp_path / "contoso.zip"
    call_command("export_audit", "--tenant", "contoso", "--bundle", str(path), stdout=io.StringIO())
    with zipfile.ZipFile(path) as archive:
        events = [json.loads(line) for line in archive.read("events.jsonl").decode().splitlines()]
    assert "test.pending" not in {e["verb"] for e in events}
    assert [e["seq"] for e in events] == list(range(1, len(events) + 1)) and all(e["hash"] for e in events)


@pytest.mark.django_db(transaction=True)
def test_the_chain_verifies_after_many_writers_of_both_kinds_at_once(contoso):
    """Half the writers defer, half chain (and so link whatever pending events they see); on PostgreSQL they
    really overlap. Every event ends up linked exactly once, in one unbroken sequence."""
    turn = iter(range(10_000))

    def write() -> None:
        n = next(turn)
        if n % 2:
            with deferred_chaining(), transaction.atomic():
                record(actor="system:test", verb="test.many", tenant=contoso, details={"n": n})
        else:
            record(actor="system:test", verb="test.many", tenant=contoso, details={"n": n})

    seen = deliver_many(60, write, threads=8)
    assert not seen.errors, seen.errors
    chain_pending()
    events = _chain(contoso)
    assert sorted(e.details["n"] for e in events if e.verb == "test.many") == list(range(60))
    assert [e.seq for e in events] == list(range(1, len(events) + 1))
    assert AuditHead.objects.get(chain=chain_of(contoso.pk)).seq == len(events)
    assert verify_chain().ok


@pytest.mark.django_db
def test_a_backlog_longer_than_a_batch_is_linked_in_order_before_the_units_own_events(contoso, monkeypatch):
    """After an outage the pending events can be many: they are linked PENDING_BATCH at a time, on their own before
    the unit's closing statement (audit/writes.py), so that statement never carries a parameter per event."""
    from audit import services

    monkeypatch.setattr(services, "PENDING_BATCH", 2)
    record(actor="system:test", verb="test.before", tenant=contoso)
    for n in range(5):
        _pending(f"test.backlog.{n}", contoso)
    with unit_of_work(chain=WRITE_AHEAD):
        record(actor="system:test", verb="test.claim", tenant=contoso)
    *_, before, b0, b1, b2, b3, b4, claim = _chain(contoso)
    assert before.verb == "test.before" and claim.verb == "test.claim"
    assert [e.verb for e in (b0, b1, b2, b3, b4)] == [f"test.backlog.{n}" for n in range(5)]
    assert [e.seq for e in (before, b0, b1, b2, b3, b4, claim)] == list(range(before.seq, before.seq + 7))
    assert verify_chain(chain_of(contoso.pk)).ok
