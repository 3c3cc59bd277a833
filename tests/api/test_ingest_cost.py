"""What one `POST /api/v1/tickets/` costs the database, pinned like the whole path (tests/workflow/test_ticket_cost.py).

The submission alone: its doorbell is held, so no worker step runs after the commit. A change that adds a statement
or a commit to every submission fails here and prints which statements ran; one that removes some lowers the
ceiling in the same commit. bench/ingest.py measures what the count means under gunicorn.
"""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.db.models.signals import post_save

from audit.models import AuditEvent
from tests.helpers import post_ticket, submit_ticket, ticket_payload, token_client
from tests.reliability.helpers import hold  # noqa: F401  (fixture)
from tests.workflow.test_ticket_cost import counted
from tickets.models import Ticket
from workflow.api import TicketSerializer, represent

ADELE = "adele.vance@contoso.example"
START = "workflow.tasks.start_ticket_task"
# The ticket (a repeat is refused by its unique constraint, no SELECT first), its timeline event and its audit event,
# written pending (audit.services.deferred_chaining: the ticket's first step chains it): 3 statements and the one
# commit that holds them together. Before issue 17's cuts to the view (9b09b56): 13 statements (a savepoint pair, a
# tenant check, the repeat check, the ticket read back with its actions and timeline), still one commit; then 6, the
# last two the tenant's chain head locked to the commit and moved on; then 4, the first the token's row with its
# tenant, which the process now remembers for a few seconds (tenants/api_auth.py: the warm-up request read it). On
# PostgreSQL the three rows go in one statement outside a transaction (rallied/inserts.py): one statement, which is
# its own transaction and so its own commit (this pin read 0 while the count missed a write inside a WITH).
MAX_STATEMENTS = {"postgresql": 1}
MAX_COMMITS = {"postgresql": 1}


@pytest.mark.django_db(transaction=True)
def test_one_submission_stays_within_its_statement_and_commit_budget(world, tenant_key, hold, monkeypatch):  # noqa: F811
    rung = hold(START)
    client = token_client(tenant_key("contoso"))
    assert post_ticket(client, ticket_payload("ingest-warm-up", ADELE)).status_code == 201

    with counted(monkeypatch) as work:
        created = post_ticket(client, ticket_payload("ingest-cost-1", ADELE))

    assert created.status_code == 201, created.content
    ticket = Ticket.objects.get(pk=created.json()["id"], external_id="ingest-cost-1")
    assert ticket.events.filter(kind="received").count() == 1
    assert rung[-1] == (ticket.pk,)  # the doorbell rang once the ticket was committed
    report = f"{len(work.statements)} statements, {work.commits} commits:\n{work.summary()}"
    print(report)
    assert len(work.statements) <= MAX_STATEMENTS.get(connection.vendor, 3), report
    assert work.commits <= MAX_COMMITS.get(connection.vendor, 1), report


@pytest.mark.django_db(transaction=True)
def test_the_201_answers_the_ticket_exactly_as_reading_it_back_does(world, tenant_key, hold):  # noqa: F811
    """The 201 is built from what the request stored, not read back: it must still be what a GET answers."""
    rung = hold(START)
    client = token_client(tenant_key("contoso"))
    created = post_ticket(client, {**ticket_payload("ingest-same-1", ADELE, name="Adele Vance"),
                                   "psa_ticket_id": "48213"})
    assert created.status_code == 201, created.content

    read = client.get(f"/api/v1/tickets/{created.json()['id']}/")
    assert read.status_code == 200
    assert created.json() == read.json()
    assert [e["kind"] for e in created.json()["timeline"]] == ["received"] and created.json()["actions"] == []

    # A repeat is refused by the ticket's unique constraint and leaves nothing behind: no second ticket, timeline
    # event, audit event or doorbell.
    received = AuditEvent.objects.filter(verb="ticket.received").count()
    again = post_ticket(client, ticket_payload("ingest-same-1", ADELE, subject="Changed"))
    assert again.status_code == 200 and again.json() == read.json()
    assert Ticket.objects.filter(external_id="ingest-same-1").count() == 1
    assert AuditEvent.objects.filter(verb="ticket.received").count() == received
    assert Ticket.objects.get(external_id="ingest-same-1").events.count() == 1 and len(rung) == 1


@pytest.mark.django_db
def test_the_views_fast_representation_is_the_serializers_own(world, tenant_key):
    """workflow.api.represent runs DRF's loop over fields built once per process: for a ticket with actions and a
    timeline (nested lists, a method field, a related slug, dates) it answers what the serializer itself does."""
    ticket = submit_ticket(token_client(tenant_key("contoso")), "represent-1", "Password reset please",
                           "Hi, I forgot my password. Can you reset it? Thanks", requester=ADELE, name="Adele Vance")
    ticket = Ticket.objects.prefetch_related("actions", "events").select_related("tenant").get(pk=ticket.pk)
    expected = TicketSerializer(ticket).data
    assert expected["actions"] and len(expected["timeline"]) > 1 and expected["resolved_at"]
    assert represent(TicketSerializer, ticket) == expected
    assert represent(TicketSerializer, ticket) == expected  # the shared fields keep nothing from the last call


@pytest.mark.django_db(transaction=True)
def test_a_save_receiver_connected_later_still_sees_every_submitted_ticket(world, tenant_key, hold):  # noqa: F811
    """The one-statement insert (rallied/inserts.py) sends no save signals: with a receiver on a ticket's save (an
    auditlog registration, a plugin), the submission falls back to save() and the receiver hears of the ticket."""
    hold(START)
    client = token_client(tenant_key("contoso"))
    heard: list[tuple[str, bool]] = []

    def listen(sender, instance, created, **kwargs):  # type: ignore[no-untyped-def]
        heard.append((instance.external_id, created))

    post_save.connect(listen, sender=Ticket, dispatch_uid="test_ingest_listener")
    try:
        created = post_ticket(client, ticket_payload("ingest-heard-1", ADELE))
    finally:
        post_save.disconnect(sender=Ticket, dispatch_uid="test_ingest_listener")
    assert created.status_code == 201, created.content
    assert heard == [("ingest-heard-1", True)]
    assert Ticket.objects.get(external_id="ingest-heard-1").events.filter(kind="received").count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_prepared_insert_survives_a_refused_repeat_and_prepares_nothing_else(world, tenant_key, hold):  # noqa: F811
    """On PostgreSQL the one statement is prepared on the connection (rallied/inserts.py): a repeat that its unique
    constraint refuses, and a rollback on the connection, leave the next submissions taken in as before, and no other
    query of the request is kept prepared."""
    rung = hold(START)
    client = token_client(tenant_key("contoso"))
    assert post_ticket(client, ticket_payload("prepared-1", ADELE)).status_code == 201
    again = post_ticket(client, ticket_payload("prepared-1", ADELE))
    assert again.status_code == 200 and again.json()["external_id"] == "prepared-1"
    assert post_ticket(client, ticket_payload("prepared-2", ADELE)).status_code == 201
    try:
        with transaction.atomic():
            Ticket.objects.filter(external_id="prepared-2").update(subject="Rolled back")
            raise RuntimeError
    except RuntimeError:
        pass
    assert post_ticket(client, ticket_payload("prepared-3", ADELE)).status_code == 201
    assert post_ticket(client, ticket_payload("prepared-3", ADELE)).status_code == 200

    assert sorted(Ticket.objects.values_list("external_id", flat=True)) == ["prepared-1", "prepared-2", "prepared-3"]
    assert Ticket.objects.get(external_id="prepared-2").subject != "Rolled back"
    assert AuditEvent.objects.filter(verb="ticket.received").count() == 3 and len(rung) == 3
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements")
            prepared = [row[0] for row in cursor.fetchall()]
        assert prepared and all(s.startswith('WITH "new_parent" AS (INSERT INTO "tickets_ticket"') for s in prepared)


@pytest.mark.django_db(transaction=True)
def test_refused_repeats_leave_no_prepared_statement_behind(world, tenant_key, hold):  # noqa: F811
    """A token that sends only repeats (each refused by the ticket's unique constraint) must not pile up statements
    prepared on the server: psycopg forgets a statement whose first prepared run failed but PostgreSQL keeps it, so
    rallied/inserts.py deallocates it. Once a submission is taken in, its one statement is kept, and repeats after it
    add none."""
    rung = hold(START)
    client = token_client(tenant_key("contoso"))
    assert post_ticket(client, ticket_payload("repeat-1", ADELE)).status_code == 201

    def prepared() -> list[str]:
        if connection.vendor != "postgresql":
            return []
        with connection.cursor() as cursor:
            cursor.execute("SELECT statement FROM pg_prepared_statements")
            return [row[0] for row in cursor.fetchall()]

    connection.close()  # a fresh connection: nothing of this statement prepared on it yet
    for _ in range(4):
        again = post_ticket(client, ticket_payload("repeat-1", ADELE))
        assert again.status_code == 200 and again.json()["external_id"] == "repeat-1"
    assert prepared() == []
    assert post_ticket(client, ticket_payload("repeat-2", ADELE)).status_code == 201
    for _ in range(3):
        assert post_ticket(client, ticket_payload("repeat-2", ADELE)).status_code == 200
    assert len(prepared()) == (1 if connection.vendor == "postgresql" else 0)
    assert Ticket.objects.filter(external_id__in=["repeat-1", "repeat-2"]).count() == 2 and len(rung) == 2
