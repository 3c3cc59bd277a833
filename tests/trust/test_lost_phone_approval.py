"""Lost-phone MFA resets (the help-desk MGM move): while the manager's proof is pending, a technician's approval must
say how they verified the person, and the TAP never goes to the channel of the person who said they lost their phone
without that proof: the technician who verified them hands it over.

Contoso is Entra (a Temporary Access Pass, one-time link), Northwind is Okta (factors reset, no secret).
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from approvals.models import Review
from audit.models import AuditEvent
from tests.approvals.factories import web
from tests.chat.helpers import button_payload, member, press
from tests.helpers import committed, customer_notes, otp_code, psa_ticket, staff_client, token_client
from tests.trust.helpers import identity_writes, submit
from tests.trust.test_separation_of_duties import user_token
from tickets.models import OneTimeSecret
from tickets.secrets import held_for_handover

ADELE, MEGAN = "adele.vance@contoso.example", "megan.bowen@contoso.example"
NANCY, ANDREW = "nancy.davolio@northwind.example", "andrew.fuller@northwind.example"
LOST = ("Lost my phone - reset my MFA", "I lost my phone yesterday and can't sign in. Please reset my MFA.")
MANAGER_LINK = re.compile(r"https?://\S+/verify/manager/(\S+?)/\s")
SECRET_LINK = re.compile(r"https?://\S+/s/[A-Za-z0-9_\-]+/")
pytestmark = pytest.mark.django_db


def lost_phone(slug: str = "contoso", requester: str = ADELE):
    ticket = submit(slug, requester, *LOST)
    action = ticket.actions.get()
    assert (ticket.status, action.kind, action.status) == ("awaiting_approval", "reset_mfa", "awaiting_approval")
    assert ticket.verification["proof"] == "pending"
    return ticket, action


def api_approve(action, username: str = "tech", **body):
    _, key = user_token(username)
    with committed():
        body.setdefault("otp", otp_code(get_user_model().objects.get(username=username)))
        return token_client(key).post(f"/api/v1/actions/{action.pk}/approve", {"version": action.version, **body},
                                      format="json")


def tap_writes(sandbox) -> list[dict]:
    return [w for w in identity_writes(sandbox) if "temporaryAccessPassMethods" in w["path"]]


def replies(sandbox, ticket) -> str:
    ticket.refresh_from_db()
    return " ".join(customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))


def test_the_queue_card_shows_that_identity_proof_is_missing(trust_world, sandbox):
    _, action = lost_phone()
    page = web("tech").get("/queue/").content.decode()
    card = page[page.index(f'id="card-{action.pk}"'):]
    assert "Identity proof missing" in card and 'name="identity_check"' in card
    # The other side: an ordinary waiting action's card asks for nothing of the kind.
    assert page.count("Identity proof missing") == 1


def test_an_approval_that_does_not_say_how_the_person_was_verified_is_refused_everywhere(trust_world, sandbox):
    _, action = lost_phone()
    response = api_approve(action)
    assert response.status_code == 403 and "Identity proof missing" in response.json()["detail"]
    with committed():
        page = staff_client("tech").post(f"/queue/{action.pk}/approve/", {"version": 1, "next": "/queue/"}, follow=True)
    assert "Identity proof missing" in " ".join(str(m) for m in page.context["messages"])
    text = press(button_payload(action, "approve", member("tech"))).json()["text"]
    assert "Identity proof missing" in text and "web queue" in text
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and not Review.objects.filter(request__action=action).exists()
    assert identity_writes(sandbox) == []  # no TAP was issued
    assert AuditEvent.objects.filter(verb="approval.refused", object_id=str(action.pk)).count() == 3


def test_a_callback_approval_runs_but_the_tap_is_held_for_a_technician_not_sent_to_the_requester(trust_world, sandbox,
                                                                                       mailoutbox):
    ticket, action = lost_phone()
    response = api_approve(action, identity_check="callback", comment="Called Adele on +1 555 0102 from Entra.")
    assert response.status_code == 200, response.content
    action.refresh_from_db()
    assert action.status == "succeeded", action.error
    assert len(tap_writes(sandbox)) == 1
    assert Review.objects.get(request__action=action).identity_check == "callback"
    approved = AuditEvent.objects.get(verb="approval.approved", object_id=str(action.pk))
    assert approved.details["identity_check"] == "callback" and "pending" in approved.details["identity_proof_missing"]
    # The reply to the person who said they lost their phone carries no link and says a technician hands it over.
    reply = replies(sandbox, ticket)
    assert not SECRET_LINK.search(reply) and "a technician will hand it over" in reply
    assert [m.to for m in mailoutbox] == [[MEGAN]]  # only the manager's confirmation request: no link anywhere
    tap = OneTimeSecret.objects.get(ticket=ticket)
    assert held_for_handover(tap) == ADELE and tap.link_encrypted == "" and tap.ciphertext
    held = AuditEvent.objects.get(verb="secret.held")
    assert "phone or authenticator was lost" in held.details["why"]


def test_waiting_for_the_managers_link_runs_only_once_the_manager_confirms(trust_world, sandbox, mailoutbox):
    ticket, action = lost_phone()
    with committed():
        staff_client("tech").post(f"/queue/{action.pk}/approve/",
                         {"version": 1, "identity_check": "manager_link", "next": "/queue/"})
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and identity_writes(sandbox) == []
    assert Review.objects.get(request__action=action).identity_check == "manager_link"
    # The manager (from the directory) confirms: the technician's approval now counts, nobody comes back.
    token = MANAGER_LINK.search(mailoutbox[0].body).group(1)
    with committed():
        Client().post(f"/verify/manager/{token}/", {"decision": "confirm"})
    action.refresh_from_db()
    assert action.status == "succeeded", (action.status, action.reasons)
    assert len(tap_writes(sandbox)) == 1
    # With the manager's proof, the TAP link goes to the manager (lost phone), still never in the reply.
    assert [m.to for m in mailoutbox] == [[MEGAN], [MEGAN]]
    assert not SECRET_LINK.search(replies(sandbox, ticket))


def test_the_manager_declining_stops_an_approval_that_waited_for_them(trust_world, sandbox, mailoutbox):
    ticket, action = lost_phone()
    assert api_approve(action, identity_check="manager_link").status_code == 200
    token = MANAGER_LINK.search(mailoutbox[0].body).group(1)
    with committed():
        Client().post(f"/verify/manager/{token}/", {"decision": "decline"})
    action.refresh_from_db()
    ticket.refresh_from_db()
    assert (action.status, ticket.status) == ("rejected", "escalated")
    assert identity_writes(sandbox) == []


def test_okta_factor_reset_needs_the_check_and_runs_with_it(trust_world, sandbox):
    ticket, action = lost_phone("northwind", NANCY)
    assert ticket.verification["manager_email"] == ANDREW
    before = sandbox.sandbox.state()["okta"]["northwind"]["users"][NANCY]["factors"]
    response = api_approve(action)
    assert response.status_code == 403 and "Identity proof missing" in response.json()["detail"]
    assert sandbox.sandbox.state()["okta"]["northwind"]["users"][NANCY]["factors"] == before == ["push"]
    response = api_approve(action, identity_check="in_person")
    assert response.status_code == 200, response.content
    action.refresh_from_db()
    assert action.status == "succeeded", action.error
    assert sandbox.sandbox.state()["okta"]["northwind"]["users"][NANCY]["factors"] == []
