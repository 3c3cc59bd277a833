"""A PSA ticket number sent with a ticket is checked against the PSA before anything is written to it.

Each sandbox PSA holds, besides the tenant's company, a customer of the MSP that is not on Rallied (Litware):
its ticket number is what an attacker with a tenant token would name. Nothing may be written to it (no note, still
open), and the Rallied ticket is escalated with the reason on its timeline and staff told. The tenant's own ticket,
whose contact is the requester, is written to and closed as before.
"""

from __future__ import annotations

from typing import Any

import pytest

from audit.models import AuditEvent
from sandbox.vendors import autotask as at_vendor
from sandbox.vendors import connectwise as cw_vendor
from sandbox.vendors import halopsa as halo_vendor
from tenants.models import Tenant
from tests.helpers import committed, customer_notes, internal_notes, password_patches, post_ticket, token_client
from tests.targets.helpers import approve_as_technician
from tickets.models import Ticket

pytestmark = pytest.mark.django_db

ADELE, MEGAN = "adele.vance@contoso.example", "megan.bowen@contoso.example"
ROBERT, JANET = "robert.king@northwind.example", "janet.leverling@northwind.example"
TOM, PRIYA = "tom.higgins@fabrikam.example", "priya.shah@fabrikam.example"
# One request only: "and I'm locked out" is a second intent (an unlock), which Google cannot do (test_capabilities).
RESET = ("Password reset please", "Hi, I forgot my password. Can you reset my password? Thanks")
UNLOCK = ("Locked out", "I typed my password wrong too many times and now my account is locked. Please unlock it.")
AT_DB = "rallied-northwind@sandbox.autotask.example"

# vendor -> tenant, its PSA company, the requester, what they ask, the other customer's ticket number
CASES = {
    "connectwise": ("contoso", "ContosoDental", ADELE, RESET, cw_vendor.OTHER_TICKET),
    "autotask": ("northwind", 29684355, ROBERT, UNLOCK, at_vendor.OTHER_TICKET),
    "halopsa": ("fabrikam", 12, TOM, RESET, halo_vendor.OTHER_TICKET),
}


def psa_state(sandbox: Any, vendor: str, psa_id: Any) -> dict[str, Any]:
    """The PSA ticket as the vendor holds it: whether it is closed, and the notes on it (all kinds)."""
    state = sandbox.sandbox.state()[vendor]
    if vendor == "connectwise":
        cw = state["tickets"][str(psa_id)]
        return {"closed": cw["closedFlag"], "notes": [n["text"] for n in cw["notes"]],
                "time": [t for t in state["time_entries"] if t["chargeToId"] == int(psa_id)]}
    if vendor == "autotask":
        db = state[AT_DB]
        at = next(t for t in db["tickets"] if t["id"] == int(psa_id))
        return {"closed": at["status"] == at_vendor.STATUS_COMPLETE,
                "notes": [n["description"] for n in db["notes"] if n["ticketID"] == int(psa_id)],
                "time": [t for t in db["timeEntries"] if t["ticketID"] == int(psa_id)]}
    halo = next(t for t in state["tickets"] if t["id"] == int(psa_id))
    actions = [a for a in state["actions"] if a["ticket_id"] == int(psa_id)]
    return {"closed": halo["status_id"] == halo_vendor.CLOSED, "notes": [a["note"] for a in actions],
            "time": [a for a in actions if a["timetaken"]]}


def submit(tenant_key, slug: str, external_id: str, requester: str, ask: tuple[str, str], psa_id: Any):
    payload = {"external_id": external_id, "subject": ask[0], "body": ask[1], "requester_email": requester,
               "psa_ticket_id": str(psa_id)}
    with committed():
        response = post_ticket(token_client(tenant_key(slug)), payload)
    assert response.status_code == 201, response.content
    return Ticket.objects.get(pk=response.json()["id"]), response


def open_own(sandbox: Any, vendor: str, company: Any, requester: str, ask: tuple[str, str]) -> dict[str, Any]:
    psa = sandbox.sandbox.vendor(vendor)
    if vendor == "autotask":
        return psa.open_ticket(company, ask[0], ask[1], requester)
    return psa.open_ticket(company, ask[0], ask[1], requester, "")


@pytest.mark.parametrize("vendor", list(CASES))
def test_another_customers_ticket_number_gets_nothing_and_the_ticket_is_escalated(world, sandbox, tenant_key,
                                                                                  vendor):
    slug, _, requester, ask, foreign = CASES[vendor]
    before = psa_state(sandbox, vendor, foreign)

    ticket, _ = submit(tenant_key, slug, f"{vendor}-foreign", requester, ask, foreign)

    after = psa_state(sandbox, vendor, foreign)
    assert after == before and after["notes"] == [] and after["closed"] is False  # not a word on their ticket
    assert ticket.status == "escalated"
    assert f"PSA ticket {foreign}" in ticket.escalation_reason and "refused" in ticket.escalation_reason
    assert not ticket.actions.exists()  # stopped before any work
    kinds = list(ticket.events.values_list("kind", flat=True))
    assert "psa.checked" in kinds and "psa.write" not in kinds
    withheld = ticket.events.get(kind="psa.withheld")  # the escalation note is kept on the timeline
    assert "The internal note, kept here instead" in withheld.message
    notice = AuditEvent.objects.get(verb="staff.notified", details__topic="psa.reference_refused")
    assert notice.tenant == ticket.tenant and str(foreign) in notice.details["text"]
    assert AuditEvent.objects.filter(verb="psa.ticket_refused", tenant=ticket.tenant).count() == 1


@pytest.mark.parametrize("vendor", list(CASES))
def test_the_tenants_own_ticket_whose_contact_is_the_requester_is_written_and_closed(world, sandbox, tenant_key,
                                                                                     vendor):
    slug, company, requester, ask, _ = CASES[vendor]
    Tenant.objects.filter(slug=slug).update(mode=Tenant.Mode.LIVE)  # Fabrikam starts in plan mode
    own = open_own(sandbox, vendor, company, requester, ask)

    ticket, _ = submit(tenant_key, slug, f"{vendor}-own", requester, ask, own["id"])
    for action in ticket.actions.filter(status="awaiting_approval"):  # Fabrikam's policy asks a technician
        approve_as_technician(action)
    ticket.refresh_from_db()

    assert ticket.status == "resolved", ticket.escalation_reason
    assert ticket.psa_ticket_id == str(own["id"])  # written to the ticket named, no new one opened
    state = psa_state(sandbox, vendor, own["id"])
    assert state["closed"] is True and state["time"]
    assert any("Rallied" in n or "password" in n.lower() or "unlock" in n.lower() for n in state["notes"])
    check = ticket.events.get(kind="psa.checked")
    assert check.data == {"ok": True, "psa_ticket": str(own["id"])}


@pytest.mark.parametrize("vendor,other", [("connectwise", MEGAN), ("autotask", JANET), ("halopsa", PRIYA)])
def test_the_tenants_ticket_of_another_contact_gets_nothing(world, sandbox, tenant_key, vendor, other):
    slug, company, requester, ask, _ = CASES[vendor]
    theirs = open_own(sandbox, vendor, company, other, ask)  # same company, but someone else's ticket

    ticket, _ = submit(tenant_key, slug, f"{vendor}-colleague", requester, ask, theirs["id"])

    assert ticket.status == "escalated"
    assert "contact is not the requester" in ticket.escalation_reason
    assert other not in ticket.escalation_reason  # the other person's address is not repeated anywhere
    state = psa_state(sandbox, vendor, theirs["id"])
    assert state["notes"] == [] and state["closed"] is False


@pytest.mark.parametrize("reference", ["abc", "12abc", "-5"])
def test_a_reference_that_is_not_a_number_is_refused_at_intake(world, sandbox, tenant_key, reference):
    payload = {"external_id": f"bad-{reference}", "subject": RESET[0], "body": RESET[1], "requester_email": ADELE,
               "psa_ticket_id": reference}
    response = post_ticket(token_client(tenant_key("contoso")), payload)
    assert response.status_code == 400 and "psa_ticket_id" in response.json()  # never a server error
    assert not Ticket.objects.filter(external_id=f"bad-{reference}").exists()
    assert password_patches(sandbox) == []


def test_a_number_that_is_not_a_ticket_is_a_clear_refusal_and_the_note_is_kept(world, sandbox, tenant_key):
    reference = "99999999"
    ticket, response = submit(tenant_key, "contoso", f"bad-{reference}", ADELE, RESET, reference)

    assert response.status_code == 201
    assert ticket.status == "escalated"
    assert reference in ticket.escalation_reason and "not a ticket of this tenant" in ticket.escalation_reason
    assert "The internal note, kept here instead" in ticket.events.get(kind="psa.withheld").message
    assert password_patches(sandbox) == []


def test_the_check_reads_the_psa_ticket_once_and_remembers(world, sandbox, tenant_key):
    ticket, _ = submit(tenant_key, "contoso", "cw-once", ADELE, RESET, cw_vendor.OTHER_TICKET)

    reads = [r for r in sandbox.sandbox.requests("connectwise")
             if r["method"] == "GET" and r["path"].endswith(f"/service/tickets/{cw_vendor.OTHER_TICKET}")]
    assert len(reads) == 1  # the start and the escalation's write-back: one read
    assert ticket.events.filter(kind="psa.checked").count() == 1


def test_a_ticket_without_a_reference_still_gets_its_own_psa_ticket(world, sandbox, tenant_key):
    payload = {"external_id": "cw-new", "subject": RESET[0], "body": RESET[1], "requester_email": ADELE}
    with committed():
        response = post_ticket(token_client(tenant_key("contoso")), payload)

    ticket = Ticket.objects.get(pk=response.json()["id"])
    assert ticket.status == "resolved" and ticket.psa_ticket_id
    cw = sandbox.sandbox.state()["connectwise"]["tickets"][ticket.psa_ticket_id]
    assert cw["contactEmailAddress"] == ADELE and cw["closedFlag"] is True
    assert internal_notes(cw) and customer_notes(cw)
    assert not ticket.events.filter(kind="psa.checked").exists()  # opened by Rallied for her: nothing to check
