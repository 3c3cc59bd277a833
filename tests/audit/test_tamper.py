"""The audit tamper suite: whoever can write the database edits, deletes, swaps, inserts, cuts the tail (moving the
head back) or rewrites a chain with every hash recomputed. `verify_audit` catches each against the signed
checkpoints and the witness, naming the first bad sequence, and so does the client's verify_bundle.py on the
tenant's exported bundle; a clean trail verifies clean on both sides."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from audit.checkpoints import checkpoint_chain
from audit.keys import newest_key
from audit.models import AuditCheckpoint, AuditEvent, AuditHead, chain_of
from audit.services import record
from audit.verify import chain_rows, event_fields, verify_chain
from audit.verify_bundle import compute_hash
from tenants.models import Tenant
from tests.audit.bundles import run_client_verifier

pytestmark = pytest.mark.django_db

EVENTS = 35
CHECKPOINT_AT = (10, 20, 30)  # counted from the first event this suite adds; the last 5 stay uncheckpointed


@pytest.fixture
def trail(world, settings, tmp_path) -> dict:
    """Contoso's chain grown by 35 events, signed at +10, +20 and +30, each checkpoint in this test's own witness."""
    settings.RALLIED_AUDIT_WITNESSES = [f"file:{tmp_path / 'witness.jsonl'}"]
    tenant = Tenant.objects.get(slug="contoso")
    chain = chain_of(tenant.pk)
    base = AuditHead.objects.filter(chain=chain).values_list("seq", flat=True).first() or 0
    for n in range(1, EVENTS + 1):
        record(actor="system:test", verb="test.tamper", tenant=tenant, details={"n": n})
        if n in CHECKPOINT_AT:
            assert checkpoint_chain(chain=chain) is not None
    assert AuditCheckpoint.objects.filter(chain=chain, witnessed_at__isnull=False).count() == len(CHECKPOINT_AT)
    return {"tenant": tenant, "chain": chain, "base": base, "dir": tmp_path}


# ---- What the attacker does, in SQL, as someone with the database's credentials but not the signing key --------

def _sql(statement: str, params: list) -> None:
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


EVENT_TABLE, HEAD_TABLE = AuditEvent._meta.db_table, AuditHead._meta.db_table


def _row(chain: str, seq: int) -> AuditEvent:
    return AuditEvent.objects.get(chain=chain, seq=seq)


def _move_head(chain: str) -> None:
    """Point the head row at whatever is now the chain's last event, as record() would have left it."""
    last = AuditEvent.objects.filter(chain=chain).order_by("-seq").first()
    _sql(f"UPDATE {HEAD_TABLE} SET seq = %s, hash = %s WHERE chain = %s", [last.seq, last.hash, chain])


def edit(chain: str, seq: int) -> None:
    _sql(f"UPDATE {EVENT_TABLE} SET outcome = %s WHERE id = %s", ["failed", _row(chain, seq).pk])


def delete(chain: str, seq: int) -> None:
    _sql(f"DELETE FROM {EVENT_TABLE} WHERE id = %s", [_row(chain, seq).pk])


def swap(chain: str, seq: int) -> None:
    """Event #seq and #seq+1 trade sequence numbers (through a free number: (chain, seq) is unique)."""
    first, second = _row(chain, seq).pk, _row(chain, seq + 1).pk
    for pk, new_seq in ((first, 10**9), (second, seq), (first, seq + 1)):
        _sql(f"UPDATE {EVENT_TABLE} SET seq = %s WHERE id = %s", [new_seq, pk])


def insert(chain: str, seq: int) -> None:
    """A made-up event at #seq, chained to #seq-1 with a correct hash of its own; the later events move up one."""
    for pk in AuditEvent.objects.filter(chain=chain, seq__gte=seq).order_by("-seq").values_list("pk", flat=True):
        _sql(f"UPDATE {EVENT_TABLE} SET seq = seq + 1 WHERE id = %s", [pk])
    before = _row(chain, seq - 1)
    forged = AuditEvent(chain=chain, seq=seq, tenant_id=before.tenant_id, actor_type="system", actor="system:test",
                        verb="test.forged", outcome="ok", details={}, prev_hash=before.hash, at=before.at)
    forged.hash = compute_hash(forged.prev_hash, event_fields(forged))
    forged.save()
    _move_head(chain)


def truncate(chain: str, seq: int) -> None:
    """Everything after #seq removed and the head moved back to #seq: the hash chain alone sees nothing wrong."""
    _sql(f"DELETE FROM {EVENT_TABLE} WHERE chain = %s AND seq > %s", [chain, seq])
    _move_head(chain)


def rewrite(chain: str, seq: int) -> None:
    """#seq changed, and every hash from there on recomputed, the head row too: a whole chain again."""
    edit(chain, seq)
    prev = _row(chain, seq - 1).hash
    for fields, _, _ in list(chain_rows(AuditEvent.objects.filter(chain=chain, seq__gte=seq))):
        hash_ = compute_hash(prev, fields)
        _sql(f"UPDATE {EVENT_TABLE} SET prev_hash = %s, hash = %s WHERE chain = %s AND seq = %s",
             [prev, hash_, chain, fields["seq"]])
        prev = hash_
    _move_head(chain)


def drop_checkpoint_rows(chain: str, after: int) -> None:
    """Cover the tracks in the database as well: the checkpoint rows that would give the change away."""
    _sql(f"DELETE FROM {AuditCheckpoint._meta.db_table} WHERE chain = %s AND size > %s", [chain, after])


# name: (tampering, at which of the suite's events, first bad sequence named, what the verdict says)
CASES: dict[str, tuple[Callable[[str, int], None], int, int, str]] = {
    "edit": (edit, 13, 13, "its hash does not match its contents"),
    "delete": (delete, 13, 13, "is missing"),
    "swap": (swap, 12, 12, "its prev_hash is not the previous event's hash"),
    "insert": (insert, 13, 13, "inserted: event #"),
    "truncate": (truncate, 25, 26, "the chain ends at #"),
    # Only the checkpoint at +20 disagrees with the rewritten chain; everything up to the one at +10 is as signed.
    "rewrite": (rewrite, 13, 11, "differs from its signed checkpoint"),
}


def _verify_audit_failure() -> str:
    with pytest.raises(CommandError) as failure:
        call_command("verify_audit", stdout=io.StringIO(), stderr=io.StringIO())
    return str(failure.value)


def _export(trail: dict, name: str = "contoso-audit.zip") -> Path:
    path = trail["dir"] / name
    call_command("export_audit", tenant="contoso", bundle=path, stdout=io.StringIO())
    return path


def test_a_clean_trail_verifies_clean_in_the_database_and_in_the_clients_bundle(trail, tmp_path):
    out = io.StringIO()
    call_command("verify_audit", stdout=out, stderr=io.StringIO())
    assert "Audit chain intact" in out.getvalue()
    assert "3 signed checkpoints in the database and 3 read back from the witnesses" in out.getvalue()

    bundle = _export(trail)
    result = run_client_verifier(tmp_path, bundle)
    assert result.returncode == 0, result.stdout
    total = trail["base"] + EVENTS
    assert result.stdout.startswith(f"VERIFIED contoso: {total} events, hash chain whole; 3 checkpoints")
    assert "the last 5 not yet under a checkpoint" in result.stdout
    pinned = run_client_verifier(tmp_path, bundle, "--key", newest_key().verifier)  # the key the MSP published
    assert pinned.returncode == 0, pinned.stdout


@pytest.mark.parametrize("cover_tracks", [False, True], ids=["checkpoint-rows-kept", "checkpoint-rows-deleted"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_tampering_is_named_by_verify_audit_and_by_the_clients_verifier(trail, tmp_path, case, cover_tracks):
    tamper, at, first_bad, problem = CASES[case]
    chain, base = trail["chain"], trail["base"]
    tamper(chain, base + at)
    if cover_tracks:  # only the witness still holds what was signed
        drop_checkpoint_rows(chain, base + min(at, first_bad) - 1)
    expected = f"first bad sequence #{base + first_bad}: "

    message = _verify_audit_failure()
    assert f"TAMPERED chain {chain}: {expected}" in message and problem in message, message

    result = run_client_verifier(tmp_path, _export(trail))
    assert result.returncode == 1, result.stdout
    assert result.stdout.startswith(f"TAMPERED contoso: {expected}") and problem in result.stdout, result.stdout


@pytest.mark.parametrize("case", ["truncate", "rewrite"])
def test_the_hash_chain_alone_would_have_passed_what_the_checkpoints_catch(trail, case):
    tamper, at, _, _ = CASES[case]
    tamper(trail["chain"], trail["base"] + at)
    assert verify_chain(trail["chain"]).ok  # whole links, head row in step: only a signature outside shows it
    assert "TAMPERED" in _verify_audit_failure()


def test_a_checkpoint_row_deleted_alone_is_caught_by_the_witness(trail):
    drop_checkpoint_rows(trail["chain"], trail["base"] + 20)
    assert "checkpoint(s) the witness holds are missing from the database" in _verify_audit_failure()


def test_a_checkpoint_row_whose_note_was_edited_fails_its_signature(trail):
    row = AuditCheckpoint.objects.filter(chain=trail["chain"]).order_by("size").first()
    _sql(f"UPDATE {AuditCheckpoint._meta.db_table} SET note = %s WHERE id = %s",
         [row.note.replace(f"\n{row.size}\n", f"\n{row.size - 1}\n", 1), row.pk])
    assert "does not verify" in _verify_audit_failure()


def test_an_exported_bundle_edited_afterwards_is_rejected(trail, tmp_path):
    bundle = _export(trail)
    with zipfile.ZipFile(bundle) as original:
        parts = {name: original.read(name) for name in original.namelist()}
    lines = parts["events.jsonl"].decode().splitlines()
    victim = trail["base"] + 13
    lines = [line if json.loads(line)["seq"] != victim else line.replace('"outcome": "ok"', '"outcome": "failed"')
             for line in lines]
    parts["events.jsonl"] = ("\n".join(lines) + "\n").encode()
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as copy:
        for name, data in parts.items():
            copy.writestr(name, data)
    result = run_client_verifier(tmp_path, tampered)
    assert result.returncode == 1
    assert result.stdout.startswith(f"TAMPERED contoso: first bad sequence #{victim}: its hash does not match")



def test_an_auditors_copy_with_public_keys_only_verifies_and_without_them_refuses(trail, settings):
    public = newest_key().verifier
    settings.RALLIED_AUDIT_SIGNING_KEYS, settings.RALLIED_AUDIT_DEV_KEY_FILE = [], ""
    settings.RALLIED_AUDIT_VERIFIER_KEYS = [public]
    out = io.StringIO()
    call_command("verify_audit", stdout=out, stderr=io.StringIO())
    assert "Audit chain intact" in out.getvalue()
    settings.RALLIED_AUDIT_VERIFIER_KEYS = []  # nothing to check the signatures with: not proven, so not intact
    assert "not signed by any trusted key" in _verify_audit_failure()
    settings.RALLIED_AUDIT_VERIFIER_KEYS = ["not-a-key"]
    assert "Cannot check the audit checkpoints: RALLIED_AUDIT_VERIFIER_KEYS" in _verify_audit_failure()


def test_one_chain_can_be_checked_alone_and_a_broken_one_does_not_hide_behind_it(trail):
    edit(trail["chain"], trail["base"] + 13)
    fabrikam = chain_of(Tenant.objects.get(slug="fabrikam").pk)
    out = io.StringIO()
    call_command("verify_audit", chain=[fabrikam], stdout=out, stderr=io.StringIO())
    assert "Audit chain intact" in out.getvalue() and "in 1 chain verified" in out.getvalue()
    with pytest.raises(CommandError, match=f"TAMPERED chain {trail['chain']}: first bad sequence"):
        call_command("verify_audit", chain=[fabrikam, trail["chain"]], stdout=io.StringIO(), stderr=io.StringIO())


def test_a_witness_that_cannot_be_read_back_stops_the_check_with_one_line(trail, settings):
    witness = trail["dir"] / "witness.jsonl"
    witness.write_text(witness.read_text() + "not json\n")
    assert "Cannot check the audit checkpoints: file " in _verify_audit_failure()
