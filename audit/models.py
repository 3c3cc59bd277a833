"""The append-only, hash-chained audit trail of every action-level event."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils import timezone

# Every tenant's events form their own chain, and events with no tenant (sign-ins, system jobs) one more: a tenant
# can be exported and verified alone, and writers in different tenants never wait on the same head row.
SYSTEM_CHAIN = "system"


def chain_of(tenant_id: int | None) -> str:
    """The chain an event of this tenant (or of no tenant) belongs to; the name is part of each event's hash."""
    return f"tenant-{tenant_id}" if tenant_id is not None else SYSTEM_CHAIN


class AppendOnlyError(Exception):
    """Audit rows are never changed or deleted."""


class AuditEvent(models.Model):
    """One event (received, decided, approved, executed, replied, undone ...), chained by hash within its chain.

    hash = sha256(prev_hash + canonical JSON of the event's fields); `verify_audit` recomputes it. `seq` counts
    within the chain (1, 2, 3 ... per tenant); `id` orders events across chains.
    Details are redacted before they get here: no secret ever enters this table.

    An event recorded under audit.services.deferred_chaining() is *pending*: inserted with seq, prev_hash and hash
    empty, and chained (those three set, once) by the next chaining of its chain. Until then nothing protects it;
    `verify_audit` fails on one left pending longer than RALLIED_AUDIT_PENDING_SECONDS.
    """

    class ActorType(models.TextChoices):
        USER = "user", "User"
        SERVICE_ACCOUNT = "service_account", "Service account"
        SYSTEM = "system", "System"
        AI = "ai", "AI"
        INTEGRATION = "integration", "Integration"

    chain = models.CharField(max_length=64, default=SYSTEM_CHAIN)
    seq = models.PositiveBigIntegerField(null=True, blank=True)  # None while pending
    at = models.DateTimeField(default=timezone.now)
    tenant = models.ForeignKey("tenants.Tenant", null=True, blank=True, on_delete=models.PROTECT)
    actor_type = models.CharField(max_length=16, choices=ActorType.choices)
    actor = models.CharField(max_length=200)
    verb = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64, blank=True)
    object_id = models.CharField(max_length=64, blank=True)
    authority = models.CharField(max_length=300, blank=True)
    outcome = models.CharField(max_length=32, blank=True)
    details = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64, blank=True, default="")  # "" while pending
    # None while pending, not "": many pending events at once must not collide on the unique constraint.
    hash = models.CharField(max_length=64, unique=True, null=True, blank=True)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["chain", "seq"], name="audit_event_one_seq_per_chain")]
        indexes = [models.Index(fields=["tenant", "seq"]), models.Index(fields=["object_type", "object_id"]),
                   # The pending events of a chain, in insertion order: tiny, since the next chaining empties it.
                   models.Index(fields=["chain", "id"], condition=models.Q(hash__isnull=True),
                                name="audit_event_pending")]

    def __str__(self) -> str:
        where = f"#{self.seq}" if self.chained else "(pending)"
        return f"{self.chain} {where} {self.verb} {self.object_type}:{self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise AppendOnlyError("Audit events cannot be deleted.")

    @property
    def chained(self) -> bool:
        return self.hash is not None


class AuditHead(models.Model):
    """A chain's tip, one row per chain: locking it serialises appends to that chain only, so no two events of a
    chain share a predecessor while other tenants' writers go on."""

    chain = models.CharField(max_length=64, primary_key=True)
    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self) -> str:
        return f"audit head {self.chain} #{self.seq}"


class AuditCheckpoint(models.Model):
    """A chain's head, signed (audit/checkpoints.py): the signed note as written to the witnesses.

    `size` is the head's seq; `witnessed_at` is set once every configured witness holds the note, and a checkpoint
    without it is offered to the witnesses again (audit/checkpoints.witness_pending).
    """

    chain = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    head = models.CharField(max_length=64)
    at = models.DateTimeField()
    key_name = models.CharField(max_length=64)
    note = models.TextField()
    witnessed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["chain", "size"]
        constraints = [models.UniqueConstraint(fields=["chain", "size"], name="audit_checkpoint_one_per_size")]
        indexes = [models.Index(fields=["witnessed_at"], name="audit_checkpoint_witnessed")]

    def __str__(self) -> str:
        return f"checkpoint {self.chain} #{self.size}"
