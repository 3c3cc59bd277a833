"""One-time secrets: a temporary password or TAP, encrypted, revealed once through an expiring link.

The link's token is random; the table keeps its SHA-256 (to find the row) and an encrypted copy
only until the reply that carries it has been sent. Revealing decrypts, then destroys the value
in the same transaction, so a second visit (or a link-preview bot after the user) gets nothing.

Write-ahead: a secret Rallied picks (a temporary password) is put aside with the action's claim, before the vendor
call (playbooks.services.claim_action), so a worker that dies after the write leaves it deliverable. It is only a
candidate until its action succeeds (`confirm_secret`); delivery reads the secrets of succeeded actions only
(workflow/delivery.py), and a write that never landed destroys it (`destroy_secret`).
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
from rallied.actors import Actor
from rallied.kept_updates import update_where
from tickets.models import OneTimeSecret, Ticket, TicketEvent
from tickets.services import add_event

HELD = "secret.held"  # the timeline row that puts a secret aside for a technician to hand over (data: secret id)
HANDOVER_HOURS = 24  # a technician reaches the owner by phone or in person: longer than a link's life


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


def label_for(kind: str) -> str:
    return "Temporary Access Pass" if kind == "reset_mfa" else "Temporary password"


def put_aside_secret(*, ticket: Ticket, action: object, kind: str) -> OneTimeSecret:
    """A new temporary password, stored encrypted before any vendor sees it (the write-ahead half of a claim)."""
    return store_secret(ticket=ticket, action=action, label=label_for(kind), value=generate_password())


def secret_put_aside(action: object) -> OneTimeSecret | None:
    """The action's secret that still holds a value (put aside with the claim, or stored after the answer)."""
    return (OneTimeSecret.objects.filter(action=action, destroyed_at__isnull=True).exclude(ciphertext="")
            .order_by("-pk").first())


def value_for_vendor(secret: OneTimeSecret) -> str:
    """The clear value, for the one call that sets it at the vendor; never logged, never stored elsewhere."""
    return crypto.decrypt_text(secret.ciphertext)


def confirm_secret(secret: OneTimeSecret, *, value: str | None = None) -> None:
    """The write landed: the secret may now be delivered, and its link's life starts now, not at the claim (a
    reconciler may confirm it minutes later). `value`: what the vendor says it set, when that differs."""
    fields: dict[str, object] = {
        "expires_at": timezone.now() + timedelta(minutes=settings.RALLIED_SECRET_LINK_TTL_MINUTES)}
    if value and value != value_for_vendor(secret):
        fields["ciphertext"] = crypto.encrypt_text(value)
    update_where(OneTimeSecret, {"pk": secret.pk}, fields)


def destroy_secret(*, secret: OneTimeSecret, actor: Actor, why: str) -> None:
    """A secret whose write never landed (or can no longer be told to have): its value is gone for good. The
    timeline and the audit trail say so and why, never what it was."""
    now = timezone.now()
    OneTimeSecret.objects.filter(pk=secret.pk).update(ciphertext="", link_encrypted="", destroyed_at=now)
    add_event(ticket=secret.ticket, actor=actor, kind="secret.destroyed", data={"secret": secret.pk},
              message=f"The {secret.label.lower()} prepared for this action was destroyed: {why}")
    record(actor=actor, verb="secret.destroyed", obj=secret.ticket, tenant=secret.ticket.tenant,
           details={"one_time_row": secret.pk, "label": secret.label, "action": secret.action_id, "why": why[:300]})


def link_for(secret: OneTimeSecret) -> str:
    token = crypto.decrypt_text(secret.link_encrypted)
    return f"{settings.RALLIED_PUBLIC_URL.rstrip('/')}/s/{token}/"


def forget_links(ticket: Ticket) -> None:
    """After the reply went out, the link exists only in the requester's hands."""
    update_where(OneTimeSecret, {"ticket_id": ticket.pk}, {"link_encrypted": ""})


def peek_secret(token: str) -> OneTimeSecret | None:
    """The row behind a link, if it can still be revealed (does not reveal)."""
    row = OneTimeSecret.objects.filter(token_hash=_hash(token)).select_related("ticket").first()
    return row if row is not None and row.available else None


def reveal_secret(token: str) -> str | None:
    """Decrypt and destroy in one transaction; None if unknown, expired or already revealed."""
    with transaction.atomic():
        row = (
            OneTimeSecret.objects.select_for_update(of=("self",)).filter(token_hash=_hash(token))
            .select_related("ticket").first()
        )
        if row is None or not row.available:
            return None
        value = crypto.decrypt_text(row.ciphertext)
        now = timezone.now()
        OneTimeSecret.objects.filter(pk=row.pk).update(ciphertext="", revealed_at=now, destroyed_at=now)
        record(actor="system:secret-link", verb="secret.revealed", obj=row.ticket, tenant=row.ticket.tenant,
               details={"label": row.label, "secret": row.pk})
    return value


def hold_for_handover(*, secret: OneTimeSecret, owner: str, actor: Actor, why: str) -> None:
    """Keep a secret out of every message: its link is dropped and only a technician can reveal it, once."""
    expires = max(secret.expires_at, timezone.now() + timedelta(hours=HANDOVER_HOURS))
    OneTimeSecret.objects.filter(pk=secret.pk).update(link_encrypted="", expires_at=expires)
    add_event(ticket=secret.ticket, actor=actor, kind=HELD, data={"secret": secret.pk, "owner": owner},
              message=f"The {secret.label.lower()} for {owner} is kept for a technician to hand over: {why}")
    record(actor=actor, verb="secret.held", obj=secret.ticket, tenant=secret.ticket.tenant,
           details={"secret": secret.pk, "label": secret.label, "owner": owner, "why": why})


def held_for_handover(secret: OneTimeSecret) -> str | None:
    """Whose account a held secret belongs to; None when the secret was not put aside for a technician."""
    row = TicketEvent.objects.filter(ticket_id=secret.ticket_id, kind=HELD, data__secret=secret.pk).first()
    return str(row.data.get("owner") or "") if row is not None else None


def secrets_to_hand_over(tenant_ids: object, limit: int = 50) -> list[tuple[OneTimeSecret, str]]:
    """(secret, owner) for each secret held for a technician that can still be revealed, oldest first."""
    rows = list(OneTimeSecret.objects.filter(ticket__tenant_id__in=tenant_ids, ciphertext__gt="", link_encrypted="",
                                             destroyed_at__isnull=True, expires_at__gt=timezone.now())
                .select_related("ticket").order_by("created_at")[:limit * 2])
    held = {int(e.data["secret"]): str(e.data.get("owner") or "")
            for e in TicketEvent.objects.filter(kind=HELD, ticket_id__in={r.ticket_id for r in rows})}
    return [(row, held[row.pk]) for row in rows if row.pk in held][:limit]


def hand_over_secret(*, secret_id: int, actor: Actor) -> str | None:
    """A technician reveals a held secret to hand it to its owner: once, then it is destroyed; audited with who.

    None when the secret is not held for hand-over, was already revealed, or has expired.
    """
    with transaction.atomic():
        row = (OneTimeSecret.objects.select_for_update(of=("self",)).filter(pk=secret_id)
               .select_related("ticket").first())
        if row is None or not row.available:
            return None
        owner = held_for_handover(row)
        if owner is None:  # a link went to its owner: nobody else may open it
            return None
        value = crypto.decrypt_text(row.ciphertext)
        now = timezone.now()
        OneTimeSecret.objects.filter(pk=row.pk).update(ciphertext="", link_encrypted="", revealed_at=now,
                                                       destroyed_at=now)
        record(actor=actor, verb="secret.handed_over", obj=row.ticket, tenant=row.ticket.tenant,
               details={"label": row.label, "secret": row.pk, "owner": owner})
        add_event(ticket=row.ticket, actor=actor, kind="secret.handed_over",
                  message=f"The {row.label.lower()} for {owner} was revealed to a technician to hand over.")
    return value


def destroy_expired() -> int:
    return OneTimeSecret.objects.filter(expires_at__lte=timezone.now(), destroyed_at__isnull=True).update(
        ciphertext="", link_encrypted="", destroyed_at=timezone.now()
    )
