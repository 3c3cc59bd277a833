"""The domain series on /metrics: vendor calls by connector, answer and latency (counted in rallied/http.py where
each call is made), approval wait (computed from the database), tickets by outcome; and, under make serve's
multiprocess mode, calls made in another process (the cluster's workers) show up in the web app's scrape."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from approvals.models import ApprovalRequest
from rallied.errors import ConnectorError
from rallied.http import send
from tenants.models import Tenant
from tests.approvals.factories import waiting
from tickets.services import ingest_ticket

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def scrape(settings):
    settings.RALLIED_METRICS_TOKEN = "scrape-token"

    def get() -> str:
        response = Client().get("/metrics", HTTP_AUTHORIZATION="Bearer scrape-token")
        assert response.status_code == 200
        return response.content.decode()

    return get


def sample(text: str, name: str, **labels: str) -> float | None:
    """The value of one series, its labels in any order."""
    for line in text.splitlines():
        found = re.fullmatch(rf"{re.escape(name)}\{{(.*)\}} (\S+)", line)
        if found and dict(re.findall(r'(\w+)="([^"]*)"', found.group(1))) == labels:
            return float(found.group(2))
    return None


def test_vendor_calls_are_counted_by_connector_and_answer_with_their_latency(sandbox, scrape):
    vendor = f"vendor-{uuid.uuid4().hex[:6]}"  # counters live as long as the process: a name of this test's own
    send("GET", f"{sandbox.url}/_control/state", vendor=vendor)
    send("GET", f"{sandbox.url}/_control/state", vendor=vendor)
    with pytest.raises(ConnectorError):
        send("GET", f"{sandbox.url}/_control/no-such-control", vendor=vendor)
    text = scrape()
    assert sample(text, "rallied_vendor_call_seconds_count", connector=vendor, status="200") == 2
    assert sample(text, "rallied_vendor_call_seconds_count", connector=vendor, status="404") == 1
    assert sample(text, "rallied_vendor_call_seconds_bucket", connector=vendor, status="200", le="+Inf") == 2
    assert sample(text, "rallied_vendor_call_seconds_sum", connector=vendor, status="200") > 0


def test_a_vendor_that_cannot_be_reached_is_counted_as_such(scrape):
    vendor = f"vendor-{uuid.uuid4().hex[:6]}"
    with pytest.raises(ConnectorError):
        send("GET", "http://127.0.0.1:9/", vendor=vendor, max_retries=0)  # the discard port: nothing listens
    assert sample(scrape(), "rallied_vendor_call_seconds_count", connector=vendor, status="connection_error") == 1


def test_approval_wait_is_a_histogram_of_decided_requests(world, scrape):
    now = timezone.now()
    for minutes, status in ((10, "approved"), (2, "approved"), (90, "rejected")):
        request = waiting("contoso").approval
        ApprovalRequest.objects.filter(pk=request.pk).update(
            status=status, created_at=now - timedelta(minutes=minutes), decided_at=now)
    waiting("contoso")  # still open: not counted
    text = scrape()
    assert sample(text, "rallied_approval_wait_seconds_count", outcome="approved") == 2
    assert sample(text, "rallied_approval_wait_seconds_bucket", outcome="approved", le="300") == 1
    assert sample(text, "rallied_approval_wait_seconds_bucket", outcome="approved", le="900") == 2
    assert sample(text, "rallied_approval_wait_seconds_sum", outcome="approved") == pytest.approx(720, abs=1)
    assert sample(text, "rallied_approval_wait_seconds_bucket", outcome="rejected", le="3600") == 0
    assert sample(text, "rallied_approval_wait_seconds_bucket", outcome="rejected", le="14400") == 1
    assert sample(text, "rallied_approval_wait_seconds_count", outcome="open") is None


def test_tickets_by_outcome_and_category(world, scrape):
    contoso = Tenant.objects.get(slug="contoso")
    for n, (status, category) in enumerate([("resolved", "password_reset"), ("resolved", "password_reset"),
                                            ("escalated", "printer"), ("triaged", "password_reset")]):
        ticket, _ = ingest_ticket(actor="system:test", tenant=contoso, source="api", external_id=f"out-{n}",
                                  subject="s", body="b", requester_email="adele.vance@contoso.example", enqueue=False)
        type(ticket).objects.filter(pk=ticket.pk).update(status=status, category=category)
    text = scrape()
    assert sample(text, "rallied_ticket_outcomes", outcome="resolved", category="password_reset") == 2
    assert sample(text, "rallied_ticket_outcomes", outcome="escalated", category="printer") == 1
    assert sample(text, "rallied_ticket_outcomes", outcome="triaged", category="password_reset") is None


CALL = """
import django; django.setup()
from rallied.http import send
send("GET", "{url}/_control/state", vendor="worker-vendor")
"""
SCRAPE = """
import django; django.setup()
from django.test import RequestFactory
from django_prometheus.exports import ExportToDjangoView
print(ExportToDjangoView(RequestFactory().get("/metrics")).content.decode())
"""


def test_under_multiprocess_mode_a_call_made_in_another_process_is_in_the_scrape(sandbox, tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "rallied.settings", "DEBUG": "1",
           "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    for _ in range(2):  # two worker processes, each its own file
        subprocess.run([sys.executable, "-c", CALL.format(url=sandbox.url)], cwd=ROOT, env=env, check=True,
                       timeout=60)
    text = subprocess.run([sys.executable, "-c", SCRAPE], cwd=ROOT, env=env, check=True, timeout=60,
                          capture_output=True, text=True).stdout
    assert sample(text, "rallied_vendor_call_seconds_count", connector="worker-vendor", status="200") == 2
