"""The simulated Autotask REST API against the contract: zone, header trio, shapes, queries, errors."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest
import requests

from sandbox.vendors.autotask import sandbox_credentials
from tests.external import needs_contract_specs, read_spec

CREDS = sandbox_credentials("northwind")
COMPANY = 29684355


@cache
def spec_paths() -> set[tuple[str, str]]:
    """Every (method, templated path) of the Autotask spec subset: a test using it carries needs_contract_specs."""
    found = set()

    def walk(items):
        for item in items:
            if "items" in item:
                walk(item["items"])
            else:
                url = item["http"]["url"].replace("{{baseUrl}}", "")
                found.add((item["http"]["method"], re.sub(r":\w+", "{}", url)))

    walk(read_spec("autotask_rest_subset.json")["items"])
    return found


# The stored spec subset carries only some entity folders; the Contacts entity (who a ticket is from) is left out
# but follows the same generated pattern as Tickets and TicketNotes (`<Entity>_QueryItem`, `<Entity>_Query`).
SAME_PATTERN_AS_TICKETS = {("GET", "/V1.0/Contacts/{}"), ("POST", "/V1.0/Contacts/query")}


def in_spec(method: str, path: str) -> bool:
    """Is this concrete /ATServicesRest path one of the documented operations?"""
    templated = re.sub(r"/\d+", "/{}", path.split("?")[0].removeprefix("/ATServicesRest"))
    return (method, templated) in spec_paths() | SAME_PATTERN_AS_TICKETS


def api(sandbox, method: str, path: str, creds: dict[str, str] | None = None, **kw: Any) -> requests.Response:
    creds = creds or CREDS
    headers = {
        "ApiIntegrationCode": creds["integration_code"],
        "UserName": creds["username"],
        "Secret": creds["secret"],
        "Content-Type": "application/json",
    }
    return requests.request(
        method, f"{sandbox.url}/autotask/ATServicesRest/V1.0/{path}", headers=headers, timeout=5, **kw
    )


@needs_contract_specs
def test_every_route_is_a_documented_operation(sandbox):
    vendor = sandbox.sandbox.vendor("autotask")
    for method, pattern, _ in vendor.routes():
        concrete = pattern.replace("(?P<id>\\d+)", "123")
        assert in_spec(method, concrete), (method, pattern)


def test_zone_information_points_at_the_sandbox(sandbox):
    r = requests.get(
        f"{sandbox.url}/autotask/ATServicesRest/V1.0/ZoneInformation",
        params={"user": CREDS["username"]},
        timeout=5,
    )
    assert r.status_code == 200
    assert r.json()["url"] == f"{sandbox.url}/autotask/ATServicesRest/"
    unknown = requests.get(
        f"{sandbox.url}/autotask/ATServicesRest/V1.0/ZoneInformation", params={"user": "x@y"}, timeout=5
    )
    assert unknown.status_code == 500 and unknown.json()["errors"]


@pytest.mark.parametrize("wrong", ["secret", "integration_code", "username"])
def test_header_trio_is_checked(sandbox, wrong):
    r = api(sandbox, "GET", "Tickets/1", creds={**CREDS, wrong: "nope"})
    assert r.status_code == 401 and r.json() == {"errors": ["Unauthorized"]}


def test_seeded_new_tickets_and_item_shape(sandbox):
    r = api(
        sandbox,
        "POST",
        "Tickets/query",
        json={"filter": [{"op": "eq", "field": "companyID", "value": COMPANY}]},
    )
    items = r.json()["items"]
    assert len(items) >= 2 and all(t["status"] == 1 for t in items)
    assert set(r.json()["pageDetails"]) == {"count", "requestCount", "prevPageUrl", "nextPageUrl"}
    one = api(sandbox, "GET", f"Tickets/{items[0]['id']}").json()
    assert one["item"]["id"] == items[0]["id"]
    assert api(sandbox, "GET", "Tickets/999999").json() == {"item": None}


def test_create_patch_and_validation_as_500(sandbox):
    created = api(
        sandbox, "POST", "Tickets", json={"companyID": COMPANY, "title": "T", "status": 1, "priority": 2}
    )
    assert created.status_code == 200 and set(created.json()) == {"itemId"}
    tid = created.json()["itemId"]
    patched = api(sandbox, "PATCH", "Tickets", json={"id": tid, "status": 5})
    assert patched.json() == {"itemId": tid}
    assert api(sandbox, "GET", f"Tickets/{tid}").json()["item"]["completedDate"]
    bad = api(sandbox, "POST", "Tickets", json={"title": "no company"})
    assert bad.status_code == 500 and any("companyID" in e for e in bad.json()["errors"])


@needs_contract_specs
def test_query_filters_groups_paging_and_count(sandbox):
    ids = [
        api(
            sandbox,
            "POST",
            "Tickets",
            json={"companyID": COMPANY, "title": f"T{i}", "status": 1 + i % 2, "priority": 2},
        ).json()["itemId"]
        for i in range(5)
    ]
    query = {
        "filter": [
            {"op": "in", "field": "id", "value": ids},
            {
                "op": "or",
                "items": [
                    {"op": "eq", "field": "status", "value": 2},
                    {"op": "gt", "field": "id", "value": ids[3]},
                ],
            },
        ],
        "maxRecords": 1,
    }
    r = api(sandbox, "POST", "Tickets/query", json=query).json()
    got = [t["id"] for t in r["items"]]
    while r["pageDetails"]["nextPageUrl"]:
        assert in_spec("GET", r["pageDetails"]["nextPageUrl"].split("/autotask", 1)[1])
        r = requests.get(
            r["pageDetails"]["nextPageUrl"],
            headers={
                "ApiIntegrationCode": CREDS["integration_code"],
                "UserName": CREDS["username"],
                "Secret": CREDS["secret"],
            },
            timeout=5,
        ).json()
        got += [t["id"] for t in r["items"]]
    assert got == [ids[1], ids[3], ids[4]]
    count = api(sandbox, "POST", "Tickets/query/count", json=query).json()
    assert count == {"queryCount": 3}
    assert api(sandbox, "POST", "Tickets/query", json={"filter": []}).status_code == 500


def test_notes_only_through_child_url_and_time_entries(sandbox):
    tid = api(
        sandbox, "POST", "Tickets", json={"companyID": COMPANY, "title": "T", "status": 1, "priority": 2}
    ).json()["itemId"]
    note = api(
        sandbox,
        "POST",
        f"Tickets/{tid}/Notes",
        json={"title": "x", "description": "d", "noteType": 1, "publish": 2},
    )
    assert set(note.json()) == {"itemId"}
    assert api(sandbox, "GET", f"Tickets/{tid}/Notes").json()["items"][0]["publish"] == 2
    assert api(sandbox, "POST", "TicketNotes", json={"ticketID": tid, "description": "d"}).status_code == 404
    entry = api(
        sandbox,
        "POST",
        "TimeEntries",
        json={
            "ticketID": tid,
            "dateWorked": "2025-01-01T00:00:00Z",
            "hoursWorked": 0.25,
            "summaryNotes": "n",
        },
    )
    assert set(entry.json()) == {"itemId"}
    bad = api(sandbox, "POST", "TimeEntries", json={"ticketID": tid})
    assert bad.status_code == 500 and bad.json()["errors"]


def test_threshold_information(sandbox):
    r = api(sandbox, "GET", "ThresholdInformation").json()
    assert r["externalRequestThreshold"] == 10000 and r["currentTimeframeRequestCount"] >= 1


def test_injected_fault_uses_autotask_envelope(sandbox):
    sandbox.sandbox.add_fault(vendor="autotask", statuses=[429], retry_after=1, times=1)
    r = api(sandbox, "GET", "Tickets/1")
    assert r.status_code == 429 and r.json()["errors"] and r.headers["Retry-After"] == "1"
