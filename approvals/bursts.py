"""Reads behind the kill switch and the refusal watch (approvals/kill_switch.py): how big a burst is for a tenant,
what ran, what was refused, and which identities are under watch. No writes, so the verification context can ask
`watched_targets` without importing the notices the kill switch sends.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Count, DateTimeField, Exists, F, Func, IntegerField, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from audit.models import AuditEvent
from playbooks.choices import ActionStatus, DecisionMode
from playbooks.models import Action
from rallied.kept_queries import KeptQuery
from rallied.kinds import KINDS
from tenants.models import Tenant
from tickets.models import Ticket
from tickets.triage.rules import INJECTION_REASON

WATCH_VERB = "tenant.refusal_burst"
SENSITIVE_KINDS = tuple(name for name, spec in KINDS.items() if spec.sensitive)
# An action in one of these has run, is running, or was approved to run: what runaway automation leaves behind.
RAN_STATUSES = (ActionStatus.APPROVED, ActionStatus.EXECUTING, ActionStatus.SUCCEEDED, ActionStatus.FAILED,
                ActionStatus.UNKNOWN_OUTCOME, ActionStatus.UNDONE)
USERS_PER_BURST_ACTION = 50  # 2% of the directory within the window is a burst ...
MIN_BURST = 5  # ... but never fewer than this (five resets in ten minutes is a lot for any small client)
MAX_BURST = 100  # ... nor more (past this, nothing legitimate is that busy)
MAX_WATCHED = 200  # identities named in one alert; the rest are still tightened, through the query


def burst_limit(tenant: Tenant) -> tuple[int, int]:
    """(actions, minutes): this many sensitive actions within that many minutes trip the switch; 0 = off.

    Sized to the tenant's directory (`Tenant.directory_users`, unknown counts as the smallest tenant) unless
    RALLIED_KILL_SWITCH_BURST fixes it."""
    minutes = int(getattr(settings, "RALLIED_KILL_SWITCH_WINDOW_MINUTES", 10))
    fixed = getattr(settings, "RALLIED_KILL_SWITCH_BURST", None)
    if fixed is not None:
        return int(fixed), minutes
    users = tenant.directory_users or 0
    return max(MIN_BURST, min(MAX_BURST, math.ceil(users / USERS_PER_BURST_ACTION))), minutes


def _since(tenant: Tenant, minutes: int) -> datetime:
    # A burst that already tripped the switch (and was then resumed, by resume_tenant or in the admin) is not
    # counted again: only what came after it.
    since = timezone.now() - timedelta(minutes=minutes)
    return max([since, *(t for t in (tenant.paused_at, tenant.resumed_at) if t is not None)])


def sensitive_burst(tenant: Tenant, minutes: int) -> int:
    """Sensitive actions of this tenant that ran or were approved to run in the last `minutes` (and since autonomy
    was last resumed). Refused, waiting and planned ones are not automation running away."""
    return Action.objects.filter(ticket__tenant=tenant, kind__in=SENSITIVE_KINDS, status__in=RAN_STATUSES,
                                 updated_at__gte=_since(tenant, minutes)).count()


SWITCH_FIELDS = ("paused", "paused_reason", "paused_at", "resumed_at", "mode", "directory_users")


def _switch_and_burst(pk: int, since: datetime) -> QuerySet[Tenant]:
    """The kill switch's fields of tenant `pk` with its sensitive_burst count from `since` (and from the paused_at
    and resumed_at of the row read with it, as `_since` starts the window)."""
    start_at = Value(since, output_field=DateTimeField())
    start = Greatest(start_at, Coalesce(OuterRef("paused_at"), start_at), Coalesce(OuterRef("resumed_at"), start_at))
    burst = (Action.objects.filter(ticket__tenant=OuterRef("pk"), kind__in=SENSITIVE_KINDS, status__in=RAN_STATUSES,
                                   updated_at__gte=start)
             .order_by().values("ticket__tenant").annotate(n=Count("pk")).values("n"))
    return Tenant.objects.filter(pk=pk).values(*SWITCH_FIELDS, burst=Coalesce(Subquery(burst), 0))


# Read before every sensitive action: its text kept once per process (rallied/kept_queries.py), only the tenant and
# the window's start change per call.
_SWITCH_AND_BURST = KeptQuery(_switch_and_burst, pk=int, since=datetime)


def refresh_with_burst(tenant: Tenant, minutes: int) -> int:
    """Read the kill switch's fields of `tenant` afresh onto it and count sensitive_burst's actions, in one query:
    the row's refresh and the count were two (issue 17). The window starts where `_since` starts it, from the
    paused_at and resumed_at of the row read here."""
    row = _SWITCH_AND_BURST.get(pk=tenant.pk, since=timezone.now() - timedelta(minutes=minutes))
    for name in SWITCH_FIELDS:
        setattr(tenant, name, row[name])
    return int(row["burst"])


# -- the refusal watch ---------------------------------------------------------------------------------------------


def _refused(tenant: Tenant, since: datetime) -> QuerySet[Ticket]:
    refused = Q(actions__decision=DecisionMode.FORBIDDEN) | Q(actions__status=ActionStatus.REJECTED)
    aimed = Q(triage__reason__startswith=INJECTION_REASON)
    return Ticket.objects.filter(Q(tenant=tenant, received_at__gte=since) & (refused | aimed)) \
        .exclude(actions__status=ActionStatus.PLANNED)


def refused_tickets(tenant: Tenant, since: datetime) -> list[Ticket]:
    """Tickets since `since` that were refused: an action forbidden or rejected, or triage found the text aimed at
    the system. One ticket is one attempt, however many of its steps were refused with it."""
    return list(_refused(tenant, since).distinct().prefetch_related("actions"))


def watch_state(tenant: Tenant, since: datetime) -> tuple[int, bool, int]:
    """What the refusal watch asks before it alerts, in one statement: the pk of the tenant's latest alert (0 when
    none), whether one was raised since `since`, and how many tickets refused_tickets(tenant, since) would return.

    One statement instead of three, on every decision of every ticket (issue 17), and one snapshot: an alert another
    worker commits is seen by both of the first two answers or by neither (kill_switch.check_refusals relies on it).
    The count is COUNT(DISTINCT id) of refused_tickets' own filter, so the two cannot disagree."""
    alerts = AuditEvent.objects.filter(tenant=OuterRef("pk"), verb=WATCH_VERB)
    refused = _refused(tenant, since).order_by().annotate(
        n=Func(F("pk"), function="COUNT", template="COUNT(DISTINCT %(expressions)s)", output_field=IntegerField()))
    latest, alerted, attempts = Tenant.objects.filter(pk=tenant.pk).annotate(
        latest=Coalesce(Subquery(alerts.order_by("-pk").values("pk")[:1]), 0),
        alerted=Exists(alerts.filter(at__gte=since)),
        attempts=Coalesce(Subquery(refused.values("n")[:1], output_field=IntegerField()), 0),
    ).values_list("latest", "alerted", "attempts").get()
    return latest, alerted, attempts


def refused_targets(tickets: list[Ticket]) -> list[str]:
    """The identities the refused attempts were aimed at: each refused action's target (or, for a ticket triage
    refused, the account it named)."""
    found: dict[str, None] = {}
    for ticket in tickets:
        refused = [a.target for a in ticket.actions.all()
                   if a.decision == DecisionMode.FORBIDDEN or a.status == ActionStatus.REJECTED]
        named = [str((ticket.entities or {}).get("target_user") or "")] if not refused else []
        for target in [*refused, *named]:
            if target:
                found.setdefault(target.strip().lower(), None)
    return list(found)


def watch_hours() -> int:
    return int(getattr(settings, "RALLIED_WATCH_HOURS", 24))


# The tenant's refusal-burst alerts since a time, oldest first: read for every action decided, its text kept.
_RECENT_ALERTS = KeptQuery(lambda tenant_id, since: AuditEvent.objects.filter(
    tenant_id=tenant_id, verb=WATCH_VERB, at__gte=since).order_by("at").values("at", "details"),
    tenant_id=int, since=datetime)


def watched_targets(tenant: Tenant) -> dict[str, datetime]:
    """Identities a recent refusal burst targeted, each with when its watch ends; {} when there was none.

    Every identity refused since the burst that raised the first live alert counts (the attempts after the
    alert too, which are the same campaign); the watch lasts RALLIED_WATCH_HOURS after the latest alert."""
    if tenant.mode != Tenant.Mode.LIVE:
        return {}
    hours = watch_hours()
    alerts = _RECENT_ALERTS.all(tenant_id=tenant.pk, since=timezone.now() - timedelta(hours=hours))
    if not alerts:
        return {}
    _, minutes = burst_limit(tenant)
    start = alerts[0]["at"] - timedelta(minutes=int(alerts[0]["details"].get("minutes", minutes)))
    until = alerts[-1]["at"] + timedelta(hours=hours)
    named = {t for a in alerts for t in a["details"].get("targets", [])}
    return dict.fromkeys([*named, *refused_targets(refused_tickets(tenant, start))], until)
