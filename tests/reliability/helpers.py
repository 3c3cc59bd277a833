"""Helpers for the reliability tests: tickets that stop at chosen points, and workers that die."""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.utils import timezone

from playbooks.reconciler import grace_period, report_lag_grace
from playbooks.services import LEASE
from rallied.connectors import connector_classes
from tests.helpers import committed, customer_notes, post_ticket, psa_ticket, ticket_payload
from tickets.models import Ticket

DIEGO = "diego.siciliani@contoso.example"  # locked out in the demo directory
ADELE = "adele.vance@contoso.example"
UNLOCK = ("account locked out", "My account is locked, I typed the wrong password too many times this morning. "
          "Can you unlock it?\nDiego - Front Desk")
GROUP_ADD = ("Access to Finance-Readers group",
             'Hi, please add me to the "Finance-Readers" group so I can read the reports. Thanks, Adele')


class WorkerDied(BaseException):
    """Stands for SIGKILL: not an Exception, so no handler in the executor sees it."""


def submit(client: Any, external_id: str, requester: str, subject: str | None = None,
           body: str | None = None) -> Ticket:
    payload = ticket_payload(external_id, requester, **({"subject": subject} if subject else {}),
                             **({"body": body} if body else {}))
    with committed():
        response = post_ticket(client, payload)
    assert response.status_code == 201, response.content
    return Ticket.objects.get(pk=response.json()["id"])


def after_lease(now: datetime | None = None) -> datetime:
    """A moment at which every lease taken now has run out."""
    return (now or timezone.now()) + LEASE + timedelta(seconds=1)


def after_grace(now: datetime | None = None) -> datetime:
    """A moment past the reconciler's grace period for every intent written until now."""
    return (now or timezone.now()) + grace_period() + timedelta(seconds=1)


def after_report_lag(now: datetime | None = None) -> datetime:
    """A moment past the longer wait for a vendor whose evidence is a lagging report (Google's password changes)."""
    return (now or timezone.now()) + report_lag_grace() + timedelta(seconds=1)


LINK = re.compile(r"https?://[^\s]+/s/([A-Za-z0-9_\-]+)/")


def reply_links(sandbox: Any, ticket: Ticket, psa: str = "connectwise") -> list[str]:
    """The one-time link tokens the PSA holds: the customer-facing replies of the ConnectWise ticket, or anything
    another PSA's sandbox stored (a test there runs one ticket)."""
    if psa == "connectwise":
        texts = customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id))
    else:
        texts = [json.dumps(sandbox.sandbox.state()[psa])]
    return [m.group(1) for text in texts for m in LINK.finditer(text)]


def open_link(token: str) -> str | None:
    """Open a one-time link as the requester does (the page, then the button); the secret shown, or None."""
    with committed():
        page = Client().post(f"/s/{token}/")
    shown = re.search(r"<code>(.*?)</code>", page.content.decode())
    return html.unescape(shown.group(1)) if page.status_code == 200 and shown else None


def digest(secret: str) -> str:
    """How the sandbox vendors keep a password: its SHA-256, never the value."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def die_after_call(monkeypatch: pytest.MonkeyPatch, vendor: str, method: str) -> list[str]:
    """The vendor call goes through, then the worker dies before it can record anything."""
    cls = connector_classes()[vendor]
    real = getattr(cls, method)
    calls: list[str] = []

    def dying(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        real(self, *args, **kwargs)
        calls.append(method)
        raise WorkerDied()

    monkeypatch.setattr(cls, method, dying)
    return calls


@pytest.fixture
def held_doorbells(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Execution doorbells are collected instead of rung: the test decides when (and whether) a worker runs."""
    import playbooks.tasks

    rung: list[int] = []
    monkeypatch.setattr(playbooks.tasks, "execute_action_task", rung.append)
    return rung


@dataclass
class Deliveries:
    """What `deliver_many` saw: each delivery's return value, and every exception that escaped one."""

    results: list[Any] = field(default_factory=list)
    errors: list[BaseException] = field(default_factory=list)


def deliver_many(times: int, deliver: Callable[[], Any], *, threads: int = 1) -> Deliveries:
    """Deliver the same thing `times` times, as an at-least-once broker or a retrying vendor would.

    threads == 1: one after another, in this thread. More: that many threads, each with its own database
    connection, released together by a barrier and taking deliveries until `times` are done, so several are in
    flight at once (on PostgreSQL they really overlap; SQLite serialises their writes). Needs a
    `django_db(transaction=True)` test, so each thread sees what the others committed.
    """
    seen = Deliveries()
    if threads <= 1:
        for _ in range(times):
            _deliver_once(deliver, seen)
        return seen
    gate = threading.Barrier(threads)
    left = iter(range(times))
    take = threading.Lock()

    def worker() -> None:
        try:
            gate.wait(timeout=30)
            while True:
                with take:
                    if next(left, None) is None:
                        return
                _deliver_once(deliver, seen)
        finally:
            connection.close()  # a thread's connection is its own: leave none open for the test database

    pool = [threading.Thread(target=worker, name=f"delivery-{n}") for n in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=300)
    assert not any(t.is_alive() for t in pool), "a delivery hung"
    return seen


def _deliver_once(deliver: Callable[[], Any], seen: Deliveries) -> None:
    try:
        seen.results.append(deliver())
    except BaseException as exc:  # reported by the test: an exception escaping a task is the bug looked for
        seen.errors.append(exc)


def crashes(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Errors logged while the test ran: a lifecycle step that crashed is caught and escalated
    (workflow/escalation.guarded), so its log line is how a crash on a lost race shows."""
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.fixture
def hold(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], list[tuple[Any, ...]]]:
    """hold("workflow.tasks.settle_ticket_task") -> the list its doorbells land in instead of being rung.

    Every task is queued through rallied.tasks.dispatch; the held ones are kept (their arguments, in order) and the
    others go through as usual, so a test stops the path exactly where a lost doorbell would and rings it itself.
    """
    import rallied.tasks

    held: dict[str, list[tuple[Any, ...]]] = {}
    real = rallied.tasks.async_task

    def queue(task: str, *args: Any, **kwargs: Any) -> Any:
        if task in held:
            held[task].append(args)
            return None
        return real(task, *args, **kwargs)

    monkeypatch.setattr(rallied.tasks, "async_task", queue)
    return lambda task: held.setdefault(task, [])
