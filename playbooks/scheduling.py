"""Steps that run at the time the ticket asked for: "her last day is Friday, disable her at 5 pm", "starts Monday
1 December".

When the plan is made, an onboarding's or offboarding's actions get `not_before` from the intent's date and the
time the ticket names, in the tenant's time zone (rallied/when.py); a moment already past means now. Such an action
is decided and approved as usual, but once approved it is not run before its time:
- a django-q2 schedule (`Schedule`, ONCE at `not_before`, stored in the database, so it survives a restart of the
  cluster) rings the executor then; it is listed in the admin under Django Q's scheduled tasks, named after the
  ticket and the step. It is made with `repeats=-1`, django-q2's own "delete me once I rang": the scheduler queues
  the task and deletes the row in one transaction (with the ORM broker the queued task is in that same transaction;
  with Redis it is in Redis before the row goes), so a finished step leaves no row behind, and a row is still there
  for every step that has not been rung. Rows used up under the earlier `repeats=1` (kept with repeats 0) are
  cleared by the reconciler (`clear_used_schedules`);
- the executor and the reconciler's redelivery leave it alone until then (playbooks/sequence.turn_of);
- deleting that schedule (the admin, or playbooks/services.cancel_scheduled_action) cancels the step: it is
  rejected, never run, with an audit event, and the ticket goes to a technician with the rest of what it did;
- the PSA ticket gets one internal note saying it waits on a schedule, and until when.
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Q, Value
from django.db.models.functions import Cast, Concat
from django.utils import timezone
from django_q.models import Schedule

from audit.services import record
from playbooks.choices import ActionStatus
from playbooks.models import Action
from rallied.intents import Intent
from rallied.when import run_at, zone
from tickets.models import Ticket
from tickets.psa import write_back
from tickets.reads import TICKET_WITH_TENANT

log = logging.getLogger("rallied.scheduling")
EXECUTE = "playbooks.tasks.execute_action_task"
ACTOR = "system:scheduler"


def asked_time(ticket: Ticket, intent: Intent) -> datetime | None:
    """When an onboarding's or offboarding's steps run, from the intent's date and the time the ticket names, in
    the tenant's time zone; None: as soon as they may (no date, or a moment already past)."""
    if intent.kind not in ("onboarding", "offboarding") or not intent.when:
        return None
    text = f"{intent.text}\n{ticket.subject}\n{ticket.body}"
    return run_at(intent.when, text, leaving=intent.kind == "offboarding", time_zone=ticket.tenant.time_zone,
                  now=timezone.now())


def schedule_name(action: Action) -> str:
    # Not "rallied.": rallied/schedules.ensure_schedules removes undeclared schedules under that prefix.
    return f"ticket {action.ticket_id} action {action.pk}: {action.kind} {action.target}"[:100]


def _schedule_prefix(action_ref: str = "pk", ticket_ref: str = "ticket_id") -> Concat:
    """schedule_name's prefix ("ticket <id> action <id>:") as an SQL expression over an Action row."""
    return Concat(Value("ticket "), Cast(OuterRef(ticket_ref), CharField()), Value(" action "),
                  Cast(OuterRef(action_ref), CharField()), Value(":"), output_field=CharField())


def waiting_on_a_schedule(now: datetime | None = None) -> Q:
    """Tickets (a filter on Ticket) with a step that waits for a time still to come AND whose schedule is there to
    ring it: nothing is stuck about them, however long they sit untouched. A step whose schedule was lost, or whose
    time has passed with nothing run, does not count: the admin home shows that ticket as stuck until the reconciler
    has put it right (playbooks/reconciler.py restores the schedule or rings the executor)."""
    live = Schedule.objects.filter(name__startswith=_schedule_prefix()).exclude(repeats=0)
    future = Action.objects.filter(ticket=OuterRef("pk"), status=ActionStatus.APPROVED,
                                   not_before__gt=now or timezone.now()).filter(Exists(live))
    return Q(Exists(future))


def lost_schedules(now: datetime, limit: int = 200) -> list[Action]:
    """Approved steps waiting for a time still to come whose schedule is gone (deleted without the cancel path, e.g.
    a restored database or a raw delete): nothing would ring them at their time but the reconciler's redelivery."""
    live = Schedule.objects.filter(name__startswith=_schedule_prefix(ticket_ref="ticket_id")).exclude(repeats=0)
    return list(Action.objects.filter(status=ActionStatus.APPROVED, not_before__gt=now).filter(~Exists(live))
                .select_related("ticket", "ticket__tenant").order_by("pk")[:limit])


def _ring_once(action: Action) -> None:
    """The step's ONCE schedule at its time. repeats=-1, not 1: with a positive count django-q2 keeps the row (repeats
    0) after it rang, and every scheduled step of every ticket would stay in the table for good."""
    Schedule.objects.create(name=schedule_name(action), func=EXECUTE, args=str(action.pk),
                            schedule_type=Schedule.ONCE, repeats=-1, next_run=action.not_before)


def has_rung(schedule: Schedule) -> bool:
    """A schedule whose deletion is django-q2's cleanup after ringing (it set the task first), or a used-up row:
    deleting it cancels nothing (playbooks/services.schedule_deleted)."""
    return bool(schedule.task) or schedule.repeats == 0


def clear_used_schedules() -> int:
    """Delete the steps' schedules that rang under the earlier repeats=1 and were kept with repeats 0: they never
    ring again, and nothing reads them (a step's own rows and the audit trail say what ran)."""
    deleted, _ = Schedule.objects.filter(name__startswith="ticket ", repeats=0).delete()
    return deleted


def restore_schedule(action: Action) -> None:
    """The lost schedule again, as schedule_action made it (no second PSA note: the first still stands)."""
    _ring_once(action)
    record(actor=ACTOR, verb="action.schedule_restored", obj=action, tenant=action.ticket.tenant,
           details={"kind": action.kind, "target": action.target, "not_before": action.not_before.isoformat()})


def is_due(action: Action, now: datetime | None = None) -> bool:
    return action.not_before is None or action.not_before <= (now or timezone.now())


def local_time(action: Action) -> str:
    tz = action.ticket.tenant.time_zone or "UTC"
    return f"{action.not_before.astimezone(zone(tz)):%A %Y-%m-%d %H:%M} ({tz})" if action.not_before else ""


def schedule_action(action: Action) -> bool:
    """For an approved action whose time has not come: the schedule that runs it then (after this transaction
    commits), and the PSA note for the ticket's first. False when the action is due now."""
    if is_due(action):
        return False
    name = schedule_name(action)
    if not Schedule.objects.filter(name=name).exclude(repeats=0).exists():
        _ring_once(action)
    record(actor=ACTOR, verb="action.scheduled", obj=action, tenant=action.ticket.tenant,
           details={"kind": action.kind, "target": action.target, "not_before": action.not_before.isoformat()})
    # One note per ticket: no other step of it waits on a schedule yet. Not "no earlier step" (pk__lt): a step the
    # policy let run on its own is approved before the steps ahead of it that a technician approves later, and each
    # of those then posted the note again.
    first = not Action.objects.filter(ticket_id=action.ticket_id, status=ActionStatus.APPROVED,
                                      not_before__isnull=False).exclude(pk=action.pk).exists()
    if first:
        ticket_id, when = action.ticket_id, local_time(action)
        transaction.on_commit(lambda: _note_waiting(ticket_id, when))
    return True


def _note_waiting(ticket_id: int, when: str) -> None:
    ticket = TICKET_WITH_TENANT.get(pk=ticket_id)
    write_back(ticket, internal_note=(
        f"Waiting on a schedule: the approved steps will run on {when}, the time the ticket asked for, in the "
        f"client's time zone. Nothing runs before then. A technician can cancel a step before it runs in Rallied's "
        "review queue (Scheduled, Cancel); a service lead can also delete its schedule in the admin."))


def note_cancelled(ticket_id: int, step: str, when: str, why: str) -> None:
    """The PSA's internal note for a cancelled step: the PSA said the ticket waits on a schedule, so it must also
    say that this step will not run (the ticket goes to a technician with the rest once its other steps ended)."""
    ticket = TICKET_WITH_TENANT.get(pk=ticket_id)
    write_back(ticket, internal_note=(
        f"Scheduled step cancelled: {step}, which was to run at {when}, will not run ({why}). A technician takes "
        "over what it would have done once the ticket's other steps have ended."))


__all__ = ["asked_time", "clear_used_schedules", "has_rung", "is_due", "local_time", "lost_schedules", "note_cancelled",
           "restore_schedule", "schedule_action", "schedule_name", "waiting_on_a_schedule"]
