"""rallied.inserts writes a row as save() would: the INSERT it puts together once per model is the compiler's own.

The statement is kept after a row's first insert and only the values are prepared for the next ones, so a row
built with other values (a ticket from another tenant, a timeline event with data) must give exactly the statement
and parameters Django's compiler gives for it, and a row whose value is an expression is compiled in full.
"""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.models import Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Upper
from django.db.models.sql import InsertQuery
from django.utils import timezone

from audit.models import AuditEvent
from rallied import inserts
from tenants.models import Tenant
from tickets.models import Ticket, TicketEvent


def refer(row, refs: dict[str, str]):  # type: ignore[no-untyped-def]
    """`row` with its referencing fields set as insert_linked sets them."""
    for attname, cast in refs.items():
        setattr(row, attname, RawSQL(f'(SELECT "id"{"::" + cast if cast else ""} FROM "new_parent")', ()))
    return row


def compiled(row, refs: dict[str, str]) -> tuple[str, list]:  # type: ignore[no-untyped-def]
    """What Django's compiler writes for `row`."""
    meta = row._meta
    fields = [f for f in meta.local_concrete_fields if f is not meta.auto_field and not f.generated]
    query = InsertQuery(type(row))
    query.insert_values(fields, [row])
    compiler = query.get_compiler(connection=connection)
    compiler.returning_fields = [meta.pk]
    [(sql, values)] = compiler.as_sql()
    return sql, list(values)


def comparable(values: list) -> list:
    """Parameters as they compare: psycopg's JSON wrappers (PostgreSQL) by their type and what they wrap."""
    return [(type(v).__name__, v.obj) if hasattr(v, "obj") else v for v in values]


def rows(tenant: Tenant, n: int):  # type: ignore[no-untyped-def]
    ticket = Ticket(tenant=tenant, source="api", external_id=f"inserts-{n}", subject=f"Subject {n}", body="Body " * n,
                    requester_email=f"person{n}@contoso.example", requester_name="", psa_ticket_id=str(n) * n)
    event = TicketEvent(ticket=ticket, actor=f"token:psa-{n}", kind="received", message=f"Received {n}.",
                        data={"n": n} if n % 2 else {}, to_status="received")
    audit = AuditEvent(tenant=tenant, actor=f"token:psa-{n}", verb="ticket.received", object_type="tickets.ticket",
                       details={"external_id": f"inserts-{n}"}, outcome="ok")
    return [(ticket, {}), (event, {"ticket_id": ""}), (audit, {"object_id": "text"})]


@pytest.mark.django_db
def test_the_statement_kept_for_a_model_is_the_compilers_for_every_row(world, monkeypatch):
    # One instant for auto_now stamps, and each twin takes its row's defaults (stamps made at construction).
    instant = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: instant)
    inserts._statements.clear()
    for n, slug in enumerate(["contoso", "northwind", "contoso"], start=1):
        tenant = Tenant.objects.get(slug=slug)
        for (row, refs), (twin, _) in zip(rows(tenant, n), rows(tenant, n), strict=True):
            for field in row._meta.local_concrete_fields:
                if field.attname not in refs and not field.is_relation:
                    setattr(twin, field.attname, getattr(row, field.attname))
            ours, theirs = inserts._insert(refer(row, refs), connection, refs), compiled(refer(twin, refs), refs)
            assert ours[0] == theirs[0]
            assert comparable(ours[1]) == comparable(theirs[1])
    assert {key[0] for key in inserts._statements} == {Ticket, TicketEvent, AuditEvent}


def compiled_rows(rows_: list) -> tuple[str, list]:
    """What Django's compiler writes for new `rows_` of one model (bulk_create's INSERT for several)."""
    meta = rows_[0]._meta
    query = InsertQuery(type(rows_[0]))
    query.insert_values(inserts.insert_fields(type(rows_[0])), rows_)
    compiler = query.get_compiler(connection=connection)
    compiler.returning_fields = [meta.pk]
    [(sql, values)] = compiler.as_sql()
    return sql, list(values)


@pytest.mark.django_db
def test_the_statement_kept_for_one_row_or_several_is_the_compilers_for_any_rows(world, monkeypatch):
    """insert_statement (a unit's timeline rows and audit events, audit/writes.py) keeps its text for one row and,
    where the compiler sends several as one array per column (PostgreSQL), for several: the text and the values
    given for other rows, and for another number of them, are the compiler's."""
    instant = timezone.now()
    monkeypatch.setattr(timezone, "now", lambda: instant)
    inserts._row_statements.clear()
    contoso = Tenant.objects.get(slug="contoso")
    ticket = Ticket.objects.create(tenant=contoso, source="api", external_id="inserts-many", subject="s", body="b",
                                   requester_email="person@contoso.example")
    for count in (1, 3, 1, 2, 5):
        for model in (TicketEvent, AuditEvent):
            def made(count: int = count, model: type = model) -> list:
                if model is TicketEvent:
                    return [TicketEvent(ticket=ticket, actor=f"system:{count}", kind=f"k{n}", message=f"m{n}" * n,
                                        data={"n": n} if n % 2 else {}) for n in range(count)]
                return [AuditEvent(tenant=contoso, actor=f"system:{count}", verb=f"v{n}", object_id=str(n),
                                   details={"n": [n] * n}, outcome="ok") for n in range(count)]

            mine, twins = made(), made()
            for row, twin in zip(mine, twins, strict=True):  # the twin takes the row's stamps made at construction
                for field in row._meta.local_concrete_fields:
                    if not field.is_relation:
                        setattr(twin, field.attname, getattr(row, field.attname))
            ours, theirs = inserts.insert_statement(mine, connection), compiled_rows(twins)
            assert ours[0] == theirs[0]
            assert [comparable(v) if isinstance(v, list) else comparable([v])[0] for v in ours[1]] == \
                [comparable(v) if isinstance(v, list) else comparable([v])[0] for v in theirs[1]]
    kept = {(key[0], key[2]) for key in inserts._row_statements}
    several = {(TicketEvent, False), (AuditEvent, False)} if connection.vendor == "postgresql" else set()
    assert kept == {(TicketEvent, True), (AuditEvent, True)} | several


@pytest.mark.django_db
def test_a_row_with_an_expression_is_compiled_in_full(world):
    tenant = Tenant.objects.get(slug="contoso")
    (ticket, _), *_ = rows(tenant, 1)
    inserts._insert(ticket, connection, {})  # the plain statement is kept
    (shouting, _), *_ = rows(tenant, 2)
    shouting.subject = Upper(Value("please reset my password"))
    sql, values = inserts._insert(shouting, connection, {})
    assert "UPPER" in sql.upper() and sql != inserts._statements[(Ticket, connection.alias, ())][0]
    assert "please reset my password" in values


def _reply(ticket: Ticket, stage: str = "done"):  # type: ignore[no-untyped-def]
    from workflow.models import RequesterReply

    return RequesterReply(ticket=ticket, stage=stage, round=1, language="de", drafted_by="template")


@pytest.mark.django_db(transaction=True)
def test_insert_unless_taken_writes_a_new_row_once_and_leaves_the_callers_transaction_usable(world):
    from django.db import transaction

    from workflow.models import RequesterReply

    ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), external_id="unless-1", subject="s")
    first = _reply(ticket)
    assert inserts.insert_unless_taken(first) is True
    stored = RequesterReply.objects.get(pk=first.pk)
    assert (stored.ticket_id, stored.stage, stored.language) == (ticket.pk, "done", "de")
    assert stored.created_at is not None and not first._state.adding  # auto_now_add as save() would set it
    with transaction.atomic():
        again = _reply(ticket)
        assert inserts.insert_unless_taken(again) is False and again.pk is None  # the key is taken: nothing written
        other = _reply(ticket, stage="escalated")  # the same transaction goes on after it
        assert inserts.insert_unless_taken(other) is True
    assert sorted(RequesterReply.objects.filter(ticket=ticket).values_list("stage", flat=True)) == ["done",
                                                                                                   "escalated"]


@pytest.mark.django_db
def test_insert_unless_taken_saves_a_model_with_receivers_so_they_hear_of_it(world):
    from django.db.models.signals import post_save

    from workflow.models import RequesterReply

    heard = []

    def listen(sender, instance, created, **kwargs):  # type: ignore[no-untyped-def]
        heard.append((instance.stage, created))

    post_save.connect(listen, sender=RequesterReply, dispatch_uid="test_insert_unless_taken")
    try:
        ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), external_id="unless-2", subject="s")
        assert inserts.insert_unless_taken(_reply(ticket)) is True
        assert inserts.insert_unless_taken(_reply(ticket)) is False
    finally:
        post_save.disconnect(sender=RequesterReply, dispatch_uid="test_insert_unless_taken")
    assert heard == [("done", True)]


@pytest.mark.django_db
def test_insert_skipping_taken_returns_the_rows_it_wrote_as_a_read_of_them_would(world):
    from playbooks.models import Action

    ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), external_id="skipping-1", subject="s")

    def action(key: str, target: str) -> Action:
        return Action(ticket=ticket, kind="reset_password", target=target, params={"target": target, "n": [1, 2]},
                      idempotency_key=key)

    first = inserts.insert_skipping_taken([action("k1", "a@contoso.example")])
    assert first is not None and len(first) == 1
    # A taken key is skipped, not an error; only the new row comes back, every field as a fresh read gives it.
    written = inserts.insert_skipping_taken([action("k1", "other@contoso.example"), action("k2", "b@contoso.example")])
    assert written is not None and [a.idempotency_key for a in written] == ["k2"]
    for row in [*first, *written]:
        read = Action.objects.get(pk=row.pk)
        assert {f.attname: getattr(row, f.attname) for f in Action._meta.concrete_fields} == \
            {f.attname: getattr(read, f.attname) for f in Action._meta.concrete_fields}
        assert not row._state.adding
    assert Action.objects.get(idempotency_key="k1").target == "a@contoso.example"
