"""Reads about tenants: their connections, turned into ready connectors with the right scope."""

from __future__ import annotations

from django.conf import settings

from rallied.connectors import Connector, build_connector
from tenants.models import Connection, ServiceAccount, Tenant


def connection_for(tenant: Tenant, vendors: set[str]) -> Connection | None:
    return (
        Connection.objects.filter(tenant=tenant, vendor__in=vendors, disabled=False)
        .order_by("vendor")
        .first()
    )


def connector_for(connection: Connection) -> Connector:
    """The connector for a connection, scoped to what its service accounts may do (least privilege)."""
    allowed: set[str] = set()
    for account in ServiceAccount.objects.filter(connection=connection):
        allowed.update(account.allowed_kinds)
    return build_connector(
        connection.vendor,
        base_url=connection.base_url,
        config=connection.config,
        credentials=connection.get_credentials(),
        allowed_kinds=allowed,
        timeout=settings.RALLIED_HTTP_TIMEOUT,
    )


def identity_connection(tenant: Tenant) -> Connection | None:
    return connection_for(tenant, Connection.IDP_VENDORS)


def psa_connection(tenant: Tenant, source: str = "") -> Connection | None:
    """The tenant's PSA connection; a ticket that came from a PSA goes back to that PSA, not the first one found."""
    if source in Connection.PSA_VENDORS:
        own = connection_for(tenant, {source})
        if own is not None:
            return own
    return connection_for(tenant, Connection.PSA_VENDORS)


def service_account_for(connection: Connection, kind: str) -> ServiceAccount | None:
    for account in ServiceAccount.objects.filter(connection=connection):
        if kind in account.allowed_kinds:
            return account
    return None
