"""The manager path of out-of-band verification: a signed, single-use, expiring link to the target's manager.

Used when a push cannot prove anything (the ticket says the phone is lost or new: the MGM replay),
when the requester has no factor to push, or when the tenant verifies through managers.

1. `request_manager_confirmation` (from the pipeline, live mode only) stores a ManagerConfirmation and, once
   the transaction commits, e-mails the link to the manager's address *from the directory* (never to the
   ticket's requester) and notes in the PSA that it was sent (without the link).
2. The manager opens `/verify/manager/<token>/`: a GET only shows what is asked for whom (link scanners
   burn nothing); a POST confirms or declines, once.
3. Confirm: the ticket's waiting actions are verified and decided again with the proof in hand, under the
   normal policy and floor (an admin or VIP target still needs a technician). Decline: rejected, escalated.
4. After a confirmed reset, `deliver_secrets_to_manager` sends the one-time secret link (a TAP) to the
   manager when the policy names that channel (by default for a lost phone), instead of the requester reply.

An expired, used or tampered link is refused and recorded.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from approvals.choices import RequestStatus, SecretDelivery
from approvals.manager_models import ManagerConfirmation
from approvals.models import ApprovalRequest
from approvals.policy import Decision, decide
from approvals.services import close_request
from approvals.verification import effective_policy, verify_actions
from approvals.verification.proof import LOST_DEVICE_REASON
from audit.services import record
from playbooks.choices import ActionStatus
from playbooks.kinds import get_kind
from playbooks.models import Action
from playbooks.services import transition_action
from tickets.choices import TicketStatus
from tickets.models import OneTimeSecret, Ticket
from tickets.services import add_event, escalate_ticket, save_verification

log = logging.getLogger("rallied.manager")
ACTOR = "system:manager-link"
SALT = "rallied.approvals.manager-confirmation"
Status = ManagerConfirmation.Status


def link_ttl() -> timedelta:
    return timedelta(minutes=int(getattr(settings, "RALLIED_MANAGER_LINK_TTL_MINUTES", 240)))


def make_token(confirmation: ManagerConfirmation) -> str:
    return signing.dumps({"n": confirmation.nonce}, salt=SALT)


def link_url(token: str) -> str:
    return f"{settings.RALLIED_PUBLIC_URL.rstrip('/')}/verify/manager/{token}/"


# -- 1. asking -------------------------------------------------------------------------------------


def _secret_to_manager(ticket: Ticket, reason: str) -> bool:
    """The channel for a one-time secret after a manager-confirmed reset: the policy's `secret_delivery`
    ("manager" or "requester"); unnamed, the manager when the phone is lost (they hand it over), else the reply."""
    kinds = {a.kind for a in ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL)
             if get_kind(a.kind).returns_secret}
    named = {effective_policy(ticket.tenant, kind).conditions.get("secret_delivery") for kind in sorted(kinds)}
    if SecretDelivery.MANAGER in named:
        return True
    if SecretDelivery.REQUESTER in named:
        return False
    return reason == LOST_DEVICE_REASON


def request_manager_confirmation(*, actor: object, ticket: Ticket) -> ManagerConfirmation | None:
    """Ask the target's manager to confirm, if this ticket's proof waits on them (live mode only)."""
    found = ticket.verification or {}
    if ticket.tenant.mode != "live" or found.get("proof") != "pending" or not found.get("manager_email"):
        return None
    confirmation = ManagerConfirmation.objects.create(
        ticket=ticket, target=found.get("target", ""), manager_email=found["manager_email"],
        manager_name=found.get("manager_name", ""), reason=found.get("manager_reason", "")[:300],
        deliver_secret_to_manager=_secret_to_manager(ticket, found.get("manager_reason", "")),
        nonce=secrets.token_urlsafe(24), expires_at=timezone.now() + link_ttl(),
    )
    token = make_token(confirmation)
    record(actor=actor, verb="manager_confirmation.requested", obj=ticket, tenant=ticket.tenant,
           details={"manager": confirmation.manager_email, "target": confirmation.target,
                    "reason": confirmation.reason, "expires_at": confirmation.expires_at.isoformat()})
    add_event(ticket=ticket, actor=actor, kind="verification.manager_asked",
              message=f"Asked {confirmation.manager_name} ({confirmation.manager_email}), the manager in the "
                      f"directory, to confirm: {confirmation.reason}.")
    transaction.on_commit(lambda: _send_request(confirmation.pk, token))
    return confirmation


def _what(ticket: Ticket) -> list[str]:
    return [f"{get_kind(a.kind).label} for {a.target}"
            for a in ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL).order_by("pk")]


def _send_request(confirmation_id: int, token: str) -> None:
    from tickets.psa import write_back

    confirmation = ManagerConfirmation.objects.select_related("ticket", "ticket__tenant").get(pk=confirmation_id)
    ticket = confirmation.ticket
    body = render_to_string("approvals/manager_email.txt", {
        "c": confirmation, "ticket": ticket, "what": _what(ticket), "url": link_url(token),
        "name": (confirmation.manager_name or "").split(" ")[0] or "there",
    })
    try:
        send_mail(f"Please confirm a help-desk request for {confirmation.target}", body,
                  settings.DEFAULT_FROM_EMAIL, [confirmation.manager_email])
    except Exception as exc:  # a mail outage leaves the action with the technicians, as before the link
        log.warning("manager link for ticket %s could not be sent: %s", ticket.pk, type(exc).__name__)
        add_event(ticket=ticket, actor=ACTOR, kind="verification.manager_unsent",
                  message=f"The confirmation link could not be e-mailed ({type(exc).__name__}); a technician decides.")
        return
    record(actor=ACTOR, verb="manager_confirmation.sent", obj=ticket, tenant=ticket.tenant,
           details={"to": confirmation.manager_email})
    write_back(ticket, internal_note=(
        f"Out-of-band check: Rallied e-mailed a one-time confirmation link to {confirmation.manager_name} "
        f"<{confirmation.manager_email}>, the manager of {confirmation.target} in the directory, because "
        f"{confirmation.reason}. The link expires at {confirmation.expires_at:%Y-%m-%d %H:%M} UTC. Nothing changes "
        "until the manager confirms or a technician approves."))


# -- 2. the link -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class LinkState:
    """What a manager link leads to: the row, or why it leads nowhere."""

    confirmation: ManagerConfirmation | None
    problem: str = ""


def open_link(token: str) -> LinkState:
    """Check a token without using it: signature, age, and that its row still waits for an answer."""
    try:
        nonce = signing.loads(token, salt=SALT, max_age=link_ttl()).get("n", "")
    except signing.SignatureExpired:
        return LinkState(None, "This link has expired.")
    except (signing.BadSignature, AttributeError):
        return LinkState(None, "This link is not valid.")
    row = ManagerConfirmation.objects.select_related("ticket", "ticket__tenant").filter(nonce=nonce).first()
    if row is None:
        return LinkState(None, "This link is not valid.")
    if row.status != Status.SENT:
        return LinkState(row, "This link has already been used.")
    if row.expires_at <= timezone.now():
        return LinkState(row, "This link has expired.")
    return LinkState(row)


def answer_link(*, token: str, confirm: bool) -> LinkState:
    """The manager's answer, accepted once. Returns the row and '' when it counted, else why it did not."""
    state = open_link(token)
    row = state.confirmation
    if state.problem:
        _refused(row, state.problem)
        return state
    assert row is not None
    now = timezone.now()
    outcome = Status.CONFIRMED if confirm else Status.DECLINED
    with transaction.atomic():
        won = ManagerConfirmation.objects.filter(pk=row.pk, status=Status.SENT, expires_at__gt=now).update(
            status=outcome, decided_at=now)
        if not won:  # a second tab, a double click: the first answer stands
            _refused(row, "This link has already been used.")
            return LinkState(row, "This link has already been used.")
        row.status, row.decided_at = outcome, now
        record(actor=ACTOR, verb=f"manager_confirmation.{outcome}", obj=row.ticket, tenant=row.ticket.tenant,
               authority=f"manager {row.manager_email} via signed one-time link",
               details={"manager": row.manager_email, "target": row.target})
        add_event(ticket=row.ticket, actor=ACTOR, kind=f"verification.manager_{outcome}",
                  message=f"{row.manager_name} ({row.manager_email}) {outcome} the request for {row.target}.")
    if confirm:
        _after_confirm(row)
    else:
        _after_decline(row)
    return LinkState(row)


def _refused(row: ManagerConfirmation | None, problem: str) -> None:
    tenant = row.ticket.tenant if row is not None else None
    record(actor=ACTOR, verb="manager_confirmation.refused", obj=row.ticket if row else None, tenant=tenant,
           outcome="refused", details={"problem": problem})


# -- 3. what the answer does -------------------------------------------------------------------------


def _waiting(ticket: Ticket) -> list[Action]:
    return list(ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL).order_by("pk"))


def _after_confirm(row: ManagerConfirmation) -> None:
    """Decide the waiting actions again, now with the manager's proof; the floor and the policy still apply."""
    from tenants.selectors import connector_for, identity_connection

    ticket = Ticket.objects.select_related("tenant").get(pk=row.ticket_id)
    waiting = _waiting(ticket)
    if ticket.status != TicketStatus.AWAITING_APPROVAL or not waiting:
        add_event(ticket=ticket, actor=ACTOR, kind="verification.manager_late",
                  message="The manager confirmed, but a technician had already decided.")
        return
    connection = identity_connection(ticket.tenant)
    idp = connector_for(connection) if connection is not None else None
    contexts, summary = verify_actions(ticket=ticket, actions=waiting, idp=idp, confirmed_by=row)  # type: ignore[arg-type]
    decisions = {a.pk: decide(a.kind, a.target, contexts[a.pk]) for a in waiting}
    with transaction.atomic():
        save_verification(ticket=ticket, actor=ACTOR, verification=summary)
        for action in waiting:
            _apply(ticket, action, decisions[action.pk], row)
        refused = [a for a in waiting if decisions[a.pk].mode == "forbidden"]
        if refused:
            reason = "; ".join(r for a in refused for r in decisions[a.pk].reasons)
            _reject_waiting(ticket, f"Refused when decided again after the manager's confirmation: {reason}")
            _escalate(ticket, reason)


def _apply(ticket: Ticket, action: Action, decision: Decision, row: ManagerConfirmation) -> None:
    proof = f"Confirmed by the manager {row.manager_name} through a signed one-time link."
    reasons = [proof, *decision.reasons] if decision.mode == "autonomous" else list(decision.reasons)
    Action.objects.filter(pk=action.pk).update(decision=decision.mode, reasons=reasons, flags=list(decision.flags))
    action.decision, action.reasons, action.flags = decision.mode, reasons, list(decision.flags)
    if decision.mode == "autonomous":
        # The request was opened only because the proof was missing; with the proof, the policy lets it run.
        _withdraw_request(ticket, action)
        transition_action(action=action, to=ActionStatus.APPROVED, actor=ACTOR, message=" ".join(reasons),
                          authority=f"manager confirmation by {row.manager_email}; policy")
        from tickets.tasks import enqueue_execution

        transaction.on_commit(lambda pk=action.pk: enqueue_execution(pk))
    elif decision.mode == "approval":
        add_event(ticket=ticket, actor=ACTOR, kind="approval.still_needed", data={"action": action.pk},
                  message=f"The manager confirmed; a technician still decides {action.kind} for {action.target}: "
                          + "; ".join(decision.reasons))


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
        request = ApprovalRequest.objects.filter(action=action, status=RequestStatus.OPEN).first()
        if request is not None:
            close_request(request_id=request.pk, to=RequestStatus.REJECTED)  # its chat cards say why, too
        transition_action(action=action, to=ActionStatus.REJECTED, actor=ACTOR, message=message)


def _escalate(ticket: Ticket, reason: str) -> None:
    from tickets import messages
    from tickets.psa import write_back

    if escalate_ticket(ticket=ticket, actor=ACTOR, reason=reason):
        note = messages.escalation_note(ticket, reason, include_triage=False)
        transaction.on_commit(lambda: write_back(ticket, internal_note=note))


def _after_decline(row: ManagerConfirmation) -> None:
    ticket = Ticket.objects.select_related("tenant").get(pk=row.ticket_id)
    reason = (f"The manager {row.manager_name} ({row.manager_email}) declined the request for {row.target}: "
              "it may not come from the person it names. Call the user on a number from the directory.")
    with transaction.atomic():
        _reject_waiting(ticket, f"Declined by the manager {row.manager_email}.")
        _escalate(ticket, reason)


# -- 4. the secret's channel -------------------------------------------------------------------------


def deliver_secrets_to_manager(ticket: Ticket) -> int:
    """E-mail the one-time secret links of a manager-confirmed ticket to the manager, when that is the channel.

    Each link sent is dropped from the ticket (so the requester reply does not carry it). Returns how many.
    """
    row = ticket.manager_confirmations.filter(status=Status.CONFIRMED, deliver_secret_to_manager=True).first()
    if row is None:
        return 0
    from tickets.secrets import link_for

    sent = 0
    for secret in OneTimeSecret.objects.filter(ticket=ticket, link_encrypted__gt=""):
        body = render_to_string("approvals/manager_secret_email.txt", {
            "c": row, "label": secret.label, "url": link_for(secret), "expires": secret.expires_at,
            "name": (row.manager_name or "").split(" ")[0] or "there",
        })
        try:
            send_mail(f"{secret.label} for {row.target}", body, settings.DEFAULT_FROM_EMAIL, [row.manager_email])
        except Exception as exc:  # the reply to the requester still carries it: the manager confirmed who it is
            log.warning("secret link for ticket %s could not be mailed: %s", ticket.pk, type(exc).__name__)
            continue
        OneTimeSecret.objects.filter(pk=secret.pk).update(link_encrypted="")
        record(actor=ACTOR, verb="secret_link.sent", obj=ticket, tenant=ticket.tenant,
               details={"to": row.manager_email, "label": secret.label, "secret": secret.pk})
        add_event(ticket=ticket, actor=ACTOR, kind="secret.delivered",
                  message=f"The {secret.label.lower()} link went to the manager {row.manager_email}.")
        sent += 1
    return sent


# -- views (they only delegate) ----------------------------------------------------------------------


@never_cache
@require_http_methods(["GET", "POST"])
def manager_link(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows what is asked for whom; POST (confirm / decline) answers once."""
    if request.method == "GET":
        state = open_link(token)
        context = {"state": state, "c": state.confirmation,
                   "what": _what(state.confirmation.ticket) if state.confirmation else []}
        return render(request, "approvals/manager_confirm.html", context, status=410 if state.problem else 200)
    choice = request.POST.get("decision")
    if choice not in ("confirm", "decline"):
        return HttpResponse("Choose confirm or decline.", status=400, content_type="text/plain")
    state = answer_link(token=token, confirm=choice == "confirm")
    response = render(request, "approvals/manager_done.html", {"state": state, "choice": choice},
                      status=410 if state.problem else 200)
    response["Referrer-Policy"] = "no-referrer"
    return response
