"""The PSA down at write-back: a ticket is resolved only once the PSA accepted its reply and its close.

Each sandbox PSA (ConnectWise, Autotask, HaloPSA) answers 503, or hangs up without answering, for 30 seconds from
the moment the ticket's last action runs. The test moves the sandbox's clock and passes the same moment to the
retries instead of sleeping. What counts is the PSA's own state: the note, the reply (with a link that opens the
temporary password), the time entry, each exactly once, and the ticket closed.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from playbooks.executor import execute_action
from playbooks.models import Action
from rallied.connectors import connector_classes
from tenants.models import Tenant
from tests.helpers import committed
from tests.intake.test_lifecycle import act
from tests.reliability.helpers import WorkerDied, die_after_call
from tests.robust.test_pipeline_crashes import staff_told
from tests.targets.helpers import approve_as_technician
from tests.workflow.reply_helpers import KNOWN_PASSWORD
from tests.workflow.test_psa_reference import CASES, RESET, open_own, psa_state, submit
from tickets import secrets as secrets_module
from tickets.models import OneTimeSecret, PsaWriteBack, Ticket
from tickets.psa_writeback import LEASE
from tickets.secrets import hand_over_secret, reveal_secret
from workflow import writeback
from workflow.writeback import retry_writebacks

pytestmark = pytest.mark.django_db
REAL_ADD_NOTE = connector_classes()["connectwise"].add_note
LINK = re.compile(r"/s/([A-Za-z0-9_\-]+)/")


class Clock:
    """One clock for the sandbox's outage and for the write-back's attempts: the test moves it, nothing sleeps."""

    def __init__(self, sandbox: Any, monkeypatch: pytest.MonkeyPatch) -> None:
        self.start = timezone.now()
        self.now = self.start
        monkeypatch.setattr(sandbox.sandbox, "clock", lambda: self.now.timestamp())
        monkeypatch.setattr(writeback, "timezone", SimpleNamespace(now=lambda: self.now))

    def at(self, seconds: float) -> datetime:
        self.now = self.start + timedelta(seconds=seconds)
        return self.now


def psa_down(sandbox: Any, vendor: str, how: str, seconds: float) -> None:
    fault: dict[str, Any] = {"drop": True} if how == "hangs_up" else {"statuses": [503]}
    sandbox.sandbox.add_fault(vendor=vendor, for_seconds=seconds, **fault)


def resolve_with_psa_down(sandbox: Any, tenant_key: Any, held: list[int], vendor: str, how: str, seconds: float,
                          clock: Clock) -> tuple[Ticket, dict[str, Any], dict[str, Any]]:
    """A password reset on the tenant's own PSA ticket; the PSA goes down just before the reset runs.
    Returns the ticket, the PSA ticket, and the PSA ticket's state when it went down."""
    slug, company, requester, _, _ = CASES[vendor]
    Tenant.objects.filter(slug=slug).update(mode=Tenant.Mode.LIVE)  # Fabrikam starts in plan mode
    own = open_own(sandbox, vendor, company, requester, RESET)
    ticket, _ = submit(tenant_key, slug, f"{vendor}-{how}", requester, RESET, own["id"])
    for action in ticket.actions.filter(status="awaiting_approval"):  # Fabrikam's policy asks a technician
        approve_as_technician(action)
    assert held, "the reset waits for its worker"
    before = psa_state(sandbox, vendor, own["id"])  # a "waiting for approval" reply, where a technician approved
    psa_down(sandbox, vendor, how, seconds)
    for action_id in held:
        with committed():
            execute_action(action_id=action_id)
    ticket.refresh_from_db()
    return ticket, own, before


def assert_secret_delivered(ticket: Ticket, reply: str, vendor: str) -> None:
    """The temporary password reaches its owner: through the link in the reply, or (where the tenant's rules keep
    it for a technician, Fabrikam's unconfirmed manager path) by a technician's hand-over; never in the text."""
    secret = OneTimeSecret.objects.get(ticket=ticket)
    if ticket.events.filter(kind="secret.held").exists():
        assert not LINK.search(reply)
        password = hand_over_secret(secret_id=secret.pk, actor=get_user_model().objects.get(username="tech"))
    else:
        password = reveal_secret(LINK.search(reply).group(1))
    assert password and (password == KNOWN_PASSWORD or vendor == "autotask")  # Northwind's Okta makes its own
    assert password not in reply


@pytest.fixture
def known_password(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets_module, "generate_password", lambda *a, **k: KNOWN_PASSWORD)


@pytest.mark.parametrize("how", ["answers_503", "hangs_up"])
@pytest.mark.parametrize("vendor", list(CASES))
def test_psa_down_for_30_seconds_the_ticket_resolves_once_the_psa_takes_the_reply(
        world, sandbox, tenant_key, held_doorbells, known_password, monkeypatch, vendor, how):
    clock = Clock(sandbox, monkeypatch)
    ticket, own, before = resolve_with_psa_down(sandbox, tenant_key, held_doorbells, vendor, how, 30, clock)

    # The reset ran; the PSA did not take the resolution, so the ticket waits for it, and nothing was written.
    assert Action.objects.get(ticket=ticket).status == "succeeded"
    assert ticket.status == "writing_back" and ticket.get_status_display() == "Waiting for the PSA", ticket.escalation_reason
    assert psa_state(sandbox, vendor, own["id"]) == before and before["closed"] is False and before["time"] == []
    row = PsaWriteBack.objects.get(ticket=ticket)
    assert row.status == "pending" and row.accepted == []
    assert ("Could not reach" if how == "hangs_up" else "503") in row.last_error  # the outage, as the client saw it
    secret = OneTimeSecret.objects.get(ticket=ticket)
    assert secret.available  # the temporary password is kept, for its link or for a technician's hand-over
    if not ticket.events.filter(kind="secret.held").exists():
        assert secret.link_encrypted  # the link is kept until the reply carrying it went out

    with committed():  # 15 s in: still down
        assert retry_writebacks(now=clock.at(15)) == {"resolved": 0, "escalated": 0, "waiting": 1, "error": 0}
    ticket.refresh_from_db()
    assert ticket.status == "writing_back"
    assert psa_state(sandbox, vendor, own["id"]) == before

    with committed():  # the PSA is back after 30 s; the next retry (with backoff, at most a minute later) posts
        summary = retry_writebacks(now=clock.at(90))
    assert summary == {"resolved": 1, "escalated": 0, "waiting": 0, "error": 0}
    ticket.refresh_from_db()
    assert ticket.status == "resolved" and ticket.resolved_at is not None

    state = psa_state(sandbox, vendor, own["id"])
    assert state["closed"] is True
    assert len(state["time"]) == 1
    new = [n for n in state["notes"] if n not in before["notes"]]
    assert len(new) == len(set(new)), new  # nothing twice
    assert len([n for n in new if n.startswith("Resolved by Rallied (ticket")]) == 1  # the internal note
    replies = [n for n in new if not n.startswith("Resolved by Rallied")]  # Halo files time and close as actions
    assert len(replies) == 1, new  # the reply, once
    assert_secret_delivered(ticket, replies[0], vendor)
    assert OneTimeSecret.objects.get(ticket=ticket).link_encrypted == ""

    with committed():  # nothing more to do: a further retry posts nothing
        assert retry_writebacks(now=clock.at(600)) == {"resolved": 0, "escalated": 0, "waiting": 0, "error": 0}
    assert psa_state(sandbox, vendor, own["id"]) == state


@pytest.mark.parametrize("vendor", list(CASES))
def test_psa_down_past_the_give_up_time_escalates_with_the_secret_kept_for_a_technician(
        world, sandbox, tenant_key, held_doorbells, known_password, monkeypatch, vendor, settings):
    settings.RALLIED_WRITEBACK_GIVE_UP_MINUTES = 10
    clock = Clock(sandbox, monkeypatch)
    ticket, own, before = resolve_with_psa_down(sandbox, tenant_key, held_doorbells, vendor, "answers_503", 3600,
                                                clock)
    assert ticket.status == "writing_back"

    for minute in range(1, 10):
        with committed():
            retry_writebacks(now=clock.at(minute * 60))
        ticket.refresh_from_db()
        assert ticket.status == "writing_back"  # never resolved without its reply
    with committed():
        assert retry_writebacks(now=clock.at(10 * 60 + 1))["escalated"] == 1

    ticket.refresh_from_db()
    assert ticket.status == "escalated" and "did not accept" in ticket.escalation_reason
    row = PsaWriteBack.objects.get(ticket=ticket)
    assert row.status == "failed" and row.reply_encrypted == ""
    assert 2 < row.attempts <= 12  # backoff: fewer attempts than minutes, more than one
    assert psa_state(sandbox, vendor, own["id"]) == before  # nothing reached the PSA: no reply, no close
    # The timeline keeps the internal note the PSA never took, for the technician.
    assert ticket.events.filter(kind="psa.unposted", message__startswith="Resolved by Rallied").exists()
    # Staff hear of it, and the temporary password is still deliverable: a technician reveals it once.
    assert len(staff_told(ticket, "psa.writeback_failed")) == 1
    assert len(staff_told(ticket, "secret.handover")) == 1
    secret = OneTimeSecret.objects.get(ticket=ticket)
    assert secret.link_encrypted == "" and secret.available
    tech = get_user_model().objects.get(username="tech")
    password = hand_over_secret(secret_id=secret.pk, actor=tech)
    assert password and (password == KNOWN_PASSWORD or vendor == "autotask")  # Northwind's Okta makes its own
    assert hand_over_secret(secret_id=secret.pk, actor=tech) is None


def test_a_part_the_psa_took_without_answering_is_not_posted_again(world, sandbox, tenant_key, held_doorbells,
                                                                    known_password, monkeypatch):
    """The note and the reply land but the PSA answers 503 to both (they are sent together with the time entry):
    the retry finds both on the ticket and goes on with the rest."""
    clock = Clock(sandbox, monkeypatch)
    slug, company, requester, _, _ = CASES["connectwise"]
    own = open_own(sandbox, "connectwise", company, requester, RESET)
    sandbox.sandbox.add_fault(vendor="connectwise", method="POST", path=r"/notes$", apply_then_fail=503, times=2)
    ticket, _ = submit(tenant_key, slug, "cw-lands", requester, RESET, own["id"])
    for action_id in held_doorbells:
        with committed():
            execute_action(action_id=action_id)
    ticket.refresh_from_db()
    assert ticket.status == "writing_back"
    row = PsaWriteBack.objects.get(ticket=ticket)
    # Sent, answered 503: they may have landed (they did); the time entry was answered, the close waits for them.
    assert sorted(row.in_flight.split(",")) == ["note", "reply"] and row.accepted == ["time"]

    with committed():
        retry_writebacks(now=clock.at(20))  # the note and the reply are found, then the close is posted
    with committed():
        retry_writebacks(now=clock.at(60))
    ticket.refresh_from_db()
    assert ticket.status == "resolved"
    state = psa_state(sandbox, "connectwise", own["id"])
    assert len([n for n in state["notes"] if n.startswith("Resolved by Rallied (ticket")]) == 1
    assert len([n for n in state["notes"] if LINK.search(n)]) == 1
    assert len(state["time"]) == 1 and state["closed"] is True
    found = ticket.events.filter(kind="psa.write", message__contains="was found in the PSA")
    assert found.count() == 2


def test_a_ticket_taken_over_while_waiting_for_the_psa_keeps_its_secret_for_a_technician(
        world, sandbox, tenant_key, held_doorbells, known_password, monkeypatch):
    clock = Clock(sandbox, monkeypatch)
    ticket, own, before = resolve_with_psa_down(sandbox, tenant_key, held_doorbells, "connectwise", "answers_503",
                                                30, clock)
    assert ticket.status == "writing_back"
    clock.at(40)  # the PSA is back, and a technician has assigned the ticket to themselves there
    act(sandbox, "connectwise", own["id"], "assign")
    with committed():
        retry_writebacks(now=clock.now)
    ticket.refresh_from_db()
    assert ticket.status == "taken_over"
    assert PsaWriteBack.objects.get(ticket=ticket).status == "withdrawn"
    assert psa_state(sandbox, "connectwise", own["id"])["notes"] == before["notes"]  # nothing on a person's ticket
    secret = OneTimeSecret.objects.get(ticket=ticket)
    assert secret.link_encrypted == "" and secret.available  # held: a technician can still hand it over


def test_a_worker_that_dies_after_posting_leaves_the_part_for_the_next_attempt_to_find(
        world, sandbox, tenant_key, held_doorbells, known_password, monkeypatch):
    """SIGKILL right after the PSA took the internal note, the reply and the time entry (sent together): the row stays
    `posting` until its lease runs out, then the next attempt finds the three on the PSA ticket and posts only the
    close."""
    clock = Clock(sandbox, monkeypatch)
    ticket, own, _ = resolve_with_psa_down(sandbox, tenant_key, held_doorbells, "connectwise", "answers_503", 10,
                                           clock)
    calls = die_after_call(monkeypatch, "connectwise", "add_note")
    with pytest.raises(WorkerDied):
        retry_writebacks(now=clock.at(20))  # the PSA is back; the worker dies once the note is posted
    monkeypatch.setattr(connector_classes()["connectwise"], "add_note", REAL_ADD_NOTE)
    assert calls == ["add_note", "add_note"]  # the note and the reply
    row = PsaWriteBack.objects.get(ticket=ticket)
    assert row.status == "posting" and sorted(row.in_flight.split(",")) == ["note", "reply", "time"]
    assert row.accepted == []

    with committed():  # the worker may still be alive while its lease runs: left alone
        assert retry_writebacks(now=clock.at(80)) == {"resolved": 0, "escalated": 0, "waiting": 0, "error": 0}
    with committed():
        assert retry_writebacks(now=clock.at(20 + LEASE.total_seconds() + 1))["resolved"] == 1
    state = psa_state(sandbox, "connectwise", own["id"])
    assert len([n for n in state["notes"] if n.startswith("Resolved by Rallied (ticket")]) == 1
    assert len([n for n in state["notes"] if LINK.search(n)]) == 1
    assert len(state["time"]) == 1 and state["closed"] is True
    assert ticket.events.filter(kind="psa.write", message__contains="was found in the PSA").count() == 3
