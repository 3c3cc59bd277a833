"""Lifecycle in the PSA, on the three sandbox PSAs: a person taking a ticket over stops Rallied before its next
write; the requester's messages are read (thanks and auto-replies change nothing, "still not working" reopens and
counts, a new request takes the same triage → re-decision → policy path as a new ticket).

Every change is made as a person in the sandbox PSA (its control API, the webhook the vendor sends) and every
assertion that something was or was not written reads the sandbox PSA's own state.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import requests
from django.utils import timezone

from approvals.models import ApprovalRequest, AutonomyPolicy
from audit.models import AuditEvent
from playbooks.executor import execute_action
from playbooks.reconciler import reconcile_actions
from rallied.kinds import get_kind
from tenants.models import Tenant
from tests.helpers import committed, token_client
from tests.intake.conftest import VENDORS, configure, connection
from tests.reliability.helpers import GROUP_ADD, after_grace
from tests.targets.helpers import approve_as_technician
from tests.workflow.test_psa_reference import psa_state
from tickets.intake import poll_connection, watched_tickets
from tickets.models import Ticket

pytestmark = pytest.mark.django_db

# vendor -> tenant, its identity provider (in the sandbox state), the requester, what they ask first (its kind)
CASES = {
    "connectwise": ("contoso", "graph", "adele.vance@contoso.example",
                    ("Password reset please", "Hi, I forgot my password and I'm locked out. Can you reset it?"),
                    "reset_password"),
    "autotask": ("northwind", "okta", "robert.king@northwind.example",
                 ("Locked out", "I typed my password wrong too many times and now my account is locked. Please "
                  "unlock it."), "unlock_account"),
    "halopsa": ("fabrikam", "google", "tom.higgins@fabrikam.example",
                ("Password reset please", "Hi, I forgot my password and I'm locked out. Can you reset it?"),
                "reset_password"),
}
# A second, different request, for a reply that asks for something new.
NEW_REQUEST = {
    "connectwise": ("unlock_account", "One more thing: my account is now locked after too many attempts. "
                                      "Please unlock my account."),
    "autotask": ("reset_password", "One more thing: I forgot my password as well. Please reset my password."),
    "halopsa": ("reset_password", "Sorry, I forgot my new password already. Please reset my password again."),
}


def act(sandbox: Any, vendor: str, psa_id: Any, what: str, **extra: Any) -> tuple[dict[str, str], bytes]:
    """A person acts on the PSA ticket through the sandbox's control API: (webhook headers, raw body) back."""
    answer = requests.post(f"{sandbox.url}/_control/vendors/{vendor}/tickets/{psa_id}/person",
                           json={"act": what, **extra}, timeout=10)
    assert answer.status_code == 200, answer.text
    hook = answer.json()["webhook"]
    return hook["headers"], hook["body"].encode()


def live(slug: str, *, approval_for: str = "") -> None:
    """The tenant runs live; with `approval_for`, that action kind waits for a technician."""
    tenant = Tenant.objects.get(slug=slug)
    Tenant.objects.filter(pk=tenant.pk).update(mode=Tenant.Mode.LIVE)
    if approval_for:
        AutonomyPolicy.objects.update_or_create(tenant=tenant, kind=approval_for, defaults={"mode": "approval"})


def received(psa: Any, vendor: str) -> tuple[Ticket, dict[str, Any]]:
    """The requester opens a ticket in the PSA; its webhook reaches Rallied."""
    _, _, requester, ask, _ = CASES[vendor]
    psa_ticket = psa.open(vendor, *ask, requester, "")
    response = psa.deliver(vendor, psa_ticket)
    assert response.status_code == 200, response.content
    return Ticket.objects.get(pk=response.json()["ticket_id"]), psa_ticket


def resolved(psa: Any, vendor: str) -> tuple[Ticket, dict[str, Any]]:
    """A ticket Rallied resolved and closed in the PSA (Fabrikam's reset waits for a technician first)."""
    live(CASES[vendor][0])
    ticket, psa_ticket = received(psa, vendor)
    for action in ticket.actions.filter(status="awaiting_approval"):
        approve_as_technician(action)
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert psa_state(psa.sandbox, vendor, psa_ticket["id"])["closed"] is True
    return ticket, psa_ticket


def directory_writes(sandbox: Any, vendor: str) -> list[dict[str, Any]]:
    return sandbox.sandbox.writes(CASES[vendor][1])


def state(sandbox: Any, vendor: str, psa_id: Any) -> dict[str, Any]:
    """The PSA ticket as its vendor holds it, with its raw status and assignment."""
    raw = sandbox.sandbox.state()[vendor]
    if vendor == "connectwise":
        status = raw["tickets"][str(psa_id)]["status"]["name"]
    elif vendor == "autotask":
        status = next(t for db in raw.values() for t in db["tickets"] if t["id"] == int(psa_id))["status"]
    else:
        status = next(t for t in raw["tickets"] if t["id"] == int(psa_id))["status_id"]
    return {**psa_state(sandbox, vendor, psa_id), "status": status}


# -- a person takes the ticket over ------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["assign", "status", "note"])
@pytest.mark.parametrize("vendor", VENDORS)
def test_a_takeover_before_execution_stops_rallied_with_no_write_after_it(psa, sandbox, vendor, how):
    slug, _, _, _, kind = CASES[vendor]
    live(slug, approval_for=kind)
    ticket, psa_ticket = received(psa, vendor)
    action = ticket.actions.get()
    assert action.status == "awaiting_approval"
    extra = {"text": "I'll call her, leave this with me."} if how == "note" else {}

    response = psa.post(vendor, *act(sandbox, vendor, psa_ticket["id"], how, **extra))
    after_takeover = state(sandbox, vendor, psa_ticket["id"])

    assert response.status_code == 200 and response.json()["detail"].startswith("Taken over")
    ticket.refresh_from_db()
    action.refresh_from_db()
    assert ticket.status == "taken_over" and action.status == "withdrawn"
    assert ApprovalRequest.objects.get(action=action).status == "withdrawn"  # off the review queue
    handed = ticket.events.get(kind="takeover.withdrawn")
    assert f"Withdrawn: {kind} for" in handed.message
    # A doorbell for the withdrawn action, or the same webhook again, runs nothing and writes nothing.
    with committed():
        assert execute_action(action_id=action.pk) == "not-claimed"
    psa.post(vendor, *psa.webhook(vendor, psa_ticket))
    assert directory_writes(sandbox, vendor) == []
    assert state(sandbox, vendor, psa_ticket["id"]) == after_takeover
    assert after_takeover["closed"] is False and after_takeover["time"] == []


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_takeover_between_approval_and_execution_is_seen_right_before_the_vendor_write(psa, sandbox, vendor,
                                                                                        monkeypatch):
    slug, _, _, _, kind = CASES[vendor]
    live(slug, approval_for=kind)
    ticket, psa_ticket = received(psa, vendor)
    action = ticket.actions.get()
    queued: list[tuple[str, tuple[int, ...]]] = []
    monkeypatch.setattr("playbooks.services.dispatch", lambda task, *args: queued.append((task, args)))
    approve_as_technician(action)  # approved; its execution is queued, not run yet
    assert action.status == "approved" and queued == [("playbooks.tasks.execute_action_task", (action.pk,))]
    monkeypatch.undo()
    # The technician assigns it to themselves; their webhook is lost on the way (only the PSA knows).
    act(sandbox, vendor, psa_ticket["id"], "assign")
    before = state(sandbox, vendor, psa_ticket["id"])

    with committed():
        outcome = execute_action(action_id=action.pk)

    assert outcome == "withdrawn"
    ticket.refresh_from_db()
    assert ticket.status == "taken_over"
    assert directory_writes(sandbox, vendor) == []
    assert state(sandbox, vendor, psa_ticket["id"]) == before  # no reply, note, time or close from Rallied
    assert not AuditEvent.objects.filter(verb="action.intent", object_id=str(action.pk)).exists()


@pytest.mark.parametrize("vendor", VENDORS)
def test_the_poller_sees_a_takeover_whose_webhook_never_came(psa, sandbox, vendor):
    slug, _, _, _, kind = CASES[vendor]
    live(slug, approval_for=kind)
    ticket, psa_ticket = received(psa, vendor)
    act(sandbox, vendor, psa_ticket["id"], "status")

    with committed():
        report = poll_connection(connection=connection(vendor))

    assert report.counts.get("updated") == 1, str(report)
    ticket.refresh_from_db()
    assert ticket.status == "taken_over" and ticket.actions.get().status == "withdrawn"


# -- the requester writes back -----------------------------------------------------------------------------
@pytest.mark.parametrize("message", [
    {"text": "Thanks, that worked!"},
    {"text": "I am out of the office until Monday with limited access to e-mail.",
     "subject": "Automatic reply: Password reset please"},
])
@pytest.mark.parametrize("vendor", VENDORS)
def test_thanks_or_an_auto_reply_on_a_closed_ticket_changes_nothing(psa, sandbox, vendor, message):
    ticket, psa_ticket = resolved(psa, vendor)
    writes = len(directory_writes(sandbox, vendor))

    response = psa.post(vendor, *act(sandbox, vendor, psa_ticket["id"], "reply", **message))
    after_reply = state(sandbox, vendor, psa_ticket["id"])

    assert response.status_code == 200
    ticket.refresh_from_db()
    assert (ticket.status, ticket.reopened, ticket.round) == ("resolved", 0, 0)
    assert ticket.events.get(kind="requester.replied").data["reads_as"] in ("thanks", "automatic")
    assert after_reply["closed"] is True
    psa.post(vendor, *psa.webhook(vendor, psa_ticket))  # and read again: still nothing
    assert state(sandbox, vendor, psa_ticket["id"]) == after_reply
    assert len(directory_writes(sandbox, vendor)) == writes


@pytest.mark.parametrize("vendor", VENDORS)
def test_still_broken_within_30_days_reopens_the_ticket_and_counts(psa, sandbox, vendor, tenant_key):
    ticket, psa_ticket = resolved(psa, vendor)
    writes = len(directory_writes(sandbox, vendor))

    psa.post(vendor, *act(sandbox, vendor, psa_ticket["id"], "reply",
                          text="Hi, it's still not working, I still can't get in."))

    ticket.refresh_from_db()
    assert ticket.reopened == 1 and ticket.status == "escalated"
    assert "still not working" in ticket.escalation_reason
    reopened = AuditEvent.objects.get(verb="ticket.reopened")
    assert reopened.details["reopened"] == 1
    after = state(sandbox, vendor, psa_ticket["id"])
    assert after["closed"] is False  # open again in the PSA, for the technician
    history, told = after["notes"][-2:]  # the technician's note, then the requester hears a person has it
    assert "still not working" in history and f"{get_kind(CASES[vendor][4]).label} for" in history
    assert "passed your request to one of our technicians" in told and "still not working" not in told
    assert len(directory_writes(sandbox, vendor)) == writes  # the fix that did not hold is not repeated
    shown = token_client(tenant_key(CASES[vendor][0])).get(f"/api/v1/tickets/{ticket.pk}/").json()
    assert (shown["status"], shown["reopened"], shown["round"]) == ("escalated", 1, 1)
    assert "requester.replied" in [row["kind"] for row in shown["timeline"]]


def test_still_broken_after_30_days_reopens_without_counting(psa, sandbox):
    ticket, psa_ticket = resolved(psa, "connectwise")
    Ticket.objects.filter(pk=ticket.pk).update(resolved_at=timezone.now() - timedelta(days=31))

    psa.post("connectwise", *act(sandbox, "connectwise", psa_ticket["id"], "reply", text="Still not working."))

    ticket.refresh_from_db()
    assert (ticket.status, ticket.reopened) == ("escalated", 0)
    assert not AuditEvent.objects.filter(verb="ticket.reopened").exists()


@pytest.mark.parametrize("vendor", VENDORS)
def test_only_the_tickets_contact_is_the_requester(psa, sandbox, vendor):
    ticket, psa_ticket = resolved(psa, vendor)
    other = {"connectwise": "megan.bowen@contoso.example", "autotask": "janet.leverling@northwind.example",
             "halopsa": "kim.abercrombie@fabrikam.example"}[vendor]
    if vendor == "halopsa":  # a Halo end user exists once they have logged a ticket
        psa.open(vendor, "Printer", "The printer is out of toner.", other, "")
    before = state(sandbox, vendor, psa_ticket["id"])

    psa.post(vendor, *act(sandbox, vendor, psa_ticket["id"], "reply", text="Still not working!", **{"from": other}))

    ticket.refresh_from_db()
    assert (ticket.status, ticket.reopened) == ("resolved", 0)
    assert not ticket.events.filter(kind="requester.replied").exists()
    assert state(sandbox, vendor, psa_ticket["id"])["notes"] == [*before["notes"], "Still not working!"]


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_new_request_in_a_reply_is_triaged_decided_and_planned_on_the_same_ticket(psa, sandbox, vendor):
    _, _, requester, _, first_kind = CASES[vendor]
    if vendor == "halopsa":  # Fabrikam runs in plan mode: the new request is planned, nothing runs
        ticket, psa_ticket = received(psa, vendor)
        assert ticket.status == "planned"
    else:
        ticket, psa_ticket = resolved(psa, vendor)
    kind, text = NEW_REQUEST[vendor]
    notes_before = len(state(sandbox, vendor, psa_ticket["id"])["notes"])

    psa.post(vendor, *act(sandbox, vendor, psa_ticket["id"], "reply", text=text))

    ticket.refresh_from_db()
    assert ticket.round == 1 and ticket.reopened == 0
    assert Ticket.objects.count() == 1  # the same ticket, not a new one
    newest = ticket.actions.order_by("-pk").first()
    assert newest.kind == kind and newest.target == requester
    assert newest.decision and newest.reasons  # decided by the policy, through the one re-decision
    assert ticket.events.filter(kind="action.redecided").exists() or ticket.events.filter(
        kind=f"action.{newest.status}").exists()
    after = state(sandbox, vendor, psa_ticket["id"])
    if vendor == "halopsa":
        assert ticket.status == "planned" and newest.status == "planned"
        assert sandbox.sandbox.writes("google") == []
        assert len(after["notes"]) > notes_before + 1  # the reply, then the new plan note
    else:
        assert ticket.status == "resolved", ticket.escalation_reason
        assert newest.status == "succeeded" and ticket.actions.filter(kind=first_kind, status="succeeded").exists()
        assert after["closed"] is True and len(after["time"]) == 2


def test_a_new_request_while_rallied_works_waits_for_the_round_to_end(psa, sandbox):
    live("contoso", approval_for="reset_password")
    ticket, psa_ticket = received(psa, "connectwise")
    first = ticket.actions.get()
    kind, text = NEW_REQUEST["connectwise"]

    psa.post("connectwise", *act(sandbox, "connectwise", psa_ticket["id"], "reply", text=text))
    psa.post("connectwise", *act(sandbox, "connectwise", psa_ticket["id"], "reply", text="I still can't log in!"))

    ticket.refresh_from_db()
    assert ticket.status == "awaiting_approval" and ticket.actions.count() == 1  # nothing new mid-way
    approve_as_technician(first)

    ticket.refresh_from_db()
    assert (ticket.status, ticket.round, ticket.reopened) == ("resolved", 1, 0), ticket.escalation_reason
    assert [a.kind for a in ticket.actions.order_by("pk")] == ["reset_password", kind]
    assert all(a.status == "succeeded" for a in ticket.actions.all())
    replies = ticket.events.filter(kind="requester.replied").order_by("pk")
    assert [r.data["outcome"] for r in replies] == ["triaged as a new request",
                                                    "written before this round's work had ended"]


def test_an_action_whose_outcome_was_unknown_is_not_repeated_after_a_takeover(psa, sandbox):
    adele = CASES["connectwise"][2]
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=r"/groups/[^/]+/members/\$ref$", statuses=[502],
                              times=1)
    cw_ticket = psa.open("connectwise", *GROUP_ADD, adele, "Adele Vance")
    ticket = Ticket.objects.get(pk=psa.deliver("connectwise", cw_ticket).json()["ticket_id"])
    action = approve_as_technician(ticket.actions.get())
    assert action.status == "unknown_outcome"

    psa.post("connectwise", *act(sandbox, "connectwise", cw_ticket["id"], "assign"))
    with committed():
        summary = reconcile_actions(now=after_grace())  # the vendor's "not there" is believed after the grace

    ticket.refresh_from_db()
    action.refresh_from_db()
    assert ticket.status == "taken_over" and summary == {"failed": 1}
    assert action.status == "failed" and "took the ticket over" in action.error
    assert "Started before the takeover" in ticket.events.get(kind="takeover.withdrawn").message
    adds = [w for w in sandbox.sandbox.writes("graph") if w["path"].endswith("/members/$ref")]
    assert len(adds) == 1  # the refused call only: nothing new after the takeover


@pytest.mark.parametrize("vendor", VENDORS)
def test_a_person_reopening_what_rallied_closed_takes_it_and_counts(psa, sandbox, vendor):
    ticket, psa_ticket = resolved(psa, vendor)

    psa.post(vendor, *act(sandbox, vendor, psa_ticket["id"], "reopen"))

    ticket.refresh_from_db()
    assert (ticket.status, ticket.reopened) == ("taken_over", 1)
    assert AuditEvent.objects.get(verb="ticket.reopened").details["by"] == "a person in the PSA"
    assert state(sandbox, vendor, psa_ticket["id"])["closed"] is False


def test_each_poll_reads_a_few_known_tickets_taking_turns(psa, sandbox):
    live("contoso", approval_for="reset_password")
    first, _ = received(psa, "connectwise")
    second, _ = received(psa, "connectwise")
    conn = configure("connectwise", update_poll_limit=1)

    turns = [watched_tickets(conn, now=minute * 60.0) for minute in (0, 1, 2)]

    assert [[t.pk for t in turn] for turn in turns] == [[first.pk], [second.pk], [first.pk]]
