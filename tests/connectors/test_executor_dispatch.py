"""The executor runs what the connector declares: onboarding (create_user) end to end through
`execute_action`, and a kind a connector does not declare is refused without a vendor write."""

from __future__ import annotations

import json

import pytest

from playbooks.executor import execute_action
from playbooks.models import Action
from tenants.models import ServiceAccount, Tenant
from tests.helpers import committed
from tickets.models import OneTimeSecret, Ticket
from tickets.services import ingest_ticket

NEW = "new.hire@contoso.example"


def approved_action(slug: str, kind: str, target: str, params: dict, key: str) -> Action:
    tenant = Tenant.objects.get(slug=slug)
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id=key,
                              subject="New starter", body="Please create an account", enqueue=False,
                              requester_email=f"lynne.robbins@{slug}.example")
    # Skip triage and decisions: the ticket stands where the executor finds it in production.
    Ticket.objects.filter(pk=ticket.pk).update(status="executing")
    return Action.objects.create(ticket=ticket, kind=kind, target=target, params={"target": target, **params},
                                 decision="autonomous", status="approved", idempotency_key=f"test:{key}")


@pytest.mark.django_db
def test_create_user_runs_through_the_executor_with_a_one_time_password(world, sandbox):
    action = approved_action("contoso", "create_user", NEW, {"display_name": "New Hire"}, "onb-1")
    with committed():
        assert execute_action(action_id=action.pk) == "succeeded"
    action.refresh_from_db()
    created = sandbox.sandbox.state()["graph"]["contoso"]["users"][NEW]
    assert created["displayName"] == "New Hire" and created["accountEnabled"]
    assert created["password"]["forceChangePasswordNextSignIn"] is True
    assert action.result == {"force_change_at_next_sign_in": True, "user_id": created["id"]}
    secret = OneTimeSecret.objects.get(action=action)
    assert secret.label == "Temporary password" and secret.ciphertext
    sent = json.loads(next(w["body"] for w in sandbox.sandbox.writes("graph") if w["path"] == "/v1.0/users"))
    password = sent["passwordProfile"]["password"]
    assert password not in json.dumps(action.result) and password not in secret.ciphertext


@pytest.mark.django_db
def test_create_user_for_an_existing_account_is_refused_without_a_write(world, sandbox):
    action = approved_action("contoso", "create_user", "adele.vance@contoso.example", {"display_name": "Adele"},
                             "onb-2")
    with committed():
        assert execute_action(action_id=action.pk) == "failed"
    action.refresh_from_db()
    assert "already exists" in action.error
    assert [w for w in sandbox.sandbox.writes("graph") if w["path"] == "/v1.0/users"] == []


@pytest.mark.django_db
def test_a_kind_the_connector_does_not_declare_fails_before_any_vendor_write(world, sandbox):
    # Google declares no licences; even a service account granted the kind cannot widen the connector.
    account = ServiceAccount.objects.get(connection__tenant__slug="fabrikam", connection__vendor="google")
    account.allowed_kinds = [*account.allowed_kinds, "assign_license"]
    account.save()
    action = approved_action("fabrikam", "assign_license", "priya.shah@fabrikam.example", {"license": "X"}, "lic-1")
    with committed():
        assert execute_action(action_id=action.pk) == "failed"
    action.refresh_from_db()
    assert "not allowed to perform 'assign_license'" in action.error
    assert sandbox.sandbox.writes("google") == []
