"""`{% cockpit_counts request.user as counts %}` on the admin home (templates/admin/index.html)."""

from __future__ import annotations

from typing import Any

from django import template

from workflow.cockpit import Count
from workflow.cockpit import cockpit_counts as counts_for

register = template.Library()


@register.simple_tag
def cockpit_counts(user: Any) -> list[Count]:
    return counts_for(user)
