"""What a ticket is worth to the MSP: a technician's minutes per category, the cost of a technician hour, and
whether a ticket came in outside the client's business hours. One place, read by the value report
(workflow/value_report.py) and by anything else that prices tickets (the backtest).

- minutes: the tenant's `minutes_per_category`, DEFAULT_MINUTES (12) for a category it leaves out;
- hourly cost: the tenant's `hourly_cost`, else the MSP's RALLIED_HOURLY_COST (settings, from the environment);
- after hours: outside the tenant's `business_hours` in the tenant's time zone. A tenant without business hours
  (always open) has no after-hours tickets; a stored value the checks refuse counts nothing as after hours, so a
  broken setting never inflates the figure.
"""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings

from approvals.verification.context import within_business_hours
from tenants.models import Tenant
from tenants.settings_checks import check_business_hours

DEFAULT_MINUTES = 12  # a technician's typical time for one L1 identity ticket
CENT = Decimal("0.01")


def minutes_saved(*, standard: int, ran_alone: bool, approval_minutes: Decimal | None) -> Decimal:
    """The one definition of a ticket's minutes saved: `standard` (minutes_for) in full when it ran on its own;
    with a technician's approval, less the approval's handling minutes and never below 0; otherwise (failed,
    escalated, no approval time known) nothing. The value report and the backtest both count with this."""
    if ran_alone:
        return Decimal(standard)
    if approval_minutes is None:
        return Decimal(0)
    return max(Decimal(0), Decimal(standard) - approval_minutes)


def minutes_for(tenant: Tenant, category: str) -> int:
    """A technician's minutes for one ticket of `category` at this tenant."""
    configured = (tenant.minutes_per_category or {}).get(category)
    return configured if isinstance(configured, int) and not isinstance(configured, bool) else DEFAULT_MINUTES


def hourly_cost(tenant: Tenant) -> Decimal:
    """The internal cost of one technician hour for this tenant: its own override, else the MSP's default."""
    if tenant.hourly_cost is not None:
        return Decimal(tenant.hourly_cost)
    return Decimal(settings.RALLIED_HOURLY_COST)


def money(minutes: float | Decimal, cost_per_hour: Decimal) -> Decimal:
    """Minutes at an hourly cost, to the cent (half up, as an invoice rounds)."""
    return (Decimal(str(minutes)) * cost_per_hour / 60).quantize(CENT, rounding=ROUND_HALF_UP)


def dollars_for(tenant: Tenant, minutes: float | Decimal) -> Decimal:
    return money(minutes, hourly_cost(tenant))


def is_after_hours(tenant: Tenant, when: datetime) -> bool:
    """Was `when` outside the tenant's business days and hours, in its own time zone?"""
    hours = tenant.business_hours or {}
    if not hours or check_business_hours(hours):
        return False
    return not within_business_hours(tenant, when)
