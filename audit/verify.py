"""Reading and verifying the audit chains: the hashed fields of an event, its chained rows streamed in order, and
`verify_chain()`, which checks every chain's links against its head row and its pending events against their bound.

Writing them is audit/services.py's (`record()`, `unit_of_work()`), which hashes with event_fields() from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import groupby
from typing import Any

from django.conf import settings
from django.db.models import Count, Min, QuerySet
from django.utils import timezone

from audit.models import AuditEvent, AuditHead
from audit.verify_bundle import GENESIS, Verdict, check_chain

# The hashed fields: (key in the canonical JSON, model attribute). One list for writing, verifying and exporting.
# The chain's name is hashed too: an event moved to another chain no longer verifies there.
HASHED = (("chain", "chain"), ("seq", "seq"), ("at", "at"), ("tenant", "tenant_id"), ("actor_type", "actor_type"),
          ("actor", "actor"), ("verb", "verb"), ("object_type", "object_type"), ("object_id", "object_id"),
          ("authority", "authority"), ("outcome", "outcome"), ("details", "details"))
_KEYS = tuple(key for key, _ in HASHED)
_COLUMNS = tuple(attr for _, attr in HASHED)
# Rows fetched per round trip when reading the whole trail: few queries, bounded memory (about 5 MB per chunk).
CHUNK = 5000


def _fields(values: Iterable[Any]) -> dict[str, Any]:
    fields = dict(zip(_KEYS, values, strict=True))
    at = fields["at"]
    fields["at"] = at.isoformat() if isinstance(at, datetime) else str(at)
    return fields


def event_fields(event: AuditEvent) -> dict[str, Any]:
    return _fields(getattr(event, attr) for attr in _COLUMNS)


def chain_rows(events: QuerySet[AuditEvent] | None = None) -> Iterator[tuple[dict[str, Any], str, str]]:
    """(hashed fields, prev_hash, hash) per event, chain by chain in sequence order, streamed CHUNK rows at a time.

    Plain rows, not model instances: building 300,000 AuditEvent objects was a third of `verify_audit`'s time.
    """
    events = AuditEvent.objects.all() if events is None else events
    # Pending events are not links of any chain yet (their seq and hashes are empty): never read as if they were.
    rows = (events.filter(hash__isnull=False).order_by("chain", "seq").values_list(*_COLUMNS, "prev_hash", "hash")
            .iterator(chunk_size=CHUNK))
    for *values, prev_hash, hash_ in rows:
        yield _fields(values), prev_hash, hash_


@dataclass
class ChainReport:
    """What verifying found: for one chain, or overall (`chains` then holds one report per chain).

    `head` is the hash of the last event that verified, so a checkpoint can be compared with what the rows say.
    """

    checked: int
    broken_at: int | None = None
    problem: str = ""
    chain: str = ""
    head: str = GENESIS
    chains: list[ChainReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.broken_at is None


Rows = Iterable[tuple[dict[str, Any], str, str]]


def check_head(verdict: Verdict, head: tuple[int, str] | None) -> None:
    """The head row must name the last event: record() moves it with every append."""
    if head is None:
        if verdict.events:
            verdict.fail(None, "the chain has no head row")
        return
    seq, hash_ = head
    if seq > verdict.last_seq:
        verdict.fail(verdict.last_seq + 1, f"events after #{verdict.last_seq} are missing (the head says #{seq})")
    elif (seq, hash_) != (verdict.last_seq, verdict.last_hash):
        verdict.fail(seq + 1, f"the head (#{seq}) does not match the last event (#{verdict.last_seq})")


@dataclass(frozen=True)
class Pending:
    """A chain's events recorded pending and not chained yet: how many, and when the oldest was recorded."""

    count: int
    oldest: datetime


def pending_by_chain(chains: Iterable[str] | None = None) -> dict[str, Pending]:
    """Every chain's pending events, in one query (the partial index holds only those)."""
    rows = AuditEvent.objects.filter(hash__isnull=True)
    if chains is not None:
        rows = rows.filter(chain__in=list(chains))
    summary = rows.order_by().values("chain").annotate(n=Count("id"), oldest=Min("at"))
    return {row["chain"]: Pending(row["n"], row["oldest"]) for row in summary}


def check_pending(verdict: Verdict, pending: Pending | None, *, now: datetime | None = None) -> None:
    """A pending event is the one kind of audit row nothing protects: one pending for longer than the sweep needs
    to chain it (RALLIED_AUDIT_PENDING_SECONDS) is a failure, so deleting or editing one is not silent beyond that."""
    if pending is None:
        return
    bound = settings.RALLIED_AUDIT_PENDING_SECONDS
    if pending.oldest < (now or timezone.now()) - timedelta(seconds=bound):
        verdict.fail(None, f"{pending.count} event(s) recorded but never chained, the oldest at "
                     f"{pending.oldest.isoformat(timespec='seconds')}, more than {bound}s ago (the sweep chains "
                     "them every minute: no cluster has run since, or the trail was tampered with)")


def _walk(chain: str, rows: Rows, head: tuple[int, str] | None, pending: Pending | None = None) -> ChainReport:
    """One chain's hashes against its head row, by the same checks as the client's verifier (check_chain), and its
    pending events against their bound."""
    verdict = Verdict(subject=f"chain {chain}")
    check_chain(rows, set(), verdict)
    check_head(verdict, head)
    check_pending(verdict, pending)
    if verdict.ok:
        return ChainReport(verdict.events, chain=chain, head=verdict.last_hash)
    checked = verdict.events if verdict.bad_seq is None else min(verdict.events, verdict.bad_seq - 1)
    return ChainReport(checked, verdict.bad_seq if verdict.bad_seq is not None else checked + 1, verdict.problem,
                       chain, verdict.last_hash)


def verify_chain(chain: str | None = None, *,
                 track: Callable[[Iterator[Any], int], Iterable[Any]] | None = None) -> ChainReport:
    """Verify one chain (by name), or every chain: the overall report names the first broken chain and link.

    Three queries whatever the trail's length: the heads, the pending events' summary, then every chained event
    streamed in (chain, seq) order. `track(rows, expected_total)` may wrap the row stream (the command's progress
    bar); it must yield every row.
    """
    heads_qs = AuditHead.objects.all() if chain is None else AuditHead.objects.filter(chain=chain)
    heads = {name: (seq, hash_) for name, seq, hash_ in heads_qs.values_list("chain", "seq", "hash")}
    pending = pending_by_chain(None if chain is None else [chain])
    events = AuditEvent.objects.all() if chain is None else AuditEvent.objects.filter(chain=chain)
    rows: Iterable[Any] = chain_rows(events)
    if track is not None:
        rows = track(rows, sum(seq for seq, _ in heads.values()))
    reports = [_walk(name, group, heads.get(name), pending.get(name))
               for name, group in groupby(rows, key=lambda r: r[0]["chain"])]
    seen = {report.chain for report in reports}
    # A head whose every event is gone: the whole chain was deleted. A chain with pending events only: not begun.
    reports += [_walk(name, (), heads.get(name), pending.get(name))
                for name in sorted((set(heads) | set(pending)) - seen)]
    if chain is not None:
        return reports[0] if reports else ChainReport(0, chain=chain)
    checked = sum(report.checked for report in reports)
    broken = next((report for report in reports if not report.ok), None)
    if broken is None:
        return ChainReport(checked, chains=reports)
    return ChainReport(checked, broken.broken_at, f"chain {broken.chain}: {broken.problem}", broken.chain,
                       broken.head, reports)
