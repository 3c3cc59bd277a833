"""What Rallied would have done with one past ticket, decided offline: no vendor, no Claude, no directory, no writes.

The ticket takes the pipeline's own path (workflow/lifecycle.start_ticket) as far as it can without asking anyone:
triage by the rules engine, the tenant's playbook (`plan_drafts`, nothing saved), and for each planned action
the policy engine (`approvals.policy.decide`) under the tenant's real policy, protected identities and business
hours. The facts only the directory could give are assumed as ASSUMPTIONS says, and the report prints that list.

Tickets are decided oldest first, as they came in, so the history matters as it would have: the first change of
a kind for an account is a risk signal (after that it is routine), and the daily limits count what the earlier
tickets of the same 24 hours would have run.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from approvals.policy import Decision, PolicyContext, PolicySnapshot, decide
from approvals.verification import effective_policy, protected_reason
from approvals.verification.context import (
    DEFAULT_DAILY_LIMIT_REQUESTER,
    DEFAULT_DAILY_LIMIT_TARGET,
    DEFAULT_DAILY_LIMIT_TENANT,
    group_floor,
    within_business_hours,
)
from approvals.verification.signals import address_signals, domain_of, lookalike_of, text_signals
from playbooks.choices import DecisionMode
from playbooks.planning import plan_drafts
from rallied.kinds import get_kind
from tenants.models import Tenant
from tickets.models import Ticket
from tickets.targets import needs_lookup
from tickets.triage import ACTION_CATEGORIES, triage

AUTONOMOUS, APPROVAL, NOT_AT_ALL = "autonomous", "approval", "not_at_all"
OUTCOMES = {AUTONOMOUS: "On its own", APPROVAL: "With approval", NOT_AT_ALL: "Not at all"}

# What the backtest assumes instead of asking the directory, in the words the report prints.
ASSUMPTIONS = (
    "Tickets are read by the rules engine only; the Claude engine is never called in a backtest.",
    "A requester inside the tenant's verified domains is taken to be an enabled user of its directory, not flagged "
    "risky by the identity provider; one outside them is refused, as the live policy refuses them.",
    "The out-of-band proof a password or MFA reset needs (push or manager's link) is taken as given, as plan mode "
    "assumes: the requester would have had to approve the push.",
    "Admin roles and VIPs are known only from the tenant's protected identities; the directory's own admin roles "
    "are not read, so an admin who filed a ticket about their own account counts as an ordinary user.",
    "Who asks for whom: the requester's own account counts as 'self' and the tenant's authorised requesters as "
    "authorised; a manager relation is not known, so a request for someone else takes the stricter outcome.",
    "A colleague named without an address would be looked up in the directory: the backtest cannot, so such a "
    "ticket counts as not resolved (the stricter outcome).",
    "The kill switch and refusal watches are taken as off: they react to live bursts, not to history.",
)


@dataclass(frozen=True)
class PastTicket:
    """One closed ticket, from the PSA or a CSV export; `ref` is its PSA id or CSV row, for error messages."""

    ref: str
    subject: str
    body: str
    requester_email: str
    requester_name: str = ""
    created_at: datetime | None = None
    closed_at: datetime | None = None
    psa_category: str = ""


@dataclass(frozen=True)
class Verdict:
    """The would-be outcome of one past ticket and the first reason it was not on its own."""

    outcome: str
    category: str
    kinds: tuple[str, ...] = ()
    reason: str = ""
    approvals: int = 0  # actions a technician would have approved (the handling time the value report subtracts)


@dataclass
class _Ran:
    """Actions the earlier tickets would have run (on their own, or once approved): history for the next ones."""

    done: set[tuple[str, str]] = field(default_factory=set)
    window: deque[tuple[datetime, str, str, str]] = field(default_factory=deque)  # (at, kind, target, requester)

    def recent(self, at: datetime) -> list[tuple[datetime, str, str, str]]:
        while self.window and self.window[0][0] <= at - timedelta(days=1):
            self.window.popleft()
        return [row for row in self.window if row[0] <= at]


class Simulator:
    """Decides a tenant's past tickets one by one, oldest first (callers sort them: `decide_all`)."""

    def __init__(self, tenant: Tenant) -> None:
        self.tenant = tenant
        self.policies: dict[str, PolicySnapshot] = {}
        self.groups: dict[str, tuple[str, str]] = {}
        self.protected: dict[tuple[str, tuple[str, ...]], str] = {}
        self.ran = _Ran()

    def verdict(self, past: PastTicket) -> Verdict:
        result = triage(past.subject, past.body, engine="rules")
        if result.category not in ACTION_CATEGORIES or result.needs_human:
            return Verdict(NOT_AT_ALL, result.category,
                           reason=result.reason or f"Category '{result.category}' is handled by a technician.")
        if needs_lookup(result.entities):
            return Verdict(NOT_AT_ALL, result.category, reason="A colleague is named without an address; the "
                           "directory would say who (not asked in a backtest).")
        # An unsaved ticket: the planner reads the tenant, the category, the entities and the requester, nothing more.
        ticket = Ticket(tenant=self.tenant, subject=past.subject, body=past.body, category=result.category,
                        entities=result.entities, requester_email=past.requester_email.strip().lower(),
                        requester_name=past.requester_name, confidence=result.confidence)
        drafts = plan_drafts(ticket, read_licences=False)  # a backtest asks no vendor
        # A part the tenant's stack cannot run, or a detail the ticket leaves out, is a technician's: the ticket
        # was not resolved by Rallied (the stricter outcome), even if its other parts would have run.
        problem = " ".join(d.reason for d in drafts if d.gaps)
        if problem:
            return Verdict(NOT_AT_ALL, result.category, reason=problem)
        at = past.created_at or past.closed_at
        decisions = [(a.kind, str(a.params["target"]), self._decide(ticket, a.kind, a.params, at))
                     for d in drafts for a in d.actions]
        kinds = tuple(kind for kind, _, _ in decisions)
        refused = [d for _, _, d in decisions if d.mode == DecisionMode.FORBIDDEN]
        if refused:
            return Verdict(NOT_AT_ALL, result.category, kinds, refused[0].reasons[0])
        for kind, target, _ in decisions:  # run on its own or after an approval: either way it ran
            self._remember(kind, target, ticket.requester_email, at)
        waiting = [d for _, _, d in decisions if d.mode == DecisionMode.APPROVAL]
        if waiting:
            return Verdict(APPROVAL, result.category, kinds, waiting[0].reasons[0], len(waiting))
        return Verdict(AUTONOMOUS, result.category, kinds)

    # -- one action ---------------------------------------------------------------------------------------
    def _decide(self, ticket: Ticket, kind: str, params: dict[str, Any], at: datetime | None) -> Decision:
        return decide(kind, str(params["target"]), self._context(ticket, kind, params, at))

    def _context(self, ticket: Ticket, kind: str, params: dict[str, Any], at: datetime | None) -> PolicyContext:
        tenant, requester, target = self.tenant, ticket.requester_email, str(params["target"]).strip().lower()
        policy = self._policy(kind)
        requester_in, target_in = tenant.owns_domain(requester), tenant.owns_domain(target)
        protected, vip = self._protected(target, str(params.get("mailbox", "")))
        privileged, group_protected = self._group(str(params.get("group", "")))
        relation = ("self" if target == requester else
                    "authorized" if requester in {a.lower() for a in tenant.authorized_requesters or []} else "none")
        signals = text_signals(ticket.subject, ticket.body) + address_signals(
            subject=ticket.subject, body=ticket.body, requester_email=requester, verified=tenant.domains)
        return PolicyContext(
            tenant_mode=Tenant.Mode.LIVE, channel_bound=True,
            requester_found=requester_in, requester_enabled=True, requester_in_domains=requester_in,
            requester_lookalike="" if requester_in else lookalike_of(domain_of(requester), tenant.domains),
            requester_relation=relation,
            target_found=target_in, target_in_domains=target_in, target_enabled=True,
            target_lookalike="" if target_in else lookalike_of(domain_of(target), tenant.domains),
            target_protected=protected, target_vip=vip, group_privileged=privileged, group_protected=group_protected,
            verification="proved" if get_kind(kind).sensitive else "not_needed",
            verification_method="out-of-band proof (assumed given, as in plan mode)",
            risk_signals=tuple(signals), first_of_kind=(kind, target) not in self.ran.done,
            triage_confidence=float(ticket.confidence or 0.0),
            rate_limits_hit=self._limits(kind, target, requester, policy, at),
            within_business_hours=within_business_hours(tenant, at) if at else True,
            policy=policy,
        )

    def _policy(self, kind: str) -> PolicySnapshot:
        if kind not in self.policies:
            self.policies[kind] = effective_policy(self.tenant, kind)
        return self.policies[kind]

    def _protected(self, target: str, mailbox: str) -> tuple[str, bool]:
        """(protected reason, VIP) as the live context reads the protected list: VIP is a technician's look."""
        reason = self._listed(target, ("user", "mailbox"))
        if mailbox:
            reason = reason or self._listed(mailbox, ("mailbox",)) or self._listed(mailbox, ("user",))
        return ("", True) if reason == "VIP" else (reason, False)

    def _listed(self, identity: str, kinds: tuple[str, ...]) -> str:
        key = (identity.strip().lower(), kinds)
        if key not in self.protected:
            self.protected[key] = protected_reason(self.tenant, key[0], kinds)
        return self.protected[key]

    def _group(self, group: str) -> tuple[str, str]:
        if group not in self.groups:
            self.groups[group] = group_floor(self.tenant, group)
        return self.groups[group]

    def _limits(self, kind: str, target: str, requester: str, policy: PolicySnapshot,
                at: datetime | None) -> tuple[str, ...]:
        """The live daily limits, counted over what the earlier tickets of the same 24 hours would have run."""
        if at is None:
            return ()
        recent = self.ran.recent(at)
        cond = policy.conditions or {}
        per_target = int(cond.get("daily_limit_target", DEFAULT_DAILY_LIMIT_TARGET))
        per_requester = int(cond.get("daily_limit_requester", DEFAULT_DAILY_LIMIT_REQUESTER))
        per_tenant = int(cond.get("daily_limit_tenant", DEFAULT_DAILY_LIMIT_TENANT))
        hits = []
        if sum(1 for _, k, t, _ in recent if k == kind and t == target) >= per_target:
            hits.append(f"{per_target} {kind} actions for {target} in 24 hours")
        if sum(1 for *_, r in recent if r == requester) >= per_requester:
            hits.append(f"{per_requester} actions requested by {requester} in 24 hours")
        if len(recent) >= per_tenant:
            hits.append(f"{per_tenant} actions for the tenant in 24 hours")
        return tuple(hits)

    def _remember(self, kind: str, target: str, requester: str, at: datetime | None) -> None:
        self.ran.done.add((kind, target))
        if at is not None:
            self.ran.window.append((at, kind, target, requester))
