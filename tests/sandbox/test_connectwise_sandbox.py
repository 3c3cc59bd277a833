"""The ConnectWise vendor on the wire: auth, conditions, paging, JSON-Patch, notes, callbacks."""

from __future__ import annotations

import base64

import pytest

from sandbox.vendors.connectwise import CLIENT_ID, LOGIN_COMPANY, PRIVATE_KEY, PUBLIC_KEY, SIGNING_KEY
from tests.sandbox.vendor_helpers import connection, raw_session

API = "/v4_6_release/apis/3.0"


def cw(sandbox, method, path, *, auth=(PUBLIC_KEY, PRIVATE_KEY), client_id=CLIENT_ID, **kwargs):
    headers = {}
    if auth:
        token = base64.b64encode(f"{LOGIN_COMPANY}+{auth[0]}:{auth[1]}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    if client_id:
        headers["clientId"] = client_id
    return raw_session().request(method, f"{sandbox.url}/connectwise{API}{path}", headers=headers, timeout=5,
                                 **kwargs)


def test_connection_for_connectwise(sandbox):
    conn = connection(sandbox.url, "contoso", "connectwise")
    assert conn["base_url"] == f"{sandbox.url}/connectwise{API}"
    assert conn["config"]["company_identifier"] == "ContosoDental"
    assert conn["config"]["closed_status"] == "Closed (resolved)" and conn["config"]["client_id"] == CLIENT_ID
    assert set(conn["credentials"]) == {"public_key", "private_key"}


@pytest.mark.parametrize("auth,client_id,status", [
    (None, CLIENT_ID, 401),
    ((PUBLIC_KEY, "wrong"), CLIENT_ID, 401),
    ((PUBLIC_KEY, PRIVATE_KEY), None, 403),
])
def test_auth_and_client_id_are_required(sandbox, auth, client_id, status):
    response = cw(sandbox, "GET", "/service/tickets/1001", auth=auth, client_id=client_id)
    assert response.status_code == status
    assert set(response.json()) >= {"code", "message"}


def test_seeded_new_tickets_and_conditions(sandbox):
    tickets = cw(sandbox, "GET", "/service/tickets",
                 params={"conditions": 'status/name="New" and company/identifier="ContosoDental"'}).json()
    assert [t["id"] for t in tickets] == [1001, 1002]
    assert cw(sandbox, "GET", "/service/tickets", params={"conditions": "id>1001"}).json()[0]["id"] == 1002
    bad = cw(sandbox, "GET", "/service/tickets", params={"conditions": "status/name=="})
    assert bad.status_code == 400


def test_paging_link_header(sandbox):
    for n in range(2):  # 3 seeded (2 Contoso, 1 another customer) + 2 = 5: three pages of two
        cw(sandbox, "POST", "/service/tickets", json={"summary": f"T{n}", "company": {"identifier": "ContosoDental"}})
    first = cw(sandbox, "GET", "/service/tickets", params={"page": 1, "pageSize": 2})
    assert len(first.json()) == 2
    assert 'rel="next"' in first.headers["Link"] and 'rel="last"' in first.headers["Link"]
    last = cw(sandbox, "GET", "/service/tickets", params={"page": 3, "pageSize": 2})
    assert len(last.json()) == 1 and 'rel="next"' not in last.headers.get("Link", "")


def test_json_patch_status_by_id_and_name(sandbox):
    by_id = cw(sandbox, "PATCH", "/service/tickets/1001", json=[{"op": "replace", "path": "status", "value": {"id": 2}}])
    assert by_id.status_code == 200 and by_id.json()["status"]["name"] == "In Progress"
    by_path = cw(sandbox, "PATCH", "/service/tickets/1001", json=[{"op": "replace", "path": "/status/id", "value": 4}])
    assert by_path.json()["closedFlag"] is True
    unknown = cw(sandbox, "PATCH", "/service/tickets/1001",
                 json=[{"op": "replace", "path": "status", "value": {"name": "Nope"}}])
    assert unknown.status_code == 400 and unknown.json()["code"] == "InvalidObject"
    assert cw(sandbox, "PATCH", "/service/tickets/9", json=[]).status_code == 404


def test_note_needs_a_flag_and_text(sandbox):
    no_flag = cw(sandbox, "POST", "/service/tickets/1001/notes", json={"text": "x"})
    assert no_flag.status_code == 400
    ok = cw(sandbox, "POST", "/service/tickets/1001/notes", json={"text": "x", "internalAnalysisFlag": True})
    assert ok.status_code == 201
    assert [n["id"] for n in cw(sandbox, "GET", "/service/tickets/1001/notes").json()] == [ok.json()["id"]]


def test_time_entry_requires_time_start_and_ticket(sandbox):
    assert cw(sandbox, "POST", "/time/entries", json={"chargeToId": 1001}).status_code == 400
    assert cw(sandbox, "POST", "/time/entries", json={"chargeToId": 9, "timeStart": "2025-01-01T10:00:00Z"}).status_code == 400
    entry = cw(sandbox, "POST", "/time/entries", json={"chargeToId": 1001, "chargeToType": "ServiceTicket",
                                                        "timeStart": "2025-01-01T10:00:00Z",
                                                        "timeEnd": "2025-01-01T10:30:00Z"})
    assert entry.status_code == 201 and entry.json()["actualHours"] == 0.5


def test_callbacks_and_public_signing_key(sandbox):
    created = cw(sandbox, "POST", "/system/callbacks", json={"url": "http://127.0.0.1:8000/hooks/connectwise/",
                                                              "objectId": 1, "type": "Ticket", "level": "Board"})
    assert created.status_code == 201
    assert cw(sandbox, "GET", "/system/callbacks").json()[0]["type"] == "Ticket"
    key = cw(sandbox, "GET", "/system/callbackKeys/sandbox-key-1", auth=None, client_id=None)
    assert key.status_code == 200 and key.json() == {"signing_key": SIGNING_KEY}
