"""A conditional update of a fixed shape whose SQL text is put together once per process; only the values change.

`Ticket.objects.filter(pk=pk, status=old).update(status=to, updated_at=now)` is how every status move is made
(tickets.services.transition_ticket, playbooks.services.transition_action), several per ticket, and Django builds,
resolves and compiles that queryset again for each: a good part of what those moves cost the cluster's workers
(cProfile of one ticket's tasks as tests/workflow/test_ticket_cost.py runs them, issue 17). update_where sends the
same statement: its text is the one Django's compiler wrote for the first call of a shape (the model, the names
filtered on, the names set, in order), and each call's values are prepared as the compiler prepares them
(get_db_prep_save for a value set, the exact lookup's get_prep_value and get_db_prep_value for a value filtered on).

A shape is kept only when the first call's own values, prepared here, are exactly the parameters Django's compiler
wrote: otherwise (a field with a placeholder of its own, a related update, a name filtered on through a join) it
always takes Django's path. So does any call with a value that is an expression (F(), Case), a model instance, or
None filtered on (IS NULL). RALLIED_CHECK_KEPT_QUERIES (set by tests/settings.py) compares every kept call with
what Django's compiler writes for it, as rallied/kept_queries.py does.
"""

from __future__ import annotations

import functools
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Model
from django.db.models.sql import UpdateQuery

_REFUSED = ""
# (model, names filtered on, names set, which are set to NULL, alias) -> the UPDATE's text, or _REFUSED.
_kept: dict[tuple[Any, ...], str] = {}


def update_where(model: type[Model], where: dict[str, Any], values: dict[str, Any], *,
                 using: str = DEFAULT_DB_ALIAS) -> int:
    """model.objects.using(using).filter(**where).update(**values): the number of rows updated."""
    connection = connections[using]
    prepared = _params(model, where, values, connection) if values and _plain(where, values) else None
    if prepared is None:
        return model.objects.using(using).filter(**where).update(**values)
    nulls, params = prepared
    key = (model, tuple(where), tuple(values), nulls, using)
    sql = _kept.get(key)
    if sql == _REFUSED:
        return model.objects.using(using).filter(**where).update(**values)
    if sql is None or getattr(settings, "RALLIED_CHECK_KEPT_QUERIES", False):
        django_sql, django_params = _django(model, where, values, using)
        if sql is None:
            _kept[key] = django_sql if _same(params, django_params) else _REFUSED
            return model.objects.using(using).filter(**where).update(**values)
        if sql != django_sql or not _same(params, django_params):
            raise AssertionError(f"kept update differs from Django's: {sql!r} {params!r} != "
                                 f"{django_sql!r} {django_params!r}")
    # What QuerySet.update does around its statement: a failure inside an atomic block marks it for rollback.
    with transaction.mark_for_rollback_on_error(using=using), connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _same(params: list[Any], django_params: list[Any]) -> bool:
    """The same parameters: equal values, or psycopg's JSON wrappers (a JSONField's prepared value on PostgreSQL, a
    new one per call, equal to no other) around equal values dumped by the same function."""
    return len(params) == len(django_params) and all(
        mine == theirs or (type(mine) is type(theirs) and type(mine).__module__ == "psycopg.types.json"
                           and (mine.obj, mine.dumps) == (theirs.obj, theirs.dumps))
        for mine, theirs in zip(params, django_params, strict=True))


def _plain(where: dict[str, Any], values: dict[str, Any]) -> bool:
    """No expression and no model instance anywhere, and no None filtered on: the values Django's compiler writes
    as a bare %s with the prepared value as its parameter."""
    for value in (*where.values(), *values.values()):
        if hasattr(value, "resolve_expression") or hasattr(value, "prepare_database_save") or \
                hasattr(value, "as_sql"):
            return False
    return all(value is not None for value in where.values())


def _params(model: type[Model], where: dict[str, Any], values: dict[str, Any],
            connection: Any) -> tuple[tuple[bool, ...], list[Any]] | None:
    """Which values set are written as NULL, and the parameters in the compiler's order: the values set in the order
    given (SQLUpdateCompiler.as_sql: a value prepared to None is written `= NULL` in the text, not a parameter),
    then the values filtered on in their names' sorted order (filter(**kwargs) sorts them into its Q). None when a
    value set is prepared to an expression (the compiler compiles it into the text)."""
    meta = model._meta
    if any(name != "pk" and name not in _field_names(model) for name in (*where, *values)):
        return None  # a lookup (status__in), a join or a reverse relation: Django's path
    nulls, params = [], []
    for name, value in values.items():
        prepared = meta.get_field(name).get_db_prep_save(value, connection=connection)
        if hasattr(prepared, "as_sql"):
            return None
        nulls.append(prepared is None)
        if prepared is not None:
            params.append(prepared)
    for name in sorted(where):
        field = meta.pk if name == "pk" else meta.get_field(name)
        params.append(field.get_db_prep_value(field.get_prep_value(where[name]), connection, prepared=True))
    return tuple(nulls), params


@functools.cache
def _field_names(model: type[Model]) -> frozenset[str]:
    """The names and attnames of `model`'s own concrete fields: the only names a kept update filters on or sets."""
    return frozenset(name for field in model._meta.concrete_fields for name in (field.name, field.attname))


def _django(model: type[Model], where: dict[str, Any], values: dict[str, Any], using: str) -> tuple[str, list[Any]]:
    """The UPDATE and parameters QuerySet.update sends for these values (a one-table update: no related updates)."""
    query = model.objects.using(using).filter(**where).query.chain(UpdateQuery)
    query.add_update_values(values)
    if query.related_updates:
        return "", []
    query.annotations = {}
    sql, params = query.get_compiler(using=using).as_sql()
    return sql, list(params)
