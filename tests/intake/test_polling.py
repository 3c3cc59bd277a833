"""PSA pollers: new tickets taken in once, every page read, a watermark that survives restarts."""

from __future__ import annotations

import pytest
from django_q.models import Schedule

from audit.models import AuditEvent
from rallied.schedules import SCHEDULES, ensure_schedules
from tenants.models import Connection, Tenant
from tests.helpers import committed, post_ticket, ticket_payload
from tests.intake.conftest import TENANTS, VENDORS, configure, connection
from tickets import intake
from tickets.models import Ticket
from tickets.tasks import poll_psa_connections_task, poll_psa_task

pytestmark = pytest.mark.django_db

PRINTER = ("Printer jams", "The printer by reception jams on every second page.")


def new_psa_ids(sandbox, vendor: str) -> list[str]:
    """Ids of the tenant's tickets in the PSA's "new" status, as the PSA itself holds them."""
    state = sandbox.sandbox.state()[vendor]
    if vendor == "connectwise":
        rows = [t for t in state["tickets"].values()
                if t["status"]["name"] == "New" and t["company"]["identifier"] == "ContosoDental"]
    elif vendor == "autotask":
        rows = [t for db in state.values() for t in db["tickets"] if t["status"] == 1 and t["companyID"] == 29684355]
    else:
        rows = [t for t in state["tickets"] if t["status_id"] == 1 and t["client_id"] == 12]
    return sorted(str(t["id"]) for t in rows)


def psa_tickets(vendor: str) -> list[str]:
    return sorted(Ticket.objects.filter(source=vendor).values_list("external_id", flat=True))


@pytest.mark.parametrize("vendor", VENDORS)
def test_poll_takes_in_new_tickets_once(psa, sandbox, vendor):
    psa.open(vendor, *PRINTER, "someone@example.invalid")
    waiting = new_psa_ids(sandbox, vendor)
    assert len(waiting) >= 3  # the seeded tickets and the new one

    with committed():
        poll_psa_task(connection(vendor).pk)

    assert psa_tickets(vendor) == waiting
    slug = TENANTS[vendor][0]
    assert set(Ticket.objects.filter(source=vendor).values_list("tenant__slug", flat=True)) == {slug}
    assert not Ticket.objects.filter(source=vendor, status="received").exists()  # each one went through the pipeline
    assert connection(vendor).intake_watermark == max(waiting, key=int)
    received = AuditEvent.objects.filter(verb="ticket.received").count()

    with committed():
        report = poll_psa_task(connection(vendor).pk)

    assert "nothing new" in report
    assert psa_tickets(vendor) == waiting
    assert AuditEvent.objects.filter(verb="ticket.received").count() == received


@pytest.mark.parametrize("vendor", VENDORS)
def test_poll_follows_every_page(psa, sandbox, vendor):
    configure(vendor, page_size=1)
    for n in range(3):
        psa.open(vendor, f"Printer {n}", PRINTER[1], "someone@example.invalid")
    waiting = new_psa_ids(sandbox, vendor)
    sandbox.sandbox.log.clear()

    with committed():
        poll_psa_task(connection(vendor).pk)

    assert psa_tickets(vendor) == waiting and len(waiting) >= 5
    lists = [r for r in sandbox.sandbox.requests(vendor)
             if "query" in r["path"] or (r["method"] == "GET" and r["path"].endswith(("/tickets", "/Tickets")))]
    assert len(lists) == len(waiting)  # one ticket a page: one request per page, to the end


def test_the_watermark_survives_a_restart_and_an_interrupted_poll(psa, sandbox, monkeypatch):
    with committed():
        poll_psa_task(connection("halopsa").pk)
    first = psa_tickets("halopsa")
    newer = [psa.open("halopsa", f"Printer {n}", PRINTER[1], "tom.higgins@fabrikam.example") for n in range(3)]
    real = intake.ingest_from_psa
    calls = []

    def dies_on_the_second(**kwargs):
        calls.append(kwargs["psa_ticket"].id)
        if len(calls) == 2:
            raise RuntimeError("worker killed")
        return real(**kwargs)

    monkeypatch.setattr(intake, "ingest_from_psa", dies_on_the_second)
    with committed(), pytest.raises(RuntimeError):
        poll_psa_task(connection("halopsa").pk)
    monkeypatch.setattr(intake, "ingest_from_psa", real)
    assert connection("halopsa").intake_watermark == str(newer[0]["id"])  # past the first, not the second

    with committed():
        poll_psa_task(connection("halopsa").pk)  # a fresh worker, reading the watermark from the database

    assert psa_tickets("halopsa") == sorted(first + [str(t["id"]) for t in newer])
    assert Ticket.objects.filter(external_id=str(newer[0]["id"])).count() == 1


def test_a_ticket_rallied_opened_in_the_psa_is_not_taken_in_again(psa, sandbox, contoso_api):
    with committed():
        submitted = post_ticket(contoso_api, ticket_payload("api-1", "adele.vance@contoso.example",
                                                            subject=PRINTER[0], body=PRINTER[1]))
    ticket = Ticket.objects.get(pk=submitted.json()["id"])
    assert ticket.status == "escalated" and ticket.psa_ticket_id  # escalated: it stays open ("New") in CW
    assert ticket.psa_ticket_id in new_psa_ids(sandbox, "connectwise")

    with committed():
        poll_psa_task(connection("connectwise").pk)

    assert not Ticket.objects.filter(source="connectwise", external_id=ticket.psa_ticket_id).exists()
    assert Ticket.objects.filter(psa_ticket_id=ticket.psa_ticket_id).count() == 1


def test_a_polled_ticket_of_a_company_no_tenant_owns_is_refused_once(psa, sandbox):
    Tenant.objects.filter(slug="fabrikam").update(psa_company_id="99")  # mapping no longer matches Halo's client 12
    waiting = new_psa_ids(sandbox, "halopsa")

    with committed():
        poll_psa_task(connection("halopsa").pk)
    with committed():
        poll_psa_task(connection("halopsa").pk)

    assert not Ticket.objects.exists()
    refused = AuditEvent.objects.filter(verb="intake.refused")
    assert sorted(e.details["psa_ticket"] for e in refused) == waiting  # recorded once each, never guessed


def test_a_psa_outage_keeps_the_watermark_and_records_the_error(psa, sandbox):
    sandbox.sandbox.add_fault(vendor="autotask", method="POST", path="Tickets/query$", statuses=[401])

    with committed():
        report = poll_psa_task(connection("autotask").pk)

    assert "401" in report
    assert connection("autotask").intake_watermark == "" and not Ticket.objects.exists()
    assert "polling" in connection("autotask").last_error


def test_the_dispatcher_polls_every_enabled_psa_connection(psa, sandbox):
    Connection.objects.filter(vendor="autotask").update(disabled=True)
    configure("halopsa", intake_poll=False)  # webhooks only for this one

    with committed():
        assert poll_psa_connections_task() == 1

    assert set(Ticket.objects.values_list("tenant__slug", flat=True)) == {"contoso"}
    assert sandbox.sandbox.requests("autotask") == [] and sandbox.sandbox.requests("halopsa") == []


def test_the_poller_runs_every_minute():
    assert ("rallied.poll_psa", "tickets.tasks.poll_psa_connections_task", 1) in SCHEDULES
    ensure_schedules()
    assert Schedule.objects.get(name="rallied.poll_psa").func == "tickets.tasks.poll_psa_connections_task"
