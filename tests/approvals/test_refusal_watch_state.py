"""The refusal watch's one read (approvals/bursts.watch_state) answers what its three reads answered: the latest
alert, whether one is in the window, and how many refused tickets the window holds, counted as refused_tickets
counts them (one ticket one attempt; a ticket still being planned not yet an attempt)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from approvals.bursts import WATCH_VERB, refused_tickets, watch_state
from audit.models import AuditEvent
from audit.services import record
from playbooks.models import Action
from tenants.models import Tenant
from tickets.models import Ticket
from tickets.triage.rules import INJECTION_REASON

pytestmark = pytest.mark.django_db


def _ticket(tenant: Tenant, n: int, *, actions: list[tuple[str, str]], triage: dict | None = None) -> Ticket:
    ticket = Ticket.objects.create(tenant=tenant, external_id=f"watch-{n}", subject="s", triage=triage or {},
                                   requester_email="sarah.lee@contoso.example", status="escalated")
    for i, (decision, status) in enumerate(actions):
        Action.objects.create(ticket=ticket, kind="reset_password", target=f"user{n}@contoso.example",
                              decision=decision, status=status, idempotency_key=f"watch:{n}:{i}")
    return ticket


def test_a_quiet_tenant_has_no_alert_and_no_attempts(world):
    tenant = Tenant.objects.get(slug="contoso")
    _ticket(tenant, 1, actions=[("autonomous", "succeeded")])
    assert watch_state(tenant, timezone.now() - timedelta(minutes=10)) == (0, False, 0)


def test_it_counts_the_tickets_refused_tickets_returns(world):
    tenant = Tenant.objects.get(slug="contoso")
    _ticket(tenant, 1, actions=[("forbidden", "blocked"), ("approval", "rejected")])  # two refusals, one attempt
    _ticket(tenant, 2, actions=[("approval", "rejected")])
    _ticket(tenant, 3, actions=[], triage={"reason": f"{INJECTION_REASON}; a technician must read it"})
    _ticket(tenant, 4, actions=[("forbidden", "blocked"), ("autonomous", "planned")])  # still being planned
    _ticket(tenant, 5, actions=[("autonomous", "succeeded")])
    since = timezone.now() - timedelta(minutes=10)
    assert {t.external_id for t in refused_tickets(tenant, since)} == {"watch-1", "watch-2", "watch-3"}
    assert watch_state(tenant, since)[2] == 3
    assert watch_state(Tenant.objects.get(slug="northwind"), since)[2] == 0  # another tenant's refusals are not its


def test_it_names_the_latest_alert_and_whether_it_is_in_the_window(world):
    tenant = Tenant.objects.get(slug="contoso")
    record(actor="system:kill-switch", verb=WATCH_VERB, obj=tenant, tenant=tenant, details={})
    record(actor="system:kill-switch", verb=WATCH_VERB, obj=tenant, tenant=tenant, details={})
    latest = AuditEvent.objects.filter(tenant=tenant, verb=WATCH_VERB).latest("pk")
    assert watch_state(tenant, timezone.now() - timedelta(minutes=10))[:2] == (latest.pk, True)
    assert watch_state(tenant, timezone.now() + timedelta(minutes=1))[:2] == (latest.pk, False)  # window past it
