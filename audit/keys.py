"""The Ed25519 keys that sign audit checkpoints: read from files or the environment, never from the database.

`RALLIED_AUDIT_SIGNING_KEYS` lists them newest first, each `NAME=SOURCE`, SOURCE being a key file's path or
`env:VARIABLE`; the key itself is PEM (PKCS#8, as `openssl genpkey -algorithm ed25519` writes it) or the standard
base64 of the 32-byte raw private key. The newest signs; every listed key verifies, so during a rotation the old
key stays listed (verifying) until its checkpoints are no longer needed. A retired key whose private half is gone
stays verifiable through `RALLIED_AUDIT_VERIFIER_KEYS` (its public verifier key, as a bundle publishes it).

With DEBUG on and no key listed, a development key is generated once under var/ (RALLIED_AUDIT_DEV_KEY_FILE, which
settings.py sets in DEBUG only), so the demo and the tests sign with nothing configured; outside DEBUG settings.py
refuses to start without a key while signing is on.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)
from django.conf import settings

from audit.verify_bundle import NoteError, Verifier, parse_verifier_key, verifier_key

DEV_KEY_NAME = "rallied-dev"
# A note's signature line is "— NAME SIGNATURE" and a verifier key is "NAME+ID+KEY": no spaces, no "+".
_NAME = re.compile(r"^[A-Za-z0-9._/:-]{1,64}$")


class KeyConfigError(ValueError):
    """A signing key setting that cannot be used; the message says which entry and why (never the key)."""


@dataclass(frozen=True)
class SigningKey:
    name: str
    private_key: Ed25519PrivateKey

    def __repr__(self) -> str:  # the private key never reaches a log line or a traceback
        return f"SigningKey({self.name!r})"

    @property
    def verifier(self) -> str:
        return verifier_key(self.name, self.private_key.public_key())


def parse_private_key(text: str, *, where: str) -> Ed25519PrivateKey:
    """PEM or base64 of the raw 32 bytes; `where` names the source in the error, the key never appears."""
    text = text.strip()
    if text.startswith("-----BEGIN"):
        try:
            key = load_pem_private_key(text.encode("ascii"), password=None)
        except (ValueError, TypeError) as exc:
            raise KeyConfigError(f"{where}: not an unencrypted PEM private key") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyConfigError(f"{where}: the PEM key is not an Ed25519 key")
        return key
    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error) as exc:
        raise KeyConfigError(f"{where}: neither PEM nor base64") from exc
    if len(raw) != 32:
        raise KeyConfigError(f"{where}: a raw Ed25519 key is 32 bytes, this is {len(raw)}")
    return Ed25519PrivateKey.from_private_bytes(raw)


def _read_source(name: str, source: str) -> str:
    if source.startswith("env:"):
        variable = source[4:]
        value = os.environ.get(variable)
        if not value:
            raise KeyConfigError(f"signing key {name}: environment variable {variable} is not set")
        return value
    path = Path(source)
    if not path.is_absolute():
        path = Path(settings.BASE_DIR) / path
    try:
        return path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyConfigError(f"signing key {name}: cannot read {path}: {getattr(exc, 'strerror', exc)}") from exc


def parse_entry(entry: str) -> tuple[str, str]:
    name, sep, source = entry.partition("=")
    name, source = name.strip(), source.strip()
    if not sep or not source:
        raise KeyConfigError(f"signing key entry {name or entry!r} is not NAME=SOURCE (a file path or env:VARIABLE)")
    if not _NAME.match(name):
        raise KeyConfigError(f"signing key name {name!r}: letters, digits and . _ / : - only (no spaces, no '+')")
    return name, source


def write_key_file(path: Path, key: Ed25519PrivateKey) -> bool:
    """Write a PEM key readable by its owner only; False if the file already existed (another process won)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".key-")  # created 0600
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(pem)
            out.flush()
            os.fsync(out.fileno())
        os.link(tmp, path)  # atomic and exclusive: a racing process reads a whole key or makes its own link fail
        return True
    except FileExistsError:
        return False
    finally:
        os.unlink(tmp)


def _dev_key(path: Path) -> SigningKey:
    if not path.exists():
        write_key_file(path, Ed25519PrivateKey.generate())
    return SigningKey(DEV_KEY_NAME, parse_private_key(path.read_text(encoding="ascii"), where=str(path)))


@lru_cache(maxsize=4)
def _load(entries: tuple[str, ...], dev_key_file: str | None) -> tuple[SigningKey, ...]:
    if not entries:
        if dev_key_file is None:
            raise KeyConfigError("RALLIED_AUDIT_SIGNING_KEYS is empty: no key to sign audit checkpoints with")
        return (_dev_key(Path(dev_key_file)),)
    keys = []
    for entry in entries:
        name, source = parse_entry(entry)
        keys.append(SigningKey(name, parse_private_key(_read_source(name, source), where=f"signing key {name}")))
    if len({key.name for key in keys}) != len(keys):
        raise KeyConfigError("two signing keys share a name: a note's signature names its key")
    return tuple(keys)


def signing_keys() -> tuple[SigningKey, ...]:
    """Every configured key, newest first (cached per setting value: a rotation's override takes effect)."""
    # The development key file is configured by settings.py in DEBUG only (settings.DEBUG itself is off under
    # pytest, so it cannot be the test here).
    return _load(tuple(settings.RALLIED_AUDIT_SIGNING_KEYS), settings.RALLIED_AUDIT_DEV_KEY_FILE or None)


def newest_key() -> SigningKey:
    return signing_keys()[0]


def verifiers() -> list[Verifier]:
    """Every key a checkpoint may be verified with: the signing keys and the retired public ones."""
    found = [parse_verifier_key(key.verifier) for key in signing_keys()]
    for text in settings.RALLIED_AUDIT_VERIFIER_KEYS:
        try:
            found.append(parse_verifier_key(text))
        except NoteError as exc:
            raise KeyConfigError(f"RALLIED_AUDIT_VERIFIER_KEYS: {exc}") from exc
    return found
