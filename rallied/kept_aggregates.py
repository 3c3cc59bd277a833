"""aggregate(), exists() and count() of a fixed shape whose SQL text is put together once per process (issue 17).

The same mechanism as rallied/kept_queries.py (read its doc first): a build function of named values, int, str or
datetime; two compiles with probe values that must give one text with each value a parameter of its own; Django's
path for a call with a value of another type; RALLIED_CHECK_KEPT_QUERIES comparing every call with Django's compiler.

    HISTORY = KeptAggregate(lambda tenant_id, since: (
        Action.objects.filter(ticket__tenant_id=tenant_id),
        {"n": Count("pk", filter=Q(created_at__gte=since))}), tenant_id=int, since=datetime)
    HISTORY.aggregate(tenant_id=1, since=now)  # {"n": 3}, as queryset.aggregate(**aggregates) returns it

What QuerySet.aggregate (exists, count) makes of a queryset is a statement of its own (an outer query, a subquery
when the queryset is sliced or distinct, annotations inlined): not rebuilt here. The first call lets Django's own
QuerySet method build and compile it, and takes the compiler at the moment it would run, before anything is sent:
this thread's connection hands out compilers whose execute_sql stops there (a thread's connection is its own, so no
other thread sees them). The rows of each later call are read as Django reads that statement's one row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet
from django.db.models.sql.constants import SINGLE

from rallied.kept_queries import Text, check_types, compile_twice, declared, kept_compiler


class _Stopped(Exception):
    """Raised where a captured compiler would have sent its statement."""


@contextmanager
def _stopping_compilers(connection: Any) -> Iterator[list[Any]]:
    """While open, this thread's connection makes compilers whose execute_sql keeps the compiler and stops."""
    taken: list[Any] = []
    own = connection.ops.compiler  # the operations' bound method, per connection (so per thread)

    def compiler(name: str) -> type:
        cls = own(name)

        def execute_sql(self: Any, *args: Any, **kwargs: Any) -> Any:
            self.__class__ = cls  # Django's own compiler again, from here on
            taken.append(self)
            raise _Stopped

        return type(cls.__name__, (cls,), {"execute_sql": execute_sql})

    connection.ops.compiler = compiler
    try:
        yield taken
    finally:
        del connection.ops.compiler


def _compiled(run: Callable[[], Any], connection: Any) -> tuple[Any, str, Any]:
    """The compiler Django's `run()` would send its first statement with, and that statement (nothing is sent)."""
    with _stopping_compilers(connection) as taken, suppress(_Stopped):
        run()
    if not taken:
        raise ValueError("a kept aggregate must send one statement: this one sent none (an empty IN list?)")
    compiler = taken[0]
    sql, params = compiler.as_sql()  # EmptyResultSet: refused by compile_twice
    return compiler, sql, tuple(params)


def _aggregate_row(compiler: Any) -> dict[str, Any]:
    """Query.get_aggregation's reading of the statement's one row (or of none: each aggregate's empty value)."""
    row = compiler.execute_sql(SINGLE)
    columns = compiler.query.annotation_select
    if row is None:
        return {name: expression.empty_result_set_value for name, expression in columns.items()}
    cols = columns.values()
    rows = compiler.apply_converters((row,), compiler.get_converters(cols))
    if compiler.has_composite_fields(cols):
        rows = compiler.composite_fields_to_tuples(rows, cols)
    return dict(zip(columns, next(rows), strict=True))


# Per way: what Django runs on the built queryset, and how the kept text's row is read into its answer.
_WAYS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], Any]]] = {
    "aggregate": (lambda built: built[0].aggregate(**built[1]), _aggregate_row),
    "exists": (lambda built: built.exists(), lambda compiler: compiler.has_results()),
    "count": (lambda built: built.count(), lambda compiler: _aggregate_row(compiler)["__count"]),
}


class KeptAggregate:
    """build(**values) gives a queryset (for exists and count) or (queryset, {name: aggregate}) for aggregate."""

    def __init__(self, build: Callable[..., Any], **types: type) -> None:
        check_types(types, "aggregate")
        self.build = build
        self.types = types
        self._kept: dict[tuple[str, str], tuple[Text, Any]] = {}

    def aggregate(self, **values: Any) -> dict[str, Any]:
        """queryset.aggregate(**aggregates) of (queryset, aggregates) = build(**values)."""
        return self._answer("aggregate", values)

    def exists(self, **values: Any) -> bool:
        return self._answer("exists", values)

    def count(self, **values: Any) -> int:
        return self._answer("count", values)

    def _answer(self, way: str, values: dict[str, Any]) -> Any:
        django, read = _WAYS[way]
        if not declared(self.types, values):
            return django(self.build(**values))  # Django's own path: it prepares any value rightly
        connection = connections[DEFAULT_DB_ALIAS]
        text, compiler = self._statement(way, connection)
        params = text.params(values, connection)
        if getattr(settings, "RALLIED_CHECK_KEPT_QUERIES", False):
            _, sql, expected = _compiled(lambda: django(self.build(**values)), connection)
            if (sql, expected) != (text.sql, params):
                raise AssertionError(f"kept aggregate differs from Django's: {text.sql!r} {params!r} != {sql!r} "
                                     f"{expected!r}")
        return read(kept_compiler(compiler, text.sql, params, connection))

    def _statement(self, way: str, connection: Any) -> tuple[Text, Any]:
        key = (DEFAULT_DB_ALIAS, way)
        kept = self._kept.get(key)
        if kept is None:
            django = _WAYS[way][0]

            def compile_with(probes: dict[str, Any]) -> tuple[Any, str, Any]:
                built = self.build(**probes)
                queryset = built[0] if way == "aggregate" else built
                if not isinstance(queryset, QuerySet) or queryset.db != DEFAULT_DB_ALIAS:
                    raise ValueError(f"a kept aggregate reads a queryset of the {DEFAULT_DB_ALIAS} database")
                return _compiled(lambda: django(built), connection)

            kept = self._kept[key] = compile_twice(compile_with, self.types, connection)
        return kept
