"""The PSA connectors on the wire: every call of a full tour is a documented operation (Autotask's spec
subset) and carries the vendor's authentication headers, exactly as the connection configures them."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from rallied.connectors import autotask as amod
from rallied.connectors import halopsa as hmod
from tests.external import needs_contract_specs
from tests.sandbox.test_autotask_sandbox import in_spec


@pytest.fixture(autouse=True)
def _fresh_caches():
    amod._ZONES.clear()
    hmod._TOKENS.clear()
    yield
    hmod._TOKENS.clear()


def tour(conn: Any, ticket: str) -> None:
    """Every PSA operation once, through the connector's declaration."""
    ops = conn.operations
    getattr(conn, ops["fetch_ticket"])(ticket)
    getattr(conn, ops["add_internal_note"])(ticket, "Verified the requester.", internal=True)
    getattr(conn, ops["add_reply"])(ticket, "Your account is unlocked.", internal=False)
    getattr(conn, ops["add_time_entry"])(ticket, minutes=6, notes="Unlock")
    getattr(conn, ops["poll_new_tickets"])()
    conn.create_ticket(summary="Locked out", description="Help", contact_email="a@b.example")
    if ops["set_status"] == "set_status":
        conn.set_status(ticket, "In Progress")
    conn.close_ticket(ticket)


@needs_contract_specs
def test_autotask_calls_are_documented_operations_with_the_header_trio(make_connector, sandbox, wire):
    conn = make_connector("autotask", "northwind", config={"page_size": 1})
    tour(conn, "7001")
    calls = [e for e in wire if e.vendor == "autotask"]
    assert len(calls) >= 9
    for ex in calls:
        assert in_spec(ex.method, ex.path), f"{ex.method} {ex.path}"
        if ex.path.endswith("/ZoneInformation"):
            assert ex.query == {"user": [conn.config["username"]]} and "secret" not in ex.headers
            continue  # zone discovery is anonymous: no credentials sent where none are needed
        assert ex.headers["apiintegrationcode"] == conn.config["integration_code"]
        assert ex.headers["username"] == conn.config["username"]
        assert ex.headers["secret"] == conn.credentials["secret"]
        if ex.request is not None:
            assert ex.headers["content-type"] == "application/json"
    paged = [e for e in calls if e.method == "GET" and e.path.endswith("/Tickets/query")]
    assert paged, "the poll followed nextPageUrl"  # page_size 1 with two new tickets


def test_connectwise_calls_carry_basic_auth_client_id_and_versioned_accept(make_connector, sandbox, wire):
    conn = make_connector("connectwise", "contoso")
    tour(conn, "1001")
    login = f"{conn.config['company_id']}+{conn.credentials['public_key']}:{conn.credentials['private_key']}"
    calls = [e for e in wire if e.vendor == "connectwise"]
    assert len(calls) >= 8
    for ex in calls:
        assert ex.path.startswith("/v4_6_release/apis/3.0/")
        assert ex.headers["authorization"] == "Basic " + base64.b64encode(login.encode()).decode()
        assert ex.headers["clientid"] == conn.config["client_id"]
        assert ex.headers["accept"] == "application/vnd.connectwise.com+json; version=2025.8"
    patches = [e.request for e in calls if e.method == "PATCH"]
    assert patches == [[{"op": "replace", "path": "status", "value": {"name": "In Progress"}}],
                       [{"op": "replace", "path": "status", "value": {"name": "Closed (resolved)"}}]]


def test_halopsa_calls_carry_the_bearer_token_and_array_bodies(make_connector, sandbox, wire):
    conn = make_connector("halopsa", "fabrikam")
    tour(conn, "1001")
    calls = [e for e in wire if e.vendor == "halopsa"]
    (token,) = [e for e in calls if e.path == "/auth/token"]
    issued = token.response["access_token"]
    for ex in calls:
        if ex is token:
            continue
        assert ex.path.startswith("/api/") and ex.headers["authorization"] == f"Bearer {issued}"
        if ex.method == "POST":
            assert isinstance(ex.request, list) and len(ex.request) == 1  # Halo creates/updates with arrays
    assert all(e.status < 400 for e in calls)
