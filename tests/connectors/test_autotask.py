"""AutotaskConnector through rallied.http against the sandbox: calls, wire contract, faults, webhooks."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

import pytest

from rallied.connectors import autotask as autotask_module
from rallied.connectors.autotask import AutotaskConnector
from rallied.connectors.base import ConnectorError
from sandbox.vendors.autotask import AutotaskVendor
from tests.external import needs_contract_specs
from tests.sandbox.test_autotask_sandbox import in_spec

NORTHWIND = {"slug": "northwind", "psa": "autotask", "psa_company_id": "29684355"}


def connector(sandbox, **overrides) -> AutotaskConnector:
    conn = AutotaskVendor.connection_for(NORTHWIND, sandbox.url)
    return AutotaskConnector(
        base_url=conn["base_url"],
        config={**conn["config"], **overrides.pop("config", {})},
        credentials={**conn["credentials"], **overrides.pop("credentials", {})},
        timeout=overrides.pop("timeout", 5.0),
    )


@pytest.fixture(autouse=True)
def fresh_zone_cache():
    autotask_module._ZONES.clear()


def reqs(sandbox):
    return sandbox.sandbox.requests("autotask")


@needs_contract_specs
def test_zone_discovered_once_and_every_call_documented(sandbox):
    k = connector(sandbox)
    tid = k.create_ticket(
        summary="Locked out", description="Help", contact_email="robert.king@northwind.example"
    )
    k.get_ticket(tid)
    zone = [r for r in reqs(sandbox) if r["path"].endswith("/ZoneInformation")]
    assert len(zone) == 1 and zone[0]["query"] == {"user": "rallied-northwind@sandbox.autotask.example"}
    for r in reqs(sandbox):
        assert in_spec(r["method"], r["path"]), r["path"]
        if not r["path"].endswith("/ZoneInformation"):
            assert r["headers"]["apiintegrationcode"] and r["headers"]["username"]


def robert_contact(sandbox) -> dict:
    db = sandbox.sandbox.state()["autotask"]["rallied-northwind@sandbox.autotask.example"]
    return next(c for c in db["contacts"] if c["emailAddress"] == "robert.king@northwind.example")


def test_create_and_get_ticket_contract(sandbox):
    k = connector(sandbox)
    tid = k.create_ticket(
        summary="Locked out", description="Help", contact_email="robert.king@northwind.example"
    )
    post = next(r for r in reqs(sandbox) if r["method"] == "POST" and r["path"].endswith("/Tickets"))
    assert post["path"] == "/ATServicesRest/V1.0/Tickets"
    assert json.loads(post["body"]) == {
        "companyID": 29684355,
        "title": "Locked out",
        "description": "Help",
        "status": 1,
        "priority": 2,
        "contactID": robert_contact(sandbox)["id"],  # the requester is the linked Contact, not a line of text
    }
    assert post["headers"]["content-type"] == "application/json"
    assert k.get_ticket(tid)["title"] == "Locked out"
    with pytest.raises(ConnectorError) as err:
        k.get_ticket("999999")
    assert err.value.permanent and err.value.status == 404


@pytest.mark.parametrize(("internal", "publish"), [(True, 2), (False, 1)])
def test_add_note_internal_or_all(sandbox, internal, publish):
    k = connector(sandbox)
    tid = k.list_new_tickets()[0]["id"]
    note_id = k.add_note(str(tid), "Unlocked the account.", internal=internal)
    post = [r for r in reqs(sandbox) if r["method"] == "POST"][-1]
    assert post["path"] == f"/ATServicesRest/V1.0/Tickets/{tid}/Notes"
    assert json.loads(post["body"]) == {
        "title": "Rallied",
        "description": "Unlocked the account.",
        "noteType": 1,
        "publish": publish,
    }
    assert [n["id"] for n in k.list_notes(str(tid))] == [int(note_id)]


def test_close_ticket_patches_collection_with_configured_status(sandbox):
    k = connector(sandbox)
    tid = k.list_new_tickets()[0]["id"]
    k.close_ticket(str(tid))
    patch = [r for r in reqs(sandbox) if r["method"] == "PATCH"]
    assert [(p["path"], json.loads(p["body"])) for p in patch] == [
        ("/ATServicesRest/V1.0/Tickets", {"id": tid, "status": 5})
    ]
    assert k.get_ticket(str(tid))["status"] == 5


def test_add_time_entry(sandbox):
    k = connector(sandbox, config={"resource_id": 29682885, "role_id": 29683461})
    tid = k.list_new_tickets()[0]["id"]
    entry = k.add_time_entry(str(tid), minutes=15, notes="Unlocked account")
    post = next(r for r in reqs(sandbox) if r["method"] == "POST" and r["path"].endswith("/TimeEntries"))
    body = json.loads(post["body"])
    assert (
        body["ticketID"] == tid and body["hoursWorked"] == 0.25 and body["summaryNotes"] == "Unlocked account"
    )
    assert body["resourceID"] == 29682885 and body["roleID"] == 29683461
    assert entry.isdigit()


def test_list_new_tickets_follows_next_page_url(sandbox):
    k = connector(sandbox, config={"page_size": 1})
    for i in range(2):
        k.create_ticket(summary=f"T{i}", description="d", contact_email="x@northwind.example")
    everything = k.list_new_tickets()
    assert len(everything) == 4 and [t["id"] for t in everything] == sorted(t["id"] for t in everything)
    pages = [r for r in reqs(sandbox) if r["method"] == "GET" and r["path"].endswith("/Tickets/query")]
    assert len(pages) == 3
    first = next(r for r in reqs(sandbox) if r["method"] == "POST" and r["path"].endswith("/Tickets/query"))
    assert json.loads(first["body"])["filter"][:2] == [
        {"op": "eq", "field": "companyID", "value": 29684355},
        {"op": "eq", "field": "status", "value": 1},
    ]
    newer = k.list_new_tickets(since_id=everything[1]["id"])
    assert [t["id"] for t in newer] == [t["id"] for t in everything[2:]]


def test_validation_500_is_permanent_not_ambiguous(sandbox):
    k = connector(sandbox)
    with pytest.raises(ConnectorError) as err:
        k.create_ticket(summary="", description="d", contact_email="x@y")
    assert err.value.permanent and not err.value.ambiguous and "title is required." in err.value.message
    assert err.value.status == 500


def test_wrong_secret_is_permanent(sandbox):
    k = connector(sandbox, credentials={"secret": "wrong"})
    with pytest.raises(ConnectorError) as err:
        k.get_ticket("1")
    assert err.value.permanent and err.value.status == 401


def test_429_with_retry_after_then_one_write(sandbox):
    k = connector(sandbox)
    k.zone_url()
    sandbox.sandbox.add_fault(vendor="autotask", method="PATCH", statuses=[429], retry_after=1, times=1)
    waits: list[float] = []
    k.sleep = waits.append  # record the wait instead of sleeping through it
    tid = k.list_new_tickets()[0]["id"]
    k.close_ticket(str(tid))
    assert waits == [1.0]  # Retry-After honoured, once
    assert len([r for r in reqs(sandbox) if r["method"] == "PATCH"]) == 2
    assert k.get_ticket(str(tid))["status"] == 5


def test_a_hang_times_out(sandbox):
    k = connector(sandbox, timeout=0.5)
    k.zone_url()
    sandbox.sandbox.add_fault(vendor="autotask", method="POST", path="/Notes", hang=1.5, times=1)
    with pytest.raises(ConnectorError) as err:
        k.add_note("7001", "x", internal=True)
    assert err.value.code == "timeout" and err.value.ambiguous and not err.value.permanent


def sign(secret: str, body: bytes) -> str:
    return "sha1=" + base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha1).digest()).decode()


def test_parse_webhook_verifies_signature(sandbox):
    k = connector(sandbox, credentials={"webhook_secret": "hook-secret"})
    body = json.dumps(
        {
            "Action": "Create",
            "Guid": "g",
            "EntityType": "Ticket",
            "Id": 7001,
            "Fields": {"title": "Locked out"},
            "EventTime": "2025-01-01T10:00:00Z",
            "SequenceNumber": 3,
        }
    ).encode()
    event = k.parse_webhook(body, {"X-Hook-Signature": sign("hook-secret", body)})
    assert event == {
        "event": "created",
        "ticket_id": "7001",
        "fields": {"title": "Locked out"},
        "sequence": 3,
        "at": "2025-01-01T10:00:00Z",
    }
    with pytest.raises(ConnectorError) as err:
        k.parse_webhook(body, {"X-Hook-Signature": sign("other", body)})
    assert err.value.code == "bad_signature"
    with pytest.raises(ConnectorError) as err:
        connector(sandbox, credentials={"webhook_secret": ""}).parse_webhook(body, {})
    assert err.value.code == "no_webhook_secret"
