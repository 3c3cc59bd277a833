"""What the target's manager's answer does to a ticket (the link itself is approvals/manager_link.py).

Confirm: the waiting actions are decided again through `redecide`, with the manager's proof, under the normal
policy and floor (an admin or VIP target still needs a technician). Decline: they are rejected and the ticket
escalated. After a confirmed reset, the one-time secret link goes to the manager when the policy names that
channel (by default for a lost phone) instead of the requester reply: workflow/delivery.py decides and sends it.
"""

from __future__ import annotations

import logging

from django.db import transaction
from django.utils import timezone

from approvals.choices import RequestStatus
from approvals.manager_models import ManagerConfirmation
from approvals.models import ApprovalRequest
from approvals.policy import Decision
from approvals.services import approve_reviewed, close_request
from audit.services import record
from playbooks.choices import ActionStatus, DecisionMode
from playbooks.models import Action
from playbooks.services import transition_action
from tickets.choices import TicketStatus
from tickets.models import Ticket
from tickets.reads import TICKET_WITH_TENANT
from tickets.services import add_event
from workflow.choices import ReplyStage
from workflow.decisions import redecide
from workflow.escalation import escalate
from workflow.leases import release_lease, take_lease
from workflow.lifecycle import start_lease_seconds
from workflow.replies import send_reply

log = logging.getLogger("rallied.manager")
ACTOR = "system:manager-link"


def follow_manager_answer(*, confirmation_id: int, confirmed: bool) -> str:
    """Carry the manager's answer out, once: django-q2 may deliver this twice and the sweep rings it again when it
    looks lost (workflow/sweep.py), so a delivery leaves at once when the answer was followed (`followed_at`, set in
    the transaction that applies it) or while another delivery holds the answer's lease. A worker that dies midway
    leaves `followed_at` empty and its lease lapses, so the sweep's next ring follows it again from the start."""
    row = ManagerConfirmation.objects.select_related("ticket", "ticket__tenant").get(pk=confirmation_id)
    if row.followed_at is not None:
        return "followed"
    lease = f"manager-answer:{row.pk}"
    token = take_lease(lease, seconds=start_lease_seconds())
    if token is None:
        return "being followed"
    try:
        row.refresh_from_db(fields=["followed_at"])
        if row.followed_at is not None:  # the holder before us finished between our read and our lease
            return "followed"
        if confirmed:
            _after_confirm(row)
        else:
            _after_decline(row)
    finally:
        release_lease(lease, token)
    return row.status


def _mark_followed(row: ManagerConfirmation) -> None:
    """Inside the transaction that applies the answer: it is followed exactly when its effects are committed."""
    ManagerConfirmation.objects.filter(pk=row.pk, followed_at__isnull=True).update(followed_at=timezone.now())


def _waiting(ticket: Ticket) -> list[Action]:
    return list(ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL).order_by("pk"))


def _after_confirm(row: ManagerConfirmation) -> None:
    """Decide the waiting actions again, now with the manager's proof; the floor and the policy still apply."""
    ticket = TICKET_WITH_TENANT.get(pk=row.ticket_id)
    waiting = _waiting(ticket)
    if ticket.status != TicketStatus.AWAITING_APPROVAL or not waiting:
        with transaction.atomic():
            add_event(ticket=ticket, actor=ACTOR, kind="verification.manager_late",
                      message="The manager confirmed, but a technician had already decided.")
            _mark_followed(row)
        return
    decisions = redecide(ticket=ticket, actions=waiting, actor=ACTOR, confirmed_by=row,
                         reason=f"the manager {row.manager_email} confirmed")
    with transaction.atomic():
        _mark_followed(row)
        for action in waiting:
            _apply(ticket, action, decisions[action.pk], row)
        # A licence that cannot be given now stops its own action only (approvals.policy._rule_licence).
        for action in (a for a in waiting if decisions[a.pk].mode == DecisionMode.FORBIDDEN
                       and decisions[a.pk].intent_only):
            _reject_one(action, "Refused when decided again after the manager's confirmation: "
                        + "; ".join(decisions[action.pk].reasons))
        refused = [a for a in waiting if decisions[a.pk].mode == DecisionMode.FORBIDDEN
                   and not decisions[a.pk].intent_only]
        if refused:
            reason = "; ".join(r for a in refused for r in decisions[a.pk].reasons)
            _reject_waiting(ticket, f"Refused when decided again after the manager's confirmation: {reason}")
            escalate(ticket, reason, actor=ACTOR)


def _apply(ticket: Ticket, action: Action, decision: Decision, row: ManagerConfirmation) -> None:
    if decision.mode == DecisionMode.AUTONOMOUS:
        # The request was opened only because the proof was missing; with the proof, the policy lets it run
        # (transition_action queues it once this commits).
        _withdraw_request(ticket, action)
        transition_action(action=action, to=ActionStatus.APPROVED, actor=ACTOR, message=" ".join(decision.reasons),
                          authority=f"manager confirmation by {row.manager_email}; policy")
    elif decision.mode == DecisionMode.APPROVAL:
        # Technicians may have approved already, choosing to wait for this link: their approvals now count.
        if approve_reviewed(action=action, actor=ACTOR,
                            authority=f"review, with the manager confirmation by {row.manager_email}"):
            return
        add_event(ticket=ticket, actor=ACTOR, kind="approval.still_needed", data={"action": action.pk},
                  message=f"The manager confirmed; a technician still decides {action.kind} for {action.target}: "
                          + "; ".join(decision.reasons))
        # The requester was told we wait on the manager; now they hear a technician decides (once per ticket).
        transaction.on_commit(lambda: send_reply(ticket=ticket, stage=ReplyStage.AWAITING_APPROVAL,
                                                 waiting_on="technician"))


def _withdraw_request(ticket: Ticket, action: Action) -> None:
    """Close the open request (kept, not deleted: the queue, the admin and the chat cards still refer to it)."""
    request = ApprovalRequest.objects.filter(action=action, status=RequestStatus.OPEN).first()
    # Decided or expired meanwhile: that outcome stands and has refreshed the cards itself.
    if request is None or not close_request(request_id=request.pk, to=RequestStatus.WITHDRAWN):
        return
    record(actor=ACTOR, verb="approval.withdrawn", obj=action, tenant=ticket.tenant,
           details={"why": "the manager's confirmation supplied the missing proof"})


def _reject_waiting(ticket: Ticket, message: str) -> None:
    for action in _waiting(ticket):
        _reject_one(action, message)


def _reject_one(action: Action, message: str) -> None:
    request = ApprovalRequest.objects.filter(action=action, status=RequestStatus.OPEN).first()
    if request is not None:
        close_request(request_id=request.pk, to=RequestStatus.REJECTED)  # its chat cards say why, too
    transition_action(action=action, to=ActionStatus.REJECTED, actor=ACTOR, message=message)


def _after_decline(row: ManagerConfirmation) -> None:
    ticket = TICKET_WITH_TENANT.get(pk=row.ticket_id)
    reason = (f"The manager {row.manager_name} ({row.manager_email}) declined the request for {row.target}: "
              "it may not come from the person it names. Call the user on a number from the directory.")
    with transaction.atomic():
        _mark_followed(row)
        _reject_waiting(ticket, f"Declined by the manager {row.manager_email}.")
        escalate(ticket, reason, actor=ACTOR)
