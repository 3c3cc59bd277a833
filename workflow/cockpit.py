"""The admin home's counts: what needs a service lead's eye now, each a link to the admin list that shows it.

Every count is read through tenants/access.py (`scope`), so a person counts only the tenants they may see, and each
link carries the same filter as its count: clicking it lists exactly the rows that were counted (the admin list
applies the same tenant scope again). Lives at the top layer because it reads tickets, actions, approvals and
tenants together; the admin home shows it through workflow/templatetags/cockpit.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from approvals.choices import RequestStatus
from approvals.models import ApprovalRequest
from playbooks.scheduling import waiting_on_a_schedule
from tenants import access
from tenants.models import Connection, Tenant
from tickets.choices import OPEN_STATUSES, TicketStatus
from tickets.models import Ticket
from workflow.sweep import stuck_after

# A connection counts as failing while its last recorded error is this recent (errors are recorded, never cleared).
FAILING_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    hint: str
    value: int
    url: str

    @property
    def alarming(self) -> bool:
        return self.value > 0


def _link(name: str, params: dict[str, Any]) -> str:
    return f"{reverse(name)}?{urlencode(params)}"


def _stamp(moment: datetime) -> str:
    """An instant for a list filter in the URL, in UTC (what every database accepts back)."""
    return moment.astimezone(UTC).isoformat(sep=" ", timespec="seconds")


def _scoped(user: Any, queryset: QuerySet, tenant_path: str) -> int:
    return access.scope(user, queryset, tenant_path, access.VIEW).order_by().count()


def cockpit_counts(user: Any, *, now: datetime | None = None) -> list[Count]:
    """The five counts of the admin home for `user`, over the tenants they may view; none for someone who may view
    no tenant (the lists behind them would refuse that person)."""
    if not access.holds_anywhere(user, access.VIEW):
        return []
    now = (now or timezone.now()).replace(microsecond=0)  # the links carry whole seconds: count the same
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    stuck_before = now - stuck_after()
    failing_since = now - FAILING_WINDOW
    open_statuses = ",".join(sorted(OPEN_STATUSES))

    waiting = {"status__exact": RequestStatus.OPEN}
    escalated = {"status__exact": TicketStatus.ESCALATED, "updated_at__gte": _stamp(today)}
    paused = {"paused__exact": "1"}
    failing = {"disabled__exact": "0", "last_error_at__gte": _stamp(failing_since)}
    # A ticket waiting for a step's time to come, with the schedule that will ring it, is not stuck however long it
    # sits (workflow/schedule_admin.py gives the tickets list the same filter, so the link lists what was counted).
    stuck = {"status__in": open_statuses, "updated_at__lt": _stamp(stuck_before), "schedule": "none"}
    return [
        Count("waiting", "Waiting approvals", "open approval requests",
              _scoped(user, ApprovalRequest.objects.filter(status=RequestStatus.OPEN), "action__ticket__tenant"),
              _link("admin:approvals_approvalrequest_changelist", waiting)),
        Count("escalated", "Escalations today", "tickets escalated to a technician since 00:00 UTC",
              _scoped(user, Ticket.objects.filter(status=TicketStatus.ESCALATED, updated_at__gte=today), "tenant"),
              _link("admin:tickets_ticket_changelist", escalated)),
        Count("paused", "Paused tenants", "autonomy stopped by the kill switch",
              _scoped(user, Tenant.objects.filter(paused=True), ""),
              _link("admin:tenants_tenant_changelist", paused)),
        Count("failing", "Failing connections", "an error in the last 24 hours",
              _scoped(user, Connection.objects.filter(disabled=False, last_error_at__gte=failing_since), "tenant"),
              _link("admin:tenants_connection_changelist", failing)),
        Count("stuck", "Stuck tickets", f"open and untouched for {int(stuck_after().total_seconds() // 60)} min",
              _scoped(user, Ticket.objects.filter(status__in=OPEN_STATUSES, updated_at__lt=stuck_before)
                      .exclude(waiting_on_a_schedule(now)), "tenant"),
              _link("admin:tickets_ticket_changelist", stuck)),
    ]
