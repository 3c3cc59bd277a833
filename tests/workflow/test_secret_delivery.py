"""A temporary password goes only to the person whose account it is (workflow/delivery.py).

Diego asks for Alex's reset and a technician approves it: Alex's password changes in the directory, but Diego's
reply names Alex's account and says a technician will hand the password over; it carries no link and nothing of
the password. The technician reveals it once from the admin, recorded with their name. Alex asking for her own
reset gets the link, as before.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from audit.models import AuditEvent
from tests.helpers import (
    committed,
    customer_notes,
    graph_user,
    otp_code,
    password_patches,
    post_ticket,
    psa_ticket,
    ticket_payload,
)
from tests.targets.helpers import approve_as_technician
from tickets import secrets as secrets_module  # the claim puts the password aside there
from tickets.models import OneTimeSecret, Ticket

pytestmark = pytest.mark.django_db

ALEX, DIEGO = "alex.wilber@contoso.example", "diego.siciliani@contoso.example"
LINK = re.compile(r"https?://[^\s]+/s/([A-Za-z0-9_\-]+)/")


@pytest.fixture
def passwords(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = secrets_module.generate_password

    def generate(*args, **kwargs):
        seen.append(real(*args, **kwargs))
        return seen[-1]

    monkeypatch.setattr(secrets_module, "generate_password", generate)
    return seen


def submit(contoso_api, external_id: str, requester: str, body: str, name: str) -> Ticket:
    with committed():
        response = post_ticket(contoso_api, ticket_payload(external_id, requester, body=body, name=name))
    assert response.status_code == 201, response.content
    return Ticket.objects.get(pk=response.json()["id"])


def diego_asks_for_alex(contoso_api) -> Ticket:
    ticket = submit(contoso_api, "diego-for-alex", DIEGO,
                    f"Hi, can you please reset the password for {ALEX}? Thanks", "Diego Siciliani")
    action = ticket.actions.get()
    assert action.target == ALEX and action.status == "awaiting_approval", action.reasons
    approve_as_technician(action)
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    return ticket


def staff(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def test_diego_asks_for_alexs_reset_and_sees_nothing_of_her_password(contoso_api, sandbox, passwords):
    ticket = diego_asks_for_alex(contoso_api)

    assert graph_user(sandbox, ALEX)["password"] is not None  # Alex's password really changed
    assert len(password_patches(sandbox)) == 1 and len(passwords) == 1
    reply = "\n".join(customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))
    assert ALEX in reply and "technician will hand it over" in reply  # whose account, and where the secret went
    assert "Your password" not in reply
    assert not LINK.search(reply) and passwords[0] not in reply
    secret = OneTimeSecret.objects.get(ticket=ticket)
    assert secret.available and secret.link_encrypted == ""  # kept, encrypted, for the hand-over only
    held = ticket.events.get(kind="secret.held")
    assert held.data == {"secret": secret.pk, "owner": ALEX}
    assert AuditEvent.objects.filter(verb="staff.notified", details__topic="secret.handover").exists()
    everything = " ".join(str(e.details) for e in AuditEvent.objects.all()) + " ".join(
        ticket.events.values_list("message", flat=True))
    assert passwords[0] not in everything


def test_the_technician_hands_it_over_once_and_it_is_recorded(contoso_api, sandbox, passwords):
    ticket = diego_asks_for_alex(contoso_api)
    secret = OneTimeSecret.objects.get(ticket=ticket)
    tech = staff("tech")
    queue = tech.get("/queue/")
    assert queue.status_code == 200 and f"/handover/{secret.pk}/".encode() in queue.content  # found in the queue

    page = tech.get(f"/handover/{secret.pk}/")
    assert page.status_code == 200 and ALEX.encode() in page.content and passwords[0].encode() not in page.content
    # Showing it needs the technician's second factor: first to /accounts/otp/, and back here after the code.
    unproved = tech.post(f"/handover/{secret.pk}/")
    assert unproved.status_code == 302 and unproved["Location"].startswith("/accounts/otp/")
    assert passwords[0].encode() not in unproved.content and OneTimeSecret.objects.get(pk=secret.pk).available
    proved = tech.post("/accounts/otp/", {"code": otp_code(get_user_model().objects.get(username="tech")),
                                          "next": f"/handover/{secret.pk}/"})
    assert proved["Location"] == f"/handover/{secret.pk}/"
    shown = tech.post(f"/handover/{secret.pk}/")
    assert shown.status_code == 200 and passwords[0].encode() in shown.content
    assert "no-store" in shown["Cache-Control"]

    again = tech.post(f"/handover/{secret.pk}/")
    assert again.status_code == 404 and passwords[0].encode() not in again.content  # once only
    assert f"/handover/{secret.pk}/".encode() not in tech.get("/queue/").content
    secret.refresh_from_db()
    assert secret.ciphertext == "" and secret.revealed_at is not None
    audit = AuditEvent.objects.get(verb="secret.handed_over")
    assert audit.actor == "user:tech" and audit.details["owner"] == ALEX and passwords[0] not in str(audit.details)


def test_someone_who_is_not_a_technician_of_the_tenant_cannot_hand_it_over(contoso_api, sandbox, passwords):
    ticket = diego_asks_for_alex(contoso_api)
    secret = OneTimeSecret.objects.get(ticket=ticket)

    auditor = staff("auditor")  # reads every tenant, approves none
    assert f"/handover/{secret.pk}/".encode() not in auditor.get("/queue/").content
    refused = auditor.post(f"/handover/{secret.pk}/")

    assert refused.status_code == 403 and passwords[0].encode() not in refused.content
    secret.refresh_from_db()
    assert secret.available and not AuditEvent.objects.filter(verb="secret.handed_over").exists()
    assert Client().post(f"/handover/{secret.pk}/").status_code == 302  # not signed in: to the login page


def test_alex_asks_for_her_own_reset_and_gets_the_link(contoso_api, sandbox, passwords):
    from approvals.models import AutonomyPolicy
    from tenants.models import Tenant

    AutonomyPolicy.objects.update_or_create(tenant=Tenant.objects.get(slug="contoso"), kind="reset_password",
                                            defaults={"mode": "autonomous"})
    for app in sandbox.sandbox.vendor("duo").apps.values():  # the demo Alex denies pushes; this one accepts
        if ALEX in app["users"]:
            app["users"][ALEX]["push_response"] = "approve"
    ticket = submit(contoso_api, "alex-own", ALEX, "Hi, I forgot my password and I'm locked out. Please reset it.",
                    "Alex Wilber")
    for action in ticket.actions.filter(status="awaiting_approval"):
        approve_as_technician(action)
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason

    reply = "\n".join(customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))
    assert "Your password" in reply and ALEX in reply
    token = LINK.search(reply).group(1)
    assert not ticket.events.filter(kind="secret.held").exists()
    secret = OneTimeSecret.objects.get(ticket=ticket)
    assert staff("tech").post(f"/handover/{secret.pk}/").status_code == 404  # her link: no technician opens it
    with committed():
        revealed = Client().post(f"/s/{token}/")
    assert revealed.status_code == 200 and passwords[0].encode() in revealed.content


def test_the_hand_over_rule_skips_its_reviews_only_where_none_can_exist(world):
    """A review is of an approval request: a first round's actions read with theirs, none having one, have none.
    Anything short of that (an approval request, actions read without them, a later round) still reads them."""
    from django.utils import timezone

    from approvals.models import ApprovalRequest
    from playbooks.models import Action
    from playbooks.selectors import round_actions
    from tenants.models import Tenant
    from workflow.delivery import _unreviewed

    ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), external_id="unreviewed", subject="s")
    action = Action.objects.create(ticket=ticket, kind="reset_password", target=ALEX, idempotency_key="unreviewed:1")
    assert _unreviewed(ticket, round_actions(ticket, with_approval=True)) is True
    assert _unreviewed(ticket, round_actions(ticket)) is False  # not read with them: not known
    ApprovalRequest.objects.create(action=action, expires_at=timezone.now())
    assert _unreviewed(ticket, round_actions(ticket, with_approval=True)) is False
    ticket.round, ticket.round_started_at = 1, ticket.received_at
    ApprovalRequest.objects.filter(action=action).delete()
    assert _unreviewed(ticket, round_actions(ticket, with_approval=True)) is False  # an earlier round's may have one
