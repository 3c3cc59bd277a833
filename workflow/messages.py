"""The internal notes Rallied writes, rendered from templates/tickets/: what was done and by whose authority.

Replies to the requester are workflow/replies/ (one per stage, in the requester's language).
"""

from __future__ import annotations

from django.template.loader import render_to_string

from playbooks.choices import ActionStatus
from playbooks.models import Action
from rallied.kinds import get_kind
from tickets.models import Ticket


def _action_rows(actions: list[Action]) -> list[dict]:
    rows = []
    for action in actions:
        approval = getattr(action, "approval", None)  # the reverse one-to-one raises when absent
        reviewers = []
        if approval is not None:
            reviewers = [r.reviewer.get_username() for r in approval.reviews.all()]
        rows.append({
            "label": get_kind(action.kind).label,
            "kind": action.kind,
            "target": action.target,
            "params": {k: v for k, v in action.params.items() if k != "target"},
            "status": action.get_status_display(),
            "decision": action.decision,
            "reasons": action.reasons,
            "authority": ("approved by " + ", ".join(reviewers)) if reviewers else "autonomy policy",
            "error": action.error,
        })
    return rows


def resolution_note(ticket: Ticket, actions: list[Action]) -> str:
    return render_to_string("tickets/resolution_note.txt", {
        "ticket": ticket, "actions": _action_rows(actions),
    }).strip()


def plan_note(ticket: Ticket) -> str:
    return render_to_string("tickets/plan_note.txt", {
        "ticket": ticket, "actions": _action_rows(list(ticket.actions.order_by("pk"))),
    }).strip()


def escalation_note(ticket: Ticket, reason: str, *, include_triage: bool) -> str:
    triage = ticket.triage or {}
    return render_to_string("tickets/escalation_note.txt", {
        "ticket": ticket, "reason": reason, "triage": triage if include_triage else None,
        "actions": _action_rows(list(ticket.actions.order_by("pk"))),
    }).strip()


def failure_reason(actions: list[Action]) -> str:
    bad = [a for a in actions if a.status != ActionStatus.SUCCEEDED]
    parts = []
    for action in bad:
        detail = action.error or "; ".join(action.reasons) or action.get_status_display()
        parts.append(f"{action.kind} for {action.target} {action.get_status_display().lower()}: {detail}")
    return " | ".join(parts)
