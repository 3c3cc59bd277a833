"""The access chokepoint: every "may this person or token touch this tenant?" question ends here.

Per-tenant permissions are django-guardian object permissions on Tenant. A superuser passes
everywhere. An API token bound to a tenant sees that tenant only; a user token acts with its
user's permissions.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from guardian.shortcuts import assign_perm, get_objects_for_user, get_user_perms, remove_perm

from tenants.models import ApiToken, Tenant

VIEW = "tenants.view_tenant"
APPROVE = "tenants.approve_actions"
MANAGE = "tenants.manage_tenant"
VIEW_AUDIT = "tenants.view_audit"

ROLE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "service_lead": (VIEW, APPROVE, MANAGE, VIEW_AUDIT),
    "technician": (VIEW, APPROVE),
    "auditor": (VIEW, VIEW_AUDIT),
}


def tenants_for_user(user: Any, perm: str = VIEW) -> QuerySet[Tenant]:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Tenant.objects.none()
    return get_objects_for_user(user, perm, klass=Tenant, accept_global_perms=False)


def tenants_for_token(token: ApiToken, perm: str = VIEW) -> QuerySet[Tenant]:
    """A tenant token may read and submit for its tenant; it never approves (approval is a person's act)."""
    if token.revoked:
        return Tenant.objects.none()
    if token.tenant_id is not None:
        if perm == APPROVE:
            return Tenant.objects.none()
        return Tenant.objects.filter(pk=token.tenant_id)
    return tenants_for_user(token.user, perm)


def tenants_for(principal: Any, perm: str = VIEW) -> QuerySet[Tenant]:
    """Tenants a user or an API token may act on with `perm`."""
    if isinstance(principal, ApiToken):
        return tenants_for_token(principal, perm)
    return tenants_for_user(principal, perm)


def approvable_tenant_ids(user: Any) -> list[int]:
    """Ids of the tenants this person may approve or reject actions on (the review queue's scope)."""
    return list(tenants_for_user(user, APPROVE).order_by().values_list("pk", flat=True))


def can(principal: Any, perm: str, tenant: Tenant | int) -> bool:
    tenant_id = tenant.pk if isinstance(tenant, Tenant) else tenant
    return tenants_for(principal, perm).filter(pk=tenant_id).exists()


def grant_role(user: Any, tenant: Tenant, role: str) -> list[str]:
    """Give `user` the role's permissions on `tenant`; returns the ones that were new (empty when nothing changed)."""
    held = set(get_user_perms(user, tenant))
    added = [perm for perm in ROLE_PERMISSIONS[role] if perm.split(".")[-1] not in held]
    for perm in added:
        assign_perm(perm, user, tenant)
    return added


def revoke_role(user: Any, tenant: Tenant, role: str) -> None:
    for perm in ROLE_PERMISSIONS[role]:
        remove_perm(perm, user, tenant)
