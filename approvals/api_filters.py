"""The action list's query filters: `?status=`, `?decision=`, `?kind=`, `?tenant=`,
`?created_after=`/`?created_before=`, `?ordering=` (django-filter; a bad value is a 400 naming the parameter,
rallied/api_filters.py)."""

from __future__ import annotations

import django_filters

from playbooks.choices import ActionStatus, DecisionMode
from playbooks.models import Action
from rallied.api_filters import InstantFilter
from rallied.kinds import KIND_CHOICES


class ActionFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=ActionStatus.choices, help_text="Only actions in this status.")
    decision = django_filters.ChoiceFilter(choices=DecisionMode.choices, help_text="Only actions decided so.")
    kind = django_filters.ChoiceFilter(choices=KIND_CHOICES, help_text="Only actions of this kind.")
    tenant = django_filters.CharFilter(field_name="ticket__tenant__slug", help_text="A tenant's slug.")
    created_after = InstantFilter(field_name="created_at", lookup_expr="gte",
                                   help_text="Created at or after this instant (ISO 8601).")
    created_before = InstantFilter(field_name="created_at", lookup_expr="lt",
                                    help_text="Created before this instant (ISO 8601).")
    ordering = django_filters.OrderingFilter(
        fields=(("created_at", "created"), ("status", "status")),
        help_text="created or status; a leading '-' reverses. Oldest first by default.")

    class Meta:
        model = Action
        fields: list[str] = []
