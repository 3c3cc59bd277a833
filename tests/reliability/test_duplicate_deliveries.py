"""Issue 13: a duplicate delivery is harmless. The same webhook 5 times at once, the same REST ticket posted 5 times
at once, and every task entry point rung 50 times for one object (one after another, and from 8 threads at once):
one ticket, one vendor write, one reply, and no task crashes on a lost race.

"One" is counted where it happened: the sandbox vendors' own records (the directory's writes, the PSA's notes),
not Rallied's idea of them. The concurrent runs mean most on PostgreSQL (CI runs this suite there too); SQLite
serialises every write, which hides races, so there they show the same outcome one at a time.
"""

from __future__ import annotations

import logging
from typing import Any

import pytest

from approvals.models import ApprovalRequest
from audit.models import AuditEvent
from playbooks.tasks import execute_action_task  # the real one: held_doorbells replaces it where it lives
from tenants.models import Connection, Tenant
from tests.connectors.test_matrix import notes as psa_notes
from tests.helpers import (
    customer_notes,
    internal_notes,
    password_patches,
    post_ticket,
    psa_ticket,
    ticket_payload,
    token_client,
)
from tests.intake.test_lifecycle import CASES as PSA_CASES
from tests.reliability.helpers import ADELE, crashes, deliver_many, submit
from tickets.models import Ticket
from tickets.psa import ensure_psa_ticket
from tickets.services import ingest_ticket
from tickets.tasks import poll_psa_task
from workflow.tasks import follow_reply_task, settle_ticket_task, start_ticket_task, withdraw_for_takeover_task

pytestmark = pytest.mark.django_db(transaction=True)  # several connections: each must see the others' commits

# (deliveries, threads): one after another, then 8 workers at once.
FIFTY = pytest.mark.parametrize("threads", [1, 8], ids=["sequential", "concurrent"])
RESET = ("Password reset please",
         "Hi, I forgot my password and I'm locked out of my account. Can you reset my password? Thanks")


@pytest.fixture(autouse=True)
def _errors_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)


def status_events(ticket: Ticket, to: str) -> int:
    return ticket.events.filter(kind="status", to_status=to).count()


def replies(sandbox: Any, ticket: Ticket) -> list[str]:
    ticket.refresh_from_db()
    return customer_notes(psa_ticket(sandbox, ticket.psa_ticket_id))


def received_reset(external_id: str) -> Ticket:
    """A Contoso reset for Adele, stored and not started: what a lost or repeated doorbell finds."""
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id=external_id, subject=RESET[0], body=RESET[1], requester_email=ADELE,
                              enqueue=False)
    return ticket


# -- workflow/tasks.py ------------------------------------------------------------------------------------
@FIFTY
def test_start_ticket_rung_fifty_times_resets_once_and_replies_once(world, sandbox, caplog, threads):
    ticket = received_reset(f"dup-start-{threads}")
    rung = deliver_many(50, lambda: start_ticket_task(ticket.pk), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert len(password_patches(sandbox)) == 1
    assert len(replies(sandbox, ticket)) == 1
    assert ticket.actions.count() == 1
    assert ticket.events.filter(kind="planned").count() == 1  # the losers stopped at the claim, before planning
    assert status_events(ticket, "triaged") == 1 and status_events(ticket, "resolved") == 1


@FIFTY
def test_settle_ticket_rung_fifty_times_resolves_once_with_one_reply_and_one_close(world, sandbox, caplog, hold,
                                                                                  contoso_api, threads):
    settles = hold("workflow.tasks.settle_ticket_task")
    ticket = submit(contoso_api, f"dup-settle-{threads}", ADELE)
    assert ticket.status == "executing" and settles == [(ticket.pk,)]  # reset done; the doorbell to settle held
    rung = deliver_many(50, lambda: settle_ticket_task(ticket.pk), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert len(password_patches(sandbox)) == 1
    cw = psa_ticket(sandbox, ticket.psa_ticket_id)
    assert len(customer_notes(cw)) == 1 and len(internal_notes(cw)) == 1 and cw["closedFlag"] is True
    assert status_events(ticket, "resolved") == 1


@FIFTY
def test_withdraw_after_a_takeover_rung_fifty_times_withdraws_and_hands_over_once(world, sandbox, caplog, hold,
                                                                                  threads):
    from tests.intake.conftest import Psa
    from tests.intake.test_lifecycle import act, live, received

    withdrawals = hold("workflow.tasks.withdraw_for_takeover_task")
    live("contoso", approval_for="reset_password")
    psa = Psa(sandbox)
    ticket, opened = received(psa, "connectwise")
    assert psa.post("connectwise", *act(sandbox, "connectwise", opened["id"], "assign")).status_code == 200
    assert withdrawals == [(ticket.pk,)]
    rung = deliver_many(50, lambda: withdraw_for_takeover_task(ticket.pk), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    ticket.refresh_from_db()
    action = ticket.actions.get()
    assert ticket.status == "taken_over" and action.status == "withdrawn"
    assert ApprovalRequest.objects.get(action=action).status == "withdrawn"
    assert ticket.events.filter(kind="takeover.withdrawn").count() == 1
    assert ticket.events.filter(kind="action.withdrawn").count() == 1
    assert AuditEvent.objects.filter(verb="ticket.handed_over", object_id=str(ticket.pk)).count() == 1
    assert password_patches(sandbox) == []


@FIFTY
def test_a_requesters_still_broken_reply_followed_fifty_times_reopens_and_escalates_once(world, sandbox, caplog, hold,
                                                                                        threads):
    from tests.intake.conftest import Psa
    from tests.intake.test_lifecycle import act, resolved

    follows = hold("workflow.tasks.follow_reply_task")
    psa = Psa(sandbox)
    ticket, opened = resolved(psa, "connectwise")
    psa.post("connectwise", *act(sandbox, "connectwise", opened["id"], "reply", text="Hi, it's still not working."))
    [(ticket_id, event_id)] = follows
    notes_before = len(internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id)))
    rung = deliver_many(50, lambda: follow_reply_task(ticket_id, event_id), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    ticket.refresh_from_db()
    assert ticket.status == "escalated" and ticket.reopened == 1
    assert AuditEvent.objects.filter(verb="ticket.reopened", object_id=str(ticket.pk)).count() == 1
    assert len(internal_notes(psa_ticket(sandbox, ticket.psa_ticket_id))) == notes_before + 1  # one hand-over note
    assert len(password_patches(sandbox)) == 1  # the fix that did not hold is not repeated


# -- playbooks/tasks.py -----------------------------------------------------------------------------------
@FIFTY
def test_execute_action_rung_fifty_times_writes_once(world, sandbox, caplog, held_doorbells, contoso_api, threads):
    ticket = submit(contoso_api, f"dup-execute-{threads}", ADELE)
    [action_id] = held_doorbells
    rung = deliver_many(50, lambda: execute_action_task(action_id), threads=threads)

    assert len(password_patches(sandbox)) == 1
    assert ticket.events.filter(kind="action.executing").count() == 1
    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    assert sorted(set(rung.results)) == ["not-claimed", "succeeded"] and rung.results.count("succeeded") == 1
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert len(replies(sandbox, ticket)) == 1


# -- tickets/tasks.py -------------------------------------------------------------------------------------
@FIFTY
@pytest.mark.parametrize("vendor", list(PSA_CASES))
def test_a_psa_poll_rung_fifty_times_takes_the_new_ticket_in_once(world, sandbox, caplog, vendor, threads):
    from tests.intake.conftest import Psa, connection

    _, directory, requester, request, _ = PSA_CASES[vendor]
    opened = Psa(sandbox).open(vendor, *request, requester)  # no webhook: the poller finds it
    polled = connection(vendor)
    # Only this ticket is new to the poller: the sandbox's seeded tickets, of other requesters, are not the subject.
    Connection.objects.filter(pk=polled.pk).update(intake_watermark=str(int(opened["id"]) - 1))
    rung = deliver_many(50, lambda: poll_psa_task(polled.pk), threads=threads)

    assert not rung.errors and not crashes(caplog), (rung.errors, crashes(caplog))
    [ticket] = Ticket.objects.filter(source=vendor, external_id=str(opened["id"]))
    assert ticket.status == ("planned" if vendor in PLANNED else "resolved"), ticket.escalation_reason
    assert ticket.events.filter(kind="received").count() == 1
    writes = [w for w in sandbox.sandbox.writes(directory) if w["method"] != "GET"]
    assert len(writes) == (0 if vendor in PLANNED else 1), writes
    on_ticket = psa_notes(sandbox, vendor, str(opened["id"]))
    assert len([text for text, visible in on_ticket if visible]) == (0 if vendor in PLANNED else 1), on_ticket
    assert len([text for text, visible in on_ticket if not visible]) == 1, on_ticket


# -- REST: POST /api/v1/tickets/ ------------------------------------------------------------------------------
def test_the_same_ticket_posted_five_times_at_once_is_one_ticket_and_each_caller_gets_it(world, sandbox, caplog,
                                                                                       tenant_key):
    key = tenant_key("contoso")
    payload = ticket_payload("dup-rest-1", ADELE)
    posted = deliver_many(5, lambda: post_ticket(token_client(key), payload), threads=5)

    assert not posted.errors and not crashes(caplog), (posted.errors, crashes(caplog))
    codes = sorted(r.status_code for r in posted.results)
    assert codes == [200, 200, 200, 200, 201], [r.content[:300] for r in posted.results]
    [ticket] = Ticket.objects.filter(external_id="dup-rest-1")
    assert {r.json()["id"] for r in posted.results} == {ticket.pk}
    assert ticket.status == "resolved", ticket.escalation_reason
    assert len(password_patches(sandbox)) == 1
    assert len(replies(sandbox, ticket)) == 1
    assert ticket.events.filter(kind="received").count() == 1


# -- PSA webhooks: /hooks/connectwise/, /hooks/autotask/, /hooks/halopsa/ ----------------------------------------
# Each PSA's tenant, directory, requester and first request as the intake lifecycle tests use them. Fabrikam (Halo)
# is in plan mode: the one delivery leads to one "what I would have done" note and no write.
PLANNED = {"halopsa"}


@pytest.mark.parametrize("vendor", list(PSA_CASES))
def test_the_same_webhook_delivered_five_times_at_once_is_one_ticket_one_write_one_reply(world, sandbox, caplog,
                                                                                        vendor):
    from django.test import Client

    from tests.intake.conftest import Psa

    _, directory, requester, request, _ = PSA_CASES[vendor]
    outcome = "planned" if vendor in PLANNED else "resolved"
    psa = Psa(sandbox)
    opened = psa.open(vendor, *request, requester)
    headers, body = psa.webhook(vendor, opened)
    headers = {k: v for k, v in headers.items() if k.lower() != "content-type"}

    def deliver() -> Any:
        return Client().post(f"/hooks/{vendor}/", data=body, content_type="application/json", headers=headers)

    delivered = deliver_many(5, deliver, threads=5)

    assert not delivered.errors and not crashes(caplog), (delivered.errors, crashes(caplog))
    assert [r.status_code for r in delivered.results] == [200] * 5, [r.content for r in delivered.results]
    [ticket] = Ticket.objects.filter(source=vendor, external_id=str(opened["id"]))
    assert sum(r.json()["created"] for r in delivered.results) == 1
    assert {r.json()["ticket_id"] for r in delivered.results} == {ticket.pk}
    assert ticket.status == outcome, ticket.escalation_reason
    writes = [w for w in sandbox.sandbox.writes(directory) if w["method"] != "GET"]
    assert len(writes) == (1 if outcome == "resolved" else 0), writes
    on_ticket = psa_notes(sandbox, vendor, str(opened["id"]))  # (text, visible to the requester)
    assert len([text for text, visible in on_ticket if visible]) == (1 if outcome == "resolved" else 0), on_ticket
    assert len([text for text, visible in on_ticket if not visible]) == 1, on_ticket  # resolution or plan note


def test_a_psa_read_older_than_rallieds_own_close_is_not_taken_for_a_persons_reopen(world, sandbox):
    """Two polls at once: one read the PSA ticket still open, then found it resolved and closed by Rallied here."""
    import dataclasses
    from datetime import timedelta

    from tenants.selectors import connector_for
    from tests.intake.conftest import Psa, connection
    from tests.intake.test_lifecycle import resolved
    from tickets.updates import follow_update

    ticket, opened = resolved(Psa(sandbox), "connectwise")
    closed_at = ticket.events.get(kind="psa.write", data__step="close").at
    read = connector_for(connection("connectwise")).fetch_ticket(str(opened["id"]))
    still_open = dataclasses.replace(read, state="new")  # what a read begun before the close saw

    stale = follow_update(ticket=ticket, psa_ticket=still_open, entries=[], actor="integration:connectwise",
                          read_at=closed_at - timedelta(seconds=1))
    assert stale.taken_over == "" and Ticket.objects.get(pk=ticket.pk).status == "resolved"
    # The same picture read after the close is a person's reopen, as before.
    fresh = follow_update(ticket=ticket, psa_ticket=still_open, entries=[], actor="integration:connectwise",
                          read_at=closed_at + timedelta(seconds=1))
    assert fresh.taken_over and Ticket.objects.get(pk=ticket.pk).status == "taken_over"


@pytest.mark.parametrize("threads", [1, 8])
def test_steps_opening_the_psa_ticket_at_once_open_one(world, sandbox, caplog, threads):
    """Two steps of one API ticket used to open a PSA ticket each; the PSA poll then took the spare in as a new
    request and ran it again. Counted in the PSA's own request log, with each create slowed so they overlap."""
    ticket = received_reset(f"dup-open-{threads}")
    sandbox.sandbox.add_fault(vendor="connectwise", method="POST", path=r"/service/tickets$", latency=0.3)
    opened = deliver_many(8, lambda: ensure_psa_ticket(Ticket.objects.get(pk=ticket.pk)), threads=threads)

    assert not opened.errors and not crashes(caplog), (opened.errors, crashes(caplog))
    creates = [r for r in sandbox.sandbox.requests("connectwise")
               if r["method"] == "POST" and r["path"].endswith("/service/tickets")]
    ticket.refresh_from_db()
    assert len(creates) == 1 and ticket.psa_ticket_id
    assert set(opened.results) == {ticket.psa_ticket_id}
