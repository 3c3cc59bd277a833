"""The ticket list's query filters: `?status=`, `?category=`, `?tenant=`, `?created_after=`/`?created_before=`,
`?search=`, `?ordering=` (django-filter; a bad value is a 400 naming the parameter, rallied/api_filters.py)."""

from __future__ import annotations

import django_filters
from django.db.models import Q, QuerySet

from rallied.api_filters import InstantFilter
from tickets.choices import TicketStatus
from tickets.models import Ticket
from tickets.triage import CATEGORIES


class TicketFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=TicketStatus.choices, help_text="Only tickets in this status.")
    category = django_filters.ChoiceFilter(choices=[(c, c) for c in CATEGORIES],
                                           help_text="Only tickets triaged into this category.")
    # By slug, as the API shows a ticket's tenant; a slug outside the caller's tenants matches nothing (the
    # queryset is already scoped by tenants/access.py), the same answer as a tenant with no tickets.
    tenant = django_filters.CharFilter(field_name="tenant__slug", help_text="A tenant's slug.")
    created_after = InstantFilter(field_name="received_at", lookup_expr="gte",
                                   help_text="Received at or after this instant (ISO 8601).")
    created_before = InstantFilter(field_name="received_at", lookup_expr="lt",
                                    help_text="Received before this instant (ISO 8601).")
    search = django_filters.CharFilter(method="search_text",
                                       help_text="Words in the subject, or the requester's email or name.")
    ordering = django_filters.OrderingFilter(
        fields=(("received_at", "created"), ("updated_at", "updated"), ("status", "status")),
        help_text="created, updated or status; a leading '-' reverses. Newest first by default.")

    class Meta:
        model = Ticket
        fields: list[str] = []

    def search_text(self, queryset: QuerySet[Ticket], name: str, value: str) -> QuerySet[Ticket]:
        for word in value.split():
            queryset = queryset.filter(Q(subject__icontains=word) | Q(requester_email__icontains=word)
                                       | Q(requester_name__icontains=word))
        return queryset
