"""Reads for the technicians' review queue: what waits, in which tenants, and one card per waiting action.

The queue page runs a fixed number of queries whatever the number of waiting actions: the tenant ids
come from the access chokepoint, the per-tenant counts from one aggregate, the page of actions from one
joined query (ticket, tenant, approval request) plus one prefetch of the reviews already given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet
from django.utils import timezone

from approvals.choices import RequestStatus, ReviewDecision
from approvals.identity import identity_proof_missing
from approvals.models import Review
from approvals.policy import RISK_SIGNAL_PREFIX, bulk_refusal
from playbooks.choices import ActionStatus
from playbooks.models import Action
from rallied.kinds import KINDS, get_kind, param_choices, param_text
from tenants.licences import licence_name
from tenants.models import Tenant

PAGE_SIZE = 50
# key -> (label, minimum minutes waiting); "" means any age.
AGE_FILTERS: dict[str, tuple[str, int]] = {
    "": ("Any age", 0),
    "15m": ("Waiting over 15 min", 15),
    "1h": ("Waiting over 1 hour", 60),
    "4h": ("Waiting over 4 hours", 240),
    "1d": ("Waiting over 1 day", 1440),
}
# By the action's creation (when the pipeline planned it, seconds before its approval request opened): the
# (status, created_at) index then serves both the filter and the order, and a page stops after 50 rows.
ORDERS = {"oldest": ("created_at", "pk"), "newest": ("-created_at", "-pk")}
RELATION_LABELS = {
    "self": "asks for themself",
    "manager": "is the target's manager",
    "authorized": "is an authorised requester of the tenant",
    "none": "has no known relation to the target",
}


# What a card reads, and nothing more: the JSON columns a card never shows (before-state, result, entities,
# the tenant's settings) are not loaded and decoded fifty times a page. A field missing here would cost one
# query per card, which tests/approvals/test_queue_queries.py would catch.
CARD_FIELDS = (
    "id", "kind", "target", "params", "reasons", "flags", "status", "version", "created_at", "ticket",
    "ticket__id", "ticket__subject", "ticket__body", "ticket__requester_email", "ticket__requester_name",
    "ticket__psa_ticket_id", "ticket__verification", "ticket__triage", "ticket__tenant", "ticket__submitted_by",
    "ticket__tenant__id", "ticket__tenant__name", "ticket__tenant__slug",
    "approval__id", "approval__action", "approval__status", "approval__approvals_required",
    "approval__action_version", "approval__created_at", "approval__expires_at",
)


@dataclass(frozen=True)
class QueueFilters:
    """What the technician narrowed the queue to; every field empty shows everything, oldest first."""

    tenant: str = ""
    kind: str = ""
    age: str = ""
    order: str = "oldest"


@dataclass
class TenantCount:
    """One tenant the technician may approve on, with how many actions wait there."""

    pk: int
    slug: str
    name: str
    waiting: int = 0


@dataclass
class EditField:
    """One parameter of the action kind's schema, as the edit form shows it."""

    name: str
    value: str
    required: bool
    choices: list[str] = field(default_factory=list)


@dataclass
class Card:
    """Everything a technician needs to decide one waiting action, without opening anything else."""

    action: Action
    tenant: Tenant
    kind_label: str
    risk: str
    params: list[tuple[str, Any]]
    edit_fields: list[EditField]
    reasons: list[str]
    risk_signals: list[str]
    requester: str
    requester_email: str
    verification: str
    verification_tone: str
    approvals_required: int
    approved_by: list[str]
    waiting_since: datetime
    expires_at: datetime
    waited: str
    expires_in: str
    bulk_refusal: str
    summary: str
    body: str
    identity_missing: str = ""  # why the approval must say how the person was verified (approvals/identity.py)


def waiting_actions(tenant_ids: list[int]) -> QuerySet[Action]:
    """Actions that wait for a technician in these tenants and can still be decided (not expired)."""
    return Action.objects.filter(
        ticket__tenant_id__in=tenant_ids, status=ActionStatus.AWAITING_APPROVAL,
        approval__status=RequestStatus.OPEN, approval__expires_at__gt=timezone.now(),
    )


def waiting_counts(tenant_ids: list[int]) -> dict[tuple[int, str], int]:
    """(tenant id, action kind) -> number waiting, in one aggregate query."""
    rows = waiting_actions(tenant_ids).order_by().values_list("ticket__tenant_id", "kind").annotate(n=Count("pk"))
    return {(tenant_id, kind): n for tenant_id, kind, n in rows}


def tenant_counts(tenant_ids: list[int], counts: dict[tuple[int, str], int]) -> list[TenantCount]:
    """The tenants in scope, by name, each with its number of waiting actions."""
    per_tenant: dict[int, int] = {}
    for (tenant_id, _), n in counts.items():
        per_tenant[tenant_id] = per_tenant.get(tenant_id, 0) + n
    tenants = Tenant.objects.filter(pk__in=tenant_ids).order_by("name").only("pk", "slug", "name")
    return [TenantCount(t.pk, t.slug, t.name, per_tenant.get(t.pk, 0)) for t in tenants]


def matching_total(tenants: list[TenantCount], counts: dict[tuple[int, str], int], filters: QueueFilters) -> int | None:
    """How many actions the filters match, from the counts already read; None when the age filter needs a query."""
    if filters.age in AGE_FILTERS and AGE_FILTERS[filters.age][1]:
        return None
    wanted = {t.pk for t in tenants if not filters.tenant or t.slug == filters.tenant}
    return sum(n for (tenant_id, kind), n in counts.items()
               if tenant_id in wanted and (not filters.kind or kind == filters.kind))


def filtered_queue(tenant_ids: list[int], filters: QueueFilters) -> QuerySet[Action]:
    qs = waiting_actions(tenant_ids)
    if filters.tenant:
        qs = qs.filter(ticket__tenant__slug=filters.tenant)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    minutes = AGE_FILTERS.get(filters.age, AGE_FILTERS[""])[1]
    if minutes:
        qs = qs.filter(created_at__lte=timezone.now() - timedelta(minutes=minutes))
    reviews = Prefetch("approval__reviews", queryset=Review.objects.select_related("reviewer").order_by("at"))
    return (qs.select_related("ticket", "ticket__tenant", "approval").only(*CARD_FIELDS).prefetch_related(reviews)
            .order_by(*ORDERS.get(filters.order, ORDERS["oldest"])))


def queue_page(tenant_ids: list[int], filters: QueueFilters, page_number: Any = 1,
               total: int | None = None) -> tuple[Page, list[Card]]:
    """One page of the filtered queue and its cards; `total`, when known, spares the paginator its count query."""
    paginator = Paginator(filtered_queue(tenant_ids, filters), PAGE_SIZE)
    if total is not None:
        paginator.count = total  # a cached_property: setting it replaces the COUNT(*) query
    page = paginator.get_page(page_number)
    now = timezone.now()
    return page, [card_for(action, now) for action in page.object_list]


def waiting_for_bulk(tenant_ids: list[int], action_ids: list[int]) -> list[Card]:
    """The cards of these actions, if they still wait in the technician's tenants (for bulk approval)."""
    qs = filtered_queue(tenant_ids, QueueFilters()).filter(pk__in=action_ids)
    return [card_for(action) for action in qs]


# -- one card ---------------------------------------------------------------------------------------


def _clean_signal(text: str) -> str:
    return text.removeprefix(RISK_SIGNAL_PREFIX).strip().rstrip(".")


def split_reasons(reasons: list[str], verification: dict[str, Any]) -> tuple[list[str], list[str]]:
    """(policy reasons, risk signals): signals are shown apart, in red, because they are why to look twice."""
    signals: list[str] = []
    for signal in [*verification.get("risk_signals", []), *(r for r in reasons if r.startswith(RISK_SIGNAL_PREFIX))]:
        cleaned = _clean_signal(str(signal))
        if cleaned and cleaned not in signals:
            signals.append(cleaned)
    return [r for r in reasons if not r.startswith(RISK_SIGNAL_PREFIX)], signals


def describe_verification(verification: dict[str, Any]) -> tuple[str, str]:
    """(how the requester was verified, tone: ok | warn | bad) in the words a technician reads at a glance."""
    if not verification:
        return "Not checked against the directory.", "warn"
    if verification.get("lookup_error"):
        return f"Directory lookup failed: {verification['lookup_error']}", "bad"
    if not verification.get("requester_found"):
        return "Not found in the tenant's directory.", "bad"
    name = verification.get("requester_display_name") or "a directory user"
    parts = [f"Found in the directory as {name}; {RELATION_LABELS.get(verification.get('relation', 'none'), '')}"]
    proof, method = verification.get("proof", "not_needed"), verification.get("proof_method", "")
    if method:
        parts.append(f"{method}: {proof}")
    tone = "ok" if proof in ("proved", "not_needed") and verification.get("relation") != "none" else "warn"
    if proof in ("denied",) or not verification.get("requester_enabled", True):
        tone = "bad"
    return ". ".join(p.strip().rstrip(";") for p in parts if p) + ".", tone


def _shown(key: str, value: Any) -> Any:
    """A licence as its part number and the product it is, so a technician approves what they recognise."""
    if key in ("license", "new_license") and isinstance(value, str) and licence_name(value) != value:
        return f"{value} ({licence_name(value)})"
    return value


def edit_fields(kind: str, params: dict[str, Any]) -> list[EditField]:
    spec = get_kind(kind).params
    return [EditField(name, param_text(params.get(name)), bool(rule.get("required")), param_choices(rule))
            for name, rule in spec.items()]


def span(delta: timedelta) -> str:
    """A duration the way a technician says it ("7 min", "3 h 20 min", "2 d 4 h"); cheaper than |timesince."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 1:
        return "under a minute"
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(hours, 24)
    return f"{days} d {hours} h" if hours else f"{days} d"


def card_for(action: Action, now: datetime | None = None) -> Card:
    """Build a card from an action loaded with its ticket, tenant, approval and reviews (no further queries)."""
    now = now or timezone.now()
    ticket, request = action.ticket, action.approval
    spec = get_kind(action.kind)
    verification = ticket.verification or {}
    reasons, signals = split_reasons(list(action.reasons or []), verification)
    verified, tone = describe_verification(verification)
    # Reviews of an older version no longer count (an edit needs new approvals); the service deletes
    # them, and filtering here keeps the card honest even if one is left.
    approved_by = [r.reviewer.get_username() for r in request.reviews.all()
                   if r.action_version == action.version and r.decision != ReviewDecision.REJECT]
    triage = ticket.triage or {}
    return Card(
        action=action, tenant=ticket.tenant, kind_label=spec.label, risk=spec.risk,
        params=[(k, _shown(k, v)) for k, v in (action.params or {}).items() if k != "target"],
        edit_fields=edit_fields(action.kind, action.params or {}),
        reasons=reasons, risk_signals=signals,
        requester=ticket.requester_name or ticket.requester_email, requester_email=ticket.requester_email,
        verification=verified, verification_tone=tone,
        approvals_required=request.approvals_required, approved_by=approved_by,
        waiting_since=request.created_at, expires_at=request.expires_at,
        waited=span(now - action.created_at), expires_in=span(request.expires_at - now),
        bulk_refusal=bulk_refusal(kind=action.kind, reasons=list(action.reasons or []), risk_signals=signals,
                                  approvals_required=request.approvals_required, flags=action.flags),
        summary=str(triage.get("summary") or ""), body=ticket.body,
        identity_missing=identity_proof_missing(action),
    )


def kind_choices() -> list[tuple[str, str]]:
    return [(name, kind.label) for name, kind in KINDS.items() if kind.writes]


# -- recently decided -------------------------------------------------------------------------------
# What became of the actions technicians decided: the queue's other half. A decision is "recent" for a week.
DECIDED_DAYS = 7
# The action's final word, as a technician reads it (an approved action still running is not final yet).
OUTCOMES: dict[str, tuple[str, str]] = {
    ActionStatus.SUCCEEDED: ("Succeeded", "ok"),
    ActionStatus.FAILED: ("Failed", "bad"),
    ActionStatus.REJECTED: ("Rejected", "muted"),
    ActionStatus.EXPIRED: ("Expired", "warn"),
    ActionStatus.UNKNOWN_OUTCOME: ("Being checked", "warn"),
    ActionStatus.UNDONE: ("Undone", "muted"),
    ActionStatus.APPROVED: ("Running", "warn"),
    ActionStatus.EXECUTING: ("Running", "warn"),
    ActionStatus.AWAITING_APPROVAL: ("Waiting again", "warn"),
    ActionStatus.PLANNED: ("Would have run", "muted"),
    ActionStatus.BLOCKED: ("Blocked", "bad"),
}
OUTCOME_FILTERS = {"succeeded": [ActionStatus.SUCCEEDED], "failed": [ActionStatus.FAILED],
                   "rejected": [ActionStatus.REJECTED], "expired": [ActionStatus.EXPIRED],
                   "running": [ActionStatus.APPROVED, ActionStatus.EXECUTING, ActionStatus.UNKNOWN_OUTCOME]}
APPROVALS = (ReviewDecision.APPROVE, ReviewDecision.APPROVE_WITH_EDITS)


@dataclass(frozen=True)
class DecidedFilters:
    outcome: str = ""
    mine: bool = False


@dataclass
class DecidedRow:
    """One decided action: who decided what, and what became of it."""

    action: Action
    tenant: Tenant
    kind_label: str
    outcome: str
    outcome_label: str
    tone: str
    decided_at: datetime | None
    decided_by: list[str]
    why: str
    approved_by_me: bool
    new: bool = False


def decided_actions(tenant_ids: list[int], *, user: Any, filters: DecidedFilters,
                    now: datetime | None = None) -> QuerySet[Action]:
    """Actions of these tenants whose approval request closed in the last DECIDED_DAYS, newest decision first."""
    since = (now or timezone.now()) - timedelta(days=DECIDED_DAYS)
    qs = (Action.objects.filter(ticket__tenant_id__in=tenant_ids, approval__decided_at__gte=since)
          .exclude(approval__status=RequestStatus.OPEN))
    if filters.outcome in OUTCOME_FILTERS:
        qs = qs.filter(status__in=OUTCOME_FILTERS[filters.outcome])
    if filters.mine:
        qs = qs.filter(Exists(Review.objects.filter(request__action=OuterRef("pk"), reviewer=user)))
    reviews = Prefetch("approval__reviews", queryset=Review.objects.select_related("reviewer").order_by("at"))
    return (qs.select_related("ticket", "ticket__tenant", "approval").prefetch_related(reviews)
            .defer("ticket__body", "ticket__triage", "ticket__entities", "ticket__verification", "result",
                   "before_state")
            .order_by("-approval__decided_at", "-pk"))


def decided_page(tenant_ids: list[int], *, user: Any, filters: DecidedFilters, page_number: Any = 1,
                 new_ids: frozenset[int] | set[int] = frozenset()) -> tuple[Page, list[DecidedRow]]:
    paginator = Paginator(decided_actions(tenant_ids, user=user, filters=filters), PAGE_SIZE)
    page = paginator.get_page(page_number)
    return page, [decided_row(action, user, new=action.pk in new_ids) for action in page.object_list]


def decided_row(action: Action, user: Any, *, new: bool = False) -> DecidedRow:
    request = action.approval
    reviews = list(request.reviews.all())
    label, tone = OUTCOMES.get(action.status, (action.get_status_display(), "muted"))
    by = [f"{r.reviewer.get_username()} ({'rejected' if r.decision == ReviewDecision.REJECT else 'approved'})"
          for r in reviews]
    if not by:
        by = ["nobody: the approval expired"] if request.status == RequestStatus.EXPIRED else [
            f"nobody: {request.get_status_display().lower()}"]
    return DecidedRow(
        action=action, tenant=action.ticket.tenant, kind_label=get_kind(action.kind).label, outcome=action.status,
        outcome_label=label, tone=tone, decided_at=request.decided_at, decided_by=by,
        why=_why(action, reviews), new=new,
        approved_by_me=any(r.reviewer_id == user.pk and r.decision in APPROVALS for r in reviews),
    )


def _why(action: Action, reviews: list[Review]) -> str:
    """The reason a technician needs next to the outcome: the vendor's refusal, or the rejection's reason."""
    if action.status in (ActionStatus.FAILED, ActionStatus.UNKNOWN_OUTCOME) and action.error:
        return action.error[:500]
    rejection = next((r for r in reviews if r.decision == ReviewDecision.REJECT and r.comment), None)
    if action.status == ActionStatus.REJECTED:
        return (rejection.comment if rejection else action.error)[:500]
    return ""


def failed_after_approval(tenant_ids: list[int], user: Any, *, since: datetime) -> QuerySet[Action]:
    """Actions this person approved that then failed (the vendor refused, or the outcome proved a failure) after
    `since`: the queue's badge."""
    approved = Review.objects.filter(request__action=OuterRef("pk"), reviewer=user, decision__in=APPROVALS)
    return (Action.objects.filter(ticket__tenant_id__in=tenant_ids, status=ActionStatus.FAILED,
                                  updated_at__gt=since)
            .filter(Exists(approved)).order_by("-updated_at", "-pk"))
