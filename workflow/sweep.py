"""The sweep: every non-final state has an owner that moves it.

django-q2 only rings doorbells: a worker killed mid-task or a flushed Redis loses the ring, and nothing else would
move that ticket again. The sweep runs every minute and when a cluster starts (rallied/schedules.py), finds each
ticket whose expected next step is overdue (deadlines in settings, RALLIED_SWEEP_*), and rings that step again
through the same entry point the pipeline uses (workflow/tasks.py). Each entry point is idempotent, so a ring that
was not needed (a busy cluster, a slow step) is harmless:

- `received`: start it (start_ticket acts only on a ticket whose start lease is free);
- `triaged` / `awaiting_verification`: the start step died after triage or during the requester's verification
  (its lease lapsed, workflow/lifecycle.start_lease): start it again, which resumes where it stopped. A step begun
  RALLIED_SWEEP_MAX_START_ATTEMPTS times without finishing goes to a technician;
- every action ended but the ticket was not settled: settle it (its transitions are conditional);
- `writing_back` with no write-back under way: the settle that moved it there died before recording what goes to
  the PSA (rung once that settle's task can no longer be running, timed from the move: workflow/writeback.py), or
  the last attempt died between the PSA's answer and the ticket's resolution. Settle it again, which carries the
  write-back on from where it is. A write-back pending or posting belongs to `rallied.retry_writebacks`;
- the target's manager answered and nothing followed: follow the answer again;
- an action approved and never claimed, or executing past its lease: the reconciler's (playbooks/reconciler.py),
  left alone here; so is a ticket waiting for a technician (the expiry schedule closes its request in time);
- anything else open with nothing that will move it: escalated with the reason, and staff are told.

First, every pass chains the audit events left pending (a submission's, audit.services.deferred_chaining, and every
step's unit of work's) that no action's claim or finished ticket has chained since: for events whose ticket stops
(a worker killed, a doorbell lost, a ticket waiting on a person), this pass is all there is.

A doorbell still waiting in the broker is not rung twice (rallied.tasks.waiting_doorbells). A step rung
RALLIED_SWEEP_MAX_RINGS times that never moved is escalated instead of being rung forever.

Leader-safe: a pass holds the "sweep" lease (workflow/leases.py), so of two clusters, or a pass that overruns the
next, one does the work and the other returns at once. Each ring is also a conditional touch of the ticket's
`updated_at`, so a ticket is rung at most once per deadline whoever sweeps.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from approvals.choices import ConfirmationStatus, RequestStatus
from approvals.manager_models import ManagerConfirmation
from approvals.models import ApprovalRequest
from approvals.notify import notify_staff
from audit.services import chain_pending
from playbooks.choices import DONE_STATUSES, ActionStatus
from playbooks.models import Action
from rallied.logs import log_ids
from rallied.tasks import dispatch, waiting_doorbells
from tickets.choices import WRITEBACK_OPEN, TicketStatus
from tickets.models import PsaWriteBack, Ticket
from tickets.services import add_event
from workflow.escalation import escalate
from workflow.leases import lease_state, release_lease, take_lease
from workflow.lifecycle import START_STATUSES, start_lease, start_lease_seconds
from workflow.writeback import settle_may_be_running

log = logging.getLogger("rallied.sweep")
ACTOR = "system:sweep"
REDRIVE = "sweep.redrive"
BATCH = 200
LEASE = "sweep"
LEASE_SECONDS = 50  # under the one-minute period, so a pass killed with its worker delays the next by one at most
START, SETTLE = "workflow.tasks.start_ticket_task", "workflow.tasks.settle_ticket_task"
ANSWER = "workflow.tasks.follow_manager_answer_task"
RECONCILER_OWNS = {ActionStatus.APPROVED, ActionStatus.EXECUTING, ActionStatus.UNKNOWN_OUTCOME}
ANSWERS_KEPT = timedelta(days=1)  # an answer older than this was followed, or its approval has expired since


def stuck_after() -> timedelta:
    """How long an open ticket may be untouched before a person should look (the admin home, /health)."""
    minutes = int(getattr(settings, "RALLIED_STUCK_AFTER_MINUTES", 15))
    return max(timedelta(minutes=minutes), 2 * timedelta(seconds=int(settings.Q_CLUSTER.get("timeout", 90))))


def _seconds(name: str, default: int) -> timedelta:
    return timedelta(seconds=int(getattr(settings, name, default)))


def received_after() -> timedelta:
    return _seconds("RALLIED_SWEEP_RECEIVED_AFTER_SECONDS", 45)


def settle_after() -> timedelta:
    return _seconds("RALLIED_SWEEP_SETTLE_AFTER_SECONDS", 45)


def max_rings() -> int:
    return int(getattr(settings, "RALLIED_SWEEP_MAX_RINGS", 5))


def max_start_attempts() -> int:
    return int(getattr(settings, "RALLIED_SWEEP_MAX_START_ATTEMPTS", 3))


# -- what each ticket needs -----------------------------------------------------------------------------------


def diagnose(ticket: Ticket, *, now: datetime | None = None) -> tuple[str, str]:
    """("ok" | "start" | "settle" | "writeback" | "answer" | "escalate", why) for an open ticket whose deadline has
    passed."""
    now = now or timezone.now()
    if ticket.status in START_STATUSES:
        return _diagnose_start(ticket, now)
    if ticket.status == TicketStatus.WRITING_BACK:
        return _diagnose_writeback(ticket, now)
    actions = list(ticket.actions.select_related("approval").order_by("pk"))
    if any(a.status in RECONCILER_OWNS for a in actions):
        return "ok", "the reconciler settles its running actions"
    unfollowed = _unfollowed_answer(ticket, now)
    if unfollowed is not None:
        return "answer", f"the manager {unfollowed.status} the request, and nothing followed"
    waiting = [a for a in actions if a.status == ActionStatus.AWAITING_APPROVAL]
    if waiting:
        orphans = [a for a in waiting
                   if getattr(a, "approval", None) is None or a.approval.status != RequestStatus.OPEN]
        if not orphans:
            return "ok", "it waits for a technician's decision"
        return "escalate", f"{len(orphans)} action(s) wait for an approval nobody can give (no open request)"
    if actions and all(a.status in DONE_STATUSES for a in actions):
        return "settle", "every action ended but the ticket was not settled"
    return "escalate", f"it is '{ticket.status}' with no action that will move it"


def _diagnose_start(ticket: Ticket, now: datetime) -> tuple[str, str]:
    until, taken = lease_state(start_lease(ticket))
    if until is not None and until > now:
        return "ok", "its start step is running"
    if taken >= max_start_attempts():
        return "escalate", (f"its start step stopped at '{ticket.status}' {taken} times, each time before it "
                            "finished (a worker died or was stopped)")
    if ticket.status == TicketStatus.RECEIVED:
        return "start", "it was received but never started" if not taken else "its start step died before triage"
    if ticket.status == TicketStatus.TRIAGED:
        return "start", "its start step died after triage"
    return "start", "its start step died while verifying the requester"


def _diagnose_writeback(ticket: Ticket, now: datetime) -> tuple[str, str]:
    row = ticket.writebacks.filter(round=ticket.round).first()
    if row is not None and row.status in WRITEBACK_OPEN:
        return "ok", "its write-back to the PSA is under way (rallied.retry_writebacks)"
    if row is not None:
        return "writeback", f"its write-back ended ({row.status}) but the ticket was not moved on"
    if settle_may_be_running(ticket, now):
        return "ok", "the settle that began its write-back may still be recording it"
    return "writeback", "its settle died before recording what goes to the PSA"


def _unfollowed_answer(ticket: Ticket, now: datetime) -> ManagerConfirmation | None:
    """The manager's answer, when it is older than the deadline and was not carried out.

    `followed_at` is set in the transaction that applies the answer (workflow/manager_followup.py), so a follow-up
    whose worker died after deciding the actions again, but before applying that, is rung again; a mark on the
    timeline (that re-decision's verification) would have said it was followed.
    """
    return (ManagerConfirmation.objects.filter(
        ticket=ticket, status__in=[ConfirmationStatus.CONFIRMED, ConfirmationStatus.DECLINED], followed_at__isnull=True,
        decided_at__lt=now - settle_after(), decided_at__gt=now - ANSWERS_KEPT).order_by("-decided_at").first())


# -- the pass -------------------------------------------------------------------------------------------------


def overdue(now: datetime) -> list[Ticket]:
    """Open tickets past their state's deadline that something here might move, oldest first."""
    start_after = timedelta(seconds=start_lease_seconds())
    later = [TicketStatus.AWAITING_APPROVAL, TicketStatus.EXECUTING]
    writing_back = PsaWriteBack.objects.filter(ticket=OuterRef("pk"), round=OuterRef("round"),
                                               status__in=WRITEBACK_OPEN)
    reconciler_owns = Action.objects.filter(ticket=OuterRef("pk"), status__in=RECONCILER_OWNS)
    open_request = ApprovalRequest.objects.filter(action__ticket=OuterRef("pk"), status=RequestStatus.OPEN,
                                                  action__status=ActionStatus.AWAITING_APPROVAL)
    answered = ManagerConfirmation.objects.filter(
        ticket=OuterRef("pk"), status__in=[ConfirmationStatus.CONFIRMED, ConfirmationStatus.DECLINED],
        decided_at__gt=now - ANSWERS_KEPT)
    due = (Q(status=TicketStatus.RECEIVED, updated_at__lt=now - received_after())
           | Q(status__in=[TicketStatus.TRIAGED, TicketStatus.AWAITING_VERIFICATION],
               updated_at__lt=now - start_after)
           # Waiting for a technician or the reconciler is not overdue, however long: those have their own owners.
           | (Q(status__in=later, updated_at__lt=now - settle_after()) & ~Exists(reconciler_owns)
              & (~Exists(open_request) | Exists(answered)))
           # Waiting for the PSA: retry_writebacks owns a write-back under way; the sweep, one that never began or
           # whose end did not reach the ticket.
           | (Q(status=TicketStatus.WRITING_BACK, updated_at__lt=now - settle_after()) & ~Exists(writing_back)))
    return list(Ticket.objects.filter(due).select_related("tenant").order_by("updated_at")[:BATCH])


def sweep_stuck_tickets(*, now: datetime | None = None) -> dict[str, int]:
    """One pass, if no other pass holds the sweep's lease; returns how many tickets went which way.

    Keys: redriven (rung again), escalated, ok (nothing to do: its step runs, or its doorbell still waits in the
    broker), error (a bug; logged, the ticket comes back next pass), busy (1 when another pass held the lease).
    """
    now = now or timezone.now()
    counts: Counter[str] = Counter()
    token = take_lease(LEASE, seconds=LEASE_SECONDS, now=now)
    if token is None:
        counts["busy"] = 1
    else:
        try:
            _chain_pending_audit()
            _sweep(now, counts, stop_at=timezone.now() + timedelta(seconds=LEASE_SECONDS - 10))
        finally:
            release_lease(LEASE, token)
    if counts["redriven"] or counts["escalated"] or counts["error"]:
        log.info("sweep pass: %s", dict(counts))
    return {key: counts[key] for key in ("redriven", "escalated", "ok", "error", "busy")}


def _chain_pending_audit() -> None:
    """Chain the audit events left pending that no claim or finished ticket has chained (a worker killed, a doorbell
    lost, a ticket waiting): a pending event is unprotected, and verify_audit fails on one left too long."""
    try:
        chained = chain_pending()
    except Exception:  # the tickets' sweep still runs; the next pass tries again
        log.exception("sweep: chaining pending audit events")
        return
    if chained:
        log.info("sweep: chained %d pending audit event(s)", chained)


def _sweep(now: datetime, counts: Counter[str], *, stop_at: datetime) -> None:
    queued: set[tuple[str, tuple]] | None = None
    read = False  # the broker is read once a pass, and only when a ticket may need a ring
    for ticket in overdue(now):
        if timezone.now() > stop_at:  # past our lease: the next pass takes the rest
            break
        try:
            verdict, why = diagnose(ticket, now=now)
            if verdict == "escalate":
                counts[_escalate(ticket, why)] += 1
                continue
            task, args = _doorbell(ticket, verdict)
            if task is None:
                counts["ok"] += 1
                continue
            if not read:
                queued, read = waiting_doorbells(), True
            counts[_ring(ticket, task, args, why, now, queued)] += 1
        except Exception:  # one ticket's problem must not stop the sweep of the others
            log.exception("sweep: ticket %s", ticket.pk, extra=log_ids(ticket=ticket))
            counts["error"] += 1


def _doorbell(ticket: Ticket, verdict: str) -> tuple[str | None, tuple[int, ...]]:
    if verdict == "start":
        return START, (ticket.pk,)
    if verdict in ("settle", "writeback"):  # settle_ticket carries a write-back on (workflow/writeback.py)
        return SETTLE, (ticket.pk,)
    if verdict == "answer":
        answer = _unfollowed_answer(ticket, timezone.now())
        if answer is not None:
            return ANSWER, (answer.pk, int(answer.status == ConfirmationStatus.CONFIRMED))
    return None, ()


def _ring(ticket: Ticket, task: str, args: tuple[int, ...], why: str, now: datetime,
          queued: set[tuple[str, tuple]] | None) -> str:
    """Ring `task(*args)` again, unless its doorbell still waits in the broker or ringing has stopped helping.

    `queued` None: the broker holds more doorbells than waiting_doorbells reads, so any of them may be this one.
    Read as none waiting (as before), every ticket behind a burst was rung each deadline, adding duplicates behind
    the backlog, and escalated after max_rings() passes for "not moving" while it only waited its turn. Not ringing
    loses nothing: the next pass after the backlog drains below the limit rings what was really lost.
    """
    if queued is None or (task, args) in queued:
        return "ok"  # a busy cluster, not a lost doorbell
    since = ticket.round_started_at or ticket.received_at
    rung = ticket.events.filter(kind=REDRIVE, data__task=task, at__gte=since).count()
    if rung >= max_rings():
        return _escalate(ticket, f"{why}, and ringing it again {rung} times did not move it")
    with transaction.atomic():
        # Conditional on the value read, so of two overlapping sweeps only one rings, and the next waits a deadline.
        if not Ticket.objects.filter(pk=ticket.pk, updated_at=ticket.updated_at).update(updated_at=now):
            return "ok"
        add_event(ticket=ticket, actor=ACTOR, kind=REDRIVE, message=f"Rung again ({why}).",
                  data={"task": task, "ring": rung + 1})
        transaction.on_commit(lambda: dispatch(task, *args))
    return "redriven"


def _escalate(ticket: Ticket, why: str) -> str:
    reason = (f"No step was moving this ticket: {why}. Nothing more runs on its own for it; "
              "please take it from here.")
    with transaction.atomic():
        escalate(ticket, reason, actor=ACTOR)
        ticket.refresh_from_db(fields=["status", "escalation_reason"])
        if ticket.escalation_reason != reason:
            return "ok"  # it ended meanwhile
        notify_staff(tenant=ticket.tenant, subject=f"Ticket #{ticket.pk} was stuck and is escalated",
                     text=f"{ticket.subject[:120]}: {reason}", topic="ticket.stuck", obj=ticket)
    return "escalated"

