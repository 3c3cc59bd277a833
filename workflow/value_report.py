"""The value report: what Rallied actually did for a tenant (or the whole MSP), month by month, priced honestly.

`reports.py` shows what the policy *decided*; this module shows *results*, with one definition per figure
(DEFINITIONS, printed on the page and returned by the API, so the numbers and their meaning travel together):

- each live ticket gets exactly one result: autonomous, approved, failed, escalated, reopened or open;
- minutes saved come only from autonomous tickets (in full) and approved ones (less the technician's handling time
  of their approvals, from request to decision); dollars are those minutes at the tenant's hourly cost;
- tickets handled in plan mode never enter these figures: their "would have" numbers stay in `PlanFigures`.

A ticket belongs to the month it was received in (in the report's time zone). Whether it was received in plan or
live mode is read from the tenant's mode changes in the audit trail (`tenant.mode_changed`), so Fabrikam's plan
weeks stay plan weeks after it goes live. Every figure is computed from five queries whatever the ticket count:
the tickets, their actions, their approved approval requests, the mode changes, and the tenants.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet

from approvals.choices import RequestStatus
from approvals.models import ApprovalRequest
from audit.models import AuditEvent
from playbooks.choices import ActionStatus, DecisionMode
from playbooks.models import Action, IntentPlan
from tenants.models import Tenant
from tickets.choices import OPEN_STATUSES, REOPEN_WINDOW_DAYS, TicketStatus
from tickets.models import Ticket
from workflow.reports import Period
from workflow.value import CENT, hourly_cost, is_after_hours, minutes_for, minutes_saved

RESULTS: dict[str, str] = {
    "autonomous": "Autonomous",
    "approved": "Approved by a technician",
    "failed": "Failed",
    "escalated": "Escalated",
    "reopened": "Reopened",
    "open": "In progress",
}
SAVED = {"autonomous", "approved"}  # the results that stayed resolved
# Action statuses that mean an attempt went wrong: the ticket's result is "failed", whatever the decision was.
FAILED_ACTION = {ActionStatus.FAILED, ActionStatus.UNKNOWN_OUTCOME, ActionStatus.UNDONE}

DEFINITIONS: dict[str, str] = {
    "autonomous": "Every action ran without a person and succeeded, and the ticket was not reopened within "
                  f"{REOPEN_WINDOW_DAYS} days.",
    "approved": "Resolved with every action succeeded, at least one of them after a technician approved it.",
    "failed": "An action ran and failed (or its outcome is unknown), so a person had to take over.",
    "escalated": "Handed to a person with nothing failed: forbidden, rejected, expired, taken over in the PSA, or "
                 "not something Rallied does.",
    "reopened": f"Resolved, then reopened within {REOPEN_WINDOW_DAYS} days (the requester says it still does not "
                "work, or a person picks it up again in the PSA): no time saved.",
    "open": "Still in progress; left out of the rates.",
    "minutes_saved": "The tenant's minutes for the ticket's category (default 12): in full for an autonomous "
                     "ticket, less the approvals' handling time (request to decision) for an approved one, never "
                     "below 0; 0 for failed, escalated, reopened and open tickets.",
    "dollars_saved": "Minutes saved × the hourly cost ÷ 60: the tenant's own hourly cost, else the MSP's "
                     "(RALLIED_HOURLY_COST).",
    "autonomous_rate": "Autonomous tickets ÷ tickets that have ended (in-progress tickets left out).",
    "reopen_rate": f"Tickets reopened within {REOPEN_WINDOW_DAYS} days ÷ tickets Rallied resolved.",
    "median_minutes_to_close": "Median minutes from a ticket's arrival (its latest round's, when the requester came "
                               "back with a new request) to Rallied resolving it.",
    "after_hours_resolved": "Tickets received outside the tenant's business hours (its time zone) that Rallied "
                            "resolved and that stayed resolved (autonomous or approved).",
    "month": "Tickets count in the month they were received, in the report's time zone.",
    "plan_mode": "Tickets received while the tenant was in plan mode are not in these figures: what they would "
                 "have saved is shown apart, and never added.",
}


def _rate(part: int, whole: int) -> Decimal | None:
    return (Decimal(100) * part / whole).quantize(Decimal("0.1")) if whole else None


@dataclass
class Figures:
    """The honest figures of one row: a month, a tenant, or the whole period."""

    key: str
    label: str
    counts: Counter[str] = field(default_factory=Counter)
    minutes: Decimal = Decimal(0)
    dollars: Decimal = Decimal(0)  # unrounded: rounded once, where shown
    resolved: int = 0
    close_minutes: list[Decimal] = field(default_factory=list)
    after_hours_resolved: int = 0

    @property
    def tickets(self) -> int:
        return sum(self.counts.values())

    @property
    def ended(self) -> int:
        return self.tickets - self.counts["open"]

    @property
    def autonomous_rate(self) -> Decimal | None:
        return _rate(self.counts["autonomous"], self.ended)

    @property
    def reopen_rate(self) -> Decimal | None:
        return _rate(self.counts["reopened"], self.resolved)

    @property
    def minutes_saved(self) -> Decimal:
        return self.minutes.quantize(Decimal("0.1"))

    @property
    def hours_saved(self) -> Decimal:
        return (self.minutes / 60).quantize(CENT)

    @property
    def dollars_saved(self) -> Decimal:
        return self.dollars.quantize(CENT)

    @property
    def median_minutes_to_close(self) -> Decimal | None:
        return Decimal(statistics.median(self.close_minutes)).quantize(Decimal("0.1")) if self.close_minutes else None

    def add(self, fact: TicketFact) -> None:
        self.counts[fact.result] += 1
        self.minutes += fact.minutes
        self.dollars += fact.dollars
        self.resolved += fact.resolved
        if fact.close_minutes is not None:
            self.close_minutes.append(fact.close_minutes)
        self.after_hours_resolved += fact.after_hours

    def as_row(self) -> dict[str, Any]:
        """The row as the page's table, the CSV and the API show it (COLUMNS, in order)."""
        return {"tickets": self.tickets, **{key: self.counts[key] for key in RESULTS},
                "autonomous_rate": self.autonomous_rate, "minutes_saved": self.minutes_saved,
                "hours_saved": self.hours_saved, "dollars_saved": self.dollars_saved, "resolved": self.resolved,
                "reopen_rate": self.reopen_rate, "median_minutes_to_close": self.median_minutes_to_close,
                "after_hours_resolved": self.after_hours_resolved}


COLUMNS: dict[str, str] = {
    "tickets": "Tickets", **RESULTS, "autonomous_rate": "Autonomous rate (%)", "minutes_saved": "Minutes saved",
    "hours_saved": "Hours saved", "dollars_saved": "Dollars saved", "resolved": "Resolved",
    "reopen_rate": "Reopen rate (%)", "median_minutes_to_close": "Median minutes to close",
    "after_hours_resolved": "After-hours resolved",
}


@dataclass(frozen=True)
class TicketFact:
    """One live ticket's result and what it was worth."""

    tenant_id: int
    month: date
    category: str
    result: str
    minutes: Decimal
    dollars: Decimal
    resolved: bool  # Rallied resolved it (and it may have been reopened since)
    close_minutes: Decimal | None  # from its (latest round's) arrival to its resolution, while it stands resolved
    after_hours: bool


@dataclass
class PlanFigures:
    """Plan mode's promise: tickets that would have run on their own, at the tenant's minutes and cost."""

    tickets: int = 0
    would_be_autonomous: int = 0
    minutes: Decimal = Decimal(0)
    dollars: Decimal = Decimal(0)

    @property
    def hours(self) -> Decimal:
        return (self.minutes / 60).quantize(CENT)

    @property
    def dollars_rounded(self) -> Decimal:
        return self.dollars.quantize(CENT)


@dataclass
class ValueReport:
    scope: str  # a tenant's slug, or "all" for the MSP-wide report
    period: Period
    tenants: list[Tenant]
    months: list[Figures]
    total: Figures
    by_tenant: list[Figures]
    by_category: dict[str, Counter[str]]
    plan: PlanFigures
    definitions: dict[str, str] = field(default_factory=lambda: dict(DEFINITIONS))

    @property
    def definition_items(self) -> list[tuple[str, str, str]]:
        """(key, label, definition) for the page."""
        labels = {**COLUMNS, "month": "Month", "plan_mode": "Plan mode", "median_minutes_to_close": "Time to close"}
        return [(key, labels.get(key, key), text) for key, text in self.definitions.items()]

    def rows(self) -> list[tuple[str, str, Figures]]:
        """(tenant, month, figures) for every row the page's tables show, in order: the CSV is exactly these."""
        listed = [(self.scope, f.key, f) for f in [*self.months, self.total]]
        return listed + [(f.key, "total", f) for f in self.by_tenant]


# -- which mode a ticket arrived in ---------------------------------------------------------------------------


def _mode_at(tenants: list[Tenant]) -> dict[int, list[tuple[datetime, str]]]:
    """Per tenant, its mode changes [(when, mode before it)], oldest first (one query)."""
    changes: dict[int, list[tuple[datetime, str]]] = defaultdict(list)
    for row in (AuditEvent.objects.filter(tenant__in=tenants, verb="tenant.mode_changed")
                .order_by("seq").values("tenant_id", "at", "details")):
        changes[row["tenant_id"]].append((row["at"], (row["details"] or {}).get("from", "")))
    return changes


def _was_plan(tenant: Tenant, changes: list[tuple[datetime, str]], when: datetime) -> bool:
    """The mode a ticket arrived in: the mode before the first change after it, else the tenant's mode now."""
    for at, before in changes:
        if at > when:
            return before == Tenant.Mode.PLAN
    return tenant.mode == Tenant.Mode.PLAN


# -- one ticket's result ---------------------------------------------------------------------------------------


def _result(ticket: dict[str, Any], actions: list[tuple[str, str]]) -> str:
    """The ticket's one result (RESULTS) from its status, its reopen count and its actions' (decision, status)."""
    if ticket["reopened"]:  # the lifecycle counts only a ticket Rallied resolved coming back within the window
        return "reopened"
    if ticket["status"] in OPEN_STATUSES:
        return "open"
    if any(status in FAILED_ACTION for _, status in actions):
        return "failed"
    if ticket["status"] == TicketStatus.RESOLVED and actions and all(
            status == ActionStatus.SUCCEEDED for _, status in actions):
        if all(decision == DecisionMode.AUTONOMOUS for decision, _ in actions):
            return "autonomous"
        return "approved"
    return "escalated"


def _minutes(result: str, standard: int, handling_seconds: float) -> Decimal:
    handling = Decimal(str(handling_seconds)) / 60 if result == "approved" else None
    return minutes_saved(standard=standard, ran_alone=result == "autonomous", approval_minutes=handling)


# -- the queries -----------------------------------------------------------------------------------------------


def _tickets(period: Period, tenants: list[Tenant]) -> QuerySet[Ticket]:
    start, end = period.bounds()
    return Ticket.objects.filter(tenant__in=tenants, received_at__gte=start, received_at__lt=end)


def _actions_by_ticket(tickets: QuerySet[Ticket]) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for ticket_id, decision, status in (Action.objects.filter(ticket__in=tickets).order_by()
                                        .values_list("ticket_id", "decision", "status")):
        found[ticket_id].append((decision, status))
    return found


def _handling_seconds(tickets: QuerySet[Ticket]) -> dict[int, float]:
    """Per ticket, the technicians' time on its approved requests: from the request to its decision."""
    seconds: dict[int, float] = defaultdict(float)
    for ticket_id, asked, decided in (ApprovalRequest.objects
                                      .filter(action__ticket__in=tickets, status=RequestStatus.APPROVED,
                                              decided_at__isnull=False)
                                      .order_by().values_list("action__ticket_id", "created_at", "decided_at")):
        seconds[ticket_id] += max(0.0, (decided - asked).total_seconds())
    return seconds


def minutes_saved_on_resolving(ticket: Ticket, actions: list[Action] | None = None) -> int:
    """The report's minutes for a ticket Rallied resolves now (every action succeeded), in whole minutes: what the
    ticket stores and the ticket API shows. A later reopen is the report's to count (it reads `reopened`).

    `actions`: every action of the ticket, each read with its approval request (select_related), when the caller
    has them (the settle that wrote back a first round, workflow/writeback.begin_resolution): not read again
    (issue 17). Read by the same task moments before, every one of them ended: the report itself reads the actions
    again (_actions_by_ticket), so an undo in between is still counted there."""
    approval = Action.approval.related  # the cache select_related fills (None cached: the action has none)
    if actions is not None and all(approval.is_cached(a) for a in actions):
        rows = [(a.decision, a.status, *_approval_row(approval.get_cached_value(a))) for a in actions]
    else:
        # Each action with its approval request (one-to-one) in one read, not the actions and then the requests
        # (issue 17); the handling time is _handling_seconds' sum over the same approved requests.
        rows = list(ticket.actions.order_by().values_list("decision", "status", "approval__status",
                                                          "approval__created_at", "approval__decided_at"))
    actions = [(decision, status) for decision, status, *_ in rows]
    state = {"reopened": 0, "status": TicketStatus.RESOLVED, "resolved_at": None}
    handling = sum(max(0.0, (decided - asked).total_seconds()) for _, _, request, asked, decided in rows
                   if request == RequestStatus.APPROVED and decided is not None)
    minutes = _minutes(_result(state, actions), minutes_for(ticket.tenant, ticket.category), handling)
    return int(minutes.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _approval_row(approval: ApprovalRequest | None) -> tuple[Any, Any, Any]:
    """(status, created_at, decided_at) of an action's approval request, as the joined read gives them."""
    if approval is None:
        return None, None, None
    return approval.status, approval.created_at, approval.decided_at


def _months_of(period: Period) -> list[date]:
    months, month = [], period.start.replace(day=1)
    while month <= period.end:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def facts(period: Period, tenants: list[Tenant]) -> tuple[list[TicketFact], PlanFigures]:
    """Every live ticket's result in the period, and plan mode's figures apart (four queries)."""
    tickets = _tickets(period, tenants)
    actions = _actions_by_ticket(tickets)
    handling = _handling_seconds(tickets)
    changes = _mode_at(tenants)
    by_id = {t.pk: t for t in tenants}
    costs = {t.pk: hourly_cost(t) for t in tenants}
    found, plan = [], PlanFigures()
    # A plan that left a part to a technician (the tenant's stack cannot do it) would not have run on its own.
    tickets = tickets.annotate(handed_over=Exists(IntentPlan.objects.filter(ticket=OuterRef("pk"), handed_over=True)))
    for row in tickets.order_by().values("pk", "tenant_id", "category", "status", "received_at", "resolved_at",
                                         "reopened", "round_started_at", "handed_over"):
        tenant, own = by_id[row["tenant_id"]], actions.get(row["pk"], [])
        standard = minutes_for(tenant, row["category"])
        if row["status"] == TicketStatus.PLANNED or _was_plan(tenant, changes[tenant.pk], row["received_at"]):
            plan.tickets += 1
            if row["status"] == TicketStatus.PLANNED and own and not row["handed_over"] and all(
                    d == DecisionMode.AUTONOMOUS for d, _ in own):
                plan.would_be_autonomous += 1
                plan.minutes += standard
                plan.dollars += Decimal(standard) * costs[tenant.pk] / 60
            continue
        result = _result(row, own)
        minutes = _minutes(result, standard, handling.get(row["pk"], 0.0))
        resolved, started = row["resolved_at"], row["round_started_at"] or row["received_at"]
        found.append(TicketFact(
            tenant_id=tenant.pk, month=row["received_at"].astimezone(period.tz).date().replace(day=1),
            category=row["category"] or "untriaged", result=result, minutes=minutes,
            dollars=minutes * costs[tenant.pk] / 60,
            resolved=resolved is not None or result == "reopened",
            close_minutes=(Decimal(str(max(0.0, (resolved - started).total_seconds()))) / 60
                           if resolved is not None else None),
            after_hours=result in SAVED and is_after_hours(tenant, row["received_at"])))
    return found, plan


def _sum(key: str, label: str, items: Iterable[TicketFact]) -> Figures:
    figures = Figures(key, label)
    for fact in items:
        figures.add(fact)
    return figures


def tenant_value_report(tenant: Tenant, period: Period) -> ValueReport:
    return _build(tenant.slug, period, [tenant], per_tenant=False)


def msp_value_report(tenants: Iterable[Tenant], period: Period) -> ValueReport:
    """Every tenant given together, with one total row per tenant."""
    return _build("all", period, list(tenants), per_tenant=True)


def _build(scope: str, period: Period, tenants: list[Tenant], *, per_tenant: bool) -> ValueReport:
    listed = sorted(tenants, key=lambda t: t.name)
    found, plan = facts(period, listed)
    by_month: dict[date, list[TicketFact]] = defaultdict(list)
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    for fact in found:
        by_month[fact.month].append(fact)
        by_category[fact.category][fact.result] += 1
    months = [_sum(m.strftime("%Y-%m"), m.strftime("%b %Y"), by_month.get(m, [])) for m in _months_of(period)]
    tenant_rows = [_sum(t.slug, t.name, (f for f in found if f.tenant_id == t.pk)) for t in listed] \
        if per_tenant else []
    ordered = dict(sorted(by_category.items(), key=lambda item: (-item[1].total(), item[0])))
    return ValueReport(scope=scope, period=period, tenants=listed, months=months, total=_sum("total", "Total", found),
                       by_tenant=tenant_rows, by_category=ordered, plan=plan)
