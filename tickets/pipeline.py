"""The path of a ticket (DESIGN §1): triage, plan, verify, decide, route; and finalisation once actions end.

`resolve_ticket` runs once per ticket (a doorbell that rings twice finds it no longer `received`).
`finalise_ticket` runs whenever an action ends; only the caller whose conditional transition wins
writes back to the PSA, so two actions finishing together don't reply twice.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction

from approvals.manager import deliver_secrets_to_manager, request_manager_confirmation
from approvals.policy import Decision, decide
from approvals.services import open_approval_request
from approvals.verification import verify_actions
from playbooks.choices import DONE_STATUSES, ActionStatus
from playbooks.models import Action
from playbooks.services import decide_action, plan_actions, transition_action
from rallied.connectors import IdentityConnector
from tenants.selectors import connector_for, identity_connection
from tickets import messages
from tickets.choices import FINAL_STATUSES, TicketStatus
from tickets.models import Ticket
from tickets.psa import write_back
from tickets.secrets import forget_links
from tickets.services import escalate_ticket, save_triage, save_verification, transition_ticket
from tickets.targets import needs_lookup, resolve_named_target
from tickets.triage import ACTION_CATEGORIES, triage

log = logging.getLogger("rallied.pipeline")
ACTOR = "system:pipeline"
STANDARD_MINUTES = 12  # a technician's typical time for one L1 identity ticket


def triage_engine() -> str:
    return "llm" if settings.ANTHROPIC_API_KEY and settings.RALLIED_LLM_MODEL else "rules"


def resolve_ticket(ticket_id: int) -> str:
    """Take a received ticket as far as it can safely go. Returns the ticket's status afterwards."""
    ticket = Ticket.objects.select_related("tenant").get(pk=ticket_id)
    if ticket.status != TicketStatus.RECEIVED:
        return ticket.status
    result = triage(ticket.subject, ticket.body, engine=triage_engine())
    save_triage(ticket=ticket, actor="ai:triage" if result.engine == "llm" else "system:triage",
                result=result.to_dict())
    if result.category not in ACTION_CATEGORIES or result.needs_human:
        reason = result.reason or f"Category '{result.category}' is handled by a technician."
        return _escalate(ticket, reason, triage_note=True)

    if needs_lookup(ticket.entities or {}):  # a colleague named without an address: the directory says who
        problem = resolve_named_target(ticket=ticket, actor=ACTOR, idp=_idp(ticket))
        if problem:  # or a technician does; never the requester by default
            return _escalate(ticket, problem, triage_note=True)

    actions, problem = plan_actions(ticket=ticket, actor=ACTOR)
    if problem:
        return _escalate(ticket, problem, triage_note=True)

    transition_ticket(ticket=ticket, to=TicketStatus.AWAITING_VERIFICATION, actor=ACTOR,
                      message="Checking the requester against the directory.")
    decisions = _verify_and_decide(ticket, actions)
    return _route(ticket, actions, decisions)


def _idp(ticket: Ticket) -> IdentityConnector | None:
    connection = identity_connection(ticket.tenant)
    return connector_for(connection) if connection is not None else None  # type: ignore[return-value]


def _verify_and_decide(ticket: Ticket, actions: list[Action]) -> dict[int, Decision]:
    from approvals.kill_switch import check_burst

    check_burst(tenant=ticket.tenant)  # a burst pauses the tenant before anything of this ticket is decided
    contexts, summary = verify_actions(ticket=ticket, actions=actions, idp=_idp(ticket))
    save_verification(ticket=ticket, actor=ACTOR, verification=summary)
    return {action.pk: decide(action.kind, action.target, contexts[action.pk]) for action in actions}


def _route(ticket: Ticket, actions: list[Action], decisions: dict[int, Decision]) -> str:
    plan_mode = ticket.tenant.mode == "plan"
    forbidden = [a for a in actions if decisions[a.pk].mode == "forbidden"]
    with transaction.atomic():
        for action in actions:
            decision = decisions[action.pk]
            if forbidden and not plan_mode and decision.mode != "forbidden":
                transition_action(action=action, to=ActionStatus.REJECTED, actor=ACTOR,
                                  message="Not run: another step of this ticket was refused.")
                continue
            decide_action(action=action, actor=ACTOR, decision=decision)
        if plan_mode:
            transition_ticket(ticket=ticket, to=TicketStatus.PLANNED, actor=ACTOR,
                              message="Plan mode: nothing was changed.")
            transaction.on_commit(lambda: write_back(ticket, internal_note=messages.plan_note(ticket)))
            return ticket.status
        if forbidden:
            reasons = "; ".join(r for a in forbidden for r in decisions[a.pk].reasons)
            return _escalate(ticket, reasons)
        waiting = [a for a in actions if decisions[a.pk].mode == "approval"]
        for action in waiting:
            open_approval_request(action=action, actor=ACTOR, decision=decisions[action.pk])
        if waiting:  # the proof may wait on the target's manager: ask them (a no-op otherwise)
            request_manager_confirmation(actor=ACTOR, ticket=ticket)
        if waiting:
            transition_ticket(ticket=ticket, to=TicketStatus.AWAITING_APPROVAL, actor=ACTOR,
                              message=f"{len(waiting)} action(s) wait for a technician.")
        else:
            transition_ticket(ticket=ticket, to=TicketStatus.EXECUTING, actor=ACTOR, message="Running.")
        from tickets.tasks import enqueue_execution

        for action in actions:
            if decisions[action.pk].mode == "autonomous":
                transaction.on_commit(lambda pk=action.pk: enqueue_execution(pk))
    return ticket.status


def _escalate(ticket: Ticket, reason: str, *, triage_note: bool = False) -> str:
    escalate_ticket(ticket=ticket, actor=ACTOR, reason=reason)
    note = messages.escalation_note(ticket, reason, include_triage=triage_note)
    transaction.on_commit(lambda: write_back(ticket, internal_note=note))
    return TicketStatus.ESCALATED


def finalise_ticket(ticket_id: int) -> str:
    """Once every action has ended: resolve (reply, note, time, close) or escalate with what happened."""
    ticket = Ticket.objects.select_related("tenant").get(pk=ticket_id)
    if ticket.status in FINAL_STATUSES:
        return ticket.status
    actions = list(ticket.actions.order_by("pk"))
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
        if ticket.status == TicketStatus.AWAITING_APPROVAL:
            transition_ticket(ticket=ticket, to=TicketStatus.EXECUTING, actor=ACTOR, message="Approved; running.")
        won = transition_ticket(ticket=ticket, to=TicketStatus.RESOLVED, actor=ACTOR,
                                message="Every action succeeded.", minutes_saved=STANDARD_MINUTES)
        if won:
            deliver_secrets_to_manager(ticket)  # when the policy names the manager as the secret's channel
            write_back(ticket, internal_note=messages.resolution_note(ticket, actions),
                       reply=messages.requester_reply(ticket, actions), minutes=STANDARD_MINUTES, close=True)
            forget_links(ticket)
        return ticket.status
    reason = " | ".join(part for part in [messages.failure_reason(actions), *follow_ups] if part)
    return _escalate(ticket, reason)
