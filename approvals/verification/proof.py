"""Out-of-band proof for sensitive actions (policy rule 5): a push, or the manager's confirmation.

A push goes to a factor the directory already knows for the requester (Duo, Okta Verify), never to
anything named in the ticket. When a push cannot prove anything (the ticket says the phone is lost or
new: the MGM move), when the requester has no factor to push, or when the tenant verifies through
managers, the target's manager in the directory confirms through a signed one-time link instead
(`approvals/manager_link.py` sends it). Knowledge of personal data is never proof.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from approvals.verification.directory import RequesterCheck
from approvals.verification.signals import says_device_lost
from playbooks.models import Action
from playbooks.undo import undone_action_id
from rallied.connectors import ConnectorError, DirectoryUser, IdentityConnector
from rallied.kinds import get_kind
from tenants.models import Tenant
from tickets.models import Ticket

PUSH = "push"
MANAGER = "manager"
NONE = "none"
LOST_DEVICE_REASON = "the ticket says the phone was lost or replaced, so a push to it proves nothing"


@dataclass
class ProofCache:
    """One push and one manager request per ticket, however many sensitive actions it has."""

    results: dict[str, dict[str, str]] = field(default_factory=dict)

    def apply(self, key: str, check: RequesterCheck) -> bool:
        found = self.results.get(key)
        if found is None:
            return False
        for name, value in found.items():
            setattr(check, name, value)
        return True

    def keep(self, key: str, check: RequesterCheck) -> None:
        self.results[key] = {name: getattr(check, name) for name in
                             ("proof", "proof_method", "manager_email", "manager_name", "manager_reason")}


def choose_route(ticket: Ticket, action: Action, check: RequesterCheck,
                 requester: DirectoryUser | None) -> tuple[str, str]:
    """(push | manager | none, why). Only a known, enabled requester may be proved at all, and never for an admin."""
    tenant = ticket.tenant
    if undone_action_id(action) is not None:
        # A technician asked for the undo (workflow/undo.py), not the client: pushing to the ticket's requester or
        # mailing their manager would ask someone who asked for nothing. No proof, so the floor's proof rule sends it
        # to a second technician (approvals.policy._rule_verification), which is who decides an undo.
        return NONE, "it undoes an earlier action at a technician's request: the client is not asked again"
    if requester is None or not check.requester_found or not check.requester_enabled:
        return NONE, "the requester is not an enabled user of the directory"
    if check.target_admin_roles:
        return NONE, "the target holds an admin role"
    lost = says_device_lost(ticket.subject, ticket.body)
    if get_kind(action.kind).self_service:
        if check.relation != "self":
            return NONE, "the requester is not the account's owner"
        if lost:
            return MANAGER, LOST_DEVICE_REASON
        if tenant.verification == Tenant.Verification.MANAGER:
            return MANAGER, "the tenant verifies sensitive requests through the manager"
        if tenant.verification == Tenant.Verification.OKTA_VERIFY and "okta_verify_push" not in requester.mfa_methods:
            return MANAGER, "the requester has no Okta Verify push factor"
        return PUSH, ""
    # A change to someone else's access (mailbox access): the requester proves themself with a push.
    if check.relation in ("manager", "authorized") and tenant.verification != Tenant.Verification.MANAGER:
        if lost:
            return NONE, LOST_DEVICE_REASON
        return PUSH, ""
    return NONE, "no out-of-band channel fits this request"


def prove(*, ticket: Ticket, action: Action, check: RequesterCheck, requester: DirectoryUser | None,
          target_user: DirectoryUser | None, idp: IdentityConnector | None, cache: ProofCache) -> None:
    """Fill check.proof / proof_method (and the manager's details) for one sensitive action."""
    route, why = choose_route(ticket, action, check, requester)
    key = f"{route}:{ticket.requester_email if route == PUSH else action.target}".lower()
    if cache.apply(key, check):
        return
    if route == PUSH and not _push(ticket, check, requester):  # type: ignore[arg-type]
        route, why = MANAGER, "the requester has no factor to push"
    if route == MANAGER:
        _manager_path(ticket, check, target_user, idp, why)
    elif route == NONE:
        check.proof, check.proof_method = "unavailable", f"none possible, because {why}"
    cache.keep(key, check)


def _push(ticket: Ticket, check: RequesterCheck, requester: DirectoryUser) -> bool:
    """Push to the requester's registered factor. False when they have no factor to push to."""
    from tenants.selectors import connection_for, connector_for

    tenant = ticket.tenant
    vendor = "duo" if tenant.verification == Tenant.Verification.DUO else "okta"
    check.proof_method = "Duo push" if vendor == "duo" else "Okta Verify push"
    connection = connection_for(tenant, {vendor})
    if connection is None:
        check.proof = "unavailable"
        check.proof_method += " (the tenant has no connection for it)"
        return True
    if tenant.mode == Tenant.Mode.PLAN:
        # Plan mode is invisible to the client's users: no push is sent. The plan assumes the
        # requester would approve it and says so, so the report shows the best case honestly labelled.
        check.proof = "proved"
        check.proof_method += " (not sent in plan mode; assumed approved)"
        return True
    connector = connector_for(connection)
    try:
        if vendor == "duo":
            answer = connector.push(requester.upn, display_text=f"Help-desk request #{ticket.pk}")  # type: ignore[attr-defined]
        else:
            answer = connector.push_verify(requester)  # type: ignore[attr-defined]
    except ConnectorError as exc:
        if exc.code == "no_push_factor":
            return False
        check.proof = "unavailable"
        check.proof_method += " (failed to send)"
        check.lookup_error = f"push failed: {exc}"
        return True
    check.proof = {"allow": "proved", "deny": "denied", "timeout": "timeout"}.get(answer, "unavailable")
    return True


def _manager_path(ticket: Ticket, check: RequesterCheck, target_user: DirectoryUser | None,
                  idp: IdentityConnector | None, why: str) -> None:
    """The target's manager, read from the directory, confirms through a signed one-time link."""
    check.manager_reason = why
    manager_upn = (target_user.manager_upn or "") if target_user else ""
    people = {ticket.requester_email.lower(), check.target.lower()}
    if not manager_upn or manager_upn.lower() in people or idp is None:
        check.proof, check.proof_method = "unavailable", "no push, and no manager in the directory to confirm"
        return
    try:
        manager = idp.get_user(manager_upn)
    except ConnectorError as exc:
        check.proof, check.proof_method = "unavailable", "no push, and the manager could not be looked up"
        check.lookup_error = f"manager lookup failed: {exc}"
        return
    address = (manager.mail or manager.upn).lower() if manager else ""
    if manager is None or not manager.enabled or not ticket.tenant.owns_domain(address) or address in people:
        check.proof, check.proof_method = "unavailable", "no push, and the manager's directory record is not usable"
        return
    check.manager_email, check.manager_name = address, manager.display_name or address
    if ticket.tenant.mode == Tenant.Mode.PLAN:
        check.proof = "proved"
        check.proof_method = f"confirmation by the manager {check.manager_name} (not sent in plan mode; assumed given)"
        return
    check.proof = "pending"
    check.proof_method = f"confirmation by the manager {check.manager_name} through a one-time link"
