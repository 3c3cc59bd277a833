"""The policy matrix a service lead edits: one row per action kind, with the effective decision explained.

Two halves:
- `explain()` says what a policy row means in practice, by asking the real engine (`approvals.policy.decide`)
  about typical cases: an ordinary, verified requester, and an admin target where the safety floor caps it.
  Asking the engine instead of re-stating its rules keeps this page truthful when the rules change.
- `PolicyRowForm` / `policy_formset()` validate the matrix server-side; `row_from_form()` turns a valid row into
  the plain dict `approvals.services.set_tenant_policy` saves.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied

from approvals.choices import SecretDelivery
from approvals.models import AutonomyPolicy
from approvals.policy import PolicyContext, PolicySnapshot, decide
from approvals.verification import (
    DEFAULT_DAILY_LIMIT_REQUESTER,
    DEFAULT_DAILY_LIMIT_TARGET,
    DEFAULT_DAILY_LIMIT_TENANT,
    effective_policy,
)
from playbooks.choices import DecisionMode as Mode
from rallied.actors import Actor
from rallied.kinds import KINDS, ActionKind
from tenants import access
from tenants.models import Tenant

INHERIT = ""
SEVERITY = {Mode.AUTONOMOUS: 0, Mode.APPROVAL: 1, Mode.FORBIDDEN: 2}
SOURCE_LABELS = {"tenant": "tenant override", "MSP default": "MSP default", "shipped default": "shipped default"}
FLOOR = "safety floor"
# A ladder, strictest first: "self" = only people asking for themselves; "manager" = themselves or their
# manager (not merely an authorised requester); "any" = whoever rule 4 of the engine accepts.
RELATION_CHOICES = [("any", "any accepted"), ("self", "owner only"), ("manager", "owner or manager")]
RELATION_WORDING = {"self": "only when the owner asks", "manager": "only when the owner or their manager asks"}
LIMIT_FIELDS = {
    "daily_limit_target": DEFAULT_DAILY_LIMIT_TARGET,
    "daily_limit_requester": DEFAULT_DAILY_LIMIT_REQUESTER,
    "daily_limit_tenant": DEFAULT_DAILY_LIMIT_TENANT,
}
SECRET_DELIVERY_CHOICES = [("", "default: manager if the phone is lost"), *SecretDelivery.choices]
SECRET_DELIVERY_WORDING = {SecretDelivery.MANAGER: "the one-time secret link goes to the manager",
                           SecretDelivery.REQUESTER: "the one-time secret link goes in the reply to the requester"}
MAX_EXPIRY_MINUTES = 7 * 24 * 60
CONDITION_FIELDS = ("business_hours_only", "requester_relation", "min_confidence", *LIMIT_FIELDS,
                    "secret_delivery", "approvals_required", "approval_expiry_minutes")
# The condition keys the matrix shows; any other key (set by code or an older page) is kept as it is on save.
SHOWN_CONDITIONS = frozenset({"business_hours_only", "requester_relation", "min_confidence", *LIMIT_FIELDS,
                              "secret_delivery"})
OTHER_CONDITIONS = "other_conditions"  # the initial row's key for the conditions the matrix does not show
MSP_DEFAULTS_PERM = "approvals.change_autonomypolicy"


# -- who may edit ----------------------------------------------------------------------------------


def may_edit_policy(user: Any, tenant: Tenant | None) -> bool:
    """MANAGE on the tenant for its overrides; the MSP defaults affect every tenant, so superuser or global perm."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if tenant is None:
        return bool(user.is_superuser or user.has_perm(MSP_DEFAULTS_PERM))
    return access.can(user, access.MANAGE, tenant)


def require_policy_editor(actor: Actor, tenant: Tenant | None) -> None:
    """Services call this: people need the permission; system actors (plain strings) are trusted callers."""
    if isinstance(actor, str):
        return
    if not may_edit_policy(actor, tenant):
        raise PermissionDenied("You may not change this autonomy policy.")


# -- explaining the effective decision -------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """One case's decision, where it comes from, and a short why."""

    mode: str
    source: str
    detail: str = ""


@dataclass(frozen=True)
class Explanation:
    """What the policy row for one kind means: for an ordinary request, and on an admin target."""

    kind: ActionKind
    policy: PolicySnapshot
    source: str
    ordinary: Outcome
    admin: Outcome
    floor_note: str


def policy_for(tenant: Tenant | None, kind: str) -> tuple[PolicySnapshot, str]:
    """The policy that applies and its source label; tenant None means the MSP default row itself."""
    snapshot = effective_policy(tenant, kind)  # type: ignore[arg-type]
    source = snapshot.source
    if tenant is None and source == "tenant":
        source = "MSP default"  # filter(tenant=None) found the default row itself
    return replace(snapshot, source=source), SOURCE_LABELS.get(source, source)


def _context(kind: ActionKind, policy: PolicySnapshot, **floor: Any) -> PolicyContext:
    """A well-formed request: known requester in the tenant's domains, natural relation, proved, confident triage."""
    return PolicyContext(
        requester_found=True, requester_in_domains=True, target_found=True, target_in_domains=True,
        requester_relation="self" if kind.self_service else "manager",
        verification="proved" if kind.sensitive else "not_needed",
        triage_confidence=1.0, within_business_hours=True, policy=policy, **floor,
    )


def _decide(kind: ActionKind, ctx: PolicyContext) -> str:
    return decide(kind.name, "the target", ctx).mode


def _proof_wording(tenant: Tenant | None) -> str:
    """How a sensitive action is proved in this tenant before it may run (the ordinary case assumes it is)."""
    if tenant is None:
        return "after a verified push or the manager's confirmation"
    if tenant.verification == Tenant.Verification.MANAGER:
        return "after the target's manager confirms through a one-time link"
    return f"after a verified {tenant.get_verification_display()}"


def _conditions_text(policy: PolicySnapshot) -> str:
    cond = policy.conditions or {}
    bits = []
    if cond.get("business_hours_only"):
        bits.append("only within business hours")
    if cond.get("min_confidence") is not None:
        bits.append(f"triage confidence at least {float(cond['min_confidence']):.2f}")
    relation = cond.get("requester_relation")
    if relation in RELATION_WORDING:
        bits.append(RELATION_WORDING[relation])
    if cond.get("secret_delivery") in SECRET_DELIVERY_WORDING:
        bits.append(SECRET_DELIVERY_WORDING[cond["secret_delivery"]])
    return "; ".join(bits)


def floor_note(kind: ActionKind) -> str:
    """What the safety floor means for this kind, read off the engine with a fully permissive policy."""
    permissive = PolicySnapshot(mode=Mode.AUTONOMOUS)
    cases = [
        ("admins", {"target_admin_roles": ("an admin role",)}),
        ("protected identities", {"target_protected": "break-glass"}),
        ("VIPs", {"target_vip": True}),
    ]
    by_mode: dict[str, list[str]] = {}
    for label, floor in cases:
        mode = _decide(kind, _context(kind, permissive, **floor))
        by_mode.setdefault(mode, []).append(label)
    words = {Mode.FORBIDDEN: "forbidden", Mode.APPROVAL: "never autonomous"}
    parts = [f"{words[mode]} on {_join(who)}" for mode, who in sorted(by_mode.items(), key=_stricter_first)
             if mode in words]
    group_mode = _decide(kind, _context(kind, permissive, group_privileged="an admin group"))
    if group_mode != _decide(kind, _context(kind, permissive)):
        # Adding to an admin group is refused outright; removing from one waits for a technician.
        moves = "removals from" if kind.name == "remove_from_group" else "adds to"
        parts.append(f"{words.get(group_mode, group_mode)} for {moves} admin or role-assignable groups")
    return "; ".join(parts)


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _stricter_first(item: tuple[str, list[str]]) -> int:
    return -SEVERITY.get(item[0], 0)


def explain(tenant: Tenant | None, kind_name: str) -> Explanation:
    kind = KINDS[kind_name]
    policy, source = policy_for(tenant, kind_name)
    conditions = _conditions_text(policy)
    # The ordinary case: a requester asking in the natural way, proved out of band when the kind is sensitive.
    # Only the policy (its mode or its conditions) can hold it back here.
    best = _decide(kind, _context(kind, policy))
    stricter_than_mode = SEVERITY[best] > SEVERITY.get(policy.mode, 1)
    detail = conditions if best == Mode.AUTONOMOUS or stricter_than_mode else ""
    if kind.sensitive and best == Mode.AUTONOMOUS:
        detail = "; ".join(filter(None, [_proof_wording(tenant), conditions]))
    ordinary = Outcome(best, f"{source} conditions" if stricter_than_mode else source, detail)

    note = floor_note(kind)
    admin_role = {"target_admin_roles": ("an admin role",)}
    cap = _decide(kind, _context(kind, PolicySnapshot(mode=Mode.AUTONOMOUS), **admin_role))
    on_admin = _decide(kind, _context(kind, policy, **admin_role))
    admin_source = FLOOR if SEVERITY[cap] >= SEVERITY[ordinary.mode] else ordinary.source
    admin = Outcome(on_admin, admin_source, note if admin_source == FLOOR else "")
    return Explanation(kind=kind, policy=policy, source=source, ordinary=ordinary, admin=admin, floor_note=note)


def explain_all(tenant: Tenant | None) -> dict[str, Explanation]:
    return {name: explain(tenant, name) for name in KINDS}


# -- the form ----------------------------------------------------------------------------------------


class PolicyRowForm(forms.Form):
    """One action kind's row. With `allow_inherit`, an empty mode means "use the MSP default"."""

    kind = forms.ChoiceField(choices=[(k, k) for k in KINDS], widget=forms.HiddenInput)
    mode = forms.ChoiceField(required=False)
    business_hours_only = forms.BooleanField(required=False)
    requester_relation = forms.ChoiceField(choices=RELATION_CHOICES, required=False)
    min_confidence = forms.DecimalField(required=False, min_value=Decimal("0"), max_value=Decimal("1"),
                                        decimal_places=2, widget=forms.NumberInput(attrs={"step": "0.01"}))
    daily_limit_target = forms.IntegerField(required=False, min_value=1, max_value=10000)
    daily_limit_requester = forms.IntegerField(required=False, min_value=1, max_value=10000)
    daily_limit_tenant = forms.IntegerField(required=False, min_value=1, max_value=100000)
    approvals_required = forms.IntegerField(
        min_value=1, max_value=2, error_messages={"min_value": "Approvals required must be 1 or 2.",
                                                  "max_value": "Approvals required must be 1 or 2."})
    approval_expiry_minutes = forms.IntegerField(min_value=5, max_value=MAX_EXPIRY_MINUTES)
    secret_delivery = forms.ChoiceField(choices=SECRET_DELIVERY_CHOICES, required=False)

    def __init__(self, *args: Any, allow_inherit: bool = True, shown: dict[str, dict[str, Any]] | None = None,
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.allow_inherit = allow_inherit
        self.shown = shown or {}  # kind -> the values the page showed, to tell what the user edited
        choices = list(Mode.choices)
        if allow_inherit:
            choices.insert(0, (INHERIT, "inherit MSP default"))
        self.fields["mode"].choices = choices
        self.fields["mode"].required = not allow_inherit
        for name, default in LIMIT_FIELDS.items():
            self.fields[name].widget.attrs["placeholder"] = str(default)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("secret_delivery") and data.get("kind") and not KINDS[data["kind"]].returns_secret:
            self.add_error("secret_delivery", "Only actions that create a one-time secret have a delivery channel.")
        if self.allow_inherit and data.get("mode") == INHERIT and data.get("kind"):
            # Switching a row to inherit drops its override, values and all; but a condition edited on an
            # inheriting row would be silently ignored, so it is refused with a way out.
            shown = self.shown.get(data["kind"], {})
            edited = [name for name in CONDITION_FIELDS
                      if self.fields[name].has_changed(shown.get(name), self[name].data)]
            if edited:
                raise forms.ValidationError(
                    "Choose a mode to override the MSP default; an inheriting row uses the MSP default's "
                    "conditions (you changed: " + ", ".join(sorted(edited)) + ")."
                )
        return data

    def kept_conditions(self) -> dict[str, Any]:
        """The stored conditions this row does not show, to be saved back unchanged."""
        return dict(self.shown.get(self.cleaned_data.get("kind", ""), {}).get(OTHER_CONDITIONS) or {})


class BasePolicyFormSet(forms.BaseFormSet):
    def clean(self) -> None:
        if any(self.errors):
            return
        kinds = [form.cleaned_data.get("kind") for form in self.forms if form.cleaned_data]
        if len(kinds) != len(set(kinds)):
            raise forms.ValidationError("Each action kind may appear only once.")


PolicyFormSet = forms.formset_factory(PolicyRowForm, formset=BasePolicyFormSet, extra=0, max_num=len(KINDS),
                                      validate_max=True)


def initial_row(kind: str, policy: AutonomyPolicy | PolicySnapshot, mode: str) -> dict[str, Any]:
    cond = dict(policy.conditions or {})
    row = {"kind": kind, "mode": mode, "business_hours_only": bool(cond.get("business_hours_only")),
           "requester_relation": cond.get("requester_relation") or "any",
           "min_confidence": None if cond.get("min_confidence") is None else Decimal(str(cond["min_confidence"])),
           "approvals_required": policy.approvals_required,
           "approval_expiry_minutes": policy.approval_expiry_minutes,
           "secret_delivery": cond.get("secret_delivery") or "",
           OTHER_CONDITIONS: {k: v for k, v in cond.items() if k not in SHOWN_CONDITIONS}}
    row.update({name: cond.get(name) for name in LIMIT_FIELDS})
    return row


def initial_rows(tenant: Tenant | None) -> list[dict[str, Any]]:
    """The rows as stored: a tenant's override, or (inheriting) the MSP default's values shown for reference."""
    own = {p.kind: p for p in AutonomyPolicy.objects.filter(tenant=tenant)}
    rows = []
    for kind in KINDS:
        if kind in own:
            rows.append(initial_row(kind, own[kind], own[kind].mode))
        else:
            default, _ = policy_for(None, kind)
            rows.append(initial_row(kind, default, INHERIT if tenant is not None else default.mode))
    return rows


def policy_formset(tenant: Tenant | None, data: Any = None) -> forms.BaseFormSet:
    initial = initial_rows(tenant)
    return PolicyFormSet(data, initial=initial, prefix="policy",
                         form_kwargs={"allow_inherit": tenant is not None, "shown": {r["kind"]: r for r in initial}})


def row_from_form(data: dict[str, Any], kept: dict[str, Any] | None = None) -> dict[str, Any]:
    """A validated row as `set_tenant_policy` takes it: only the conditions that say something are kept, plus
    `kept`, the stored conditions the matrix does not show (PolicyRowForm.kept_conditions), unchanged."""
    conditions: dict[str, Any] = {k: v for k, v in (kept or {}).items() if k not in SHOWN_CONDITIONS}
    if data.get("business_hours_only"):
        conditions["business_hours_only"] = True
    if data.get("requester_relation") in ("self", "manager"):
        conditions["requester_relation"] = data["requester_relation"]
    if data.get("min_confidence") is not None:
        conditions["min_confidence"] = float(data["min_confidence"])
    for name in LIMIT_FIELDS:
        if data.get(name) is not None:
            conditions[name] = int(data[name])
    if data.get("secret_delivery"):
        conditions["secret_delivery"] = data["secret_delivery"]
    return {"kind": data["kind"], "mode": data.get("mode") or INHERIT, "conditions": conditions,
            "approvals_required": int(data["approvals_required"]),
            "approval_expiry_minutes": int(data["approval_expiry_minutes"])}
