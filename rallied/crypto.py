"""Secrets at rest: MultiFernet keyed by RALLIED_SECRET_KEYS (newest first).

The newest key encrypts, every listed key decrypts, so keys rotate without downtime
(`manage.py rotate_keys` re-encrypts with the newest). A value that fails to decrypt raises:
silently treating it as empty would hide a lost key until a vendor call fails.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class DecryptionError(Exception):
    """A stored secret could not be decrypted with any configured key."""


@lru_cache(maxsize=4)
def _keys(keys: tuple[str, ...]) -> tuple[Fernet, ...]:
    try:
        return tuple(Fernet(k.encode()) for k in keys)
    except (ValueError, TypeError) as exc:
        raise ImproperlyConfigured(
            "RALLIED_SECRET_KEYS must be comma-separated Fernet keys (32 url-safe base64 bytes)."
        ) from exc


@lru_cache(maxsize=4)
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    return MultiFernet(list(_keys(keys)))


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.RALLIED_SECRET_KEYS))


def key_count() -> int:
    return len(_keys(tuple(settings.RALLIED_SECRET_KEYS)))


def key_position(token: str) -> int:
    """Which configured key (1 = newest) opens `token`: how rotate_keys tells when an old key holds nothing more."""
    for position, key in enumerate(_keys(tuple(settings.RALLIED_SECRET_KEYS)), start=1):
        try:
            key.decrypt(token.encode("ascii"))
        except (InvalidToken, ValueError):
            continue
        return position
    raise DecryptionError("A stored secret could not be decrypted with RALLIED_SECRET_KEYS.")


def encrypt_text(value: str) -> str:
    return fernet().encrypt(value.encode("utf-8")).decode("ascii")


def decrypt_text(token: str) -> str:
    try:
        return fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError) as exc:
        raise DecryptionError("A stored secret could not be decrypted with RALLIED_SECRET_KEYS.") from exc


def encrypt_json(value: dict[str, Any]) -> str:
    return encrypt_text(json.dumps(value, sort_keys=True))


def decrypt_json(token: str) -> dict[str, Any]:
    if not token:
        return {}
    return json.loads(decrypt_text(token))


def rotate(token: str) -> str:
    """Re-encrypt with the newest key."""
    try:
        return fernet().rotate(token.encode("ascii")).decode("ascii")
    except (InvalidToken, ValueError) as exc:
        raise DecryptionError("A stored secret could not be decrypted with RALLIED_SECRET_KEYS.") from exc
