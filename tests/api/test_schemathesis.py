"""Schemathesis against /api/v1/schema/, in-process over WSGI: no request may end in a server error, and every
answer must be one the schema documents (status, content type, headers, body).

Each operation is fuzzed with a tenant token and with a service lead's user token, with data that fits the schema
and data that does not. Detail operations are also aimed at real rows: an action waiting for approval (approved
once, then a 409 for every later decision), an action that never waited, another tenant's action and a ticket.
Bounded and derandomized, so the run is the same every time and fits CI's budget.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.contrib.auth import get_user_model
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from playbooks.models import Action
from tenants.models import Tenant
from tenants.services import create_api_token
from tests.approvals.factories import waiting
from tickets.services import ingest_ticket

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]
EXAMPLES = 12  # per operation, token, mode and target: about 600 requests in all
FUZZ = settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
                phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))


@pytest.fixture
def wsgi_app() -> Iterator[Any]:
    """Django's WSGI application, sharing the test's transaction.

    A real request closes the database connection when it ends (close_old_connections on request_started and
    request_finished); inside a test that would drop the transaction the test rolls back. Django's own test
    client disconnects the same handlers while it runs.
    """
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def _targets(world: dict[str, Any]) -> dict[str, int]:
    """Real ids for the detail operations, beside the ids Schemathesis makes up."""
    waiting_action = waiting("contoso")
    never_waited = waiting("contoso")
    never_waited.approval.delete()
    Action.objects.filter(pk=never_waited.pk).update(status="succeeded", decision="autonomous")
    elsewhere = waiting("fabrikam", requester="someone@fabrikam.example")
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id="fuzz-ticket", subject="Printer jam", body="The printer is jammed.",
                              requester_email="adele.vance@contoso.example", enqueue=False)
    return {"waiting": waiting_action.pk, "never waited": never_waited.pk, "other tenant": elsewhere.pk,
            "ticket": ticket.pk}


def _failure_summary(exc: BaseException) -> str:
    text = str(exc)
    return text.split("Reproduce with:")[0].strip()[:800] + ("\n" + text.split("Reproduce with:")[1][:600]
                                                            if "Reproduce with:" in text else "")


def _fuzz(strategy: Any, label: str, key: str, failures: Counter[str], statuses: Counter[int]) -> None:
    """Send EXAMPLES cases of `strategy` with `key`; count each failure (never stopping at the first) and status."""

    @FUZZ
    @given(case=strategy)
    def exchange(case: Any) -> None:
        try:
            response = case.call_and_validate(headers={"Authorization": f"Token {key}"}, checks=CHECKS)
        except (Exception, BaseExceptionGroup) as exc:  # every failure is collected and reported, none hidden
            failures[f"{label}: {_failure_summary(exc)}"] += 1
        else:
            statuses[response.status_code] += 1

    exchange()


@pytest.mark.django_db
def test_the_api_answers_every_request_as_its_schema_says(world, wsgi_app):
    contoso = Tenant.objects.get(slug="contoso")
    _, tenant_key = create_api_token(actor="system:test", name="fuzz-tenant", tenant=contoso)
    # The service lead's token reaches every operation: it may approve, and read the audit trail.
    lead = get_user_model().objects.get(username="lead")
    _, user_key = create_api_token(actor="system:test", name="fuzz-user", user=lead)
    ids = _targets(world)

    schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", wsgi_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {
        "GET /api/v1/tickets/", "POST /api/v1/tickets/", "GET /api/v1/tickets/{id}/", "GET /api/v1/actions/",
        "GET /api/v1/actions/{id}/", "POST /api/v1/actions/{id}/approve/", "POST /api/v1/actions/{id}/reject/",
        "GET /api/v1/audit/", "GET /api/v1/audit/{id}/"}

    failures: Counter[str] = Counter()
    statuses: Counter[int] = Counter()
    for op in operations:
        for who, key in (("tenant token", tenant_key), ("user token", user_key)):
            for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
                _fuzz(op.as_strategy(generation_mode=mode), f"{op.label} with a {who}", key, failures, statuses)
            if "{id}" in op.path:  # the real rows, with data that fits: what a client would send them
                for target, pk in ids.items():
                    _fuzz(op.as_strategy(path_parameters={"id": pk}), f"{op.label} on the {target} with a {who}",
                          key, failures, statuses)

    report = "\n\n".join(f"{count}x {failure}" for failure, count in failures.most_common())
    assert not failures, f"{sum(failures.values())} failing exchanges:\n{report}"
    # The fuzz reached the interesting answers, not only 400s: reads, a real approval and the conflicts after it.
    assert statuses[200] and statuses[400] and statuses[404] and statuses[409] and statuses[403], statuses
