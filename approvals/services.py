"""Every write to approvals: opening a request, approving (with edits), rejecting, expiring.

The rules live here so the web queue, the API and chat buttons all obey them alike:
the reviewer must hold approve permission on the tenant; the reviewer is neither the requester nor
the target; the model never approves; an approval binds to the action version it saw.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from approvals.choices import REQUEST_TRANSITIONS, Channel, IdentityCheck, RequestStatus, ReviewDecision
from approvals.identity import identity_proof_missing, refusal_without_check
from approvals.models import ApprovalRequest, AutonomyPolicy, Review
from audit.services import record
from playbooks.choices import ActionStatus, DecisionMode
from playbooks.models import Action
from playbooks.services import transition_action
from rallied.actors import Actor
from rallied.kinds import get_kind, mailbox_rights, validate_params
from rallied.tasks import dispatch
from tenants import access, otp
from tickets.services import add_event


class ApprovalRefused(Exception):
    """The reviewer may not make this decision; the message says why."""


class ApprovalConflict(ApprovalRefused):
    """The action is not (or no longer) in the state this decision is for: decided, expired, edited meanwhile, or
    never waiting at all. Nobody may make it now, so the API answers 409 rather than 403 (approvals/api.py)."""


class SecondFactorRequired(ApprovalRefused):
    """A sensitive kind (rallied/kinds.py: password, MFA, mailbox access) needs the approver's second factor, proved
    by the channel they decide in (tenants/otp.py). Chat buttons cannot prove one: those go to the web queue."""


# An edit makes a new action, so it is verified and decided again before any approval counts for it. That
# is the lifecycle's one re-decision function (workflow/decisions.py), in the layer above this one: it
# registers itself here when the workflow app loads. Without it, edits are refused rather than unchecked.
Redecider = Callable[..., Any]
_redecider: Redecider | None = None


def register_redecider(func: Redecider) -> None:
    global _redecider
    _redecider = func


def _redecide_edit(action: Action, actor: Actor) -> Any:
    if _redecider is None:
        raise ApprovalRefused("Edits cannot be checked right now; approve or reject the action as it is.")
    return _redecider(action=action, actor=actor)


def open_approval_request(*, action: Action, actor: Actor, decision: Any) -> ApprovalRequest:
    from approvals.verification import effective_policy

    policy = effective_policy(action.ticket.tenant, action.kind)
    request, created = ApprovalRequest.objects.get_or_create(
        action=action,
        defaults={"approvals_required": max(decision.approvals_required, policy.approvals_required),
                  "action_version": action.version,
                  "expires_at": timezone.now() + timedelta(minutes=policy.approval_expiry_minutes)},
    )
    record(actor=actor, verb="approval.requested", obj=action, tenant=action.ticket.tenant,
           details={"reasons": list(decision.reasons), "approvals_required": request.approvals_required})
    if created:
        # Its cards go to the tenant's Slack channel and Teams webhook in a task: a slow chat vendor never
        # holds up a decision.
        transaction.on_commit(lambda: dispatch("approvals.tasks.post_request_cards_task", request.pk))
    return request


def close_request(*, request_id: int, to: str, now: datetime | None = None) -> bool:
    """open -> `to` for one approval request by a conditional update; False when it was closed meanwhile.

    The one transition function of ApprovalRequest: approval, rejection, expiry and withdrawal all go through
    here, so each is a legal transition and its chat cards are redrawn once it commits. Expiry counts only
    past the deadline.
    """
    if to not in REQUEST_TRANSITIONS[RequestStatus.OPEN]:
        raise ValueError(f"An open approval request cannot become {to!r}.")
    now = now or timezone.now()
    deadline = {"expires_at__lte": now} if to == RequestStatus.EXPIRED else {}
    won = ApprovalRequest.objects.filter(pk=request_id, status=RequestStatus.OPEN, **deadline).update(
        status=to, decided_at=now)
    if won:
        # A posted Slack card loses its buttons; Teams is told.
        transaction.on_commit(lambda: dispatch("approvals.tasks.refresh_cards_task", request_id))
    return bool(won)


def _address(value: str) -> str:
    return (value or "").strip().lower().rstrip(".")


def _check_reviewer(reviewer: Any, action: Action) -> None:
    """The one reviewer check, for every channel: approver != submitter != requester != target.

    Called with the action as it stands (before an edit) and again by edit_action with the edited target.
    """
    if reviewer is None or not getattr(reviewer, "is_authenticated", False):
        raise ApprovalRefused("Only a signed-in technician can decide.")
    if not access.can(reviewer, access.APPROVE, action.ticket.tenant_id):
        raise ApprovalRefused("You do not have approve permission on this tenant.")
    ticket = action.ticket
    if ticket.submitted_by_id is not None and ticket.submitted_by_id == getattr(reviewer, "pk", None):
        raise ApprovalRefused("You submitted this ticket, so you cannot decide on its actions; another technician "
                              "must.")
    email = _address(getattr(reviewer, "email", ""))
    if email and email == _address(ticket.requester_email):
        raise ApprovalRefused("You are the requester of this ticket. The requester or the target of an action cannot "
                              "approve it.")
    if email and email == _address(action.target):
        raise ApprovalRefused("You are the target of this action. The requester or the target of an action cannot "
                              "approve it.")
    # An undo's requester is the technician who asked for it (workflow/undo.py): approver != requester holds there too.
    if action.idempotency_key.startswith("undo:") and ticket.events.filter(
            kind="action.undo_requested", data__undo=action.pk, data__requested_by=getattr(reviewer, "pk", None)
    ).exists():
        raise ApprovalRefused("You asked for this undo, so you cannot approve it; another technician must.")


def _check_second_factor(reviewer: Any, action: Action, proof: otp.SecondFactorProof | None) -> str:
    """How the approver proved their second factor ("" when the kind does not need it); refused when it does and
    the proof is missing, someone else's, stale or forged."""
    if not get_kind(action.kind).sensitive:
        return ""
    problem = otp.check_proof(proof, reviewer)
    if problem:
        raise SecondFactorRequired(problem)
    return proof.method if proof is not None else ""


def _note_decision(action: Action, text: str) -> None:
    """Every decision leaves an internal note on the PSA ticket, posted once the decision has committed."""
    from tickets.psa import write_back

    ticket = action.ticket
    transaction.on_commit(lambda: write_back(ticket, internal_note=text))


def _decision_note(actor: Actor, action: Action, channel: str, verdict: str, detail: str = "") -> str:
    label = get_kind(action.kind).label
    params = ", ".join(f"{k}: {v}" for k, v in action.params.items() if k != "target")
    what = f"{label} for {action.target}" + (f" ({params})" if params else "")
    return f"{verdict} by {actor.get_username()} via {channel}: {what}." + (f" {detail}" if detail else "")


def _lock_rows(action_id: int) -> tuple[Action, ApprovalRequest | None]:
    # Only the action row (`of=("self",)`): without it PostgreSQL also locks the joined ticket and tenant rows FOR
    # UPDATE, and every other transaction of that tenant then waits at COMMIT, whose foreign-key check takes a
    # KEY SHARE lock on the tenant row, while holding its audit chain head that this approval waits for: a deadlock.
    action = Action.objects.select_for_update(of=("self",)).select_related("ticket", "ticket__tenant").get(pk=action_id)
    return action, ApprovalRequest.objects.select_for_update().filter(action=action).first()


def _locked(action_id: int, actor: Actor) -> tuple[Action, ApprovalRequest]:
    """The action and its approval request, locked, once the reviewer may decide on this tenant's actions.

    An action that never waited (autonomous, forbidden, planned) has no request: that is a conflict to report,
    not a crash.
    """
    action, request = _lock_rows(action_id)
    _check_reviewer(actor, action)
    if request is None:
        raise ApprovalConflict(f"This action never waited for approval ({action.status}): there is nothing to decide.")
    if request.status != RequestStatus.OPEN or action.status != ActionStatus.AWAITING_APPROVAL:
        raise ApprovalConflict(f"This action is no longer waiting for approval ({action.status}).")
    return action, request


def approve_action(*, actor: Actor, action_id: int, version: int | None = None, params: dict | None = None,
                   comment: str = "", channel: str = "web", identity_check: str = "",
                   second_factor: otp.SecondFactorProof | None = None) -> Action:
    """Record one approval; with enough of them the action is approved and queued to run.

    With `params` that differ from the action's, this is an approval of an edit: `edit_action` makes the new
    version and decides it again first. While a secret-returning action's out-of-band proof is missing, the
    approval must say how the person was verified (`identity_check`, approvals/identity.py); "wait for the
    manager's link" records the approval but the action runs only once the manager confirms. `second_factor` is
    the channel's proof that the approver just proved their TOTP device (tenants/otp.py makes it, after checking a
    code or a verified session); a sensitive kind is refused without a valid one. A refusal changes nothing (the
    transaction rolls back) and is audited.
    """
    try:
        return _approve(actor=actor, action_id=action_id, version=version, params=params, comment=comment,
                        channel=channel, identity_check=identity_check, second_factor=second_factor)
    except ApprovalRefused as exc:
        _audit_refusal(actor, action_id, channel, "approve", str(exc), edit=params is not None)
        raise


def _refuse_unstated_rights(action: Action) -> None:
    """A mailbox action that does not say which rights it means is not approved as it stands: approving it would
    run nothing (the connector refuses to guess) or, worse, someone's idea of a default. The technician chooses
    the rights in an edit (the queue's rights field), which is then decided again like any edit."""
    rule = get_kind(action.kind).params.get("rights")
    if not rule or not rule.get("required"):
        return
    try:
        stated = mailbox_rights(action.params.get("rights"))
    except ValueError:
        stated = ()
    if not stated:
        raise ApprovalRefused("Not approved: the action does not say which mailbox rights (FullAccess, SendAs, "
                              "SendOnBehalf) are meant. Edit it to choose them.")


def _audit_refusal(actor: Actor, action_id: int, channel: str, what: str, why: str, edit: bool = False) -> None:
    """A refused decision is kept in the audit trail (it may be someone probing), after its rollback."""
    action = Action.objects.select_related("ticket__tenant").filter(pk=action_id).first()
    if action is None:
        return
    record(actor=actor, verb="approval.refused", obj=action, tenant=action.ticket.tenant, outcome="refused",
           details={"channel": channel, "decision": what, "edit": edit, "reason": why[:500]})


def _approve(*, actor: Actor, action_id: int, version: int | None, params: dict | None, comment: str,
             channel: str, identity_check: str, second_factor: otp.SecondFactorProof | None) -> Action:
    with transaction.atomic():
        action, request = _locked(action_id, actor)
        if request.expires_at <= timezone.now():
            raise ApprovalConflict("This approval request has expired.")
        if version is not None and version != action.version:
            raise ApprovalConflict("The action changed since you looked at it; review it again.")
        if Review.objects.filter(request=request, reviewer=actor).exists():
            raise ApprovalConflict("You have already decided on this action.")
        edits = edit_action(action=action, request=request, params=params, actor=actor)
        _refuse_unstated_rights(action)
        missing = identity_proof_missing(action)
        if missing and identity_check not in IdentityCheck.values:
            raise ApprovalRefused(refusal_without_check(missing, chat=channel in (Channel.SLACK, Channel.TEAMS)))
        identity_check = identity_check if missing else ""
        # Last before the approval counts, so an edit's floor refusal and a missing identity check keep their own
        # reasons; any refusal rolls the whole approval back.
        factor = _check_second_factor(actor, action, second_factor)
        Review.objects.create(
            request=request, reviewer=actor, channel=channel, comment=comment, edits=edits,
            decision=ReviewDecision.APPROVE_WITH_EDITS if edits else ReviewDecision.APPROVE,
            action_version=action.version, identity_check=identity_check,
        )
        record(actor=actor, verb="approval.approved", obj=action, tenant=action.ticket.tenant,
               authority=f"review via {channel}", details={
                   "edits": edits, "comment": comment[:500], "version": action.version,
                   "identity_check": identity_check, "identity_proof_missing": missing, "second_factor": factor,
                   # What _check_reviewer held the approver apart from, kept with the approval.
                   "apart_from": {"submitter": getattr(action.ticket.submitted_by, "username", None),
                                  "requester": action.ticket.requester_email, "target": action.target}})
        # The Slack card is redrawn, Teams told.
        transaction.on_commit(lambda: dispatch("approvals.tasks.refresh_cards_task", request.pk))
        count = Review.objects.filter(request=request, action_version=action.version,
                                      decision__in=[ReviewDecision.APPROVE, ReviewDecision.APPROVE_WITH_EDITS]).count()
        changed = "; ".join(f"{k} changed from {d['from']!r} to {d['to']!r}" for k, d in edits.items())
        _note_decision(action, _decision_note(actor, action, channel, "Approved" + (" with edits" if edits else ""),
                                              " ".join(filter(None, [
                                                  f"Approval {count} of {request.approvals_required}.",
                                                  f"Edits: {changed}." if changed else "",
                                                  f"Comment: {comment}" if comment else ""]))))
        if count >= request.approvals_required and identity_check == IdentityCheck.MANAGER_LINK:
            add_event(ticket=action.ticket, actor=actor, kind="approval.waits_for_manager",
                      message=f"{count} of {request.approvals_required} approvals for {action.kind}; it runs once "
                              "the manager confirms through the link (workflow/manager_followup.py).")
        elif count >= request.approvals_required:
            # Conditional, like the expiry's: a request that expired meanwhile is never also approved. The
            # approved action is queued to run by transition_action once this commits.
            if not close_request(request_id=request.pk, to=RequestStatus.APPROVED) or not transition_action(
                action=action, to=ActionStatus.APPROVED, actor=actor,
                message=f"Approved via {channel}" + (f": {comment}" if comment else ""),
                authority=f"review via {channel}",
            ):
                raise ApprovalConflict("This approval request was closed meanwhile (expired or decided).")
        else:
            add_event(ticket=action.ticket, actor=actor, kind="approval.partial",
                      message=f"{count} of {request.approvals_required} approvals for {action.kind}.")
    return action


def edit_action(*, action: Action, request: ApprovalRequest, params: dict | None, actor: Actor) -> dict[str, Any]:
    """The one way an action's params or target change after planning; returns the edits ({} for none).

    Called inside the approval's transaction with both rows locked. An edit is a new action: it gets a new
    version (earlier approvals no longer count), and it is verified and decided again by the lifecycle's
    re-decision (workflow/decisions.redecide_edited_action) before the editor's approval counts. A floor
    refusal raises ApprovalRefused with the floor's reason, which rolls the whole edit back. The new decision's
    approvals apply when stricter; an edit never lowers them.
    """
    if params is None or params == action.params:
        return {}
    new = validate_params(action.kind, {**action.params, **params})
    edits = {k: {"from": action.params.get(k), "to": v} for k, v in new.items() if action.params.get(k) != v}
    if not edits:
        return {}
    _check_reviewer(actor, Action(ticket=action.ticket, target=new["target"]))  # nobody edits onto themself
    Review.objects.filter(request=request).delete()
    Action.objects.filter(pk=action.pk).update(params=new, target=new["target"], version=action.version + 1)
    action.params, action.target, action.version = new, new["target"], action.version + 1
    decision = _redecide_edit(action, actor)
    if decision.mode == DecisionMode.FORBIDDEN:
        raise ApprovalRefused("This edit is refused: " + "; ".join(decision.reasons))
    request.approvals_required = max(request.approvals_required, decision.approvals_required)
    request.action_version = action.version
    ApprovalRequest.objects.filter(pk=request.pk).update(action_version=action.version,
                                                         approvals_required=request.approvals_required)
    action.ticket.refresh_from_db(fields=["verification"])  # the re-decision verified the new target
    record(actor=actor, verb="action.edited", obj=action, tenant=action.ticket.tenant,
           details={"edits": edits, "version": action.version, "decision": decision.mode,
                    "approvals_required": request.approvals_required, "reasons": list(decision.reasons)})
    return edits


def approve_reviewed(*, action: Action, actor: Actor, authority: str) -> bool:
    """Approve a waiting action whose approvals were all given already, waiting only for the manager's proof.

    Called by the lifecycle once the manager confirmed and the action was decided again (still `approval`):
    the technicians who chose "wait for the manager's link" need not come back. False when they were not enough.
    """
    with transaction.atomic():
        action, request = _lock_rows(action.pk)
        if request is None or request.status != RequestStatus.OPEN or action.status != ActionStatus.AWAITING_APPROVAL:
            return False
        reviews = Review.objects.filter(request=request, action_version=action.version,
                                        decision__in=[ReviewDecision.APPROVE, ReviewDecision.APPROVE_WITH_EDITS])
        if reviews.count() < request.approvals_required or identity_proof_missing(action):
            return False
        if not close_request(request_id=request.pk, to=RequestStatus.APPROVED):
            return False
        who = ", ".join(r.reviewer.get_username() for r in reviews.select_related("reviewer"))
        return transition_action(action=action, to=ActionStatus.APPROVED, actor=actor, authority=authority,
                                 message=f"Approved by {who}, who waited for the manager's confirmation")


def reject_action(*, actor: Actor, action_id: int, reason: str, channel: str = "web") -> Action:
    if not reason.strip():
        raise ApprovalRefused("A rejection needs a reason; it goes to the ticket.")
    try:
        return _reject(actor=actor, action_id=action_id, reason=reason, channel=channel)
    except ApprovalRefused as exc:
        _audit_refusal(actor, action_id, channel, "reject", str(exc))
        raise


def _reject(*, actor: Actor, action_id: int, reason: str, channel: str) -> Action:
    with transaction.atomic():
        action, request = _locked(action_id, actor)
        # A technician who approved (one of two) may still stop it: the rejection replaces their approval.
        Review.objects.filter(request=request, reviewer=actor).delete()
        Review.objects.create(request=request, reviewer=actor, channel=channel, comment=reason,
                              decision=ReviewDecision.REJECT, action_version=action.version)
        # The note is queued first: the rejection settles the ticket on commit, and its note should come after.
        _note_decision(action, _decision_note(actor, action, channel, "Rejected", f"Reason: {reason}"))
        close_request(request_id=request.pk, to=RequestStatus.REJECTED)
        transition_action(action=action, to=ActionStatus.REJECTED, actor=actor,
                          message=f"Rejected via {channel}: {reason}", authority=f"review via {channel}")
        record(actor=actor, verb="approval.rejected", obj=action, tenant=action.ticket.tenant,
               authority=f"review via {channel}", details={"reason": reason[:500], "version": action.version})
    return action  # the rejection sent action_settled (transition_action): the ticket is settled on commit


# -- autonomy policies (the service lead's matrix) -------------------------------------------------

POLICY_MODES = {"autonomous", "approval", "forbidden"}


def _policy_state(policy: AutonomyPolicy | None) -> dict[str, Any] | None:
    if policy is None:
        return None
    return {"mode": policy.mode, "conditions": dict(policy.conditions or {}),
            "approvals_required": policy.approvals_required,
            "approval_expiry_minutes": policy.approval_expiry_minutes}


def _checked_policy_row(row: dict[str, Any], *, allow_inherit: bool) -> tuple[str, dict[str, Any] | None]:
    """The form validates for people; this guards every other caller from storing nonsense."""
    from rallied.kinds import KINDS

    kind, mode = row.get("kind"), row.get("mode") or ""
    if kind not in KINDS:
        raise ValueError(f"Unknown action kind: {kind!r}.")
    if mode == "" and allow_inherit:
        return kind, None
    if mode not in POLICY_MODES:
        raise ValueError(f"{kind}: mode must be one of {', '.join(sorted(POLICY_MODES))}.")
    state = {"mode": mode, "conditions": dict(row.get("conditions") or {}),
             "approvals_required": int(row.get("approvals_required", 1)),
             "approval_expiry_minutes": int(row.get("approval_expiry_minutes", 240))}
    if state["approvals_required"] not in (1, 2):
        raise ValueError(f"{kind}: approvals required must be 1 or 2.")
    if state["approval_expiry_minutes"] < 1:
        raise ValueError(f"{kind}: the approval expiry must be positive.")
    if any(isinstance(v, int) and not isinstance(v, bool) and v < 0 for v in state["conditions"].values()):
        raise ValueError(f"{kind}: limits cannot be negative.")
    return kind, state


def set_tenant_policy(*, actor: Actor, tenant: Any, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Save a whole policy matrix at once: a tenant's overrides, or the MSP defaults when `tenant` is None.

    A tenant row with an empty mode removes the override (the kind inherits the MSP default again).
    All rows are checked before anything is written; one audit event carries the diff. Returns the diff.
    """
    from approvals.policy_matrix import require_policy_editor

    require_policy_editor(actor, tenant)
    checked = [_checked_policy_row(row, allow_inherit=tenant is not None) for row in rows]
    changes: list[dict[str, Any]] = []
    with transaction.atomic():
        stored = {p.kind: p for p in AutonomyPolicy.objects.select_for_update().filter(tenant=tenant)}
        for kind, after in checked:
            policy = stored.get(kind)
            before = _policy_state(policy)
            if before == after:
                continue
            if after is None:
                policy.delete()  # type: ignore[union-attr]
            elif policy is None:
                AutonomyPolicy.objects.create(tenant=tenant, kind=kind, **after)
            else:
                for field, value in after.items():
                    setattr(policy, field, value)
                policy.save()  # save(), not update(): django-auditlog records the change with its actor
            # A list, not a dict keyed by kind: the audit redaction would hide a key like "reset_password".
            changes.append({"kind": kind, "from": before, "to": after})
        if changes:
            record(actor=actor, verb="policy.updated", obj=tenant, tenant=tenant,
                   details={"scope": tenant.slug if tenant is not None else "MSP default", "changes": changes})
    return changes

