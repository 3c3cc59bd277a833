"""Approver != submitter != requester != target, on every channel, recorded on the ticket and in the audit trail.

A technician's API token can post a ticket naming any requester; the same technician then cannot approve (or edit)
its actions anywhere: API, web queue, Slack. Another technician can. A staff account whose address is the
requester's or the target's is refused the same way, however the address is written.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model

from audit.models import AuditEvent
from playbooks.models import Action
from tenants.services import create_api_token
from tests.approvals.factories import staff_user, waiting, web
from tests.chat.helpers import GROUP_BODY, button_payload, member, press
from tests.helpers import committed, post_ticket, ticket_payload, token_client
from tickets.models import Ticket

pytestmark = pytest.mark.django_db
ADELE = "adele.vance@contoso.example"


def user_token(username: str) -> tuple[Any, str]:
    return create_api_token(actor="system:test", name=f"{username}-cli",
                            user=get_user_model().objects.get(username=username))


def submit_as(key: str, external_id: str) -> Action:
    payload = {**ticket_payload(external_id, ADELE, name="Adele Vance", subject="Access to Finance-Readers group",
                                body=GROUP_BODY), "tenant": "contoso"}
    with committed():
        response = post_ticket(token_client(key), payload)
    assert response.status_code == 201, response.content
    ticket = Ticket.objects.get(pk=response.json()["id"])
    assert ticket.status == "awaiting_approval", (ticket.status, ticket.escalation_reason)
    return Action.objects.get(ticket=ticket)


def finance_readers(sandbox: Any) -> list[str]:
    return sandbox.sandbox.state()["graph"]["contoso"]["groups"]["Finance-Readers"]


def api_approve(key: str, action: Action, **body: Any):
    with committed():
        return token_client(key).post(f"/api/v1/actions/{action.pk}/approve", {"version": action.version, **body},
                                      format="json")


def test_the_submitter_is_recorded_for_user_and_tenant_tokens(world, sandbox, tenant_key):
    token, key = user_token("tech")
    action = submit_as(key, "sod-1")
    assert (action.ticket.submitted_by.username, action.ticket.submitted_by_token_id) == ("tech", token.pk)
    received = AuditEvent.objects.get(verb="ticket.received", object_id=str(action.ticket_id))
    assert received.details["submitted_by"] == "tech"
    # A PSA integration's tenant token submits for no person: the token is kept, no technician is.
    psa = submit_as(tenant_key("contoso"), "sod-2").ticket
    assert psa.submitted_by is None and psa.submitted_by_token.tenant.slug == "contoso"


def test_a_user_token_cannot_approve_what_it_submitted_but_another_technician_can(world, sandbox):
    _, key = user_token("tech")
    action = submit_as(key, "sod-3")
    response = api_approve(key, action)
    assert response.status_code == 403 and "You submitted this ticket" in response.json()["detail"]
    # Nor by editing it (an edit is an approval too).
    response = api_approve(key, action, params={"group": "Billing Team"})
    assert response.status_code == 403 and "You submitted this ticket" in response.json()["detail"]
    action.refresh_from_db()
    assert (action.status, action.version, ADELE in finance_readers(sandbox)) == ("awaiting_approval", 1, False)
    refused = AuditEvent.objects.filter(verb="approval.refused", object_id=str(action.pk))
    assert refused.count() == 2 and all(e.actor == "user:tech" and e.details["channel"] == "api" for e in refused)
    # The other side: tech2 approves, and Adele is in the group.
    _, other = user_token("tech2")
    assert api_approve(other, action).status_code == 200
    action.refresh_from_db()
    assert action.status == "succeeded" and ADELE in finance_readers(sandbox)
    approved = AuditEvent.objects.get(verb="approval.approved", object_id=str(action.pk))
    assert approved.actor == "user:tech2" and approved.details["apart_from"]["submitter"] == "tech"


def test_the_submitter_is_refused_on_the_web_queue_and_in_slack_too(world, sandbox):
    _, key = user_token("tech")
    action = submit_as(key, "sod-4")
    # The card says so to the submitter and offers them no approve button; another technician gets one.
    mine = web("tech").get("/queue/").content.decode()
    mine = mine[mine.index(f'id="card-{action.pk}"'):]
    assert "You submitted this ticket" in mine.split("</article>")[0]
    assert f"{action.pk}/approve/" not in mine.split("</article>")[0]
    theirs = web("tech2").get("/queue/").content.decode()
    assert f"/queue/{action.pk}/approve/" in theirs
    with committed():
        page = web("tech").post(f"/queue/{action.pk}/approve/", {"version": 1, "next": "/queue/"}, follow=True)
    assert "You submitted this ticket" in " ".join(str(m) for m in page.context["messages"])
    assert "You submitted this ticket" in press(button_payload(action, "approve", member("tech"))).json()["text"]
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and ADELE not in finance_readers(sandbox)
    assert {e.details["channel"] for e in AuditEvent.objects.filter(verb="approval.refused",
                                                                    object_id=str(action.pk))} == {"web", "slack"}
    assert "You approved" in press(button_payload(action, "approve", member("tech2"))).json()["text"]
    action.refresh_from_db()
    assert action.status == "succeeded" and ADELE in finance_readers(sandbox)


@pytest.mark.parametrize("written", ["adele.vance@contoso.example", " Adele.Vance@CONTOSO.example. "])
def test_a_technician_who_is_the_requester_cannot_approve(world, sandbox, written):
    staff_user("adele-it", written.strip(), ["contoso"])
    action = waiting()
    _, key = user_token("adele-it")
    response = api_approve(key, action)
    assert response.status_code == 403 and "You are the requester" in response.json()["detail"]
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and ADELE not in finance_readers(sandbox)
    _, other = user_token("tech")
    assert api_approve(other, action).status_code == 200


def test_a_technician_cannot_approve_or_edit_an_action_onto_themself(world, sandbox):
    staff_user("alex-it", "alex.wilber@contoso.example", ["contoso"])
    _, key = user_token("alex-it")
    on_alex = waiting(params={"target": "alex.wilber@contoso.example", "group": "Finance-Readers"})
    response = api_approve(key, on_alex)
    assert response.status_code == 403 and "You are the target" in response.json()["detail"]
    on_adele = waiting()
    response = api_approve(key, on_adele, params={"target": "alex.wilber@contoso.example"})
    assert response.status_code == 403 and "You are the target" in response.json()["detail"]
    on_adele.refresh_from_db()
    assert on_adele.target == ADELE and on_adele.version == 1
    # The same technician may approve an action on someone else.
    assert api_approve(key, on_adele).status_code == 200
    on_adele.refresh_from_db()
    assert on_adele.status == "succeeded" and ADELE in finance_readers(sandbox)
