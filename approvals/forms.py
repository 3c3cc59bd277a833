"""Forms of the review queue: the filters, approve (optionally with edits), reject and bulk approve."""

from __future__ import annotations

from typing import Any

from django import forms
from django.http import QueryDict

from approvals.choices import IdentityCheck
from approvals.selectors import AGE_FILTERS, ORDERS, OUTCOME_FILTERS, DecidedFilters, QueueFilters, kind_choices
from rallied.kinds import get_kind

PARAM_PREFIX = "param_"


class QueueFilterForm(forms.Form):
    """The queue's filter bar. An unknown value is ignored rather than an error: it is only a view."""

    tenant = forms.ChoiceField(required=False)
    kind = forms.ChoiceField(required=False)
    age = forms.ChoiceField(required=False, choices=[(k, label) for k, (label, _) in AGE_FILTERS.items()])
    order = forms.ChoiceField(required=False, choices=[(k, k.capitalize() + " first") for k in ORDERS])

    def __init__(self, data: QueryDict, tenants: list[tuple[str, str]]) -> None:
        super().__init__(data)
        self.fields["tenant"].choices = [("", "All tenants"), *tenants]
        self.fields["kind"].choices = [("", "All actions"), *kind_choices()]

    def filters(self) -> QueueFilters:
        if not self.is_valid():
            return QueueFilters()
        data = self.cleaned_data
        return QueueFilters(tenant=data["tenant"], kind=data["kind"], age=data["age"],
                            order=data["order"] or "oldest")


class DecidedFilterForm(forms.Form):
    """The recently-decided page's filters: an outcome, and only the person's own decisions."""

    outcome = forms.ChoiceField(required=False, choices=[("", "Any outcome"),
                                                         *[(k, k.capitalize()) for k in OUTCOME_FILTERS]])
    mine = forms.BooleanField(required=False, label="Only my decisions")

    def filters(self) -> DecidedFilters:
        data = self.cleaned_data if self.is_valid() else {}
        return DecidedFilters(outcome=data.get("outcome", ""), mine=bool(data.get("mine")))


class ApproveForm(forms.Form):
    """Approve the version the technician saw; with `edit`, the parameters of the form replace the action's."""

    version = forms.IntegerField(min_value=1)
    comment = forms.CharField(required=False, max_length=2000)
    edit = forms.BooleanField(required=False)
    # Required by approvals.services only while identity proof is missing (approvals/identity.py); the card shows it.
    identity_check = forms.ChoiceField(required=False, choices=[("", "—"), *IdentityCheck.choices])
    # The approver's TOTP code, asked on password, MFA and mailbox cards when the session has not proved it yet.
    otp = forms.CharField(required=False, max_length=12)

    def params(self, kind: str, data: QueryDict) -> dict[str, Any] | None:
        """The edited parameters, or None for a plain approval. A blank required field stays "" so the
        schema check refuses it; a blank optional one becomes None (cleared)."""
        if not self.cleaned_data.get("edit"):
            return None
        values: dict[str, Any] = {}
        for name, rule in get_kind(kind).params.items():
            value = data.get(PARAM_PREFIX + name, "").strip()
            values[name] = value or ("" if rule.get("required") else None)
        return values


class RejectForm(forms.Form):
    reason = forms.CharField(max_length=2000, error_messages={"required": "A rejection needs a reason."})


def bulk_items(data: QueryDict) -> dict[int, int]:
    """action id -> version from the ticked boxes ("id:version"); malformed values are dropped."""
    items: dict[int, int] = {}
    for raw in data.getlist("item"):
        action_id, _, version = raw.partition(":")
        if action_id.isdigit() and version.isdigit():
            items[int(action_id)] = int(version)
    return items
