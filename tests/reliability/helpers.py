"""Helpers for the reliability tests: tickets that stop at chosen points, and workers that die."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from django.utils import timezone

from playbooks.services import LEASE
from rallied.connectors import connector_classes
from tests.helpers import committed, post_ticket, ticket_payload
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
