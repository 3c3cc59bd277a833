"""X-Request-ID: taken from the caller (when it is a plain token) or made, returned on the response, and carried by
every task the request queues, so the cluster's log lines for a ticket carry the id of the POST that brought it."""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Callable, Iterator
from multiprocessing import Queue, Value

import pytest
from django.test import Client
from django_q.brokers import get_broker
from django_q.signing import SignedPackage
from django_q.tasks import async_task
from django_q.worker import worker
from pythonjsonlogger.json import JsonFormatter

from rallied import request_id
from rallied.logs import RequestIdFilter
from tenants.models import Tenant
from tests.helpers import committed, ticket_payload, token_client
from tickets.models import Ticket
from tickets.services import ingest_ticket

pytestmark = pytest.mark.django_db
ADELE = "adele.vance@contoso.example"


@pytest.fixture
def json_lines() -> Iterator[Callable[[], list[dict]]]:
    """The JSON log lines written meanwhile, formatted and filtered as production's handler does (settings.LOGGING)."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RequestIdFilter())
    root, http_log = logging.getLogger(), logging.getLogger("rallied.http")
    previous = http_log.level
    root.addHandler(handler)
    http_log.setLevel(logging.DEBUG)  # one line per vendor call: the task's own lines
    try:
        yield lambda: [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]
    finally:
        root.removeHandler(handler)
        http_log.setLevel(previous)


def test_the_callers_id_comes_back_and_a_bad_or_missing_one_is_replaced(world):
    client = Client()
    assert client.get("/health/", HTTP_X_REQUEST_ID="psa-7f3a:42")["X-Request-ID"] == "psa-7f3a:42"
    for offered in ("has spaces\nand a newline", "x" * 129, "<script>", ""):
        made = client.get("/health/", HTTP_X_REQUEST_ID=offered)["X-Request-ID"]
        assert re.fullmatch(r"[0-9a-f]{32}", made), offered
    assert re.fullmatch(r"[0-9a-f]{32}", client.get("/health/")["X-Request-ID"])
    assert request_id.current() is None  # nothing leaks past the request


@pytest.mark.django_db(transaction=True)
def test_the_log_lines_of_a_posted_tickets_tasks_carry_its_request_id(sandbox, tenant_key, json_lines):
    # Committed for real, as in production: the intake's commit queues the ticket's first task inside the request.
    client = token_client(tenant_key("contoso"))
    posted = client.post("/api/v1/tickets/", ticket_payload("RID-1", ADELE), format="json",
                         HTTP_X_REQUEST_ID="intake-0042")
    assert posted.status_code == 201 and posted["X-Request-ID"] == "intake-0042"
    assert Ticket.objects.get(external_id="RID-1").status == "resolved"
    vendor_calls = [r for r in json_lines() if r["name"] == "rallied.http"]
    # Directory lookups, the push, the reset, the PSA's note, time entry and close: every one under the intake's id.
    assert {"entra", "duo", "connectwise"} <= {r["message"].split()[0] for r in vendor_calls}
    assert all(r.get("request_id") == "intake-0042" for r in vendor_calls)
    assert request_id.current() is None


def test_the_id_travels_in_the_task_package_to_the_worker(sandbox, world, json_lines):
    """Through the real broker and django-q2's worker function: the web's id is gone by the time the task runs."""
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id="RID-2", subject="Forgot my password", body="Please reset my password.",
                              requester_email=ADELE, enqueue=False)
    token = request_id.activate("queued-by-web-7")
    try:
        task_id = async_task("workflow.tasks.start_ticket_task", ticket.pk, sync=False)  # into the broker
    finally:
        request_id.deactivate(token)
    broker = get_broker()
    task = None
    for _ in range(20):
        for ack, package in broker.dequeue() or []:
            broker.acknowledge(ack)
            candidate = SignedPackage.loads(package)
            task = candidate if candidate["id"] == task_id else task
        if task:
            break
    assert task is not None and task[request_id.TASK_KEY] == "queued-by-web-7"
    assert request_id.current() is None
    # `sync` only keeps the worker from closing this test's database connection between tasks.
    tasks, results = Queue(), Queue()
    for item in ({**task, "sync": True}, "STOP"):
        tasks.put(item)
    with committed():
        worker(tasks, results, Value("f", -1))
        lines = [r for r in json_lines() if r["name"] == "rallied.http"]
    assert lines and all(r.get("request_id") == "queued-by-web-7" for r in lines)
    assert request_id.current() is None
