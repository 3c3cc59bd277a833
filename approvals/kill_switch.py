"""The kill switch (policy rule 7) and its quieter sibling, the refusal watch.

The kill switch is for runaway automation: a burst of sensitive actions (password resets, MFA resets, mailbox
grants) that RAN, or were approved to run, in a few minutes is what a confused integration or a policy that is
far too loose looks like. The tenant is paused (every later action needs a technician, with the reason named),
and the service lead is told. Only a service lead resumes it (`tenants.services.resume_tenant`).

Refused attempts do not count towards it: anyone who can e-mail the help desk can write tickets that the floor
refuses, and five of them used to pause a client's autonomy for everyone. A burst of refused attempts (actions
the policy forbade or a technician rejected, tickets triage found aimed at the system) instead raises the
refusal watch: the service lead is alerted (an audit event and a staff notice), and for RALLIED_WATCH_HOURS
every identity those attempts targeted needs a technician. That tightening is read by the verification
context (`approvals/verification/context.build_context` -> PolicyContext.target_watched), so it reaches the
decision through the one re-decision function like every other fact; nobody else is slowed down.

Both bursts are sized to the tenant (`approvals/bursts.burst_limit`): ceil(directory users /
USERS_PER_BURST_ACTION), never below MIN_BURST (a small tenant's Monday morning) nor above MAX_BURST, within
RALLIED_KILL_SWITCH_WINDOW_MINUTES.
A 9-user tenant trips at 5, 1,000 users at 20, 10,000 at 100. RALLIED_KILL_SWITCH_BURST fixes the number
MSP-wide instead (0 turns both off); no tenant policy can raise it.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from approvals.bursts import (
    MAX_WATCHED,
    WATCH_VERB,
    burst_limit,
    refresh_with_burst,
    refused_targets,
    refused_tickets,
    watch_hours,
    watch_state,
)
from approvals.channels.once import record_once
from approvals.notify import notify_staff
from audit.services import record
from tenants.models import Tenant
from tenants.services import pause_tenant

ACTOR = "system:kill-switch"


def check_burst(*, tenant: Tenant) -> bool:
    """Pause a live tenant whose sensitive actions run in a burst. True when this call tripped the switch.

    The tenant object is refreshed first, so the caller's decisions see the switch as it is now.
    """
    # The switch's fields and the burst's count in one query (bursts.refresh_with_burst): the window's length is a
    # setting, and only the limit depends on the row (its directory_users), so the limit is taken after the read.
    _, minutes = burst_limit(tenant)
    count = refresh_with_burst(tenant, minutes)
    limit, _ = burst_limit(tenant)
    if limit > 0 and tenant.mode == Tenant.Mode.LIVE and not tenant.paused and count >= limit:
        reason = f"{count} sensitive actions ran in {minutes} minutes (the limit is {limit})"
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


# -- the refusal watch ---------------------------------------------------------------------------------------------


def check_refusals(*, tenant: Tenant) -> bool:
    """Alert the service lead when refused attempts come in a burst. True when this call raised the alert.

    At most one alert per window: a campaign that goes on is the same campaign, and `watched_targets` keeps
    adding the identities it aims at without another notice. Plan-mode tenants change nothing anywhere and are
    left alone, as by the switch. Tickets of one campaign are decided by several workers at once, each finding no
    alert yet: the alert is claimed as "the first after the tenant's latest one" (a unique row,
    approvals/channels/once.record_once), so of those workers one alerts and the others find it taken.
    """
    limit, minutes = burst_limit(tenant)
    if limit <= 0 or tenant.mode != Tenant.Mode.LIVE:
        return False
    # The latest alert and the window's check come from one snapshot (bursts.watch_state): an alert another worker
    # committed is either seen in the window here, or not the latest either, so two workers racing name the same
    # claim below. The refused tickets are counted in the same statement and read only for a burst.
    since = timezone.now() - timedelta(minutes=minutes)
    latest_pk, alerted, attempts = watch_state(tenant, since)
    if alerted or attempts < limit:
        return False
    tickets = refused_tickets(tenant, since)
    if len(tickets) < limit:
        return False
    targets = refused_targets(tickets)
    until = timezone.now() + timedelta(hours=watch_hours())
    with transaction.atomic():  # the claim, the alert and its notice commit together
        if not record_once(tenant=tenant, key=f"{WATCH_VERB}:{tenant.pk}:after:{latest_pk}"):
            return False  # another worker deciding a ticket of the same burst raised it
        record(actor=ACTOR, verb=WATCH_VERB, obj=tenant, tenant=tenant,
               details={"attempts": len(tickets), "minutes": minutes, "limit": limit,
                        "targets": targets[:MAX_WATCHED], "until": until.isoformat()})
        named = ", ".join(targets[:10]) + (f" and {len(targets) - 10} more" if len(targets) > 10 else "")
        notify_staff(
            tenant=tenant, topic=WATCH_VERB, obj=tenant,
            subject=f"{len(tickets)} refused attempts at {tenant.name} in {minutes} minutes",
            text=(f"Rallied refused {len(tickets)} requests for {tenant.name} in {minutes} minutes: possibly a "
                  "campaign. Autonomy stays on for everyone else; changes to the accounts they targeted "
                  f"({named or 'none named'}) need a technician until {until:%Y-%m-%d %H:%M} UTC."),
        )
    return True
