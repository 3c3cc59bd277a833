"""The manager path: a lost phone (or no factor to push) goes to the target's manager through a signed,
single-use, expiring link; the TAP goes by one-time link to the channel the policy names."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core import signing
from django.test import Client
from django.utils import timezone

from approvals.manager_link import SALT
from approvals.manager_models import ManagerConfirmation
from audit.models import AuditEvent
from tenants.models import Tenant
from tests.helpers import committed, customer_notes, internal_notes, psa_ticket
from tests.trust.helpers import identity_writes, pushes, set_policy, submit
from tickets.models import OneTimeSecret

ADELE, MEGAN = "adele.vance@contoso.example", "megan.bowen@contoso.example"
NEW_PHONE = ("New phone - reset my MFA", "I got a new phone and my authenticator app is gone. Please reset my MFA.")
LINK = re.compile(r"https?://\S+/verify/manager/(\S+?)/\s")
SECRET_LINK = re.compile(r"https?://\S+/s/([A-Za-z0-9_\-]+)/")
pytestmark = pytest.mark.django_db


def lost_phone_ticket(requester: str = ADELE, body: str = NEW_PHONE[1], slug: str = "contoso"):
    return submit(slug, requester, NEW_PHONE[0], body, name="")


def manager_token(mail) -> str:
    assert len(mail) == 1, [m.to for m in mail]
    found = LINK.search(mail[0].body)
    assert found, mail[0].body
    return found.group(1)


def test_a_lost_phone_never_gets_a_push_and_asks_the_manager_from_the_directory(trust_world, sandbox, mailoutbox):
    ticket = lost_phone_ticket(body=NEW_PHONE[1] + " My manager is Sarah Lee now, ask her to confirm.")
    assert ticket.status == "awaiting_approval"
    action = ticket.actions.get()
    assert (action.kind, action.decision, action.status) == ("reset_mfa", "approval", "awaiting_approval")
    assert any("Waiting for out-of-band proof: confirmation by the manager Megan Bowen" in r for r in action.reasons)
    assert pushes(sandbox) == [] and identity_writes(sandbox) == []
    # The link goes to the manager in the directory, not to the requester nor to a name in the ticket's text.
    assert [m.to for m in mailoutbox] == [[MEGAN]]
    token = manager_token(mailoutbox)
    note = internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))[-1]
    assert "Megan Bowen" in note and "confirmation link" in note
    everywhere = " ".join(n["text"] for n in psa_ticket(sandbox, ticket.psa_ticket_id)["notes"])
    everywhere += " ".join(str(e.details) for e in AuditEvent.objects.all())
    assert token not in everywhere and "/verify/manager/" not in everywhere


def test_the_manager_confirms_then_the_tap_is_created_and_its_link_goes_to_the_manager(trust_world, sandbox,
                                                                                       mailoutbox):
    set_policy("reset_mfa", "autonomous", tenant=Tenant.objects.get(slug="contoso"))
    ticket = lost_phone_ticket()
    token = manager_token(mailoutbox)
    client = Client()
    with committed():
        page = client.get(f"/verify/manager/{token}/")
    assert page.status_code == 200
    assert b"Reset MFA" in page.content and ADELE.encode() in page.content
    assert identity_writes(sandbox) == []  # opening the page (or a link scanner) changes nothing

    with committed():
        done = client.post(f"/verify/manager/{token}/", {"decision": "confirm"})
    assert done.status_code == 200 and b"confirmed" in done.content
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    action = ticket.actions.get()
    assert action.status == "succeeded"
    assert action.reasons[0].startswith("Confirmed by the manager Megan Bowen")
    assert any("temporaryAccessPassMethods" in w["path"] for w in identity_writes(sandbox))
    assert pushes(sandbox) == []

    # The TAP link went to the manager (lost phone: they hand it over), not in the requester's reply.
    assert [m.to for m in mailoutbox] == [[MEGAN], [MEGAN]]
    secret_token = SECRET_LINK.search(mailoutbox[1].body).group(1)
    replies = " ".join(customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))
    assert "/s/" not in replies
    with committed():
        reveal = client.post(f"/s/{secret_token}/")
    assert reveal.status_code == 200
    tap = OneTimeSecret.objects.get(ticket=ticket)
    assert tap.revealed_at is not None and tap.ciphertext == ""
    value = re.search(r"<code>(.+?)</code>", reveal.content.decode()).group(1)
    assert value and value not in mailoutbox[1].body and value not in replies
    assert value not in " ".join(str(e.details) for e in AuditEvent.objects.all())


def test_the_policy_can_name_the_requester_reply_as_the_secret_channel(trust_world, sandbox, mailoutbox):
    set_policy("reset_mfa", "autonomous", tenant=Tenant.objects.get(slug="contoso"),
               conditions={"secret_delivery": "requester"})
    ticket = lost_phone_ticket()
    with committed():
        Client().post(f"/verify/manager/{manager_token(mailoutbox)}/", {"decision": "confirm"})
    ticket.refresh_from_db()
    assert ticket.status == "resolved"
    assert len(mailoutbox) == 1  # only the confirmation request
    assert "/s/" in " ".join(customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))


def test_confirmed_but_the_policy_still_wants_a_technician(trust_world, sandbox, mailoutbox):
    ticket = lost_phone_ticket()  # MSP default for reset_mfa: approval
    with committed():
        Client().post(f"/verify/manager/{manager_token(mailoutbox)}/", {"decision": "confirm"})
    ticket.refresh_from_db()
    action = ticket.actions.get()
    assert ticket.status == "awaiting_approval" and action.status == "awaiting_approval"
    assert not any("Waiting for out-of-band proof" in r for r in action.reasons)
    assert any("policy requires approval" in r for r in action.reasons)
    assert ticket.verification["proof"] == "proved"
    assert identity_writes(sandbox) == []


def test_the_manager_declines_and_the_ticket_is_escalated(trust_world, sandbox, mailoutbox):
    set_policy("reset_mfa", "autonomous", tenant=Tenant.objects.get(slug="contoso"))
    ticket = lost_phone_ticket()
    with committed():
        done = Client().post(f"/verify/manager/{manager_token(mailoutbox)}/", {"decision": "decline"})
    assert done.status_code == 200 and b"declined" in done.content
    ticket.refresh_from_db()
    assert ticket.status == "escalated" and "declined" in ticket.escalation_reason
    assert ticket.actions.get().status == "rejected"
    assert identity_writes(sandbox) == []
    assert "declined" in internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))[-1]


def test_a_used_link_is_refused_and_the_first_answer_stands(trust_world, sandbox, mailoutbox):
    ticket = lost_phone_ticket()
    token = manager_token(mailoutbox)
    client = Client()
    with committed():
        assert client.post(f"/verify/manager/{token}/", {"decision": "decline"}).status_code == 200
    with committed():
        again = client.post(f"/verify/manager/{token}/", {"decision": "confirm"})
    assert again.status_code == 410 and b"already been used" in again.content
    with committed():
        assert client.get(f"/verify/manager/{token}/").status_code == 410
    ticket.refresh_from_db()
    assert ticket.status == "escalated"
    assert ManagerConfirmation.objects.get().status == "declined"
    assert AuditEvent.objects.filter(verb="manager_confirmation.refused").exists()


def test_an_expired_link_is_refused(trust_world, sandbox, mailoutbox):
    ticket = lost_phone_ticket()
    token = manager_token(mailoutbox)
    ManagerConfirmation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    with committed():
        answer = Client().post(f"/verify/manager/{token}/", {"decision": "confirm"})
    assert answer.status_code == 410 and b"expired" in answer.content
    ticket.refresh_from_db()
    assert ticket.status == "awaiting_approval" and ticket.actions.get().status == "awaiting_approval"


@pytest.mark.parametrize("forge", ["tampered", "other-salt", "garbage"])
def test_a_tampered_or_forged_link_is_refused(trust_world, sandbox, mailoutbox, forge):
    lost_phone_ticket()
    token = manager_token(mailoutbox)
    nonce = ManagerConfirmation.objects.get().nonce
    bad = {"tampered": token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
           "other-salt": signing.dumps({"n": nonce}, salt="rallied.something-else"),
           "garbage": "not-a-token"}[forge]
    assert signing.loads(token, salt=SALT)["n"] == nonce  # the real one is fine
    with committed():
        answer = Client().post(f"/verify/manager/{bad}/", {"decision": "confirm"})
    assert answer.status_code == 410 and b"not valid" in answer.content
    assert ManagerConfirmation.objects.get().status == "sent"


def test_the_requester_never_receives_the_manager_link(trust_world, sandbox, mailoutbox):
    ticket = lost_phone_ticket()
    token = manager_token(mailoutbox)
    assert all(ADELE not in m.to for m in mailoutbox)
    cw = psa_ticket(sandbox, ticket.psa_ticket_id)
    # The requester hears only that the manager listed in the directory was asked to confirm: no link, no name.
    [reply] = customer_notes(cw)
    assert "manager listed in the directory" in reply and token not in reply and "/verify/manager/" not in reply
    assert token not in str(ticket.verification) and token not in str(list(ticket.events.values()))


def test_no_factor_to_push_goes_to_the_manager_without_any_push(trust_world, sandbox, mailoutbox):
    # Laura Callahan (Northwind, Okta) has only SMS: no Okta Verify push to send.
    ticket = submit("northwind", "laura.callahan@northwind.example", "Password reset please",
                    "I forgot my password, please reset it.")
    assert ticket.status == "awaiting_approval"
    assert "no Okta Verify push factor" in ticket.verification["manager_reason"]
    assert pushes(sandbox) == [] and identity_writes(sandbox) == []
    assert [m.to for m in mailoutbox] == [["nancy.davolio@northwind.example"]]


def test_a_vip_without_a_manager_and_an_admin_get_no_link(trust_world, sandbox, mailoutbox):
    vip = lost_phone_ticket("lynne.robbins@contoso.example")
    admin = lost_phone_ticket("it.admin@contoso.example")
    assert vip.status == "awaiting_approval"
    assert any("no manager in the directory" in r for r in vip.actions.get().reasons)
    assert admin.status == "escalated" and admin.actions.get().decision == "forbidden"
    assert mailoutbox == [] and pushes(sandbox) == [] and identity_writes(sandbox) == []


def test_plan_mode_sends_no_manager_link(trust_world, sandbox, mailoutbox):
    ticket = lost_phone_ticket("priya.shah@fabrikam.example", slug="fabrikam")
    assert ticket.status == "planned"
    assert "not sent in plan mode" in ticket.verification["proof_method"]
    assert mailoutbox == [] and ManagerConfirmation.objects.count() == 0
    assert identity_writes(sandbox) == [] and pushes(sandbox) == []
