"""Signed checkpoints: every N events (queued on commit) or M seconds (the schedule) a chain's head is signed with the
key outside the database, stored, and written to the witness; a second maker of the same checkpoint changes nothing."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.db import connection
from django.test import override_settings
from django.utils import timezone

from audit import checkpoints
from audit.checkpoints import checkpoint_due, due_chains, make_checkpoint, origin, witness_pending
from audit.keys import verifiers
from audit.models import AuditCheckpoint, AuditHead, chain_of
from audit.services import record
from audit.verify_bundle import NoteError, open_note, parse_checkpoint, parse_verifier_key, verifier_key
from rallied.schedules import SCHEDULES
from tenants.models import Tenant
from tests.helpers import committed


@pytest.fixture
def witness_file(tmp_path: Path, settings) -> Path:
    path = tmp_path / "witness.jsonl"
    settings.RALLIED_AUDIT_WITNESSES = [f"file:{path}"]
    return path


@pytest.fixture
def contoso(world) -> Tenant:
    return Tenant.objects.get(slug="contoso")


def _fill_to_multiple(tenant: Tenant, every: int) -> int:
    """Record events until the chain's seq is the next multiple of `every`; returns that seq."""
    while True:
        event = record(actor="system:test", verb="test.filled", tenant=tenant)
        if event.seq % every == 0:
            return event.seq


def _witnessed(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


@pytest.mark.django_db
def test_every_nth_event_signs_the_head_and_writes_it_to_the_witness(contoso, witness_file):
    chain = chain_of(contoso.pk)
    with override_settings(RALLIED_AUDIT_CHECKPOINT_EVENTS=4), committed():
        size = _fill_to_multiple(contoso, 4)
    head = AuditHead.objects.get(chain=chain)
    checkpoint = AuditCheckpoint.objects.get(chain=chain)
    assert (checkpoint.size, checkpoint.head) == (size, head.hash) == (head.seq, head.hash)
    assert checkpoint.witnessed_at is not None

    body, signed_by = open_note(checkpoint.note, verifiers())
    parsed = parse_checkpoint(body)
    assert (parsed.origin, parsed.size, parsed.head) == (origin(chain), size, head.hash)
    assert parsed.origin == f"{settings.RALLIED_AUDIT_INSTANCE}/audit/{chain}" and parsed.time.endswith("Z")
    assert signed_by == [checkpoint.key_name]
    assert _witnessed(witness_file) == [{"origin": origin(chain), "size": size, "note": checkpoint.note}]


@pytest.mark.django_db
def test_events_between_multiples_queue_nothing(contoso, witness_file):
    with override_settings(RALLIED_AUDIT_CHECKPOINT_EVENTS=1000), committed() as work:
        event = record(actor="system:test", verb="test.one", tenant=contoso)
    assert event.seq % 1000 != 0
    assert work == [] and not AuditCheckpoint.objects.exists() and not witness_file.exists()


@pytest.mark.django_db
def test_a_note_is_rejected_when_changed_or_signed_by_a_key_not_listed(contoso, witness_file):
    record(actor="system:test", verb="test.one", tenant=contoso)
    checkpoint = make_checkpoint(chain=chain_of(contoso.pk))
    lines = checkpoint.note.split("\n")
    lines[1] = str(int(lines[1]) - 1)  # the tail moved back: a smaller size under the same signature
    with pytest.raises(NoteError, match="does not match"):
        open_note("\n".join(lines), verifiers())
    stranger = parse_verifier_key(verifier_key(checkpoint.key_name, Ed25519PrivateKey.generate().public_key()))
    with pytest.raises(NoteError):
        open_note(checkpoint.note, [stranger])


@pytest.mark.django_db
def test_the_schedule_signs_a_moved_chain_after_m_seconds_and_leaves_a_still_one(contoso, witness_file):
    fabrikam = Tenant.objects.get(slug="fabrikam")
    for tenant in (contoso, fabrikam):
        record(actor="system:test", verb="test.one", tenant=tenant)
    assert checkpoint_due() >= 2  # never checkpointed: due at once
    first = AuditCheckpoint.objects.get(chain=chain_of(contoso.pk))

    moved = record(actor="system:test", verb="test.two", tenant=contoso)
    m = settings.RALLIED_AUDIT_CHECKPOINT_SECONDS
    assert chain_of(contoso.pk) not in due_chains(now=first.at + timedelta(seconds=m - 1))
    later = due_chains(now=first.at + timedelta(seconds=m))
    assert chain_of(contoso.pk) in later and chain_of(fabrikam.pk) not in later  # fabrikam did not move

    AuditCheckpoint.objects.filter(pk=first.pk).update(at=timezone.now() - timedelta(seconds=m))
    assert checkpoint_due() == 1
    assert AuditCheckpoint.objects.filter(chain=chain_of(contoso.pk)).latest("size").size == moved.seq
    assert checkpoint_due() == 0  # nothing moved since
    assert len(_witnessed(witness_file)) == AuditCheckpoint.objects.count()


@pytest.mark.django_db
def test_n_events_behind_is_due_even_if_the_queued_task_was_lost(contoso, witness_file):
    record(actor="system:test", verb="test.one", tenant=contoso)
    make_checkpoint(chain=chain_of(contoso.pk))
    for _ in range(5):
        record(actor="system:test", verb="test.more", tenant=contoso)
    with override_settings(RALLIED_AUDIT_CHECKPOINT_EVENTS=5):
        assert chain_of(contoso.pk) in due_chains()
    with override_settings(RALLIED_AUDIT_CHECKPOINT_EVENTS=6):
        assert chain_of(contoso.pk) not in due_chains()


@pytest.mark.django_db
def test_two_makers_of_the_same_checkpoint_store_one(contoso, witness_file, monkeypatch):
    record(actor="system:test", verb="test.one", tenant=contoso)
    chain = chain_of(contoso.pk)
    sign = checkpoints.checkpoint_note

    def a_rival_stores_it_first(**kwargs):  # another worker inserts between our read of the head and our insert
        name, note = sign(**kwargs)
        AuditCheckpoint.objects.create(chain=chain, size=kwargs["size"], head=kwargs["head"], at=kwargs["when"],
                                       key_name=name, note=note)
        return name, note

    monkeypatch.setattr(checkpoints, "checkpoint_note", a_rival_stores_it_first)
    assert make_checkpoint(chain=chain) is None
    monkeypatch.undo()
    assert make_checkpoint(chain=chain) is None  # the head has not moved: nothing new to sign
    assert AuditCheckpoint.objects.filter(chain=chain).count() == 1


@pytest.mark.django_db
def test_a_failing_witness_keeps_the_checkpoint_pending_until_it_is_written(contoso, tmp_path, settings):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the witness expects a folder")
    settings.RALLIED_AUDIT_WITNESSES = [f"file:{blocked / 'witness.jsonl'}"]
    record(actor="system:test", verb="test.one", tenant=contoso)
    checkpoint = make_checkpoint(chain=chain_of(contoso.pk))
    assert witness_pending() == 0
    checkpoint.refresh_from_db()
    assert checkpoint.witnessed_at is None

    good = tmp_path / "witness.jsonl"
    settings.RALLIED_AUDIT_WITNESSES = [f"file:{good}"]
    assert witness_pending() == 1
    assert witness_pending() == 0  # written once
    assert [r["note"] for r in _witnessed(good)] == [checkpoint.note]


@pytest.mark.django_db
def test_signing_off_makes_no_checkpoint(contoso, witness_file):
    from audit.tasks import checkpoint_chain_task, checkpoint_due_task

    with override_settings(RALLIED_AUDIT_SIGNING=False, RALLIED_AUDIT_CHECKPOINT_EVENTS=1), committed() as work:
        record(actor="system:test", verb="test.one", tenant=contoso)
        checkpoint_due_task()
        checkpoint_chain_task(contoso.pk)
    assert work == [] and not AuditCheckpoint.objects.exists()


def test_the_schedule_runs_every_minute():
    assert ("rallied.audit_checkpoints", "audit.tasks.checkpoint_due_task", 1) in SCHEDULES


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks: SQLite locks the whole database file")
def test_a_checkpoint_another_worker_is_witnessing_is_skipped_not_written_twice(witness_file):
    """Another session holds an unwitnessed checkpoint's row (it is writing it to the witnesses): this run passes
    over it instead of waiting or writing the same record too."""
    import psycopg

    with psycopg.connect(**connection.get_connection_params(), autocommit=True) as other:
        row_id = other.execute(
            "INSERT INTO audit_auditcheckpoint (chain, size, head, at, key_name, note) "
            "VALUES ('test-held', 1, %s, now(), 'k', 'held note') RETURNING id", ["0" * 64]).fetchone()[0]
        try:
            with other.transaction():
                other.execute("SELECT id FROM audit_auditcheckpoint WHERE id = %s FOR UPDATE", [row_id])
                assert AuditCheckpoint.objects.filter(pk=row_id, witnessed_at__isnull=True).exists()  # seen, pending
                assert witness_pending() == 0
                assert "held note" not in (witness_file.read_text() if witness_file.exists() else "")
        finally:
            other.execute("DELETE FROM audit_auditcheckpoint WHERE id = %s", [row_id])
