"""Chat approval endpoints: Slack's interactivity webhook and the page behind a Teams approval link.

Both only delegate: approvals/channels/ verifies and decides, approvals/services.py enforces the rules.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from approvals.channels.cards import view_of
from approvals.channels.slack import handle_slack_action
from approvals.channels.teams import LinkRefused, decide_with_link, read_approval_link
from approvals.choices import RequestStatus
from approvals.services import ApprovalRefused
from rallied.kinds import ParamsError, get_kind
from tenants import access, otp


@csrf_exempt  # Slack cannot send a CSRF token; the v0 signature over the raw body stands in for it
@require_POST
def slack_interactivity(request: HttpRequest) -> HttpResponse:
    """Slack's Request URL for button presses (oversized bodies were already refused by the middleware)."""
    # The signature covers the exact bytes Slack sent: read them before anything parses the form.
    raw = request.body
    headers = {k.lower(): v for k, v in request.headers.items()}
    reply = handle_slack_action(raw_body=raw, headers=headers)
    return JsonResponse(reply.body(), status=reply.status)


def _page(request: HttpRequest, context: dict, status: int = 200) -> HttpResponse:
    response = render(request, "approvals/link.html", context, status=status)
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"  # the token is in the URL: don't hand it to other sites
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def approval_link(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows the action; POST (CSRF-protected) records the signed-in technician's decision."""
    try:
        link = read_approval_link(token)
    except LinkRefused as exc:
        return _page(request, {"problem": str(exc)}, status=exc.status)
    approval = link.request
    tenant_id = approval.action.ticket.tenant_id
    if not access.can(request.user, access.APPROVE, tenant_id):
        # Say nothing about the ticket to someone who may not decide on it.
        return _page(request, {"problem": "You do not have approve permission for this client."}, status=403)
    if request.method == "GET":
        return _page(request, _context(link, request))
    decision = request.POST.get("decision", "")
    text = request.POST.get("reason" if decision == "reject" else "comment", "").strip()
    try:
        proof = otp.proof_from_request(request, request.POST.get("otp", "")) if decision == "approve" else None
        done = decide_with_link(actor=request.user, token=token, decision=decision, text=text, second_factor=proof)
    except LinkRefused as exc:
        return _page(request, {"problem": str(exc)}, status=exc.status)
    except (ApprovalRefused, ParamsError) as exc:
        approval.refresh_from_db()
        return _page(request, {**_context(link, request), "problem": str(exc)}, status=403)
    return _page(request, {"view": view_of(done.request), "done": done.decision})


def _context(link, request: HttpRequest) -> dict:  # type: ignore[no-untyped-def]
    view = view_of(link.request)
    stale = link.action_version != view.version
    decidable = view.status == RequestStatus.OPEN and not stale
    needs_code = get_kind(link.request.action.kind).sensitive and not otp.is_verified(request)
    return {"view": view, "stale": stale, "decidable": decidable, "link_version": link.action_version,
            "needs_code": needs_code}
