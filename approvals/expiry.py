"""Approval expiry (issue 6): a request nobody decided in time expires, the ticket goes to a human.

`expire_approvals` runs every minute as a django-q2 schedule. Each request is expired by a conditional
update (`open` and past `expires_at` -> `expired`), so a technician's approval racing the expiry is either
approved or expired, never both: `approve_action` locks the same row and only moves it from `open`, and it
refuses a request past `expires_at` even before this task has run.
"""

from __future__ import annotations

import logging
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from approvals.choices import ConfirmationStatus, RequestStatus
from approvals.manager_link import transition_confirmation
from approvals.manager_models import ManagerConfirmation
from approvals.models import ApprovalRequest
from approvals.notify import notify_staff
from approvals.services import close_request
from audit.services import record
from playbooks.choices import ActionStatus
from playbooks.models import Action
from playbooks.services import transition_action
from rallied.actors import Actor
from rallied.kinds import get_kind

log = logging.getLogger("rallied.approvals.expiry")
ACTOR = "system:approval-expiry"
BATCH = 500


def expire_approvals(*, now: datetime | None = None) -> int:
    """Expire every open request past its deadline; returns how many this call expired."""
    now = now or timezone.now()
    due = list(ApprovalRequest.objects.filter(status=RequestStatus.OPEN, expires_at__lte=now)
               .order_by("expires_at", "pk").values_list("pk", flat=True)[:BATCH])
    expired = sum(1 for request_id in due if expire_request(request_id=request_id, now=now))
    expire_manager_links(now=now)
    return expired


def expire_manager_links(*, now: datetime) -> int:
    """sent -> expired for manager confirmations nobody answered in time (their links stop working anyway).

    The waiting actions stay with the technicians, whose own approval requests expire on their own schedule.
    """
    due = ManagerConfirmation.objects.filter(status=ConfirmationStatus.SENT, expires_at__lte=now).select_related(
        "ticket", "ticket__tenant")[:BATCH]
    expired = 0
    for row in due:
        with transaction.atomic():
            if not transition_confirmation(confirmation_id=row.pk, to=ConfirmationStatus.EXPIRED, now=now):
                continue
            record(actor=ACTOR, verb="manager_confirmation.expired", obj=row.ticket, tenant=row.ticket.tenant,
                   details={"manager": row.manager_email, "target": row.target})
            expired += 1
    return expired


def expire_request(*, request_id: int, now: datetime | None = None, actor: Actor = ACTOR) -> bool:
    """open -> expired for one request and its action; False when it was decided (or expired) meanwhile.

    After commit: staff are told (topic "approval.expired") and the ticket is finalised, which escalates
    it with an internal PSA note once none of its actions is still pending.
    """
    now = now or timezone.now()
    action_id = ApprovalRequest.objects.filter(pk=request_id).values_list("action_id", flat=True).first()
    if action_id is None:
        return False
    with transaction.atomic():
        # Lock the action before the request, the order approve_action (_locked) uses: the opposite order
        # deadlocks on PostgreSQL when a technician approves in the same instant.
        Action.objects.select_for_update().filter(pk=action_id).first()
        if not close_request(request_id=request_id, to=RequestStatus.EXPIRED, now=now):
            return False
        request = ApprovalRequest.objects.select_related("action", "action__ticket", "action__ticket__tenant").get(
            pk=request_id)
        action, ticket = request.action, request.action.ticket
        if action.status != ActionStatus.AWAITING_APPROVAL:
            # An open request always has its action waiting; if not, leave both as they were for a human.
            log.error("approval request %s is open but action %s is %s", request.pk, action.pk, action.status)
            transaction.set_rollback(True)
            return False
        minutes = max(1, round((request.expires_at - request.created_at).total_seconds() / 60))
        reason = (f"No technician decided within {minutes} minutes, so the approval request expired and "
                  "nothing was changed. Run it by hand if it is still needed.")
        if not transition_action(action=action, to=ActionStatus.EXPIRED, actor=actor, message=reason,
                                 authority="approval expiry", error=reason):
            transaction.set_rollback(True)
            return False
        record(actor=actor, verb="approval.expired", obj=action, tenant=ticket.tenant, authority="approval expiry",
               details={"request": request.pk, "created_at": request.created_at.isoformat(),
                        "expires_at": request.expires_at.isoformat(), "approvals": request.reviews.count(),
                        "approvals_required": request.approvals_required})
        label = get_kind(action.kind).label
        subject = f"Approval expired: {label} for {action.target} (ticket #{ticket.pk})"
        text = (f"{label} for {action.target} waited {minutes} minutes without a decision and expired. "
                f"Ticket #{ticket.pk} \"{ticket.subject}\" from {ticket.requester_email} goes to a technician.")
        # The expiry sent action_settled (transition_action), so the ticket is settled (escalated) on commit.
        # Robust: a chat delivery that fails must not stop that, nor the other way round.
        transaction.on_commit(lambda: notify_staff(tenant=ticket.tenant, subject=subject, text=text,
                                                   topic="approval.expired", obj=action), robust=True)
    return True
