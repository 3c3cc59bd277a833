"""Writing the audit trail: `record()` appends one event to its chain (audit/verify.py reads and checks the chains).

One chain per tenant plus one for events without a tenant (audit/models.chain_of): `record()` locks only its own
chain's head row, so writers in different tenants never wait on each other. Within a tenant they do, until their
commit: so a unit of work inserts its events *pending* instead (one INSERT, no head lock), unless it is one of the
few that must chain now (CHAIN_NOW), and deferred_chaining() lets ticket ingest do the same outside a unit. A
pending event is chained by the next chaining of its chain or by the sweep (chain_pending).
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Exists, Model, OuterRef

from audit.models import AuditEvent, AuditHead, chain_of
from audit.verify import event_fields
from audit.verify import verify_chain as verify_chain  # re-exported: see below
from audit.verify_bundle import canonical, compute_hash
from audit.writes import Writes
from rallied.actors import Actor
from rallied.kept_queries import KeptQuery
from rallied.tasks import dispatch

# The hash and its canonical JSON have one definition, in the client's standalone verifier (audit/verify_bundle.py).
# verify_chain lives in audit/verify.py; still importable from here, where it was, because the reliability suite
# imports it so (tests/reliability/test_sweep.py) and must run unchanged.

# Any key that smells like a secret is redacted, however deep; a value that *looks* like a
# credential is the caller's bug and is caught by the tests that grep the trail for secrets.
_SECRET_KEY = re.compile(r"(pass(word)?|secret|token|tap|credential|api[_-]?key|private|signing)", re.I)
REDACTED = "[redacted]"
CHECKPOINT_TASK = "audit.tasks.checkpoint_chain_task"


def redact(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (REDACTED if _SECRET_KEY.search(str(k)) else redact(v)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact(v) for v in value]
    return value


# Pending events linked per UPDATE statement when a backlog is chained (a cluster down for a while).
PENDING_BATCH = 500

# The units that chain their events at their end, under the chain's head lock and after every pending event of the
# chain, instead of inserting them pending: unit_of_work(chain=NAME). Every other unit's events wait, unprotected,
# for the next of these on their chain or for the sweep (chain_pending, every minute); verify_audit fails on one
# left longer than RALLIED_AUDIT_PENDING_SECONDS. A unit is one of these only for one of the reasons below.
WRITE_AHEAD, FINISHED = "write-ahead", "finished"
CHAIN_NOW = {
    # The write-ahead rule: no intent, no call. An action's claim before its vendor write (playbooks.services.
    # claim_action, the reconciler's repeat) makes its intent, and so everything recorded before it, a link of the
    # chain before the vendor can apply it: a claim whose events could still be deleted unseen proves nothing.
    WRITE_AHEAD: "an action's claim, before its vendor write",
    # A ticket's move to a final status (tickets.services.transition_ticket): its trail is whole when it ends, not up
    # to a minute later. Exports and proofs carry chained events only, the audit API stops at the oldest pending
    # event (a finished ticket's last events would hold back the tenant's feed), and a quiet tenant's last ticket
    # has no later claim to chain it. Once per ticket: four statements.
    FINISHED: "a ticket's move to a final status",
}




def describe_actor(actor: Actor) -> tuple[str, str]:
    """(actor_type, name) for a user, a service account, or a plain string like "system" / "ai"."""
    if actor is None:
        return AuditEvent.ActorType.SYSTEM, "system"
    if isinstance(actor, str):
        kind = actor.split(":", 1)[0]
        known = {c.value for c in AuditEvent.ActorType}
        return (kind if kind in known else AuditEvent.ActorType.SYSTEM), actor
    if getattr(actor, "_meta", None) is not None and actor._meta.model_name == "serviceaccount":
        return AuditEvent.ActorType.SERVICE_ACCOUNT, f"service_account:{actor.name}"
    if getattr(actor, "_meta", None) is not None and actor._meta.model_name == "apitoken":
        return AuditEvent.ActorType.INTEGRATION, f"token:{actor.name}"
    username = getattr(actor, "get_username", None)
    if callable(username):
        return AuditEvent.ActorType.USER, f"user:{username()}"
    return AuditEvent.ActorType.SYSTEM, str(actor)


def record(
    *,
    actor: Actor,
    verb: str,
    obj: Any = None,
    tenant: Any = None,
    authority: str = "",
    outcome: str = "ok",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event. Runs in (or opens) a transaction: an event and the change it records commit together.

    Inside a unit_of_work() the event is held and written when the unit's block ends (still in its transaction),
    pending or chained (CHAIN_NOW): its pk, and a chained one's seq and hash, are set then, not on return."""
    event = _new_event(actor=actor, verb=verb, obj=obj, tenant=tenant, authority=authority, outcome=outcome,
                       details=details)
    unit = _open_unit()
    if unit is not None:
        unit.append(event)
        return event
    if _stack():  # in a savepoint opened inside a unit: written now, pending, and chained as the unit's would be
        event.save()
        return event
    if _deferring():
        event.save()  # pending: one INSERT, no head lock (deferred_chaining)
        # Only this transaction's events wait: the work its commit starts (a doorbell a sync-mode cluster runs right
        # here, tests and `make demo`) chains as usual. Hooks run in order, so this one runs before any registered
        # after the event.
        transaction.on_commit(_stop_deferring)
        return event
    # No savepoint of its own (savepoint=False): inside the caller's transaction the event commits or rolls back
    # with the change it records anyway, and a savepoint per event was two more round trips (issue 17). Outside a
    # transaction this opens one, as before.
    with transaction.atomic(savepoint=False):
        _chain([event])
    return event


def _new_event(*, actor: Actor, verb: str, obj: Any, tenant: Any, authority: str, outcome: str,
               details: dict[str, Any] | None) -> AuditEvent:
    actor_type, actor_name = describe_actor(actor)
    object_type = obj._meta.label_lower if obj is not None and hasattr(obj, "_meta") else ""
    object_id = str(obj.pk) if obj is not None and hasattr(obj, "pk") else ""
    if tenant is None and obj is not None:
        tenant = getattr(obj, "tenant", None)
    # Computed before the block: an error here (details that are not JSON) must not doom the caller's transaction.
    details = json.loads(canonical(redact(details or {})))
    return AuditEvent(
        chain=chain_of(tenant.pk if tenant is not None else None),
        tenant=tenant,
        actor_type=actor_type,
        actor=actor_name[:200],
        verb=verb,
        object_type=object_type,
        object_id=object_id,
        authority=authority[:300],
        outcome=outcome,
        details=details,
    )


def pending_event(*, actor: Actor, verb: str, obj: Any = None, tenant: Any = None,
                  details: dict[str, Any] | None = None) -> AuditEvent | None:
    """The event record() would insert pending now, built and not saved, for a caller that inserts it itself with
    the rows it records, in their one statement (tickets.services.take_in_ticket, rallied.inserts); None when
    record() would not write it pending: outside deferred_chaining, or inside a unit of work or a transaction
    (whose other events it must commit with, chained or held). The caller calls pending_written() once it has."""
    if not _deferring() or _open_unit() is not None or not connection.get_autocommit():
        return None
    return _new_event(actor=actor, verb=verb, obj=obj, tenant=tenant, authority="", outcome="ok", details=details)


def pending_written() -> None:
    """A pending_event() committed: what runs next (the doorbell its commit rings) chains as usual, as after the
    commit of record()'s own pending insert."""
    _stop_deferring()


def _chain(events: list[AuditEvent], *, chains: Iterable[str] = (), writes: Writes | None = None) -> int:
    """Append `events`, in order, to their chains (and to `chains`, with none): per chain one head lock, one update;
    one insert for all. Returns how many pending events were chained first.

    Must run inside a transaction. Heads are locked in name order, so two writers touching the same chains never
    wait on each other in a cycle. The first event of a new chain creates its head (a racing creator's insert
    fails on the primary key and get_or_create then waits for, and locks, the winner's row).

    A chain's pending events (deferred_chaining) are chained first, in insertion order, under the same lock: the
    head lock's query says whether there are any, so a chain without pending events costs no extra statement, and
    one with some costs a select and an update however many. They are read after the lock is held, so two chainers
    never link the same event. One committed while this writer waited may be missed (the lock's query saw the
    chain as of before the wait); the next chaining takes it.

    The writes (the pending events' links, the new events, the heads) join `writes` when given (a unit's end adds
    its timeline rows to them), else go on their own: one statement for them all on PostgreSQL (audit/writes.py).
    """
    own = writes is None
    writes = Writes() if writes is None else writes
    names = sorted({event.chain for event in events} | set(chains))
    heads = {name: _locked_head(name) for name in names}
    pending = _pending_events([name for name in names if heads[name].pending])
    linked = [*pending, *events]
    for event in linked:
        head = heads[event.chain]
        event.seq, event.prev_hash = head.seq + 1, head.hash
        event.hash = compute_hash(event.prev_hash, event_fields(event))
        head.seq, head.hash = event.seq, event.hash
    # The one change an audit row ever sees: its link, set once, under its chain's lock (save() refuses updates).
    writes.bulk_update(pending, ["seq", "prev_hash", "hash"], batch_size=PENDING_BATCH)
    writes.insert(events)
    for name in sorted({event.chain for event in linked}):
        writes.update_row(heads[name], ["seq", "hash"])
    if own:
        writes.run()
    every = settings.RALLIED_AUDIT_CHECKPOINT_EVENTS
    if settings.RALLIED_AUDIT_SIGNING and every > 0:
        for event in linked:
            if event.seq % every == 0:
                # Signed after the commit, by a worker: a writer never waits for a signature or a witness's fsync.
                transaction.on_commit(partial(dispatch, CHECKPOINT_TASK, event.tenant_id or 0))
    return len(pending)


def _head_for_update(chain: str) -> Any:
    waiting = AuditEvent.objects.filter(chain=OuterRef("chain"), hash__isnull=True)
    return AuditHead.objects.select_for_update().annotate(pending=Exists(waiting)).filter(chain=chain)


# The head's locked read, on every chaining: its text kept once per process (rallied/kept_queries.py).
_LOCKED_HEAD = KeptQuery(_head_for_update, chain=str)


def _locked_head(chain: str) -> AuditHead:
    """The chain's head row, locked (created if new), with `pending`: whether the chain has events to chain first.

    What _head_for_update(chain).get_or_create() does, its get kept: only a chain's very first chaining creates."""
    try:
        return _LOCKED_HEAD.get(chain=chain)
    except AuditHead.DoesNotExist:
        pass
    try:
        with transaction.atomic():
            head = AuditHead.objects.create(chain=chain)
    except IntegrityError:  # another writer created it first: now it is there to lock (get_or_create's own answer)
        return _head_for_update(chain).get()
    head.pending = True  # a chain's very first events may be pending ones: look
    return head


# A unit's events are almost always of one chain (its tenant's): that read's text is kept (rallied/kept_queries.py),
# the same statement as the filter below with a list of one.
_PENDING_OF_ONE = KeptQuery(lambda chain: AuditEvent.objects.filter(chain__in=[chain], hash__isnull=True)
                            .order_by("id"), chain=str)


def _pending_events(chains: list[str]) -> list[AuditEvent]:
    if not chains:
        return []
    if len(chains) == 1:
        return _PENDING_OF_ONE.all(chain=chains[0])
    return list(AuditEvent.objects.filter(chain__in=chains, hash__isnull=True).order_by("id"))


def chain_pending(*, chains: Iterable[str] | None = None) -> int:
    """Chain every pending event now (of `chains`, or of every chain), one transaction per chain; returns how many.

    The sweep runs this every minute (workflow/sweep.py), so an event whose ticket never reaches a first step (a
    worker killed, a doorbell the broker lost) is chained within about a minute anyway. Safe to run at any time and
    twice at once: the head lock serialises it with every other writer of the chain.
    """
    names = set(AuditEvent.objects.filter(hash__isnull=True).order_by().values_list("chain", flat=True).distinct())
    if chains is not None:
        names &= set(chains)
    done = 0
    for name in sorted(names):
        with transaction.atomic():
            done += _chain([], chains=[name])
    return done


_deferral = threading.local()


def _deferring() -> bool:
    return getattr(_deferral, "on", False)


def _stop_deferring() -> None:
    _deferral.on = False


@contextlib.contextmanager
def deferred_chaining() -> Iterator[None]:
    """Events recorded in this block's first transaction (outside a unit_of_work) are inserted *pending*: no head
    lock, no seq, no hash. Not nestable; whatever runs after that transaction's commit is chained as usual.

    Why (issue 17): every chained event holds its chain's head row locked until its transaction commits, fsync
    included, so concurrent ticket submissions for one tenant ran one at a time (bench/ingest.py: 7% of a bare
    view's rate, p99 295 ms, pg_stat_activity showing about 1.7 of the backends waiting on that row). A shorter lock
    window cannot help: the lock must be held to the commit, or two writers would link to one predecessor.

    What keeps the trail whole: a pending event commits (or rolls back) with the change it records, like any event;
    the next chaining of its chain links it, in insertion order, before that chaining's own events, so nothing
    chained after it, an intent event before a vendor call included, can be linked while it waits. That next
    chaining is the ticket's first action claim or final move (CHAIN_NOW) or, should neither come, the sweep's
    chain_pending. Until then nothing protects it: verify_chain and `verify_audit` fail on an event pending longer
    than RALLIED_AUDIT_PENDING_SECONDS, so deleting or editing one goes unseen only within that window, and
    exports carry chained events only.
    """
    _deferral.on = True
    try:
        yield
    finally:
        _deferral.on = False


@dataclass
class _Unit:
    """What one unit_of_work() block holds for its end: the events recorded directly in it, and other layers' rows
    (hold())."""

    depth: int  # len(connection.savepoint_ids) inside the unit's block
    chain: str = ""  # a CHAIN_NOW reason: its events are chained at its end, not inserted pending
    events: list[AuditEvent] = field(default_factory=list)
    rows: dict[str, list[Any]] = field(default_factory=dict)

    def append(self, event: AuditEvent) -> None:
        self.events.append(event)


_units = threading.local()
# kind -> the model whose new rows a unit holds of that kind, or the function that writes them (register_unit_rows).
_flushes: dict[str, type[Model] | Callable[[list[Any]], object]] = {}


def _stack() -> list[_Unit]:
    if not hasattr(_units, "stack"):
        _units.stack = []
    return _units.stack


def _open_unit() -> _Unit | None:
    """The unit an event or row recorded now may wait in: the innermost one, if no savepoint was opened inside it
    since.

    An event recorded inside a savepoint is written at once instead: were it held, a rollback of that savepoint
    (an error the caller catches) would undo the change but not the held event, and the unit would chain an event
    for a change that never happened. Written at once, it rolls back with its savepoint. A held row likewise.
    """
    stack = _stack()
    if not stack:
        return None
    unit = stack[-1]
    inner = connection.savepoint_ids[unit.depth:]
    return unit if all(sid is None for sid in inner) else None


def register_unit_rows(kind: str, flush: type[Model] | Callable[[list[Any]], object]) -> None:
    """Let units hold rows of `kind` (hold()), written by `flush(rows)` at the end of the unit that holds them,
    before its events. Called by the layer that owns the rows, from its AppConfig.ready() (tickets/apps.py for the
    timeline's): audit is below every other app and imports none of them.

    A model instead of a function: the rows are new rows of it, inserted as bulk_create would (no save signals),
    in the same statement as the unit's events on PostgreSQL (audit/writes.py)."""
    _flushes[kind] = flush


def hold(kind: str, row: Any) -> bool:
    """Hold `row` in the open unit, to be written with the unit's other `kind` rows at its end (in the order held);
    False when no unit may hold it (none open, or a savepoint opened in it since): the caller writes it now."""
    if kind not in _flushes:
        raise LookupError(f"no unit_of_work flush is registered for {kind!r} (register_unit_rows)")
    unit = _open_unit()
    if unit is None:
        return False
    unit.rows.setdefault(kind, []).append(row)
    return True


def _end(unit: _Unit) -> None:
    """Write what the unit held, inside its transaction: the other layers' rows, then its events, chained (a
    CHAIN_NOW unit: with every pending event of their chains first) or pending. On PostgreSQL the inserts and the
    chain's updates are one statement (audit/writes.py): a unit's end is one round trip, or, when it chains, the
    head's lock (and the pending events' read) and then one."""
    writes = Writes()
    for kind, rows in unit.rows.items():
        flush = _flushes[kind]
        if isinstance(flush, type):
            writes.insert(rows)
        else:
            flush(rows)
    if unit.chain:
        _chain(unit.events, writes=writes)
    else:
        writes.insert(unit.events)  # pending: no head lock
    writes.run()


@contextlib.contextmanager
def unit_of_work(*, chain: str = "") -> Iterator[None]:
    """One transaction for a step's changes and their audit events, the events written once at the block's end.

    By default they are inserted pending: one insert, no head lock, so a tenant's steps never queue on its chain's
    head (issue 17). `chain`, one of CHAIN_NOW's reasons, chains them instead: one head lock, one insert and one
    head update per chain, after every pending event of the chain (a select and an update however many). Either
    way they are written inside the transaction, before its commit (not in on_commit, which runs after it): they
    commit with the changes they record, or roll back with them. An exception leaves none behind. Keep a vendor
    call that depends on the events outside the block, after it, and chain the block (WRITE_AHEAD). Rows of the
    layers above that registered a flush (register_unit_rows: the ticket's timeline) are held the same way and
    written first, one flush per kind.

    Nested in another unit, a unit joins it without a savepoint of its own: its events wait for the outer block's
    end, and its `chain` makes the outer unit chain. An exception inside then dooms the whole unit, which is what a
    step's unit of work means.
    """
    if chain and chain not in CHAIN_NOW:
        raise ValueError(f"unit_of_work(chain={chain!r}): a unit chains now only for a reason in CHAIN_NOW")
    stack = _stack()
    if stack and _open_unit() is stack[-1]:
        stack[-1].chain = stack[-1].chain or chain
        with transaction.atomic(savepoint=False):
            yield
        return
    with transaction.atomic():
        unit = _Unit(depth=len(connection.savepoint_ids), chain=chain)
        stack.append(unit)
        try:
            yield
            # A block marked for rollback (transaction.set_rollback: a lost race) commits nothing, its events neither.
            if not connection.needs_rollback:
                _end(unit)
        finally:
            stack.remove(unit)
