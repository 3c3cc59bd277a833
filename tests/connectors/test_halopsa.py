"""HaloPsaConnector against the sandbox: every method, exact requests, webhooks and faults."""

from __future__ import annotations

import base64
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest
from django.conf import settings

from rallied.connectors import build_connector
from rallied.connectors import halopsa as hmod
from rallied.connectors.base import ConnectorError
from rallied.connectors.halopsa import HaloPsaConnector
from sandbox import sandbox_connections


@pytest.fixture(autouse=True)
def _fresh_token_cache():
    hmod._TOKENS.clear()
    yield
    hmod._TOKENS.clear()


def connection(url: str) -> dict[str, Any]:
    directory = json.loads(Path(settings.RALLIED_DIRECTORY_FILE).read_text(encoding="utf-8"))
    tenant = next(t for t in directory["tenants"] if t["slug"] == "fabrikam")
    return next(c for c in sandbox_connections(tenant, url) if c["vendor"] == "halopsa")


def make(sandbox, timeout: float = 5.0, **cred: Any) -> HaloPsaConnector:
    conn = connection(sandbox.url)
    connector = build_connector("halopsa", base_url=conn["base_url"], config=conn["config"],
                                credentials={**conn["credentials"], **cred}, timeout=timeout)
    assert isinstance(connector, HaloPsaConnector)
    return connector


@pytest.fixture
def halo(sandbox) -> HaloPsaConnector:
    return make(sandbox)


def api_calls(sandbox) -> list[dict[str, Any]]:
    return [r for r in sandbox.sandbox.requests("halopsa") if r["path"] != "/auth/token"]


def test_token_request_contract(halo, sandbox):
    halo.get_ticket("1001")
    halo.get_ticket("1002")
    [token] = [r for r in sandbox.sandbox.requests("halopsa") if r["path"] == "/auth/token"]
    assert token["method"] == "POST" and token["query"] == {"tenant": "rallied-sandbox"}
    assert token["headers"]["content-type"] == "application/x-www-form-urlencoded"
    form = {k: v[0] for k, v in parse_qs(token["body"]).items()}
    creds = connection(sandbox.url)["credentials"]
    assert form == {"grant_type": "client_credentials", "client_id": creds["client_id"],
                    "client_secret": creds["client_secret"], "scope": "all"}
    call = api_calls(sandbox)[0]
    assert (call["method"], call["path"], call["query"]) == ("GET", "/api/Tickets/1001", {"includedetails": "true"})


def test_create_and_get_ticket(halo, sandbox):
    ticket_id = halo.create_ticket(summary="Locked out", description="Can't sign in", contact_email="p@f.example")
    [write] = sandbox.sandbox.writes("halopsa")
    assert (write["method"], write["path"]) == ("POST", "/api/Tickets")
    assert json.loads(write["body"]) == [{"summary": "Locked out", "details": "Can't sign in", "client_id": 12,
                                          "reportedby": "p@f.example"}]
    ticket = halo.get_ticket(ticket_id)
    assert str(ticket["id"]) == ticket_id and ticket["summary"] == "Locked out" and ticket["reportedby"] == "p@f.example"
    assert ticket["details"] == "Can't sign in" and ticket["status_id"] == 1 and ticket["client_id"] == 12


def test_internal_note_and_reply(halo, sandbox):
    note_id = halo.add_note("1001", "Checked the printer queue.", internal=True)
    reply_id = halo.add_note("1001", "Your password was reset.", internal=False)
    assert (note_id, reply_id) == ("1", "2")
    bodies = [json.loads(w["body"]) for w in sandbox.sandbox.writes("halopsa")]
    assert bodies == [
        [{"ticket_id": 1001, "note": "Checked the printer queue.", "hiddenfromuser": True, "sendemail": False,
          "outcome": "Private Note"}],
        [{"ticket_id": 1001, "note": "Your password was reset.", "hiddenfromuser": False, "sendemail": True,
          "outcome": "Email User"}],
    ]
    assert all(w["path"] == "/api/Actions" and w["method"] == "POST" for w in sandbox.sandbox.writes("halopsa"))


def test_close_ticket_is_one_action_and_idempotent(halo, sandbox):
    halo.close_ticket("1001")
    halo.close_ticket("1001")
    writes = sandbox.sandbox.writes("halopsa")
    assert len(writes) == 1
    assert json.loads(writes[0]["body"])[0] == {"ticket_id": 1001, "note": "Resolved by Rallied.",
                                                     "hiddenfromuser": True, "sendemail": False, "new_status": 9,
                                                     "outcome": "Resolved"}
    assert halo.get_ticket("1001")["status_id"] == 9


def test_time_entry_in_hours(halo, sandbox):
    assert halo.add_time_entry("1002", minutes=15, notes="Reset password, verified with manager.") == "1"
    body = json.loads(sandbox.sandbox.writes("halopsa")[0]["body"])
    assert body == [{"ticket_id": 1002, "note": "Reset password, verified with manager.", "hiddenfromuser": True,
                     "sendemail": False, "timetaken": 0.25, "outcome": "Time Entry", "nonbillable": False,
                     "chargerate": 1}]  # the demo connection's billing settings
    assert sandbox.sandbox.state()["halopsa"]["tickets"][1]["timetaken"] == 0.25


def test_list_new_tickets_follows_pages_and_stops_at_seen(halo, sandbox):
    for n in range(3):
        halo.create_ticket(summary=f"t{n}", description="", contact_email="x@fabrikam.example")
    halo.close_ticket("1004")
    everything = halo.list_new_tickets(page_size=2)
    assert [t["id"] for t in everything] == [1001, 1002, 1003, 1005]
    calls_before = len(api_calls(sandbox))
    assert [t["id"] for t in halo.list_new_tickets("1003", page_size=2)] == [1005]
    lists = api_calls(sandbox)[calls_before:]
    assert len(lists) == 1  # the first page already reached a seen ticket
    assert lists[0]["query"] == {"client_id": "12", "status_id": "1", "order": "id", "orderdesc": "true",
                                 "pageinate": "true", "page_size": "2", "page_no": "1"}


def test_ticket_of_another_client_is_refused(halo, sandbox):
    vendor = sandbox.sandbox.vendor("halopsa")
    vendor.clients[99] = {"id": 99, "name": "Other"}
    other = vendor._create(99, {"summary": "theirs"})
    with pytest.raises(ConnectorError) as err:
        halo.get_ticket(str(other["id"]))
    assert err.value.permanent and err.value.status == 404


# -- webhooks ---------------------------------------------------------------------------------------
def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def test_parse_webhook_with_bearer_or_basic(halo, sandbox):
    secret = connection(sandbox.url)["credentials"]["webhook_secret"]
    body = json.dumps({"event": "ticket_created", "ticket": {"id": 1002, "client_id": 12}}).encode()
    for auth in (f"Bearer {secret}", _basic("halo", secret)):
        parsed = halo.parse_webhook(body, {"Authorization": auth})
        assert parsed["ticket_id"] == "1002" and parsed["client_id"] == 12 and parsed["event"] == "ticket_created"
    flat = halo.parse_webhook(json.dumps([{"id": 1001, "client_id": 12}]).encode(), {"authorization": f"Bearer {secret}"})
    assert flat["ticket_id"] == "1001"
    assert sandbox.sandbox.requests("halopsa") == []  # parsing is local


@pytest.mark.parametrize("auth", ["", "Bearer wrong", _basic("halo", "wrong"), "Basic !!!", "Token abc"])
def test_parse_webhook_refuses_a_wrong_secret(halo, auth):
    with pytest.raises(ConnectorError) as err:
        halo.parse_webhook(b'{"ticket": {"id": 1}}', {"Authorization": auth} if auth else {})
    assert err.value.code == "webhook_unauthorized" and err.value.permanent


def test_parse_webhook_fails_closed_without_a_secret(sandbox):
    halo = make(sandbox, webhook_secret="")
    with pytest.raises(ConnectorError) as err:
        halo.parse_webhook(b'{"ticket": {"id": 1}}', {"Authorization": "Bearer "})
    assert err.value.code == "webhook_unauthorized"


@pytest.mark.parametrize("body", [b"not json", b"[]", b'{"ticket": {"summary": "no id"}}',
                                  b'{"ticket": {"id": 5, "client_id": 99}}'])
def test_parse_webhook_refuses_bad_payloads(halo, sandbox, body):
    secret = connection(sandbox.url)["credentials"]["webhook_secret"]
    with pytest.raises(ConnectorError) as err:
        halo.parse_webhook(body, {"Authorization": f"Bearer {secret}"})
    assert err.value.code == "webhook_invalid"


# -- credentials and faults -------------------------------------------------------------------------
def test_wrong_secret_is_refused(sandbox):
    with pytest.raises(ConnectorError) as err:
        make(sandbox, client_secret="nope").get_ticket("1001")
    assert err.value.permanent and err.value.code == "invalid_client"


def test_stale_token_is_replaced_once(halo, sandbox):
    hmod._TOKENS[halo._cache_key()] = ("halo.e30.forged", time.time() + 3000)
    assert halo.get_ticket("1001")["id"] == 1001
    assert [r["path"] for r in sandbox.sandbox.requests("halopsa")] == [
        "/api/Tickets/1001", "/auth/token", "/api/Tickets/1001"]


@pytest.mark.parametrize("status", [429, 503])
def test_throttled_note_is_posted_at_most_once(halo, sandbox, status):
    # A Halo action is visible on the ticket: one that landed before the 429/503 must not be posted again.
    sandbox.sandbox.add_fault(vendor="halopsa", method="POST", path="Actions", apply_then_fail=status,
                              retry_after=1, times=1)
    waits: list[float] = []
    halo.sleep = waits.append
    with pytest.raises(ConnectorError) as err:
        halo.add_note("1001", "hello", internal=True)
    assert err.value.ambiguous and err.value.status == status
    assert waits == []
    assert len(sandbox.sandbox.state()["halopsa"]["actions"]) == 1


def test_throttled_token_request_waits_then_gets_a_token(halo, sandbox):
    # A token request changes nothing at Halo: it is repeated like a read.
    sandbox.sandbox.add_fault(vendor="halopsa", method="POST", path="token", statuses=[429], retry_after=1, times=1)
    waits: list[float] = []
    halo.sleep = waits.append
    assert halo.get_ticket("1001")["id"] == 1001
    assert waits == [1.0]


def test_5xx_on_a_write_is_ambiguous_and_not_repeated(halo, sandbox):
    sandbox.sandbox.add_fault(vendor="halopsa", method="POST", path="Actions", apply_then_fail=502, times=1)
    with pytest.raises(ConnectorError) as err:
        halo.add_time_entry("1001", minutes=5, notes="x")
    assert err.value.ambiguous and not err.value.permanent
    assert len(sandbox.sandbox.writes("halopsa")) == 1
    assert len(sandbox.sandbox.state()["halopsa"]["actions"]) == 1  # it landed: the executor must settle it


def test_permanent_4xx_carries_halos_message(halo):
    with pytest.raises(ConnectorError) as err:
        halo.add_note("999999", "x", internal=True)
    assert err.value.permanent and err.value.status == 400
    assert err.value.code == "[0].ticket_id" and "A valid ticket_id is required." in err.value.message


def test_hang_times_out_as_ambiguous(sandbox):
    halo = make(sandbox, timeout=0.5)
    halo.get_ticket("1001")
    sandbox.sandbox.add_fault(vendor="halopsa", method="POST", hang=1.5, statuses=[503], times=1)
    with pytest.raises(ConnectorError) as err:
        halo.add_note("1001", "x", internal=True)
    assert err.value.code == "timeout" and err.value.ambiguous
