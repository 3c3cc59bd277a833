"""A step's copy of the identity connector (rallied/connectors/snapshot.py) on each identity provider: the people a
decision needs are read together on a few threads, each once; a failed read fails where that person is asked for,
with the connector's one error type; a write forgets what was read. Seen from the sandbox's request log."""

from __future__ import annotations

import pytest

from rallied.connectors.base import ConnectorError
from rallied.connectors.snapshot import MAX_PARALLEL_READS, prefetch_users, reads_once

LATENCY = 0.5  # every answer of the vendor waits this long
# (tenant, identity provider, sandbox prefix, two people, how the vendor's user read is spelled)
PROVIDERS = [
    ("contoso", "entra", "graph", ("adele.vance@contoso.example", "megan.bowen@contoso.example"), "/v1.0/users/{}"),
    ("northwind", "okta", "okta", ("nancy.davolio@northwind.example", "janet.leverling@northwind.example"),
     "/api/v1/users/{}"),
    ("fabrikam", "google", "google", ("kim.abercrombie@fabrikam.example", "tom.higgins@fabrikam.example"),
     "/admin/directory/v1/users/{}"),
]


def user_reads(sandbox, prefix: str, spelled: str, person: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r for r in sandbox.sandbox.requests(prefix) if r["method"] == "GET" and r["path"] == spelled.format(person)]


@pytest.mark.parametrize(("slug", "vendor", "prefix", "people", "spelled"), PROVIDERS)
def test_the_people_of_a_decision_are_read_together_and_once(make_connector, sandbox, slug, vendor, prefix, people,
                                                            spelled):
    sandbox.sandbox.add_fault(vendor=prefix, latency=LATENCY)
    snapshot = reads_once(make_connector(vendor, slug))
    prefetch_users(snapshot, people)
    first = [user_reads(sandbox, prefix, spelled, person) for person in people]
    assert [len(rows) for rows in first] == [1, 1]
    arrived = sorted(rows[0]["at"] for rows in first)
    assert arrived[1] - arrived[0] < LATENCY  # one after the other, the second would come a full answer later

    calls = len(sandbox.sandbox.calls())
    assert [snapshot.get_user(p).upn.lower() for p in people] == list(people)  # answered from what was read
    assert len(sandbox.sandbox.calls()) == calls


def test_a_read_that_failed_fails_where_that_person_is_asked_for(make_connector, sandbox):
    adele, megan = "adele.vance@contoso.example", "megan.bowen@contoso.example"
    sandbox.sandbox.add_fault(vendor="graph", method="GET", path=rf"^/v1\.0/users/{megan}$", statuses=[403], times=1)
    snapshot = reads_once(make_connector("entra"))
    prefetch_users(snapshot, [adele, megan])  # nothing raised here: the decision asks in its own order
    assert snapshot.get_user(adele).upn == adele
    with pytest.raises(ConnectorError) as err:
        snapshot.get_user(megan)
    assert err.value.status == 403 and err.value.permanent
    assert len(user_reads(sandbox, "graph", "/v1.0/users/{}", megan)) == 1  # read once, failed once


def test_a_write_through_the_copy_forgets_what_was_read(make_connector, sandbox):
    adele = "adele.vance@contoso.example"
    snapshot = reads_once(make_connector("entra", allowed_kinds={"disable_user"}))
    snapshot.get_user(adele)
    snapshot.disable_user(snapshot.get_user(adele))
    assert snapshot.get_user(adele).enabled is False  # read again after the write: the directory's word
    assert len(user_reads(sandbox, "graph", "/v1.0/users/{}", adele)) == 2


def test_a_connector_that_is_not_a_steps_copy_reads_nothing_ahead(make_connector, sandbox):
    prefetch_users(make_connector("entra"), ["adele.vance@contoso.example", "megan.bowen@contoso.example"])
    prefetch_users(None, ["adele.vance@contoso.example"])
    assert sandbox.sandbox.requests("graph") == []


def test_no_more_reads_at_once_than_the_bound(make_connector, sandbox):
    people = [f"{name}@contoso.example" for name in ("adele.vance", "megan.bowen", "alex.wilber", "diego.siciliani",
                                                     "sarah.lee", "lynne.robbins")]
    sandbox.sandbox.add_fault(vendor="graph", latency=LATENCY)
    prefetch_users(reads_once(make_connector("entra")), people)
    arrivals = sorted(user_reads(sandbox, "graph", "/v1.0/users/{}", p)[0]["at"] for p in people)
    # The first MAX_PARALLEL_READS go out together; the others only once a thread is free again.
    assert arrivals[MAX_PARALLEL_READS] - arrivals[0] >= LATENCY
