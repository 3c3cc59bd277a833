"""What the policy decided: per tenant, what share of tickets could (or, in plan mode, would) run on their own.

These are decisions, not results: a decision to run on its own says nothing of whether the action then succeeded.
The results, what was saved and what it was worth, are in workflow/value_report.py.

Every figure is aggregated in the database, in a fixed handful of queries whatever the number of tickets:
a ticket's outcome is a CASE over EXISTS subqueries on its actions, grouped with its category; the
action table is grouped by kind and decision; reasons are grouped by their stored list and split here.

Outcomes, strictest first (a ticket counts once): forbidden (an action was refused), approval (an action
needed a technician), autonomous (every action could run on its own), escalated (handed to a human before
any decision: not an identity request, no playbook, ticket too vague; or a part of it the tenant's identity provider
or service account cannot do), open (not decided yet).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db.models import BooleanField, Case, CharField, Count, Exists, OuterRef, QuerySet, Value, When
from django.utils import timezone

from playbooks.models import Action, IntentPlan
from rallied.kinds import KINDS
from tenants.models import Tenant
from tenants.settings_checks import zone_or_utc
from tickets.models import Ticket

OUTCOMES: dict[str, str] = {
    "autonomous": "Autonomous",
    "approval": "Needed approval",
    "forbidden": "Forbidden",
    "escalated": "Escalated",
    "open": "Not decided yet",
}
DEFAULT_DAYS = 30
MAX_DAYS = 731  # the longest date range a report takes: two years and a day
TOP_REASONS = 5
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(\.[\w-]+)+")


def outcome_expression() -> Case:
    """A ticket's outcome from its actions' decisions, computed by the database."""
    actions = Action.objects.filter(ticket=OuterRef("pk"))
    # A part the tenant's stack cannot run was never planned (playbooks/planning.py): the ticket needed a person
    # for it, whatever its other actions' decisions, so it never counts as (would be) autonomous.
    handed_over = IntentPlan.objects.filter(ticket=OuterRef("pk"), handed_over=True)
    return Case(
        When(Exists(actions.filter(decision="forbidden")), then=Value("forbidden")),
        When(Exists(handed_over), then=Value("escalated")),
        When(Exists(actions.filter(decision="approval")), then=Value("approval")),
        When(Exists(actions.filter(decision="autonomous")), then=Value("autonomous")),
        When(status="escalated", then=Value("escalated")),
        default=Value("open"),
        output_field=CharField(),
    )


# -- the date range ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """Whole days [start, end] in a time zone; `bounds()` gives the aware datetimes for filtering."""

    start: date
    end: date
    tz: ZoneInfo

    @classmethod
    def default(cls, tz_name: str = "UTC", days: int = DEFAULT_DAYS) -> Period:
        tz = zone_or_utc(tz_name)  # a stored name that does not exist shows the report in UTC, not a 500
        today = timezone.now().astimezone(tz).date()
        return cls(today - timedelta(days=days - 1), today, tz)

    def bounds(self) -> tuple[datetime, datetime]:
        return (datetime.combine(self.start, time.min, self.tz),
                datetime.combine(self.end + timedelta(days=1), time.min, self.tz))


def _tickets_in(period: Period, tenants: QuerySet[Tenant] | list[Tenant]) -> QuerySet[Ticket]:
    start, end = period.bounds()
    return Ticket.objects.filter(tenant__in=tenants, received_at__gte=start, received_at__lt=end)


# -- shapes the templates read ----------------------------------------------------------------------


@dataclass
class Share:
    key: str
    label: str
    count: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.count / self.total if self.total else 0.0


def shares(counts: dict[str, int], total: int) -> list[Share]:
    return [Share(key, label, counts.get(key, 0), total) for key, label in OUTCOMES.items()]


@dataclass
class Breakdown:
    """One row of a table: a category or an action kind, with its counts per outcome."""

    key: str
    label: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def cells(self, keys: list[str]) -> list[Share]:
        return [Share(k, OUTCOMES.get(k, k), self.counts.get(k, 0), self.total) for k in keys]


@dataclass
class TenantReport:
    tenant: Tenant
    period: Period
    total: int
    planned: int
    planned_autonomous: int
    outcomes: list[Share]
    categories: list[Breakdown]
    kinds: list[Breakdown]
    reasons: dict[str, list[tuple[str, int]]]

    def outcome(self, key: str) -> Share:
        return next(s for s in self.outcomes if s.key == key)

    @property
    def visible_outcomes(self) -> list[Share]:
        return [s for s in self.outcomes if s.key != "open" or s.count]

    @property
    def category_rows(self) -> list[tuple[Breakdown, list[Share]]]:
        columns = [s.key for s in self.visible_outcomes]
        return [(row, row.cells(columns)) for row in self.categories]

    @property
    def kind_rows(self) -> list[tuple[Breakdown, list[Share]]]:
        return [(row, row.cells(["autonomous", "approval", "forbidden"])) for row in self.kinds]


# -- the queries ------------------------------------------------------------------------------------


def _outcomes_by_category(tickets: QuerySet[Ticket]) -> tuple[dict[str, dict[str, int]], Counter[str]]:
    """{category: {outcome: n}} and, for the tickets that ran in plan mode, {outcome: n}; one query."""
    rows = (tickets.annotate(outcome=outcome_expression(),
                             in_plan=Case(When(status="planned", then=Value(True)), default=Value(False),
                                          output_field=BooleanField()))
            .values("category", "outcome", "in_plan").annotate(n=Count("pk")).order_by())
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    planned: Counter[str] = Counter()
    for row in rows:
        table[row["category"] or "untriaged"][row["outcome"]] += row["n"]
        if row["in_plan"]:
            planned[row["outcome"]] += row["n"]
    return table, planned


def _decisions_by_kind(tickets: QuerySet[Ticket]) -> list[Breakdown]:
    rows = (Action.objects.filter(ticket__in=tickets).exclude(decision="")
            .values("kind", "decision").annotate(n=Count("pk")).order_by())
    by_kind: dict[str, Breakdown] = {}
    for row in rows:
        kind = KINDS.get(row["kind"])
        item = by_kind.setdefault(row["kind"], Breakdown(row["kind"], kind.label if kind else row["kind"]))
        item.counts[row["decision"]] = row["n"]
    return sorted(by_kind.values(), key=lambda b: (-b.total, b.label))


def normalise_reason(reason: str) -> str:
    """Reasons name people; the report groups them by what happened, not to whom."""
    return _EMAIL.sub("(user)", reason).strip()


def _top_reasons(tickets: QuerySet[Ticket]) -> dict[str, list[tuple[str, int]]]:
    """The most common reasons per outcome: decisions' reasons, and why tickets escalated before any decision."""
    counters: dict[str, Counter[str]] = defaultdict(Counter)
    grouped = (Action.objects.filter(ticket__in=tickets, decision__in=["approval", "forbidden"])
               .values("decision", "reasons").annotate(n=Count("pk")).order_by())
    for row in grouped:
        for reason in row["reasons"] or []:
            counters[row["decision"]][normalise_reason(str(reason))] += row["n"]
    escalated = (tickets.annotate(outcome=outcome_expression()).filter(outcome="escalated")
                 .values("escalation_reason").annotate(n=Count("pk")).order_by())
    for row in escalated:
        counters["escalated"][normalise_reason(row["escalation_reason"] or "no reason recorded")] += row["n"]
    return {key: counters[key].most_common(TOP_REASONS) for key in OUTCOMES if counters.get(key)}


def tenant_report(tenant: Tenant, period: Period) -> TenantReport:
    """What the policy decided for one tenant's tickets (plan or live): four aggregate queries."""
    tickets = _tickets_in(period, [tenant])
    table, planned = _outcomes_by_category(tickets)
    totals: Counter[str] = Counter()
    categories = []
    for category, counts in sorted(table.items(), key=lambda item: -sum(item[1].values())):
        totals.update(counts)
        categories.append(Breakdown(category, category.replace("_", " "), dict(counts)))
    total = sum(totals.values())
    return TenantReport(
        tenant=tenant, period=period, total=total, planned=planned.total(),
        planned_autonomous=planned["autonomous"], outcomes=shares(dict(totals), total),
        categories=categories, kinds=_decisions_by_kind(tickets), reasons=_top_reasons(tickets),
    )


@dataclass
class TenantSummary:
    """One line of the overview: a tenant's decision shares over the period."""

    tenant: Tenant
    outcomes: list[Share]
    total: int

    def outcome(self, key: str) -> Share:
        return next(s for s in self.outcomes if s.key == key)


def overview(tenants: QuerySet[Tenant] | list[Tenant], period: Period) -> list[TenantSummary]:
    """Every visible tenant side by side (plan and live) in one aggregate query; `tenants` as listed."""
    listed = list(tenants)
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    for row in (_tickets_in(period, listed).annotate(outcome=outcome_expression()).values("tenant_id", "outcome")
                .annotate(n=Count("pk")).order_by()):
        counts[row["tenant_id"]][row["outcome"]] = row["n"]
    return [TenantSummary(t, shares(dict(counts[t.pk]), sum(counts[t.pk].values())), sum(counts[t.pk].values()))
            for t in listed]
