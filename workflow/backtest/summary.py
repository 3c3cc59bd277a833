"""The backtest's figures: shares by outcome and category, hours and dollars, the after-hours share, by month.

One `Summary` is what both the command prints and the page draws, stored as plain JSON on the run (`as_dict` /
`from_dict`), so the two can never disagree. The figures follow the value report's definitions
(workflow/value_report.py), priced by workflow/value.py:

- minutes saved: the tenant's minutes for the ticket's category (`minutes_for`), in full for a ticket Rallied
  would have resolved on its own, less the approvals' handling time for one it would have resolved with approval
  (never below 0), nothing for the rest. A past ticket has no approval of its own, so its handling time is the
  tenant's median from request to decision over its live approved requests; a tenant with none yet counts 0;
- dollars: those minutes at the tenant's hourly cost (`hourly_cost`: its own, else RALLIED_HOURLY_COST);
- after hours: opened outside the tenant's business hours in its own time zone (`is_after_hours`).
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, fields
from decimal import Decimal
from typing import Any

from approvals.choices import RequestStatus
from approvals.models import ApprovalRequest
from rallied.categories import CATEGORIES
from tenants.models import Tenant
from workflow.backtest.simulate import APPROVAL, AUTONOMOUS, NOT_AT_ALL, OUTCOMES, PastTicket, Verdict
from workflow.reports import normalise_reason
from workflow.value import hourly_cost, is_after_hours, minutes_for, minutes_saved, money

TOP_REASONS = 5
DEFINITIONS = {
    "time": "Hours saved: the tenant's minutes for each ticket's category (default 12), in full for a ticket "
            "Rallied would have resolved on its own, less the approvals' handling time for one it would have "
            "resolved with approval (the tenant's median from request to decision on its live approvals; 0 saved "
            "while it has none), never below 0; nothing for tickets it would not have resolved. As in the value "
            "report.",
    "money": "Dollars saved: those minutes × the hourly cost ÷ 60: the tenant's own hourly cost, else the MSP's "
             "(RALLIED_HOURLY_COST).",
    "after_hours": "After hours: opened outside the tenant's business hours, in the tenant's time zone; of "
                   "those, the ones Rallied would have resolved (on its own or with approval) are counted apart.",
}


@dataclass
class CategoryRow:
    category: str
    counts: dict[str, int] = field(default_factory=dict)
    minutes_each: int = 0

    @property
    def label(self) -> str:
        return self.category.replace("_", " ")

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, outcome: str) -> float:
        return 100.0 * self.counts.get(outcome, 0) / self.total if self.total else 0.0


@dataclass
class Summary:
    tenant: str
    source: str
    total: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    categories: list[CategoryRow] = field(default_factory=list)
    reasons: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    after_hours: int = 0
    after_hours_resolved: int = 0
    minutes_saved: float = 0.0
    approval_minutes: float | None = None  # the handling time one approval is taken to cost (None: no live ones)
    hourly_cost: str = "0"
    dollars_saved: str = "0.00"
    # (YYYY-MM, tickets, tickets on its own, minutes saved), for every month a past ticket came in
    months: list[tuple[str, int, int, float]] = field(default_factory=list)
    # The export's own `category` column (CSV only), beside ours: {their category: {outcome: n}}
    psa_categories: dict[str, dict[str, int]] = field(default_factory=dict)
    first: str = ""  # the oldest and newest ticket's date, as the tenant saw them
    last: str = ""

    def share(self, outcome: str) -> float:
        return 100.0 * self.counts.get(outcome, 0) / self.total if self.total else 0.0

    @property
    def hours_saved(self) -> float:
        return self.minutes_saved / 60

    @property
    def after_hours_share(self) -> float:
        return 100.0 * self.after_hours / self.total if self.total else 0.0

    def totals(self) -> dict[str, str]:
        """The headline figures as printed, by key: the command prints these and the page shows the same text."""
        return {
            "tickets": str(self.total),
            **{outcome: f"{self.counts.get(outcome, 0)} ({self.share(outcome):.1f}%)" for outcome in OUTCOMES},
            "hours_saved": f"{self.hours_saved:.1f}",
            "dollars_saved": f"${Decimal(self.dollars_saved):,.2f}",
            "after_hours": f"{self.after_hours} ({self.after_hours_share:.1f}%)",
        }

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Summary:
        rows = [CategoryRow(**row) for row in data.get("categories", [])]
        reasons = {k: [(str(r), int(n)) for r, n in v] for k, v in (data.get("reasons") or {}).items()}
        months = [(str(m), int(t), int(a), float(n)) for m, t, a, n in data.get("months", [])]
        known = {f.name for f in fields(cls)} - {"categories", "reasons", "months"}
        # A figure an older run did not keep takes its default; one it kept that is gone now is left out.
        return cls(**{k: v for k, v in data.items() if k in known}, categories=rows, reasons=reasons, months=months)


TOTAL_LABELS = {"tickets": "Past tickets", AUTONOMOUS: "On its own", APPROVAL: "With approval",
                NOT_AT_ALL: "Not at all", "hours_saved": "Hours saved", "dollars_saved": "Dollars saved",
                "after_hours": "After hours"}


def summarise(tenant: Tenant, source: str, decided: list[tuple[PastTicket, Verdict]]) -> Summary:
    """Aggregate decided tickets (already in the order they came in) into the figures the report shows."""
    counts: Counter[str] = Counter()
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    theirs: dict[str, Counter[str]] = defaultdict(Counter)
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    months: dict[str, list[Any]] = defaultdict(lambda: [0, 0, 0.0])
    after_hours = after_hours_resolved = 0
    minutes = 0.0
    handling = approval_minutes(tenant)
    dates = []
    for past, verdict in decided:
        counts[verdict.outcome] += 1
        by_category[verdict.category][verdict.outcome] += 1
        if past.psa_category:
            theirs[past.psa_category[:60]][verdict.outcome] += 1
        if verdict.reason:
            reasons[verdict.outcome][normalise_reason(verdict.reason)] += 1
        at = past.created_at or past.closed_at
        late = at is not None and is_after_hours(tenant, at)
        after_hours += late
        month = months[f"{at.astimezone(tenant.zone):%Y-%m}"] if at is not None else [0, 0, 0.0]
        month[0] += 1
        if at is not None:
            dates.append(at.astimezone(tenant.zone).date())
        if verdict.outcome == AUTONOMOUS:
            month[1] += 1
        if verdict.outcome in (AUTONOMOUS, APPROVAL):
            saved = _saved(minutes_for(tenant, verdict.category), verdict, handling)
            minutes += saved
            after_hours_resolved += late
            month[2] += saved
    cost = hourly_cost(tenant)
    order = {c: i for i, c in enumerate(CATEGORIES)}
    rows = [CategoryRow(category, dict(c), minutes_for(tenant, category))
            for category, c in sorted(by_category.items(), key=lambda item: (-sum(item[1].values()),
                                                                            order.get(item[0], 99)))]
    return Summary(
        tenant=tenant.slug, source=source, total=sum(counts.values()), counts=dict(counts), categories=rows,
        reasons={k: v.most_common(TOP_REASONS) for k, v in reasons.items()},
        after_hours=after_hours, after_hours_resolved=after_hours_resolved, minutes_saved=round(minutes, 2),
        approval_minutes=None if handling is None else round(handling, 2),
        hourly_cost=str(cost), dollars_saved=str(money(round(minutes, 2), cost)),
        months=[(m, t, a, round(n, 2)) for m, (t, a, n) in sorted(months.items())],
        psa_categories={k: dict(v) for k, v in sorted(theirs.items(), key=lambda item: -sum(item[1].values()))},
        first=str(min(dates)) if dates else "", last=str(max(dates)) if dates else "",
    )


def _saved(standard: int, verdict: Verdict, handling: float | None) -> float:
    """The value report's minutes for one ticket: in full on its own; less the approvals' handling with approval."""
    spent = None if handling is None else Decimal(str(verdict.approvals * handling))
    return float(minutes_saved(standard=standard, ran_alone=verdict.outcome == AUTONOMOUS, approval_minutes=spent))


def approval_minutes(tenant: Tenant) -> float | None:
    """The tenant's median minutes from an approval request to its approval, over its live requests (a read)."""
    spans = [(decided - asked).total_seconds() / 60 for asked, decided in
             ApprovalRequest.objects.filter(action__ticket__tenant=tenant, status=RequestStatus.APPROVED,
                                            decided_at__isnull=False).order_by()
             .values_list("created_at", "decided_at")]
    return statistics.median(max(0.0, s) for s in spans) if spans else None
