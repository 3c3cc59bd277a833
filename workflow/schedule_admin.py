"""The tickets list's "Waiting on a schedule" filter: the admin home's stuck count (workflow/cockpit.py) leaves out a
ticket whose step waits for a time still to come with its schedule in place, and its link lists the same rows
through this filter. Added here, at the top layer, because the tickets admin may not read playbooks' schedules."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from playbooks.scheduling import waiting_on_a_schedule
from tickets.admin import TicketAdmin


class ScheduleFilter(admin.SimpleListFilter):
    title = "waiting on a schedule"
    parameter_name = "schedule"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("waiting", "Yes: a step waits for its time"), ("none", "No")]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() == "waiting":
            return queryset.filter(waiting_on_a_schedule())
        if self.value() == "none":
            return queryset.exclude(waiting_on_a_schedule())
        return queryset


TicketAdmin.list_filter = [*TicketAdmin.list_filter, ScheduleFilter]
