"""Every write to actions: planning from playbooks, transitions, the execution claim and outcomes."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django_q.models import Schedule

from audit.services import WRITE_AHEAD, record, unit_of_work
from playbooks.choices import ACTION_TRANSITIONS, DONE_STATUSES, ActionStatus, DecisionMode
from playbooks.models import Action, IntentPlan
from playbooks.planning import IntentDraft, handed_over_drafts, plan_drafts, plan_problem, ticket_intents
from playbooks.scheduling import ACTOR as SCHEDULER
from playbooks.scheduling import asked_time, is_due, local_time, note_cancelled, schedule_action, schedule_name
from playbooks.selectors import ACTION_WITH_TICKET, ACTION_WITH_TICKET_AND_APPROVAL
from playbooks.sequence import ring_next
from playbooks.signals import action_settled
from rallied.actors import Actor
from rallied.inserts import insert_skipping_taken
from rallied.kept_updates import update_where
from rallied.kinds import get_kind
from rallied.tasks import dispatch
from tickets.choices import TicketStatus
from tickets.models import Ticket
from tickets.secrets import put_aside_secret
from tickets.services import add_event

LEASE = timedelta(seconds=120)
log = logging.getLogger("rallied.actions")


class InvalidActionTransition(Exception):
    """A status change the action state machine does not allow."""


def plan_actions(*, ticket: Ticket, actor: Actor, resolved: dict[int, str] | None = None,
                 unresolved: dict[int, str] | None = None,
                 drafts: list[IntentDraft] | None = None) -> tuple[list[Action], str]:
    """Create the ticket's actions, intent by intent (playbooks/planning.py), and keep each intent's plan.

    Returns (actions, problem): problem is '' when at least one action was planned; an intent that could not be
    planned (or only partly) keeps its reason on its IntentPlan, and the ticket is escalated with it once the rest
    has run (workflow/lifecycle.settle_ticket). Idempotent: a resumed step gets the same rows. `resolved` and
    `unresolved` say what each intent's named person resolved to in the directory, or why not (plan_drafts).
    """
    if drafts is None:  # `drafts`: read by a caller that plans inside its own transaction (they read vendors)
        drafts = plan_drafts(ticket, resolved=resolved, unresolved=unresolved)
    problem = plan_problem(drafts)
    intents = ticket_intents(ticket)
    with unit_of_work():
        IntentPlan.objects.bulk_create([_intent_plan(ticket, draft) for draft in drafts], ignore_conflicts=True)
        actions = _create_actions(ticket, [
            Action(
                # A later round of the same ticket (the requester asked for something new) plans its own actions.
                idempotency_key=f"ticket:{ticket.pk}:{planned.key}"
                                + (f":round:{ticket.round}" if ticket.round else ""),
                ticket=ticket, kind=planned.kind, target=planned.params["target"], params=planned.params,
                intent=draft.index,
                # An onboarding or offboarding asked for a later time runs then (playbooks/scheduling.py).
                not_before=asked_time(ticket, intents[draft.index]) if draft.index < len(intents) else None)
            for draft in drafts for planned in draft.actions])
        if problem:
            return [], problem
        gaps = [g for d in drafts for g in d.gaps]
        names = ", ".join(sorted({d.playbook for d in drafts if d.playbook}))
        message = f"Playbook '{names}': " + ", ".join(a.kind for a in actions)
        if gaps:
            message += ". Left to a technician: " + " ".join(g.reason for g in gaps)
        add_event(ticket=ticket, actor=actor, kind="planned", message=message)
        record(actor=actor, verb="actions.planned", obj=ticket, tenant=ticket.tenant,
               details={"playbook": names, "actions": [a.kind for a in actions],
                        "not_planned": [g.to_dict() for g in gaps]})
    return actions, ""


def _intent_plan(ticket: Ticket, draft: IntentDraft) -> IntentPlan:
    return IntentPlan(ticket=ticket, round=ticket.round, index=draft.index, kind=draft.kind,
                      target=draft.target[:320], text=draft.text[:500], status=draft.status, reason=draft.reason,
                      gaps=[g.to_dict() for g in draft.gaps], handed_over=bool(draft.gaps))


def _create_actions(ticket: Ticket, wanted: list[Action]) -> list[Action]:
    """The planned actions as stored, in plan order: each created unless its idempotency key is taken (a resumed
    step, a racing duplicate: that row stands, as get_or_create kept it).

    One insert that skips what is there and returns what it wrote, then a read of only the rows it skipped (none,
    but for a resumed step or a racing duplicate): a get_or_create each cost a read, a savepoint, an insert and its
    release, and the read of every row after the insert one more statement (issue 17)."""
    if not wanted:
        return []
    written = insert_skipping_taken(wanted)
    if written is None:  # more rows than one statement holds: insert them, then read them all
        Action.objects.bulk_create(wanted, ignore_conflicts=True)
        written = []
    stored = {a.idempotency_key: a for a in written}
    skipped = [w.idempotency_key for w in wanted if w.idempotency_key not in stored]
    if skipped:
        stored.update({a.idempotency_key: a for a in Action.objects.filter(idempotency_key__in=skipped)})
    missing = [w.idempotency_key for w in wanted if w.idempotency_key not in stored]
    if missing:  # skipped for another reason than its key (never expected): not a plan to run half of
        raise IntegrityError(f"planned actions not stored: {', '.join(missing)}")
    for action in stored.values():
        action.ticket = ticket  # the caller's copy, with its tenant: no read of it per action later
    return [stored[w.idempotency_key] for w in wanted]


def hand_over_plan(*, ticket: Ticket, actor: Actor, why: str, resolved: dict[int, str] | None = None,
                   unresolved: dict[int, str] | None = None, read_licences: bool = True) -> None:
    """Keep each intent of a ticket handed to a technician before planning (playbooks/planning.handed_over_drafts):
    no action is created, but the escalation's note and reply can say, part by part, what was not done and why.
    Idempotent like plan_actions; a ticket that asks for nothing Rallied automates keeps no plan."""
    drafts = handed_over_drafts(plan_drafts(ticket, resolved=resolved, unresolved=unresolved,
                                            read_licences=read_licences), why)
    if not drafts:
        return
    with transaction.atomic():
        IntentPlan.objects.bulk_create([_intent_plan(ticket, draft) for draft in drafts], ignore_conflicts=True)
        record(actor=actor, verb="actions.not_planned", obj=ticket, tenant=ticket.tenant,
               details={"why": why[:500], "not_planned": [g.to_dict() for d in drafts for g in d.gaps]})


def transition_action(
    *,
    action: Action,
    to: str,
    actor: Actor,
    message: str = "",
    authority: str = "",
    details: dict[str, Any] | None = None,
    **fields: Any,
) -> bool:
    """Conditional update from the status we read; False if another worker got there first.

    The follow-up work is queued here, once the transition commits, so no caller can forget it: an action
    that becomes approved is queued to run, and one that reaches a done status sends `action_settled`
    (workflow/ settles its ticket; a failure also tells the technicians who approved it, approvals/notify.py).
    """
    old = action.status
    carried = action.__dict__.pop(_CARRIED, None) or {}  # a decision stored to ride on this move (store_decision)
    if to not in ACTION_TRANSITIONS.get(old, set()):
        # Refused only when the row is still as read; a row that moved meanwhile, or is already in `to`, is a lost
        # race (see tickets.services.transition_ticket), the quiet end of a duplicate delivery.
        if old == to or Action.objects.filter(pk=action.pk).exclude(status=old).exists():
            return _lost(action, old, to, carried)
        raise InvalidActionTransition(f"Action {action.pk}: {old} -> {to} is not allowed.")
    with unit_of_work():  # joins the caller's unit: its audit event is chained with the step's others
        # Its text kept once per shape (rallied/kept_updates.py): the same statement, not compiled per move.
        won = update_where(Action, {"pk": action.pk, "status": old},
                           {"status": to, "updated_at": timezone.now(), **carried, **fields})
        if won != 1:
            return _lost(action, old, to, carried)
        action.status = to
        for key, value in fields.items():
            setattr(action, key, value)
        add_event(ticket=action.ticket, actor=actor, kind=f"action.{to}", from_status=old, to_status=to,
                  message=f"{action.kind} {action.target}: {message}".strip(": "),
                  data={"action": action.pk})
        record(actor=actor, verb=f"action.{to}", obj=action, tenant=action.ticket.tenant, authority=authority,
               details={"kind": action.kind, "target": action.target, "from": old, "message": message[:500],
                        **(details or {})})
        _queue_follow_up(action, to)
    return True


def _lost(action: Action, old: str, to: str, carried: dict[str, Any] | None = None) -> bool:
    log.debug("action %s: %s -> %s lost the race (the row moved meanwhile)", action.pk, old, to)
    if carried:  # the decision is stored all the same, as its own update stored it before the move was tried
        Action.objects.filter(pk=action.pk).update(**carried)
    return False


def _queue_follow_up(action: Action, status: str) -> None:
    # The idempotency key is set when the action is created and never changes: it goes with the signal, so a
    # receiver that tells undo actions from others (workflow/undo.on_action_settled) need not read it (issue 17).
    action_id, ticket_id, key = action.pk, action.ticket_id, action.idempotency_key
    if status == ActionStatus.APPROVED:
        if schedule_action(action):  # the ticket asked for a later time: its schedule rings it then
            return
        transaction.on_commit(lambda: dispatch("playbooks.tasks.execute_action_task", action_id))
    elif status in DONE_STATUSES:
        ring_next(action)  # a step of a sequence (an onboarding) lets the next one start
        transaction.on_commit(lambda: action_settled.send(sender=Action, action_id=action_id, ticket_id=ticket_id,
                                                          status=status, idempotency_key=key))


def canonicalise_action(*, action: Action, actor: Actor, target: str, params: dict[str, Any],
                        notes: list[str] | tuple[str, ...] = ()) -> bool:
    """Keep the directory's own spelling of the action's target, group and mailbox (what connectors are handed).

    Returns whether anything changed; the old and new values go on the timeline and into the audit trail.
    """
    if target == action.target and params == action.params:
        return False
    before = {"target": action.target, "params": action.params}
    with transaction.atomic():
        Action.objects.filter(pk=action.pk).update(target=target, params=params, updated_at=timezone.now())
        action.target, action.params = target, params
        message = " ".join(notes) or f"{before['target']} is {target} in the directory."
        add_event(ticket=action.ticket, actor=actor, kind="action.resolved", data={"action": action.pk},
                  message=f"{action.kind}: {message}")
        record(actor=actor, verb="action.resolved", obj=action, tenant=action.ticket.tenant,
               details={"kind": action.kind, "from": before, "to": {"target": target, "params": params}})
    return True


# The attribute holding a decision that rides on the action's next move (store_decision's `carried`).
_CARRIED = "decision_carried"


def store_decision(*, action: Action, actor: Actor, decision: Any, reason: str = "", carried: bool = False) -> None:
    """Keep the policy's decision on the action (mode, reasons, flags), with what caused it on the timeline.

    `carried`: the caller moves the action in the same unit of work next (redecide's `then`): the decision is
    written by that move's conditional update (transition_action), or by its own update there when the move is
    lost, instead of an update before it (issue 17); save_carried_decision writes one that nothing moved. The rows
    are locked in the same order either way."""
    flags = list(getattr(decision, "flags", ()))
    values = {"decision": decision.mode, "reasons": list(decision.reasons), "flags": flags}
    if carried:
        action.__dict__[_CARRIED] = values
    else:
        Action.objects.filter(pk=action.pk).update(**values)
    action.decision, action.reasons, action.flags = decision.mode, list(decision.reasons), flags
    if reason:
        add_event(ticket=action.ticket, actor=actor, kind="action.redecided", data={"action": action.pk},
                  message=f"{action.kind} {action.target} decided again ({reason}): {decision.label}")


def save_carried_decision(action: Action) -> None:
    """Write a decision stored with `carried` that no move of the action took (see store_decision)."""
    values = action.__dict__.pop(_CARRIED, None)
    if values:
        Action.objects.filter(pk=action.pk).update(**values)


def route_decided_action(*, action: Action, actor: Actor, decision: Any) -> None:
    """Move a proposed action to where its stored decision leads."""
    if decision.plan_mode:
        to = ActionStatus.PLANNED
    elif decision.mode == DecisionMode.FORBIDDEN:
        to = ActionStatus.BLOCKED
    elif decision.mode == DecisionMode.APPROVAL:
        to = ActionStatus.AWAITING_APPROVAL
    else:
        to = ActionStatus.APPROVED
    transition_action(action=action, to=to, actor=actor, message="; ".join(decision.reasons),
                      authority="policy", details={"decision": decision.label})


def claim_action(*, action_id: int, actor: Actor) -> Action | None:
    """approved -> executing with a lease, and the audit "intent" event, in one transaction.

    Only the caller that wins this conditional update may call the vendor. No intent, no call. A kind whose secret
    Rallied picks (a temporary password) gets it generated and stored encrypted in the same transaction, so the
    secret exists before the vendor can apply it: a worker that dies after the write leaves it for the reconciler
    to deliver (playbooks/reconciler.py) instead of a reset nobody can hand over.
    """
    now = timezone.now()
    with unit_of_work(chain=WRITE_AHEAD):  # the intent is a link of the chain before the vendor call
        # Never for a ticket a person has taken over in the PSA (tickets/updates.py): it runs nothing more.
        # Filtered on the action's own ticket_id, never through a join (`ticket__status`): a join turns the UPDATE
        # into `id IN (SELECT ...)`, whose status test PostgreSQL evaluates on the statement's snapshot, so every
        # worker blocked on the winner's row lock re-claimed it after the commit (8 resets from 50 deliveries).
        taken_over = Ticket.objects.filter(status=TicketStatus.TAKEN_OVER).values("pk")
        won = Action.objects.filter(pk=action_id, status=ActionStatus.APPROVED).exclude(
            ticket_id__in=taken_over).update(
            status=ActionStatus.EXECUTING, lease_until=now + LEASE, attempts=F("attempts") + 1, updated_at=now
        )
        if won != 1:
            return None
        # The approval request (if any) in the same read: the intent's authority names who approved.
        action = ACTION_WITH_TICKET_AND_APPROVAL.get(pk=action_id)
        add_event(ticket=action.ticket, actor=actor, kind="action.executing", from_status=ActionStatus.APPROVED,
                  to_status=ActionStatus.EXECUTING, message=f"{action.kind} {action.target}: starting",
                  data={"action": action.pk})
        # The row put aside goes with the claim to the executor's call right after this commit, not read back there
        # (issue 17): nothing else touches it while the claim's lease holds (the reconciler waits for the lease).
        action.claimed_secret = None
        if get_kind(action.kind).secret_chosen_first:
            action.claimed_secret = put_aside_secret(ticket=action.ticket, action=action, kind=action.kind)
        put_aside = action.claimed_secret.pk if action.claimed_secret is not None else None
        record(actor=actor, verb="action.intent", obj=action, tenant=action.ticket.tenant,
               authority=_authority(action), details={"kind": action.kind, "target": action.target,
                                                      "params": action.params, "attempt": action.attempts,
                                                      **({"one_time_row": put_aside} if put_aside else {})})
    return action


def _authority(action: Action) -> str:
    approval = getattr(action, "approval", None)
    # The request's status vocabulary lives in approvals/, above this layer: its value is read, not its enum.
    if approval is not None and approval.status == "approved":
        reviewers = ", ".join(r.reviewer.get_username() for r in approval.reviews.all())
        return f"approved by {reviewers}"
    return "autonomy policy: " + "; ".join(action.reasons)[:250]


def still_unknown(*, action: Action, actor: Actor, error: str) -> bool:
    """A repeat that was ambiguous again: the action stays `unknown_outcome`, free for the reconciler's next pass."""
    with transaction.atomic():
        won = Action.objects.filter(pk=action.pk, status=ActionStatus.UNKNOWN_OUTCOME).update(
            lease_until=None, error=error[:2000], updated_at=timezone.now())
        if won != 1:
            return False
        action.lease_until, action.error = None, error[:2000]
        add_event(ticket=action.ticket, actor=actor, kind="action.unknown_outcome", data={"action": action.pk},
                  message=f"{action.kind} {action.target}: still unknown after attempt {action.attempts}: {error}")
        record(actor=actor, verb="action.still_unknown", obj=action, tenant=action.ticket.tenant,
               outcome="unknown", details={"kind": action.kind, "target": action.target,
                                           "attempt": action.attempts, "error": error[:500]})
    return True


def cancel_scheduled_action(*, actor: Actor, action: Action, why: str = "its schedule was cancelled") -> bool:
    """Cancel an approved step that waits for its time: rejected, never run, audited; its schedule removed."""
    if action.status != ActionStatus.APPROVED or is_due(action):
        return False
    with transaction.atomic():
        won = transition_action(action=action, to=ActionStatus.REJECTED, actor=actor,
                                message=f"Not run: {why} (it was to run at {local_time(action)}).")
        if won:
            record(actor=actor, verb="action.schedule_cancelled", obj=action, tenant=action.ticket.tenant,
                   details={"kind": action.kind, "target": action.target, "why": why})
            step, when = f"{get_kind(action.kind).label} for {action.target}", local_time(action)
            transaction.on_commit(lambda: note_cancelled(action.ticket_id, step, when, why))
        Schedule.objects.filter(name=schedule_name(action)).delete()  # after: its signal then finds it rejected
    return won


def schedule_deleted(name: str) -> None:
    """A schedule was deleted (the admin): the step it would have run is cancelled, if it still waits."""
    if not name.startswith("ticket ") or " action " not in name:
        return
    try:
        action_id = int(name.split(" action ", 1)[1].split(":", 1)[0])
    except ValueError:
        return
    action = ACTION_WITH_TICKET.first(pk=action_id)
    if action is not None and action.status == ActionStatus.APPROVED and not is_due(action):
        cancel_scheduled_action(actor=SCHEDULER, action=action, why="its schedule was deleted")
