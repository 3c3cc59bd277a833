"""Time entries as the MSP bills them, read back from each sandbox PSA's own state: the tenant's work type,
agreement or contract, billable or not, and Rallied's own time rounded up to the configured increment; none for
an escalated ticket, and on an approved ticket only Rallied's part, never the wait for the technician."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from approvals.models import AutonomyPolicy
from playbooks.models import Action
from sandbox.vendors import autotask as at_vendor
from sandbox.vendors import connectwise as cw_vendor
from sandbox.vendors import halopsa as halo_vendor
from tenants.models import Tenant
from tests.intake.conftest import TENANTS, configure
from tests.targets.helpers import approve_as_technician
from tests.trust.helpers import loosest_policies
from tickets.models import Ticket, TicketEvent

pytestmark = pytest.mark.django_db

RESET = ("Password reset please", "Hi, I forgot my password and I'm locked out. Can you reset my password? Thanks")
UNLOCK = ("Locked out", "I typed my password wrong too many times and now my account is locked. Please unlock it.")
PRINTER = ("Printer jams", "The printer on the second floor jams on every page.")
# vendor -> (request, requester e-mail, name)
ASKS = {"connectwise": (RESET, "adele.vance@contoso.example", "Adele Vance"),
        "autotask": (UNLOCK, "robert.king@northwind.example", ""),
        "halopsa": (RESET, "tom.higgins@fabrikam.example", "Tom Higgins")}


def time_entries(sandbox: Any, vendor: str, psa_id: Any) -> list[dict[str, Any]]:
    """The PSA ticket's time entries as the vendor stores them (Halo: the actions that carry time)."""
    state = sandbox.sandbox.state()[vendor]
    if vendor == "connectwise":
        return [e for e in state["time_entries"] if e["chargeToId"] == int(psa_id)]
    if vendor == "autotask":
        return [e for db in state.values() for e in db["timeEntries"] if e["ticketID"] == int(psa_id)]
    return [a for a in state["actions"] if a["ticket_id"] == int(psa_id) and a["timetaken"] > 0]


def resolve_through_psa(psa: Any, vendor: str) -> tuple[Ticket, dict[str, Any]]:
    """A live tenant's requester opens an action ticket in their PSA; Rallied takes it in and resolves it."""
    (subject, body), email, name = ASKS[vendor]
    Tenant.objects.filter(slug=TENANTS[vendor][0]).update(mode="live")
    loosest_policies(TENANTS[vendor][0])
    psa_ticket = psa.open(vendor, subject, body, email, name)
    response = psa.deliver(vendor, psa_ticket)
    assert response.status_code == 200, response.content
    ticket = Ticket.objects.get(pk=response.json()["ticket_id"])
    for action in Action.objects.filter(ticket=ticket, status="awaiting_approval"):
        approve_as_technician(action)  # a tenant that verifies through managers: the technician called back
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    return ticket, psa_ticket


def test_connectwise_entry_carries_the_work_type_agreement_and_billable_option(psa, sandbox):
    _, psa_ticket = resolve_through_psa(psa, "connectwise")

    (entry,) = time_entries(sandbox, "connectwise", psa_ticket["id"])
    assert entry["workType"] == {"id": 1, "name": "Remote Support"}
    assert entry["agreement"]["id"] == cw_vendor.agreement_id("ContosoDental")
    assert entry["billableOption"] == "Billable"
    assert entry["actualHours"] == 0.25  # seconds of work, rounded up to the demo's 15-minute increment


def test_autotask_entry_carries_the_contract_billing_code_and_billable_flag(psa, sandbox):
    _, psa_ticket = resolve_through_psa(psa, "autotask")

    (entry,) = time_entries(sandbox, "autotask", psa_ticket["id"])
    assert entry["contractID"] == at_vendor.contract_id(29684355)
    assert entry["billingCodeID"] == at_vendor.DEMO_BILLING_CODE
    assert entry["isNonBillable"] is False
    assert entry["hoursWorked"] == 0.1  # the demo bills Northwind in 6-minute increments


def test_halopsa_entry_carries_the_charge_rate_and_billable_flag(psa, sandbox):
    _, psa_ticket = resolve_through_psa(psa, "halopsa")

    (entry,) = time_entries(sandbox, "halopsa", psa_ticket["id"])
    assert (entry["chargerate"], entry["nonbillable"]) == (halo_vendor.DEMO_CHARGE_RATE, False)
    assert entry["timetaken"] == 0.25


# vendor -> (billing settings a service lead sets, what the PSA then stores)
CHANGED = {
    "connectwise": ({"work_type": "Admin", "billable_option": "NoCharge", "time_increment_minutes": 30},
                    lambda e: (e["workType"]["name"], e["billableOption"], e["actualHours"]), ("Admin", "NoCharge", 0.5)),
    "autotask": ({"billing_code_id": 29682803, "non_billable": True, "time_increment_minutes": 15},
                 lambda e: (e["billingCodeID"], e["isNonBillable"], e["hoursWorked"]), (29682803, True, 0.25)),
    "halopsa": ({"charge_rate": 3, "non_billable": True, "time_increment_minutes": 60},
                lambda e: (e["chargerate"], e["nonbillable"], e["timetaken"]), (3, True, 1.0)),
}


@pytest.mark.parametrize("vendor", list(CHANGED))
def test_a_service_leads_billing_settings_reach_the_psa(psa, sandbox, vendor):
    settings, read, expected = CHANGED[vendor]
    configure(vendor, **settings)  # through tenants.services.save_connection, validated

    _, psa_ticket = resolve_through_psa(psa, vendor)

    (entry,) = time_entries(sandbox, vendor, psa_ticket["id"])
    assert read(entry) == expected


@pytest.mark.parametrize("vendor", list(TENANTS))
def test_an_escalated_ticket_gets_no_rallied_time_entry(psa, sandbox, vendor):
    Tenant.objects.filter(slug=TENANTS[vendor][0]).update(mode="live")
    _, email, name = ASKS[vendor]
    psa_ticket = psa.open(vendor, *PRINTER, email, name)

    response = psa.deliver(vendor, psa_ticket)

    ticket = Ticket.objects.get(pk=response.json()["ticket_id"])
    assert ticket.status == "escalated"
    assert time_entries(sandbox, vendor, psa_ticket["id"]) == []


def test_an_approved_ticket_bills_rallieds_part_not_the_wait_for_the_technician(psa, sandbox):
    """Three hours waiting for a technician's approval are not Rallied's work: one 15-minute increment is billed."""
    Tenant.objects.filter(slug="contoso").update(mode="live")
    loosest_policies("contoso")
    AutonomyPolicy.objects.filter(kind="reset_password").update(mode="approval")
    (subject, body), email, name = ASKS["connectwise"]
    psa_ticket = psa.open("connectwise", subject, body, email, name)
    ticket = Ticket.objects.get(pk=psa.deliver("connectwise", psa_ticket).json()["ticket_id"])
    assert ticket.status == "awaiting_approval"
    # The approval comes three hours after the ticket went to the queue: everything so far happened that long ago.
    earlier = timedelta(hours=3)
    for event in TicketEvent.objects.filter(ticket=ticket):
        TicketEvent.objects.filter(pk=event.pk).update(at=event.at - earlier)
    Ticket.objects.filter(pk=ticket.pk).update(received_at=ticket.received_at - earlier)

    approve_as_technician(Action.objects.get(ticket=ticket))

    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert (ticket.resolved_at - ticket.received_at) > earlier
    (entry,) = time_entries(sandbox, "connectwise", psa_ticket["id"])
    assert entry["actualHours"] == 0.25
