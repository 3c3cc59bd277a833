"""What a client needs to check an exported audit trail: no Django, no database, only `cryptography`.

This file is the whole verifier a client runs, so it imports nothing from Rallied; the server side
(audit/services.py, the checkpoint signer) imports its primitives from here, so the hash that is written and
the hash that is checked come from one definition.

Run it: `python verify_bundle.py BUNDLE [--key VERIFIER_KEY_OR_FILE ...]`. It prints one line, `VERIFIED ...` or
`TAMPERED ... first bad sequence #N ...`, and exits 0 (verified), 1 (the trail or its checkpoints do not hold) or
2 (the bundle cannot be read).

Formats:
- An event's hash is SHA-256 over the previous event's hash (hex) followed by the event's canonical JSON
  (sorted keys, no spaces, ASCII). The first event of a chain follows GENESIS.
- A checkpoint is a C2SP tlog-checkpoint body: the chain's origin line, the number of events in the chain
  (the head's sequence number), the head hash as standard base64 of its 32 bytes, then extension lines (we
  write one: `time <RFC 3339 UTC>`). It is wrapped in a signed note: the body, an empty line, and one line per
  signature, `— <key name> <base64(4-byte key id || 64-byte Ed25519 signature)>`.
- A key id is the first 4 bytes of SHA-256(key name || "\\n" || 0x01 || 32-byte public key), 0x01 being the
  Ed25519 signature type. A verifier key is written `<name>+<key id hex>+<base64(0x01 || public key)>`.
- A bundle (`manage.py export_audit --tenant SLUG --bundle PATH`) is a zip file, or the directory it unpacks to:
  `manifest.json` (format, tenant, the chain's checkpoint origin, counts), `events.jsonl` (one event per line in
  sequence order: the hashed fields plus `prev_hash` and `hash`), `checkpoints.jsonl` (one `{"note": ...}` per
  line: every signed checkpoint of the chain, from the database and from the witness), `keys.txt` (the verifier
  keys, one a line, newest first; older keys stay listed so checkpoints signed before a rotation still verify) and a
  copy of this file.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import sys
import zipfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
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


# ---- Verifying a chain against its signed checkpoints ----------------------------------------------------------

BUNDLE_FORMAT = "rallied-audit-bundle/1"
SEQ = "seq"  # the field that numbers a chain's events 1, 2, 3 ...
RECENT = 10_000  # hashes remembered to tell an insertion from another broken link


@dataclass
class Verdict:
    """The outcome of one verification: `bad_seq` is the first event that cannot be trusted, if any."""

    subject: str
    events: int = 0
    last_seq: int = 0  # the chain's last sequence number as stored (after a removal it differs from `events`)
    last_hash: str = GENESIS  # and its stored hash: what the chain's head row must say
    checkpoints: int = 0
    covered: int = 0  # the largest checkpointed size: events after it are proven by the chain alone
    signers: set[str] = field(default_factory=set)
    bad_seq: int | None = None
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem

    def fail(self, seq: int | None, problem: str) -> None:
        """Keep the earliest failure: a verdict names the first bad sequence, whatever was found first."""
        if self.problem and (seq is None or (self.bad_seq is not None and self.bad_seq <= seq)):
            return
        self.bad_seq, self.problem = seq, problem

    def line(self) -> str:
        if not self.ok:
            where = f"first bad sequence #{self.bad_seq}: " if self.bad_seq is not None else ""
            return f"TAMPERED {self.subject}: {where}{self.problem}"
        tail = self.events - self.covered
        uncovered = f"; the last {tail} not yet under a checkpoint" if tail else ""
        signers = ", ".join(sorted(self.signers)) or "nobody"
        return (f"VERIFIED {self.subject}: {self.events} events, hash chain whole; {self.checkpoints} checkpoints "
                f"signed by {signers} match the chain{uncovered}")


@dataclass(frozen=True)
class SignedCheckpoint:
    checkpoint: Checkpoint
    note: str


def open_checkpoints(notes: Iterable[str], verifiers: list[Verifier], origin: str,
                     verdict: Verdict) -> list[SignedCheckpoint]:
    """Every note that is a checkpoint of this chain signed by a trusted key, by size; a failure for any other."""
    opened: list[SignedCheckpoint] = []
    for number, note in enumerate(dict.fromkeys(notes), start=1):  # the database's copy and the witness's are one
        try:
            body, signed_by = open_note(note, verifiers)
            checkpoint = parse_checkpoint(body)
        except NoteError as exc:
            verdict.fail(None, f"checkpoint {number} does not verify: {exc}")
            continue
        if checkpoint.origin != origin:
            verdict.fail(None, f"checkpoint {number} belongs to another chain ({checkpoint.origin!r})")
            continue
        opened.append(SignedCheckpoint(checkpoint, note))
        verdict.signers.update(signed_by)
    opened.sort(key=lambda signed: signed.checkpoint.size)
    verdict.checkpoints = len(opened)
    return opened


def check_chain(rows: Iterable[tuple[dict[str, Any], str, str]], wanted: set[int], verdict: Verdict) -> dict[int, str]:
    """Recompute every hash in order, failing at the first broken link; the stored hash at each `wanted` size.

    `rows` are (hashed fields, prev_hash, hash). Only the hashes at checkpointed sizes (and a window of recent ones,
    to recognise an insertion) are kept, so a chain of any length is checked in bounded memory.
    """
    heads: dict[int, str] = {0: GENESIS}
    recent: dict[str, int] = {GENESIS: 0}
    prev, expected = GENESIS, 1
    for fields, prev_hash, hash_ in rows:
        seq = fields.get(SEQ)
        if seq in wanted:
            heads[seq] = hash_
        verdict.events, verdict.last_seq, verdict.last_hash = verdict.events + 1, seq, hash_
        if not verdict.ok:
            continue
        if seq != expected:
            verdict.fail(expected, f"event #{expected} is missing (the next event is #{seq})")
        elif prev_hash != prev:
            verdict.fail(*_broken_link(seq, recent.get(prev_hash)))
        elif compute_hash(prev, fields) != hash_:
            verdict.fail(seq, "its hash does not match its contents (changed)")
        recent[hash_] = seq
        if len(recent) > RECENT:
            del recent[next(iter(recent))]
        prev, expected = hash_, expected + 1
    return heads


def _broken_link(seq: int, follows: int | None) -> tuple[int, str]:
    """An event whose prev_hash names an earlier event than the one before it: what sits between was inserted."""
    if follows is not None and follows < seq - 1:
        inserted = f"#{follows + 1}" if follows + 1 == seq - 1 else f"#{follows + 1}-#{seq - 1}"
        return follows + 1, f"{inserted} inserted: event #{seq} was chained to #{follows}"
    return seq, "its prev_hash is not the previous event's hash (removed, reordered or changed)"


def match_checkpoints(checkpoints: list[SignedCheckpoint], heads: dict[int, str], verdict: Verdict) -> None:
    """Each checkpoint's (size, head) against the chain; a checkpoint past the chain's end is a cut tail."""
    proven = 0  # the largest size whose checkpoint matched: everything up to it is as it was signed
    for signed in checkpoints:
        size, head = signed.checkpoint.size, signed.checkpoint.head
        if size > verdict.last_seq:
            verdict.fail(verdict.last_seq + 1, f"the chain ends at #{verdict.last_seq} but a checkpoint signed at "
                         f"{signed.checkpoint.time or 'an unknown time'} covers #{size} (events removed from the tail)")
            return
        if heads.get(size) != head:
            if verdict.bad_seq is not None and proven < verdict.bad_seq <= size:
                return  # the broken link found in the chain already explains why this checkpoint disagrees
            verdict.fail(proven + 1, f"the chain up to #{size} differs from its signed checkpoint (changed between "
                         f"#{proven + 1} and #{size}, hashes recomputed)")
            return
        proven = size
    verdict.covered = proven


def check_pins(checkpoints: list[SignedCheckpoint], pinned: list[Verifier], verdict: Verdict) -> None:
    """With keys the client pinned, the newest checkpoint must carry one of their signatures.

    It commits to the whole chain up to its size, and every older checkpoint must match that same chain, so older
    ones signed by a rotated-out key listed only in the bundle cannot vouch for anything the newest does not.
    """
    if not pinned:
        return
    if not checkpoints:
        verdict.fail(None, "keys were pinned but the bundle holds no checkpoint")
        return
    newest = checkpoints[-1]
    try:
        open_note(newest.note, pinned)  # by key id, not only by name: a forger can name his key like ours
    except NoteError:
        verdict.fail(None, f"the newest checkpoint (#{newest.checkpoint.size}) is not signed by a pinned key")


def verify(rows: Iterable[tuple[dict[str, Any], str, str]], notes: Iterable[str], verifiers: list[Verifier], *,
           origin: str, subject: str, pinned: list[Verifier] | None = None) -> Verdict:
    """The whole check, shared by the standalone verifier and `manage.py verify_audit`."""
    verdict = Verdict(subject)
    pinned = pinned or []
    known = {(v.name, v.id) for v in verifiers}
    checkpoints = open_checkpoints(notes, verifiers + [v for v in pinned if (v.name, v.id) not in known], origin,
                                   verdict)
    heads = check_chain(rows, {signed.checkpoint.size for signed in checkpoints}, verdict)
    match_checkpoints(checkpoints, heads, verdict)
    check_pins(checkpoints, pinned, verdict)
    return verdict


# ---- Reading a bundle ---------------------------------------------------------------------------------------------


class BundleError(ValueError):
    """The bundle is missing a part or a part is not what the format says."""


@dataclass
class Bundle:
    path: Path
    manifest: dict[str, Any]
    notes: list[str]
    keys: list[Verifier]

    @contextmanager
    def event_lines(self) -> Iterator[Iterator[str]]:
        """events.jsonl line by line, straight from the zip or the folder: a chain of any length in little memory."""
        try:
            if self.path.is_dir():
                with (self.path / "events.jsonl").open(encoding="utf-8") as lines:
                    yield (line for line in lines if line.strip())
            else:
                with zipfile.ZipFile(self.path) as archive, archive.open("events.jsonl") as raw:
                    yield (line for line in io.TextIOWrapper(raw, encoding="utf-8") if line.strip())
        except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
            raise BundleError(f"cannot read events.jsonl in {self.path}: {exc}") from exc


PARTS = ("manifest.json", "checkpoints.jsonl", "keys.txt")  # small enough to read whole; the events are streamed


def _read_parts(path: Path) -> dict[str, str]:
    try:
        if path.is_dir():
            if not (path / "events.jsonl").is_file():
                raise KeyError("events.jsonl")
            return {name: (path / name).read_text(encoding="utf-8") for name in PARTS}
        with zipfile.ZipFile(path) as archive:
            archive.getinfo("events.jsonl")
            return {name: archive.read(name).decode("utf-8") for name in PARTS}
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise BundleError(f"cannot read the bundle {path}: {exc}") from exc


def read_verifier_keys(text: str) -> list[Verifier]:
    return [parse_verifier_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#")]


def load_bundle(path: Path) -> Bundle:
    parts = _read_parts(path)
    try:
        manifest = json.loads(parts["manifest.json"])
        notes = [json.loads(line)["note"] for line in parts["checkpoints.jsonl"].splitlines() if line.strip()]
        keys = read_verifier_keys(parts["keys.txt"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError(f"the bundle is malformed: {exc}") from exc
    if manifest.get("format") != BUNDLE_FORMAT or not manifest.get("origin"):
        raise BundleError(f"not a {BUNDLE_FORMAT} bundle (manifest.json)")
    return Bundle(path, manifest, notes, keys)


def event_rows(lines: Iterable[str]) -> Iterator[tuple[dict[str, Any], str, str]]:
    for number, line in enumerate(lines, start=1):
        try:
            event = json.loads(line)
            prev_hash, hash_ = event.pop("prev_hash"), event.pop("hash")
        except (ValueError, KeyError, AttributeError) as exc:
            raise BundleError(f"events.jsonl line {number} is not an event: {exc}") from exc
        yield event, prev_hash, hash_


def _pinned(values: list[str]) -> list[Verifier]:
    keys: list[Verifier] = []
    for value in values:
        keys += read_verifier_keys(Path(value).read_text(encoding="utf-8")) if Path(value).is_file() \
            else [parse_verifier_key(value)]
    return keys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Verify an exported Rallied audit bundle (zip or directory).")
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--key", action="append", default=[],
                        help="a verifier key you trust (name+id+key), or a file of them; repeatable. The newest "
                             "checkpoint must then be signed by one of them.")
    args = parser.parse_args(argv)
    try:
        bundle = load_bundle(args.bundle)
        pinned = _pinned(args.key)
        with bundle.event_lines() as lines:
            verdict = verify(event_rows(lines), bundle.notes, bundle.keys, origin=bundle.manifest["origin"],
                             subject=str(bundle.manifest.get("tenant") or bundle.manifest["origin"]), pinned=pinned)
    except (BundleError, NoteError, OSError) as exc:
        print(f"UNREADABLE {args.bundle}: {exc}")
        return 2
    print(verdict.line())
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
