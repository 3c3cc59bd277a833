"""A unit of work's closing writes in one round trip on PostgreSQL (issue 17).

A step's unit ends with up to five writes: its timeline rows, the chain's pending events linked, its own events, and
its chain's head moved. Each was a statement of its own, a round trip each. On PostgreSQL they go as the parts of one
data-modifying WITH statement instead: each part is the statement Django's compiler builds for it alone (bulk_create's
INSERT ... RETURNING, update()'s UPDATE) or, for the pending events' links and the head, an UPDATE whose text is put
together once per process (update_row; bulk_update's UPDATE ... FROM UNNEST). PostgreSQL runs every part to
completion whether or not the outer query reads it, and the statement is atomic. Its parts share one snapshot, so two
of them must never change the same row: here they never do (new rows, pending events, head rows). SQLite has no
data-modifying WITH: there, and for a single part, each part runs on its own as before, in the order added.

Like bulk_create, this sends no save signals: only rows that bulk_create wrote before are written this way.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from django.db import connections
from django.db.models import Case, Field, Model, QuerySet, Value, When
from django.db.models.functions import Cast
from django.db.models.sql import UpdateQuery

from rallied.inserts import insert_statement


class Writes:
    """Inserts and updates collected in order, then sent together by run()."""

    def __init__(self, using: str = "default") -> None:
        self.using = using
        # (what runs it alone, what builds its SQL as a part of the statement, the new rows it returns the pks of)
        self._parts: list[tuple[Callable[[], object], Callable[[], tuple[str, list[Any]]], list[Model] | None]] = []
        self._alone: list[Callable[[], object]] = []  # run on their own, first

    def insert(self, rows: list[Model]) -> None:
        """Insert new rows of one model (their pks are set by run(), as bulk_create sets them)."""
        if rows:
            model = type(rows[0])
            self._parts.append((lambda: model.objects.using(self.using).bulk_create(rows),
                                lambda: self._insert_sql(rows), rows))

    def update(self, queryset: QuerySet[Any], **values: Any) -> None:
        """queryset.update(**values), plain values or expressions (bulk_update's Case)."""
        self._parts.append((lambda: queryset.update(**values), lambda: self._update_sql(queryset, values), None))

    def update_row(self, row: Model, fields: list[str]) -> None:
        """Write `fields` of the saved `row` by its pk (queryset.filter(pk=...).update(...)). In the statement, the
        UPDATE's text is put together once per process (model and fields), and only the values are prepared per
        call: compiling the queryset's UPDATE for every chaining unit was a good part of that statement's CPU."""
        values = {name: getattr(row, name) for name in fields}
        if any(hasattr(value, "resolve_expression") for value in values.values()):
            self.update(type(row).objects.using(self.using).filter(pk=row.pk), **values)
            return
        self._parts.append((lambda: type(row).objects.using(self.using).filter(pk=row.pk).update(**values),
                            partial(self._update_row_sql, row, fields), None))

    def bulk_update(self, rows: list[Model], fields: list[str], *, batch_size: int) -> None:
        """bulk_update(rows, fields): alone, Django's own (batched for the database's parameter limit); in the
        statement, an UPDATE with the same effect from one array per column (_bulk_update_sql). More than
        `batch_size` rows (a backlog of pending events after an outage) run alone, batch by batch, before the
        statement, as they did when one statement for all of them could pass PostgreSQL's 65,535 parameters."""
        if len(rows) > batch_size:
            self._alone.append(partial(type(rows[0]).objects.using(self.using).bulk_update, rows, fields,
                                       batch_size=batch_size))
        elif rows:
            self._parts.append((partial(type(rows[0]).objects.using(self.using).bulk_update, rows, fields),
                                partial(self._bulk_update_sql, rows, fields), None))

    def run(self) -> None:
        parts, self._parts = self._parts, []
        alone, self._alone = self._alone, []
        for write in alone:
            write()
        connection = connections[self.using]
        if len(parts) < 2 or connection.vendor != "postgresql":
            for plain, _, _ in parts:
                plain()
            return
        ctes, params, returned = [], [], []
        for n, (_, build, rows) in enumerate(parts):
            sql, values = build()
            ctes.append(f'"part_{n}" AS ({sql})')
            params.extend(values)
            if rows is not None:
                pk = connection.ops.quote_name(rows[0]._meta.pk.column)
                # A sequence hands one statement's rows their ids in the order they are inserted (what bulk_create
                # relies on too): sorted, the ids pair with the rows in order.
                returned.append((rows, f'(SELECT array_agg({pk} ORDER BY {pk}) FROM "part_{n}")'))  # noqa: S608
        select = ", ".join(sql for _, sql in returned) or "1"
        with connection.cursor() as cursor:
            # Only the compilers' own SQL and quoted names are put together here: every value is a parameter.
            cursor.execute(f"WITH {', '.join(ctes)} SELECT {select}", params)
            written = cursor.fetchone()
        for (rows, _), pks in zip(returned, written, strict=False):
            for row, pk in zip(rows, pks, strict=True):
                row.pk = pk
                row._state.adding, row._state.db = False, self.using

    def _insert_sql(self, rows: list[Model]) -> tuple[str, list[Any]]:
        """The INSERT ... RETURNING pk that bulk_create would send for `rows` (new rows, no pk yet)."""
        for row in rows:
            row._prepare_related_fields_for_save(operation_name="bulk_create")
        return insert_statement(rows, connections[self.using])

    def _bulk_update_sql(self, rows: list[Model], fields: list[str]) -> tuple[str, list[Any]]:
        """The UPDATE that sets each of `rows`' `fields` to its own values, as bulk_update does, on PostgreSQL: from
        one array per column (UPDATE ... FROM UNNEST), whose text depends on the model and the fields only, and is
        put together once per process. bulk_update's CASE with a WHEN per row and field was built, resolved and
        compiled for every chaining unit, most of the CPU a unit's closing statement cost (py-spy on bench/e2e.py's
        workers, issue 17). A value that is an expression goes the CASE way, as before."""
        connection = connections[self.using]
        model = type(rows[0])
        meta = model._meta
        columns = [meta.pk, *(meta.get_field(name) for name in fields)]
        values = [[getattr(row, field.attname) for row in rows] for field in columns]
        if any(hasattr(value, "resolve_expression") for column in values for value in column):
            return self._update_sql(*_cases(rows, fields, self.using))
        key = (model, tuple(fields), self.using)
        sql = _bulk_updates.get(key)
        if sql is None:
            sql = _bulk_update_statement(meta.db_table, columns, connection)
            _bulk_updates[key] = sql
        return sql, [[field.get_db_prep_save(value, connection=connection) for value in column]
                     for field, column in zip(columns, values, strict=True)]

    def _update_row_sql(self, row: Model, fields: list[str]) -> tuple[str, list[Any]]:
        connection = connections[self.using]
        meta = row._meta
        columns = [meta.get_field(name) for name in fields]
        key = (type(row), tuple(fields), self.using)
        sql = _row_updates.get(key)
        if sql is None:
            quote = connection.ops.quote_name
            assignments = ", ".join(f"{quote(field.column)} = %s" for field in columns)
            table = quote(meta.db_table)
            sql = f"UPDATE {table} SET {assignments} WHERE {table}.{quote(meta.pk.column)} = %s"  # noqa: S608
            _row_updates[key] = sql
        return sql, [*(field.get_db_prep_save(getattr(row, field.attname), connection=connection)
                       for field in columns),
                     meta.pk.get_db_prep_value(row.pk, connection=connection)]

    def _update_sql(self, queryset: QuerySet[Any], values: dict[str, Any]) -> tuple[str, list[Any]]:
        """The UPDATE that queryset.update(**values) would send (a one-table update: no related updates)."""
        query = queryset.query.chain(UpdateQuery)
        query.add_update_values(values)
        query.annotations = {}
        sql, params = query.get_compiler(using=self.using).as_sql()
        return sql, list(params)


# (model, fields, database alias) -> the text of _bulk_update_sql's and of _update_row_sql's statements.
_bulk_updates: dict[tuple[Any, ...], str] = {}
_row_updates: dict[tuple[Any, ...], str] = {}


def _bulk_update_statement(table: str, columns: list[Field], connection) -> str:  # type: ignore[no-untyped-def]
    """UPDATE `table` SET each column after the first (the pk) to its value in the row of one array per column that
    has the same pk. The arrays' types are the columns' own without their size (Django's bulk insert on PostgreSQL
    casts its UNNEST arrays the same way); every value is a parameter, only quoted names are put together here."""
    quote = connection.ops.quote_name
    names = [quote(field.column) for field in columns]
    arrays = ", ".join(f"(%s)::{field.db_type(connection).split('(')[0]}[]" for field in columns)
    assignments = ", ".join(f'{name} = "given".{name}' for name in names[1:])
    return (f'UPDATE {quote(table)} SET {assignments} FROM UNNEST({arrays}) AS "given"({", ".join(names)}) '  # noqa: S608
            f'WHERE {quote(table)}.{names[0]} = "given".{names[0]}')


def _cases(rows: list[Model], fields: list[str], using: str) -> tuple[QuerySet[Any], dict[str, Any]]:
    """The queryset and values of the UPDATE bulk_update sends for `rows` in one batch."""
    model = type(rows[0])
    values = {}
    for name in fields:
        field = model._meta.get_field(name)
        case = Case(*(When(pk=row.pk, then=Value(getattr(row, field.attname), output_field=field)) for row in rows),
                    output_field=field)
        values[field.attname] = (Cast(case, output_field=field)
                                 if connections[using].features.requires_casted_case_in_updates else case)
    return model.objects.using(using).filter(pk__in=[row.pk for row in rows]), values
