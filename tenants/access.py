"""The access chokepoint: every "may this person or token touch this tenant?" question ends here.

Per-tenant permissions are django-guardian object permissions on Tenant. A superuser passes
everywhere. An API token bound to a tenant sees that tenant only; a user token acts with its
user's permissions.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Model, Q, QuerySet
from guardian.shortcuts import assign_perm, get_objects_for_user, get_user_perms, remove_perm

from tenants.models import ApiToken, Tenant

VIEW = "tenants.view_tenant"
APPROVE = "tenants.approve_actions"
MANAGE = "tenants.manage_tenant"
VIEW_AUDIT = "tenants.view_audit"
# Submitting a ticket starts work that can end in a change in the client's directory: an explicit permission, so a
# read-only role (the auditor) holds VIEW without it.
SUBMIT = "tenants.submit_tickets"

ROLE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    "service_lead": (VIEW, SUBMIT, APPROVE, MANAGE, VIEW_AUDIT),
    "technician": (VIEW, SUBMIT, APPROVE),
    "auditor": (VIEW, VIEW_AUDIT),
}
# What a tenant-bound token (a PSA integration) may do: read and submit for its tenant. Approving is a person's
# act, and configuration and the audit trail belong to the MSP's staff.
TOKEN_PERMISSIONS = (VIEW, SUBMIT)


def tenants_for_user(user: Any, perm: str = VIEW) -> QuerySet[Tenant]:
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return Tenant.objects.none()
    return get_objects_for_user(user, perm, klass=Tenant, accept_global_perms=False)


def tenants_for_token(token: ApiToken, perm: str = VIEW) -> QuerySet[Tenant]:
    """A tenant token may read and submit for its tenant (TOKEN_PERMISSIONS); it never approves, manages or reads
    the audit trail. A user token acts with its user's permissions."""
    if token.revoked:
        return Tenant.objects.none()
    if token.tenant_id is not None:
        return Tenant.objects.filter(pk=token.tenant_id) if tenant_token_holds(token, perm) else Tenant.objects.none()
    return tenants_for_user(token.user, perm)


def tenant_token_holds(token: ApiToken, perm: str) -> bool:
    """Whether a tenant-bound token holds `perm` on its own tenant. Decided by the token alone, without a query:
    its tenant is the row it references (deleting a tenant deletes its tokens), and what such a token may do is
    TOKEN_PERMISSIONS whatever the tenant. The ingest API asks this on every submission (issue 17)."""
    return token.tenant_id is not None and not token.revoked and perm in TOKEN_PERMISSIONS


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


def can_undo(principal: Any, tenant: Tenant | int) -> bool:
    """Whether this person (or their user token) may undo a change Rallied made for the tenant: a technician's act,
    like approving one (workflow/undo.py). A tenant-bound token never holds APPROVE, so an integration cannot."""
    return principal is not None and can(principal, APPROVE, tenant)


def holds_anywhere(user: Any, perm: str = VIEW) -> bool:
    """Whether this person holds `perm` on at least one tenant (the admin shows a section only then)."""
    return tenants_for_user(user, perm).exists()


def is_service_lead(user: Any) -> bool:
    """A superuser or anyone who manages a tenant: the admin asks them for a second factor (tenants/admin_site.py)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return bool(user.is_superuser) or holds_anywhere(user, MANAGE)


def scope(user: Any, queryset: QuerySet, tenant_path: str, perm: str = VIEW, *, shared: bool = False) -> QuerySet:
    """The rows of `queryset` whose tenant (reached by `tenant_path`, "" for Tenant itself) this person holds `perm`
    on. Rows without a tenant (the MSP-wide defaults) are included when `shared` and the person holds `perm`
    somewhere; a superuser sees every row. Every admin list and object goes through here (tenants/admin_scope.py).
    """
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return queryset.none()
    if user.is_superuser:
        return queryset
    tenants = tenants_for_user(user, perm)
    if not tenant_path:
        return queryset.filter(pk__in=tenants)
    rows = Q(**{f"{tenant_path}__in": tenants})
    if shared and tenants.exists():
        rows |= Q(**{f"{tenant_path}__isnull": True})
    return queryset.filter(rows)


def can_on_object(user: Any, obj: Model, tenant_path: str, perm: str = VIEW, *, shared: bool = False) -> bool:
    """Object-level form of `scope`: whether this one row is in the person's scope for `perm`."""
    return scope(user, type(obj)._default_manager.filter(pk=obj.pk), tenant_path, perm, shared=shared).exists()


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
