"""Requester verification and the gathering of everything the policy engine looks at (rules 2-8 of approvals/policy.py).

- `directory`: who the requester and the target are, how they relate, admin roles and risk flags (reads).
- `signals`: risk signals from the ticket's text and addresses, look-alike domains (pure).
- `proof`: the out-of-band proof for sensitive actions: a push, or the manager's one-time link.
- `context`: policies, protected identities, history, hours and the kill switch, as a `PolicyContext`.

`verify_actions` runs them for a ticket's actions; the pipeline then asks `approvals.policy.decide`.
"""

from __future__ import annotations

from typing import Any

from approvals.policy import PolicyContext
from approvals.verification.context import (
    DEFAULT_DAILY_LIMIT_REQUESTER,
    DEFAULT_DAILY_LIMIT_TARGET,
    DEFAULT_DAILY_LIMIT_TENANT,
    build_context,
    effective_policy,
    first_of_kind,
    protected_reason,
    rate_limits_hit,
    within_business_hours,
)
from approvals.verification.directory import RequesterCheck, check_requester, relation_of, text_risk_signals
from approvals.verification.identity import NEW_ACCOUNT_KINDS, Resolution, resolve_action
from approvals.verification.proof import ProofCache, prove
from playbooks.models import Action
from rallied.connectors import IdentityConnector
from rallied.identifiers import normalise
from rallied.kinds import get_kind
from tickets.models import Ticket

__all__ = [
    "DEFAULT_DAILY_LIMIT_REQUESTER", "DEFAULT_DAILY_LIMIT_TARGET", "DEFAULT_DAILY_LIMIT_TENANT", "RequesterCheck",
    "build_context", "check_requester", "effective_policy", "first_of_kind", "people_to_read", "protected_reason",
    "rate_limits_hit", "relation_of", "resolve_action", "text_risk_signals", "verify_actions", "within_business_hours",
]


def people_to_read(ticket: Ticket, actions: list[Action]) -> list[str]:
    """The users a decision on `actions` reads from the directory, spelled as its reads ask for them: each action's
    target (`resolve_action`: normalised, not a new account) and the requester (`check_requester`), of the tenant's
    own domains only, as those reads are. A step's snapshot reads them together (rallied/connectors/snapshot.py)."""
    targets = [normalise(a.target) for a in actions if a.kind not in NEW_ACCOUNT_KINDS and a.target]
    wanted = [*targets, ticket.requester_email]
    return [who for who in dict.fromkeys(wanted) if who and ticket.tenant.owns_domain(who)]


def verify_actions(
    *, ticket: Ticket, actions: list[Action], idp: IdentityConnector | None, confirmed_by: Any = None,
    resolutions: dict[int, Resolution] | None = None,
) -> tuple[dict[int, PolicyContext], dict[str, Any]]:
    """A PolicyContext per action and the verification summary kept on the ticket (no secrets).

    `confirmed_by` is a confirmed ManagerConfirmation: its target's sensitive actions count as proved, and
    nothing is pushed again. `resolutions` (from `resolve_action`, already applied to the actions) carry each
    object's other spellings and what could not be resolved.
    """
    cache = ProofCache()
    contexts: dict[int, PolicyContext] = {}
    summary: dict[str, Any] = {}
    for action in actions:
        check, requester, target_user = check_requester(ticket=ticket, target=action.target, idp=idp)
        if get_kind(action.kind).sensitive:
            if confirmed_by is not None:
                _confirmed(check, action, confirmed_by)
            else:
                prove(ticket=ticket, action=action, check=check, requester=requester, target_user=target_user,
                      idp=idp, cache=cache)
        contexts[action.pk] = build_context(ticket=ticket, action=action, check=check, target_user=target_user,
                                            resolution=(resolutions or {}).get(action.pk))
        # Keep the first check, unless a later one hit a lookup error or involves the manager: that is what
        # a technician (and the manager link) needs.
        if (not summary or (check.lookup_error and not summary.get("lookup_error"))
                or (check.manager_email and not summary.get("manager_email"))):
            summary = check.as_dict()
    return contexts, summary or RequesterCheck().as_dict()


def _confirmed(check: RequesterCheck, action: Action, confirmation: Any) -> None:
    if action.target.lower() != confirmation.target.lower():
        check.proof, check.proof_method = "unavailable", "the manager's confirmation covers another person"
        return
    check.proof = "proved"
    check.proof_method = f"confirmation by the manager {confirmation.manager_name} through a signed one-time link"
    check.manager_email, check.manager_name = confirmation.manager_email, confirmation.manager_name
    check.manager_reason = confirmation.reason
