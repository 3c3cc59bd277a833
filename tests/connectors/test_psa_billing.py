"""Billing settings on the wire and in the sandbox PSAs: the fields each vendor names, refused by the PSA when they
point at nothing (as the vendor refuses them, nothing stored), the increment a time entry is rounded up to, and
the part of a ticket's timeline that counts as Rallied's work."""

from __future__ import annotations

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from rallied.connectors import ConnectorError
from rallied.connectors import autotask as amod
from rallied.connectors import halopsa as hmod
from rallied.connectors.connectwise import ConnectWiseConnector
from sandbox.vendors import autotask as at_vendor
from tickets.models import Ticket, TicketEvent
from workflow.billing import rallied_work_seconds


@pytest.fixture(autouse=True)
def _fresh_caches():
    amod._ZONES.clear()
    hmod._TOKENS.clear()
    yield
    hmod._TOKENS.clear()


@pytest.mark.parametrize(("increment", "seconds", "minutes"), [
    (6, 0, 6), (6, 1, 6), (6, 360, 6), (6, 361, 12), (15, 40, 15), (15, 901, 30), (60, 3599, 60), (1, 61, 2),
])
def test_time_is_rounded_up_to_the_increment_and_never_below_one(increment, seconds, minutes):
    psa = ConnectWiseConnector(base_url="http://127.0.0.1:1", config={
        "company_id": "x", "client_id": "y", "time_increment_minutes": increment},
        credentials={"public_key": "p", "private_key": "k"})
    assert psa.billable_minutes(seconds) == minutes


def test_the_increment_defaults_to_six_minutes():
    psa = ConnectWiseConnector(base_url="http://127.0.0.1:1", config={"company_id": "x", "client_id": "y"},
                               credentials={"public_key": "p", "private_key": "k"})
    assert psa.billable_minutes(200) == 6


@pytest.mark.parametrize(("vendor", "slug", "config", "field"), [
    ("connectwise", "contoso", {"work_type": "Gardening"}, "workType"),
    ("connectwise", "contoso", {"agreement_id": 99999}, "agreement"),
    ("connectwise", "contoso", {"billable_option": "Maybe"}, "billableOption"),
    ("autotask", "northwind", {"contract_id": 12345}, "contractID"),
    ("autotask", "northwind", {"contract_id": at_vendor.contract_id(at_vendor.OTHER_COMPANY)}, "contractID"),
    ("autotask", "northwind", {"billing_code_id": 4}, "billingCodeID"),
    ("halopsa", "fabrikam", {"charge_rate": 42}, "chargerate"),
])
def test_the_psa_refuses_billing_that_points_at_nothing_and_stores_nothing(make_connector, sandbox, vendor, slug,
                                                                         config, field):
    """A connector built around the admin's checks (say, a work type deleted in the PSA since) meets the PSA's own
    validation: a permanent refusal naming the field, and no time entry."""
    psa = make_connector(vendor, slug, config=config)
    ticket = {"connectwise": "1001", "autotask": "7001", "halopsa": "1001"}[vendor]
    before = sandbox.sandbox.state()[vendor]

    with pytest.raises(ConnectorError) as refused:
        psa.add_time_entry(ticket, minutes=6, notes="x")

    assert refused.value.permanent and field in str(refused.value)
    # Autotask refuses validation with a 500 and {"errors": [...]}, as the real service does; the others with 400.
    assert refused.value.status == (500 if vendor == "autotask" else 400)
    assert sandbox.sandbox.state()[vendor] == before


def test_each_psa_is_sent_the_fields_it_names(make_connector, sandbox, wire):
    """The request bodies carry the vendors' own field names, with the demo's settings."""
    make_connector("connectwise", "contoso").add_time_entry("1001", minutes=15, notes="x")
    make_connector("autotask", "northwind").add_time_entry("7001", minutes=6, notes="x")
    make_connector("halopsa", "fabrikam").add_time_entry("1001", minutes=15, notes="x")

    bodies = {e.vendor: e.request for e in wire if e.method == "POST" and ("ime" in e.path or "Actions" in e.path)}
    cw, at, halo = bodies["connectwise"], bodies["autotask"], bodies["halopsa"][0]
    assert (cw["workType"], cw["billableOption"], set(cw["agreement"])) == ({"name": "Remote Support"}, "Billable",
                                                                           {"id"})
    assert (at["contractID"], at["billingCodeID"], at["isNonBillable"]) == (
        at_vendor.contract_id(29684355), at_vendor.DEMO_BILLING_CODE, False)
    assert (halo["chargerate"], halo["nonbillable"], halo["timetaken"]) == (1, False, 0.25)


@pytest.mark.django_db
def test_rallied_work_counts_received_triaged_and_executing_only(world):
    """Received 60 s, triaged 30 s, waiting on verification 10 s and on a technician 3 h, executing 30 s: 120 s."""
    t0 = timezone.now() - timedelta(hours=4)
    ticket = Ticket.objects.create(tenant_id=world_tenant_id(), external_id="bill-1", subject="x",
                                   requester_email="a@contoso.example", received_at=t0)
    steps = [(60, "received", "triaged"), (90, "triaged", "awaiting_verification"),
             (100, "awaiting_verification", "awaiting_approval"), (100 + 3 * 3600, "awaiting_approval", "executing"),
             (130 + 3 * 3600, "executing", "resolved")]
    for offset, old, new in steps:
        TicketEvent.objects.create(ticket=ticket, at=t0 + timedelta(seconds=offset), kind="status", from_status=old,
                                   to_status=new, actor="system:test")
    TicketEvent.objects.create(ticket=ticket, at=t0 + timedelta(seconds=70), kind="note", actor="system:test")

    assert rallied_work_seconds(ticket) == 120


@pytest.mark.django_db
def test_a_reopened_ticket_counts_only_its_latest_round(world):
    t0 = timezone.now() - timedelta(days=1)
    ticket = Ticket.objects.create(tenant_id=world_tenant_id(), external_id="bill-2", subject="x",
                                   requester_email="a@contoso.example", received_at=t0)
    for offset, old, new in [(500, "received", "triaged"), (600, "triaged", "escalated"),
                             (7200, "escalated", "received"), (7210, "received", "triaged"),
                             (7230, "triaged", "executing"), (7260, "executing", "resolved")]:
        TicketEvent.objects.create(ticket=ticket, at=t0 + timedelta(seconds=offset), kind="status", from_status=old,
                                   to_status=new, actor="system:test")

    assert rallied_work_seconds(ticket) == 60


def world_tenant_id() -> int:
    from tenants.models import Tenant

    return Tenant.objects.get(slug="contoso").pk


def test_a_connector_without_billing_settings_sends_no_billing_references():
    """A connection with no billing settings keeps sending what it sent before: no empty references."""
    psa = ConnectWiseConnector(base_url="http://127.0.0.1:1", config={"company_id": "x", "client_id": "y"},
                               credentials={"public_key": "p", "private_key": "k"})
    sent = {}
    psa.call = lambda method, path, **kw: sent.update(kw["json"]) or SimpleNamespace(json=lambda: {"id": 1})
    psa.add_time_entry("5", minutes=6, notes="x")
    assert "workType" not in sent and "agreement" not in sent and sent["billableOption"] == "Billable"


def test_each_psa_returns_the_billing_fields_when_read_back_through_its_api(make_connector, sandbox):
    cw = make_connector("connectwise", "contoso")
    cw_id = cw.add_time_entry("1001", minutes=15, notes="x")
    at = make_connector("autotask", "northwind")
    at_id = at.add_time_entry("7001", minutes=6, notes="x")
    halo = make_connector("halopsa", "fabrikam")
    halo.add_time_entry("1001", minutes=15, notes="x")

    (cw_entry,) = [e for e in cw.call("GET", "/time/entries").json() if str(e["id"]) == cw_id]
    assert (cw_entry["workType"]["name"], cw_entry["agreement"]["name"], cw_entry["billableOption"]) == (
        "Remote Support", "Managed Services - Contoso Dental Group", "Billable")
    query = {"filter": [{"op": "eq", "field": "ticketID", "value": 7001}]}
    (at_entry,) = at._send("POST", "TimeEntries/query", json=query)["items"]
    assert at._send("GET", f"TimeEntries/{at_id}")["item"] == at_entry
    assert (at_entry["contractID"], at_entry["billingCodeID"], at_entry["isNonBillable"]) == (
        at_vendor.contract_id(29684355), at_vendor.DEMO_BILLING_CODE, False)
    (halo_entry,) = [a for a in halo._call("GET", "Actions", params={"ticket_id": 1001})["actions"] if a["timetaken"]]
    assert (halo_entry["chargerate"], halo_entry["nonbillable"]) == (1, False)
