"""What the tenant's directory says about the requester and the target: found, enabled, related, admin, risky.

Reads only. The directory is the source of truth; the ticket's text only ever adds risk signals.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from approvals.verification.signals import address_signals, display_name_mismatch, text_signals
from rallied.connectors import ConnectorError, DirectoryUser, IdentityConnector
from tenants.models import Tenant
from tickets.models import Ticket


@dataclass
class RequesterCheck:
    """What the directory said about the requester and the target, kept on the ticket (no secrets)."""

    requester_found: bool = False
    requester_enabled: bool = True
    requester_display_name: str = ""
    requester_risky: bool = False
    target: str = ""
    target_found: bool = False
    target_enabled: bool = True
    target_admin_roles: list[str] = field(default_factory=list)
    target_risky: bool = False
    relation: str = "none"
    risk_signals: list[str] = field(default_factory=list)
    proof: str = "not_needed"
    proof_method: str = ""
    # The manager path (lost phone, no factor to push, a tenant that verifies by manager): who confirms, and why.
    manager_email: str = ""
    manager_name: str = ""
    manager_reason: str = ""
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
        if self.manager_reason:
            bits.append(f"manager path because {self.manager_reason}")
        if self.risk_signals:
            bits.append("risk: " + "; ".join(self.risk_signals))
        return "; ".join(bits) + "."

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["summary"] = self.summary()
        return data


def text_risk_signals(ticket: Ticket, requester: DirectoryUser | None) -> list[str]:
    """Every signal the ticket itself carries: its words, its addresses, and the name it gives."""
    signals = text_signals(ticket.subject, ticket.body)
    signals += address_signals(subject=ticket.subject, body=ticket.body, requester_email=ticket.requester_email,
                               verified=ticket.tenant.domains)
    given, known = ticket.requester_name, requester.display_name if requester else ""
    if given and known and display_name_mismatch(given, known):
        signals.append(f"display name '{ticket.requester_name}' differs from the directory's")
    return signals


def relation_of(tenant: Tenant, requester_email: str, target: DirectoryUser | None) -> str:
    """self, manager (in the directory), authorized (the tenant's list) or none."""
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
    if not ticket.tenant.owns_domain(ticket.requester_email):
        # Never ask the tenant's directory about an outside address: the policy refuses it on the domain alone.
        check.risk_signals = text_risk_signals(ticket, None)
        return check, None, None
    try:
        requester = idp.get_user(ticket.requester_email)
        same = target.lower() == ticket.requester_email.lower()
        target_user = requester if same else (idp.get_user(target) if ticket.tenant.owns_domain(target) else None)
    except ConnectorError as exc:
        check.lookup_error = str(exc)
        return check, None, None
    if requester is not None:
        check.requester_found = True
        check.requester_enabled = requester.enabled
        check.requester_display_name = requester.display_name
        check.requester_risky = requester.risky
    if target_user is not None:
        check.target_found = True
        check.target_enabled = target_user.enabled
        check.target_admin_roles = list(target_user.admin_roles)
        check.target_risky = target_user.risky
    check.relation = relation_of(ticket.tenant, ticket.requester_email, target_user)
    check.risk_signals = text_risk_signals(ticket, requester)
    return check, requester, target_user
