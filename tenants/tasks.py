"""django-q2 entry points of the tenants app: the daily directory count. Each takes ids only and delegates."""

from __future__ import annotations

from rallied.tasks import dispatch

ACTOR = "system:directory-count"


def count_directory_users_task(tenant_id: int) -> str:
    """Count one tenant's directory users (tenants/services.count_directory_users)."""
    from tenants.models import Tenant
    from tenants.services import count_directory_users

    tenant = Tenant.objects.filter(pk=tenant_id).first()
    if tenant is None:
        return "tenant gone"
    count = count_directory_users(actor=ACTOR, tenant=tenant)
    return "no count" if count is None else str(count)


def count_all_directories_task() -> int:
    """Daily (rallied/schedules.py): one count per tenant with an identity provider, so the kill switch's burst
    follows the directory as people join and leave."""
    from tenants.models import Connection

    ids = sorted(set(Connection.objects.filter(vendor__in=Connection.IDP_VENDORS, disabled=False)
                     .values_list("tenant_id", flat=True)))
    for tenant_id in ids:
        dispatch("tenants.tasks.count_directory_users_task", tenant_id)
    return len(ids)
