"""django-q2 entry points. Each takes an id only and calls a service; the database is the truth.

Enqueueing happens after commit (the caller uses transaction.on_commit), so a worker never sees
an id whose row is not there yet; a lost doorbell is found again by the reconciler.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from django_q.tasks import async_task

# When set, follow-up work runs right here instead of through the broker (the `resolve` command).
_INLINE: ContextVar[bool] = ContextVar("rallied_inline_tasks", default=False)


@contextlib.contextmanager
def inline() -> Iterator[None]:
    token = _INLINE.set(True)
    try:
        yield
    finally:
        _INLINE.reset(token)


def is_inline() -> bool:
    """True inside `inline()`: other apps' follow-up tasks run in place too."""
    return _INLINE.get()


def _dispatch(name: str, func, arg: int) -> None:  # type: ignore[no-untyped-def]
    if _INLINE.get():
        func(arg)
    else:
        async_task(f"tickets.tasks.{name}", arg)


def resolve_ticket_task(ticket_id: int) -> str:
    from tickets.pipeline import resolve_ticket

    return resolve_ticket(ticket_id)


def finalise_ticket_task(ticket_id: int) -> str:
    from tickets.pipeline import finalise_ticket

    return finalise_ticket(ticket_id)


def execute_action_task(action_id: int) -> str:
    from playbooks.executor import execute_action

    return execute_action(action_id=action_id)


def poll_psa_task(connection_id: int) -> str:
    """Take in one PSA connection's new tickets (tickets/intake.py)."""
    from tenants.models import Connection
    from tickets.intake import poll_connection

    connection = Connection.objects.filter(pk=connection_id, disabled=False).select_related("tenant").first()
    return str(poll_connection(connection=connection)) if connection is not None else "connection gone or disabled"


def poll_psa_connections_task() -> int:
    """Every minute (rallied/schedules.py): one poll task per enabled PSA connection."""
    from tickets.intake import pollable_connection_ids

    ids = pollable_connection_ids()
    for connection_id in ids:
        _dispatch("poll_psa_task", poll_psa_task, connection_id)
    return len(ids)


def enqueue_resolution(ticket_id: int) -> None:
    _dispatch("resolve_ticket_task", resolve_ticket_task, ticket_id)


def enqueue_finalise(ticket_id: int) -> None:
    _dispatch("finalise_ticket_task", finalise_ticket_task, ticket_id)


def enqueue_execution(action_id: int) -> None:
    _dispatch("execute_action_task", execute_action_task, action_id)


def destroy_expired_secrets_task() -> int:
    """Every minute (rallied/schedules.py): wipe one-time secrets whose link expired unrevealed."""
    from tickets.secrets import destroy_expired

    return destroy_expired()
