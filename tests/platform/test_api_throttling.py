"""API rate limits per token (tenants/api_throttle.py): over the rate a client gets 429 with Retry-After, nothing is
taken in, and every other token (and the same token's reads) carries on."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings

from tenants import api_throttle
from tenants.api_throttle import LEASE_MAX, ApiRateThrottle, credential
from tenants.models import ApiToken
from tests.helpers import post_ticket, ticket_payload, token_client
from tickets.models import Ticket

pytestmark = pytest.mark.django_db
ADELE = "adele.vance@contoso.example"


def rates(read: str, write: str):  # type: ignore[no-untyped-def]
    return override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK,
                                             "DEFAULT_THROTTLE_RATES": {"api_read": read, "api_write": write}})


def test_a_token_over_its_write_rate_gets_429_with_retry_after_and_nothing_is_taken_in(tenant_key, counted_in):
    flooding, calm = token_client(tenant_key("contoso")), token_client(tenant_key("contoso"))
    with rates("100/minute", "2/minute"):
        for n in (1, 2):
            assert post_ticket(flooding, ticket_payload(f"T-{n}", ADELE)).status_code == 201
        refused = post_ticket(flooding, ticket_payload("T-3", ADELE))
        assert refused.status_code == 429
        assert 0 < int(refused["Retry-After"]) <= 60
        assert "throttled" in refused.json()["detail"].lower()
        assert not Ticket.objects.filter(external_id="T-3").exists()
        # Another integration of the same tenant is not held up, and the flooding one can still read.
        assert post_ticket(calm, ticket_payload("T-4", ADELE)).status_code == 201
        assert flooding.get("/api/v1/tickets/").status_code == 200


def test_reads_have_their_own_rate(tenant_key, counted_in):
    client = token_client(tenant_key("contoso"))
    with rates("3/minute", "100/minute"):
        assert [client.get("/api/v1/tickets/").status_code for _ in range(4)] == [200, 200, 200, 429]


def test_generous_defaults_that_the_suite_and_the_demo_stay_under():
    assert settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] == {"api_read": "1200/minute",
                                                                 "api_write": "600/minute"}


def test_the_bucket_is_the_token_then_the_signed_in_user_then_the_address(world):
    tech = get_user_model().objects.get(username="tech")
    token = ApiToken(key_hash="ab" * 32)
    by_address = lambda request: "192.0.2.7"  # noqa: E731
    assert credential(SimpleNamespace(auth=token, user=tech), by_address) == f"token:{'ab' * 16}"
    assert credential(SimpleNamespace(auth=None, user=tech), by_address) == f"user:{tech.pk}"
    assert credential(SimpleNamespace(auth=None, user=None), by_address) == "addr:192.0.2.7"


def test_the_schema_documents_429_with_retry_after(tenant_key):
    schema = token_client(tenant_key("contoso")).get("/api/v1/schema/?format=json").json()
    create = schema["paths"]["/api/v1/tickets/"]["post"]["responses"]["429"]
    assert "Retry-After" in create["headers"]
    assert all("429" in op["responses"] for ops in schema["paths"].values() for op in ops.values())


@pytest.fixture(params=["per-process cache", "shared count"])
def counted_in(request, monkeypatch):  # type: ignore[no-untyped-def]
    """Each test that takes it runs on the settings' cache and on a SharedCount (the Redis way, with leases)."""
    if request.param == "shared count":
        return request.getfixturevalue("shared")
    return None


def test_the_last_windows_requests_count_while_they_are_within_one_period(tenant_key, monkeypatch, counted_in):
    """Counted in fixed windows, yet a burst at a window's end is not forgotten at its turn: the last window's count
    weighs in by the share of it still within one period of now (tenants/api_throttle.py)."""
    clock = [6000.0 * 60 + 50]  # ten seconds before a window ends
    monkeypatch.setattr(ApiRateThrottle, "timer", staticmethod(lambda: clock[0]))
    client = token_client(tenant_key("contoso"))
    with rates("4/minute", "100/minute"):
        assert [client.get("/api/v1/tickets/").status_code for _ in range(4)] == [200] * 4
        clock[0] += 20  # ten seconds into the next window: 5/6 of the last one still counts, 4 * 5/6 -> 4
        refused = client.get("/api/v1/tickets/")
        assert refused.status_code == 429 and int(refused["Retry-After"]) == 50
        clock[0] += 20  # thirty seconds in: half of it, 2
        assert [client.get("/api/v1/tickets/").status_code for _ in range(3)] == [200, 200, 429]


def test_a_bucket_holds_two_counts_whatever_the_rate(tenant_key):
    """DRF's own throttle kept one timestamp per request of the last period and moved the list on every request."""
    key = tenant_key("contoso")
    client = token_client(key)
    with rates("100000/minute", "100/minute"):
        for _ in range(30):
            assert client.get("/api/v1/tickets/").status_code == 200
    token = ApiToken.objects.get(key_hash=ApiToken.hash_key(key))
    now = int(ApiRateThrottle.timer() // 60)
    stored = cache.get_many([f"rallied-throttle:api_read:token:{token.key_hash[:32]}:{w}" for w in (now - 1, now)])
    # On Redis a process counts up to a lease ahead (tenants/api_throttle.py): never fewer than were made.
    assert 30 <= sum(stored.values()) <= 30 + LEASE_MAX and all(isinstance(count, int) for count in stored.values())


class SharedCount:
    """What the throttle asks of Redis (rallied/cache.py's count_and_read, and decr), kept in memory, with the round
    trips it took: the count every process shares."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.round_trips = 0
        self._lock = threading.Lock()

    def count_and_read(self, key, other, timeout, *, by=1, refund=None):  # type: ignore[no-untyped-def]
        with self._lock:
            self.round_trips += 1
            if refund is not None:
                self.counts[refund[0]] = self.counts.get(refund[0], 0) - refund[1]
            self.counts[key] = self.counts.get(key, 0) + by
            return self.counts[key], self.counts.get(other, 0)

    def decr(self, key, delta=1):  # type: ignore[no-untyped-def]
        with self._lock:
            self.round_trips += 1
            self.counts[key] -= delta
            return self.counts[key]


@pytest.fixture
def shared(monkeypatch):  # type: ignore[no-untyped-def]
    """The throttle counting in a SharedCount, as on Redis, with two processes' leases: `shared.process(n)`."""
    count = SharedCount()
    tables: list[dict] = [{}, {}]
    monkeypatch.setattr(ApiRateThrottle, "cache", count)
    count.process = lambda n: monkeypatch.setattr(api_throttle, "_leases", tables[n])  # type: ignore[attr-defined]
    count.process(0)
    return count


def ask(token: ApiToken, method: str = "GET") -> bool:
    request = SimpleNamespace(auth=token, user=None, method=method, META={})
    return ApiRateThrottle().allow_request(request, SimpleNamespace())


def test_far_from_its_rate_a_busy_token_asks_the_shared_count_once_in_a_lease(shared):
    token = ApiToken(key_hash="cd" * 32)
    with rates("100000/minute", "100/minute"):
        assert all(ask(token) for _ in range(320))
    assert shared.round_trips <= 320 // LEASE_MAX + 2, shared.round_trips  # was one a request
    assert 320 <= sum(shared.counts.values()) <= 320 + LEASE_MAX


def test_two_processes_with_leases_never_let_more_than_the_rate_through_and_refuse_none_within_it(shared):
    token, calm = ApiToken(key_hash="ef" * 32), ApiToken(key_hash="12" * 32)
    allowed = []
    with rates("1000/minute", "100/minute"):
        for n in range(1500):
            shared.process(n % 2)
            allowed.append(ask(token))
            if n == 999:
                within = shared.round_trips
        # Exactly the rate: nothing over it, and nothing refused while a lease still held requests unused.
        assert allowed.count(True) == 1000 and allowed[:1000] == [True] * 1000
        # Leases shrink as the rate nears, the last 32 requests each counted alone (a refusal is, as before).
        assert within < 1000 // 4, within
        # Refused requests are not counted: the shared count is the rate, and other tokens and the writes go on.
        assert sorted(shared.counts.values()) == [1000]
        assert ask(calm) and ask(token, "POST")


def test_a_lease_left_when_its_window_ends_is_given_back(shared, monkeypatch):
    clock = [6000.0 * 60 + 50]  # ten seconds before a window ends
    monkeypatch.setattr(ApiRateThrottle, "timer", staticmethod(lambda: clock[0]))
    token = ApiToken(key_hash="34" * 32)
    with rates("100000/minute", "100/minute"):
        assert all(ask(token) for _ in range(3))
        ended = next(key for key in shared.counts if key.endswith(":6000"))
        assert shared.counts[ended] > 3  # counted ahead
        clock[0] += 20
        assert ask(token)
    assert shared.counts[ended] == 3  # what was used, no more, weighs in the next window
