"""Helpers for the trust-layer tests: submitting through the pipeline, reading the sandbox, pinning the clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from approvals.models import AutonomyPolicy
from rallied import tasks
from rallied.kinds import KINDS
from tenants.models import Tenant
from tests.helpers import committed
from tickets.models import Ticket
from tickets.services import ingest_ticket

IDP_VENDORS = ("graph", "okta", "google")
# The loosest policy a service lead could write: autonomous, no conditions, generous limits, one approver.
LOOSEST_CONDITIONS = {
    "business_hours_only": False, "min_confidence": 0, "requester_relation": "any",
    "daily_limit_target": 10_000, "daily_limit_tenant": 10_000, "daily_limit_requester": 10_000,
    "skip_safety_floor": True,  # not a real condition: a policy that tries anyway changes nothing
}


def submit(slug: str, requester: str, subject: str, body: str, *, name: str = "", external_id: str = "") -> Ticket:
    """Ingest a ticket for the tenant (bound by the channel) and run the whole pipeline in-process, like `resolve`."""
    tenant = Tenant.objects.get(slug=slug)
    external_id = external_id or f"t-{Ticket.objects.count() + 1}-{abs(hash((requester, subject, body))) % 10**8}"
    with tasks.inline(), committed():
        ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id=external_id,
                                  subject=subject, body=body, requester_email=requester, requester_name=name)
    ticket.refresh_from_db()
    return ticket


def identity_writes(sandbox: Any, since: int = 0) -> list[dict[str, Any]]:
    """Requests that could change a directory (Graph, Okta, Google) from log entry `since` on. An Okta push
    challenge is not a change."""
    rows = []
    for vendor in IDP_VENDORS:
        for row in sandbox.sandbox.writes(vendor):
            if row["n"] < since or (vendor == "okta" and row["method"] == "POST" and row["path"].endswith("/verify")):
                continue
            rows.append(row)
    return rows


def pushes(sandbox: Any, since: int = 0) -> list[dict[str, Any]]:
    """Every out-of-band push sent (Duo auth calls, Okta Verify challenges) from log entry `since` on."""
    duo = [r for r in sandbox.sandbox.writes("duo") if r["path"].endswith("/auth")]
    okta = [r for r in sandbox.sandbox.writes("okta") if r["path"].endswith("/verify")]
    return [r for r in duo + okta if r["n"] >= since]


def set_policy(kind: str, mode: str, *, tenant: Tenant | None = None, conditions: dict | None = None,
               approvals_required: int = 1) -> None:
    AutonomyPolicy.objects.update_or_create(
        tenant=tenant, kind=kind,
        defaults={"mode": mode, "conditions": conditions or {}, "approvals_required": approvals_required})


def loosest_policies(slug: str) -> None:
    """Every kind autonomous with the loosest conditions, for the tenant and as the MSP default."""
    tenant = Tenant.objects.get(slug=slug)
    for kind in KINDS:
        set_policy(kind, "autonomous", tenant=None, conditions=LOOSEST_CONDITIONS)
        set_policy(kind, "autonomous", tenant=tenant, conditions=LOOSEST_CONDITIONS)


def last_weekday_at(weekday: int, hour: int) -> datetime:
    """The most recent moment (UTC) that is `weekday` (Mon=1) at `hour`:00, not in the future."""
    now = datetime.now(UTC)
    moment = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    moment -= timedelta(days=(now.isoweekday() - weekday) % 7)
    return moment if moment <= now else moment - timedelta(days=7)


# Tuesday 15:00 UTC is inside every demo tenant's hours (Chicago 09/10:00, New York 10/11:00, London 15:00);
# Sunday 03:00 UTC is outside all of them.
def business_hours() -> datetime:
    return last_weekday_at(2, 15)


def after_hours() -> datetime:
    return last_weekday_at(7, 3)


def pin_clock(monkeypatch: Any, moment: datetime) -> None:
    """Move the clock the verification step reads (hours, daily limits); nothing else."""
    from approvals.verification import context

    monkeypatch.setattr(context, "now", lambda: moment)


def action_rows(ticket: Ticket) -> list[tuple[str, str, str, str]]:
    return [(a.kind, a.target, a.decision, a.status) for a in ticket.actions.order_by("pk")]
