"""API rate limits per token (tenants/api_throttle.py): over the rate a client gets 429 with Retry-After, nothing is
taken in, and every other token (and the same token's reads) carries on."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings

from tenants.api_throttle import credential
from tenants.models import ApiToken
from tests.helpers import post_ticket, ticket_payload, token_client
from tickets.models import Ticket

pytestmark = pytest.mark.django_db
ADELE = "adele.vance@contoso.example"


def rates(read: str, write: str):  # type: ignore[no-untyped-def]
    return override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK,
                                             "DEFAULT_THROTTLE_RATES": {"api_read": read, "api_write": write}})


def test_a_token_over_its_write_rate_gets_429_with_retry_after_and_nothing_is_taken_in(tenant_key):
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


def test_reads_have_their_own_rate(tenant_key):
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
