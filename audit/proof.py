"""Proving the audit trail beyond its own database: every chain checked against its signed checkpoints, those in the
checkpoint table and those the witnesses hold, with the checks of the client's standalone verifier
(audit/verify_bundle.verify), so `verify_audit` and a client reading an exported bundle reach the same verdict.

The hash chain catches an edited, removed, reordered or inserted event; a checkpoint's (size, head) a chain rewritten
with every hash recomputed; a checkpoint past the chain's end a tail cut off with the head row moved back; the
witness what the database's writer could otherwise hide too, checkpoint rows deleted along with the events they
covered. Events after a chain's last checkpoint are proven by the hash chain and the head row only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any

from django.conf import settings

from audit.checkpoints import origin
from audit.keys import KeyConfigError, verifiers
from audit.models import AuditCheckpoint, AuditEvent, AuditHead
from audit.verify import Pending, chain_rows, check_head, check_pending, pending_by_chain
from audit.verify_bundle import NoteError, Verdict, Verifier, parse_verifier_key, verify
from audit.witness import configured_witnesses

Track = Callable[[Iterator[Any], int], Iterable[Any]]


class WitnessUnreadable(Exception):
    """A witness that should be read back could not be: nothing can be proven against it."""


def chain_of_origin(text: str) -> str | None:
    """The chain a checkpoint origin names, if it is one of this installation's (origin(chain) in reverse)."""
    prefix = origin("")
    return text[len(prefix):] if text.startswith(prefix) and len(text) > len(prefix) else None


def trusted_keys() -> list[Verifier]:
    """The keys checkpoints are verified with. A checking-only installation (an auditor's copy, signing off) may list
    public verifier keys alone; a signing key that is listed but unreadable is an error (KeyConfigError)."""
    if settings.RALLIED_AUDIT_SIGNING_KEYS or settings.RALLIED_AUDIT_DEV_KEY_FILE:
        return verifiers()
    try:
        return [parse_verifier_key(text) for text in settings.RALLIED_AUDIT_VERIFIER_KEYS]
    except NoteError as exc:
        raise KeyConfigError(f"RALLIED_AUDIT_VERIFIER_KEYS: {exc}") from exc


def witnessed_notes(chains: set[str] | None = None) -> dict[str, list[str]]:
    """Every checkpoint note the readable witnesses hold, by chain (a syslog collector is read by its own tools)."""
    notes: dict[str, list[str]] = defaultdict(list)
    for witness in configured_witnesses():
        read = getattr(witness, "read", None)
        if read is None:
            continue
        try:
            records = read()
        except (OSError, ValueError) as exc:
            raise WitnessUnreadable(f"{witness.description}: {exc}") from exc
        for record in records:
            chain = chain_of_origin(str(record.get("origin", "")))
            if chain is not None and (chains is None or chain in chains):
                notes[chain].append(str(record.get("note", "")))
    return notes


def stored_notes(chains: set[str] | None = None) -> dict[str, list[str]]:
    rows = AuditCheckpoint.objects.order_by("chain", "size")
    if chains is not None:
        rows = rows.filter(chain__in=chains)
    notes: dict[str, list[str]] = defaultdict(list)
    for chain, note in rows.values_list("chain", "note"):
        notes[chain].append(note)
    return notes


@dataclass
class TrailProof:
    """One verdict per chain, and where the checkpoints came from."""

    verdicts: list[Verdict] = field(default_factory=list)
    stored: int = 0  # checkpoint rows in the database
    witnessed: int = 0  # checkpoint records read back from the witnesses
    pending: int = 0  # events recorded pending and not chained yet (within their bound, or a verdict fails)

    @property
    def ok(self) -> bool:
        return all(verdict.ok for verdict in self.verdicts)

    @property
    def events(self) -> int:
        return sum(verdict.events for verdict in self.verdicts)

    @property
    def uncovered(self) -> int:
        return sum(verdict.events - verdict.covered for verdict in self.verdicts)

    def first_failure(self) -> Verdict | None:
        return next((verdict for verdict in self.verdicts if not verdict.ok), None)


def prove_trail(*, chains: set[str] | None = None, track: Track | None = None) -> TrailProof:
    """Check `chains` (default: every chain that any source knows of) in four queries, whatever the trail's size.

    The witnesses and the checkpoint table are read before the events: a checkpoint is signed only over committed
    events, so read in this order no checkpoint can be newer than the rows it is compared with.
    """
    from_witness = witnessed_notes(chains)
    from_table = stored_notes(chains)
    heads_qs = AuditHead.objects.all() if chains is None else AuditHead.objects.filter(chain__in=chains)
    heads = {chain: (seq, hash_) for chain, seq, hash_ in heads_qs.values_list("chain", "seq", "hash")}
    pending = pending_by_chain(chains)
    events = AuditEvent.objects.all() if chains is None else AuditEvent.objects.filter(chain__in=chains)
    rows: Iterable[Any] = chain_rows(events)
    if track is not None:
        rows = track(iter(rows), sum(seq for seq, _ in heads.values()))
    keys = trusted_keys()
    proof = TrailProof(stored=sum(map(len, from_table.values())), witnessed=sum(map(len, from_witness.values())),
                       pending=sum(p.count for p in pending.values()))
    seen: set[str] = set()
    for chain, group in groupby(rows, key=lambda row: row[0]["chain"]):
        seen.add(chain)
        proof.verdicts.append(prove_chain(chain, group, from_table.get(chain, []), from_witness.get(chain, []),
                                          heads.get(chain), keys, pending.get(chain)))
    # A chain whose every event is gone still has its head row, its checkpoints or its witness records; a chain
    # with pending events only has not begun.
    for chain in sorted((set(heads) | set(from_table) | set(from_witness) | set(pending)) - seen):
        proof.verdicts.append(prove_chain(chain, iter(()), from_table.get(chain, []), from_witness.get(chain, []),
                                          heads.get(chain), keys, pending.get(chain)))
    return proof


def prove_chain(chain: str, rows: Iterable[Any], stored: list[str], witnessed: list[str],
                head: tuple[int, str] | None, keys: list[Verifier], pending: Pending | None = None) -> Verdict:
    verdict = verify(rows, stored + witnessed, keys, origin=origin(chain), subject=f"chain {chain}")
    check_head(verdict, head)
    check_pending(verdict, pending)
    in_table = set(stored)
    hidden = [note for note in dict.fromkeys(witnessed) if note not in in_table]
    if hidden:
        verdict.fail(None, f"{len(hidden)} checkpoint(s) the witness holds are missing from the database "
                     "(checkpoint rows deleted)")
    return verdict
