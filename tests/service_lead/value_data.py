"""Tailspin's fixed tickets for the value report tests (the table is in test_value_report.py's docstring)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import count
from zoneinfo import ZoneInfo

from approvals.models import ApprovalRequest
from playbooks.models import Action
from tenants.models import Tenant
from tickets.models import Ticket
from workflow.reports import Period

NY = ZoneInfo("America/New_York")
_seq = count(1)


def at(day: int, month: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=NY)


def make_ticket(tenant: Tenant, category: str, received: datetime, *, status: str, closed_after: int | None = None,
                reopened: int = 0, actions: list[tuple[str, str, str]] = (),
                approval_minutes: int | None = None) -> Ticket:
    """A ticket with its actions [(kind, decision, status)]; an approval of `approval_minutes` on the approval one."""
    n = next(_seq)
    ticket = Ticket.objects.create(
        tenant=tenant, external_id=f"value-{n}", subject=f"Ticket {n}", requester_email="pat@tailspin.example",
        status=status, category=category, received_at=received, reopened=reopened,
        resolved_at=received + timedelta(minutes=closed_after) if closed_after is not None else None)
    for i, (kind, decision, action_status) in enumerate(actions):
        action = Action.objects.create(ticket=ticket, kind=kind, target="pat@tailspin.example", decision=decision,
                                       status=action_status, idempotency_key=f"value-{n}-{i}", created_at=received)
        if decision == "approval" and approval_minutes is not None:
            asked = received + timedelta(minutes=1)
            ApprovalRequest.objects.create(action=action, status="approved", created_at=asked,
                                           expires_at=asked + timedelta(hours=4),
                                           decided_at=asked + timedelta(minutes=approval_minutes))
    return ticket


def seed_tailspin() -> Tenant:
    tenant = Tenant.objects.create(
        name="Tailspin Toys", slug="tailspin", domains=["tailspin.example"], mode="live",
        time_zone="America/New_York", business_hours={"days": [1, 2, 3, 4, 5], "start": "08:00", "end": "18:00"},
        minutes_per_category={"password_reset": 10, "onboarding": 40}, hourly_cost=Decimal("90"))
    ok = "succeeded"
    make_ticket(tenant, "account_unlock", at(4, 3, 10), status="resolved", closed_after=6,
                actions=[("unlock_account", "autonomous", ok)])
    make_ticket(tenant, "password_reset", at(7, 3, 23), status="resolved", closed_after=4,
                actions=[("reset_password", "autonomous", ok)])
    make_ticket(tenant, "onboarding", at(9, 3, 9), status="resolved", closed_after=20, approval_minutes=15,
                actions=[("create_user", "autonomous", ok), ("assign_license", "approval", ok)])
    make_ticket(tenant, "password_reset", at(10, 3, 11), status="escalated",
                actions=[("reset_password", "autonomous", "failed")])
    make_ticket(tenant, "group_membership", at(2, 4, 14), status="escalated",
                actions=[("add_to_group", "forbidden", "blocked")])
    make_ticket(tenant, "account_unlock", at(3, 4, 20), status="resolved", closed_after=10, reopened=1,
                actions=[("unlock_account", "autonomous", ok)])
    make_ticket(tenant, "password_reset", at(6, 4, 10), status="resolved", closed_after=31, approval_minutes=30,
                actions=[("reset_password", "approval", ok)])
    make_ticket(tenant, "account_unlock", at(7, 4, 9), status="awaiting_approval",
                actions=[("unlock_account", "approval", "awaiting_approval")])
    make_ticket(tenant, "password_reset", at(8, 4, 9), status="planned",
                actions=[("reset_password", "autonomous", "planned")])
    return tenant


SPRING = Period(date(2026, 3, 1), date(2026, 4, 30), NY)
