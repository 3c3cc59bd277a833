"""Undo a succeeded action: the one service the review queue, the REST API and the admin all call.

`undo_action` checks who asks (tenants/access.can_undo: a technician of the action's tenant), plans the inverse from
the before-state recorded when the action ran (playbooks/undo.py), creates the undo as an action of the same ticket
(once: its idempotency key is `undo:<id>`), and decides it through the one re-decision function like any action, so
the safety floor and the tenant's policy apply: re-adding someone to a protected group waits for a technician's
approval, re-adding them to an admin group is refused. The undo then runs through the executor's claim, intent event
and reconciler. When it succeeds, `finish_undo` marks the original `undone`, with its audit event, a timeline row and
a PSA note; when it ends otherwise, the PSA note says the change is still in place.

Only a settled ticket's actions are undone (resolved, escalated, taken over): while the ticket's own actions still
run, an undo would race its settlement, so the technician waits for it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from approvals.services import open_approval_request
from audit.services import record
from playbooks.choices import ActionStatus, DecisionMode
from playbooks.models import Action
from playbooks.services import route_decided_action, transition_action
from playbooks.undo import (
    RETRYABLE,
    NotUndoable,
    create_undo_action,
    discard_undecided,
    undo_of,
    undo_plan,
    undone_action_id,
)
from rallied.actors import Actor
from rallied.kinds import get_kind
from tenants import access
from tickets.choices import FINAL_STATUSES
from tickets.psa import write_back
from tickets.services import add_event
from workflow.decisions import redecide

log = logging.getLogger("rallied.undo")
ACTOR = "system:undo"


class UndoRefused(Exception):
    """The undo was not requested; the message says why (shown to the technician as it is)."""

    def __init__(self, message: str, *, forbidden: bool = False) -> None:
        super().__init__(message)
        self.forbidden = forbidden  # who asked may not undo here (the API answers 403, not 400)


@dataclass(frozen=True)
class UndoRequest:
    undo: Action  # the undo action, in the status its decision led to
    created: bool  # False: it had been requested before, and nothing was written now
    message: str


def _name(actor: Actor) -> str:
    return str(getattr(actor, "get_username", lambda: actor)())


def undo_action(*, actor: Actor, action: Action, reason: str) -> UndoRequest:
    """Request the undo of `action` for `actor` (a technician of its tenant), with `reason` for the record."""
    reason = (reason or "").strip()
    if not access.can_undo(actor, action.ticket.tenant_id):
        raise UndoRefused("Only a technician of this client can undo its actions.", forbidden=True)
    if not reason:
        raise UndoRefused("An undo needs a reason: it goes to the ticket, the audit trail and the PSA.")
    action.refresh_from_db()
    existing = undo_of(action)
    if existing is not None and existing.status not in RETRYABLE:
        # Asked twice (a double click, two technicians): the first request stands. One that ended without running
        # (refused, rejected, expired, failed) may be asked for again: a new attempt, decided afresh.
        return UndoRequest(existing, False, f"The undo was requested already ({_said(existing)}); nothing more "
                                            "was done.")
    try:
        plan = undo_plan(action)
    except NotUndoable as exc:
        raise UndoRefused(str(exc)) from exc
    ticket = action.ticket
    ticket.refresh_from_db(fields=["status"])
    if ticket.status not in FINAL_STATUSES:
        raise UndoRefused(f"The ticket is still {ticket.get_status_display().lower()}: undo its actions once it has "
                          "settled.")
    undo, created = create_undo_action(action=action, actor=actor, plan=plan, reason=reason)
    if not created:
        return UndoRequest(undo, False, f"The undo was requested already ({_said(undo)}); nothing more was done.")
    try:
        decision = redecide(ticket=ticket, actions=[undo], actor=actor,
                            reason=f"undo of action #{action.pk} requested by {_name(actor)}")[undo.pk]
    except Exception as exc:  # e.g. the directory did not answer: nothing ran, and the request must not stick
        log.warning("undo %s of action %s could not be decided: %s", undo.pk, action.pk, type(exc).__name__)
        discard_undecided(undo=undo, actor=actor, why=f"{type(exc).__name__}: {str(exc)[:300]}")
        raise UndoRefused(f"The undo could not be decided ({type(exc).__name__}); nothing was changed. Try again "
                          "in a moment.") from exc
    with transaction.atomic():
        route_decided_action(action=undo, actor=actor, decision=decision)
        if decision.mode == DecisionMode.APPROVAL and not decision.plan_mode:
            open_approval_request(action=undo, actor=actor, decision=decision)
        note = _requested_note(action, undo, plan.summary, reason, actor, decision)
        transaction.on_commit(lambda: write_back(ticket, internal_note=note))
    undo.refresh_from_db()
    return UndoRequest(undo, True, f"Undo requested: {plan.summary} ({_said(undo)}).")


def _said(undo: Action) -> str:
    if undo.status == ActionStatus.AWAITING_APPROVAL:
        return "it waits for a technician's approval"
    if undo.status == ActionStatus.BLOCKED:
        return "refused: " + "; ".join(undo.reasons or [])
    return undo.get_status_display().lower()


def _requested_note(action: Action, undo: Action, summary: str, reason: str, actor: Actor, decision: Any) -> str:
    lines = [f"Rallied: {_name(actor)} asked to undo '{get_kind(action.kind).label}' for {action.target}: {summary}.",
             f"Reason given: {reason}",
             f"Decision: {decision.label}" + (f" ({'; '.join(decision.reasons)})" if decision.reasons else "")]
    return "\n".join(lines)


def finish_undo(undo_id: int) -> str:
    """An undo action ended: on success its original becomes `undone`; either way the PSA hears the outcome.
    Idempotent: a second ring finds the original undone already and writes nothing."""
    undo = Action.objects.select_related("ticket", "ticket__tenant").filter(pk=undo_id).first()
    original_id = undone_action_id(undo) if undo is not None else None
    if undo is None or original_id is None:
        return "not-an-undo"
    original = Action.objects.select_related("ticket", "ticket__tenant").filter(pk=original_id).first()
    if original is None:
        return "gone"
    ticket = undo.ticket
    if undo.status == ActionStatus.SUCCEEDED:
        if original.status != ActionStatus.SUCCEEDED:
            return original.status  # marked already (a repeated doorbell)
        with transaction.atomic():
            if not transition_action(action=original, to=ActionStatus.UNDONE, actor=ACTOR,
                                     message=f"undone by action #{undo.pk} ({undo.kind})",
                                     details={"undo_action": undo.pk, "undo_kind": undo.kind,
                                              "restored": original.before_state}):
                return original.status
            note = (f"Rallied: undone: '{get_kind(original.kind).label}' for {original.target}. "
                    f"{get_kind(undo.kind).label} ran and the directory shows the state from before the change.")
            transaction.on_commit(lambda: write_back(ticket, internal_note=note))
        return ActionStatus.UNDONE
    if undo.status in (ActionStatus.FAILED, ActionStatus.BLOCKED, ActionStatus.REJECTED, ActionStatus.EXPIRED,
                       ActionStatus.WITHDRAWN):
        with transaction.atomic():
            if ticket.events.filter(kind="action.undo_not_done", data__undo=undo.pk).exists():
                return undo.status
            why = undo.error or "; ".join(undo.reasons or []) or undo.get_status_display()
            message = (f"The undo of {original.kind} {original.target} did not run ({undo.get_status_display()}): "
                       f"{why}. The change is still in place.")
            add_event(ticket=ticket, actor=ACTOR, kind="action.undo_not_done", message=message,
                      data={"action": original.pk, "undo": undo.pk})
            record(actor=ACTOR, verb="action.undo_not_done", obj=original, tenant=ticket.tenant, outcome="failure",
                   details={"undo_action": undo.pk, "status": undo.status, "why": why[:500]})
            transaction.on_commit(lambda: write_back(ticket, internal_note=f"Rallied: {message}"))
    return undo.status


def finish_undo_task(undo_id: int) -> str:
    """django-q2 entry point, rung by `on_action_settled` for an undo action."""
    return finish_undo(undo_id)


def on_action_settled(sender: Any, *, action_id: int, idempotency_key: str, **kwargs: Any) -> None:
    """Rings `finish_undo_task` for undo actions only (every action settles here). The key comes with the signal
    from its one sender (playbooks.services._queue_follow_up), so nothing is read."""
    from rallied.tasks import dispatch

    if idempotency_key.startswith("undo:"):
        dispatch("workflow.undo.finish_undo_task", action_id)


def connect() -> None:
    from playbooks.signals import action_settled

    action_settled.connect(on_action_settled, dispatch_uid="workflow.undo_settled")
