"""The tenant's RMM (NinjaOne or Datto RMM): its connection, and its connector wired to keep rotated credentials.

The RMM connection is an ordinary Connection (credentials encrypted like every other, edited in the admin). Its
config carries the tenant's script allow-list (`allowed_scripts`): the service lead names the scripts Rallied may
run on this tenant's computers, and the connector refuses any other before a request is sent.

NinjaOne rotates its refresh token on every use. The connector hands the new credentials to
`store_rotated_credentials` at once; a token lost here would leave scripting dead until a technician consents again.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction

from audit.services import record
from rallied.actors import Actor
from rallied.connectors import build_connector
from rallied.connectors.rmm_types import RmmConnector
from tenants.models import Connection, Tenant
from tenants.selectors import connection_for

SYSTEM: Actor = "system:rmm"


def rmm_connection(tenant: Tenant) -> Connection | None:
    return connection_for(tenant, Connection.RMM_VENDORS)


def rmm_connector(tenant: Tenant) -> RmmConnector | None:
    """The tenant's RMM connector, or None when the tenant has no (enabled) RMM connection."""
    connection = rmm_connection(tenant)
    if connection is None:
        return None
    connector = build_connector(connection.vendor, base_url=connection.base_url, config=connection.config,
                                credentials=connection.get_credentials(), timeout=settings.RALLIED_HTTP_TIMEOUT)
    assert isinstance(connector, RmmConnector)
    connector.on_credentials_changed = lambda values: store_rotated_credentials(
        actor=SYSTEM, connection=connection, credentials=values)
    return connector


def store_rotated_credentials(*, actor: Actor, connection: Connection, credentials: dict[str, Any]) -> None:
    """Keep the credentials a vendor just rotated (the old ones no longer work). Audited without any value."""
    with transaction.atomic():
        locked = Connection.objects.select_for_update().get(pk=connection.pk)
        locked.set_credentials(credentials)
        locked.save(update_fields=["credentials_encrypted"])
        record(actor=actor, verb="connection.credentials_rotated", obj=locked, tenant=locked.tenant,
               details={"vendor": locked.vendor, "keys": sorted(credentials)})
    connection.credentials_encrypted = locked.credentials_encrypted
