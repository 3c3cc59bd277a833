"""Shared test helpers and fixtures: the demo world seeded against the session sandbox, API clients, ticket
helpers and sandbox-state readers. The fixtures are exported through tests/conftest.py, so every test folder
has them."""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.conf import settings
from django.db import connection
from django.test import TestCase
from rest_framework.test import APIClient

from sandbox.demo import seed_demo
from tenants.models import Connection, Tenant
from tenants.services import create_api_token

RESET_SUBJECT = "Password reset please"
RESET_BODY = "Hi, I forgot my password and I'm locked out of my account. Can you reset my password? Thanks"


_WORLD: dict[str, Any] = {}  # seed_demo's answer for this test run (tenants, logins, password)


def seed_world(sandbox_url: str) -> dict[str, Any]:
    """Seed the demo world against the sandbox at `sandbox_url` and remember what seed_demo answered."""
    _WORLD.clear()
    _WORLD.update(seed_demo(settings.RALLIED_DIRECTORY_FILE, sandbox_url))
    fast_okta_pushes()
    return copy.deepcopy(_WORLD)


def fast_okta_pushes() -> None:
    """The Okta connector polls a push every 2 s by default; the sandbox answers at once."""
    for okta in Connection.objects.filter(vendor="okta"):
        okta.config = {**(okta.config or {}), "push_poll_interval": 0.01}
        okta.save(update_fields=["config"])


@pytest.fixture
def world(sandbox: Any) -> dict[str, Any]:
    """Staff, the three demo tenants, connections pointing at the sandbox (Okta pushes polled every 10 ms),
    policies and playbooks.

    Seeded once per run (tests/conftest.py `django_db_setup`); each test rolls back to it. Only after a
    transactional test has flushed the tables is it seeded again (one query tells).
    """
    if not _WORLD or Tenant.objects.filter(slug__in=_WORLD["tenants"]).count() != len(_WORLD["tenants"]):
        return seed_world(sandbox.url)
    return copy.deepcopy(_WORLD)


class _CommitWork:
    """What `committed()` saw in the current test: whether it was used, and the callbacks it ran."""

    used = False
    depth = 0
    ran: list[Callable[[], Any]] = []

    @classmethod
    def reset(cls) -> None:
        cls.used, cls.depth, cls.ran = False, 0, []

    @classmethod
    def dropped(cls) -> list[str]:
        """On-commit callbacks of this test's transaction that no `committed()` block ran."""
        if not cls.used or not connection.in_atomic_block:
            return []
        ran = {id(callback) for callback in cls.ran}
        return [getattr(cb, "__qualname__", repr(cb)) for _, cb, _ in connection.run_on_commit if id(cb) not in ran]


@contextlib.contextmanager
def committed() -> Iterator[list[Callable[[], Any]]]:
    """Run the on-commit work the block registers when the block ends, as the commit would have.

    A `django_db` test runs in a transaction that is rolled back, so the work the code under test hands to
    `transaction.on_commit` (task doorbells, PSA notes, chat cards) never runs unless captured: this is
    pytest-django's `django_capture_on_commit_callbacks(execute=True)`, including the work those callbacks register
    in turn. Wrap each step whose follow-up the test checks. A test that uses it fails if on-commit work was
    registered outside such a block (tests/conftest.py), so a step left unwrapped cannot make "nothing was written"
    pass unnoticed. Nested blocks run the work once, when the outermost ends. Under `transaction=True` the
    callbacks already ran at each commit and this does nothing.
    """
    _CommitWork.used = True
    if _CommitWork.depth:
        yield []
        return
    _CommitWork.depth += 1
    try:
        with TestCase.captureOnCommitCallbacks(execute=True) as callbacks:
            yield callbacks
    finally:
        _CommitWork.depth -= 1
    _CommitWork.ran.extend(callbacks)


def token_client(key: str | None) -> APIClient:
    client = APIClient()
    if key is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


@pytest.fixture
def tenant_key(world: dict[str, Any]):
    """tenant_key("contoso") -> a fresh tenant-bound API key."""

    def make(slug: str) -> str:
        tenant = Tenant.objects.get(slug=slug)
        _, key = create_api_token(actor="system:test", name=f"{slug}-psa", tenant=tenant)
        return key

    return make


@pytest.fixture
def contoso_api(tenant_key) -> APIClient:
    return token_client(tenant_key("contoso"))


def ticket_payload(external_id: str, requester: str, *, subject: str = RESET_SUBJECT, body: str = RESET_BODY,
                   name: str = "") -> dict[str, str]:
    return {"external_id": external_id, "subject": subject, "body": body, "requester_email": requester,
            "requester_name": name}


def post_ticket(client: APIClient, payload: dict[str, Any]):
    return client.post("/api/v1/tickets/", payload, format="json")


def submit_ticket(client: APIClient, external_id: str, subject: str, body: str, *,
                  requester: str = "megan.bowen@contoso.example", name: str = "Megan Bowen") -> Any:
    """Post a ticket through the API, committed so the pipeline runs, and return it from the database."""
    from tickets.models import Ticket

    with committed():
        response = post_ticket(client, ticket_payload(external_id, requester, subject=subject, body=body, name=name))
    assert response.status_code == 201, response.content
    return Ticket.objects.get(pk=response.json()["id"])


def graph_user(sandbox: Any, upn: str, tenant: str = "contoso") -> dict[str, Any]:
    return sandbox.sandbox.state()["graph"][tenant]["users"][upn]


def psa_ticket(sandbox: Any, psa_id: str) -> dict[str, Any]:
    return sandbox.sandbox.state()["connectwise"]["tickets"][str(psa_id)]


def internal_notes(cw_ticket: dict[str, Any]) -> list[str]:
    return [n["text"] for n in cw_ticket["notes"] if n["internalAnalysisFlag"]]


def customer_notes(cw_ticket: dict[str, Any]) -> list[str]:
    return [n["text"] for n in cw_ticket["notes"] if n["detailDescriptionFlag"] and not n["internalAnalysisFlag"]]


def password_patches(sandbox: Any) -> list[dict[str, Any]]:
    return [w for w in sandbox.sandbox.writes("graph")
            if w["method"] == "PATCH" and "passwordProfile" in w["body"]]


def otp_code(user: Any) -> str:
    """A code the user's authenticator app would show now, for their confirmed device (the demo staff have one,
    sandbox/demo.py). django-otp accepts each time step once: the device is told it has not seen this step yet, as
    if the next 30 seconds had begun, so a test may prove the factor more than once."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="Test authenticator", confirmed=True)
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1, throttling_failure_count=0,
                                                   throttling_failure_timestamp=None)
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):0{device.digits}d}"


def verified(client: Any, user: Any) -> Any:
    """Sign `client` in as `user` with the second factor proved, the way /accounts/otp/ does: a code from the
    user's device, entered on the page. Returns the client."""
    client.force_login(user)
    response = client.post("/accounts/otp/", {"code": otp_code(user)})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def staff_client(username: str, *, second_factor: bool = True) -> Any:
    """A browser signed in as a demo staff member; with the second factor proved unless told otherwise."""
    from django.contrib.auth import get_user_model
    from django.test import Client

    user = get_user_model().objects.get(username=username)
    client = Client()
    if second_factor:
        return verified(client, user)
    client.force_login(user)
    return client


def second_factor(user: Any) -> Any:
    """For tests that call `approvals.services.approve_action` directly: the proof a channel makes once `user` has
    entered the code their device shows (tenants/otp.py checks the code and signs the proof; the service checks the
    proof). Password, MFA and mailbox approvals need one."""
    from tenants.otp import proof_from_code

    proof = proof_from_code(user, otp_code(user))
    assert proof is not None
    return proof
