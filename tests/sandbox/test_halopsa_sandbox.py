"""The simulated HaloPSA: token endpoint, array POSTs, Actions, record_count paging, client isolation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests
from django.conf import settings

from sandbox import sandbox_connections
from sandbox.vendors import halopsa as hvendor


def fabrikam(url: str) -> dict[str, Any]:
    directory = json.loads(Path(settings.RALLIED_DIRECTORY_FILE).read_text(encoding="utf-8"))
    tenant = next(t for t in directory["tenants"] if t["slug"] == "fabrikam")
    return next(c for c in sandbox_connections(tenant, url) if c["vendor"] == "halopsa")


def token_response(conn: dict[str, Any], **form: str) -> requests.Response:
    body = {"grant_type": "client_credentials", "client_id": conn["credentials"]["client_id"],
            "client_secret": conn["credentials"]["client_secret"], "scope": "all", **form}
    tenant = form.pop("tenant", None) or conn["config"]["tenant"]
    body.pop("tenant", None)
    return requests.post(f"{conn['config']['auth_url']}/token", params={"tenant": tenant}, data=body, timeout=5)


@pytest.fixture
def conn(sandbox) -> dict[str, Any]:
    return fabrikam(sandbox.url)


@pytest.fixture
def api(conn):
    token = token_response(conn).json()["access_token"]

    def call(method: str, path: str, **kw: Any) -> requests.Response:
        return requests.request(method, f"{conn['config']['api_url']}/{path}",
                                headers={"Authorization": f"Bearer {token}"}, timeout=5, **kw)

    return call


def test_connection_shape(sandbox):
    conn = fabrikam("http://x")
    assert conn["base_url"] == "http://x/halopsa"
    assert conn["config"] == {"auth_url": "http://x/halopsa/auth", "api_url": "http://x/halopsa/api",
                              "tenant": "rallied-sandbox", "client_id": 12, "closed_status_id": 9, "api_agent_id": 1,
                              "charge_rate": 1, "non_billable": False, "time_increment_minutes": 15}
    assert set(conn["credentials"]) == {"client_id", "client_secret", "webhook_secret"}
    assert fabrikam("http://x") == conn


def test_token_endpoint(conn):
    response = token_response(conn)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer" and body["scope"] == "all" and body["expires_in"] == 3600


@pytest.mark.parametrize(
    ("form", "error"),
    [({"client_secret": "wrong"}, "invalid_client"), ({"client_id": "nobody"}, "invalid_client"),
     ({"tenant": "someone-else"}, "invalid_request"), ({"grant_type": "password"}, "unsupported_grant_type")],
)
def test_token_endpoint_refuses_bad_credentials(conn, form, error):
    response = token_response(conn, **form)
    assert response.status_code == 400 and response.json()["error"] == error


def test_api_requires_a_valid_token(conn):
    url = f"{conn['config']['api_url']}/Tickets"
    assert requests.get(url, timeout=5).status_code == 401
    foreign = hvendor.issue_token("fabrikam", 999)  # signed, but for a client the instance doesn't have
    assert requests.get(url, headers={"Authorization": f"Bearer {foreign}"}, timeout=5).status_code == 401


def test_seeded_tickets_and_paging(api):
    everything = api("GET", "Tickets").json()
    assert everything["record_count"] == 2 and [t["id"] for t in everything["tickets"]] == [1001, 1002]
    assert all(t["client_id"] == 12 and t["status_id"] == 1 for t in everything["tickets"])
    page = api("GET", "Tickets", params={"pageinate": "true", "page_size": 1, "page_no": 2}).json()
    assert page == {"page_no": 2, "page_size": 1, "record_count": 2, "tickets": [everything["tickets"][1]]}
    newest = api("GET", "Tickets", params={"orderdesc": "true"}).json()["tickets"]
    assert [t["id"] for t in newest] == [1002, 1001]
    assert api("GET", "Tickets/1001").json()["summary"].startswith("Printer")
    assert api("GET", "Tickets/4242").status_code == 404


def test_array_posts_create_and_update(api):
    created = api("POST", "Tickets", json=[{"summary": "VPN down", "details": "since 9am", "client_id": 12}])
    assert created.status_code == 201
    ticket = created.json()
    assert ticket["id"] == 1003 and ticket["status_id"] == 1
    updated = api("POST", "Tickets", json=[{"id": 1003, "status_id": 2}]).json()
    assert updated["status_id"] == 2
    bad = api("POST", "Tickets", json={"summary": "not an array"})
    assert bad.status_code == 400 and bad.json() == {"body": "The request body must be a JSON array of objects."}
    missing = api("POST", "Tickets", json=[{"details": "no summary"}])
    assert missing.status_code == 400 and missing.json() == {"[0].summary": "Summary is required."}


def test_actions_carry_notes_time_and_status(api, sandbox):
    note = api("POST", "Actions", json=[{"ticket_id": 1001, "note": "checked", "hiddenfromuser": True,
                                         "outcome": "Private Note"}]).json()
    timed = api("POST", "Actions", json=[{"ticket_id": 1001, "note": "work", "timetaken": 0.25,
                                          "new_status": 9, "hiddenfromuser": True}]).json()
    assert note["id"] == 1 and timed["id"] == 2
    listed = api("GET", "Actions", params={"ticket_id": 1001, "excludesys": "true"}).json()
    assert listed["record_count"] == 2 and [a["note"] for a in listed["actions"]] == ["checked", "work"]
    ticket = api("GET", "Tickets/1001").json()
    assert ticket["status_id"] == 9 and ticket["timetaken"] == 0.25 and ticket["dateclosed"]
    bad = api("POST", "Actions", json=[{"ticket_id": 1001, "note": "ok"}, {"ticket_id": 77}])
    assert bad.status_code == 400 and "[1].ticket_id" in bad.json()
    assert len(sandbox.sandbox.state()["halopsa"]["actions"]) == 2  # all or nothing


def test_other_clients_tickets_are_invisible(api, sandbox):
    vendor = sandbox.sandbox.vendor("halopsa")
    vendor.clients[99] = {"id": 99, "name": "Someone else"}
    other = vendor._create(99, {"summary": "theirs"})
    assert api("GET", f"Tickets/{other['id']}").status_code == 404
    assert other["id"] not in [t["id"] for t in api("GET", "Tickets").json()["tickets"]]
    assert api("POST", "Actions", json=[{"ticket_id": other["id"], "note": "x"}]).status_code == 400
    assert api("POST", "Tickets", json=[{"summary": "x", "client_id": 99}]).status_code == 403


def test_statuses(api):
    assert api("GET", "Status").json() == [{"id": 1, "name": "New"}, {"id": 2, "name": "In Progress"},
                                           {"id": 9, "name": "Closed"}]
