"""A tenant with two PSAs: each ticket's write-back goes to the PSA it came from."""

from __future__ import annotations

import pytest

from tenants.models import Connection, Tenant
from tenants.selectors import psa_connection
from tenants.services import save_connection


@pytest.mark.django_db
def test_write_back_goes_to_the_psa_the_ticket_came_from(world, sandbox):
    contoso = Tenant.objects.get(slug="contoso")
    cw = Connection.objects.get(tenant=contoso, vendor="connectwise")
    halo = save_connection(actor="system:test", tenant=contoso, vendor="halopsa", base_url=f"{sandbox.url}/halopsa",
                           config={"client_id": 99}, credentials={"client_id": "x", "client_secret": "y",
                                                                     "webhook_secret": "z"})

    assert psa_connection(contoso, "halopsa") == halo
    assert psa_connection(contoso, "connectwise") == cw
    # A ticket posted through the API has no PSA of its own: the tenant's first PSA by vendor name, as before.
    assert psa_connection(contoso, "api") == cw
    assert psa_connection(contoso) == cw


@pytest.mark.django_db
def test_a_disabled_source_psa_falls_back_to_the_tenant_psa(world, sandbox):
    contoso = Tenant.objects.get(slug="contoso")
    cw = Connection.objects.get(tenant=contoso, vendor="connectwise")
    halo = save_connection(actor="system:test", tenant=contoso, vendor="halopsa", base_url=f"{sandbox.url}/halopsa",
                           config={"client_id": 99}, credentials={"client_id": "x", "client_secret": "y",
                                                                     "webhook_secret": "z"})
    Connection.objects.filter(pk=halo.pk).update(disabled=True)

    assert psa_connection(contoso, "halopsa") == cw
