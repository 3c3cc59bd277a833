"""Hot reads of a fixed shape whose SQL text is put together once per process; only the values change per call.

Building a queryset (filter, select_related, annotate) and compiling it was the largest share of the cluster
workers' CPU per ticket: about 35-40% for the ORM's statements of one ticket, the same few reads asked again and
again with another pk or tenant id (py-spy on bench/e2e.py, issue 17). A KeptQuery is defined by a function that
builds the queryset from named values:

    TICKET_WITH_TENANT = KeptQuery(lambda pk: Ticket.objects.select_related("tenant").filter(pk=pk), pk=int)
    ticket = TICKET_WITH_TENANT.get(pk=ticket_id)

The first call in a process (per database alias and per way of reading: all, first, get) builds it twice with
probe values of the same types and has Django's compiler write it: the text must come out the same both times,
every probe must stand as a parameter of its own, as it was given, and every other parameter must be the same both
times (a value the function computes for itself, a time or a setting, would be frozen in: refused). Each later call
puts its values where the probes stood and runs the kept text; the rows become model instances as Django's
ModelIterable makes them (select_related's related objects and annotations included). Only values are ever new:
nothing read is kept, so each call sees the rows as they are now.

Each value is declared int, str or datetime (never bool). An int or a str reaches the parameters unchanged on
every backend, as Django's own lookups pass them for an exact match or a comparison; an aware datetime reaches them
as the backend's connection.ops.adapt_datetimefield_value makes it (a naive UTC text on SQLite, the value itself on
PostgreSQL), which is what a DateTimeField lookup or a Value(..., output_field=DateTimeField()) sends. A lookup that
rewrites its value (contains, startswith, iexact on SQLite, __date) leaves no probe where it stood and is refused
when first compiled. A call with a value of another type than declared (None, a model instance, a str for an int, a
naive datetime) takes Django's own path, which is always right.

Rows are model instances (ModelIterable) or values()/values_list() rows, made by Django's own iterables from the
kept text's rows. A select_for_update() query is kept too: it is compiled inside the caller's transaction, and
every call outside one raises TransactionManagementError, as Django's compiler does. rallied/kept_aggregates.py
keeps aggregate(), exists() and count() the same way.

RALLIED_CHECK_KEPT_QUERIES (set by tests/settings.py) makes every call compare the kept text and parameters with
what Django's compiler writes for that call's values, so the whole test suite checks each use.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet
from django.db.models.query import (
    MAX_GET_RESULTS,
    FlatValuesListIterable,
    ModelIterable,
    NamedValuesListIterable,
    ValuesIterable,
    ValuesListIterable,
    get_related_populators,
)
from django.db.models.sql.constants import MULTI
from django.db.transaction import TransactionManagementError

M = TypeVar("M", bound=Model)

# Two probe sets, told apart from each other and from any constant a query holds (a constant equal to a probe of one
# set is not equal to the other's: refused). The int probes fit every integer field's range, a positive small one
# included (out of its range, Django's lookup answers without SQL); the text probe carries what a rewriting lookup
# would touch (case, LIKE's wildcards, a backslash, outer spaces), so a rewrite shows as a miss; the datetime probes
# are in a year no row holds, with microseconds that a truncation or a cast would lose.
_INT_PROBES = (29_417, 31_622)
_STR_PROBE = " Kept%_\\Probe {}.{} "
_CONNECTIONS_KEPT = 16  # _Statement.converters: one entry per thread's connection that ran the statement
KINDS = (int, str, datetime)
_VALUES_ROWS = (ValuesIterable, ValuesListIterable, NamedValuesListIterable, FlatValuesListIterable)


def _probe(kind: type, name_index: int, probe_set: int) -> Any:
    if kind is int:
        return _INT_PROBES[probe_set] - name_index
    if kind is datetime:
        return datetime(1901, 2 + probe_set, 3 + name_index, 4, 5, 6, 123_457 + 1_000 * name_index, tzinfo=UTC)
    return _STR_PROBE.format(probe_set, name_index)


def as_parameter(kind: type, value: Any, connection: Any) -> Any:
    """The parameter Django's compiler writes for a value of `kind`: a datetime adapted for the backend."""
    return connection.ops.adapt_datetimefield_value(value) if kind is datetime else value


def declared(types: dict[str, type], values: dict[str, Any]) -> bool:
    """Are `values` exactly the declared names, each of its declared type (a datetime aware)? Else Django's path."""
    return values.keys() == types.keys() and all(
        type(v) is types[n] and (types[n] is not datetime or v.utcoffset() is not None) for n, v in values.items())


def check_types(types: dict[str, type], what: str) -> None:
    if not types or any(kind not in KINDS for kind in types.values()):
        raise TypeError(f"a kept {what}'s values are declared int, str or datetime")


@dataclass(frozen=True)
class Text:
    """One compiled text: where each call's value goes among the parameters, the constants between them."""

    sql: str
    slots: tuple[str | None, ...]  # per parameter: the value's name, or None for a constant
    constants: tuple[Any, ...]
    kinds: tuple[type | None, ...]  # per parameter: its value's declared type
    # per parameter: the int type the backend wraps an int in for its column (psycopg's Int2, Int4, Int8 on
    # PostgreSQL: connection.ops.adapt_integerfield_value), or None
    wrappers: tuple[type | None, ...]

    def params(self, values: dict[str, Any], connection: Any) -> tuple[Any, ...]:
        return tuple(constant if slot is None else
                     wrap(values[slot]) if wrap is not None else as_parameter(kind, values[slot], connection)
                     for slot, constant, kind, wrap in zip(self.slots, self.constants, self.kinds, self.wrappers,
                                                           strict=True))


def _stands_for(param: Any, sent: Any) -> bool:
    """Is `param` the probe `sent` as the compiler wrote it: itself, or an int wrapped in the backend's int type?"""
    if type(param) is type(sent):
        return param == sent
    return type(sent) is int and isinstance(param, int) and not isinstance(param, bool) and param == sent


def compile_twice(compile_with: Callable[[dict[str, Any]], tuple[Any, str, Any]], types: dict[str, type],
                  connection: Any) -> tuple[Text, Any]:
    """Compile with each probe set (compile_with(probes) -> (what compiled, sql, params)) and vouch for the text:
    the same both times, every value standing as a parameter of its own as the backend receives it, every other
    parameter the same both times. Returns the text and what compiled it with the first probes."""
    names = sorted(types)
    compiled = []
    for probe_set in (0, 1):
        probes = {name: _probe(types[name], i, probe_set) for i, name in enumerate(names)}
        try:
            made, sql, params = compile_with(probes)
        except EmptyResultSet as empty:  # Django answers this shape without a statement: nothing to keep
            raise ValueError("a kept query must compile to a statement: this one sends none") from empty
        sent = {name: as_parameter(types[name], probe, connection) for name, probe in probes.items()}
        slots = tuple(next((n for n, p in sent.items() if _stands_for(param, p)), None) for param in params)
        constants = tuple(p if slot is None else None for p, slot in zip(params, slots, strict=True))
        wrappers = tuple(type(p) if slot is not None and type(p) not in KINDS else None
                         for p, slot in zip(params, slots, strict=True))
        compiled.append((made, sql, slots, constants, wrappers))
    (made, sql, slots, constants, wrappers), (_, sql_again, slots_again, constants_again, wrappers_again) = compiled
    if (sql != sql_again or slots != slots_again or constants != constants_again or wrappers != wrappers_again
            or any(type(c) is not type(a) for c, a in zip(constants, constants_again, strict=True))):
        raise ValueError(f"a kept query must compile to one text with the same constants: {sql!r} {constants!r}")
    missing = set(names) - set(slots)
    if missing:
        raise ValueError(f"a kept query's values {sorted(missing)} do not reach the SQL as given: {sql!r}")
    kinds = tuple(types[slot] if slot is not None else None for slot in slots)
    return Text(sql=sql, slots=slots, constants=constants, kinds=kinds, wrappers=wrappers), made


def refuse_outside_transaction(compiler: Any) -> None:
    """What Django's compiler checks for FOR UPDATE on every compile, checked on every call of the kept text."""
    features = compiler.connection.features
    if (compiler.query.select_for_update and features.has_select_for_update
            and compiler.connection.get_autocommit() and features.supports_transactions):
        raise TransactionManagementError("select_for_update cannot be used outside of a transaction.")


def kept_compiler(compiler: Any, sql: str, params: tuple[Any, ...], connection: Any) -> Any:
    """A copy of the compiler that compiled the text, on this thread's connection, whose as_sql gives the kept text:
    Django's own execute_sql and results_iter then run it (cursor, converters, extra-select trimming)."""
    compiler = copy.copy(compiler)
    compiler.connection = connection
    compiler.as_sql = lambda *args, **kwargs: (sql, params)
    refuse_outside_transaction(compiler)
    return compiler


@dataclass(frozen=True)
class _Statement:
    """One compiled shape: the text and the compiler that knows how to read the rows."""

    text: Text
    compiler: Any  # the compiler that wrote the text, set up by it: select, klass_info, annotation_col_map
    iterable: Any  # the queryset's iterable class: model instances or values rows
    fields: tuple[str, ...]  # values_list's names, for its named rows
    related_populators: list[Any]  # select_related's, as ModelIterable makes them (they hold no connection)
    # results_iter's converters per connection (_run): the backend's are bound to that connection's operations.
    converters: dict[Any, tuple[dict[int, Any], list[Any] | None]] = field(default_factory=dict, compare=False)


class KeptQuery(Generic[M]):
    """A queryset of one shape, built by `build(**values)`, compiled once per process (see the module's doc);
    `types` declares each value's type, int, str or datetime."""

    def __init__(self, build: Callable[..., QuerySet[M]], **types: type) -> None:
        check_types(types, "query")
        self.build = build
        self.types = types
        self._statements: dict[tuple[str, str], _Statement] = {}

    def all(self, **values: Any) -> list[M]:
        """list(build(**values))."""
        return self._rows("all", _as_is, values)

    def first(self, **values: Any) -> M | None:
        """build(**values).first()."""
        rows = self._rows("first", _for_first, values)
        return rows[0] if rows else None

    def get(self, **values: Any) -> M:
        """build(**values).get(), with its DoesNotExist and MultipleObjectsReturned."""
        rows = self._rows("get", _for_get, values)
        if len(rows) == 1:
            return rows[0]
        model = self.build(**values).model
        if not rows:
            raise model.DoesNotExist(f"{model._meta.object_name} matching query does not exist.")
        limited = _for_get(self.build(**values)).query.high_mark is not None  # an error's path only: built again
        count = len(rows) if not limited or len(rows) < MAX_GET_RESULTS else f"more than {MAX_GET_RESULTS - 1}"
        raise model.MultipleObjectsReturned(
            f"get() returned more than one {model._meta.object_name} -- it returned {count}!")

    def _rows(self, way: str, shape: Callable[[QuerySet[M]], QuerySet[M]], values: dict[str, Any]) -> list[M]:
        if not declared(self.types, values):
            return list(shape(self.build(**values)))  # Django's own path: it prepares any value rightly
        connection = connections[DEFAULT_DB_ALIAS]
        statement = self._statement(way, shape, connection)
        params = statement.text.params(values, connection)
        if getattr(settings, "RALLIED_CHECK_KEPT_QUERIES", False):
            _check(statement, params, shape(self.build(**values)))
        if statement.iterable is ModelIterable:
            return _run(statement, params, connection)
        return _values_rows(statement, params, connection)

    def _statement(self, way: str, shape: Callable[[QuerySet[M]], QuerySet[M]], connection: Any) -> _Statement:
        key = (DEFAULT_DB_ALIAS, way)
        statement = self._statements.get(key)
        if statement is None:
            statement = self._statements[key] = _compile(self.build, shape, self.types, connection)
        return statement


def _as_is(queryset: QuerySet[M]) -> QuerySet[M]:
    return queryset


def _for_first(queryset: QuerySet[M]) -> QuerySet[M]:
    """What QuerySet.first() runs: ordered by pk unless ordered already, one row."""
    if not queryset.ordered:
        queryset._check_ordering_first_last_queryset_aggregation(method="first")
        queryset = queryset.order_by("pk")
    return queryset[:1]


def _for_get(queryset: QuerySet[M]) -> QuerySet[M]:
    """What QuerySet.get() runs: unordered, at most MAX_GET_RESULTS rows (unless FOR UPDATE on a backend that
    cannot lock with a limit)."""
    clone = queryset.order_by() if queryset.query.can_filter() and not queryset.query.distinct_fields else (
        queryset._chain())
    if not clone.query.select_for_update or connections[clone.db].features.supports_select_for_update_with_limit:
        clone.query.set_limits(high=MAX_GET_RESULTS)
    return clone


def _compile(build: Callable[..., QuerySet[M]], shape: Callable[[QuerySet[M]], QuerySet[M]],
             types: dict[str, type], connection: Any) -> _Statement:
    alias = DEFAULT_DB_ALIAS  # the project's one database; a queryset routed elsewhere is refused below

    def compile_with(probes: dict[str, Any]) -> tuple[Any, str, Any]:
        queryset = shape(build(**probes))
        _refuse_what_rows_do_not_carry(queryset)
        if queryset.db != alias:
            raise ValueError(f"a kept query reads the {alias} database, not {queryset.db}")
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        return (compiler, queryset), sql, params

    text, (compiler, queryset) = compile_twice(compile_with, types, connection)
    iterable = queryset._iterable_class
    populators = get_related_populators(compiler.klass_info, compiler.select, alias) if (
        iterable is ModelIterable) else []
    return _Statement(text=text, compiler=compiler, iterable=iterable, fields=tuple(queryset._fields or ()),
                      related_populators=populators)


def _refuse_what_rows_do_not_carry(queryset: QuerySet[Any]) -> None:
    """Only what the rows themselves make: model instances or values rows, no prefetch (another query), no related
    manager's known objects."""
    if (queryset._iterable_class not in (ModelIterable, *_VALUES_ROWS) or queryset._prefetch_related_lookups
            or queryset._known_related_objects):
        raise ValueError("a kept query reads model or values rows only: no prefetch_related or related manager")


def _check(statement: _Statement, params: tuple[Any, ...], queryset: QuerySet[Any]) -> None:
    sql, expected = queryset.query.get_compiler(using=statement.compiler.using).as_sql()
    if (sql, tuple(expected)) != (statement.text.sql, params):
        raise AssertionError(f"kept query differs from Django's: {statement.text.sql!r} {params!r} != {sql!r} "
                             f"{expected!r}")


class _CompiledQuery:
    """The compiled query as Django's values iterables read it, with the kept compiler as its compiler."""

    def __init__(self, query: Any, compiler: Any) -> None:
        self._query, self._compiler = query, compiler

    def get_compiler(self, *args: Any, **kwargs: Any) -> Any:
        return self._compiler

    def __getattr__(self, name: str) -> Any:
        return getattr(self._query, name)


@dataclass
class _ValuesSource:
    """What Django's values iterables read of a queryset: its query, database and values_list names."""

    query: Any
    db: str
    _fields: tuple[str, ...]


def _values_rows(statement: _Statement, params: tuple[Any, ...], connection: Any) -> list[Any]:
    """The kept text's rows as values()/values_list() gives them: by Django's own iterable for that queryset."""
    compiler = kept_compiler(statement.compiler, statement.text.sql, params, connection)
    source = _ValuesSource(_CompiledQuery(compiler.query, compiler), compiler.using, statement.fields)
    return list(statement.iterable(source))


def _run(statement: _Statement, params: tuple[Any, ...], connection: Any) -> list[Any]:
    """The kept text run with `params`, read as ModelIterable reads a compiled queryset's rows."""
    alias = statement.compiler.using
    compiler = kept_compiler(statement.compiler, statement.text.sql, params, connection)
    results = compiler.execute_sql(MULTI)
    select, klass_info, annotation_col_map = compiler.select, compiler.klass_info, compiler.annotation_col_map
    # results_iter's own steps, with its converters worked out once per statement and connection (they depend on
    # the selected columns and the backend only: asking every column for them again per call was a good part of
    # reading a kept statement's rows, cProfile of a ticket's tasks, issue 17).
    known = statement.converters.get(connection)
    if known is None:
        if len(statement.converters) >= _CONNECTIONS_KEPT:  # threads come and go: never more than a few kept
            statement.converters.clear()
        columns = [s[0] for s in select[0:compiler.col_count]]
        known = statement.converters[connection] = (
            compiler.get_converters(columns), columns if compiler.has_composite_fields(columns) else None)
    converters, composite = known
    rows_read = chain.from_iterable(results)
    if converters:
        rows_read = compiler.apply_converters(rows_read, converters)
    if composite is not None:
        rows_read = compiler.composite_fields_to_tuples(rows_read, composite)
    model_cls = klass_info["model"]
    select_fields = klass_info["select_fields"]
    start, end = select_fields[0], select_fields[-1] + 1
    init_list = [f[0].target.attname for f in select[start:end]]
    rows = []
    for row in rows_read:
        obj = model_cls.from_db(alias, init_list, row[start:end])
        for populator in statement.related_populators:
            populator.populate(row, obj)
        for attr_name, col_pos in (annotation_col_map or {}).items():
            setattr(obj, attr_name, row[col_pos])
        rows.append(obj)
    return rows
