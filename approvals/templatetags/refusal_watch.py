"""The refusal watch on the tenant's admin page: which identities a burst of refused attempts aimed at, and until
when every change to them needs a technician (approvals/bursts.watched_targets)."""

from __future__ import annotations

from datetime import datetime

from django import template

from approvals.bursts import watched_targets
from tenants.models import Tenant

register = template.Library()


@register.simple_tag
def watched_identities(tenant: Tenant) -> list[tuple[str, datetime]]:
    """(identity, watched until) for the tenant, sorted; [] when nothing is under watch."""
    if tenant is None or not tenant.pk:
        return []
    return sorted(watched_targets(tenant).items())
