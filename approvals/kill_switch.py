"""The kill switch (policy rule 7, rate limits): a burst of sensitive actions for one tenant pauses its autonomy.

A run of password resets, MFA resets or mailbox grants in a few minutes is what a social-engineering
campaign or a confused integration looks like. The tenant is paused (every later action needs a
technician, with the reason named), and the service lead is told. Only a service lead resumes it
(`tenants.services.resume_tenant`). The threshold is MSP-wide (settings), so no tenant policy can raise it.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from approvals.notify import notify_staff
from playbooks.choices import ActionStatus
from playbooks.models import Action
from rallied.kinds import KINDS
from tenants.models import Tenant
from tenants.services import pause_tenant

ACTOR = "system:kill-switch"
SENSITIVE_KINDS = tuple(name for name, spec in KINDS.items() if spec.sensitive)


def burst_limit() -> tuple[int, int]:
    """(actions, minutes): this many sensitive actions within that many minutes trip the switch; 0 = off."""
    return (int(getattr(settings, "RALLIED_KILL_SWITCH_BURST", 5)),
            int(getattr(settings, "RALLIED_KILL_SWITCH_WINDOW_MINUTES", 10)))


def sensitive_burst(tenant: Tenant, minutes: int) -> int:
    """Sensitive actions asked for in this tenant in the last `minutes` (and since autonomy was last resumed),
    whatever became of them: refused attempts are part of a campaign too."""
    since = timezone.now() - timedelta(minutes=minutes)
    # A burst that already tripped the switch (and was then resumed, by resume_tenant or in the admin) is not
    # counted again: only what came after it.
    since = max([since, *(t for t in (tenant.paused_at, tenant.resumed_at) if t is not None)])
    return (Action.objects.filter(ticket__tenant=tenant, kind__in=SENSITIVE_KINDS, created_at__gte=since)
            .exclude(status=ActionStatus.PLANNED).count())


def check_burst(*, tenant: Tenant) -> bool:
    """Pause a live tenant whose sensitive actions come in a burst. True when this call tripped the switch.

    The tenant object is refreshed first, so the caller's decisions see the switch as it is now.
    """
    limit, minutes = burst_limit()
    tenant.refresh_from_db(fields=["paused", "paused_reason", "paused_at", "resumed_at", "mode"])
    if limit > 0 and tenant.mode == Tenant.Mode.LIVE and not tenant.paused:
        count = sensitive_burst(tenant, minutes)
        if count >= limit:
            reason = f"{count} sensitive actions in {minutes} minutes (the limit is {limit})"
            if pause_tenant(actor=ACTOR, tenant=tenant, reason=reason):
                notify_staff(
                    tenant=tenant, topic="tenant.paused", obj=tenant,
                    subject=f"Rallied paused autonomy for {tenant.name}",
                    text=(f"Kill switch: {reason}. Every action for {tenant.name} now waits for a technician. "
                          "A service lead resumes autonomy once the burst is explained."),
                )
                tenant.refresh_from_db(fields=["paused", "paused_reason"])
                return True
    return False
