"""A worker killed between the PSA's "created" and the commit that stores the id leaves exactly one PSA ticket.

An API ticket gets a PSA ticket opened for it (tickets/psa.ensure_psa_ticket). If the worker dies after the PSA
answered and before the id is committed, the PSA holds a ticket Rallied does not know: a retry used to open a
second one, and the PSA poll took the first in as a new request and ran its action again. Each ticket Rallied
opens carries its mark (tickets/psa_marks.py): the retry finds it instead of opening another, and the poll links
it instead of taking it in. Counted on each sandbox PSA's own tickets and request log.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from rallied.connectors import connector_classes
from tenants.models import Connection, Tenant
from tests.helpers import committed, customer_notes, password_patches, psa_ticket
from tests.reliability.helpers import WorkerDied
from tests.workflow.test_psa_reference import AT_DB, CASES
from tickets.intake import poll_connection
from tickets.models import PsaWriteBack, Ticket
from tickets.psa import ensure_psa_ticket
from tickets.psa_marks import mark_of, marked_ticket_id
from tickets.services import ingest_ticket
from workflow import lifecycle
from workflow.sweep import SETTLE
from workflow.tasks import start_ticket_task
from workflow.writeback import retry_writebacks

pytestmark = pytest.mark.django_db


def api_ticket(vendor: str, external_id: str) -> Ticket:
    slug, _, requester, ask, _ = CASES[vendor]
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug=slug), source="api",
                              external_id=external_id, subject=ask[0], body=ask[1], requester_email=requester,
                              enqueue=False)
    return ticket


def die_after_create(monkeypatch: pytest.MonkeyPatch, vendor: str) -> list[str]:
    """The PSA creates the ticket and answers; the worker is killed before anything is committed."""
    cls = connector_classes()[vendor]
    real = cls.create_ticket
    opened: list[str] = []

    def dying(self, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(real(self, **kwargs))
        raise WorkerDied()

    monkeypatch.setattr(cls, "create_ticket", dying)
    return opened


def marked(sandbox: Any, vendor: str, mark: str) -> list[str]:
    """The PSA's tickets whose summary (Autotask: title) carries `mark`, as the vendor holds them."""
    state = sandbox.sandbox.state()[vendor]
    if vendor == "connectwise":
        rows = [(t["id"], t["summary"]) for t in state["tickets"].values()]
    elif vendor == "autotask":
        rows = [(t["id"], t["title"]) for t in state[AT_DB]["tickets"]]
    else:
        rows = [(t["id"], t["summary"]) for t in state["tickets"]]
    return [str(tid) for tid, summary in rows if mark in summary]


def creates(sandbox: Any, vendor: str) -> list[dict[str, Any]]:
    return [r for r in sandbox.sandbox.requests(vendor)
            if r["method"] == "POST" and r["path"].lower().rstrip("/").endswith("/tickets")]


def orphan(sandbox: Any, monkeypatch: pytest.MonkeyPatch, vendor: str, name: str) -> tuple[Ticket, str]:
    ticket = api_ticket(vendor, name)
    opened = die_after_create(monkeypatch, vendor)
    with pytest.raises(WorkerDied):
        ensure_psa_ticket(ticket)
    monkeypatch.undo()
    ticket.refresh_from_db()
    assert ticket.psa_ticket_id == "" and len(opened) == 1  # the PSA has it; Rallied does not know its id
    assert marked(sandbox, vendor, mark_of(ticket.pk)) == opened
    return ticket, opened[0]


@pytest.mark.parametrize("vendor", list(CASES))
def test_a_retry_after_a_crash_after_create_finds_the_ticket_instead_of_opening_another(world, sandbox,
                                                                                       monkeypatch, vendor):
    ticket, psa_id = orphan(sandbox, monkeypatch, vendor, f"{vendor}-crash-after-create")

    assert ensure_psa_ticket(Ticket.objects.get(pk=ticket.pk)) == psa_id
    ticket.refresh_from_db()
    assert ticket.psa_ticket_id == psa_id
    assert marked(sandbox, vendor, mark_of(ticket.pk)) == [psa_id] and len(creates(sandbox, vendor)) == 1
    opened = ticket.events.get(kind="psa.opened")
    assert "found in the PSA by its mark" in opened.message and opened.data["psa_ticket"] == psa_id
    assert ensure_psa_ticket(Ticket.objects.get(pk=ticket.pk)) == psa_id  # and from then on, nothing new
    assert len(creates(sandbox, vendor)) == 1


@pytest.mark.parametrize("vendor", list(CASES))
def test_the_poll_links_the_orphan_to_its_ticket_instead_of_taking_it_in(world, sandbox, monkeypatch, vendor):
    ticket, psa_id = orphan(sandbox, monkeypatch, vendor, f"{vendor}-orphan-polled")
    slug = CASES[vendor][0]
    connection = Connection.objects.get(tenant__slug=slug, vendor=vendor)
    tickets_before = Ticket.objects.count()

    with committed():
        poll_connection(connection=connection)
        poll_connection(connection=Connection.objects.get(pk=connection.pk))  # and again: nothing changes

    assert not Ticket.objects.filter(source=vendor, external_id=psa_id).exists()  # not a new request
    ticket.refresh_from_db()
    assert ticket.psa_ticket_id == psa_id and ticket.events.filter(kind="psa.opened").count() == 1
    assert Ticket.objects.count() - tickets_before == len(  # only the sandbox's own sample tickets came in
        Ticket.objects.filter(source=vendor, tenant__slug=slug).exclude(external_id=psa_id))
    assert ensure_psa_ticket(Ticket.objects.get(pk=ticket.pk)) == psa_id
    assert marked(sandbox, vendor, mark_of(ticket.pk)) == [psa_id] and len(creates(sandbox, vendor)) == 1


def test_a_mark_that_rallied_did_not_make_is_ordinary_text(world, sandbox):
    """Anyone can type a mark into a summary; a forged one names no Rallied ticket, so its ticket is taken in."""
    ours = api_ticket("connectwise", "mark-forged-target")
    real = mark_of(ours.pk)
    forged = real[:-1] + ("0" if real[-1] != "0" else "1")
    assert marked_ticket_id(f"Help ({real})") == ours.pk and marked_ticket_id(f"Help ({forged})") is None
    cw = sandbox.sandbox.vendor("connectwise")
    raw = cw.open_ticket("ContosoDental", f"Please reset my password ({forged})", "I forgot it.",
                         CASES["connectwise"][2], "")
    connection = Connection.objects.get(tenant__slug="contoso", vendor="connectwise")
    with committed():
        poll_connection(connection=connection)
    assert Ticket.objects.filter(source="connectwise", external_id=str(raw["id"])).exists()
    ours.refresh_from_db()
    assert ours.psa_ticket_id == "" and not ours.events.filter(kind="psa.opened").exists()


def test_a_spare_of_a_linked_ticket_is_left_alone_by_the_poll(world, sandbox):
    ours = api_ticket("connectwise", "has-its-psa-ticket")
    psa_id = ensure_psa_ticket(ours)
    cw = sandbox.sandbox.vendor("connectwise")
    spare = cw.open_ticket("ContosoDental", f"Password reset please ({mark_of(ours.pk)})", "",
                           CASES["connectwise"][2], "")
    connection = Connection.objects.get(tenant__slug="contoso", vendor="connectwise")
    with committed():
        report = poll_connection(connection=connection)
    assert report.counts.get("skipped", 0) >= 1
    assert not Ticket.objects.filter(source="connectwise", external_id=str(spare["id"])).exists()
    ours.refresh_from_db()
    assert ours.psa_ticket_id == psa_id


def test_a_resolution_whose_worker_died_after_the_psa_opened_its_ticket_posts_to_that_one(world, sandbox,
                                                                                          monkeypatch, hold):
    """End to end on ConnectWise: the reset runs, the write-back opens the PSA ticket and dies; the next attempt
    writes the reply, note and close to that ticket, and there is no second one."""
    ticket = api_ticket("connectwise", "writeback-dies-after-create")
    held = hold(SETTLE)
    with committed():
        start_ticket_task(ticket.pk)
    assert held and ticket.actions.get().status == "succeeded"
    opened = die_after_create(monkeypatch, "connectwise")
    with committed(), pytest.raises(WorkerDied):
        lifecycle.settle_ticket(ticket.pk)
    monkeypatch.undo()
    ticket.refresh_from_db()
    assert ticket.status == "writing_back" and ticket.psa_ticket_id == "" and len(opened) == 1

    PsaWriteBack.objects.filter(ticket=ticket).update(lease_until=timezone.now() - timedelta(seconds=1))
    with committed():
        retry_writebacks()
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert ticket.psa_ticket_id == opened[0]
    assert marked(sandbox, "connectwise", mark_of(ticket.pk)) == opened
    cw = psa_ticket(sandbox, opened[0])
    assert len(customer_notes(cw)) == 1 and cw["closedFlag"] is True
    assert len(password_patches(sandbox)) == 1 and len(creates(sandbox, "connectwise")) == 1


def test_the_mark_survives_the_vendors_summary_limit_and_only_a_mark_goes_into_a_query(world, sandbox):
    from tenants.selectors import connector_for

    cw = connector_for(Connection.objects.get(tenant__slug="contoso", vendor="connectwise"))
    mark = mark_of(424242)
    psa_id = cw.create_ticket(summary="x" * 150, description="d", contact_email=CASES["connectwise"][2], mark=mark)
    summary = cw.get_ticket(psa_id)["summary"]
    assert len(summary) == 100 and summary.endswith(f" ({mark})")
    assert cw.find_marked_ticket(mark) == psa_id and cw.find_marked_ticket(mark_of(424243)) is None
    with pytest.raises(ValueError):
        cw.find_marked_ticket('x%" or id>0 or summary like "%')


@pytest.mark.parametrize("vendor", list(CASES))
def test_a_psa_that_cannot_be_searched_gets_no_ticket_until_it_can(world, sandbox, vendor):
    """Opening blind could double a ticket that is there already: nothing is opened, and the next write asks
    again."""
    ticket = api_ticket(vendor, f"{vendor}-search-down")
    path = {"connectwise": r"/service/tickets$", "autotask": r"/Tickets/query$", "halopsa": r"/api/Tickets$"}[vendor]
    sandbox.sandbox.add_fault(vendor=vendor, method="POST" if vendor == "autotask" else "GET", path=path,
                              statuses=[400], times=1)  # the next search only
    assert ensure_psa_ticket(ticket) == ""
    assert creates(sandbox, vendor) == [] and marked(sandbox, vendor, mark_of(ticket.pk)) == []
    assert ticket.events.filter(kind="psa.error", message__contains="look for the PSA ticket").exists()

    psa_id = ensure_psa_ticket(Ticket.objects.get(pk=ticket.pk))
    assert psa_id and marked(sandbox, vendor, mark_of(ticket.pk)) == [psa_id] and len(creates(sandbox, vendor)) == 1
