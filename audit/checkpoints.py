"""Signed checkpoints of each audit chain, written to witnesses outside the database.

When: record() queues `checkpoint_chain_task` on commit when a chain's seq reaches a multiple of
RALLIED_AUDIT_CHECKPOINT_EVENTS (exactly one event per multiple does: the head row lock serialises a chain), and a
schedule every minute (`checkpoint_due_task`, rallied/schedules.py) checkpoints every chain whose head moved since its
last checkpoint and that is RALLIED_AUDIT_CHECKPOINT_SECONDS old (or N events behind, had the queued task been lost).
A chain that does not move gets no new checkpoint: its last one still says where it ends.

Race safety: a checkpoint reads the head without locking it (a writer updates seq and hash in one statement, so a
committed head is consistent) and so never holds up a writer; two makers signing the same head meet on the unique
(chain, size) row and one of them keeps its insert. The row is the outbox for the witnesses: it is written first,
then `witness_pending` writes every unwitnessed row to every witness under a row lock that other makers skip
(SKIP LOCKED), and marks it witnessed. A crash between the two writes the record again later (at least once).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from audit.keys import newest_key
from audit.models import AuditCheckpoint, AuditHead
from audit.verify_bundle import Checkpoint, format_checkpoint, sign_note
from audit.witness import WitnessError, configured_witnesses

log = logging.getLogger(__name__)
WITNESS_BATCH = 500


def origin(chain: str) -> str:
    """The checkpoint's first line: this installation and the chain, e.g. `rallied.example.com/audit/tenant-3`."""
    return f"{settings.RALLIED_AUDIT_INSTANCE}/audit/{chain}"


def rfc3339(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def checkpoint_note(*, chain: str, size: int, head: str, when: datetime) -> tuple[str, str]:
    """(key name, signed note) for this head, signed with the newest key."""
    key = newest_key()
    body = format_checkpoint(Checkpoint(origin(chain), size, head, (f"time {rfc3339(when)}",)))
    return key.name, sign_note(body, key.name, key.private_key)


def make_checkpoint(*, chain: str) -> AuditCheckpoint | None:
    """Sign the chain's current head and store it; None when there is nothing new (or another maker won)."""
    head = AuditHead.objects.filter(chain=chain).values_list("seq", "hash").first()
    if head is None or head[0] == 0 or AuditCheckpoint.objects.filter(chain=chain, size=head[0]).exists():
        return None
    size, head_hash = head
    now = timezone.now()
    key_name, note = checkpoint_note(chain=chain, size=size, head=head_hash, when=now)
    try:
        with transaction.atomic():
            return AuditCheckpoint.objects.create(chain=chain, size=size, head=head_hash, at=now,
                                                  key_name=key_name, note=note)
    except IntegrityError:
        return None  # a concurrent maker stored this very head first


def witness_record(checkpoint: AuditCheckpoint) -> dict[str, object]:
    return {"origin": origin(checkpoint.chain), "size": checkpoint.size, "note": checkpoint.note}


def witness_pending(*, limit: int = WITNESS_BATCH) -> int:
    """Write unwitnessed checkpoints, oldest first, to every witness; returns how many are now witnessed.

    Stops at the first failure (the rest wait for the next run, in order); what was written stays marked.
    """
    witnesses = configured_witnesses()
    if not witnesses:  # nothing outside the database holds them: they stay unwitnessed, and `check` says so
        return 0
    done = 0
    with transaction.atomic():
        pending = (AuditCheckpoint.objects.select_for_update(skip_locked=True)
                   .filter(witnessed_at__isnull=True).order_by("id")[:limit])
        for checkpoint in pending:
            try:
                for witness in witnesses:
                    witness.write(witness_record(checkpoint))
            except WitnessError as exc:
                log.warning("audit checkpoint %s #%s not witnessed: %s", checkpoint.chain, checkpoint.size, exc)
                break
            AuditCheckpoint.objects.filter(pk=checkpoint.pk).update(witnessed_at=timezone.now())
            done += 1
    return done


def checkpoint_chain(*, chain: str) -> AuditCheckpoint | None:
    """Checkpoint one chain now and witness it: the work behind the every-N-events trigger."""
    checkpoint = make_checkpoint(chain=chain)
    witness_pending()
    return checkpoint


def due_chains(*, now: datetime | None = None) -> list[str]:
    """Chains whose head moved past their last checkpoint, and that checkpoint is old or N events behind."""
    now = now or timezone.now()
    latest = AuditCheckpoint.objects.filter(chain=OuterRef("chain")).order_by("-size")
    heads = (AuditHead.objects.filter(seq__gt=0)
             .annotate(last_size=Subquery(latest.values("size")[:1]), last_at=Subquery(latest.values("at")[:1]))
             .values_list("chain", "seq", "last_size", "last_at"))
    stale = now - timedelta(seconds=settings.RALLIED_AUDIT_CHECKPOINT_SECONDS)
    every = settings.RALLIED_AUDIT_CHECKPOINT_EVENTS
    return [chain for chain, seq, last_size, last_at in heads
            if last_size is None or (seq > last_size and (last_at <= stale or 0 < every <= seq - last_size))]


def checkpoint_due() -> int:
    """The scheduled run: checkpoint every due chain, then witness whatever is pending; returns how many signed."""
    made = sum(make_checkpoint(chain=chain) is not None for chain in due_chains())
    witness_pending()
    return made
