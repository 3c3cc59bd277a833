"""The policy engine: a pure function from an action and its context to a decision with reasons.

No database access, no clock, no network: everything it needs is in `PolicyContext`, so it can be
tested with tables of cases. The rules run in the fixed order listed below (`decide`). A rule that forbids
ends the evaluation at once; rules that ask for a human collect their reasons; only an action that
no rule stops and whose policy allows it runs on its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from playbooks.choices import DecisionMode as Mode
from rallied.kinds import get_kind
from tenants.models import Tenant

# Credential changes on privileged accounts are never Rallied's to make, not even with approval:
# this is the MGM/Caesars move (CISA AA23-320A). A human handles them outside the product.
# A leaver's password scramble and MFA removal are credential changes too: never run on an admin or a protected
# identity, whoever asks (a technician handles those directly).
CREDENTIAL_KINDS = frozenset({"reset_password", "reset_mfa", "scramble_password", "remove_mfa_methods"})
SHIPPED_DEFAULTS: dict[str, str] = {"unlock_account": Mode.AUTONOMOUS, "reset_password": Mode.AUTONOMOUS}
GROUP_KINDS = frozenset({"add_to_group", "remove_from_group"})
# RMM device steps that touch a leaver's device record (never their account), so a disabled target is no refusal.
DEVICE_RECORD_KINDS = frozenset({"unassign_device", "restore_device"})
# A leaver's mail forwarding is a setting of their mailbox, not a sign-in: set on (or, the undo, taken off) an account
# that is disabled already, as offboarding leaves it, it goes to a technician instead of being refused.
MAILBOX_RECORD_KINDS = frozenset({"set_mail_forwarding", "clear_mail_forwarding"})
RISK_SIGNAL_PREFIX = "Risk signal:"  # the queue separates risk signals from other reasons by it

# Structured facts behind a decision, stored on the Action next to its (human, rewordable) reasons, so rules
# that act on them later (bulk approval) never have to parse prose.
FLAG_ADMIN_TARGET = "admin_target"
FLAG_PROTECTED = "protected"
FLAG_VIP = "vip"
FLAG_ADMIN_GROUP = "admin_group"
FLAG_PROTECTED_GROUP = "protected_group"
FLAG_RISK_SIGNAL = "risk_signal"
FLAG_WATCHED = "watched"  # the target is under a refusal watch (approvals/kill_switch.watched_targets)
FLAG_GROUP_ROLE = "group_role"  # a group role above MEMBER is asked (it manages the group)
FLAG_EXTERNAL_FORWARD = "external_forward"  # mail would be forwarded outside the tenant's verified domains
FLOOR_FLAGS = frozenset({FLAG_ADMIN_TARGET, FLAG_PROTECTED, FLAG_VIP, FLAG_ADMIN_GROUP, FLAG_PROTECTED_GROUP,
                         FLAG_GROUP_ROLE, FLAG_EXTERNAL_FORWARD})


@dataclass(frozen=True)
class PolicySnapshot:
    """The effective AutonomyPolicy for one action kind, and where it came from."""

    mode: str = Mode.APPROVAL
    conditions: dict[str, Any] = field(default_factory=dict)
    approvals_required: int = 1
    approval_expiry_minutes: int = 240
    source: str = "shipped default"


@dataclass(frozen=True)
class PolicyContext:
    """Everything the rules look at, gathered beforehand by the verification step."""

    tenant_mode: str = "live"
    tenant_paused: bool = False
    paused_reason: str = ""  # why the kill switch tripped, named in every decision while it is on
    channel_bound: bool = True  # the tenant came from the authenticated channel, not from text
    # Why the action's target, group or mailbox could not be resolved to exactly one directory object
    # (approvals/verification/identity.py): ambiguous, unknown, or a look-alike of a protected identity.
    identity_problem: str = ""
    requester_found: bool = False
    requester_enabled: bool = True
    requester_in_domains: bool = False
    requester_lookalike: str = ""  # the verified domain the requester's domain imitates, if it does
    requester_relation: str = "none"  # self | manager | authorized | none
    target_found: bool = False
    # The target is the account this ticket's onboarding makes (approvals/verification/context.py): "create" for
    # the create step itself (it must not exist yet), "follows" for the steps after it (it may not exist yet).
    target_new_account: str = ""
    target_in_domains: bool = False
    target_lookalike: str = ""
    target_enabled: bool = True
    target_admin_roles: tuple[str, ...] = ()
    target_protected: str = ""  # reason, when a ProtectedIdentity or the directory marks it
    target_vip: bool = False
    group_privileged: str = ""  # reason, when the group is an admin or role-assignable group
    group_protected: str = ""  # reason, when the group is on the protected list for another reason
    # A group role above MEMBER (OWNER, MANAGER) the add asks for, and whether this action is the undo of a removal
    # that recorded exactly that role (approvals/verification/context.restores_role): the only way it is given.
    group_role: str = ""
    restores_role: bool = False
    # A forwarding address outside the tenant's verified domains (approvals/verification/identity.py), and whether
    # the tenant's own policy for set_mail_forwarding says {"allow_external_forwarding": true}.
    forward_external: str = ""
    external_forwarding_allowed: bool = False
    verification: str = "not_needed"  # proved | not_needed | denied | declined | timeout | unavailable | pending
    verification_method: str = ""
    risk_signals: tuple[str, ...] = ()
    first_of_kind: bool = False  # Rallied never did this kind of action for this target before
    triage_confidence: float = 1.0
    rate_limits_hit: tuple[str, ...] = ()
    target_watched: str = ""  # why the target is under a refusal watch (approvals/kill_switch), until when
    within_business_hours: bool = True
    policy: PolicySnapshot = field(default_factory=PolicySnapshot)
    # A technician's edit made this version (workflow/decisions.redecide_edited_action): it runs only on that
    # technician's approval, and facts of the floor it brings in (FLAG_*) that the version before did not have
    # (`flags_before_edit`) need a second technician.
    edited: bool = False
    flags_before_edit: tuple[str, ...] = ()
    # Why the licence of a licence action cannot be given now (not in the tenant's catalogue, ambiguous, no free
    # seat: tenants/licences.py), found when the action is decided rather than planned (a seat taken meanwhile, a
    # technician's edit). It stops this action only, never the ticket's other requests: it says nothing about who
    # asked or whom the ticket touches, unlike every other refusal.
    licence_problem: str = ""
    # Why the tenant's stack cannot run this kind at all (tenants/selectors.capability_gap: the identity connector
    # does not support it, or no service account may), '' when it can. Refused here so that a technician's edit
    # cannot turn an action into one that would only fail after its approval.
    capability_gap: str = ""


@dataclass(frozen=True)
class Decision:
    """The outcome for one action: its mode, every reason that led there, and how many approvers it needs."""

    mode: str
    reasons: tuple[str, ...]
    plan_mode: bool = False
    approvals_required: int = 1
    flags: tuple[str, ...] = ()  # FLAG_* facts the rules saw (floor hits, risk signals), whatever the mode
    # Forbidden for this action alone (its licence cannot be given): the ticket's other actions still run. Every
    # other refusal (the floor, the directory, the requester) stops the whole ticket.
    intent_only: bool = False

    @property
    def label(self) -> str:
        return f"would be {self.mode}" if self.plan_mode else self.mode


class _Forbid(Exception):
    def __init__(self, reason: str, *, intent_only: bool = False) -> None:
        self.reason = reason
        self.intent_only = intent_only


def decide(kind: str, target: str, ctx: PolicyContext) -> Decision:
    """Decide one action. `target` is only used in the human-readable reasons."""
    spec = get_kind(kind)
    needs_human: list[str] = []
    flags = decision_flags(kind, ctx)
    try:
        _rule_channel(ctx)
        _rule_directory(kind, target, ctx, needs_human)
        _rule_floor(kind, target, ctx, needs_human)
        edit_approvals = _rule_edit(target, ctx, flags, needs_human)
        _rule_identity(ctx)
        _rule_licence(ctx)
        _rule_capability(ctx)
        _rule_relation(spec.self_service, ctx, needs_human)
        _rule_verification(spec.sensitive, ctx, needs_human)
        _rule_risk(kind, target, ctx, needs_human)
        _rule_rates(ctx, needs_human)
        policy_reason = _rule_policy(ctx, needs_human)
    except _Forbid as stop:
        return Decision(Mode.FORBIDDEN, (stop.reason,), plan_mode=ctx.tenant_mode == Tenant.Mode.PLAN, flags=flags,
                        intent_only=stop.intent_only)
    approvals = max(1, min(2, ctx.policy.approvals_required), edit_approvals)
    if needs_human:
        return Decision(Mode.APPROVAL, tuple(needs_human), ctx.tenant_mode == Tenant.Mode.PLAN, approvals, flags)
    return Decision(Mode.AUTONOMOUS, (policy_reason,), ctx.tenant_mode == Tenant.Mode.PLAN, approvals, flags)


def decision_flags(kind: str, ctx: PolicyContext) -> tuple[str, ...]:
    """The structured facts of the floor (rule 3) and the risk rule (rule 6), read off the context itself."""
    flags = []
    if ctx.target_admin_roles:
        flags.append(FLAG_ADMIN_TARGET)
    if ctx.target_protected:
        flags.append(FLAG_PROTECTED)
    if ctx.target_vip:
        flags.append(FLAG_VIP)
    if kind in GROUP_KINDS and ctx.group_privileged:
        flags.append(FLAG_ADMIN_GROUP)
    elif kind in GROUP_KINDS and ctx.group_protected:
        flags.append(FLAG_PROTECTED_GROUP)
    if ctx.risk_signals or _first_of_kind_counts(kind, ctx):
        flags.append(FLAG_RISK_SIGNAL)
    if ctx.target_watched:
        flags.append(FLAG_WATCHED)
    if kind == "add_to_group" and ctx.group_role:
        flags.append(FLAG_GROUP_ROLE)
    if kind == "set_mail_forwarding" and ctx.forward_external:
        flags.append(FLAG_EXTERNAL_FORWARD)
    return tuple(flags)


# -- the rules, in the order decide() applies them ------------------------------------------------


def _rule_channel(ctx: PolicyContext) -> None:
    if not ctx.channel_bound:
        raise _Forbid("The tenant was not established by an authenticated channel.")


def _rule_directory(kind: str, target: str, ctx: PolicyContext, needs_human: list[str]) -> None:
    """Rule 2: requester and target are enabled users of this tenant's directory, inside its verified domains.
    Enabling an account (the undo of a disable) is the one change made to a disabled target, never on its own."""
    if not ctx.requester_in_domains:
        if ctx.requester_lookalike:
            raise _Forbid(f"The requester's address imitates the verified domain {ctx.requester_lookalike} "
                          "(look-alike domain): possible impersonation.")
        raise _Forbid("The requester's address is outside the tenant's verified domains.")
    if not ctx.requester_found:
        raise _Forbid("The requester is not a user of this tenant's directory; a technician must identify them.")
    if not ctx.requester_enabled:
        raise _Forbid("The requester's account is disabled.")
    if not ctx.target_in_domains:
        if ctx.target_lookalike:
            raise _Forbid(f"{target} imitates the verified domain {ctx.target_lookalike} (look-alike domain).")
        raise _Forbid(f"{target} is outside the tenant's verified domains.")
    if ctx.target_new_account == "create" and ctx.target_found:
        raise _Forbid(f"{target} already exists in the directory; an onboarding never takes over an account.")
    if ctx.target_new_account and not ctx.target_found:
        return  # nothing to check yet: the account is made by this ticket, its steps run only after it exists
    if not ctx.target_found:
        raise _Forbid(f"{target} is not a user of this tenant's directory.")
    if not ctx.target_enabled and kind == "enable_user":
        needs_human.append(f"{target}'s account is disabled; a technician confirms it may sign in again.")
    elif not ctx.target_enabled and kind in DEVICE_RECORD_KINDS:
        # A leaver's device record, not their account: unassigning it, or undoing that, changes no sign-in.
        needs_human.append(f"{target}'s account is disabled; a technician confirms the change to their device.")
    elif not ctx.target_enabled and kind in MAILBOX_RECORD_KINDS:
        needs_human.append(f"{target}'s account is disabled; a technician confirms the change to their mailbox's "
                           "forwarding.")
    elif not ctx.target_enabled:
        raise _Forbid(f"{target}'s account is disabled; a technician must confirm why before changing it.")


def _rule_floor(kind: str, target: str, ctx: PolicyContext, needs_human: list[str]) -> None:
    """Rule 3, the safety floor: it runs before the tenant's policy is even read, so no policy reaches past it."""
    if ctx.target_admin_roles:
        roles = ", ".join(ctx.target_admin_roles)
        if kind in ("reset_mfa", "remove_mfa_methods"):
            raise _Forbid(
                f"{target} holds the directory admin role {roles}; an MFA reset would remove every MFA method "
                "of an admin. A technician must verify the person and handle it directly."
            )
        if kind in CREDENTIAL_KINDS:
            raise _Forbid(
                f"{target} holds the directory admin role {roles}; Rallied never changes an admin's "
                "credentials or MFA. A technician must verify the person and handle it directly."
            )
        needs_human.append(f"{target} holds the directory admin role {roles}: never autonomous.")
    if ctx.target_protected:
        if kind in CREDENTIAL_KINDS:
            raise _Forbid(
                f"{target} is a protected identity ({ctx.target_protected}); credential changes are "
                "handled by a technician directly."
            )
        needs_human.append(f"{target} is a protected identity ({ctx.target_protected}): never autonomous.")
    if ctx.target_vip:
        needs_human.append(f"{target} is a VIP: a technician confirms every change.")
    if kind in GROUP_KINDS and ctx.group_privileged:
        if kind == "add_to_group":
            raise _Forbid(f"Rallied never adds anyone to {ctx.group_privileged}.")
        needs_human.append(f"The group is a protected identity ({ctx.group_privileged}): never autonomous.")
    elif kind in GROUP_KINDS and ctx.group_protected:
        needs_human.append(f"The group is a protected identity ({ctx.group_protected}): never autonomous.")
    _floor_group_role(kind, target, ctx, needs_human)
    _floor_forwarding(kind, target, ctx, needs_human)


def _floor_group_role(kind: str, target: str, ctx: PolicyContext, needs_human: list[str]) -> None:
    """A group OWNER or MANAGER manages the group (its members, its settings): a privilege, not a membership. No
    ticket, playbook or edit gives it; only the undo of a removal gives back the role recorded then, and a
    technician confirms even that."""
    if kind != "add_to_group" or not ctx.group_role:
        return
    if not ctx.restores_role:
        raise _Forbid(f"Rallied never makes anyone {ctx.group_role} of a group: a role that manages the group is "
                      "given back only by the undo of a removal that recorded it. A technician sets it directly.")
    needs_human.append(f"Gives {target} back the {ctx.group_role} role recorded when they were removed: a role that "
                       "manages the group, so a technician confirms it.")


def _floor_forwarding(kind: str, target: str, ctx: PolicyContext, needs_human: list[str]) -> None:
    """Forwarding a mailbox outside the organisation is how a compromised request quietly exfiltrates mail: refused
    unless the tenant's own policy allows external forwarding, and even then never autonomous."""
    if kind != "set_mail_forwarding" or not ctx.forward_external:
        return
    if not ctx.external_forwarding_allowed:
        raise _Forbid(f"Forwarding {target}'s mail to {ctx.forward_external}, outside the tenant's verified domains, "
                      "is refused: external forwarding is a classic exfiltration route and the tenant's policy does "
                      "not allow it. A technician handles it directly if the client confirms it.")
    needs_human.append(f"Forwards {target}'s mail to {ctx.forward_external}, outside the tenant's verified domains "
                       "(the tenant's policy allows it): a technician confirms.")


EDIT_FLAG_WORDS = {FLAG_ADMIN_TARGET: "an admin", FLAG_PROTECTED: "a protected identity", FLAG_VIP: "a VIP",
                   FLAG_ADMIN_GROUP: "an admin group", FLAG_PROTECTED_GROUP: "a protected group",
                   FLAG_GROUP_ROLE: "a group role above member",
                   FLAG_EXTERNAL_FORWARD: "forwarding outside the tenant"}


def _rule_edit(target: str, ctx: PolicyContext, flags: tuple[str, ...], needs_human: list[str]) -> int:
    """Rule 3b, after the floor: an edited action is a new action a technician chose, never an autonomous one.

    Approving an edit is the editor's own decision, so the edited version always waits for a human (an edit that
    would now be allowed to run on its own still needs the approval being given). An edit that moves the action
    onto an identity the floor watches, which the version before did not touch, is one technician deciding
    alone what the floor says nobody should do quietly: a second technician must approve it. Returns the number
    of approvals the edit itself asks for.
    """
    if not ctx.edited:
        return 1
    needs_human.append("A technician edited this action: the edited version runs only with a technician's approval.")
    brought_in = [f for f in flags if f in FLOOR_FLAGS and f not in ctx.flags_before_edit]
    if not brought_in:
        return 1
    what = " and ".join(EDIT_FLAG_WORDS[f] for f in brought_in)
    needs_human.append(f"The edit moved the action onto {what} ({target}): a second technician must approve it.")
    return 2


def _rule_identity(ctx: PolicyContext) -> None:
    """Rule 2, for groups and mailboxes: each names exactly one directory object, and none imitates a protected
    one. Checked after the floor, so an admin group refuses with the floor's own words even when it is unknown."""
    if ctx.identity_problem:
        raise _Forbid(ctx.identity_problem)


def _rule_capability(ctx: PolicyContext) -> None:
    """Rule 2b: an action the tenant's identity provider or service account cannot perform is never approved.

    After the floor and the identity rule, so a refusal for who or what is touched keeps their words first."""
    if ctx.capability_gap:
        raise _Forbid(ctx.capability_gap)


def _rule_licence(ctx: PolicyContext) -> None:
    """Rule 2a: a licence the tenant cannot give now is never approved, but only this action stops.

    After the floor and the identity rule: a refusal about who or what is touched keeps their words and still stops
    the whole ticket. Before the capability rule, whose refusal of a licence kind says less than the catalogue's."""
    if ctx.licence_problem:
        raise _Forbid(ctx.licence_problem, intent_only=True)


def _rule_relation(self_service: bool, ctx: PolicyContext, needs_human: list[str]) -> None:
    relation = ctx.requester_relation
    if self_service and relation != "self":
        needs_human.append("Self-service action asked for by someone other than the account's owner.")
    elif not self_service and relation not in ("manager", "authorized", "self"):
        needs_human.append("The requester is neither the target's manager nor an authorised requester.")
    elif not self_service and relation == "self":
        needs_human.append("A user asking for a change to their own access needs a manager or technician.")


def _rule_verification(sensitive: bool, ctx: PolicyContext, needs_human: list[str]) -> None:
    """Rule 5: only a push the person approved or their manager's signed confirmation counts as proof."""
    if not sensitive:
        return
    method = ctx.verification_method or "none was obtained"
    if ctx.verification == "proved":
        return
    if ctx.verification == "denied":
        raise _Forbid(f"The requester denied the {method}: possible social engineering, escalated.")
    if ctx.verification == "declined":
        raise _Forbid(f"The {method} was declined: the request is not confirmed, escalated.")
    if ctx.verification == "timeout":
        needs_human.append(f"The {method} was not answered in time.")
    elif ctx.verification == "pending":
        needs_human.append(f"Waiting for out-of-band proof: {method}.")
    else:
        needs_human.append(f"Sensitive action without out-of-band proof: {method}.")


def _rule_risk(kind: str, target: str, ctx: PolicyContext, needs_human: list[str]) -> None:
    """Rule 6: every risk signal sends the action to a human; the first-ever action of a kind is one of them."""
    for signal in ctx.risk_signals:
        needs_human.append(f"{RISK_SIGNAL_PREFIX} {signal}.")
    if _first_of_kind_counts(kind, ctx):
        needs_human.append(f"{RISK_SIGNAL_PREFIX} the first {kind} Rallied would ever do for {target}.")


def _first_of_kind_counts(kind: str, ctx: PolicyContext) -> bool:
    """A proved self-service request is the person themself with a factor they registered earlier; for anything
    else, never having done this kind of change for this target before is worth a human's look."""
    proved_self = ctx.verification == "proved" and ctx.requester_relation == "self"
    return ctx.first_of_kind and get_kind(kind).risk != "low" and not proved_self


def _rule_rates(ctx: PolicyContext, needs_human: list[str]) -> None:
    if ctx.tenant_paused:
        why = f": {ctx.paused_reason}" if ctx.paused_reason else ""
        needs_human.append(f"The tenant's autonomy is paused (kill switch){why}.")
    if ctx.target_watched:
        needs_human.append(f"The target was {ctx.target_watched}: a technician confirms every change to it.")
    for limit in ctx.rate_limits_hit:
        needs_human.append(f"Rate limit reached: {limit}.")


def _rule_policy(ctx: PolicyContext, needs_human: list[str]) -> str:
    policy = ctx.policy
    if policy.mode == Mode.FORBIDDEN:
        raise _Forbid(f"Forbidden by the {policy.source} policy.")
    if policy.mode == Mode.APPROVAL:
        needs_human.append(f"The {policy.source} policy requires approval.")
        return ""
    conditions = policy.conditions or {}
    if conditions.get("business_hours_only") and not ctx.within_business_hours:
        needs_human.append("Outside the tenant's business hours (the policy allows autonomy only within them).")
    minimum = conditions.get("min_confidence")
    if minimum is not None and ctx.triage_confidence < float(minimum):
        needs_human.append(
            f"Triage confidence {ctx.triage_confidence:.2f} is below the policy's minimum {float(minimum):.2f}."
        )
    required_relation = conditions.get("requester_relation")
    if required_relation == "self" and ctx.requester_relation != "self":
        needs_human.append("The policy allows autonomy only when requesters ask for themselves.")
    elif required_relation == "manager" and ctx.requester_relation not in ("self", "manager"):
        needs_human.append("The policy allows autonomy only for the account's owner or their manager.")
    return f"Allowed to run on its own by the {policy.source} policy."


# -- bulk approval ---------------------------------------------------------------------------------

# Only for actions decided before decisions kept their flags (Action.flags is null): the floor's own wording.
LEGACY_FLOOR_MARKERS = ("holds the directory admin role", "is a protected identity", "is a VIP")


def legacy_flags(reasons: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Best-effort flags for an action decided before flags were stored, read from its reasons."""
    flags = []
    if any(marker in r for r in reasons for marker in LEGACY_FLOOR_MARKERS):
        flags.append(FLAG_PROTECTED)
    if any(r.startswith(RISK_SIGNAL_PREFIX) for r in reasons):
        flags.append(FLAG_RISK_SIGNAL)
    return tuple(flags)


def bulk_refusal(*, kind: str, reasons: list[str] | tuple[str, ...], risk_signals: list[str] | tuple[str, ...],
                 approvals_required: int, flags: list[str] | tuple[str, ...] | None = None) -> str:
    """Why this waiting action may not be approved in bulk; '' when it may.

    Bulk approval is for the routine: a low-risk kind, one approver, no risk signal and nothing from the
    safety floor. Everything else deserves its own look on its own card. `flags` are the decision's
    structured facts (Decision.flags, kept on Action.flags); the reasons are prose a person may reword, so
    they are read only when an action has no flags at all (decided before flags were stored).
    """
    spec = get_kind(kind)
    facts = set(legacy_flags(reasons) if flags is None else flags)
    if spec.risk != "low":
        return f"{spec.label} is a {spec.risk}-risk action: decide it on its own card."
    if approvals_required > 1:
        return f"{spec.label} needs {approvals_required} approvers: decide it on its own card."
    if risk_signals or FLAG_RISK_SIGNAL in facts:
        return f"{spec.label} carries risk signals: decide it on its own card."
    if FLAG_WATCHED in facts:
        return f"{spec.label} targets an account a burst of refused attempts aimed at: decide it on its own card."
    if facts & FLOOR_FLAGS:
        return f"{spec.label} touches an admin, protected or VIP identity: decide it on its own card."
    return ""
