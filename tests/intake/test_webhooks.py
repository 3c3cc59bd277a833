"""PSA webhooks end to end: /hooks/connectwise/, /hooks/autotask/, /hooks/halopsa/ against the sandbox PSAs."""

from __future__ import annotations

import json

import pytest

from audit.models import AuditEvent
from playbooks.models import Action
from sandbox.vendors import autotask as at_vendor
from sandbox.vendors import connectwise as cw_vendor
from tenants.models import Tenant
from tests.helpers import committed, customer_notes, internal_notes, password_patches
from tests.intake.conftest import VENDORS, configure, connection
from tickets.models import Ticket

pytestmark = pytest.mark.django_db

RESET = ("Password reset please", "Hi, I forgot my password and I'm locked out. Can you reset my password? Thanks")
UNLOCK = ("Locked out", "I typed my password wrong too many times and now my account is locked. Please unlock it.")


def test_connectwise_password_reset_resolves_on_the_same_cw_ticket(psa, sandbox):
    cw_ticket = psa.open("connectwise", *RESET, "adele.vance@contoso.example", "Adele Vance")
    before = set(sandbox.sandbox.state()["connectwise"]["tickets"])

    response = psa.deliver("connectwise", cw_ticket)

    assert response.status_code == 200, response.content
    assert response.json()["created"] is True
    ticket = Ticket.objects.get(pk=response.json()["ticket_id"])
    assert (ticket.tenant.slug, ticket.source, ticket.external_id) == ("contoso", "connectwise", str(cw_ticket["id"]))
    assert ticket.requester_email == "adele.vance@contoso.example" and ticket.subject == RESET[0]
    assert ticket.status == "resolved", ticket.escalation_reason
    assert len(password_patches(sandbox)) == 1
    # Write-back went to the ticket the requester opened, not to a new one.
    state = sandbox.sandbox.state()["connectwise"]["tickets"]
    assert set(state) == before
    written = state[str(cw_ticket["id"])]
    assert written["status"]["name"] == "Closed (resolved)"
    assert internal_notes(written) and customer_notes(written)


def test_autotask_unlock_for_northwind_resolves(psa, sandbox):
    at_ticket = psa.open("autotask", *UNLOCK, "robert.king@northwind.example")

    response = psa.deliver("autotask", at_ticket)

    assert response.status_code == 200, response.content
    ticket = Ticket.objects.get(pk=response.json()["ticket_id"])
    assert (ticket.tenant.slug, ticket.source, ticket.psa_ticket_id) == ("northwind", "autotask", str(at_ticket["id"]))
    assert ticket.requester_email == "robert.king@northwind.example"
    assert ticket.category == "account_unlock" and ticket.status == "resolved", ticket.escalation_reason
    db = next(iter(sandbox.sandbox.state()["autotask"].values()))
    assert next(t for t in db["tickets"] if t["id"] == at_ticket["id"])["status"] == at_vendor.STATUS_COMPLETE
    assert any(n["ticketID"] == at_ticket["id"] for n in db["notes"])


def test_halopsa_ticket_for_fabrikam_is_planned_in_plan_mode(psa, sandbox):
    halo_ticket = psa.open("halopsa", *RESET, "tom.higgins@fabrikam.example", "Tom Higgins")

    response = psa.deliver("halopsa", halo_ticket)

    assert response.status_code == 200, response.content
    ticket = Ticket.objects.get(pk=response.json()["ticket_id"])
    assert (ticket.tenant.slug, ticket.source, ticket.psa_ticket_id) == ("fabrikam", "halopsa", str(halo_ticket["id"]))
    assert ticket.status == "planned" and ticket.category == "password_reset"
    assert sandbox.sandbox.writes("google") == []  # plan mode: nothing changed in the directory
    notes = [a for a in sandbox.sandbox.state()["halopsa"]["actions"] if a["ticket_id"] == halo_ticket["id"]]
    assert len(notes) == 1 and notes[0]["hiddenfromuser"] is True  # the "what I would have done" note


def _tamper(vendor: str, headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
    """The same webhook with one changed byte in the body: the signature no longer covers it."""
    return headers, body.replace(b'"', b' "', 1)


def _wrong_key(vendor: str, headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
    if vendor == "connectwise":
        return {"x-content-signature": cw_vendor.sign_callback(b"something else")["x-content-signature"]}, body
    if vendor == "autotask":
        return at_vendor.sign_webhook("not-the-secret", body), body
    return {"Authorization": "Bearer not-the-secret"}, body


def _unsigned(vendor: str, headers: dict[str, str], body: bytes) -> tuple[dict[str, str], bytes]:
    return {}, body


# Halo signs no body (its webhook authenticates with the shared secret alone), so it has no tampered-body case.
FORGERIES = [(vendor, forge) for vendor in VENDORS for forge in (_tamper, _wrong_key, _unsigned)
             if not (vendor == "halopsa" and forge is _tamper)]


@pytest.mark.parametrize(("vendor", "forge"), FORGERIES)
def test_a_bad_signature_is_refused_and_nothing_is_stored(psa, sandbox, vendor, forge):
    psa_ticket = psa.open(vendor, *RESET, "adele.vance@contoso.example")
    headers, body = forge(vendor, *psa.webhook(vendor, psa_ticket))

    response = psa.post(vendor, headers, body)

    assert response.status_code == 401
    assert not Ticket.objects.exists()
    assert not AuditEvent.objects.filter(verb="ticket.received").exists()
    assert psa.ticket_gets(vendor, psa_ticket["id"]) == []  # an unauthenticated doorbell is not even answered


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_replayed_webhook_lands_on_the_same_ticket_and_resolves_once(psa, sandbox, vendor):
    requester = {"connectwise": "adele.vance@contoso.example", "autotask": "robert.king@northwind.example",
                 "halopsa": "tom.higgins@fabrikam.example"}[vendor]
    psa_ticket = psa.open(vendor, *(UNLOCK if vendor == "autotask" else RESET), requester)
    headers, body = psa.webhook(vendor, psa_ticket)

    first = psa.post(vendor, headers, body)
    again = psa.post(vendor, headers, body)

    assert first.status_code == again.status_code == 200
    assert again.json() == {"detail": "Already received.", "ticket_id": first.json()["ticket_id"], "created": False}
    assert Ticket.objects.count() == 1
    assert AuditEvent.objects.filter(verb="ticket.received").count() == 1
    ticket = Ticket.objects.get()
    assert Action.objects.filter(ticket=ticket).count() == 1
    if vendor == "connectwise":
        assert len(password_patches(sandbox)) == 1


def test_a_company_no_tenant_owns_is_refused_and_recorded(psa, sandbox):
    cw = psa.vendor("connectwise")
    cw.companies["acme"] = {"id": 299, "identifier": "Acme", "name": "Acme Corp"}  # a CW client, not a tenant
    stranger = psa.open("connectwise", *RESET, "someone@acme.example", company="Acme")

    response = psa.deliver("connectwise", stranger)

    assert response.status_code == 202 and "No tenant owns" in response.json()["detail"]
    assert not Ticket.objects.exists()
    refused = AuditEvent.objects.get(verb="intake.refused")
    assert refused.tenant is None and refused.outcome == "refused"
    assert refused.details["psa_ticket"] == str(stranger["id"]) and refused.details["psa_company"] == "Acme"
    assert sandbox.sandbox.writes("connectwise") == [] and sandbox.sandbox.writes("graph") == []


def test_an_autotask_company_whose_tenant_mapping_is_gone_is_refused(psa, sandbox):
    Tenant.objects.filter(slug="northwind").update(psa_company_id="")  # the service lead unmapped it
    at_ticket = psa.open("autotask", *UNLOCK, "robert.king@northwind.example")

    response = psa.deliver("autotask", at_ticket)

    assert response.status_code == 202
    assert not Ticket.objects.exists()
    assert AuditEvent.objects.filter(verb="intake.refused", details__psa_company="29684355").exists()
    assert sandbox.sandbox.writes("okta") == []


def test_the_tenant_never_comes_from_ticket_text_or_the_webhook_body(psa, sandbox):
    claim = ("This is Northwind Traders (tenant: northwind, Autotask company 29684355). "
             "Please reset the password of nancy.davolio@northwind.example.")
    cw_ticket = psa.open("connectwise", "Northwind: password reset", claim, "adele.vance@contoso.example")
    # Even a genuine CW callback whose Entity snapshot names another company does not decide it:
    # the ticket is read back from CW and CW says it is Contoso's.
    snapshot = {**cw_ticket, "company": {"id": 1, "identifier": "29684355", "name": "Northwind Traders"}}
    body = cw_vendor.callback_body(sandbox.url, snapshot)

    response = psa.post("connectwise", cw_vendor.sign_callback(body), body)

    assert response.status_code == 200
    ticket = Ticket.objects.get()
    assert ticket.tenant.slug == "contoso"
    assert not Ticket.objects.filter(tenant__slug="northwind").exists()
    assert sandbox.sandbox.writes("okta") == []


def test_a_cw_ticket_read_without_its_description_takes_the_text_from_the_first_detail_note(psa, sandbox):
    cw_ticket = psa.open("connectwise", "Help", "", "adele.vance@contoso.example")
    psa.vendor("connectwise").notes[cw_ticket["id"]].append(
        {"id": 900, "ticketId": cw_ticket["id"], "text": RESET[1], "detailDescriptionFlag": True,
         "internalAnalysisFlag": False, "resolutionFlag": False})

    assert psa.deliver("connectwise", cw_ticket).status_code == 200

    ticket = Ticket.objects.get()
    assert ticket.body == RESET[1] and ticket.category == "password_reset"


def test_a_ticket_on_another_board_is_not_taken_in(psa, sandbox):
    project = psa.open("connectwise", *RESET, "adele.vance@contoso.example", board="Projects")

    response = psa.deliver("connectwise", project)

    assert response.status_code == 202 and "not a help-desk board" in response.json()["detail"]
    assert not Ticket.objects.exists()


def test_the_help_desk_queue_filter_comes_from_the_connection_config(psa, sandbox):
    configure("autotask", intake_boards=[at_vendor.HELP_DESK_QUEUE])
    alert = psa.open("autotask", *UNLOCK, "robert.king@northwind.example", board=29683354)
    help_desk = psa.open("autotask", *UNLOCK, "robert.king@northwind.example")

    assert psa.deliver("autotask", alert).status_code == 202
    assert psa.deliver("autotask", help_desk).status_code == 200
    assert list(Ticket.objects.values_list("external_id", flat=True)) == [str(help_desk["id"])]


def test_a_cw_callback_pointing_its_key_url_elsewhere_is_refused_without_any_fetch(psa, sandbox):
    cw_ticket = psa.open("connectwise", *RESET, "adele.vance@contoso.example")
    body = cw_vendor.callback_body("http://169.254.169.254", cw_ticket)
    seen = len(sandbox.sandbox.requests())

    response = psa.post("connectwise", cw_vendor.sign_callback(body), body)

    assert response.status_code == 401
    assert len(sandbox.sandbox.requests()) == seen and not Ticket.objects.exists()


def test_an_autotask_delete_or_note_event_is_acknowledged_and_ignored(psa, sandbox):
    at_ticket = psa.open("autotask", *UNLOCK, "robert.king@northwind.example")
    secret = at_vendor.webhook_secret("northwind")
    for body in (at_vendor.webhook_body(at_ticket, "Delete"),
                 json.dumps({"Action": "Create", "EntityType": "TicketNote", "Id": 5}).encode()):
        response = psa.post("autotask", at_vendor.sign_webhook(secret, body), body)
        assert response.status_code == 202
    assert not Ticket.objects.exists()


def test_a_psa_that_cannot_be_read_answers_503_and_the_poller_catches_up(psa, sandbox):
    from tickets.tasks import poll_psa_task

    cw_ticket = psa.open("connectwise", *RESET, "adele.vance@contoso.example")
    sandbox.sandbox.add_fault(vendor="connectwise", method="GET", path=rf"/service/tickets/{cw_ticket['id']}$",
                              statuses=[401], times=1)

    response = psa.deliver("connectwise", cw_ticket)

    assert response.status_code == 503
    assert not Ticket.objects.exists()
    assert "reading ticket" in connection("connectwise").last_error
    with committed():
        poll_psa_task(connection("connectwise").pk)
    assert Ticket.objects.filter(external_id=str(cw_ticket["id"]), tenant__slug="contoso").count() == 1


def test_a_cw_callback_that_cannot_be_verified_right_now_answers_503_and_stores_nothing(psa, sandbox):
    cw_ticket = psa.open("connectwise", *RESET, "adele.vance@contoso.example")
    sandbox.sandbox.add_fault(vendor="connectwise", method="GET", path="callbackKeys", statuses=[503],
                              retry_after=0)

    response = psa.deliver("connectwise", cw_ticket)

    assert response.status_code == 503
    assert not Ticket.objects.exists() and psa.ticket_gets("connectwise", cw_ticket["id"]) == []


def test_only_post_is_allowed_and_big_bodies_are_refused(psa):
    assert psa.client.get("/hooks/connectwise/").status_code == 405
    huge = b'{"x": "' + b"a" * (70 * 1024) + b'"}'
    assert psa.post("halopsa", {}, huge).status_code == 413
    assert not Ticket.objects.exists()
