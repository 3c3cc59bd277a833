"""The sandbox's "a new PSA ticket arrives" control, and the webhooks it hands out, checked by the real connectors."""

from __future__ import annotations

import json

import pytest
import requests

from rallied.connectors import build_connector
from sandbox import sandbox_connections
from sandbox.vendors import autotask as at_vendor
from tests.intake.conftest import TENANTS, VENDORS
from tests.sandbox.vendor_helpers import tenant
from tickets.models import Ticket


def connector(sandbox, vendor: str, **credentials):
    row = next(c for c in sandbox_connections(tenant(TENANTS[vendor][0]), sandbox.url) if c["vendor"] == vendor)
    return build_connector(vendor, base_url=row["base_url"], config=row["config"],
                           credentials={**row["credentials"], **credentials}, timeout=5)


def control(sandbox, vendor: str, **body):
    return requests.post(f"{sandbox.url}/_control/vendors/{vendor}/tickets", json=body, timeout=10)


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_new_ticket_comes_with_the_webhook_the_vendor_would_send(sandbox, vendor):
    answer = control(sandbox, vendor, company=TENANTS[vendor][1], summary="Locked out", description="Help me",
                     requester_email="someone@example.invalid", requester_name="Some One")

    assert answer.status_code == 201, answer.text
    created = answer.json()
    assert created["webhook"]["path"] == f"/hooks/{vendor}/"
    secret = {"webhook_secret": at_vendor.webhook_secret("northwind")} if vendor == "autotask" else {}
    psa = connector(sandbox, vendor, **secret)
    event = psa.webhook_event(created["webhook"]["headers"], created["webhook"]["body"].encode())
    assert event.ticket_id == str(created["ticket"]["id"])
    ticket = psa.fetch_ticket(event.ticket_id)  # the ticket really is in the PSA's state
    assert (ticket.subject, ticket.requester_email) == ("Locked out", "someone@example.invalid")
    assert ticket.company_id == str(TENANTS[vendor][1])
    assert "Help me" in ticket.body


@pytest.mark.parametrize("body,status", [({"summary": "x"}, 400), ({"company": "Nobody Inc", "summary": "x"}, 400),
                                         ({"company": "ContosoDental", "summary": "x", "board": "Nope"}, 400)])
def test_bad_control_requests_change_nothing(sandbox, body, status):
    before = len(sandbox.sandbox.state()["connectwise"]["tickets"])
    assert control(sandbox, "connectwise", **body).status_code == status
    assert len(sandbox.sandbox.state()["connectwise"]["tickets"]) == before


def test_the_sandbox_delivers_only_to_loopback(sandbox):
    answer = control(sandbox, "connectwise", company="ContosoDental", summary="x",
                     deliver_to="http://example.com/hooks/connectwise/")
    assert answer.status_code == 201
    assert answer.json()["delivery"] == {"error": "deliver_to must be an http URL on the loopback interface"}
    assert "headers" not in answer.json()["webhook"]


@pytest.mark.django_db(transaction=True)
def test_delivered_to_a_running_rallied_the_ticket_is_taken_in(world, sandbox, live_server):
    answer = control(sandbox, "connectwise", company="ContosoDental", summary="Printer jams",
                     description="The printer jams on every page.", requester_email="adele.vance@contoso.example",
                     deliver_to=f"{live_server.url}/hooks/connectwise/")

    delivery = answer.json()["delivery"]
    assert delivery["status"] == 200, delivery
    ticket = Ticket.objects.get(pk=json.loads(delivery["body"])["ticket_id"])
    assert (ticket.tenant.slug, ticket.external_id) == ("contoso", str(answer.json()["ticket"]["id"]))
