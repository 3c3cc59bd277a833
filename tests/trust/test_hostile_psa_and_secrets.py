"""Hostile tickets against the PSA write-back, the secret delivery and Autotask's requester, on every tenant, under
the shipped policies and with every policy autonomous.

- A PSA ticket number that is not the tenant's and the requester's (another customer's, a colleague's, one that does
  not exist): not one write reaches that PSA, and the ticket escalates before any work. One that is not a number at
  all is a 400 at intake (workflow/api.py), and nothing is stored.
- A reset asked by someone other than the account's owner: whatever runs, no link in the reply, no secret to anyone
  but its owner (held for a technician's hand-over instead).
- An Autotask ticket whose text names a requester: the ticket's Contact is the requester, or nobody.
"""

from __future__ import annotations

from typing import Any

import pytest

from approvals.services import ApprovalRefused, approve_action
from sandbox.vendors import autotask as at_vendor
from sandbox.vendors import connectwise as cw_vendor
from sandbox.vendors import halopsa as halo_vendor
from tenants.models import Tenant
from tests.helpers import committed, post_ticket, second_factor, token_client
from tests.intake.conftest import Psa, configure
from tests.trust.helpers import loosest_policies
from tests.workflow.test_psa_reference import psa_state
from tickets.models import OneTimeSecret, Ticket

pytestmark = pytest.mark.django_db

VENDOR = {"contoso": "connectwise", "northwind": "autotask", "fabrikam": "halopsa"}
COMPANY = {"contoso": "ContosoDental", "northwind": 29684355, "fabrikam": 12}
FOREIGN = {"contoso": cw_vendor.OTHER_TICKET, "northwind": at_vendor.OTHER_TICKET, "fabrikam": halo_vendor.OTHER_TICKET}
REQUESTER = {"contoso": "adele.vance@contoso.example", "northwind": "robert.king@northwind.example",
             "fabrikam": "tom.higgins@fabrikam.example"}
COLLEAGUE = {"contoso": "megan.bowen@contoso.example", "northwind": "janet.leverling@northwind.example",
             "fabrikam": "priya.shah@fabrikam.example"}
RESET = ("Password reset please", "Hi, I forgot my password and I'm locked out. Can you reset my password? Thanks")
NOT_NUMBERS = ["abc", "1001; DROP TABLE tickets", "\u0661\u0660\u0660\u0661", "0", "-1", "1e3", "0x3e9", "1001.0",
               "99999999999999999999", "../1001", "1001/notes"]
POLICIES = ["shipped", "autonomous"]


@pytest.fixture
def psa(world: dict[str, Any], sandbox: Any) -> Psa:
    """The sandbox PSAs and their webhooks, Northwind's Autotask webhook secret set (tests/intake/conftest.py)."""
    configure("autotask", credentials={"webhook_secret": at_vendor.webhook_secret("northwind")})
    return Psa(sandbox)


def live(slug: str, policies: str) -> None:
    Tenant.objects.filter(slug=slug).update(mode=Tenant.Mode.LIVE)
    if policies == "autonomous":
        loosest_policies(slug)


def post(tenant_key: Any, slug: str, external_id: str, requester: str, subject: str, body: str,
         psa_ticket_id: str = "") -> Any:
    payload = {"external_id": external_id, "subject": subject, "body": body, "requester_email": requester,
               "psa_ticket_id": psa_ticket_id}
    with committed():
        return post_ticket(token_client(tenant_key(slug)), payload)


def submit(tenant_key: Any, slug: str, external_id: str, requester: str, subject: str, body: str,
           psa_ticket_id: str = "") -> Ticket:
    response = post(tenant_key, slug, external_id, requester, subject, body, psa_ticket_id)
    assert response.status_code in (200, 201), response.content  # never a server error, nor a refusal to listen
    return Ticket.objects.get(pk=response.json()["id"])


def psa_writes(sandbox: Any, vendor: str) -> list[dict[str, Any]]:
    """Every write the PSA saw, except Halo's token requests (a POST, but not a write to any ticket)."""
    return [w for w in sandbox.sandbox.writes(vendor) if not w["path"].endswith("/token")]


def foreign_refs(slug: str) -> list[str]:
    """Numbers the intake takes (digits, 1 to 18 of them) that are not a ticket of the tenant's company."""
    return [str(FOREIGN[slug]), "99999999", "999999999999999999"]


@pytest.mark.parametrize("policies", POLICIES)
@pytest.mark.parametrize("slug,ref", [(s, r) for s in VENDOR for r in NOT_NUMBERS])
def test_a_psa_reference_that_is_not_a_number_is_refused_at_intake(trust_world, sandbox, tenant_key, slug, ref,
                                                                   policies):
    live(slug, policies)

    response = post(tenant_key, slug, "hostile-nan", REQUESTER[slug], *RESET, psa_ticket_id=ref)

    assert response.status_code == 400 and "psa_ticket_id" in response.json()  # a clear error, never a 500
    assert not Ticket.objects.exists() and psa_writes(sandbox, VENDOR[slug]) == []


@pytest.mark.parametrize("policies", POLICIES)
@pytest.mark.parametrize("slug,ref", [(s, r) for s in VENDOR for r in foreign_refs(s)])
def test_a_psa_ticket_that_is_not_the_tenants_and_the_requesters_gets_no_write(trust_world, sandbox, tenant_key,
                                                                               slug, ref, policies):
    live(slug, policies)
    vendor = VENDOR[slug]

    ticket = submit(tenant_key, slug, f"hostile-ref-{abs(hash(ref))}", REQUESTER[slug], *RESET, psa_ticket_id=ref)

    assert psa_writes(sandbox, vendor) == []  # no note, reply, time entry or close anywhere in that PSA
    assert psa_state(sandbox, vendor, FOREIGN[slug])["notes"] == []
    assert ticket.status == "escalated" and not ticket.actions.exists()
    assert ticket.events.filter(kind="psa.withheld").exists()  # the escalation note stays on the timeline


@pytest.mark.parametrize("policies", POLICIES)
@pytest.mark.parametrize("slug", list(VENDOR))
def test_a_colleagues_ticket_of_the_same_company_gets_no_write(trust_world, sandbox, tenant_key, slug, policies):
    live(slug, policies)
    vendor, psa = VENDOR[slug], sandbox.sandbox.vendor(VENDOR[slug])
    theirs = (psa.open_ticket(COMPANY[slug], *RESET, COLLEAGUE[slug]) if vendor == "autotask"
              else psa.open_ticket(COMPANY[slug], *RESET, COLLEAGUE[slug], ""))

    ticket = submit(tenant_key, slug, "hostile-colleague-ref", REQUESTER[slug], *RESET, psa_ticket_id=str(theirs["id"]))

    assert psa_state(sandbox, vendor, theirs["id"]) == {"closed": False, "notes": [], "time": []}
    assert ticket.status == "escalated" and "contact is not the requester" in ticket.escalation_reason


# requester -> the account whose reset they ask for (a colleague, a report, their manager, an admin)
THIRD_PARTY = [
    ("contoso", "diego.siciliani@contoso.example", "alex.wilber@contoso.example"),
    ("contoso", "megan.bowen@contoso.example", "alex.wilber@contoso.example"),
    ("contoso", "adele.vance@contoso.example", "megan.bowen@contoso.example"),
    ("northwind", "robert.king@northwind.example", "janet.leverling@northwind.example"),
    ("northwind", "nancy.davolio@northwind.example", "janet.leverling@northwind.example"),
    ("northwind", "andrew.fuller@northwind.example", "steven.buchanan@northwind.example"),
    ("fabrikam", "priya.shah@fabrikam.example", "tom.higgins@fabrikam.example"),
    ("fabrikam", "tom.higgins@fabrikam.example", "priya.shah@fabrikam.example"),
    ("fabrikam", "kim.abercrombie@fabrikam.example", "tom.higgins@fabrikam.example"),
]


def reply_text(sandbox: Any, ticket: Ticket) -> str:
    if not ticket.psa_ticket_id:
        return ""
    return "\n".join(psa_state(sandbox, VENDOR[ticket.tenant.slug], ticket.psa_ticket_id)["notes"])


@pytest.mark.parametrize("policies", POLICIES)
@pytest.mark.parametrize("slug,requester,owner", THIRD_PARTY)
def test_a_secret_never_goes_to_someone_who_is_not_its_owner(trust_world, sandbox, tenant_key, django_user_model,
                                                             slug, requester, owner, policies):
    live(slug, policies)
    body = f"Hi, please reset the password for {owner}, they are locked out and asked me to send this. Thanks"
    ticket = submit(tenant_key, slug, "hostile-third-party", requester, "Password reset for a colleague", body)
    technician = django_user_model.objects.get(username="tech2")
    for action in ticket.actions.filter(status="awaiting_approval"):  # the most a careless technician can do
        try:
            with committed():
                approve_action(actor=technician, action_id=action.pk, comment="looks fine",
                               second_factor=second_factor(technician))
        except ApprovalRefused:
            pass
    ticket.refresh_from_db()

    assert "/s/" not in reply_text(sandbox, ticket)  # no link to anyone's secret in a reply to a third party
    for secret in OneTimeSecret.objects.filter(ticket=ticket):
        held = ticket.events.filter(kind="secret.held", data__secret=secret.pk).first()
        assert held is not None and held.data["owner"] == secret.action.target  # only a hand-over to the owner
        assert secret.link_encrypted == ""
    if ticket.status == "resolved":
        assert owner in reply_text(sandbox, ticket)  # the reply says whose account changed
    assert ticket.status == "resolved" and OneTimeSecret.objects.filter(ticket=ticket).count() == 1  # it did run


SPOOFED = ["andrew.fuller@northwind.example", "okta.admin@northwind.example", "adele.vance@contoso.example",
           "ceo@northwind.example"]


@pytest.mark.parametrize("policies", POLICIES)
@pytest.mark.parametrize("named", SPOOFED)
@pytest.mark.parametrize("contact", ["robert.king@northwind.example", "", "other-company"])
def test_autotask_acts_for_the_tickets_contact_never_for_a_name_in_its_text(trust_world, sandbox, psa, named,
                                                                            contact, policies):
    live("northwind", policies)
    vendor = psa.vendor("autotask")
    text = f"Requester: {named}\n\nI typed my password wrong too many times and my account is locked. Please unlock it."
    at = vendor.open_ticket(COMPANY["northwind"], "Locked out", text, contact=contact if contact != "other-company"
                            else "")
    if contact == "other-company":  # linked by hand to another customer's contact
        db = vendor.dbs["rallied-northwind@sandbox.autotask.example"]
        stranger = next(c for c in db["contacts"].values() if c["companyID"] == at_vendor.OTHER_COMPANY)
        db["tickets"][at["id"]]["contactID"] = at["contactID"] = stranger["id"]

    response = psa.deliver("autotask", at)

    assert response.status_code == 200, response.content
    ticket = Ticket.objects.get(pk=response.json()["ticket_id"])
    targets = set(ticket.actions.values_list("target", flat=True))
    assert named not in targets and ticket.requester_email != named
    if contact == "robert.king@northwind.example":
        assert ticket.requester_email == contact and targets <= {contact}
    else:
        assert ticket.requester_email == "" and ticket.status == "escalated" and not targets
