"""A finished action's page in the review queue (`/queue/actions/<id>/`), with its Undo button.

The page shows what the action changed, what held before (the before-state recorded when it ran) and either the
Undo form or why it cannot be undone. The button posts to `undo` here, which calls the one undo service
(workflow/undo.py): the same rules as the API and the admin.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from playbooks.choices import ActionStatus
from playbooks.models import Action
from playbooks.scheduling import is_due, local_time
from playbooks.undo import RETRYABLE, NotUndoable, undo_of, undo_plan
from rallied.kinds import get_kind
from tenants import access
from workflow.undo import UndoRefused, undo_action


def _visible(request: HttpRequest, action_id: int) -> Action:
    """The action, if its tenant is one this person may see; anything else is a plain 404."""
    visible = access.tenants_for_user(request.user, access.VIEW)
    return get_object_or_404(Action.objects.select_related("ticket", "ticket__tenant")
                             .filter(ticket__tenant__in=visible), pk=action_id)


@login_required
@require_GET
def action_page(request: HttpRequest, action_id: int) -> HttpResponse:
    action = _visible(request, action_id)
    undo = undo_of(action)
    plan, why_not = None, ""
    if undo is None or undo.status in RETRYABLE:  # never asked, or the last attempt ended without running
        try:
            plan = undo_plan(action)
        except NotUndoable as exc:
            why_not = str(exc)
    may_act = access.can_undo(request.user, action.ticket.tenant_id)  # a technician of the tenant
    waiting = action.status == ActionStatus.APPROVED and not is_due(action)
    return render(request, "workflow/action.html", {
        "action": action, "kind_label": get_kind(action.kind).label, "undo": undo, "plan": plan,
        "why_not": why_not, "may_undo": may_act, "failed_badge": 0,
        # A step waiting for the time its ticket asked for: when, in the tenant's zone, and its cancel button.
        "runs_at": local_time(action) if action.not_before else "", "may_cancel": waiting and may_act,
        "here": request.get_full_path(),
    })


@login_required
@require_POST
def undo(request: HttpRequest, action_id: int) -> HttpResponse:
    action = _visible(request, action_id)
    try:
        outcome = undo_action(actor=request.user, action=action, reason=request.POST.get("reason", ""))
    except UndoRefused as exc:
        messages.error(request, f"Not undone: {exc}")
    else:
        (messages.success if outcome.created else messages.info)(request, outcome.message)
    return HttpResponseRedirect(reverse("queue-action", args=[action.pk]))
