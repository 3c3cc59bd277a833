"""Turning a ticket, an action and the directory check into the `PolicyContext` the pure engine decides on.

Reads only: policies, protected identities, action history and the tenant's hours and kill switch.
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from django.db.models import CharField, Count, Q, QuerySet, Value
from django.db.models.functions import Upper
from django.db.models.lookups import Exact
from django.utils import timezone

from approvals.bursts import watched_targets
from approvals.models import AutonomyPolicy
from approvals.policy import SHIPPED_DEFAULTS, PolicyContext, PolicySnapshot
from approvals.verification.directory import RequesterCheck
from approvals.verification.identity import NEW_ACCOUNT_KINDS, Resolution
from approvals.verification.signals import domain_of, lookalike_of
from playbooks.choices import ActionStatus
from playbooks.models import Action
from playbooks.undo import undone_action_id
from rallied.connectors import DirectoryUser
from rallied.kept_aggregates import KeptAggregate
from rallied.kept_queries import KeptQuery
from rallied.kinds import get_kind
from tenants.models import Tenant
from tenants.selectors import ADMIN_GROUP_NAME, protected_identities
from tenants.settings_checks import check_business_hours
from tickets.models import Ticket

DEFAULT_DAILY_LIMIT_TARGET = 3
DEFAULT_DAILY_LIMIT_TENANT = 50
DEFAULT_DAILY_LIMIT_REQUESTER = 10
# A group whose name says it grants administration is treated as one, whether or not it is on the list
# (ADMIN_GROUP_NAME, shared with the planner's check of unknown objects: tenants/selectors.unknown_object).
ADMIN_GROUP_REASON = re.compile(r"admin|role-assignable|privileged", re.I)


def now() -> datetime:
    """The clock the context reads (one place, so a test can move it)."""
    return timezone.now()


# The tenant's policy for a kind and the MSP default: the same statement as filter(Q(tenant=tenant) | ..., kind=kind),
# its text kept once per process (rallied/kept_queries.py): read for every action decided.
_POLICIES: KeptQuery[AutonomyPolicy] = KeptQuery(
    lambda tenant_id, kind: AutonomyPolicy.objects.filter(Q(tenant_id=tenant_id) | Q(tenant__isnull=True), kind=kind),
    tenant_id=int, kind=str)


def effective_policy(tenant: Tenant, kind: str) -> PolicySnapshot:
    """The tenant's policy for the kind, else the MSP default, else the shipped default.

    Both candidates in one read (issue 17): the unique constraints on AutonomyPolicy allow at most one row per
    (tenant, kind) and one default per kind, so this is at most two rows, and the tenant's wins when both exist."""
    rows = (_POLICIES.all(tenant_id=tenant.pk, kind=kind) if tenant is not None else  # None: the MSP defaults' page
            list(AutonomyPolicy.objects.filter(tenant__isnull=True, kind=kind)))
    own = [row for row in rows if row.tenant_id is not None]
    chosen, source = (own[0], "tenant") if own else (rows[0] if rows else None, "MSP default")
    if chosen is None:
        mode = SHIPPED_DEFAULTS.get(kind, "approval") if get_kind(kind).writes else "autonomous"
        return PolicySnapshot(mode=mode, source="shipped default")
    return PolicySnapshot(mode=chosen.mode, conditions=dict(chosen.conditions or {}),
                          approvals_required=chosen.approvals_required,
                          approval_expiry_minutes=chosen.approval_expiry_minutes, source=source)


def within_business_hours(tenant: Tenant, at: datetime | None = None) -> bool:
    """Is `at` (default now) inside the tenant's business days and hours, in the tenant's own time zone?"""
    hours = tenant.business_hours or {}
    if not hours:
        return True
    if check_business_hours(hours):  # a row saved before the checks: never read as "open", the looser answer
        return False
    local = (at or now()).astimezone(tenant.zone)
    if local.isoweekday() not in hours.get("days", [1, 2, 3, 4, 5]):
        return False
    start = time.fromisoformat(hours.get("start", "00:00"))
    end = time.fromisoformat(hours.get("end", "23:59"))
    return start <= local.time().replace(tzinfo=None) < end


LIVE_STATUSES = (ActionStatus.APPROVED, ActionStatus.EXECUTING, ActionStatus.SUCCEEDED, ActionStatus.UNKNOWN_OUTCOME)
DONE_STATUSES = (ActionStatus.SUCCEEDED, ActionStatus.UNDONE)


def _live_since(since: datetime, action_id: int) -> Q:
    """Another action that ran or may run, created since `since` (24 hours ago): what the daily limits count."""
    return Q(created_at__gte=since, status__in=LIVE_STATUSES) & ~Q(pk=action_id)


def _done_before(kind: str, target: str, ticket_id: int) -> Q:
    """The same kind of action for the same target (in any case), done on another ticket: what makes it not the
    first. The target is compared as UPPER(target) = UPPER(%s), as PostgreSQL's iexact does: on SQLite iexact is a
    LIKE with the value escaped, which matches the same rows (both fold ASCII letters only) but leaves no value as
    given for a kept text."""
    same_target = Exact(Upper("target"), Upper(Value(target, output_field=CharField())))
    return Q(kind=kind, status__in=DONE_STATUSES) & Q(same_target) & ~Q(ticket_id=ticket_id)


def _history(tenant_id: int, kind: str, target: str, requester: str, ticket_id: int, action_id: int,
             since: datetime) -> tuple[QuerySet[Action], dict[str, Count]]:
    live, done = _live_since(since, action_id), _done_before(kind, target, ticket_id)
    # Named apart from the fields (an alias `target` would shadow the `target` the later filters ask for).
    return Action.objects.filter(live | done, ticket__tenant_id=tenant_id), dict(
        n_target=Count("pk", filter=live & Q(kind=kind, target=target)),
        n_requester=Count("pk", filter=live & Q(ticket__requester_email=requester)),
        n_tenant=Count("pk", filter=live),
        n_done=Count("pk", filter=done),
    )


# Read for every action decided: its text kept once per process (rallied/kept_aggregates.py).
_HISTORY = KeptAggregate(_history, tenant_id=int, kind=str, target=str, requester=str, ticket_id=int, action_id=int,
                         since=datetime)


def action_history(ticket: Ticket, action: Action) -> dict[str, int]:
    """The tenant's other actions that the floor weighs `action` against, counted in one query (issue 17: the
    daily limits and the first-of-kind check were two queries over the same rows): `target`, `requester` and
    `tenant` for the daily limits (rate_limits_hit), `done` for first_of_kind."""
    counts = _HISTORY.aggregate(tenant_id=ticket.tenant_id, kind=action.kind, target=action.target,
                                requester=ticket.requester_email, ticket_id=ticket.pk, action_id=action.pk,
                                since=now() - timedelta(days=1))
    return {name.removeprefix("n_"): n for name, n in counts.items()}


def rate_limits_hit(action: Action, requester: str, policy: PolicySnapshot, counts: dict[str, int]) -> list[str]:
    """The daily limits `action` would pass, from its action_history `counts` (one query with first_of_kind's)."""
    cond = policy.conditions
    hits = []
    per_target = int(cond.get("daily_limit_target", DEFAULT_DAILY_LIMIT_TARGET))
    if counts["target"] >= per_target:
        hits.append(f"{per_target} {action.kind} actions for {action.target} in 24 hours")
    per_requester = int(cond.get("daily_limit_requester", DEFAULT_DAILY_LIMIT_REQUESTER))
    if counts["requester"] >= per_requester:
        hits.append(f"{per_requester} actions requested by {requester} in 24 hours")
    per_tenant = int(cond.get("daily_limit_tenant", DEFAULT_DAILY_LIMIT_TENANT))
    if counts["tenant"] >= per_tenant:
        hits.append(f"{per_tenant} actions for the tenant in 24 hours")
    return hits


def first_of_kind(ticket: Ticket, action: Action) -> bool:
    """Has Rallied never done this kind of action for this target in this tenant (on another ticket)?"""
    return not Action.objects.filter(_done_before(action.kind, action.target, ticket.pk),
                                     ticket__tenant=ticket.tenant).exists()


def protected_reason(tenant: Tenant, identity: str, kinds: tuple[str, ...] = ("user", "mailbox")) -> str:
    """The reason the first listed identity of `kinds` that is `identity` (lowercased) is protected ('' if none).

    Asked several times for every action decided, of the tenant's list read once per task (tenants/selectors.
    protected_identities): the same answer as a read per name asked, which it was before (issue 17)."""
    wanted = identity.lower()
    rows = protected_identities(tenant.pk if tenant is not None else None)
    return next((reason for kind, name, reason in rows if kind in kinds and name == wanted), "")


def group_floor(tenant: Tenant, group: str, spellings: tuple[str, ...] = (), *,
                role_assignable: bool = False) -> tuple[str, str]:
    """(privileged, protected) reasons for a group: admin or role-assignable groups are privileged.

    `spellings` are the resolved group's other names (address, aliases: approvals/verification/identity.py):
    the protected list may name a group by any of them. `role_assignable` is the directory's own word that
    membership can carry admin roles: privileged whatever the group is called.
    """
    if not group:
        return "", ""
    if role_assignable:
        return f"the role-assignable group {group}", ""
    names = (group, *spellings)
    reason = next((r for r in (protected_reason(tenant, n, ("group",)) for n in names) if r), "")
    if (reason and ADMIN_GROUP_REASON.search(reason)) or any(ADMIN_GROUP_NAME.search(n) for n in names):
        return f"the {reason or 'admin'} group {group}", ""
    return "", (f"{group}: {reason}" if reason else "")


def _risk_signals(check: RequesterCheck, action: Action, ticket: Ticket) -> list[str]:
    signals = list(check.risk_signals)
    # Unlocking is what clears Entra's risk-based block, so the flag cannot hold back the unlock itself.
    if check.target_risky and action.kind != "unlock_account":
        signals.append("the identity provider flags the target as a risky user")
    self_request = action.target.lower() == ticket.requester_email.lower()
    if check.requester_risky and not (self_request and action.kind == "unlock_account") and not (
        self_request and check.target_risky
    ):
        signals.append("the identity provider flags the requester as a risky user")
    return signals


def new_account(ticket: Ticket, action: Action) -> str:
    """"create" for an onboarding's create step, "follows" for a later step of that onboarding on the same account
    (playbooks/onboarding.py), "" otherwise."""
    if action.kind in NEW_ACCOUNT_KINDS:
        return "create"
    if ticket.category != "onboarding" and not any(
            isinstance(i, dict) and i.get("kind") == "onboarding" for i in ticket.intents or []):
        return ""  # no onboarding on this ticket: no query
    made_here = ticket.actions.filter(kind__in=NEW_ACCOUNT_KINDS, target__iexact=action.target,
                                      intent=action.intent, pk__lt=action.pk).exists()
    return "follows" if made_here else ""


def restores_role(action: Action, role: str) -> bool:
    """Is `action` the undo of a succeeded removal of the same person from the same group, whose recorded
    before-state holds exactly `role`? (playbooks/undo.py keys an undo `undo:<id>`.) Anything else asking a role
    above MEMBER (a ticket, a playbook template, a technician's edit) is not."""
    undone = undone_action_id(action)
    original = Action.objects.filter(pk=undone, ticket_id=action.ticket_id).first() if undone else None
    if original is None or original.kind != "remove_from_group":
        return False
    if original.status not in (ActionStatus.SUCCEEDED, ActionStatus.UNDONE):
        return False
    same = (str(original.target).lower() == str(action.target).lower()
            and str(original.params.get("group", "")).lower() == str(action.params.get("group", "")).lower())
    return same and str((original.before_state or {}).get("role") or "").upper() == role


def build_context(
    *, ticket: Ticket, action: Action, check: RequesterCheck, target_user: DirectoryUser | None,
    resolution: Resolution | None = None,
) -> PolicyContext:
    tenant = ticket.tenant
    policy = effective_policy(tenant, action.kind)
    protected = protected_reason(tenant, action.target)
    mailbox = str(action.params.get("mailbox", ""))
    # A mailbox is protected as a mailbox under any of its names, else as the (executive, VIP ...) user it is.
    names = [n for n in (mailbox, *(resolution.mailbox_spellings if resolution else ())) if n]
    for kinds in (("mailbox",), ("user",)):
        for name in names:
            protected = protected or protected_reason(tenant, name, kinds)
    vip = bool(target_user and target_user.raw.get("vip"))
    if protected == "VIP":  # VIPs get a technician's eyes on every change, not a hard stop
        vip, protected = True, ""
    privileged, group_protected = group_floor(tenant, str(action.params.get("group", "")),
                                              resolution.group_spellings if resolution else (),
                                              role_assignable=bool(resolution and resolution.group_privileged))
    watched = watched_targets(tenant)
    until = watched.get(action.target.strip().lower()) or (watched.get(mailbox.strip().lower()) if mailbox else None)
    requester_in = tenant.owns_domain(ticket.requester_email)
    target_in = tenant.owns_domain(action.target)
    role = str(action.params.get("role") or "").upper() if action.kind == "add_to_group" else ""
    role = "" if role == "MEMBER" else role
    forward_external = resolution.forward_external if resolution else ""
    history = action_history(ticket, action)
    return PolicyContext(
        group_role=role,
        restores_role=bool(role) and restores_role(action, role),
        forward_external=forward_external,
        # Only the tenant's own policy can open this door, never the MSP default for every client.
        external_forwarding_allowed=bool(forward_external) and policy.source == "tenant"
        and bool(policy.conditions.get("allow_external_forwarding")),
        target_new_account=new_account(ticket, action),
        tenant_mode=tenant.mode,
        tenant_paused=tenant.paused,
        paused_reason=tenant.paused_reason,
        channel_bound=True,
        identity_problem=resolution.problem if resolution else "",
        licence_problem=resolution.licence_problem if resolution else "",
        requester_found=check.requester_found,
        requester_enabled=check.requester_enabled,
        requester_in_domains=requester_in,
        requester_lookalike="" if requester_in else lookalike_of(domain_of(ticket.requester_email), tenant.domains),
        requester_relation=check.relation,
        target_found=check.target_found,
        target_in_domains=target_in,
        target_lookalike="" if target_in else lookalike_of(domain_of(action.target), tenant.domains),
        target_enabled=check.target_enabled,
        target_admin_roles=tuple(check.target_admin_roles),
        target_protected=protected,
        target_vip=vip,
        group_privileged=privileged,
        group_protected=group_protected,
        verification=check.proof if get_kind(action.kind).sensitive else "not_needed",
        verification_method=check.proof_method,
        risk_signals=tuple(_risk_signals(check, action, ticket)),
        first_of_kind=not history["done"],
        triage_confidence=float(ticket.confidence or 0.0),
        rate_limits_hit=tuple(rate_limits_hit(action, ticket.requester_email, policy, history)),
        within_business_hours=within_business_hours(tenant),
        target_watched=(f"targeted by a burst of refused attempts (watched until {until:%Y-%m-%d %H:%M} UTC)"
                        if until else ""),
        policy=policy,
    )
