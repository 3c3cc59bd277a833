"""What a client needs to check an exported audit trail: no Django, no database, only `cryptography`.

This file is the whole verifier a client runs, so it imports nothing from Rallied; the server side
(audit/services.py, the checkpoint signer) imports its primitives from here, so the hash that is written and
the hash that is checked come from one definition.

Formats:
- An event's hash is SHA-256 over the previous event's hash (hex) followed by the event's canonical JSON
  (sorted keys, no spaces, ASCII). The first event of a chain follows GENESIS.
- A checkpoint is a C2SP tlog-checkpoint body: the chain's origin line, the number of events in the chain
  (the head's sequence number), the head hash as standard base64 of its 32 bytes, then extension lines (we
  write one: `time <RFC 3339 UTC>`). It is wrapped in a signed note: the body, an empty line, and one line per
  signature, `— <key name> <base64(4-byte key id || 64-byte Ed25519 signature)>`.
- A key id is the first 4 bytes of SHA-256(key name || "\\n" || 0x01 || 32-byte public key), 0x01 being the
  Ed25519 signature type. A verifier key is written `<name>+<key id hex>+<base64(0x01 || public key)>`.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

GENESIS = "0" * 64
ED25519 = b"\x01"
EM_DASH = "\u2014"

_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), default=str)


def canonical(fields: dict[str, Any]) -> str:
    return _CANONICAL.encode(fields)


def compute_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(fields)).encode("utf-8")).hexdigest()


class NoteError(ValueError):
    """A checkpoint or signed note that is malformed or not signed by a trusted key."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    head: str  # hex, as stored on the audit rows
    extensions: tuple[str, ...] = ()

    @property
    def time(self) -> str:
        return next((line.split(" ", 1)[1] for line in self.extensions if line.startswith("time ")), "")


def format_checkpoint(checkpoint: Checkpoint) -> str:
    if not checkpoint.origin or "\n" in checkpoint.origin:
        raise NoteError("a checkpoint's origin is one non-empty line")
    head = base64.b64encode(bytes.fromhex(checkpoint.head)).decode("ascii")
    lines = [checkpoint.origin, str(checkpoint.size), head, *checkpoint.extensions]
    return "".join(f"{line}\n" for line in lines)


def parse_checkpoint(body: str) -> Checkpoint:
    lines = body.split("\n")
    if len(lines) < 4 or lines[-1] != "" or any(not line for line in lines[:-1]):
        raise NoteError("a checkpoint body is at least three non-empty lines, each ending in a newline")
    origin, size, head, *extensions = lines[:-1]
    if not size.isdigit() or (size != "0" and size.startswith("0")):
        raise NoteError(f"checkpoint size is not a decimal number: {size!r}")
    try:
        raw = base64.b64decode(head, validate=True)
    except ValueError as exc:
        raise NoteError("checkpoint head is not base64") from exc
    if len(raw) != 32:
        raise NoteError("checkpoint head is not a 32-byte hash")
    return Checkpoint(origin, int(size), raw.hex(), tuple(extensions))


def _raw_public(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def key_id(name: str, public_key: Ed25519PublicKey) -> bytes:
    return hashlib.sha256(name.encode("utf-8") + b"\n" + ED25519 + _raw_public(public_key)).digest()[:4]


def verifier_key(name: str, public_key: Ed25519PublicKey) -> str:
    """The one-line public form of a signing key, as published in a bundle."""
    encoded = base64.b64encode(ED25519 + _raw_public(public_key)).decode("ascii")
    return f"{name}+{key_id(name, public_key).hex()}+{encoded}"


@dataclass(frozen=True)
class Verifier:
    name: str
    id: bytes
    public_key: Ed25519PublicKey


def parse_verifier_key(text: str) -> Verifier:
    try:
        name, hex_id, encoded = text.strip().split("+", 2)  # base64 may contain "+"; a key name may not
        raw = base64.b64decode(encoded, validate=True)
        if raw[:1] != ED25519 or len(raw) != 33:
            raise ValueError("not an Ed25519 key")
        public_key = Ed25519PublicKey.from_public_bytes(raw[1:])
    except ValueError as exc:
        raise NoteError(f"not a verifier key: {text.strip()[:40]!r}") from exc
    if key_id(name, public_key).hex() != hex_id:
        raise NoteError(f"verifier key {name}: the key id does not match the key")
    return Verifier(name, bytes.fromhex(hex_id), public_key)


def sign_note(body: str, name: str, private_key: Ed25519PrivateKey) -> str:
    if not body.endswith("\n"):
        raise NoteError("a note's body ends with a newline")
    signature = key_id(name, private_key.public_key()) + private_key.sign(body.encode("utf-8"))
    return f"{body}\n{EM_DASH} {name} {base64.b64encode(signature).decode('ascii')}\n"


def open_note(note: str, verifiers: list[Verifier]) -> tuple[str, list[str]]:
    """(body, names of the trusted keys whose signature verified); NoteError if none of them signed it."""
    body, sep, signatures = note.rpartition("\n\n")
    if not sep:
        raise NoteError("a signed note has a body, an empty line and signature lines")
    body += "\n"
    signed_by: list[str] = []
    for line in signatures.rstrip("\n").split("\n"):
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != EM_DASH:
            raise NoteError(f"malformed signature line: {line[:60]!r}")
        try:
            raw = base64.b64decode(parts[2], validate=True)
        except ValueError as exc:
            raise NoteError("signature is not base64") from exc
        for verifier in verifiers:
            if verifier.name == parts[1] and verifier.id == raw[:4]:
                try:
                    verifier.public_key.verify(raw[4:], body.encode("utf-8"))
                except InvalidSignature:
                    raise NoteError(f"the signature of {verifier.name} does not match the note") from None
                signed_by.append(verifier.name)
    if not signed_by:
        raise NoteError("the note is not signed by any trusted key")
    return body, signed_by
