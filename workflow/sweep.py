"""The sweep: no ticket stays open without something that will move it.

Every few minutes (rallied/schedules.py) it looks at open tickets nobody has touched for `stuck_after()` and asks
what would move each one. A step that is running cannot be that old: django-q2 stops a task after Q_CLUSTER's
`timeout`, and the threshold is at least twice that. So a ticket past it is waiting on something, or on nothing:

- waiting on a technician (an open approval request, which the expiry schedule closes in time) or on the
  reconciler (an action approved, executing or of unknown outcome: playbooks/reconciler.py): left alone;
- `received` (its start was lost with a broker or a worker): started again, at most MAX_REDRIVES times;
- every action ended but the ticket was not settled (the settle was lost): settled again, at most MAX_REDRIVES
  times;
- anything else (`triaged` or `awaiting_verification` after the step that held it ended, an action waiting with no
  approval request): escalated with the reason, and staff are told.

Idempotent: a re-drive is a conditional touch of `updated_at` (only one of two overlapping sweeps wins it, and the
next sweep waits another threshold), an escalation moves the ticket to a final status, and a second run over the
same tickets changes nothing.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from approvals.choices import RequestStatus
from approvals.notify import notify_staff
from playbooks.choices import DONE_STATUSES, ActionStatus
from rallied.logs import log_ids
from rallied.tasks import dispatch
from tickets.choices import OPEN_STATUSES, TicketStatus
from tickets.models import Ticket
from tickets.services import add_event
from workflow.escalation import escalate

log = logging.getLogger("rallied.sweep")
ACTOR = "system:sweep"
MAX_REDRIVES = 2
BATCH = 200
REDRIVE = "sweep.redrive"
START, SETTLE = "workflow.tasks.start_ticket_task", "workflow.tasks.settle_ticket_task"
RECONCILER_OWNS = {ActionStatus.APPROVED, ActionStatus.EXECUTING, ActionStatus.UNKNOWN_OUTCOME}


def stuck_after() -> timedelta:
    minutes = int(getattr(settings, "RALLIED_STUCK_AFTER_MINUTES", 15))
    return max(timedelta(minutes=minutes), 2 * timedelta(seconds=int(settings.Q_CLUSTER.get("timeout", 90))))


def _queued(ticket_id: int, task: str) -> bool:
    """Is this step already waiting in the ORM broker's queue (a busy cluster, not a lost doorbell)?

    Only the ORM broker can be read; with Redis a lost doorbell and a queued one look alike, and a re-drive is
    safe either way: start_ticket acts only on a `received` ticket and settle_ticket's transitions are conditional.
    """
    if settings.RALLIED_BROKER != "orm":
        return False
    from django_q.models import OrmQ

    for row in OrmQ.objects.all()[:1000]:
        payload = row.task
        if payload.get("func") == task and list(payload.get("args") or [])[:1] == [ticket_id]:
            return True
    return False


def diagnose(ticket: Ticket) -> tuple[str, str]:
    """("ok" | "start" | "settle" | "escalate", why) for an open ticket nobody has touched for a while."""
    if ticket.status == TicketStatus.RECEIVED:
        return "start", "it was received but never started"
    if ticket.status in (TicketStatus.TRIAGED, TicketStatus.AWAITING_VERIFICATION):
        return "escalate", f"it stopped at '{ticket.status}': the step that was taking it further ended unfinished"
    actions = list(ticket.actions.select_related("approval").order_by("pk"))
    if any(a.status in RECONCILER_OWNS for a in actions):
        return "ok", "the reconciler settles its running actions"
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


def _redrive(ticket: Ticket, task: str, why: str, now: datetime) -> str:
    tried = ticket.events.filter(kind=REDRIVE).count()
    if tried >= MAX_REDRIVES:
        return _escalate(ticket, f"{why}, and re-driving it {tried} times did not help")
    if _queued(ticket.pk, task):
        return "ok"
    with transaction.atomic():
        # Conditional on the value read, so of two overlapping sweeps only one rings.
        if not Ticket.objects.filter(pk=ticket.pk, updated_at=ticket.updated_at).update(updated_at=now):
            return "ok"
        add_event(ticket=ticket, actor=ACTOR, kind=REDRIVE, message=f"Re-driven ({why}).", data={"task": task})
        transaction.on_commit(lambda: dispatch(task, ticket.pk))
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


def sweep_stuck_tickets(*, now: datetime | None = None) -> dict[str, int]:
    """Re-drive or escalate open tickets untouched for `stuck_after()`; returns how many of each (and left ok)."""
    now = now or timezone.now()
    stale = (Ticket.objects.filter(status__in=OPEN_STATUSES, updated_at__lt=now - stuck_after())
             .select_related("tenant").order_by("updated_at")[:BATCH])
    counts: Counter[str] = Counter()
    for ticket in stale:
        try:
            verdict, why = diagnose(ticket)
            if verdict == "start":
                counts[_redrive(ticket, START, why, now)] += 1
            elif verdict == "settle":
                counts[_redrive(ticket, SETTLE, why, now)] += 1
            elif verdict == "escalate":
                counts[_escalate(ticket, why)] += 1
            else:
                counts["ok"] += 1
        except Exception:  # one ticket's problem must not stop the sweep of the others
            log.exception("sweep: ticket %s", ticket.pk, extra=log_ids(ticket=ticket))
            counts["error"] += 1
    return {"redriven": counts["redriven"], "escalated": counts["escalated"], "ok": counts["ok"],
            "error": counts["error"]}
