"""Deterministic sandbox-only identifiers, credentials and bearer tokens for the Microsoft vendors.

Everything here is derived from the directory file's names (tenant slug, UPN, group name), so the
sandbox, `seed_demo` and the tests agree on the same values without sharing any state, and a reset
of the sandbox never invalidates a token that a long-lived msal app still holds in its cache.
None of these values is valid anywhere but in the sandbox.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import uuid
from typing import Any

# A fixed namespace so every derived id is stable across runs and machines.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://rallied.invalid/sandbox")

GRAPH_AUDIENCE = "https://graph.microsoft.com"
EXCHANGE_AUDIENCE = "https://outlook.office365.com"
TOKEN_LIFETIME = 3599

# Signs the sandbox's opaque bearer tokens; sandbox-only, never a real key.
_TOKEN_KEY = hashlib.sha256(b"rallied-sandbox-entra-token-key").digest()


def sandbox_uuid(*parts: str) -> str:
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def tenant_id(slug: str) -> str:
    return sandbox_uuid("entra-tenant", slug)


def client_id(slug: str) -> str:
    return sandbox_uuid("entra-client", slug)


def client_secret(slug: str) -> str:
    digest = hashlib.sha256(f"rallied-sandbox:entra-secret:{slug}".encode()).hexdigest()
    return f"sbx~{digest[:36]}"


def user_id(upn: str) -> str:
    return sandbox_uuid("user", upn.lower())


def group_id(slug: str, name: str) -> str:
    return sandbox_uuid("group", slug, name.lower())


def sku_id(slug: str, part_number: str) -> str:
    return sandbox_uuid("sku", slug, part_number)


def role_id(slug: str, name: str) -> str:
    return sandbox_uuid("directory-role", slug, name.lower())


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def issue_token(tid: str, appid: str, audience: str, now: float | None = None) -> str:
    """An opaque bearer token bound to a tenant, an app and an audience (Graph or Exchange)."""
    claims = {"tid": tid, "appid": appid, "aud": audience, "exp": int((now or time.time()) + TOKEN_LIFETIME)}
    payload = _b64(json.dumps(claims, sort_keys=True).encode())
    signature = _b64(hmac.new(_TOKEN_KEY, payload.encode(), hashlib.sha256).digest())
    return f"sbx1.{payload}.{signature}"


def read_token(token: str) -> dict[str, Any] | None:
    """The token's claims when it is one of ours and unexpired; None otherwise."""
    try:
        version, payload, signature = token.split(".")
    except ValueError:
        return None
    expected = _b64(hmac.new(_TOKEN_KEY, payload.encode(), hashlib.sha256).digest())
    if version != "sbx1" or not hmac.compare_digest(signature, expected):
        return None
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    if claims.get("exp", 0) < time.time():
        return None
    return claims


def sha256_hex(secret: str) -> str:
    """What the sandbox keeps instead of a clear password or TAP."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()
