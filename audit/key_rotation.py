"""Rotating the Ed25519 key that signs audit checkpoints, with an overlap (`manage.py rotate_keys`).

1. `add_signing_key` writes a new key file (owner-only) and says how to list it first in RALLIED_AUDIT_SIGNING_KEYS:
   from then on it signs, while the older keys stay listed and keep verifying what they signed. That is the overlap:
   clients learn the new verifier key while checkpoints by both are in circulation.
2. `retirement_plan` ends it: the settings that keep only the newest private key and move the older ones' public
   halves to RALLIED_AUDIT_VERIFIER_KEYS, so their checkpoints stay verifiable after the private files are destroyed.

Neither changes a setting itself (settings come from the environment, audit/keys.py); both say exactly what to set.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from django.conf import settings
from django.db.models import OuterRef, Subquery

from audit.keys import KeyConfigError, parse_entry, signing_keys, verifiers, write_key_file
from audit.models import AuditCheckpoint, AuditHead
from audit.services import record
from audit.verify_bundle import verifier_key
from rallied.actors import Actor


@dataclass(frozen=True)
class AddedKey:
    name: str
    path: Path
    verifier: str  # the public verifier key clients pin
    signing_setting: str  # RALLIED_AUDIT_SIGNING_KEYS with the new key first


def add_signing_key(*, actor: Actor, entry: str) -> AddedKey:
    """Generate a key into the file `entry` names (NAME=PATH); KeyConfigError if the name or the file is taken."""
    name, source = parse_entry(entry)
    if source.startswith("env:"):
        raise KeyConfigError(f"signing key {name}: give a file path to write the new key to, not {source}")
    if name in _configured_names():
        raise KeyConfigError(f"signing key {name}: a configured key already has this name (a signature names its key)")
    path = Path(source)
    if not path.is_absolute():
        path = Path(settings.BASE_DIR) / path
    key = Ed25519PrivateKey.generate()
    if not write_key_file(path, key):
        raise KeyConfigError(f"signing key {name}: {path} already exists; it was left as it is")
    public = verifier_key(name, key.public_key())
    record(actor=actor, verb="audit_key.added", details={"name": name, "verifier": public})
    current = [entry for entry in settings.RALLIED_AUDIT_SIGNING_KEYS if entry.strip()]
    return AddedKey(name, path, public, ",".join([f"{name}={path}", *current]))


def _configured_names() -> set[str]:
    try:
        return {verifier.name for verifier in verifiers()}
    except KeyConfigError:  # no key yet (signing off while the first one is made): no name is taken
        return set()


@dataclass(frozen=True)
class RetirementPlan:
    newest: str
    retired: list[str]  # names of the keys whose private half can go
    signing_setting: str
    verifier_setting: str
    # Chains whose newest checkpoint is still by a retiring key: a client pinning only the newest key cannot verify
    # them until they move again and get a checkpoint by the newest key.
    chains_waiting: list[str]


def retirement_plan() -> RetirementPlan:
    keys = signing_keys()
    newest, older = keys[0], keys[1:]
    entries = [entry for entry in settings.RALLIED_AUDIT_SIGNING_KEYS if entry.strip()]
    keep = next((entry for entry in entries if parse_entry(entry)[0] == newest.name), "")
    public = [key.verifier for key in older] + [k for k in settings.RALLIED_AUDIT_VERIFIER_KEYS if k.strip()]
    return RetirementPlan(newest.name, [key.name for key in older], keep, ",".join(dict.fromkeys(public)),
                          _chains_not_signed_by(newest.name))


def _chains_not_signed_by(name: str) -> list[str]:
    latest = AuditCheckpoint.objects.filter(chain=OuterRef("chain")).order_by("-size").values("key_name")[:1]
    signed = AuditHead.objects.annotate(signer=Subquery(latest)).exclude(signer__isnull=True)
    return sorted(signed.exclude(signer=name).values_list("chain", flat=True))
