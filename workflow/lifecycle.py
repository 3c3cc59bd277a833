"""The path of a ticket: start (triage, plan, decide, route) and settle (once its actions have ended).

`start_ticket` runs once per ticket (a doorbell that rings twice finds it no longer `received`).
`settle_ticket` runs whenever an action ends (playbooks' `action_settled`); only the caller whose conditional
transition wins writes back to the PSA, so two actions finishing together don't reply twice.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction

from approvals.choices import RequestStatus
from approvals.kill_switch import check_refusals
from approvals.manager_link import request_manager_confirmation
from approvals.policy import Decision
from approvals.services import close_request, open_approval_request
from audit.services import record
from playbooks.choices import DONE_STATUSES, PENDING_STATUSES, ActionStatus, DecisionMode
from playbooks.models import Action
from playbooks.services import plan_actions, route_decided_action, transition_action
from tenants.models import Tenant
from tickets.choices import FINAL_STATUSES, TicketStatus
from tickets.models import Ticket
from tickets.psa import look_before_writing, write_back
from tickets.secrets import forget_links
from tickets.services import add_event, save_triage, transition_ticket
from tickets.targets import needs_lookup, resolve_named_target
from tickets.triage import ACTION_CATEGORIES, triage
from workflow import messages
from workflow.billing import rallied_work_seconds
from workflow.choices import ReplyStage
from workflow.decisions import identity_provider, redecide
from workflow.delivery import deliver_secrets
from workflow.escalation import escalate, escalate_if_psa_ticket_foreign
from workflow.reentry import follow_waiting
from workflow.replies import finish_reply, prepare_reply, send_reply
from workflow.value_report import minutes_saved_on_resolving

log = logging.getLogger("rallied.pipeline")
ACTOR = "system:pipeline"


def triage_engine() -> str:
    return "llm" if settings.ANTHROPIC_API_KEY and settings.RALLIED_LLM_MODEL else "rules"


def start_ticket(ticket_id: int) -> str:
    """Take a received ticket as far as it can safely go. Returns the ticket's status afterwards."""
    ticket = Ticket.objects.select_related("tenant").get(pk=ticket_id)
    if ticket.status != TicketStatus.RECEIVED:
        return ticket.status
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
    if result.category not in ACTION_CATEGORIES or result.needs_human:
        reason = result.reason or f"Category '{result.category}' is handled by a technician."
        status = escalate(ticket, reason, actor=ACTOR, triage_note=True)
        check_refusals(tenant=ticket.tenant)  # text aimed at the system is a refused attempt, action or not
        return status

    if needs_lookup(ticket.entities or {}):  # a colleague named without an address: the directory says who
        problem = resolve_named_target(ticket=ticket, actor=ACTOR, idp=identity_provider(ticket))
        if problem:  # or a technician does; never the requester by default
            return escalate(ticket, problem, actor=ACTOR, triage_note=True)

    actions, problem = plan_actions(ticket=ticket, actor=ACTOR)
    if problem:
        return escalate(ticket, problem, actor=ACTOR, triage_note=True)

    transition_ticket(ticket=ticket, to=TicketStatus.AWAITING_VERIFICATION, actor=ACTOR,
                      message="Checking the requester against the directory.")
    decisions = redecide(ticket=ticket, actions=actions, actor=ACTOR)
    return _route(ticket, actions, decisions)


def _route(ticket: Ticket, actions: list[Action], decisions: dict[int, Decision]) -> str:
    """Move each newly decided action where its decision leads, then the ticket where its actions lead."""
    plan_mode = ticket.tenant.mode == Tenant.Mode.PLAN
    forbidden = [a for a in actions if decisions[a.pk].mode == DecisionMode.FORBIDDEN]
    with transaction.atomic():
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
    """Once every action has ended: resolve (reply, note, time, close) or escalate with what happened."""
    ticket = Ticket.objects.select_related("tenant").get(pk=ticket_id)
    if ticket.status in FINAL_STATUSES:
        return ticket.status
    actions = round_actions(ticket)
    if not actions or any(a.status not in DONE_STATUSES for a in actions):
        if ticket.status == TicketStatus.AWAITING_APPROVAL and not any(
            a.status == ActionStatus.AWAITING_APPROVAL for a in actions
        ):
            transition_ticket(ticket=ticket, to=TicketStatus.EXECUTING, actor=ACTOR, message="Approved; running.")
        return ticket.status
    succeeded = [a for a in actions if a.status == ActionStatus.SUCCEEDED]
    # A success the reconciler settled from the vendor's state may still need a person (a temporary
    # password lost with its worker): that ticket is escalated, never answered with a link.
    follow_ups = [f"{a.kind} for {a.target}: {a.result['follow_up']}" for a in succeeded
                  if (a.result or {}).get("follow_up")]
    if len(succeeded) == len(actions) and not follow_ups:
        # Checked at the start; asked again only if the PSA could not answer then. A refusal never gets the reply.
        refused = escalate_if_psa_ticket_foreign(ticket, actor=ACTOR)
        if refused:
            return refused
        if not look_before_writing(ticket):  # a person took it over: no reply, no note, no close from Rallied
            return ticket.status
        if ticket.status == TicketStatus.AWAITING_APPROVAL:
            transition_ticket(ticket=ticket, to=TicketStatus.EXECUTING, actor=ACTOR, message="Approved; running.")
        won = transition_ticket(ticket=ticket, to=TicketStatus.RESOLVED, actor=ACTOR,
                                message="Every action succeeded.", minutes_saved=minutes_saved_on_resolving(ticket))
        if won:
            deliveries = deliver_secrets(ticket, actions)  # owner, the policy's manager, or a technician's hand-over
            # The time entry bills Rallied's own part only (workflow/billing.py), never a technician's wait.
            reply = prepare_reply(ticket=ticket, stage=ReplyStage.DONE, deliveries=deliveries)
            posted = write_back(ticket, internal_note=messages.resolution_note(ticket, actions),
                                reply=reply.text if reply else "", worked_seconds=rallied_work_seconds(ticket),
                                close=True)
            finish_reply(reply, posted=posted)
            forget_links(ticket)
            follow_waiting(ticket)
        return ticket.status
    reason = " | ".join(part for part in [messages.failure_reason(actions), *follow_ups] if part)
    return escalate(ticket, reason, actor=ACTOR)


def round_actions(ticket: Ticket) -> list[Action]:
    """The actions of the ticket's current round (a requester's new request starts the next one)."""
    actions = ticket.actions.order_by("pk")
    if ticket.round_started_at is not None:
        actions = actions.filter(created_at__gte=ticket.round_started_at)
    return list(actions)


def withdraw_for_takeover(ticket_id: int) -> str:
    """A person took the ticket over in the PSA: every action that has not started is withdrawn (its approval
    request too), and the timeline lists what Rallied had already done, so the person knows where it stands.
    Nothing is written to the PSA: it is theirs now."""
    ticket = Ticket.objects.select_related("tenant").get(pk=ticket_id)
    if ticket.status != TicketStatus.TAKEN_OVER:
        return ticket.status
    withdrawn, done, running = [], [], []
    with transaction.atomic():
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
        add_event(ticket=ticket, actor=ACTOR, kind="takeover.withdrawn",
                  message=summary or "Nothing was pending and nothing had been done.",
                  data={"withdrawn": [a.pk for a in withdrawn], "done": [a.pk for a in done],
                        "running": [a.pk for a in running]})
        record(actor=ACTOR, verb="ticket.handed_over", obj=ticket, tenant=ticket.tenant,
               details={"withdrawn": [a.pk for a in withdrawn], "done": [a.pk for a in done],
                        "running": [a.pk for a in running]})
    return ticket.status


def _listed(label: str, actions: list[Action]) -> str:
    return f"{label}: " + ", ".join(f"{a.kind} for {a.target}" for a in actions) if actions else ""
