"""/health/: what a monitor sees when the deployment is healthy, when no cluster runs, when the reconciler has
stopped, and when a ticket is stuck (workflow/health.py)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone
from django_q.models import Schedule, Task

from rallied.schedules import PREFIX
from tenants.models import Tenant
from tickets.models import Ticket
from workflow.health import RECONCILE_TASK, SWEEP_EVERY
from workflow.sweep import stuck_after

pytestmark = pytest.mark.django_db


@pytest.fixture
def running_cluster(world):
    """What a live cluster leaves behind: schedules due about now, and a reconciler pass a moment ago."""
    now = timezone.now()
    Schedule.objects.filter(name__startswith=PREFIX).update(next_run=now + timedelta(seconds=30))
    Task.objects.create(id=uuid.uuid4().hex, name="reconcile", func=RECONCILE_TASK, started=now, stopped=now,
                        success=True)
    return now


def health() -> tuple[int, dict[str, str]]:
    response = Client().get("/health/", HTTP_ACCEPT="application/json")
    body = response.json()
    return response.status_code, {key.split("(")[0]: value for key, value in body.items()}


def open_ticket(subject: str, minutes_untouched: float) -> Ticket:
    ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), external_id=uuid.uuid4().hex,
                                   subject=subject, requester_email="adele.vance@contoso.example",
                                   status="awaiting_verification")
    Ticket.objects.filter(pk=ticket.pk).update(updated_at=timezone.now() - timedelta(minutes=minutes_untouched))
    return ticket


def test_a_running_deployment_is_healthy_even_with_a_ticket_in_flight(running_cluster):
    open_ticket("In flight a minute ago", minutes_untouched=1)
    status, checks = health()
    assert status == 200, checks
    assert checks == {"Database": "OK", "Broker": "OK", "ClusterHeartbeat": "OK", "Progress": "OK"}


def test_no_cluster_heartbeat_is_unhealthy(running_cluster):
    Schedule.objects.filter(name=f"{PREFIX}reconcile_actions").update(
        next_run=timezone.now() - timedelta(minutes=10))
    status, checks = health()
    assert status == 500
    assert "no cluster heartbeat" in checks["ClusterHeartbeat"]
    assert checks["Database"] == checks["Broker"] == checks["Progress"] == "OK"


def test_a_stuck_ticket_is_unhealthy_and_named_by_id_only(running_cluster):
    stuck = open_ticket("Secret project Falcon reset", (stuck_after() + SWEEP_EVERY).total_seconds() / 60 + 1)
    status, checks = health()
    assert status == 500
    assert checks["Progress"] == f"Unavailable: 1 ticket(s) stuck in a non-final state: #{stuck.pk}"
    assert "Falcon" not in str(checks)  # the page is unauthenticated
    assert checks["ClusterHeartbeat"] == "OK"


def test_a_ticket_the_sweep_has_not_had_its_chance_at_yet_is_not_stuck(running_cluster):
    open_ticket("Past the threshold, before the sweep", (stuck_after() + SWEEP_EVERY / 2).total_seconds() / 60)
    assert health()[0] == 200


def test_a_reconciler_that_stopped_running_is_unhealthy(running_cluster):
    Task.objects.filter(func=RECONCILE_TASK).update(stopped=timezone.now() - timedelta(minutes=30))
    status, checks = health()
    assert status == 500
    assert "the reconciler has not run recently" in checks["Progress"]


def test_metrics_are_refused_without_the_token_and_served_with_it(world, settings):
    settings.RALLIED_METRICS_TOKEN = "scrape-me-please"
    settings.RALLIED_METRICS_NETWORKS = []
    open_ticket("Counted", minutes_untouched=1)
    assert Client().get("/metrics").status_code == 403
    assert Client().get("/metrics", HTTP_AUTHORIZATION="Bearer wrong-token").status_code == 403
    response = Client().get("/metrics", HTTP_AUTHORIZATION="Bearer scrape-me-please")
    assert response.status_code == 200
    text = response.content.decode()
    waiting = Ticket.objects.filter(status="awaiting_verification").count()
    assert f'rallied_tickets{{status="awaiting_verification"}} {float(waiting)}' in text
    assert "rallied_queue_depth" in text and "rallied_actions" in text
    assert "django_http_requests_before_middlewares_total" in text  # django-prometheus's own


def test_metrics_are_served_to_an_allowed_network_only(world, settings):
    settings.RALLIED_METRICS_TOKEN = ""
    settings.RALLIED_METRICS_NETWORKS = ["10.9.0.0/16"]
    assert Client(REMOTE_ADDR="10.9.3.4").get("/metrics").status_code == 200
    assert Client(REMOTE_ADDR="10.8.3.4").get("/metrics").status_code == 403
    # No token configured: an empty bearer does not match the empty setting.
    assert Client(REMOTE_ADDR="10.8.3.4").get("/metrics", HTTP_AUTHORIZATION="Bearer ").status_code == 403
