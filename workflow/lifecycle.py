"""The path of a ticket: start (triage, plan, decide, route) and settle (once its actions have ended).

`start_ticket` runs once per ticket (a doorbell that rings twice finds it no longer `received`).
`settle_ticket` runs whenever an action ends (playbooks' `action_settled`); only the caller whose conditional
transition wins writes back to the PSA, so two actions finishing together don't reply twice. The ticket is resolved
once the PSA accepted the reply and the close (workflow/writeback.py), not before.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from approvals.choices import RequestStatus
from approvals.kill_switch import check_refusals
from approvals.manager_link import request_manager_confirmation
from approvals.policy import Decision
from approvals.services import close_request, open_approval_request
from audit.services import record, unit_of_work
from playbooks.choices import DONE_STATUSES, PENDING_STATUSES, ActionStatus, DecisionMode
from playbooks.models import Action
from playbooks.onboarding import is_copied
from playbooks.planning import plan_drafts
from playbooks.selectors import DONE, intent_outcomes, round_actions
from playbooks.services import hand_over_plan, plan_actions, route_decided_action, transition_action
from rallied.connectors import ConnectorError, IdentityConnector
from tenants.models import Tenant
from tickets.choices import FINAL_STATUSES, TicketStatus
from tickets.models import Ticket
from tickets.psa import look_before_writing, write_back
from tickets.reads import TICKET_WITH_TENANT
from tickets.services import add_event, save_triage, transition_ticket
from tickets.triage import ACTION_CATEGORIES, triage
from tickets.triage.rules import INJECTION_REASON
from workflow import messages
from workflow.choices import ReplyStage
from workflow.decisions import directory_snapshot, identity_provider, redecide
from workflow.delivery import hold_for_technician
from workflow.diagnostics import diagnose_if_slow
from workflow.escalation import escalate, escalate_if_psa_ticket_foreign
from workflow.leases import release_lease, take_counted_lease
from workflow.reentry import follow_waiting
from workflow.replies import send_reply
from workflow.targets import resolve_intent_targets
from workflow.writeback import begin_resolution, resume_writeback

log = logging.getLogger("rallied.pipeline")
ACTOR = "system:pipeline"
HANDED_OVER = "takeover.withdrawn"  # the timeline row withdraw_for_takeover writes once per takeover


def triage_engine() -> str:
    return "llm" if settings.ANTHROPIC_API_KEY and settings.RALLIED_LLM_MODEL else "rules"


# A start step may be rung again (a duplicate delivery, the sweep) while it runs, or resumed after its worker died.
START_STATUSES = {TicketStatus.RECEIVED, TicketStatus.TRIAGED, TicketStatus.AWAITING_VERIFICATION}


def start_lease(ticket: Ticket) -> str:
    """The lease a start step holds on its ticket (one per round: a new request starts afresh)."""
    return f"start:{ticket.pk}:{ticket.round}"


@dataclass
class _HeldLease:
    name: str
    token: str
    given_back: bool = False


# The start lease this task holds, for the step's last unit of work (the route) to give back in its commit, one
# commit fewer than a release of its own (issue 17). start_ticket's `finally` gives it back otherwise.
_start_lease: ContextVar[_HeldLease | None] = ContextVar("rallied_start_lease", default=None)


def start_lease_seconds() -> float:
    """Longer than a start step can run: django-q2 kills a task at Q_CLUSTER's timeout (10 s for its guard)."""
    return float(settings.Q_CLUSTER.get("timeout") or 90) + 10


def start_ticket(ticket_id: int) -> str:
    """Take a ticket as far as it can safely go, from `received` or from where a dead worker left it. Returns the
    ticket's status afterwards.

    Only the holder of the ticket's start lease works on it, so a second ring while the step runs (a push may wait a
    minute for the requester's phone) does nothing; a ring after the holder died resumes: a `triaged` ticket is
    planned from its stored triage, an `awaiting_verification` one is verified and decided again.
    """
    ticket = TICKET_WITH_TENANT.get(pk=ticket_id)
    if ticket.status not in START_STATUSES:
        return ticket.status
    lease = start_lease(ticket)
    token, taken = take_counted_lease(lease, seconds=start_lease_seconds())
    if token is None:
        return ticket.status  # another worker is on it
    held = _HeldLease(lease, token)
    holding = _start_lease.set(held)
    try:
        # A worker that held this round's lease before (taken > 1) may have moved it on between the read and the
        # lease: read it again. Its tenant is read again with it: a bare refresh drops the tenant select_related
        # brought, and the first transition then read it alone (issue 17). The first taker reads nothing again
        # (issue 17): no start step ran on this round before it, and whatever else moves the ticket (a technician)
        # can do so after any read, so the step's writes are conditional on the status they start from.
        if taken > 1:
            ticket.refresh_from_db(from_queryset=Ticket.objects.select_related("tenant"))
        if ticket.status == TicketStatus.RECEIVED:
            return _triage_ticket(ticket)
        if ticket.status == TicketStatus.TRIAGED:
            return _plan_ticket(ticket)
        if ticket.status == TicketStatus.AWAITING_VERIFICATION:
            return _verify_and_route(ticket, _undecided(ticket))
        return ticket.status
    finally:
        _start_lease.reset(holding)
        if not held.given_back:
            release_lease(lease, token)


def _triage_ticket(ticket: Ticket) -> str:
    # Before any work: a PSA ticket number that is not this tenant's and this requester's stops the ticket here.
    refused = escalate_if_psa_ticket_foreign(ticket, actor=ACTOR)
    if refused:
        return refused
    result = triage(ticket.subject, ticket.body, engine=triage_engine())
    if not save_triage(ticket=ticket, actor="ai:triage" if result.engine == "llm" else "system:triage",
                       result=result.to_dict()):
        # A duplicate delivery: another worker triaged this ticket first and owns the rest of its start.
        ticket.refresh_from_db(fields=["status"])
        return ticket.status
    return _plan_ticket(ticket)


def _plan_ticket(ticket: Ticket) -> str:
    """From a triaged ticket (its triage stored on it, so a resumed step reads the same): plan, then verify."""
    stored = ticket.triage or {}
    if ticket.category not in ACTION_CATEGORIES or stored.get("needs_human"):
        reason = stored.get("reason") or f"Category '{ticket.category}' is handled by a technician."
        diagnose_if_slow(ticket, actor=ACTOR)  # a slow computer's figures from the RMM, for the note
        _hand_over_intents(ticket, reason)
        status = escalate(ticket, reason, actor=ACTOR, triage_note=True)
        check_refusals(tenant=ticket.tenant)  # text aimed at the system is a refused attempt, action or not
        return status

    # One directory snapshot for the step (issue 17): a colleague looked up by name here is the target the decision
    # below resolves and verifies, read once for both.
    directory = directory_snapshot(ticket)
    resolved, unresolved = resolve_intent_targets(ticket, actor=ACTOR, idp=directory)
    # Idempotent: a resumed step gets the same rows. An intent whose person did not resolve is a technician's (never
    # the requester by default); the others still run, and with none left the ticket is escalated with why.
    # The drafts read the directory (licences, a leaver's facts), so before the transaction: no lock is held across a
    # vendor call (SQLite's lock is the whole database's). Then the plan and the move to verification in one commit.
    drafts = plan_drafts(ticket, resolved=resolved, unresolved=unresolved)
    with unit_of_work():
        actions, problem = plan_actions(ticket=ticket, actor=ACTOR, drafts=drafts)
        moved = not problem and transition_ticket(ticket=ticket, to=TicketStatus.AWAITING_VERIFICATION, actor=ACTOR,
                                                  message="Checking the requester against the directory.")
    if problem:
        return escalate(ticket, problem, actor=ACTOR, triage_note=True)
    if not moved:
        ticket.refresh_from_db(fields=["status"])  # a person took it over meanwhile
        return ticket.status
    return _verify_and_route(ticket, [a for a in actions if a.status == ActionStatus.PROPOSED], directory)


def _hand_over_intents(ticket: Ticket, reason: str) -> None:
    """Before a ticket goes to a technician whole, keep what each of its intents would have needed and why it is not
    done (playbooks.services.hand_over_plan), so the note and the reply list every part, not just the ticket's
    reason. Text aimed at the system is not followed into the directory: its intents are listed as read."""
    if not ticket.intents and ticket.category not in ACTION_CATEGORIES:
        return
    why = f"Triage handed the whole ticket to a technician: {reason}"
    if reason.startswith(INJECTION_REASON):
        hand_over_plan(ticket=ticket, actor=ACTOR, why=why, read_licences=False)
        return
    try:
        resolved, unresolved = resolve_intent_targets(ticket, actor=ACTOR, idp=identity_provider(ticket))
        hand_over_plan(ticket=ticket, actor=ACTOR, why=why, resolved=resolved, unresolved=unresolved)
    except ConnectorError as exc:  # the directory could not say: the parts are listed without its answers
        log.warning("ticket %s: handed-over plan read without the directory: %s", ticket.pk, exc.message)
        hand_over_plan(ticket=ticket, actor=ACTOR, why=why, read_licences=False)


def _undecided(ticket: Ticket) -> list[Action]:
    return [a for a in round_actions(ticket) if a.status == ActionStatus.PROPOSED]


def _verify_and_route(ticket: Ticket, actions: list[Action], directory: IdentityConnector | None = None) -> str:
    if not actions:  # nothing left to decide, yet the ticket never moved on: not a state to guess from
        return escalate(ticket, "Its actions were decided, but the ticket did not move on from verification.",
                        actor=ACTOR)
    # The decisions and the moves they lead to commit together (redecide's `then`), and with them the start lease is
    # given back: the route is the step's last write, and a ticket it moved is no start step's any more.
    routed: list[str] = []
    held = _start_lease.get()

    def route(decisions: dict[int, Decision]) -> None:
        routed.append(_route(ticket, actions, decisions))
        if held is not None:
            release_lease(held.name, held.token)

    redecide(ticket=ticket, actions=actions, actor=ACTOR, directory=directory, then=route)
    if held is not None:  # committed with the route (an exception would have rolled it back and skipped this)
        held.given_back = True
    return routed[0]


def _route(ticket: Ticket, actions: list[Action], decisions: dict[int, Decision]) -> str:
    """Move each newly decided action where its decision leads, then the ticket where its actions lead."""
    plan_mode = ticket.tenant.mode == Tenant.Mode.PLAN
    # A refusal stops the whole ticket (another step of a refused request must not run on its own), except one that
    # concerns a single action's licence (approvals.policy._rule_licence), and a group or licence copied from the
    # person whose access a new hire is to get ("same access as Alex"): that action is blocked (named in the note,
    # handed over with its reason when the ticket settles), while the other requests run.
    forbidden = [a for a in actions if decisions[a.pk].mode == DecisionMode.FORBIDDEN
                 and not decisions[a.pk].intent_only and not is_copied(a)]
    with unit_of_work():  # every action's move and the ticket's, with their audit events, in one commit
        for action in actions:
            decision = decisions[action.pk]
            if forbidden and not plan_mode and decision.mode != DecisionMode.FORBIDDEN:
                transition_action(action=action, to=ActionStatus.REJECTED, actor=ACTOR,
                                  message="Not run: another step of this ticket was refused.")
                continue
            # An autonomous action becomes approved here and is queued to run once this commits.
            route_decided_action(action=action, actor=ACTOR, decision=decision)
        if plan_mode:
            transition_ticket(ticket=ticket, to=TicketStatus.PLANNED, actor=ACTOR,
                              message="Plan mode: nothing was changed.")
            transaction.on_commit(lambda: write_back(ticket, internal_note=messages.plan_note(ticket)))
            follow_waiting(ticket)  # a new request the requester wrote meanwhile is this ticket's next round
            return ticket.status
        if forbidden:
            reasons = "; ".join(r for a in forbidden for r in decisions[a.pk].reasons)
            return escalate(ticket, reasons, actor=ACTOR)
        waiting = [a for a in actions if decisions[a.pk].mode == DecisionMode.APPROVAL]
        for action in waiting:
            open_approval_request(action=action, actor=ACTOR, decision=decisions[action.pk])
        if waiting:
            # The proof may wait on the target's manager: ask them (a no-op otherwise).
            asked = request_manager_confirmation(actor=ACTOR, ticket=ticket)
            transition_ticket(ticket=ticket, to=TicketStatus.AWAITING_APPROVAL, actor=ACTOR,
                              message=f"{len(waiting)} action(s) wait for a technician.")
            # This will take time: the requester hears why (the manager's confirmation, or a technician's approval).
            stage, on = (ReplyStage.RECEIVED, "manager") if asked else (ReplyStage.AWAITING_APPROVAL, "technician")
            transaction.on_commit(lambda: send_reply(ticket=ticket, stage=stage, waiting_on=on))
        else:
            transition_ticket(ticket=ticket, to=TicketStatus.EXECUTING, actor=ACTOR, message="Running.")
    return ticket.status


def settle_ticket(ticket_id: int) -> str:
    """Once every action has ended: resolve (reply, note, time, close) when every intent of the ticket was done
    (playbooks/selectors.intent_outcomes), else escalate with what was done and what a technician has to do."""
    ticket = TICKET_WITH_TENANT.get(pk=ticket_id)
    if ticket.status in FINAL_STATUSES:
        return ticket.status
    # With their approval requests: the resolution note names who approved each (settling opens none).
    actions = round_actions(ticket, with_approval=True)
    if ticket.status == TicketStatus.WRITING_BACK:  # rung again (the sweep): the write-back carries on
        return resume_writeback(ticket, actions)
    if not actions or any(a.status not in DONE_STATUSES for a in actions):
        if ticket.status == TicketStatus.AWAITING_APPROVAL and not any(
            a.status == ActionStatus.AWAITING_APPROVAL for a in actions
        ):
            transition_ticket(ticket=ticket, to=TicketStatus.EXECUTING, actor=ACTOR, message="Approved; running.")
        return ticket.status
    succeeded = [a for a in actions if a.status == ActionStatus.SUCCEEDED]
    # A success the reconciler settled from the vendor's state may still need a person (a TAP the vendor picked,
    # lost with its worker; a temporary password put aside before the call is delivered instead, playbooks/
    # reconciler.py): that ticket is escalated, never answered with a link.
    follow_ups = [f"{a.kind} for {a.target}: {a.result['follow_up']}" for a in succeeded
                  if (a.result or {}).get("follow_up")]
    outcomes = intent_outcomes(ticket, actions)
    # Done means done: resolved only when every intent is; a part left to a technician (never planned, or ended
    # without succeeding) escalates the ticket with what was done and what is left (messages.with_done_parts).
    every_intent_done = all(o.status == DONE for o in outcomes)
    if len(succeeded) == len(actions) and not follow_ups and every_intent_done:
        # Checked at the start; asked again only if the PSA could not answer then. A refusal never gets the reply.
        refused = escalate_if_psa_ticket_foreign(ticket, actor=ACTOR)
        if refused:
            return refused
        # A person took it over: no reply, no note, no close from Rallied. The ticket was read whole at this task's
        # start, and only read since, so it is not read again (issue 17); the write-back's attempt reads it once
        # more right before its PSA calls, and the move to writing_back below is conditional on this status.
        if not look_before_writing(ticket, just_read=True):
            return ticket.status
        if ticket.status == TicketStatus.WRITING_BACK or ticket.status in FINAL_STATUSES:
            return ticket.status  # read again just now: a duplicate of this settle won meanwhile, and writes back
        if ticket.status == TicketStatus.AWAITING_APPROVAL:
            transition_ticket(ticket=ticket, to=TicketStatus.EXECUTING, actor=ACTOR, message="Approved; running.")
        # Resolved only once the PSA has accepted the reply and the close (workflow/writeback.py); the conditional
        # transition makes this caller the only one that writes back, so two actions ending together reply once.
        if transition_ticket(ticket=ticket, to=TicketStatus.WRITING_BACK, actor=ACTOR,
                             message="Every action succeeded; writing back to the PSA."):
            return begin_resolution(ticket=ticket, actions=actions, outcomes=outcomes)
        return ticket.status
    reason = " | ".join(part for part in [messages.failure_reason(actions), *follow_ups,
                                          messages.handed_over_reason(outcomes)] if part)
    with transaction.atomic():
        if ticket.status not in FINAL_STATUSES:
            hold_for_technician(ticket, succeeded, why="the ticket was handed to a technician with part of it left")
        return escalate(ticket, messages.with_done_parts(reason, succeeded), actor=ACTOR)


def withdraw_for_takeover(ticket_id: int) -> str:
    """A person took the ticket over in the PSA: every action that has not started is withdrawn (its approval
    request too), and the timeline lists what Rallied had already done, so the person knows where it stands.
    Nothing is written to the PSA: it is theirs now."""
    ticket = TICKET_WITH_TENANT.get(pk=ticket_id)
    if ticket.status != TicketStatus.TAKEN_OVER:
        return ticket.status
    withdrawn, done, running = [], [], []
    with transaction.atomic():
        # The hand-over is written once: a repeated doorbell waits here for the first one's commit, then sees it.
        Ticket.objects.select_for_update().only("pk").get(pk=ticket.pk)
        if ticket.events.filter(kind=HANDED_OVER).exists():
            log.debug("ticket %s: already handed over; a repeated withdraw rings for nothing", ticket.pk)
            return ticket.status
        for action in ticket.actions.select_related("approval").order_by("pk"):
            if action.status in PENDING_STATUSES:
                request = getattr(action, "approval", None)
                if request is not None and request.status == RequestStatus.OPEN:
                    close_request(request_id=request.pk, to=RequestStatus.WITHDRAWN)
                if transition_action(action=action, to=ActionStatus.WITHDRAWN, actor=ACTOR,
                                     message="Withdrawn: a person took the ticket over in the PSA."):
                    withdrawn.append(action)
            elif action.status == ActionStatus.SUCCEEDED:
                done.append(action)
            elif action.status in (ActionStatus.EXECUTING, ActionStatus.UNKNOWN_OUTCOME):
                running.append(action)
        summary = "; ".join(part for part in (
            _listed("Withdrawn", withdrawn), _listed("Already done", done),
            _listed("Started before the takeover (the reconciler settles it)", running)) if part)
        add_event(ticket=ticket, actor=ACTOR, kind=HANDED_OVER,
                  message=summary or "Nothing was pending and nothing had been done.",
                  data={"withdrawn": [a.pk for a in withdrawn], "done": [a.pk for a in done],
                        "running": [a.pk for a in running]})
        record(actor=ACTOR, verb="ticket.handed_over", obj=ticket, tenant=ticket.tenant,
               details={"withdrawn": [a.pk for a in withdrawn], "done": [a.pk for a in done],
                        "running": [a.pk for a in running]})
    return ticket.status


def _listed(label: str, actions: list[Action]) -> str:
    return f"{label}: " + ", ".join(f"{a.kind} for {a.target}" for a in actions) if actions else ""
