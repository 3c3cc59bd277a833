"""Every write to approvals: opening a request, approving (with edits), rejecting, expiring.

The rules live here so the web queue, the API and chat buttons all obey them alike:
the reviewer must hold approve permission on the tenant; the reviewer is neither the requester nor
the target; the model never approves; an approval binds to the action version it saw.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from approvals.choices import RequestStatus, ReviewDecision
from approvals.models import ApprovalRequest, Review
from audit.services import record
from playbooks.choices import ActionStatus
from playbooks.kinds import validate_params
from playbooks.models import Action
from playbooks.services import transition_action
from tenants import access
from tickets.services import add_event


class ApprovalRefused(Exception):
    """The reviewer may not make this decision; the message says why."""


def open_approval_request(*, action: Action, actor: Any, decision: Any) -> ApprovalRequest:
    from approvals.verification import effective_policy

    policy = effective_policy(action.ticket.tenant, action.kind)
    request, _ = ApprovalRequest.objects.get_or_create(
        action=action,
        defaults={"approvals_required": max(decision.approvals_required, policy.approvals_required),
                  "action_version": action.version,
                  "expires_at": timezone.now() + timedelta(minutes=policy.approval_expiry_minutes)},
    )
    record(actor=actor, verb="approval.requested", obj=action, tenant=action.ticket.tenant,
           details={"reasons": list(decision.reasons), "approvals_required": request.approvals_required})
    return request


def _check_reviewer(reviewer: Any, action: Action) -> None:
    if reviewer is None or not getattr(reviewer, "is_authenticated", False):
        raise ApprovalRefused("Only a signed-in technician can decide.")
    if not access.can(reviewer, access.APPROVE, action.ticket.tenant_id):
        raise ApprovalRefused("You do not have approve permission on this tenant.")
    email = (reviewer.email or "").lower()
    if email and email in {action.ticket.requester_email.lower(), action.target.lower()}:
        raise ApprovalRefused("The requester or the target of an action cannot approve it.")


def _locked(action_id: int) -> tuple[Action, ApprovalRequest]:
    action = Action.objects.select_for_update().select_related("ticket", "ticket__tenant").get(pk=action_id)
    request = ApprovalRequest.objects.select_for_update().get(action=action)
    return action, request


def approve_action(*, actor: Any, action_id: int, version: int | None = None, params: dict | None = None,
                   comment: str = "", channel: str = "web") -> Action:
    """Record one approval; with enough of them the action is approved and queued to run."""
    with transaction.atomic():
        action, request = _locked(action_id)
        _check_reviewer(actor, action)
        if request.status != RequestStatus.OPEN or action.status != ActionStatus.AWAITING_APPROVAL:
            raise ApprovalRefused(f"This action is no longer waiting for approval ({action.status}).")
        if request.expires_at <= timezone.now():
            raise ApprovalRefused("This approval request has expired.")
        if version is not None and version != action.version:
            raise ApprovalRefused("The action changed since you looked at it; review it again.")
        if Review.objects.filter(request=request, reviewer=actor).exists():
            raise ApprovalRefused("You have already decided on this action.")
        edits: dict[str, Any] = {}
        if params is not None and params != action.params:
            new = validate_params(action.kind, {**action.params, **params})
            edits = {k: {"from": action.params.get(k), "to": v} for k, v in new.items()
                     if action.params.get(k) != v}
            if edits:
                # An edit is a new version: earlier approvals of the old one no longer count.
                Review.objects.filter(request=request).delete()
                Action.objects.filter(pk=action.pk).update(params=new, target=new["target"],
                                                           version=action.version + 1)
                action.params, action.target, action.version = new, new["target"], action.version + 1
                request.action_version = action.version
                ApprovalRequest.objects.filter(pk=request.pk).update(action_version=action.version)
        Review.objects.create(
            request=request, reviewer=actor, channel=channel, comment=comment, edits=edits,
            decision=ReviewDecision.APPROVE_WITH_EDITS if edits else ReviewDecision.APPROVE,
            action_version=action.version,
        )
        record(actor=actor, verb="approval.approved", obj=action, tenant=action.ticket.tenant,
               authority=f"review via {channel}", details={"edits": edits, "comment": comment[:500],
                                                           "version": action.version})
        count = Review.objects.filter(request=request, action_version=action.version,
                                      decision__in=[ReviewDecision.APPROVE, ReviewDecision.APPROVE_WITH_EDITS]).count()
        if count >= request.approvals_required:
            ApprovalRequest.objects.filter(pk=request.pk).update(status=RequestStatus.APPROVED,
                                                                 decided_at=timezone.now())
            transition_action(action=action, to=ActionStatus.APPROVED, actor=actor,
                              message=f"Approved via {channel}" + (f": {comment}" if comment else ""),
                              authority=f"review via {channel}")
            from tickets.tasks import enqueue_execution

            transaction.on_commit(lambda: enqueue_execution(action.pk))
        else:
            add_event(ticket=action.ticket, actor=actor, kind="approval.partial",
                      message=f"{count} of {request.approvals_required} approvals for {action.kind}.")
    return action


def reject_action(*, actor: Any, action_id: int, reason: str, channel: str = "web") -> Action:
    if not reason.strip():
        raise ApprovalRefused("A rejection needs a reason; it goes to the ticket.")
    with transaction.atomic():
        action, request = _locked(action_id)
        _check_reviewer(actor, action)
        if request.status != RequestStatus.OPEN or action.status != ActionStatus.AWAITING_APPROVAL:
            raise ApprovalRefused(f"This action is no longer waiting for approval ({action.status}).")
        Review.objects.create(request=request, reviewer=actor, channel=channel, comment=reason,
                              decision=ReviewDecision.REJECT, action_version=action.version)
        ApprovalRequest.objects.filter(pk=request.pk).update(status=RequestStatus.REJECTED,
                                                             decided_at=timezone.now())
        transition_action(action=action, to=ActionStatus.REJECTED, actor=actor,
                          message=f"Rejected via {channel}: {reason}", authority=f"review via {channel}")
        from tickets.tasks import enqueue_finalise

        transaction.on_commit(lambda: enqueue_finalise(action.ticket_id))
    return action
