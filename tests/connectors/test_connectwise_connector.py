"""ConnectWiseConnector against the sandbox: tickets, notes, status, time, paging and signed callbacks."""

from __future__ import annotations

import base64
import json

import pytest

from rallied.connectors.base import ConnectorError
from sandbox.vendors.connectwise import (
    CLIENT_ID,
    LOGIN_COMPANY,
    PRIVATE_KEY,
    PUBLIC_KEY,
    callback_body,
    sign_callback,
)
from tests.sandbox.vendor_helpers import state

API = "/v4_6_release/apis/3.0"


def cw_log(sandbox, method=None):
    return [r for r in sandbox.sandbox.requests("connectwise") if method is None or r["method"] == method]


def test_create_ticket_contract(cw, sandbox):
    ticket_id = cw.create_ticket(summary="Locked out", description="Adele is locked out.",
                                 contact_email="adele.vance@contoso.example")
    call = cw_log(sandbox, "POST")[-1]
    assert call["path"] == f"{API}/service/tickets"
    expected_auth = base64.b64encode(f"{LOGIN_COMPANY}+{PUBLIC_KEY}:{PRIVATE_KEY}".encode()).decode()
    assert sandbox.sandbox.vendors["connectwise"].authenticate  # the log drops Authorization on purpose
    assert call["headers"]["clientid"] == CLIENT_ID
    assert call["headers"]["accept"].startswith("application/vnd.connectwise.com+json")
    assert json.loads(call["body"]) == {
        "summary": "Locked out",
        "initialDescription": "Adele is locked out.",
        "company": {"identifier": "ContosoDental"},
        "board": {"name": "Help Desk"},
        "contactEmailAddress": "adele.vance@contoso.example",
    }
    assert expected_auth  # the sandbox accepted exactly this Basic credential (else 401)
    ticket = cw.get_ticket(ticket_id)
    assert ticket["status"]["name"] == "New" and ticket["company"]["identifier"] == "ContosoDental"


def test_long_summary_is_truncated_to_cw_limit(cw):
    ticket = cw.get_ticket(cw.create_ticket(summary="x" * 150, description="d", contact_email="a@b.c"))
    assert len(ticket["summary"]) == 100


def test_internal_and_customer_notes(cw, sandbox):
    internal = cw.add_note("1001", "Verified via Duo push.", internal=True)
    reply = cw.add_note("1001", "Your password has been reset.", internal=False)
    bodies = [json.loads(r["body"]) for r in cw_log(sandbox, "POST")]
    assert bodies[0]["internalAnalysisFlag"] is True and bodies[0]["detailDescriptionFlag"] is False
    assert bodies[1]["detailDescriptionFlag"] is True and bodies[1]["internalAnalysisFlag"] is False
    assert bodies[1]["processNotifications"] is True
    notes = state(sandbox.url)["connectwise"]["tickets"]["1001"]["notes"]
    assert [str(n["id"]) for n in notes] == [internal, reply]
    assert notes[0]["internalFlag"] and notes[1]["externalFlag"]


def test_close_ticket_by_status_name(cw, sandbox):
    cw.close_ticket("1001")
    call = cw_log(sandbox, "PATCH")[-1]
    assert call["path"] == f"{API}/service/tickets/1001"
    assert json.loads(call["body"]) == [{"op": "replace", "path": "status", "value": {"name": "Closed (resolved)"}}]
    ticket = cw.get_ticket("1001")
    assert ticket["status"]["name"] == "Closed (resolved)" and ticket["closedFlag"] is True


def test_unknown_closed_status_is_permanent_with_cw_message(make_connector):
    cw = make_connector("connectwise", config={"closed_status": "Done"})
    with pytest.raises(ConnectorError) as err:
        cw.close_ticket("1001")
    assert err.value.permanent and err.value.status == 400 and err.value.code == "InvalidObject"


def test_time_entry(cw, sandbox):
    entry_id = cw.add_time_entry("1001", minutes=15, notes="Automated password reset.")
    body = json.loads(cw_log(sandbox, "POST")[-1]["body"])
    assert body["chargeToId"] == 1001 and body["chargeToType"] == "ServiceTicket"
    assert body["actualHours"] == 0.25 and body["timeStart"].endswith("Z")
    entries = state(sandbox.url)["connectwise"]["time_entries"]
    assert str(entries[-1]["id"]) == entry_id


def test_list_new_tickets_follows_pages(make_connector, sandbox):
    cw = make_connector("connectwise", config={"page_size": 2})
    for n in range(3):
        cw.create_ticket(summary=f"T{n}", description="d", contact_email="a@contoso.example")
    cw.close_ticket("1001")
    tickets = cw.list_new_tickets()
    assert [t["id"] for t in tickets] == [1002, 1003, 1004, 1005]
    gets = cw_log(sandbox, "GET")
    assert gets[0]["query"]["conditions"] == 'status/name="New" and company/identifier="ContosoDental"'
    assert gets[0]["query"]["pageSize"] == "2" and gets[1]["query"]["page"] == "2"
    assert [t["id"] for t in cw.list_new_tickets(since_id=1003)] == [1004, 1005]


def test_wrong_keys_and_missing_client_id(make_connector, sandbox):
    with pytest.raises(ConnectorError) as bad:
        make_connector("connectwise", credentials={"private_key": "nope"}).get_ticket("1001")
    assert bad.value.status == 401 and bad.value.permanent
    cw = make_connector("connectwise")
    cw.headers = lambda: {k: v for k, v in type(cw).headers(cw).items() if k != "clientId"}
    with pytest.raises(ConnectorError) as forbidden:
        cw.get_ticket("1001")
    assert forbidden.value.status == 403


def test_missing_ticket_is_permanent_not_found(cw):
    with pytest.raises(ConnectorError) as err:
        cw.get_ticket("999999")
    assert err.value.status == 404 and err.value.message == "Ticket ID 999999 not found"


def test_parse_signed_callback(cw, sandbox):
    ticket = cw.get_ticket("1001")
    body = callback_body(sandbox.url, ticket, "added")
    event = cw.parse_callback(body, sign_callback(body))
    assert event["action"] == "added" and event["type"] == "ticket" and event["id"] == 1001
    assert event["entity"]["summary"] == ticket["summary"]
    key_fetch = cw_log(sandbox, "GET")[-1]
    assert key_fetch["path"].startswith(f"{API}/system/callbackKeys/")


def test_callback_with_bad_signature_is_rejected(cw, sandbox):
    body = callback_body(sandbox.url, cw.get_ticket("1001"))
    with pytest.raises(ConnectorError) as err:
        cw.parse_callback(body, {"x-content-signature": base64.b64encode(b"forged").decode()})
    assert err.value.code == "bad_signature"
    tampered = body.replace(b'"added"', b'"deleted"')
    with pytest.raises(ConnectorError):
        cw.parse_callback(tampered, sign_callback(body))


def test_callback_key_url_elsewhere_is_never_fetched(cw, sandbox):
    body = callback_body("http://169.254.169.254", {"id": 1001})
    seen = len(sandbox.sandbox.requests())
    with pytest.raises(ConnectorError) as err:
        cw.parse_callback(body, sign_callback(body))
    assert err.value.code == "bad_signature" and "key_url" in err.value.message
    assert len(sandbox.sandbox.requests()) == seen
