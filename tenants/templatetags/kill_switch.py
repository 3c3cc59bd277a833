"""The kill switch on the admin pages: which of the user's tenants are paused, and whether they may resume them.

Read through tenants/access.py like every other admin list: a person sees only the tenants they may view, and
the resume button only where they hold MANAGE (a service lead)."""

from __future__ import annotations

from typing import Any

from django import template

from tenants import access
from tenants.models import Tenant

register = template.Library()


@register.simple_tag
def paused_tenants(user: Any) -> list[dict[str, Any]]:
    """The paused tenants `user` may view, each with whether `user` may resume it."""
    paused = access.tenants_for_user(user, access.VIEW).filter(paused=True).order_by("name")
    managed = set(access.tenants_for_user(user, access.MANAGE).filter(paused=True).values_list("pk", flat=True))
    return [{"tenant": t, "can_resume": t.pk in managed} for t in paused]


@register.simple_tag
def may_resume(user: Any, tenant: Tenant) -> bool:
    return bool(tenant and tenant.pk) and access.can(user, access.MANAGE, tenant)
