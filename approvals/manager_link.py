"""The manager path of out-of-band verification: a signed, single-use, expiring link to the target's manager.

Used when a push cannot prove anything (the ticket says the phone is lost or new: the MGM replay),
when the requester has no factor to push, or when the tenant verifies through managers.

1. `request_manager_confirmation` (from the pipeline, live mode only) stores a ManagerConfirmation and, once
   the transaction commits, e-mails the link to the manager's address *from the directory* (never to the
   ticket's requester) and notes in the PSA that it was sent (without the link).
2. The manager opens `/verify/manager/<token>/`: a GET only shows what is asked for whom (link scanners
   burn nothing); a POST confirms or declines, once.
3. The answer is recorded here and `manager_answered` is sent on commit; workflow/manager_followup.py does
   what it means (confirm: the waiting actions are decided again with the proof in hand, under the normal
   policy and floor; decline: rejected and escalated; later, the one-time secret link to the manager when
   the policy names that channel).

An expired, used or tampered link is refused and recorded.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

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

from approvals.choices import CONFIRMATION_TRANSITIONS, SecretDelivery
from approvals.manager_models import ManagerConfirmation
from approvals.signals import manager_answered
from approvals.verification import effective_policy
from approvals.verification.proof import LOST_DEVICE_REASON
from audit.services import record
from playbooks.choices import ActionStatus
from rallied.kinds import get_kind
from tenants.models import Tenant
from tickets.models import Ticket
from tickets.services import add_event

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
    if ticket.tenant.mode != Tenant.Mode.LIVE or found.get("proof") != "pending" or not found.get("manager_email"):
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
        if not transition_confirmation(confirmation_id=row.pk, to=outcome, now=now):
            # a second tab, a double click: the first answer stands
            _refused(row, "This link has already been used.")
            return LinkState(row, "This link has already been used.")
        row.status, row.decided_at = outcome, now
        record(actor=ACTOR, verb=f"manager_confirmation.{outcome}", obj=row.ticket, tenant=row.ticket.tenant,
               authority=f"manager {row.manager_email} via signed one-time link",
               details={"manager": row.manager_email, "target": row.target})
        add_event(ticket=row.ticket, actor=ACTOR, kind=f"verification.manager_{outcome}",
                  message=f"{row.manager_name} ({row.manager_email}) {outcome} the request for {row.target}.")
        # workflow/ decides the waiting actions again with the proof, or rejects and escalates them.
        transaction.on_commit(lambda: manager_answered.send(sender=ManagerConfirmation, confirmation_id=row.pk,
                                                            confirmed=confirm))
    return LinkState(row)


def transition_confirmation(*, confirmation_id: int, to: str, now: datetime | None = None) -> bool:
    """sent -> `to` for one confirmation by a conditional update; False when it was answered or expired meanwhile.

    An answer counts only before the link's deadline; expiry only after it.
    """
    if to not in CONFIRMATION_TRANSITIONS[Status.SENT]:
        raise ValueError(f"A sent manager confirmation cannot become {to!r}.")
    now = now or timezone.now()
    deadline = {"expires_at__lte": now} if to == Status.EXPIRED else {"expires_at__gt": now}
    return ManagerConfirmation.objects.filter(pk=confirmation_id, status=Status.SENT, **deadline).update(
        status=to, decided_at=now) == 1


def _refused(row: ManagerConfirmation | None, problem: str) -> None:
    tenant = row.ticket.tenant if row is not None else None
    record(actor=ACTOR, verb="manager_confirmation.refused", obj=row.ticket if row else None, tenant=tenant,
           outcome="refused", details={"problem": problem})


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
