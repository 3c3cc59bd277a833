"""The backtest's read of a PSA's past: every closed ticket since a date, paged as the vendor pages, paced, read-only.

Against the sandbox's own PSAs, seeded through their `/history` control with closed tickets of the past.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
import requests

from rallied.connectors import history
from rallied.connectors.history import Pacer, parse_when
from tenants.models import Tenant
from tenants.selectors import connector_for, psa_connection
from tests.external import needs_contract_specs
from tests.sandbox.test_autotask_sandbox import in_spec

PSA_OF = {"contoso": "connectwise", "northwind": "autotask", "fabrikam": "halopsa"}


def seed_history(sandbox, slug: str, count: int, days: int = 90, seed: int = 15) -> dict:
    tenant = Tenant.objects.get(slug=slug)
    answer = requests.post(f"{sandbox.url}/_control/vendors/{PSA_OF[slug]}/history", timeout=30,
                           json={"company": tenant.psa_company_id, "count": count, "days": days, "seed": seed})
    assert answer.status_code == 201, answer.text
    return answer.json()


def history_connector(slug: str, **config):
    connection = psa_connection(Tenant.objects.get(slug=slug))
    connection.config = {**connection.config, **config}
    connector = connector_for(connection)
    waits: list[float] = []
    connector.sleep = waits.append  # paced waits are recorded, not slept
    return connector, waits


def state_of(sandbox) -> str:
    return json.dumps(sandbox.sandbox.state(), sort_keys=True, default=str)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", sorted(PSA_OF))
def test_every_closed_ticket_since_the_date_is_read_page_by_page_and_nothing_changes(world, sandbox, slug):
    seed_history(sandbox, slug, 230)
    connector, _ = history_connector(slug, history_page_size=50, page_size=50)
    before, log_start = state_of(sandbox), len(sandbox.sandbox.log)

    pages = list(connector.closed_tickets_since(datetime.now(UTC) - timedelta(days=91)))

    tickets = [t for page in pages for t in page.tickets]
    assert len(tickets) == 230 and len({t.id for t in tickets}) == 230
    assert len(pages) == 5 and {page.total for page in pages} == {230}
    # The seeded demo tickets are open and so not part of the history; every one read is closed, with its text.
    assert all(t.closed_at and t.created_at and t.created_at <= t.closed_at for t in tickets)
    assert all(t.subject and t.body and t.requester_email.endswith(".example") for t in tickets)
    assert state_of(sandbox) == before
    # Autotask's queries are POSTs that only read; nothing else but reads went out.
    sent = [r for r in sandbox.sandbox.writes() if r["n"] >= log_start and not r["path"].endswith(("/query", "/count"))]
    assert sent == []


@pytest.mark.django_db
@pytest.mark.parametrize("slug", sorted(PSA_OF))
def test_only_tickets_closed_since_the_date_are_read(world, sandbox, slug):
    seed_history(sandbox, slug, 120, days=60)
    connector, _ = history_connector(slug)
    since = datetime.now(UTC) - timedelta(days=20)

    tickets = [t for page in connector.closed_tickets_since(since) for t in page.tickets]

    everything = [t for page in connector.closed_tickets_since(since - timedelta(days=60)) for t in page.tickets]
    expected = [t for t in everything if t.closed_at >= since]
    assert 0 < len(tickets) < 120 and sorted(t.id for t in tickets) == sorted(t.id for t in expected)


@pytest.mark.django_db
def test_reading_is_paced_to_the_configured_rate(world, sandbox, monkeypatch):
    seed_history(sandbox, "contoso", 300)
    connector, waits = history_connector("contoso", history_page_size=50, history_requests_per_second=2)
    clock = [1000.0]  # stands still unless the pacer sleeps: as if every request took no time at all
    monkeypatch.setattr(history, "monotonic", lambda: clock[0])
    connector.sleep = lambda seconds: (waits.append(seconds), clock.__setitem__(0, clock[0] + seconds))

    list(connector.closed_tickets_since(datetime.now(UTC) - timedelta(days=91)))

    requests_made = [r for r in sandbox.sandbox.requests("connectwise") if r["path"].endswith(("/tickets", "/count"))]
    assert len(requests_made) == 7  # the count, then six pages of 50
    # Each request after the first waited for its slot: never more than two a second.
    assert waits == [0.5] * 6


def test_a_pacer_spaces_requests_by_its_rate():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pacer = Pacer(4, sleep=sleep, clock=lambda: now[0])
    for _ in range(5):
        pacer.wait()
    assert slept == [0.25, 0.25, 0.25, 0.25] and now[0] == 101.0
    now[0] += 10  # a slow caller is never made to wait
    pacer.wait()
    assert len(slept) == 4
    with pytest.raises(ValueError):
        Pacer(0)


@pytest.mark.django_db
def test_a_429_from_the_psa_is_waited_out_and_the_read_goes_on(world, sandbox):
    seed_history(sandbox, "northwind", 40)
    sandbox.sandbox.add_fault(vendor="autotask", method="POST", path=r"/Tickets/query$", statuses=[429],
                              retry_after=3, times=1)
    connector, waits = history_connector("northwind")

    tickets = [t for page in connector.closed_tickets_since(datetime.now(UTC) - timedelta(days=91)) for t in page.tickets]

    assert len(tickets) == 40 and 3 in waits


@pytest.mark.django_db
def test_the_history_control_refuses_bad_input_with_a_reason(world, sandbox):
    url = f"{sandbox.url}/_control/vendors/connectwise/history"
    assert "no connectwise company" in requests.post(url, json={"company": "Nope", "count": 3}, timeout=10).text
    assert requests.post(url, json={"company": "ContosoDental", "count": 0}, timeout=10).status_code == 400
    assert requests.post(url, data=b"not json", timeout=10).status_code == 400


def test_vendor_timestamps_read_as_utc():
    assert parse_when("2026-11-02T10:00:00Z") == datetime(2026, 11, 2, 10, tzinfo=UTC)
    assert parse_when("2026-11-02T10:00:00.123") == datetime(2026, 11, 2, 10, 0, 0, 123000, tzinfo=UTC)
    assert parse_when("yesterday") is None and parse_when(None) is None


@needs_contract_specs
@pytest.mark.django_db
def test_autotask_history_calls_are_documented_operations(world, sandbox):
    seed_history(sandbox, "northwind", 30)
    connector, _ = history_connector("northwind", page_size=10)
    start = len(sandbox.sandbox.log)

    list(connector.closed_tickets_since(datetime.now(UTC) - timedelta(days=91)))

    calls = sandbox.sandbox.requests("autotask", since=start)
    # The count, the query, its nextPageUrl pages and the requesters' Contacts, each a documented operation.
    assert {r["path"].rsplit("/", 1)[-1] for r in calls} >= {"count", "query"} and len(calls) >= 5
    assert all(in_spec(r["method"], r["path"]) for r in calls), [(r["method"], r["path"]) for r in calls]
