"""Acceptance 6: the audit trail is append-only, its chain verifies, and tampering is named."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from audit.models import AppendOnlyError, AuditEvent
from playbooks.executor import execute_action
from playbooks.models import Action
from playbooks.services import claim_action
from tenants.models import Tenant
from tests.helpers import committed, post_ticket, ticket_payload
from tickets.models import Ticket
from tickets.services import ingest_ticket

ADELE = "adele.vance@contoso.example"


@pytest.fixture
def resolved_ticket(contoso_api, sandbox) -> Ticket:
    with committed():
        response = post_ticket(contoso_api, ticket_payload("aud-1", ADELE, name="Adele Vance"))
    ticket = Ticket.objects.get(pk=response.json()["id"])
    assert ticket.status == "resolved", ticket.escalation_reason
    return ticket


@pytest.mark.django_db
def test_verify_audit_passes_then_names_the_tampered_event(resolved_ticket, capsys):
    call_command("verify_audit")
    assert "intact" in capsys.readouterr().out

    victim = AuditEvent.objects.filter(verb="ticket.resolved").get()
    with connection.cursor() as cursor:
        cursor.execute(f"UPDATE {AuditEvent._meta.db_table} SET outcome = %s WHERE id = %s",
                       ["error", victim.pk])
    with pytest.raises(CommandError) as failure:
        call_command("verify_audit")
    assert f"#{victim.seq}" in str(failure.value)


@pytest.mark.django_db
def test_deleting_an_event_by_sql_is_caught(resolved_ticket):
    last = AuditEvent.objects.filter(tenant=resolved_ticket.tenant).order_by("-seq").first()
    middle = AuditEvent.objects.filter(chain=last.chain, seq=last.seq // 2).get()
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {AuditEvent._meta.db_table} WHERE id = %s", [middle.pk])
    with pytest.raises(CommandError, match=f"#{middle.seq + 1}|#{middle.seq}"):
        call_command("verify_audit")


@pytest.mark.django_db
def test_audit_rows_cannot_be_changed_or_deleted_through_the_orm(resolved_ticket):
    event = AuditEvent.objects.first()
    event.outcome = "changed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    assert AuditEvent.objects.get(pk=event.pk).outcome != "changed"


@pytest.mark.django_db
def test_intent_is_recorded_before_the_outcome(resolved_ticket):
    action = Action.objects.get(ticket=resolved_ticket)
    events = AuditEvent.objects.filter(object_type="playbooks.action", object_id=str(action.pk))
    intent = events.get(verb="action.intent")
    outcome = events.get(verb="action.succeeded")
    assert intent.seq < outcome.seq
    assert intent.authority  # by whose authority it ran


@pytest.mark.django_db
def test_a_lost_claim_never_calls_the_vendor(world, sandbox):
    tenant = Tenant.objects.get(slug="contoso")
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id="claim-1",
                              subject="Reset", body="reset my password", requester_email=ADELE, enqueue=False)
    action = Action.objects.create(ticket=ticket, kind="reset_password", target=ADELE, params={"target": ADELE},
                                   decision="autonomous", status="approved", idempotency_key="test:claim-1")

    first = claim_action(action_id=action.pk, actor="system:worker-1")
    second = claim_action(action_id=action.pk, actor="system:worker-2")
    assert first is not None and first.status == "executing"
    assert second is None
    assert AuditEvent.objects.filter(verb="action.intent", object_id=str(action.pk)).count() == 1

    with committed():
        assert execute_action(action_id=action.pk) == "not-claimed"
    assert sandbox.sandbox.writes("graph") == []
    assert AuditEvent.objects.filter(verb="action.intent", object_id=str(action.pk)).count() == 1
