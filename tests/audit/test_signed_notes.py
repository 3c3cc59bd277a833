"""The checkpoint and signed-note format a client verifies with audit/verify_bundle.py alone."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from audit.verify_bundle import (
    Checkpoint,
    NoteError,
    format_checkpoint,
    open_note,
    parse_checkpoint,
    parse_verifier_key,
    sign_note,
    verifier_key,
)

HEAD = "ab" * 32


def test_checkpoint_body_round_trips_in_the_tlog_checkpoint_layout():
    checkpoint = Checkpoint("rallied.example/audit/tenant-3", 42, HEAD, ("time 2026-12-02T14:00:00Z",))
    body = format_checkpoint(checkpoint)
    assert body.splitlines()[:2] == ["rallied.example/audit/tenant-3", "42"]
    assert parse_checkpoint(body) == checkpoint
    assert parse_checkpoint(body).time == "2026-12-02T14:00:00Z"


@pytest.mark.parametrize("body", ["origin\n42\n", "origin\n042\nq6urq6urq6urq6urq6urq6urq6urq6urq6urq6urq6s=\n",
                                  "origin\n42\nnot base64!\n", "origin\n42\nq6ur\n"])
def test_malformed_checkpoints_are_refused(body):
    with pytest.raises(NoteError):
        parse_checkpoint(body)


def test_a_signed_note_opens_with_its_own_key_and_not_with_another():
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    body = format_checkpoint(Checkpoint("o", 1, HEAD))
    note = sign_note(body, "rallied-2026", key)
    trusted = parse_verifier_key(verifier_key("rallied-2026", key.public_key()))
    assert open_note(note, [trusted]) == (body, ["rallied-2026"])
    stranger = parse_verifier_key(verifier_key("rallied-2026", other.public_key()))
    with pytest.raises(NoteError, match="not signed by any trusted key"):
        open_note(note, [stranger])


def test_an_edited_body_fails_its_signature():
    key = Ed25519PrivateKey.generate()
    note = sign_note(format_checkpoint(Checkpoint("o", 7, HEAD)), "k", key)
    forged = note.replace("\n7\n", "\n6\n", 1)
    with pytest.raises(NoteError, match="does not match"):
        open_note(forged, [parse_verifier_key(verifier_key("k", key.public_key()))])


def test_a_verifier_key_whose_id_does_not_match_is_refused():
    key = Ed25519PrivateKey.generate()
    name, _, encoded = verifier_key("k", key.public_key()).split("+", 2)
    with pytest.raises(NoteError, match="key id"):
        parse_verifier_key(f"{name}+00000000+{encoded}")


def test_a_verifier_key_whose_base64_holds_a_plus_sign_parses():
    key = next(k for k in iter(Ed25519PrivateKey.generate, None) if "+" in verifier_key("k", k.public_key())[12:])
    assert parse_verifier_key(verifier_key("k", key.public_key())).name == "k"
