"""The standalone verifier a client runs on an exported bundle: no Django, no database, a one-line verdict naming the
first bad sequence, and an exit code a script can act on."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.audit.bundles import chain, checkpoints, public, rehash, run_client_verifier, write_bundle

KEY = Ed25519PrivateKey.generate()
SIZES = [10, 20, 30]


def _clean(n: int = 35) -> tuple[list[dict], list[str]]:
    rows = chain(n)
    return rows, checkpoints(rows, SIZES, KEY)


@pytest.mark.parametrize("as_zip", [False, True], ids=["directory", "zip"])
def test_a_clean_bundle_verifies_with_python_and_cryptography_alone(tmp_path, as_zip):
    rows, notes = _clean()
    bundle = write_bundle(tmp_path / ("bundle.zip" if as_zip else "bundle"), rows, notes, [public(KEY)], as_zip=as_zip)
    result = run_client_verifier(tmp_path, bundle)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ("VERIFIED contoso: 35 events, hash chain whole; 3 checkpoints signed by "
                                     "rallied-audit match the chain; the last 5 not yet under a checkpoint")


def _swap(rows: list[dict]) -> list[dict]:
    """#12 and #13 trade places: each takes the other's sequence number."""
    rows[11], rows[12] = {**rows[12], "seq": 12}, {**rows[11], "seq": 13}
    return rows


def _insert(rows: list[dict]) -> list[dict]:
    forged = chain(1, start=13, prev=rows[11]["hash"], note="inserted")[0]
    return rows[:12] + [forged] + [{**row, "seq": row["seq"] + 1} for row in rows[12:]]


def _edit(rows: list[dict]) -> list[dict]:
    rows[12]["outcome"] = "failed"
    return rows


TAMPERING = {
    "edit": (_edit, 13, "hash does not match its contents"),
    "delete": (lambda rows: rows[:12] + rows[13:], 13, "event #13 is missing"),
    "swap": (_swap, 12, "prev_hash is not the previous event's hash"),
    "insert": (_insert, 13, "#13 inserted: event #14 was chained to #12"),
    # The tail cut back to #25: what is left is a whole chain, only the checkpoint at #30 shows the loss.
    "truncate": (lambda rows: rows[:25], 26, "the chain ends at #25 but a checkpoint"),
    # Whoever can write the database edits #13 and recomputes every hash after it: the chain is whole again, only
    # the signed checkpoints disagree, from the one after the last that still matches (#10).
    "rewrite": (lambda rows: rehash(_edit(rows)), 11, "differs from its signed checkpoint (changed between #11 and"),
}


@pytest.mark.parametrize("how", sorted(TAMPERING))
def test_a_tampered_bundle_is_rejected_naming_the_first_bad_sequence(tmp_path, how):
    tamper, first_bad, problem = TAMPERING[how]
    rows, notes = _clean()
    bundle = write_bundle(tmp_path / "bundle", tamper(rows), notes, [public(KEY)])
    result = run_client_verifier(tmp_path, bundle)
    assert result.returncode == 1, result.stdout
    assert result.stdout.startswith(f"TAMPERED contoso: first bad sequence #{first_bad}: ")
    assert problem in result.stdout
    assert len(result.stdout.strip().splitlines()) == 1


def test_a_rewrite_with_checkpoints_re_signed_by_a_new_key_fails_against_the_pinned_key(tmp_path):
    rows = rehash(_edit(chain(35)))
    forger = Ed25519PrivateKey.generate()
    bundle = write_bundle(tmp_path / "bundle", rows, checkpoints(rows, SIZES, forger), [public(forger)])
    assert run_client_verifier(tmp_path, bundle).returncode == 0  # consistent with itself: the bundle's own key
    pinned = run_client_verifier(tmp_path, bundle, "--key", public(KEY))
    assert pinned.returncode == 1
    assert "not signed by a pinned key" in pinned.stdout
    honest = write_bundle(tmp_path / "honest", *_clean(), [public(KEY)])
    assert run_client_verifier(tmp_path, honest, "--key", public(KEY)).returncode == 0


def test_a_checkpoint_whose_signature_fails_is_rejected(tmp_path):
    rows, notes = _clean()
    notes[1] = notes[1].replace("\n20\n", "\n19\n", 1)
    result = run_client_verifier(tmp_path, write_bundle(tmp_path / "bundle", rows, notes, [public(KEY)]))
    assert result.returncode == 1
    assert "checkpoint 2 does not verify" in result.stdout


def test_a_checkpoint_of_another_tenants_chain_is_not_accepted(tmp_path):
    rows, notes = _clean()
    foreign = checkpoints(chain(40, note="fabrikam"), [40], KEY, origin="rallied.test/audit/fabrikam")
    result = run_client_verifier(tmp_path, write_bundle(tmp_path / "bundle", rows, notes + foreign, [public(KEY)]))
    assert result.returncode == 1
    assert "belongs to another chain ('rallied.test/audit/fabrikam')" in result.stdout


def test_checkpoints_signed_before_a_key_rotation_still_verify(tmp_path):
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    rows = chain(35)
    notes = checkpoints(rows, [10, 20], old, "rallied-audit-1") + checkpoints(rows, [30], new, "rallied-audit-2")
    keys = [public(new, "rallied-audit-2"), public(old, "rallied-audit-1")]
    bundle = write_bundle(tmp_path / "bundle", rows, notes, keys)
    result = run_client_verifier(tmp_path, bundle, "--key", public(new, "rallied-audit-2"))
    assert result.returncode == 0, result.stdout
    assert "signed by rallied-audit-1, rallied-audit-2" in result.stdout
    stale_pin = run_client_verifier(tmp_path, bundle, "--key", public(old, "rallied-audit-1"))
    assert stale_pin.returncode == 1  # the newest checkpoint is the new key's: pinning only the old one is not enough


def test_an_unreadable_bundle_exits_2(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_client_verifier(tmp_path, tmp_path / "empty")
    assert result.returncode == 2
    assert result.stdout.startswith("UNREADABLE")


def test_a_line_that_is_not_an_event_makes_the_bundle_unreadable(tmp_path):
    rows, notes = _clean()
    bundle = write_bundle(tmp_path / "bundle", rows, notes, [public(KEY)])
    with (bundle / "events.jsonl").open("a") as events:
        events.write('{"seq": 36}\n')
    result = run_client_verifier(tmp_path, bundle)
    assert result.returncode == 2
    assert "events.jsonl line 36 is not an event" in result.stdout
