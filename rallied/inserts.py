"""A new row and the rows that point at it, written with one statement on PostgreSQL.

Django's save() writes one INSERT per row, and outside a transaction rows that must commit together need a
BEGIN and a COMMIT around them: five round trips for a submitted ticket, its timeline event and its audit event.
Under gunicorn's threads every round trip gives the GIL away and waits to take it back, and those waits were most of
an API submission's time (py-spy on bench/ingest.py's workers, issue 17). One statement outside a transaction is
its own transaction: one round trip, every row or none.
"""

from __future__ import annotations

import contextlib
import datetime
import decimal
import functools
import uuid
from typing import Any

from django.db import IntegrityError, connections, transaction
from django.db.models import Field, Model
from django.db.models.constants import OnConflict
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_save, pre_save
from django.db.models.sql import InsertQuery

CASTS = {"", "text"}
# The INSERT ... RETURNING pk of a model's row whose fields named here take the parent's id, as Django's compiler
# writes it, put together once per process: with every other value a plain one (no expression, no field with a
# placeholder of its own: see _plain) the compiler writes the same text for every row, and writing it again per
# submission was 12% of the view's CPU (py-spy, bench/ingest.py, issue 17). Only the values are prepared per row.
_statements: dict[tuple[Any, ...], tuple[str, list[Field]]] = {}
# (model, database alias, one row or several) -> insert_statement's text.
_row_statements: dict[tuple[Any, ...], str] = {}


def can_insert_linked(*models: type[Model], using: str = "default") -> bool:
    """Whether insert_linked may write rows of `models` now: on PostgreSQL (data-modifying WITH) and outside any
    transaction, so its one statement commits by itself (inside one, a failed statement would doom the caller's,
    where save() in a savepoint would not), and only while no model has pre_save or post_save receivers: the one
    statement sends no signals, so a receiver connected later (an auditlog registration, a plugin) makes the caller
    fall back to save() instead of silently missing rows."""
    connection = connections[using]
    if connection.vendor != "postgresql" or not connection.get_autocommit() or connection.in_atomic_block:
        return False
    return not any(signal.has_listeners(model) for model in models for signal in (pre_save, post_save))


def insert_linked(parent: Model, linked: list[tuple[Model, dict[str, str]]], *, using: str = "default") -> None:
    """INSERT `parent` and each row of `linked` in one statement (see can_insert_linked), setting their pks.

    Each linked row names the fields that take the parent's new id, with an SQL cast or "": {"ticket_id": ""} for a
    foreign key, {"object_id": "text"} for a text reference. The rows' other fields are written as save() would
    write them (Django's own INSERT compiler: defaults, auto_now), but without save()'s pre_save and post_save
    signals: a model written here must have no receivers for them. An IntegrityError leaves nothing written.
    """
    connection = connections[using]
    # The SQL put together here holds only the compiler's own statements, quoted column names and these casts: every
    # value goes in as a parameter.
    if any(cast not in CASTS for _, refs in linked for cast in refs.values()):
        raise ValueError(f"A reference to the parent's id is cast to one of {sorted(CASTS)}.")
    parent_pk = connection.ops.quote_name(parent._meta.pk.column)
    parts, params, names = [], [], ['"new_parent"']
    sql, values = _insert(parent, connection, {})
    parts.append(f'"new_parent" AS ({sql})')
    params.extend(values)
    for n, (row, refs) in enumerate(linked):
        for attname, cast in refs.items():
            reference = f'(SELECT {parent_pk}{"::" + cast if cast else ""} FROM "new_parent")'  # noqa: S608
            setattr(row, attname, RawSQL(reference, ()))  # noqa: S611
        sql, values = _insert(row, connection, refs)
        parts.append(f'"new_{n}" AS ({sql})')
        params.extend(values)
        names.append(f'"new_{n}"')
    pks = ", ".join(f'(SELECT {connection.ops.quote_name(row._meta.pk.column)} FROM {name})'  # noqa: S608
                    for row, name in zip([parent, *[row for row, _ in linked]], names, strict=True))
    with _server_binding_cursor(connection) as cursor:
        cursor.execute(f"WITH {', '.join(parts)} SELECT {pks}", params)
        written = cursor.fetchone()
    parent.pk = written[0]
    for (row, refs), pk in zip(linked, written[1:], strict=True):
        row.pk = pk
        for attname, cast in refs.items():
            setattr(row, attname, str(parent.pk) if cast == "text" else parent.pk)
    for row in [parent, *[row for row, _ in linked]]:
        row._state.adding, row._state.db = False, using


def _insert(row: Model, connection, refs: dict[str, str]) -> tuple[str, list]:  # type: ignore[no-untyped-def]
    """The INSERT ... RETURNING pk that save() would send for `row` (Model._save_table's fields for a new row), the
    fields in `refs` set to their references to the parent's id (expressions whose SQL depends on the cast only)."""
    key = (type(row), connection.alias, tuple(sorted(refs.items())))
    known = _statements.get(key)
    if known is not None:
        sql, fields = known
        prepared = _prepared([f for f in fields if f.attname not in refs], [row], connection)
        if prepared is not None:
            return sql, prepared[0]
    fields = insert_fields(type(row))
    sql, values = insert_statement([row], connection)
    if all(_plain(f, getattr(row, f.attname)) for f in fields if f.attname not in refs):
        _statements[key] = (sql, fields)
    return sql, values


def insert_fields(model: type[Model]) -> list[Field]:
    """The fields an INSERT of a new row of `model` names (Model._save_table's for an add)."""
    meta = model._meta
    return [f for f in meta.local_concrete_fields if f is not meta.auto_field and not f.generated]


def insert_statement(rows: list[Model], connection) -> tuple[str, list]:  # type: ignore[no-untyped-def]
    """The INSERT ... RETURNING pk that Django's compiler writes for new `rows` of one model (save()'s for one row,
    bulk_create's for several), and its values: for a caller that sends it as a part of a larger statement (here,
    and audit/writes.py).

    The text is the compiler's, put together once per process where it does not depend on the values: for one row
    of plain values (_insert's reason), and for several when the compiler sends them as one array per column
    (PostgreSQL's INSERT ... SELECT * FROM UNNEST, whose text is the same for any number of rows). Compiling it for
    every unit's timeline rows and audit events was a tenth of what a unit's end cost the cluster's workers (py-spy
    on bench/e2e.py, issue 17). Only the values are prepared per call, as the compiler prepares them."""
    model = type(rows[0])
    fields = insert_fields(model)
    key = (model, connection.alias, len(rows) == 1)
    known = _row_statements.get(key)
    if known is not None:
        prepared = _prepared(fields, rows, connection)
        if prepared is not None:
            return known, (prepared[0] if len(rows) == 1 else [list(column) for column in zip(*prepared, strict=True)])
    query = InsertQuery(model)
    query.insert_values(fields, rows)
    compiler = query.get_compiler(connection=connection)
    compiler.returning_fields = [model._meta.pk]
    [(sql, values)] = compiler.as_sql()
    if (len(rows) == 1 or " FROM UNNEST(" in sql) and \
            all(_plain(f, getattr(row, f.attname)) for row in rows for f in fields):
        _row_statements[key] = sql
    return sql, list(values)


def insert_unless_taken(row: Model, *, using: str = "default") -> bool:
    """INSERT the new `row` unless a row with one of its unique keys is there: True, with its pk set, when this call
    wrote it; False, writing nothing, when the key was taken.

    One statement, INSERT ... ON CONFLICT DO NOTHING RETURNING pk (INSERT OR IGNORE on SQLite, which also skips a row
    breaking NOT NULL or CHECK: pass only a complete row), where save() in a savepoint that catches the
    IntegrityError took three round trips (issue 17); a taken key is no error, so the caller's transaction goes on
    either way. The row's fields are written as save() writes them (Django's INSERT compiler: defaults, auto_now),
    without save()'s signals: a model with pre_save or post_save receivers is saved in that savepoint instead."""
    connection = connections[using]
    model = type(row)
    if not connection.features.can_return_columns_from_insert or \
            any(signal.has_listeners(model) for signal in (pre_save, post_save)):
        try:
            with transaction.atomic(using=using):
                row.save(force_insert=True, using=using)
        except IntegrityError:
            return False
        return True
    query = InsertQuery(model, on_conflict=OnConflict.IGNORE)
    query.insert_values(insert_fields(model), [row])
    compiler = query.get_compiler(connection=connection)
    compiler.returning_fields = [model._meta.pk]
    [(sql, values)] = compiler.as_sql()
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        written = cursor.fetchone()
    if written is None:
        return False
    row.pk = written[0]
    row._state.adding, row._state.db = False, using
    return True


def insert_skipping_taken(rows: list[Model], *, using: str = "default") -> list[Model] | None:
    """INSERT new `rows` of one model in one statement that skips a row whose unique key is taken (ON CONFLICT DO
    NOTHING; INSERT OR IGNORE on SQLite), and return the rows it wrote, each as the database holds it (RETURNING
    every column, through the same converters a SELECT's rows go through): bulk_create(ignore_conflicts=True)
    returns nothing it wrote, so its caller read every row back afterwards (issue 17).

    None when this database cannot return several inserted rows or the rows do not fit one statement: nothing was
    written, and the caller inserts as before. No pre_save or post_save signals, as bulk_create sends none."""
    connection = connections[using]
    model = type(rows[0])
    fields = insert_fields(model)
    if not connection.features.can_return_rows_from_bulk_insert or \
            connection.ops.bulk_batch_size(fields, rows) < len(rows):
        return None
    query = InsertQuery(model, on_conflict=OnConflict.IGNORE)
    query.insert_values(fields, rows)
    compiler = query.get_compiler(connection=connection)
    columns = list(model._meta.concrete_fields)
    compiler.returning_fields = columns
    [(sql, values)] = compiler.as_sql()
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        written = cursor.fetchall()
    converters = compiler.get_converters([f.get_col(model._meta.db_table) for f in columns])
    if converters:
        written = list(compiler.apply_converters(written, converters))
    names = [f.attname for f in columns]
    return [model.from_db(using, names, row) for row in written]


def _prepared(fields: list[Field], rows: list[Model], connection) -> list[list[Any]] | None:  # type: ignore[no-untyped-def]
    """Each row's values of `fields` as SQLInsertCompiler.as_sql prepares them (pre_save for an add, then
    get_db_prep_save), for a statement whose text was kept: None when one of them is not a plain value (_plain), whose
    text the compiler writes differently."""
    values = [[f.pre_save(row, add=True) for f in fields] for row in rows]
    if not all(_plain(f, v) for row in values for f, v in zip(fields, row, strict=True)):
        return None
    return [[f.get_db_prep_save(v, connection=connection) for f, v in zip(fields, row, strict=True)] for row in values]


# Exactly these types (not a subclass) are never an expression: no attribute look-ups for them (_plain runs for every
# field of every audit event and timeline row written).
_PLAIN_TYPES = frozenset({str, int, float, bool, type(None), datetime.datetime, datetime.date, decimal.Decimal,
                          uuid.UUID, dict, list})


def _plain(field: Field, value: Any) -> bool:
    """Whether the compiler writes `value` of `field` as a bare %s with the value prepared as its one parameter."""
    return not hasattr(field, "get_placeholder") and (type(value) in _PLAIN_TYPES or (
        not hasattr(value, "resolve_expression") and not hasattr(value, "as_sql")))


def _server_binding_cursor(connection):  # type: ignore[no-untyped-def]
    """connection.cursor() (Django's wrapper, so execute_wrapper and DEBUG's query log see the statement as any
    other), over psycopg's Cursor, which sends the values apart from the statement, instead of Django's default
    ClientCursor, which quotes each value into it in Python: 7% of the view's CPU (py-spy, bench/ingest.py, issue 17).
    Only here: a plain INSERT's values bind either way, while turning server-side binding on for the whole database
    (OPTIONS["server_side_binding"]) would change how every other query of the product is sent. The statement is
    also prepared (_preparing_cursor_class)."""
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        return connection._prepare_cursor(_preparing_cursor_class()(connection.connection))


@functools.cache
def _preparing_cursor_class():  # type: ignore[no-untyped-def]
    """Django's ServerBindingCursor, whose statements PostgreSQL keeps prepared on the connection (psycopg's
    prepared statements, by the statement's text): it parses and plans the three-row INSERT once per connection, not
    for every ticket, which was a third of the CPU the database spent on a submission (0.55 ms -> 0.35 ms,
    measured on the bench's database). Django turns psycopg's preparing off for the connection
    (prepare_threshold None, unless OPTIONS sets it); it is on only for this cursor's own execute, so no other
    query is prepared, or counted towards being so. A statement that fails (a repeat's unique violation) is
    prepared again next time, and a rollback on the connection forgets them all (psycopg's own bookkeeping). Like
    any prepared statement it needs a session of its own: a pooler in transaction mode in front of PostgreSQL
    must support protocol-level prepared statements (PgBouncer's max_prepared_statements)."""
    from django.db.backends.postgresql.base import ServerBindingCursor

    class PreparingCursor(ServerBindingCursor):
        def execute(self, query, params=None, *, prepare=None, binary=None):  # type: ignore[no-untyped-def]
            pg = self.connection
            threshold = pg.prepare_threshold
            if threshold is None:
                pg.prepare_threshold = PREPARE_ONLY_WHEN_ASKED
            preparing = pg._prepared  # psycopg's PrepareManager for this connection
            numbered = preparing._prepared_idx
            try:
                return super().execute(query, params, prepare=True, binary=binary)
            except Exception:
                _forget_unkept(pg, preparing, numbered)
                raise
            finally:
                pg.prepare_threshold = threshold

    return PreparingCursor


def _forget_unkept(pg, preparing, numbered: int) -> None:  # type: ignore[no-untyped-def]
    """DEALLOCATE the statement a failed execute has just prepared, if psycopg dropped it from its bookkeeping.

    psycopg (_cursor_base._maybe_prepare_gen) sends the PREPARE, then runs the prepared statement; when that run fails
    (a repeat's unique violation) it forgets the name (PrepareManager.validate) but leaves the statement on the
    server, and prepares it again under a new name next time. Each refused repeat on a connection that had not kept
    the statement yet would leave one behind until the connection closes: a token sending repeats piles them up.
    Only in autocommit (the one caller, can_insert_linked): inside a failed transaction the DEALLOCATE would fail
    too, and the ROLLBACK that ends it makes psycopg deallocate all of them anyway."""
    import psycopg
    from psycopg import pq

    if preparing._prepared_idx == numbered:
        return  # nothing was prepared: the statement was already kept, or not prepared at all
    name = f"_pg3_{numbered}".encode()
    if name in preparing._names.values() or pg.info.transaction_status != pq.TransactionStatus.IDLE:
        return
    # A DEALLOCATE that fails answers an error result, which is ignored; a lost connection raises, and the caller's
    # own error is the one to report (the server has dropped the connection's statements with it).
    with contextlib.suppress(psycopg.Error):
        pg.pgconn.exec_(b"DEALLOCATE " + name)


# While the cursor above runs: psycopg prepares what it is asked to, and would prepare any statement seen this many
# times, which none is within one execute.
PREPARE_ONLY_WHEN_ASKED = 2**31
