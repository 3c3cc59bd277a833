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

Each value is declared int or str (never bool): those reach the parameters unchanged on every backend, as
Django's own lookups pass them for an exact match or a comparison. A lookup that rewrites its value (contains,
startswith, iexact on SQLite) leaves no probe as given and is refused when first compiled. A call with a value of
another type than declared (None, a model instance, a str for an int) takes Django's own path, which is always
right.

RALLIED_CHECK_KEPT_QUERIES (set by tests/settings.py) makes every call compare the kept text and parameters with
what Django's compiler writes for that call's values, so the whole test suite checks each use.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Generic, TypeVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model, QuerySet
from django.db.models.query import MAX_GET_RESULTS, ModelIterable, get_related_populators
from django.db.models.sql.constants import MULTI

M = TypeVar("M", bound=Model)

# Two probe sets, told apart from each other and from any constant a query holds. The text probe carries what a
# rewriting lookup would touch (case, LIKE's wildcards, a backslash, outer spaces), so a rewrite shows as a miss.
_INT_PROBES = (-987_654_321_000, -987_654_322_000)
_STR_PROBE = " Kept%_\\Probe {}.{} "
_CONNECTIONS_KEPT = 16  # _Statement.converters: one entry per thread's connection that ran the statement


def _probe(kind: type, name_index: int, probe_set: int) -> Any:
    return _INT_PROBES[probe_set] - name_index if kind is int else _STR_PROBE.format(probe_set, name_index)


@dataclass(frozen=True)
class _Statement:
    """One compiled shape: the text, where each value goes, and the compiler that knows how to read the rows."""

    sql: str
    slots: tuple[str | None, ...]  # per parameter: the value's name, or None for a constant
    constants: tuple[Any, ...]
    compiler: Any  # the compiler that wrote `sql`, set up by it: select, klass_info, annotation_col_map
    related_populators: list[Any]  # select_related's, as ModelIterable makes them (they hold no connection)
    # results_iter's converters per connection (_run): the backend's are bound to that connection's operations.
    converters: dict[Any, tuple[dict[int, Any], list[Any] | None]] = field(default_factory=dict, compare=False)

    def params(self, values: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(values[slot] if slot is not None else constant
                     for slot, constant in zip(self.slots, self.constants, strict=True))


class KeptQuery(Generic[M]):
    """A queryset of one shape, built by `build(**values)`, compiled once per process (see the module's doc);
    `types` declares each value's type, int or str."""

    def __init__(self, build: Callable[..., QuerySet[M]], **types: type) -> None:
        if not types or any(kind not in (int, str) for kind in types.values()):
            raise TypeError("a kept query's values are declared int or str")
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
        count = len(rows) if len(rows) < MAX_GET_RESULTS else f"more than {MAX_GET_RESULTS - 1}"
        raise model.MultipleObjectsReturned(
            f"get() returned more than one {model._meta.object_name} -- it returned {count}!")

    def _rows(self, way: str, shape: Callable[[QuerySet[M]], QuerySet[M]], values: dict[str, Any]) -> list[M]:
        if values.keys() != self.types.keys() or any(type(v) is not self.types[n] for n, v in values.items()):
            return list(shape(self.build(**values)))  # Django's own path: it prepares any value rightly
        statement = self._statement(way, shape)
        params = statement.params(values)
        if getattr(settings, "RALLIED_CHECK_KEPT_QUERIES", False):
            _check(statement, params, shape(self.build(**values)))
        return _run(statement, params)

    def _statement(self, way: str, shape: Callable[[QuerySet[M]], QuerySet[M]]) -> _Statement:
        key = (DEFAULT_DB_ALIAS, way)
        statement = self._statements.get(key)
        if statement is None:
            statement = self._statements[key] = _compile(self.build, shape, self.types)
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
    """What QuerySet.get() runs: unordered, at most MAX_GET_RESULTS rows (no FOR UPDATE here: see _compile)."""
    clone = queryset.order_by() if queryset.query.can_filter() and not queryset.query.distinct_fields else (
        queryset._chain())
    clone.query.set_limits(high=MAX_GET_RESULTS)
    return clone


def _compile(build: Callable[..., QuerySet[M]], shape: Callable[[QuerySet[M]], QuerySet[M]],
             types: dict[str, type]) -> _Statement:
    alias = DEFAULT_DB_ALIAS  # the project's one database; a queryset routed elsewhere is refused below
    names = sorted(types)
    compiled = []
    for probe_set in (0, 1):
        probes = {name: _probe(types[name], i, probe_set) for i, name in enumerate(names)}
        queryset = shape(build(**probes))
        _refuse_what_rows_do_not_carry(queryset)
        if queryset.db != alias:
            raise ValueError(f"a kept query reads the {alias} database, not {queryset.db}")
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        slots = tuple(next((n for n, p in probes.items() if type(param) is type(p) and param == p), None)
                      for param in params)
        compiled.append((sql, slots, tuple(params), compiler, probes))
    (sql, slots, params, compiler, probes), (sql_again, slots_again, params_again, _, _) = compiled
    constants = tuple(p if slot is None else None for p, slot in zip(params, slots, strict=True))
    constants_again = tuple(p if slot is None else None for p, slot in zip(params_again, slots_again, strict=True))
    if sql != sql_again or slots != slots_again or constants != constants_again:
        raise ValueError(f"a kept query must compile to one text with the same constants: {sql!r} {params!r}")
    missing = set(names) - set(slots)
    if missing:
        raise ValueError(f"a kept query's values {sorted(missing)} do not reach the SQL as given: {sql!r}")
    return _Statement(sql=sql, slots=slots, constants=constants, compiler=compiler,
                      related_populators=get_related_populators(compiler.klass_info, compiler.select, alias))


def _refuse_what_rows_do_not_carry(queryset: QuerySet[Any]) -> None:
    """Only what the rows themselves make: no prefetch (another query), no related manager's known objects, no
    values() rows, no FOR UPDATE (Django checks it runs inside a transaction while compiling, every call)."""
    if (queryset._iterable_class is not ModelIterable or queryset._prefetch_related_lookups
            or queryset._known_related_objects or queryset.query.select_for_update):
        raise ValueError("a kept query reads model rows only: no prefetch_related, values() or select_for_update")


def _check(statement: _Statement, params: tuple[Any, ...], queryset: QuerySet[Any]) -> None:
    sql, expected = queryset.query.get_compiler(using=statement.compiler.using).as_sql()
    if (sql, tuple(expected)) != (statement.sql, params):
        raise AssertionError(f"kept query differs from Django's: {statement.sql!r} {params!r} != {sql!r} {expected!r}")


def _run(statement: _Statement, params: tuple[Any, ...]) -> list[Any]:
    """The kept text run with `params`, read as ModelIterable reads a compiled queryset's rows."""
    alias = statement.compiler.using
    connection = connections[alias]
    # A copy of the compiler that compiled the text, on this thread's connection, whose as_sql gives the kept text:
    # Django's own execute_sql and results_iter then run it (cursor, converters, extra-select trimming).
    compiler = copy.copy(statement.compiler)
    compiler.connection = connection
    compiler.as_sql = lambda *args, **kwargs: (statement.sql, params)
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
