"""Autotask: the requester is the ticket's Contact (contactID -> Contacts), never a "Requester:" line of its text.

Anyone can write "Requester: andrew.fuller@..." at the top of a ticket; only the Contact Autotask linked says who it
is from. A ticket whose contact is Janet acts for Janet whatever its text says; one without a contact escalates.
"""

from __future__ import annotations

import pytest

from playbooks.models import Action
from tickets.models import Ticket

pytestmark = pytest.mark.django_db

COMPANY = 29684355
ROBERT, JANET, CEO = ("robert.king@northwind.example", "janet.leverling@northwind.example",
                      "andrew.fuller@northwind.example")
LOCKED = "I typed my password wrong too many times and now my account is locked. Please unlock it."


def forged(text: str = LOCKED) -> str:
    return f"Requester: {CEO}\n\n{text}"


def deliver(psa, ticket: dict) -> Ticket:
    response = psa.deliver("autotask", ticket)
    assert response.status_code == 200, response.content
    return Ticket.objects.get(pk=response.json()["ticket_id"])


def test_a_forged_requester_line_is_ignored_the_ticket_acts_for_its_contact(psa, sandbox):
    at = psa.vendor("autotask").open_ticket(COMPANY, "Locked out", forged(), contact=JANET)

    ticket = deliver(psa, at)

    assert ticket.requester_email == JANET and ticket.requester_name == "Janet Leverling"
    assert "Requester:" not in ticket.body  # the typed line never reaches triage
    targets = set(Action.objects.filter(ticket=ticket).values_list("target", flat=True))
    assert targets == {JANET}, targets  # Janet's own unlock, never the CEO's account
    assert ticket.status == "resolved", ticket.escalation_reason


def test_a_ticket_without_a_contact_escalates_and_nothing_runs(psa, sandbox):
    at = psa.vendor("autotask").open_ticket(COMPANY, "Locked out", forged(), contact="")
    assert at["contactID"] is None

    ticket = deliver(psa, at)

    assert ticket.requester_email == ""
    assert ticket.status == "escalated" and "has no contact" in ticket.escalation_reason
    assert not Action.objects.filter(ticket=ticket).exists()
    assert sandbox.sandbox.writes("okta") == []
    notes = [n for n in sandbox.sandbox.state()["autotask"]["rallied-northwind@sandbox.autotask.example"]["notes"]
             if n["ticketID"] == at["id"]]
    assert notes == []  # a ticket of nobody in particular gets no reply either


def test_the_contacts_own_request_resolves_for_the_contact(psa, sandbox):
    at = psa.vendor("autotask").open_ticket(COMPANY, "Locked out", LOCKED, ROBERT)

    ticket = deliver(psa, at)

    assert ticket.requester_email == ROBERT
    assert ticket.status == "resolved", ticket.escalation_reason
    assert list(Action.objects.filter(ticket=ticket).values_list("target", "status")) == [(ROBERT, "succeeded")]


def test_a_contact_of_another_company_is_no_requester(psa, sandbox):
    vendor = psa.vendor("autotask")
    at = vendor.open_ticket(COMPANY, "Locked out", LOCKED, ROBERT)
    db = vendor.dbs["rallied-northwind@sandbox.autotask.example"]
    stranger = next(c for c in db["contacts"].values() if c["companyID"] != COMPANY)
    db["tickets"][at["id"]]["contactID"] = stranger["id"]  # linked by hand to another customer's contact
    at["contactID"] = stranger["id"]

    ticket = deliver(psa, at)

    assert ticket.requester_email == "" and ticket.status == "escalated"
    assert not Action.objects.filter(ticket=ticket).exists()
