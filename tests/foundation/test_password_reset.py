"""Acceptance 1 and 3: a self-service reset over the API, resolved end to end, the password shown once."""

from __future__ import annotations

import json
import logging
import re
import urllib.request

import pytest
from django.db import connection
from django.test import Client

from audit.models import AuditEvent
from playbooks.models import Action
from tests.helpers import (
    committed,
    customer_notes,
    graph_user,
    internal_notes,
    password_patches,
    post_ticket,
    psa_ticket,
    ticket_payload,
)
from tickets import secrets as secrets_module  # the claim puts the password aside there
from tickets.models import OneTimeSecret, Ticket

ADELE = "adele.vance@contoso.example"
LINK = re.compile(r"https?://[^\s]+/s/([A-Za-z0-9_\-]+)/")


def dump_database() -> str:
    """Every value of every row of every table, as text: what someone with the database file could read."""
    parts = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f'SELECT * FROM "{table}"')
            for row in cursor.fetchall():
                parts.extend(str(v) for v in row if v is not None)
    return "\n".join(parts)


@pytest.fixture
def captured_passwords(monkeypatch):
    """The real generator, wrapped so the test learns each temporary password it produced."""
    seen: list[str] = []
    real = secrets_module.generate_password

    def generate(*args, **kwargs):
        value = real(*args, **kwargs)
        seen.append(value)
        return value

    monkeypatch.setattr(secrets_module, "generate_password", generate)
    return seen


@pytest.mark.django_db
def test_self_service_reset_resolves_end_to_end_and_the_password_is_shown_once(
    contoso_api, sandbox, captured_passwords, caplog
):
    caplog.set_level(logging.DEBUG)
    bodies: list[str] = []

    with committed():
        created = post_ticket(contoso_api, ticket_payload("cw-1", ADELE, name="Adele Vance"))
    bodies.append(created.content.decode())
    assert created.status_code == 201, created.content
    ticket = Ticket.objects.get(pk=created.json()["id"])
    assert ticket.status == "resolved", ticket.escalation_reason
    assert ticket.category == "password_reset"
    assert ticket.resolved_at is not None
    assert len(captured_passwords) == 1
    password = captured_passwords[0]

    # The directory: her password was changed, and she must pick a new one at sign-in.
    adele = graph_user(sandbox, ADELE)
    assert adele["password"] is not None
    assert adele["password"]["forceChangePasswordNextSignIn"] is True
    assert len(password_patches(sandbox)) == 1

    # The PSA: an internal note, a customer-facing reply, a time entry, and the ticket closed.
    assert ticket.psa_ticket_id
    cw = psa_ticket(sandbox, ticket.psa_ticket_id)
    assert cw["closedFlag"] is True
    notes, replies = internal_notes(cw), customer_notes(cw)
    assert len(notes) == 1 and "Reset password" in notes[0]
    assert len(replies) == 1
    entries = [e for e in sandbox.sandbox.state()["connectwise"]["time_entries"]
               if str(e.get("chargeToId")) == str(ticket.psa_ticket_id)]
    assert entries, sandbox.sandbox.state()["connectwise"]["time_entries"]

    # The reply carries a one-time link, never the password.
    match = LINK.search(replies[0])
    assert match, replies[0]
    path = f"/s/{match.group(1)}/"

    # The API response of the ticket (and the action list) shows no secret either.
    detail = contoso_api.get(f"/api/v1/tickets/{ticket.pk}/")
    assert detail.status_code == 200
    bodies.append(detail.content.decode())
    assert detail.json()["status"] == "resolved"
    bodies.append(contoso_api.get("/api/v1/actions/").content.decode())

    # Before the reveal the database holds only ciphertext.
    assert password not in dump_database()
    assert OneTimeSecret.objects.get().link_encrypted == ""  # forgotten once the reply went out

    browser = Client()
    confirm = browser.get(path)
    assert confirm.status_code == 200
    assert password not in confirm.content.decode()
    assert b"<form" in confirm.content
    confirm_again = browser.get(path)  # a link scanner's GET does not burn it
    assert confirm_again.status_code == 200

    with committed():
        reveal = browser.post(path)
    assert reveal.status_code == 200
    assert password in reveal.content.decode()
    assert "no-store" in reveal["Cache-Control"]

    second = browser.post(path)
    assert second.status_code == 404
    assert password not in second.content.decode()
    assert browser.get(path).status_code == 404
    secret = OneTimeSecret.objects.get()
    assert secret.ciphertext == "" and secret.revealed_at is not None

    # Nowhere else: database, audit trail, logs, PSA, API bodies, the sandbox's own state dump.
    assert password not in dump_database()
    for event in AuditEvent.objects.all():
        assert password not in json.dumps(event.details), event
        assert password not in event.authority
    assert AuditEvent.objects.filter(verb="secret.revealed").count() == 1
    assert password not in caplog.text
    assert all(password not in r.getMessage() for r in caplog.records)
    assert password not in json.dumps(sandbox.sandbox.state()["connectwise"])
    for body in bodies:
        assert password not in body
    with urllib.request.urlopen(f"{sandbox.url}/_control/state", timeout=5) as resp:
        assert password not in resp.read().decode()
    action = Action.objects.get(ticket=ticket)
    assert action.status == "succeeded"
    assert password not in json.dumps(action.result)


@pytest.mark.django_db
def test_same_external_id_twice_is_one_ticket_and_one_reset(contoso_api, sandbox):
    payload = ticket_payload("cw-dup", ADELE, name="Adele Vance")
    with committed():
        first = post_ticket(contoso_api, payload)
    with committed():
        second = post_ticket(contoso_api, payload)
    assert first.status_code == 201
    assert second.status_code == 200
    assert first.json()["id"] == second.json()["id"]
    assert Ticket.objects.count() == 1
    assert Ticket.objects.get().status == "resolved"
    assert len(password_patches(sandbox)) == 1
