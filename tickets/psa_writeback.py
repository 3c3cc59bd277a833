"""A resolution's write-back to the PSA as a step of its own: each part posted at most once, retried while the PSA
is down.

`open_writeback` records what is to be posted (note, reply, time entry, close); `attempt_writeback` posts the parts
the PSA has not accepted yet: the note, the reply and the time entry together (each its own call, sent at once from
threads: none waits for another, issue 17), then the close once they are all in. A failure leaves the row pending
with its next attempt time (capped backoff, `retry_delay`). workflow/writeback.py decides what the outcome means for
the ticket.

Never twice: each part is marked in flight before its call, and accepted as soon as the PSA answered; a part that was
sent without an answer (a timeout, a 5xx to a write, a worker that died mid-call) stays in `in_flight` (the parts in
flight, comma-separated), and the next attempt reads the PSA first (its notes, time entries or status) and posts it
again only when the PSA does not have it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from audit.services import record, unit_of_work
from rallied import crypto
from rallied.actors import Actor
from rallied.connectors import ConnectorError, PsaConnector
from rallied.kept_updates import update_where
from rallied.threads import map_in_threads
from tickets.choices import WRITEBACK_TRANSITIONS, TicketStatus, WriteBackPart, WriteBackStatus
from tickets.models import PsaWriteBack, Ticket
from tickets.psa import ACTOR, check_psa_ticket, ensure_psa_ticket, look_before_writing, note_psa_failure, psa_of
from tickets.services import add_event

P, W = WriteBackPart, WriteBackStatus
# The words the timeline, the audit verbs and tickets/updates.closed_by_rallied have always used for each part.
LABELS = {P.NOTE: "internal note", P.REPLY: "reply to requester", P.TIME: "time entry", P.CLOSE: "close"}
# Longer than one attempt can take (django-q2 stops a task at Q_CLUSTER's timeout), so two workers never post
# together; and no longer, so a write-back whose worker was killed is taken up again by the next minute's
# retry_writebacks (five minutes left 36 of 300 tickets of a kill -9 run waiting for the PSA past three minutes).
LEASE = timedelta(seconds=float(settings.Q_CLUSTER.get("timeout") or 90) + 10)
FIRST_RETRY, LONGEST_RETRY = timedelta(seconds=15), timedelta(minutes=5)


@dataclass
class Attempt:
    """What one attempt did: the row's status afterwards, the parts the PSA accepted in it, and why it stopped.

    `row`: the write-back as the attempt left it, with its ticket (read by the claim, its status again right before
    the PSA calls): the attempt held the row's lease, so nobody else moved it, and the caller need not read it again
    (issue 17)."""

    status: str
    accepted: list[str] = field(default_factory=list)
    error: str = ""
    row: PsaWriteBack | None = field(default=None, compare=False, repr=False)


def retry_delay(attempts: int) -> timedelta:
    """15 s, 30 s, 1 min ... capped at 5 min: soon after a blip, without hammering a PSA that is down for long."""
    return min(FIRST_RETRY * (2 ** max(0, attempts - 1)), LONGEST_RETRY)


def time_entry_text(ticket: Ticket, round_: int, worked_seconds: float) -> str:
    # The ticket and round make the text this write-back's own, so a later read can tell whether the PSA has it.
    return f"Resolved by Rallied ({round(worked_seconds)} s of automated work; ticket {ticket.pk}, round {round_})."


def open_writeback(*, ticket: Ticket, actor: Actor, note: str, reply: str, worked_seconds: float | None,
                   close: bool, first_attempt_at: datetime, give_up_at: datetime,
                   round_: int | None = None, claim: bool = False) -> PsaWriteBack | None:
    """Record the round's write-back; None when this round already has one (another settle opened it).

    `claim`: the caller makes the first attempt at once (begin_resolution, then attempt_writeback(claimed=row)). The
    row is stored as _claim would leave it (posting, leased, its first attempt counted) and the ticket marked moving,
    in the caller's transaction: the claim's own commit, update and read go (issue 17). Both commit before any PSA
    call, as the claim did.

    `round_`: the round the caller's transaction read already (the reply's claim), else read here. None leaves the
    caller's transaction unusable (no savepoint of its own, two statements fewer, issue 17): the caller rolls back,
    as begin_resolution does, the reply it claimed in the same transaction going with it."""
    wanted = ((P.NOTE, bool(note)), (P.REPLY, bool(reply)), (P.TIME, worked_seconds is not None), (P.CLOSE, close))
    parts = [str(part) for part, want in wanted if want]
    if round_ is None:
        ticket.refresh_from_db(fields=["round"])
        round_ = ticket.round
    claimed = {"status": W.POSTING, "lease_until": first_attempt_at + LEASE, "attempts": 1} if claim else {}
    try:
        with transaction.atomic(savepoint=False):
            row = PsaWriteBack.objects.create(
                ticket=ticket, round=round_, parts=parts, note=note, worked_seconds=worked_seconds,
                reply_encrypted=crypto.encrypt_text(reply) if reply else "", next_attempt_at=first_attempt_at,
                give_up_at=give_up_at, **claimed)
            if claim:
                _mark_moving(ticket, first_attempt_at)
            add_event(ticket=ticket, actor=actor, kind="psa.writeback",
                      message="Writing back to the PSA: " + ", ".join(LABELS[P(p)] for p in parts) + ".",
                      data={"writeback": row.pk, "parts": parts})
            record(actor=actor, verb="psa.writeback_opened", obj=ticket, tenant=ticket.tenant,
                   details={"writeback": row.pk, "parts": parts, "give_up_at": give_up_at.isoformat()})
    except IntegrityError:
        return None
    return row


def _move(row: PsaWriteBack, to: str, *, came_from: tuple[str, ...] = (W.POSTING,), **fields: object) -> bool:
    """Conditional transition of the row (exactly one row, or another attempt moved it first)."""
    assert all(to in WRITEBACK_TRANSITIONS[old] for old in came_from), f"write-back {came_from} -> {to}"
    if to not in (W.PENDING, W.POSTING):
        fields.setdefault("finished_at", timezone.now())
        fields.setdefault("reply_encrypted", "")  # the link in it is no use to anyone once the step has ended
        fields.setdefault("lease_until", None)
    won = PsaWriteBack.objects.filter(pk=row.pk, status__in=came_from).update(status=to, **fields)
    if won:
        row.status = to
        for key, value in fields.items():
            setattr(row, key, value)
    return bool(won)


def _mark_moving(ticket: Ticket, now: datetime) -> None:
    """The claim's mark on the ticket (the sweep leaves a moving ticket to its step), and the ticket's status as the
    claim would have read it: still writing back, or read again when it moved meanwhile."""
    if not update_where(Ticket, {"pk": ticket.pk, "status": TicketStatus.WRITING_BACK}, {"updated_at": now}):
        update_where(Ticket, {"pk": ticket.pk}, {"updated_at": now})
        ticket.refresh_from_db(fields=["status"])


def _claim(writeback_id: int, now: datetime) -> PsaWriteBack | None:
    due = Q(status=W.PENDING, next_attempt_at__lte=now) | Q(status=W.POSTING, lease_until__lt=now)
    with transaction.atomic():  # the claim and the ticket's "moving" mark: one commit, both before any PSA call
        if not PsaWriteBack.objects.filter(due, pk=writeback_id).update(
                status=W.POSTING, lease_until=now + LEASE, attempts=F("attempts") + 1):
            return None
        row = PsaWriteBack.objects.select_related("ticket", "ticket__tenant").get(pk=writeback_id)
        Ticket.objects.filter(pk=row.ticket_id).update(updated_at=now)  # moving: the sweep leaves it to this step
    return row


def _retry(row: PsaWriteBack, now: datetime, error: str, accepted: list[str]) -> Attempt:
    when = min(now + retry_delay(row.attempts), max(row.give_up_at, now))
    _move(row, W.PENDING, next_attempt_at=when, lease_until=None, last_error=error[:2000])
    return Attempt(row.status, accepted, error)


def _same_text(a: str, b: str) -> bool:
    # Whitespace may be reflowed by the PSA and long texts cut at its field size; the start is what identifies it.
    return " ".join(a.split())[:1000] == " ".join(b.split())[:1000]


def _text_of(row: PsaWriteBack, part: str) -> str:
    if part == P.NOTE:
        return row.note
    if part == P.REPLY:
        return crypto.decrypt_text(row.reply_encrypted)
    return time_entry_text(row.ticket, row.round, row.worked_seconds or 0.0)


def _landed(psa: PsaConnector, psa_id: str, row: PsaWriteBack, part: str) -> bool:
    """Whether the PSA already has a part that was sent without an answer (reads only)."""
    if part == P.CLOSE:
        return psa.fetch_ticket(psa_id).state == "closed"
    text = _text_of(row, part)
    if part == P.TIME:
        return any(_same_text(notes, text) for notes in psa.time_entry_notes(psa_id))
    entries = psa.fetch_entries(psa.fetch_ticket(psa_id))
    return any(e.internal == (part == P.NOTE) and _same_text(e.text, text) for e in entries)


def _call(psa: PsaConnector, psa_id: str, row: PsaWriteBack, part: str) -> Callable[[], object]:
    """The PSA call that posts `part`, with everything it needs read beforehand: the calls run in threads, which
    touch no database (a thread's connection would be a second one, outside this attempt's transactions)."""
    if part in (P.NOTE, P.REPLY):
        return partial(psa.add_note, psa_id, _text_of(row, part), internal=part == P.NOTE)
    if part == P.TIME:
        minutes = psa.billable_minutes(row.worked_seconds or 0.0)
        return partial(psa.add_time_entry, psa_id, minutes=minutes, notes=_text_of(row, part))
    return partial(psa.close_ticket, psa_id)


def _flying(row: PsaWriteBack) -> list[str]:
    return [part for part in row.in_flight.split(",") if part]


def _accept(row: PsaWriteBack, parts: list[str], psa_id: str, *, found: bool = False,
            then: tuple[str, ...] = ()) -> None:
    """Keep that the PSA has `parts`; `then` are the parts about to be sent next, marked in flight in the same commit
    (they must be before their calls, and nothing else happens in between). With no part left, the write-back is
    done, in the same commit too.

    Parts sent side by side are accepted together once every call has answered: one commit for them all (one per
    part before, issue 17), no later than the first of them was: a death before it leaves them all in flight, to be
    looked for in the PSA, as it left the ones not accepted yet."""
    row.accepted = [*row.accepted, *parts]
    row.in_flight = ",".join([p for p in _flying(row) if p not in parts] + list(then))
    how = "was found in the PSA (its earlier post got no answer)" if found else "posted"
    # One commit for the acceptance, its timeline rows and its audit events: a death between them left a part
    # accepted with no event, or an event for a part the row still expected.
    with unit_of_work():
        # The last acceptance ends the write-back in the same statement (one fewer per write-back, issue 17); when
        # the move is not this attempt's to make (the row left `posting` meanwhile), the acceptance is kept alone,
        # as before.
        if row.missing or not _move(row, W.DONE, last_error="", accepted=row.accepted, in_flight=row.in_flight):
            update_where(PsaWriteBack, {"pk": row.pk}, {"accepted": row.accepted, "in_flight": row.in_flight})
        for part in parts:
            label = LABELS[P(part)]
            add_event(ticket=row.ticket, actor=ACTOR, kind="psa.write", message=f"PSA {label} {how}.",
                      data={"step": label})
            record(actor=ACTOR, verb=f"psa.{label.replace(' ', '_')}", obj=row.ticket, tenant=row.ticket.tenant,
                   details={"psa_ticket": psa_id, "writeback": row.pk, "attempt": row.attempts, "found": found})


def attempt_writeback(*, writeback_id: int, now: datetime | None = None,
                      claimed: PsaWriteBack | None = None) -> Attempt | None:
    """Post what the PSA has not accepted yet. None when the row is not due, or another worker is posting it.

    `claimed`: the row open_writeback(claim=True) stored claimed for this attempt, with its ticket."""
    now = now or timezone.now()
    row = claimed if claimed is not None else _claim(writeback_id, now)
    if row is None:
        return None
    attempt = _attempt(row, now)
    attempt.row = row
    return attempt


def _attempt(row: PsaWriteBack, now: datetime) -> Attempt:
    ticket = row.ticket
    if ticket.status != TicketStatus.WRITING_BACK:  # escalated or taken over meanwhile: nothing more goes out
        end_writeback(row=row, to=W.WITHDRAWN, reason=f"the ticket is '{ticket.get_status_display()}' now")
        return Attempt(row.status, error=row.last_error)
    connection, psa = psa_of(ticket)
    if psa is None or connection is None:  # no PSA: nothing is ever written anywhere, as write_back does
        _move(row, W.DONE, accepted=list(row.parts), last_error="")
        return Attempt(row.status, list(row.parts))
    check = check_psa_ticket(ticket)
    if check.ok is None:
        return _retry(row, now, check.reason, [])
    if check.ok is False or not look_before_writing(ticket):
        why = check.reason if check.ok is False else "a person has taken this ticket over"
        add_event(ticket=ticket, actor=ACTOR, kind="psa.withheld",
                  message=f"Nothing more was written to the PSA: {why}.")
        end_writeback(row=row, to=W.WITHDRAWN, reason=why)
        return Attempt(row.status, error=why)
    # A PSA ticket opened now is stored with the first parts marked in flight, in one commit (issue 17): they are
    # sent next, with no other write between. Only by an attempt that finds nothing left in flight by one that died:
    # those parts are looked for in the PSA first, and the first batch is not known before.
    first = _first_batch(row) if not _flying(row) else ()
    marked: list[str] = []

    def mark_first() -> None:
        _mark_flying(row, first)
        marked.extend(first)

    psa_id = ensure_psa_ticket(ticket, with_opening=mark_first if first else None)
    if not psa_id:
        return _retry(row, now, "the PSA ticket could not be opened", [])
    return _post_missing(row, connection, psa, psa_id, now, marked)


def _first_batch(row: PsaWriteBack) -> tuple[str, ...]:
    """What _post_missing sends first: the note, the reply and the time entry together, else the close."""
    together = tuple(p for p in row.missing if p != P.CLOSE)
    return together or tuple(p for p in row.missing if p == P.CLOSE)


def _mark_flying(row: PsaWriteBack, parts: tuple[str, ...]) -> None:
    flying = _flying(row)
    row.in_flight = ",".join(flying + [p for p in parts if p not in flying])
    update_where(PsaWriteBack, {"pk": row.pk}, {"in_flight": row.in_flight})


def _post_missing(row: PsaWriteBack, connection: object, psa: PsaConnector, psa_id: str, now: datetime,
                  marked: list[str]) -> Attempt:
    accepted: list[str] = []
    # Only a part left in flight by an attempt that died may already be in the PSA: the parts this attempt marks
    # itself (`marked` already, with the PSA ticket it opened) are about to be sent, never sent yet, and are not
    # looked for.
    for part in [p for p in row.missing if p in _flying(row) and p not in marked]:
        try:
            found = _landed(psa, psa_id, row, part)
        except ConnectorError as exc:
            what = f"check whether the PSA has the {LABELS[P(part)]}"
            note_psa_failure(row.ticket, connection, what, exc)  # type: ignore[arg-type]
            return _retry(row, now, f"{what}: {exc}", accepted)
        if found:
            _accept(row, [part], psa_id, found=True)
            accepted.append(part)
    # The note, the reply and the time entry at once, then the close: the close hides the ticket, so it goes last.
    rest = row.missing
    together = tuple(p for p in rest if p != P.CLOSE)
    close = tuple(p for p in rest if p == P.CLOSE)
    for batch, then in ((together, close), (close, ())):
        if batch and (failed := _send(row, connection, psa, psa_id, batch, then, now, accepted)) is not None:
            return failed
    if not rest:  # nothing was left to post (the last part's acceptance ends the write-back otherwise)
        _move(row, W.DONE, last_error="")
    return Attempt(row.status, accepted)


def _send(row: PsaWriteBack, connection: object, psa: PsaConnector, psa_id: str, batch: tuple[str, ...],
          then: tuple[str, ...], now: datetime, accepted: list[str]) -> Attempt | None:
    """Post `batch`, each part its own call, all at once; None when the PSA accepted every one. `then` are marked
    in flight with the last acceptance when every part went in (they are sent next)."""
    if set(batch) - set(_flying(row)):  # before the calls: a death leaves them (already set by the last acceptance,
        _mark_flying(row, batch)        # or with the PSA ticket this attempt opened)
    calls = [_call(psa, psa_id, row, part) for part in batch]
    outcomes = map_in_threads(_outcome, calls, max_workers=len(calls), name="psa-writeback")
    crash = next((o for o in outcomes if o is not None and not isinstance(o, ConnectorError)), None)
    if crash is not None:  # not the PSA's answer (a bug, a worker stopping): as if the worker died mid-call
        raise crash
    ok = [part for part, outcome in zip(batch, outcomes, strict=True) if outcome is None]
    if ok:  # `then` go in flight with the acceptance of a full batch
        _accept(row, ok, psa_id, then=then if len(ok) == len(batch) else ())
        accepted.extend(ok)
    errors = [(part, o) for part, o in zip(batch, outcomes, strict=True) if isinstance(o, ConnectorError)]
    for part, exc in errors:
        note_psa_failure(row.ticket, connection, LABELS[P(part)], exc)  # type: ignore[arg-type]
    refused = {part for part, exc in errors if not exc.ambiguous}  # or never sent: the PSA does not have them
    if refused:
        row.in_flight = ",".join(p for p in _flying(row) if p not in refused)
        update_where(PsaWriteBack, {"pk": row.pk}, {"in_flight": row.in_flight})
    if not errors:
        return None
    part, exc = errors[0]
    what = LABELS[P(part)]
    if all(e.permanent and not e.ambiguous for _, e in errors):  # asking again would get the same answer
        end_writeback(row=row, to=W.FAILED, reason=f"{what}: {exc}")
        return Attempt(row.status, accepted, row.last_error)
    return _retry(row, now, f"{what}: {exc}", accepted)


def _outcome(call: Callable[[], object]) -> BaseException | None:
    """None when the PSA accepted the call, else what stopped it (the caller raises what is not the PSA's answer,
    in its own thread)."""
    try:
        call()
    except BaseException as exc:
        return exc
    return None


def end_writeback(*, row: PsaWriteBack, to: str, reason: str) -> bool:
    """Stop a write-back that will not finish (given up, or the ticket is a person's now). An internal note the PSA
    never took stays on the ticket's timeline for the technician; the reply does not (it may carry a link)."""
    if not _move(row, to, came_from=(W.PENDING, W.POSTING), last_error=reason[:2000]):
        return False
    if P.NOTE in row.missing and row.note:
        add_event(ticket=row.ticket, actor=ACTOR, kind="psa.unposted", message=row.note[:4000])
    record(actor=ACTOR, verb="psa.writeback_ended", obj=row.ticket, tenant=row.ticket.tenant, outcome="error",
           details={"writeback": row.pk, "status": to, "missing": row.missing, "reason": reason[:500]})
    return True
