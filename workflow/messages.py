"""The internal notes Rallied writes, rendered from templates/tickets/: what was done and by whose authority.

Replies to the requester are workflow/replies/ (one per stage, in the requester's language).
"""

from __future__ import annotations

from django.template.loader import render_to_string

from playbooks.choices import ActionStatus
from playbooks.models import Action
from playbooks.selectors import DONE, FAILED, HANDED_OVER, PENDING, IntentOutcome, intent_outcomes
from rallied.kinds import KINDS, get_kind
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


OUTCOME_WORDS = {DONE: "done", FAILED: "failed", HANDED_OVER: "left to a technician", PENDING: "not finished"}


def _label(kind: str) -> str:
    return KINDS[kind].label if kind in KINDS else kind.replace("_", " ").capitalize()


def _intent_rows(ticket: Ticket, *, planned: bool = False, outcomes: list[IntentOutcome] | None = None) -> list[dict]:
    """Each intent the ticket asked for and what became of it, for the PSA note. A ticket that asked for one thing
    and got it has none: its action rows say it all. `planned`: plan mode, where nothing ran, so the row says
    whether the intent would have run. `outcomes`: the caller's, when it has them (read here otherwise)."""
    outcomes = intent_outcomes(ticket) if outcomes is None else outcomes
    if len(outcomes) < 2 and all(o.status == DONE for o in outcomes):
        return []
    rows = []
    for outcome in outcomes:
        if planned:
            status = "left to a technician" if outcome.gaps else "would be planned"
            reason = " ".join(str(g.get("reason", "")) for g in outcome.gaps)
        else:
            status, reason = OUTCOME_WORDS[outcome.status], outcome.reason
        rows.append({"label": _label(outcome.kind), "target": outcome.target, "text": outcome.text,
                     "status": status, "reason": reason})
    return rows


def resolution_note(ticket: Ticket, actions: list[Action], outcomes: list[IntentOutcome] | None = None) -> str:
    """`outcomes`: settle_ticket's, read from the same `actions` a moment before (issue 17: the note read the
    round's actions and intent plans a second time); a caller without them has them read from `actions`."""
    outcomes = intent_outcomes(ticket, actions) if outcomes is None else outcomes
    return render_to_string("tickets/resolution_note.txt", {
        "ticket": ticket, "actions": _action_rows(actions), "intents": _intent_rows(ticket, outcomes=outcomes),
    }).strip()


def plan_note(ticket: Ticket) -> str:
    return render_to_string("tickets/plan_note.txt", {
        "ticket": ticket, "actions": _action_rows(list(ticket.actions.order_by("pk"))),
        "intents": _intent_rows(ticket, planned=True),
    }).strip()


def escalation_note(ticket: Ticket, reason: str, *, include_triage: bool) -> str:
    triage = ticket.triage or {}
    return render_to_string("tickets/escalation_note.txt", {
        "ticket": ticket, "reason": reason, "triage": triage if include_triage else None,
        "actions": _action_rows(list(ticket.actions.order_by("pk"))), "intents": _intent_rows(ticket),
    }).strip()


def failure_reason(actions: list[Action]) -> str:
    bad = [a for a in actions if a.status != ActionStatus.SUCCEEDED]
    parts = []
    for action in bad:
        detail = action.error or "; ".join(action.reasons) or action.get_status_display()
        parts.append(f"{action.kind} for {action.target} {action.get_status_display().lower()}: {detail}")
    return " | ".join(parts)


def handed_over_reason(outcomes: list[IntentOutcome]) -> str:
    """The parts of the request never planned, each with why (the tenant's stack cannot do it, a detail missing)."""
    gaps = [g for o in outcomes for g in o.gaps]
    if not gaps:
        return ""
    return "Left to a technician: " + "; ".join(
        f"{g.get('kind')} for {g.get('target') or 'the account'}: {g.get('reason')}" for g in gaps)


def with_done_parts(reason: str, succeeded: list[Action]) -> str:
    """The escalation's reason, preceded by what Rallied already did, so the technician starts from the rest."""
    if not succeeded:
        return reason
    done = "; ".join(f"{a.kind} for {a.target}" for a in succeeded)
    return f"Done: {done}. Not done: {reason}"
