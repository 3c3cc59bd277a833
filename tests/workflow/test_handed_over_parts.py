"""Issue 12, every escalation says part by part what was done and what was not, and why; and only the floor's refusals
stop a whole ticket. Checked from the sandbox's own state (Graph, the PSA's notes)."""

from __future__ import annotations

from typing import Any

import pytest

from playbooks.models import IntentPlan
from playbooks.selectors import intent_outcomes
from rallied import tasks
from rallied.intents import Intent
from tenants.models import Tenant
from tests.helpers import committed, internal_notes, psa_ticket
from tests.trust.helpers import identity_writes, loosest_policies
from tests.workflow.reply_helpers import ADELE, psa_replies
from tickets.models import Ticket
from tickets.services import ingest_ticket
from workflow.lifecycle import start_ticket

pytestmark = pytest.mark.django_db
ALEX, ADMIN = "alex.wilber@contoso.example", "it.admin@contoso.example"


def triaged(intents: list[Intent], *, needs_human: str = "", subject: str = "Two things",
            body: str = "Please reset my password and add Alex to Finance-Readers.") -> Ticket:
    """A Contoso ticket from Adele triaged into these intents (`needs_human`: triage's reason to hand it over whole),
    then started from there."""
    tenant = Tenant.objects.get(slug="contoso")
    with tasks.inline(), committed():
        ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api",
                                  external_id=f"hop-{Ticket.objects.count() + 1}", subject=subject, body=body,
                                  requester_email=ADELE, requester_name="Adele Vance", enqueue=False)
    triage = {"category": intents[0].category, "confidence": 0.95, "needs_human": bool(needs_human)}
    if needs_human:
        triage["reason"] = needs_human
    Ticket.objects.filter(pk=ticket.pk).update(status="triaged", category=intents[0].category, entities={},
                                               intents=[i.to_dict() for i in intents], confidence=0.95, triage=triage)
    with tasks.inline(), committed():
        start_ticket(ticket.pk)
    ticket.refresh_from_db()
    return ticket


def password_set(sandbox: Any, upn: str) -> bool:
    return bool((sandbox.sandbox.state()["graph"]["contoso"]["users"][upn].get("password") or {}).get("setAt"))


@pytest.fixture
def contoso_loose(replies_world: dict[str, Any]) -> dict[str, Any]:
    loosest_policies("contoso")  # every part may run on its own, so what happens is the lifecycle's doing
    return replies_world


RESET_AND_GROUP = [Intent("reset_password", text="reset my password"),
                   Intent("add_to_group", target=ALEX, object="Finance-Readers", text="add Alex to Finance-Readers")]


def test_a_ticket_triage_hands_over_whole_lists_every_part_with_why(contoso_loose, sandbox):
    ticket = triaged(RESET_AND_GROUP, needs_human="also reports a problem outside identity work (printer)")

    assert ticket.status == "escalated" and not ticket.actions.exists()
    assert identity_writes(sandbox) == [] and not password_set(sandbox, ADELE)
    plans = list(IntentPlan.objects.filter(ticket=ticket).order_by("index"))
    assert [(p.kind, p.status, p.handed_over) for p in plans] == [
        ("reset_password", "ambiguous", True), ("add_to_group", "ambiguous", True)]
    assert [o.status for o in intent_outcomes(ticket)] == ["handed_over", "handed_over"]
    assert all("printer" in o.reason for o in intent_outcomes(ticket))

    note = "\n".join(internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))
    assert f"1. Reset password for {ADELE}: left to a technician (Triage handed the whole ticket" in note
    assert f"2. Add to group for {ALEX}: left to a technician" in note
    (reply,) = psa_replies(sandbox, "connectwise", ticket.psa_ticket_id)
    assert "Nothing has been changed on any account yet." in reply
    assert f"a technician will take care of:\n- a new password for {ADELE}\n- adding {ALEX} to the group " \
           "Finance-Readers" in reply
    assert "has been reset" not in reply and "has been added" not in reply


def test_a_part_the_stack_cannot_run_keeps_its_own_reason_when_handed_over_whole(contoso_loose, sandbox):
    """Triage's doubt is not the only reason given: a part the service account may not do says so."""
    from tenants.models import ServiceAccount

    account = ServiceAccount.objects.get(tenant__slug="contoso", connection__vendor="entra")
    account.allowed_kinds = [k for k in account.allowed_kinds if k != "add_to_group"]
    account.save()
    ticket = triaged(RESET_AND_GROUP, needs_human="low confidence (0.55) for password reset")

    plan = IntentPlan.objects.get(ticket=ticket, index=1)
    assert plan.status == "out_of_scope" and "not allowed to do 'Add to group'" in plan.reason
    assert IntentPlan.objects.get(ticket=ticket, index=0).status == "ambiguous"


def test_a_ticket_that_asks_for_nothing_rallied_does_keeps_no_plan(contoso_loose, sandbox):
    tenant = Tenant.objects.get(slug="contoso")
    with tasks.inline(), committed():
        ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id="hop-printer",
                                  subject="Printer", body="The printer on the second floor jams every morning.",
                                  requester_email=ADELE, requester_name="Adele Vance")
    ticket.refresh_from_db()
    assert ticket.status == "escalated" and not IntentPlan.objects.filter(ticket=ticket).exists()
    (reply,) = psa_replies(sandbox, "connectwise", ticket.psa_ticket_id)
    assert "a technician will take care of" not in reply


def test_a_licence_refused_when_decided_stops_that_part_only(contoso_loose, sandbox, monkeypatch):
    """The plan did not read the catalogue (as if the seat went, or the name changed, after planning): the decision
    finds 'Project Plan 3' is not Contoso's. The licence is handed over with why; the reset still runs."""
    import playbooks.planning

    monkeypatch.setattr(playbooks.planning, "catalogue_for", lambda tenant: None)
    ticket = triaged([Intent("reset_password", text="reset my password"),
                      Intent("assign_license", target=ALEX, object="Project Plan 3", text="Project for Alex")],
                     body="Please reset my password and give Alex a Project Plan 3 licence.")

    assert ticket.status == "escalated"
    assert sorted((a.kind, a.status, a.decision) for a in ticket.actions.all()) == [
        ("assign_license", "blocked", "forbidden"), ("reset_password", "succeeded", "autonomous")]
    assert password_set(sandbox, ADELE)
    assert not [w for w in identity_writes(sandbox) if w["path"].endswith("/assignLicense")]
    assert [o.status for o in intent_outcomes(ticket)] == ["done", "handed_over"]
    (reply,) = psa_replies(sandbox, "connectwise", ticket.psa_ticket_id)
    assert "has been reset" in reply and "has been given the licence" not in reply
    assert f"a technician will take care of:\n- the licence Project Plan 3 for {ALEX}" in reply
    assert "'Project Plan 3' is not a licence of this tenant" in ticket.escalation_reason


def test_a_floor_refusal_still_stops_the_whole_ticket(contoso_loose, sandbox):
    """The other side: a refused part about who is touched (an admin's password) stops every part of the ticket."""
    ticket = triaged([Intent("reset_password", text="reset my password"),
                      Intent("reset_password", target=ADMIN, text=f"and the password of {ADMIN}")],
                     body=f"Please reset my password and the password of {ADMIN} too.")

    assert ticket.status == "escalated"
    assert sorted((a.target, a.status) for a in ticket.actions.all()) == [(ADELE, "rejected"), (ADMIN, "blocked")]
    assert identity_writes(sandbox) == [] and not password_set(sandbox, ADELE)
    assert "holds the directory admin role" in ticket.escalation_reason


def test_a_licence_without_its_person_is_handed_over_with_both_reasons(contoso_loose, sandbox):
    """Who it is for is missing, and the licence is not Contoso's either: the technician and the requester learn both
    at once, and the reply names the part without a blank where the person would be."""
    ticket = triaged([Intent("assign_license", object="Project Plan 3", text="a Project Plan 3 licence")],
                     needs_human="does not say who needs it", subject="Project",
                     body="A Project Plan 3 licence is needed for the move planning, please.")

    (plan,) = IntentPlan.objects.filter(ticket=ticket)
    assert [g["code"] for g in plan.gaps] == ["missing", "catalogue"]
    assert "'Project Plan 3' is not a licence of this tenant" in plan.reason
    assert not [w for w in identity_writes(sandbox) if w["path"].endswith("/assignLicense")]
    (reply,) = psa_replies(sandbox, "connectwise", ticket.psa_ticket_id)
    assert "- the licence Project Plan 3 for the person named in your request" in reply
