"""Requester verification and the gathering of everything the policy engine looks at.

The directory is the source of truth: who the requester is, who the target is, how they relate,
whether the target holds an admin role, and whether an out-of-band push was approved. Nothing in
the ticket's text counts as proof; the text only contributes risk signals.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import timezone

from approvals.models import AutonomyPolicy
from approvals.policy import SHIPPED_DEFAULTS, PolicyContext, PolicySnapshot
from playbooks.choices import ActionStatus
from playbooks.kinds import get_kind
from playbooks.models import Action
from rallied.connectors import ConnectorError, DirectoryUser, IdentityConnector
from tenants.models import ProtectedIdentity, Tenant
from tickets.models import Ticket

INJECTION = re.compile(
    r"ignore (all |any )?(previous|prior|above) (instructions|rules)|as the ai\b|you are (now )?an? |"
    r"system prompt|disregard (your|the) (rules|policy|instructions)|</?(system|assistant|ticket)>|"
    r"approve (this|it) automatically|no need to verify|skip (the )?verification",
    re.I,
)
PRESSURE = re.compile(
    r"\b(asap|immediately|right now|right away|emergency|within (the next )?\d+ ?min|"
    r"do(n'?t| not) (tell|call|loop in)|keep (this|it) (quiet|confidential|between us)|"
    r"i'?m (the|your) (ceo|cfo|boss)|before (the|my) (board|flight|meeting) )",
    re.I,
)
DEFAULT_DAILY_LIMIT_TARGET = 3
DEFAULT_DAILY_LIMIT_TENANT = 50
DEFAULT_DAILY_LIMIT_REQUESTER = 10


@dataclass
class RequesterCheck:
    """What the directory said about the requester and the target, kept on the ticket (no secrets)."""

    requester_found: bool = False
    requester_enabled: bool = True
    requester_display_name: str = ""
    target: str = ""
    target_found: bool = False
    target_enabled: bool = True
    target_admin_roles: list[str] = field(default_factory=list)
    target_risky: bool = False
    relation: str = "none"
    risk_signals: list[str] = field(default_factory=list)
    proof: str = "not_needed"
    proof_method: str = ""
    lookup_error: str = ""

    def summary(self) -> str:
        if self.lookup_error:
            return f"Directory lookup failed: {self.lookup_error}"
        if not self.requester_found:
            return "Requester not found in the tenant's directory."
        bits = [f"Requester found ({self.requester_display_name or 'no display name'}), relation: {self.relation}"]
        if self.target_admin_roles:
            bits.append("target holds admin role " + ", ".join(self.target_admin_roles))
        if self.proof_method:
            bits.append(f"{self.proof_method}: {self.proof}")
        if self.risk_signals:
            bits.append("risk: " + "; ".join(self.risk_signals))
        return "; ".join(bits) + "."

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["summary"] = self.summary()
        return data


def text_risk_signals(ticket: Ticket, requester: DirectoryUser | None) -> list[str]:
    signals = []
    text = f"{ticket.subject}\n{ticket.body}"
    if INJECTION.search(text):
        signals.append("the ticket contains text addressed to the system")
    if PRESSURE.search(text):
        signals.append("urgency or secrecy pressure in the request")
    if requester and ticket.requester_name and requester.display_name:
        given = re.sub(r"[^a-z]", "", ticket.requester_name.lower())
        known = re.sub(r"[^a-z]", "", requester.display_name.lower())
        if given and known and given != known:
            signals.append(f"display name '{ticket.requester_name}' differs from the directory's")
    return signals


def relation_of(tenant: Tenant, requester_email: str, target: DirectoryUser | None) -> str:
    if target is None:
        return "none"
    requester_email = requester_email.lower()
    if requester_email in {target.upn.lower(), (target.mail or "").lower()}:
        return "self"
    if target.manager_upn and target.manager_upn.lower() == requester_email:
        return "manager"
    if requester_email in {a.lower() for a in tenant.authorized_requesters}:
        return "authorized"
    return "none"


Lookup = tuple[RequesterCheck, DirectoryUser | None, DirectoryUser | None]


def check_requester(*, ticket: Ticket, target: str, idp: IdentityConnector | None) -> Lookup:
    """Look up requester and target in the tenant's directory (reads only)."""
    check = RequesterCheck(target=target)
    if idp is None:
        check.lookup_error = "the tenant has no identity provider connection"
        return check, None, None
    try:
        requester = idp.get_user(ticket.requester_email)
        target_user = requester if target.lower() == ticket.requester_email.lower() else idp.get_user(target)
    except ConnectorError as exc:
        check.lookup_error = str(exc)
        return check, None, None
    if requester is not None:
        check.requester_found = True
        check.requester_enabled = requester.enabled
        check.requester_display_name = requester.display_name
    if target_user is not None:
        check.target_found = True
        check.target_enabled = target_user.enabled
        check.target_admin_roles = list(target_user.admin_roles)
        check.target_risky = target_user.risky
    check.relation = relation_of(ticket.tenant, ticket.requester_email, target_user)
    check.risk_signals = text_risk_signals(ticket, requester)
    return check, requester, target_user


def effective_policy(tenant: Tenant, kind: str) -> PolicySnapshot:
    """The tenant's policy for the kind, else the MSP default, else the shipped default."""
    chosen, source = AutonomyPolicy.objects.filter(kind=kind, tenant=tenant).first(), "tenant"
    if chosen is None:
        chosen, source = AutonomyPolicy.objects.filter(kind=kind, tenant__isnull=True).first(), "MSP default"
    if chosen is None:
        mode = SHIPPED_DEFAULTS.get(kind, "approval") if get_kind(kind).writes else "autonomous"
        return PolicySnapshot(mode=mode, source="shipped default")
    return PolicySnapshot(mode=chosen.mode, conditions=dict(chosen.conditions or {}),
                          approvals_required=chosen.approvals_required,
                          approval_expiry_minutes=chosen.approval_expiry_minutes, source=source)


def within_business_hours(tenant: Tenant, now: datetime | None = None) -> bool:
    hours = tenant.business_hours or {}
    if not hours:
        return True
    local = (now or timezone.now()).astimezone(ZoneInfo(tenant.time_zone or "UTC"))
    if local.isoweekday() not in hours.get("days", [1, 2, 3, 4, 5]):
        return False
    start = time.fromisoformat(hours.get("start", "00:00"))
    end = time.fromisoformat(hours.get("end", "23:59"))
    return start <= local.time().replace(tzinfo=None) < end


def rate_limits_hit(tenant: Tenant, action: Action, requester: str, policy: PolicySnapshot) -> list[str]:
    since = timezone.now() - timezone.timedelta(days=1)
    live = Action.objects.filter(
        ticket__tenant=tenant, created_at__gte=since,
        status__in=[ActionStatus.APPROVED, ActionStatus.EXECUTING, ActionStatus.SUCCEEDED,
                    ActionStatus.UNKNOWN_OUTCOME],
    ).exclude(pk=action.pk)
    cond = policy.conditions
    hits = []
    per_target = int(cond.get("daily_limit_target", DEFAULT_DAILY_LIMIT_TARGET))
    if live.filter(kind=action.kind, target=action.target).count() >= per_target:
        hits.append(f"{per_target} {action.kind} actions for {action.target} in 24 hours")
    per_requester = int(cond.get("daily_limit_requester", DEFAULT_DAILY_LIMIT_REQUESTER))
    if live.filter(ticket__requester_email=requester).count() >= per_requester:
        hits.append(f"{per_requester} actions requested by {requester} in 24 hours")
    per_tenant = int(cond.get("daily_limit_tenant", DEFAULT_DAILY_LIMIT_TENANT))
    if live.count() >= per_tenant:
        hits.append(f"{per_tenant} actions for the tenant in 24 hours")
    return hits


def protected_reason(tenant: Tenant, identity: str, kinds: tuple[str, ...] = ("user", "mailbox")) -> str:
    row = ProtectedIdentity.objects.filter(tenant=tenant, kind__in=kinds, identity=identity.lower()).first()
    return row.reason if row else ""


def build_context(
    *, ticket: Ticket, action: Action, check: RequesterCheck, target_user: DirectoryUser | None
) -> PolicyContext:
    tenant = ticket.tenant
    policy = effective_policy(tenant, action.kind)
    group = str(action.params.get("group", ""))
    protected = protected_reason(tenant, action.target)
    mailbox = str(action.params.get("mailbox", ""))
    if not protected and mailbox:
        protected = protected_reason(tenant, mailbox, ("mailbox",))
    vip = bool(target_user and target_user.raw.get("vip"))
    if protected == "VIP":  # VIPs get a technician's eyes on every change, not a hard stop
        vip, protected = True, ""
    signals = list(check.risk_signals)
    if check.target_risky and action.kind != "unlock_account":
        signals.append("the identity provider flags the target as a risky user")
    return PolicyContext(
        tenant_mode=tenant.mode,
        tenant_paused=tenant.paused,
        channel_bound=True,
        requester_found=check.requester_found,
        requester_enabled=check.requester_enabled,
        requester_in_domains=tenant.owns_domain(ticket.requester_email),
        requester_relation=check.relation,
        target_found=check.target_found,
        target_in_domains=tenant.owns_domain(action.target),
        target_enabled=check.target_enabled,
        target_admin_roles=tuple(check.target_admin_roles),
        target_protected=protected,
        target_vip=vip,
        group_privileged=protected_reason(tenant, group, ("group",)) if group else "",
        verification=check.proof if get_kind(action.kind).sensitive else "not_needed",
        verification_method=check.proof_method,
        risk_signals=tuple(signals),
        triage_confidence=float(ticket.confidence or 0.0),
        rate_limits_hit=tuple(rate_limits_hit(tenant, action, ticket.requester_email, policy)),
        within_business_hours=within_business_hours(tenant),
        policy=policy,
    )


def prove_requester(*, ticket: Ticket, check: RequesterCheck, requester: DirectoryUser | None) -> None:
    """Out-of-band proof for sensitive actions: a push to a factor the requester already has.

    The push goes to the directory's record of the requester, never to anything named in the
    ticket. A tenant that verifies by manager approval gets "pending": a person decides.
    """
    from tenants.selectors import connection_for, connector_for

    tenant = ticket.tenant
    if requester is None or not check.requester_found:
        check.proof = "unavailable"
        return
    method = tenant.verification
    if method == Tenant.Verification.MANAGER:
        check.proof, check.proof_method = "pending", "manager approval"
        return
    vendor = "duo" if method == Tenant.Verification.DUO else "okta"
    check.proof_method = "Duo push" if vendor == "duo" else "Okta Verify push"
    connection = connection_for(tenant, {vendor})
    if connection is None:
        check.proof = "unavailable"
        return
    if tenant.mode == Tenant.Mode.PLAN:
        # Plan mode is invisible to the client's users: no push is sent. The plan assumes the
        # requester would approve it and says so, so the report shows the best case honestly labelled.
        check.proof = "proved"
        check.proof_method += " (not sent in plan mode; assumed approved)"
        return
    connector = connector_for(connection)
    try:
        if vendor == "duo":
            answer = connector.push(requester.upn, display_text=f"Help-desk request #{ticket.pk}")  # type: ignore[attr-defined]
        else:
            answer = connector.push_verify(requester)  # type: ignore[attr-defined]
    except ConnectorError as exc:
        check.proof = "unavailable"
        check.lookup_error = f"push failed: {exc}"
        return
    check.proof = {"allow": "proved", "deny": "denied", "timeout": "timeout"}.get(answer, "unavailable")
