"""The tenant's RMM connection: stored like every connection (credentials encrypted, never shown), its connector
built from it, and NinjaOne's rotating refresh token kept after every use so scripting keeps working."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from audit.models import AuditEvent
from rallied.connectors.datto import DattoConnector
from rallied.connectors.ninjaone import NinjaOneConnector
from sandbox.vendors.ninjaone import DIAG_SCRIPT, seed_refresh_token
from tenants.models import Connection, Tenant
from tenants.rmm import rmm_connector
from tenants.services import save_connection

pytestmark = pytest.mark.django_db


def test_each_demo_tenant_has_its_rmm_with_secrets_encrypted(world):
    rows = {c.tenant.slug: c for c in Connection.objects.filter(vendor__in=Connection.RMM_VENDORS)}
    assert {slug: c.vendor for slug, c in rows.items()} == {"contoso": "ninjaone", "northwind": "datto",
                                                           "fabrikam": "ninjaone"}
    contoso = rows["contoso"]
    assert "client_secret" not in contoso.config and "refresh_token" not in contoso.config
    assert seed_refresh_token("contoso") not in contoso.credentials_encrypted
    assert contoso.get_credentials()["refresh_token"] == seed_refresh_token("contoso")
    assert contoso.config["allowed_scripts"] == [DIAG_SCRIPT]
    assert isinstance(rmm_connector(Tenant.objects.get(slug="contoso")), NinjaOneConnector)
    assert isinstance(rmm_connector(Tenant.objects.get(slug="northwind")), DattoConnector)


def test_no_rmm_connection_means_no_connector(world):
    Connection.objects.filter(tenant__slug="contoso", vendor="ninjaone").update(disabled=True)
    assert rmm_connector(Tenant.objects.get(slug="contoso")) is None


def test_the_rotated_refresh_token_is_stored_so_the_next_run_still_works(world, sandbox):
    tenant = Tenant.objects.get(slug="contoso")
    first = rmm_connector(tenant)
    first.run_script("1003", str(DIAG_SCRIPT))
    stored = Connection.objects.get(tenant=tenant, vendor="ninjaone").get_credentials()["refresh_token"]
    assert stored != seed_refresh_token("contoso")  # the seed token was spent; the new one is kept
    second = rmm_connector(tenant)  # built afresh from the database, as the next ticket's worker would
    second.run_script("1003", str(DIAG_SCRIPT))
    assert len(sandbox.sandbox.state()["ninjaone"]["runs"]) == 2
    events = AuditEvent.objects.filter(verb="connection.credentials_rotated", tenant=tenant)
    assert events.count() == 2
    assert all(stored not in str(e.details) and "refresh_token" in e.details["keys"] for e in events)


def test_an_rmm_connection_missing_its_keys_is_refused_naming_only_the_keys(world):
    tenant = Tenant.objects.get(slug="contoso")
    with pytest.raises(ValidationError) as err:
        save_connection(actor="system:test", tenant=tenant, vendor="ninjaone", base_url="https://app.ninjarmm.com",
                        config={"allowed_scripts": "57"}, credentials={"client_id": "x", "client_secret": "s3cr3t"})
    text = str(err.value)
    assert "organization_id" in text and "allowed_scripts must be a list of script ids" in text
    assert "s3cr3t" not in text
