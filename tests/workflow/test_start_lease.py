"""The start step's lease is given back when the step ends, whichever way: with the route's commit when the step
routes its ticket (issue 17: no commit of its own), by the step's `finally` when the route failed and rolled back."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tests.helpers import post_ticket, ticket_payload, token_client
from tickets.models import Ticket
from workflow import lifecycle
from workflow.models import Lease


def _start_lease_of(ticket: Ticket) -> Lease:
    return Lease.objects.get(name=f"start:{ticket.pk}:{ticket.round}")


def _given_back(lease: Lease) -> bool:
    return lease.holder == "" and lease.until <= timezone.now()


@pytest.mark.django_db(transaction=True)
def test_a_routed_start_step_gives_its_lease_back_with_the_route(world, tenant_key, sandbox):
    client = token_client(tenant_key("contoso"))
    created = post_ticket(client, ticket_payload("lease-routed", "adele.vance@contoso.example"))
    ticket = Ticket.objects.get(pk=created.json()["id"])
    assert ticket.status == "resolved"
    lease = _start_lease_of(ticket)
    assert _given_back(lease) and lease.taken == 1


@pytest.mark.django_db(transaction=True)
def test_a_start_step_whose_route_fails_still_gives_its_lease_back(world, tenant_key, sandbox, monkeypatch):
    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("route broke")

    monkeypatch.setattr(lifecycle, "_route", broken)
    client = token_client(tenant_key("contoso"))
    created = post_ticket(client, ticket_payload("lease-broken", "adele.vance@contoso.example"))
    ticket = Ticket.objects.get(pk=created.json()["id"])
    assert ticket.status == "escalated"  # the step's failure goes to a technician (workflow/escalation.guarded)
    assert not ticket.actions.filter(status="approved").exists()  # the decisions' unit rolled back with the route
    assert _given_back(_start_lease_of(ticket))
