"""One-time secrets: a temporary password or TAP, encrypted, revealed once through an expiring link.

The link's token is random; the table keeps its SHA-256 (to find the row) and an encrypted copy
only until the reply that carries it has been sent. Revealing decrypts, then destroys the value
in the same transaction, so a second visit (or a link-preview bot after the user) gets nothing.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from audit.services import record
from rallied import crypto
from tickets.models import OneTimeSecret, Ticket


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def generate_password(length: int = 16) -> str:
    """A temporary password that satisfies common complexity rules (upper, lower, digit, symbol)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        core = "".join(secrets.choice(alphabet) for _ in range(length - 2))
        candidate = core + secrets.choice("!#%+=?@") + secrets.choice("23456789")
        if any(c.isupper() for c in candidate) and any(c.islower() for c in candidate):
            return candidate


def store_secret(*, ticket: Ticket, action: object, label: str, value: str) -> OneTimeSecret:
    token = secrets.token_urlsafe(32)
    return OneTimeSecret.objects.create(
        ticket=ticket, action=action, label=label, token_hash=_hash(token),
        ciphertext=crypto.encrypt_text(value), link_encrypted=crypto.encrypt_text(token),
        expires_at=timezone.now() + timedelta(minutes=settings.RALLIED_SECRET_LINK_TTL_MINUTES),
    )


def link_for(secret: OneTimeSecret) -> str:
    token = crypto.decrypt_text(secret.link_encrypted)
    return f"{settings.RALLIED_PUBLIC_URL.rstrip('/')}/s/{token}/"


def forget_links(ticket: Ticket) -> None:
    """After the reply went out, the link exists only in the requester's hands."""
    OneTimeSecret.objects.filter(ticket=ticket).update(link_encrypted="")


def peek_secret(token: str) -> OneTimeSecret | None:
    """The row behind a link, if it can still be revealed (does not reveal)."""
    row = OneTimeSecret.objects.filter(token_hash=_hash(token)).select_related("ticket").first()
    return row if row is not None and row.available else None


def reveal_secret(token: str) -> str | None:
    """Decrypt and destroy in one transaction; None if unknown, expired or already revealed."""
    with transaction.atomic():
        row = (
            OneTimeSecret.objects.select_for_update().filter(token_hash=_hash(token)).select_related("ticket").first()
        )
        if row is None or not row.available:
            return None
        value = crypto.decrypt_text(row.ciphertext)
        now = timezone.now()
        OneTimeSecret.objects.filter(pk=row.pk).update(ciphertext="", revealed_at=now, destroyed_at=now)
        record(actor="system:secret-link", verb="secret.revealed", obj=row.ticket, tenant=row.ticket.tenant,
               details={"label": row.label, "secret": row.pk})
    return value


def destroy_expired() -> int:
    return OneTimeSecret.objects.filter(expires_at__lte=timezone.now(), destroyed_at__isnull=True).update(
        ciphertext="", link_encrypted="", destroyed_at=timezone.now()
    )
