"""The admin's "Undo" action on Actions: the same service as the queue and the API (workflow/undo.py).

Added to playbooks' ActionAdmin from here, the top layer, because the undo is decided through workflow's one
re-decision function and playbooks/ cannot import it.
"""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest

from playbooks.admin import ActionAdmin
from playbooks.models import Action
from workflow.undo import UndoRefused, undo_action


@admin.action(description="Undo the selected actions (each decided like any action; may wait for approval)")
def undo_selected(modeladmin: admin.ModelAdmin, request: HttpRequest, queryset: QuerySet[Action]) -> None:
    reason = f"Requested from the admin by {request.user.get_username()}."
    for action in queryset.select_related("ticket", "ticket__tenant").order_by("pk"):
        name = f"#{action.pk} {action.kind} for {action.target}"
        try:
            outcome = undo_action(actor=request.user, action=action, reason=reason)
        except UndoRefused as exc:
            modeladmin.message_user(request, f"{name} not undone: {exc}", messages.ERROR)
        else:
            modeladmin.message_user(request, f"{name}: {outcome.message}",
                                    messages.SUCCESS if outcome.created else messages.INFO)


ActionAdmin.actions = [*(ActionAdmin.actions or []), undo_selected]
