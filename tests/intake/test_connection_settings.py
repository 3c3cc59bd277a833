"""A connection whose settings its connector cannot work with is refused where it is saved, naming what is missing
(never a secret's value); and the seeded demo's PSA webhooks are accepted as they arrive, not refused with 401."""

from __future__ import annotations

import json

import pytest
import requests
from django.core.exceptions import ValidationError

from rallied.connectors import connector_classes
from sandbox import sandbox_connections
from tenants.models import Connection, Tenant
from tenants.services import save_connection
from tests.helpers import staff_client
from tests.intake.conftest import TENANTS, VENDORS
from tests.sandbox.vendor_helpers import tenant as world_tenant
from tickets.models import Ticket

SECRET = "s3cr3t-value-never-shown"


def _form(conn: Connection, **overrides) -> dict[str, str]:
    """The admin change form's fields for `conn`, as a service lead would submit them."""
    data = {"tenant": str(conn.tenant_id), "vendor": conn.vendor, "base_url": conn.base_url,
            "config": json.dumps(conn.config), "new_credentials": ""}
    return {**data, **overrides}


@pytest.mark.django_db
def test_the_admin_refuses_a_connection_missing_a_credential_and_names_it(world):
    conn = Connection.objects.get(vendor="autotask", tenant__slug="northwind")
    before = conn.credentials_encrypted
    lead = staff_client("lead")
    form = lead.get(f"/admin/tenants/connection/{conn.pk}/change/").content.decode()
    assert "autotask: secret, webhook_secret" in form  # the page says what each vendor needs

    # The API secret is there, the webhook's secret key is not: Autotask webhooks could never be checked.
    response = lead.post(f"/admin/tenants/connection/{conn.pk}/change/",
                         _form(conn, new_credentials=json.dumps({"secret": SECRET})))

    assert response.status_code == 200  # the form again, with the error
    page = response.content.decode()
    assert "needs these credential keys: webhook_secret" in page
    assert SECRET not in page
    conn.refresh_from_db()
    assert conn.credentials_encrypted == before  # nothing was saved


@pytest.mark.django_db
def test_the_admin_saves_a_complete_connection(world):
    conn = Connection.objects.get(vendor="autotask", tenant__slug="northwind")
    lead = staff_client("lead")

    creds = {"secret": SECRET, "webhook_secret": "hook-" + SECRET}
    response = lead.post(f"/admin/tenants/connection/{conn.pk}/change/", _form(conn, new_credentials=json.dumps(creds)))

    assert response.status_code == 302, response.content.decode()[:2000]
    conn.refresh_from_db()
    assert conn.get_credentials() == creds


@pytest.mark.django_db
def test_the_admin_names_missing_config_keys_and_bad_billing_values(world):
    conn = Connection.objects.get(vendor="connectwise", tenant__slug="contoso")
    config = {k: v for k, v in conn.config.items() if k != "client_id"}
    config.update(billable_option="Sometimes", time_increment_minutes=0)
    lead = staff_client("lead")

    response = lead.post(f"/admin/tenants/connection/{conn.pk}/change/", _form(conn, config=json.dumps(config)))

    page = response.content.decode()
    assert response.status_code == 200
    assert "needs these config keys: client_id" in page
    assert "billable_option must be one of Billable, DoNotBill, NoCharge, NoDefault" in page
    assert "time_increment_minutes must be a whole number from 1 to 60" in page
    conn.refresh_from_db()
    assert conn.config["client_id"]


@pytest.mark.django_db
def test_a_blank_credentials_field_keeps_the_stored_ones_and_is_checked_against_them(world):
    """Leaving the credentials blank keeps what is stored; those are what must be complete."""
    conn = Connection.objects.get(vendor="halopsa", tenant__slug="fabrikam")
    lead = staff_client("lead")

    response = lead.post(f"/admin/tenants/connection/{conn.pk}/change/",
                         _form(conn, config=json.dumps({**conn.config, "charge_rate": 3})))

    assert response.status_code == 302, response.content.decode()[:2000]
    conn.refresh_from_db()
    assert conn.config["charge_rate"] == 3


@pytest.mark.django_db
def test_the_service_refuses_an_incomplete_connection_without_echoing_secrets(world):
    fabrikam = Tenant.objects.get(slug="fabrikam")
    conn = Connection.objects.get(tenant=fabrikam, vendor="halopsa")
    before = conn.credentials_encrypted

    with pytest.raises(ValidationError) as refused:
        save_connection(actor="system:test", tenant=fabrikam, vendor="halopsa", base_url=conn.base_url,
                        config=conn.config, credentials={"client_id": "app", "client_secret": SECRET})

    assert refused.value.message_dict == {
        "credentials": ["The halopsa connection needs these credential keys: webhook_secret."]}
    conn.refresh_from_db()
    assert conn.credentials_encrypted == before


@pytest.mark.parametrize("vendor", sorted(connector_classes()))
def test_every_sandbox_connection_has_what_its_connector_declares(vendor):
    """The demo world's connections (what seed_demo saves) satisfy their connectors' declarations."""
    from django.conf import settings

    from sandbox.demo import load_directory

    rows = [row for t in load_directory(settings.RALLIED_DIRECTORY_FILE)["tenants"]
            for row in sandbox_connections(t, "http://127.0.0.1:1") if row["vendor"] == vendor]
    cls = connector_classes()[vendor]
    for row in rows:
        assert cls.missing_settings(row["config"], row["credentials"]) == ([], [])
        assert cls.config_problems(row["config"]) == {}


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_webhook_from_the_sandbox_reaches_the_seeded_demo_at_once(world, sandbox, live_server, vendor):
    """As seeded, with nothing configured by hand: the PSA's own webhook is accepted and the ticket is in."""
    slug, company = TENANTS[vendor]
    user = world_tenant(slug)["users"][0]
    email = user.get("upn") or user.get("email") or user.get("login")
    answer = requests.post(f"{sandbox.url}/_control/vendors/{vendor}/tickets", timeout=15, json={
        "company": company, "summary": "Printer jams", "description": "The printer jams on every page.",
        "requester_email": email, "requester_name": user.get("display_name", ""),
        "deliver_to": f"{live_server.url}/hooks/{vendor}/"})

    delivery = answer.json()["delivery"]
    assert delivery["status"] == 200, delivery  # not 401: the seeded connection can check the webhook
    ticket = Ticket.objects.get(pk=json.loads(delivery["body"])["ticket_id"])
    assert (ticket.tenant.slug, ticket.source, ticket.external_id) == (slug, vendor, str(answer.json()["ticket"]["id"]))
