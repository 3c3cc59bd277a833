"""Reads about a ticket's plan: what became of each intent it asked for (done, failed, handed over, pending).

A ticket is done only when every intent is (workflow/lifecycle.settle_ticket); the reply, the PSA note and the
acceptance suite read the same outcomes from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.db.models import F, Q, QuerySet, Subquery
from django.utils import timezone

from playbooks.choices import DONE_STATUSES, ActionStatus
from playbooks.models import Action, IntentPlan, Playbook, PlaybookStep
from rallied.kept_queries import KeptQuery
from tickets.models import Ticket

# An action with its ticket and tenant by pk, read by every task that runs, claims or reconciles one, kept compiled
# (rallied/kept_queries.py): ACTION_WITH_TICKET.first(pk=...) is
# Action.objects.select_related("ticket", "ticket__tenant").filter(pk=...).first(). The claim reads the approval
# request in the same row (the intent's authority names who approved).
ACTION_WITH_TICKET: KeptQuery[Action] = KeptQuery(
    lambda pk: Action.objects.select_related("ticket", "ticket__tenant").filter(pk=pk), pk=int)
ACTION_WITH_TICKET_AND_APPROVAL: KeptQuery[Action] = KeptQuery(
    lambda pk: Action.objects.select_related("ticket", "ticket__tenant", "approval").filter(pk=pk), pk=int)

DONE, FAILED, HANDED_OVER, PENDING = "done", "failed", "handed_over", "pending"
# Ended without running, and not because the vendor refused: a technician declined it, its approval expired, the
# floor blocked it, or a person took the ticket over. The part is theirs now, not a failure of the change itself.
NOT_RUN = {ActionStatus.REJECTED, ActionStatus.EXPIRED, ActionStatus.BLOCKED, ActionStatus.WITHDRAWN,
           ActionStatus.PLANNED, ActionStatus.UNDONE}


@dataclass(frozen=True)
class IntentOutcome:
    """One intent of the ticket's current round and what became of it.

    `gaps` are the parts that were never planned ([{kind, code, reason, target, params}]); `actions` the rows that
    carry the intent out. `status` is `done` only when every action succeeded and nothing was left out.
    """

    index: int
    kind: str
    target: str
    text: str
    status: str
    reason: str
    actions: tuple[Action, ...] = ()
    gaps: tuple[dict[str, Any], ...] = field(default_factory=tuple)

    @property
    def succeeded(self) -> list[Action]:
        return [a for a in self.actions if a.status == ActionStatus.SUCCEEDED]

    @property
    def unfinished(self) -> list[Action]:
        """Actions that ended without succeeding: a technician picks them up."""
        return [a for a in self.actions if a.status in DONE_STATUSES and a.status != ActionStatus.SUCCEEDED]


def chosen_playbooks(tenant_id: int, category: str) -> QuerySet[Playbook]:
    """The enabled playbooks for `category` a tenant may use, its own first (playbooks/planning._read_playbook)."""
    # The tenant's own and the MSP default in one query, the own one first (a tenant with none of its own was read
    # twice, issue 17); each kind ordered by pk, as each .first() read it.
    return (Playbook.objects.filter(Q(tenant_id=tenant_id) | Q(tenant__isnull=True), category=category,
                                    enabled=True).order_by(F("tenant_id").asc(nulls_last=True), "pk"))


# The chosen playbook's steps with it, in the same query (its id a subquery, each step joined to it): a read of the
# playbook and a prefetch of its steps were two (issue 17). A fixed shape, so its text is kept once per process
# (rallied/kept_queries.py): building and compiling it was most of a plan's reading.
STEPS_OF_CHOSEN: KeptQuery[PlaybookStep] = KeptQuery(
    lambda tenant_id, category: PlaybookStep.objects.filter(
        playbook_id=Subquery(chosen_playbooks(tenant_id, category).values("pk")[:1])).select_related("playbook"),
    tenant_id=int, category=str)


def _round_actions(with_approval: bool, in_round: bool) -> KeptQuery[Action]:
    """A ticket's actions by pk (with their approval requests; only those created since its round started):
    ticket.actions' own statement, its text kept once per process for each of the four."""
    def build(ticket_id: int, since: datetime | None = None) -> QuerySet[Action]:
        actions = Action.objects.filter(ticket=ticket_id).order_by("pk")
        if with_approval:
            actions = actions.select_related("approval")
        return actions.filter(created_at__gte=since) if in_round else actions

    return KeptQuery(build, ticket_id=int, **({"since": datetime} if in_round else {}))


_ROUND_ACTIONS = {(approval, in_round): _round_actions(approval, in_round)
                  for approval in (False, True) for in_round in (False, True)}


def round_actions(ticket: Ticket, *, with_approval: bool = False) -> list[Action]:
    """The actions of the ticket's current round (a requester's new request starts the next one).

    `with_approval`: each with its approval request (none for most) joined in the same read, for a caller that shows
    who approved them (workflow/messages.resolution_note): one read per action fewer (issue 17). Only for a caller
    that opens no approval request after it, which the joined copy would not know of."""
    started = ticket.round_started_at
    kept = _ROUND_ACTIONS[(with_approval, started is not None)]
    actions = kept.all(ticket_id=ticket.pk, since=started) if started is not None else kept.all(ticket_id=ticket.pk)
    for action in actions:
        action.ticket = ticket  # as ticket.actions gives them: each knows its ticket, no read
    return actions


def _status(plan: IntentPlan | None, actions: list[Action]) -> tuple[str, str]:
    if any(a.status not in DONE_STATUSES for a in actions):
        return PENDING, ""
    failed = [a for a in actions if a.status in (ActionStatus.FAILED, ActionStatus.UNKNOWN_OUTCOME)]
    if failed:
        return FAILED, "; ".join(f"{a.kind} for {a.target}: {a.error or a.get_status_display()}" for a in failed)
    not_run = [a for a in actions if a.status in NOT_RUN]
    reasons = [plan.reason] if plan is not None and plan.handed_over and plan.reason else []
    reasons += [f"{a.kind} for {a.target} {a.get_status_display().lower()}" for a in not_run]
    if reasons or not actions:
        return HANDED_OVER, " ".join(reasons) or "Nothing of it could be planned."
    return DONE, ""


# The ticket's intents of a round, in order: read at every settle and reply, its text kept once per process.
_PLANS: KeptQuery[IntentPlan] = KeptQuery(lambda ticket_id, round: IntentPlan.objects.filter(
    ticket=ticket_id, round=round).order_by("index"), ticket_id=int, round=int)


def intent_outcomes(ticket: Ticket, actions: list[Action] | None = None) -> list[IntentOutcome]:
    """Each intent of the ticket's current round with its outcome, in the order the ticket asked for them.

    A ticket planned before intents were kept has no IntentPlan: its actions are then its one intent.
    """
    actions = round_actions(ticket) if actions is None else actions
    plans = _PLANS.all(ticket_id=ticket.pk, round=ticket.round)
    if not plans:
        if not actions:
            return []
        status, reason = _status(None, actions)
        return [IntentOutcome(0, ticket.category, actions[0].target, "", status, reason, tuple(actions))]
    outcomes = []
    for plan in plans:
        own = [a for a in actions if (a.intent or 0) == plan.index]
        status, reason = _status(plan, own)
        outcomes.append(IntentOutcome(plan.index, plan.kind, plan.target, plan.text, status, reason, tuple(own),
                                      tuple(plan.gaps or ())))
    return outcomes


def handed_over_parts(outcomes: list[IntentOutcome]) -> list[dict[str, Any]]:
    """What a technician will do, part by part ({kind, target, params, reason}): the parts never planned and the
    actions that ended without succeeding."""
    parts = []
    for outcome in outcomes:
        for gap in outcome.gaps:
            parts.append({"kind": gap.get("kind", outcome.kind), "target": gap.get("target") or outcome.target,
                          "params": dict(gap.get("params") or {}), "reason": gap.get("reason", "")})
        for action in outcome.unfinished:
            parts.append({"kind": action.kind, "target": action.target,
                          "params": {k: v for k, v in (action.params or {}).items() if k != "target"},
                          "reason": action.error or "; ".join(action.reasons) or action.get_status_display()})
    return parts


def scheduled_steps(tenant_ids: list[int]) -> list[Action]:
    """Approved steps of these tenants that wait for the time their ticket asked for (playbooks/scheduling.py),
    soonest first: what the review queue lists, each with its cancel button."""
    return list(Action.objects.filter(ticket__tenant_id__in=tenant_ids, status=ActionStatus.APPROVED,
                                      not_before__gt=timezone.now())
                .select_related("ticket", "ticket__tenant").order_by("not_before", "pk")[:50])
