"""The start step's lease is given back when the step ends, whichever way: with the route's commit when the step
routes its ticket (issue 17: no commit of its own), by the step's `finally` when the route failed and rolled back."""

from __future__ import annotations

import pytest
from django.utils import timezone

from tenants.models import Tenant
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


@pytest.mark.django_db
@pytest.mark.parametrize("held_before", [True, False], ids=["after-another-holder", "first-taker"])
def test_a_ticket_a_technician_took_between_the_starts_read_and_its_lease_is_left_as_it_is(world, monkeypatch,
                                                                                           held_before):
    """The first taker of a round's start lease trusts its read of the ticket (issue 17): the step's writes are
    conditional on the status they start from. After another holder, it reads the ticket again."""
    ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), external_id="lease-raced",
                                   subject="Password reset please", body="Hi, I forgot my password.",
                                   requester_email="adele.vance@contoso.example")
    if held_before:  # a worker held it and gave it back (a step that stopped short of the route)
        Lease.objects.create(name=f"start:{ticket.pk}:{ticket.round}", holder="", until=timezone.now(), taken=1)
    real = lifecycle.take_counted_lease

    def technician_first(name, **kwargs):  # type: ignore[no-untyped-def]
        Ticket.objects.filter(pk=ticket.pk).update(status="escalated", escalation_reason="taken by a technician")
        return real(name, **kwargs)

    monkeypatch.setattr(lifecycle, "take_counted_lease", technician_first)
    assert lifecycle.start_ticket(ticket.pk) == "escalated"
    ticket.refresh_from_db()
    assert ticket.escalation_reason == "taken by a technician"
    assert not ticket.category and not ticket.triage and not ticket.actions.exists()
    assert _start_lease_of(ticket).taken == (2 if held_before else 1)
