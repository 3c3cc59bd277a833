"""The technicians' review queue (`/queue/`): list what waits, approve (with edits), reject, bulk approve.

Views only read the request and delegate: tenants/access.py says which tenants the person may act on,
approvals/selectors.py builds the cards, approvals/services.py applies the rules and writes (audit event,
PSA note), approvals/policy.py says what may go through in bulk.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from approvals.forms import ApproveForm, DecidedFilterForm, QueueFilterForm, RejectForm, bulk_items
from approvals.selectors import (
    DECIDED_DAYS,
    decided_page,
    failed_after_approval,
    matching_total,
    queue_page,
    tenant_counts,
    waiting_counts,
    waiting_for_bulk,
)
from approvals.services import ApprovalRefused, approve_action, reject_action
from playbooks.choices import ActionStatus
from playbooks.models import Action
from playbooks.scheduling import local_time
from playbooks.selectors import scheduled_steps
from playbooks.services import cancel_scheduled_action
from rallied.kinds import KINDS, ParamsError, get_kind
from tenants import access, otp
from tickets.secrets import secrets_to_hand_over

SENSITIVE_KINDS = frozenset(name for name, spec in KINDS.items() if spec.sensitive)


@login_required
@require_GET
def queue(request: HttpRequest) -> HttpResponse:
    tenant_ids = access.approvable_tenant_ids(request.user)
    counts = waiting_counts(tenant_ids)
    tenants = tenant_counts(tenant_ids, counts)
    form = QueueFilterForm(request.GET, [(t.slug, t.name) for t in tenants])
    filters = form.filters()
    page, cards = queue_page(tenant_ids, filters, request.GET.get("page"),
                             total=matching_total(tenants, counts, filters))
    keep = request.GET.copy()
    keep.pop("page", None)
    return render(request, "approvals/queue.html", {
        "form": form, "filters": filters, "tenants": tenants, "page": page, "cards": cards,
        "total_waiting": sum(t.waiting for t in tenants), "query": keep.urlencode(),
        "here": request.get_full_path(), "username": request.user.get_username(),
        "user_email": (request.user.email or "").lower(),
        "bulk_possible": any(not card.bulk_refusal for card in cards),
        # Rendered once, not per card: 50 cards x 3 forms of {% url %} and {% csrf_token %} cost real time.
        "queue_url": reverse("queue"), "csrf_input": _csrf_input(request),
        # Secrets kept from a reply because the requester was not their owner (workflow/delivery.py).
        "handovers": secrets_to_hand_over(tenant_ids),
        # Approved steps waiting for the time their ticket asked for, in each tenant's zone, with a cancel button.
        "scheduled": [(a, get_kind(a.kind).label, local_time(a)) for a in scheduled_steps(tenant_ids)],
        # Cards of these kinds ask for a code unless this session already proved the second factor.
        "code_kinds": set() if otp.is_verified(request) else SENSITIVE_KINDS,
        **_failures(request, tenant_ids),
    })


# When this session last opened the recently-decided page: failures after it make the queue's badge.
SEEN_KEY = "rallied_decided_seen_at"


def _seen_at(request: HttpRequest) -> datetime:
    seen = parse_datetime(str(request.session.get(SEEN_KEY) or ""))
    oldest = timezone.now() - timedelta(days=DECIDED_DAYS)
    return max(seen, oldest) if seen else oldest


def _failures(request: HttpRequest, tenant_ids: list[int]) -> dict[str, object]:
    """Actions this technician approved that failed since they last looked: the badge and the sidebar list."""
    failed = list(failed_after_approval(tenant_ids, request.user, since=_seen_at(request))
                  .select_related("ticket").only("id", "kind", "target", "ticket__id")[:20])
    return {"failed_badge": len(failed), "failed_mine": [(a, get_kind(a.kind).label) for a in failed]}


@login_required
@require_GET
def decided(request: HttpRequest) -> HttpResponse:
    """What became of the actions decided in the last week: succeeded, failed (with the vendor's reason),
    rejected, expired, still running. Failures of the person's own approvals since their last visit are marked new,
    and opening the page clears the queue's badge."""
    tenant_ids = access.approvable_tenant_ids(request.user)
    form = DecidedFilterForm(request.GET)
    new_ids = {a.pk for a in failed_after_approval(tenant_ids, request.user, since=_seen_at(request))}
    page, rows = decided_page(tenant_ids, user=request.user, filters=form.filters(),
                              page_number=request.GET.get("page"), new_ids=new_ids)
    request.session[SEEN_KEY] = timezone.now().isoformat()
    keep = request.GET.copy()
    keep.pop("page", None)
    return render(request, "approvals/decided.html", {
        "form": form, "page": page, "rows": rows, "query": keep.urlencode(), "days": DECIDED_DAYS,
        "failed_badge": 0,
    }, status=200 if form.is_valid() else 400)


def _csrf_input(request: HttpRequest) -> str:
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request))


def _back(request: HttpRequest) -> HttpResponseRedirect:
    """Back to the queue as the technician had it filtered; only ever to a path of this site."""
    target = request.POST.get("next", "")
    if not (target.startswith("/queue/") and url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure())):
        target = reverse("queue")
    return HttpResponseRedirect(target)


def _visible_action(request: HttpRequest, action_id: int) -> Action:
    """The action, if its tenant is one this person may see at all; anything else is a plain 404."""
    visible = access.tenants_for_user(request.user, access.VIEW)
    return get_object_or_404(Action.objects.select_related("ticket").filter(ticket__tenant__in=visible),
                             pk=action_id)


def _name(action: Action) -> str:
    return f"{get_kind(action.kind).label} for {action.target} (ticket #{action.ticket_id})"


@login_required
@require_POST
def approve(request: HttpRequest, action_id: int) -> HttpResponse:
    action = _visible_action(request, action_id)
    form = ApproveForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"{_name(action)}: the approval form was incomplete; reload and try again.")
        return _back(request)
    try:
        done = approve_action(actor=request.user, action_id=action.pk, version=form.cleaned_data["version"],
                              params=form.params(action.kind, request.POST), comment=form.cleaned_data["comment"],
                              channel="web", identity_check=form.cleaned_data["identity_check"],
                              second_factor=otp.proof_from_request(request, form.cleaned_data["otp"]))
    except ParamsError as exc:
        problems = "; ".join(f"{k}: {v}" for k, v in exc.errors.items())
        messages.error(request, f"{_name(action)} not approved: {problems}.")
    except ApprovalRefused as exc:
        messages.error(request, f"{_name(action)} not approved: {exc}")
    else:
        messages.success(request, _approved_message(done))
    return _back(request)


def _approved_message(action: Action) -> str:
    if action.status == ActionStatus.AWAITING_APPROVAL:
        request = action.approval
        given = request.reviews.filter(action_version=action.version).count()
        return f"Your approval of {_name(action)} is recorded: {given} of {request.approvals_required}."
    return f"Approved {_name(action)}."


@login_required
@require_POST
def reject(request: HttpRequest, action_id: int) -> HttpResponse:
    action = _visible_action(request, action_id)
    form = RejectForm(request.POST)
    if not form.is_valid():
        messages.error(request, f"{_name(action)} not rejected: a rejection needs a reason; it goes to the ticket.")
        return _back(request)
    try:
        reject_action(actor=request.user, action_id=action.pk, reason=form.cleaned_data["reason"], channel="web")
    except ApprovalRefused as exc:
        messages.error(request, f"{_name(action)} not rejected: {exc}")
    else:
        messages.success(request, f"Rejected {_name(action)}; the reason is on the ticket.")
    return _back(request)


@login_required
@require_POST
def bulk_approve(request: HttpRequest) -> HttpResponse:
    """Approve the ticked cards that the bulk rule allows; say which were refused and why."""
    items = bulk_items(request.POST)
    if not items:
        messages.error(request, "Tick the low-risk cards to approve first.")
        return _back(request)
    cards = waiting_for_bulk(access.approvable_tenant_ids(request.user), list(items))
    approved, refused = 0, [f"#{pk}: no longer waiting in your queue." for pk in items
                            if pk not in {c.action.pk for c in cards}]
    for card in cards:
        if card.bulk_refusal:
            refused.append(f"#{card.action.pk}: {card.bulk_refusal}")
            continue
        try:
            approve_action(actor=request.user, action_id=card.action.pk, version=items[card.action.pk],
                           comment="bulk approval", channel="web", second_factor=otp.proof_from_request(request))
        except ApprovalRefused as exc:
            refused.append(f"#{card.action.pk}: {exc}")
        else:
            approved += 1
    if approved:
        messages.success(request, f"Approved {approved} low-risk action{'s' if approved != 1 else ''}.")
    if refused:
        messages.error(request, "Not approved in bulk — " + " ".join(refused))
    return _back(request)


@login_required
@require_POST
def cancel_schedule(request: HttpRequest, action_id: int) -> HttpResponse:
    """Cancel an approved step that waits for its time: rejected, never run, with an audit event and a PSA note
    (playbooks/services.cancel_scheduled_action, the same service as the admin's delete of its schedule). A
    technician's act: approving it was one."""
    action = _visible_action(request, action_id)
    if action.ticket.tenant_id not in access.approvable_tenant_ids(request.user):
        messages.error(request, f"{_name(action)}: only a technician of its tenant can cancel it.")
        return _back(request)
    reason = " ".join(request.POST.get("reason", "").split())[:500]
    why = f"cancelled by {request.user.get_username()}" + (f": {reason}" if reason else "")
    if cancel_scheduled_action(actor=request.user, action=action, why=why):
        messages.success(request, f"Cancelled {_name(action)}; it will not run, and the ticket says so.")
    else:
        messages.error(request, f"{_name(action)} was not cancelled: it no longer waits for a later time.")
    return _back(request)
