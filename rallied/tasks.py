"""The one task dispatcher: every app queues its django-q2 work through `dispatch`.

A task is named by its dotted path and takes ids only; the database is the truth and the broker only
rings the doorbell. Callers dispatch after their transaction commits (`transaction.on_commit`), so a
worker never sees an id whose row is not there yet.

`inline()` runs follow-up work in the calling thread instead of the broker: the `resolve` command uses
it to take a batch of tickets through the whole path synchronously.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from django.utils.module_loading import import_string
from django_q.tasks import async_task

_INLINE: ContextVar[bool] = ContextVar("rallied_inline_tasks", default=False)


@contextlib.contextmanager
def inline() -> Iterator[None]:
    token = _INLINE.set(True)
    try:
        yield
    finally:
        _INLINE.reset(token)


def is_inline() -> bool:
    return _INLINE.get()


def dispatch(task: str, *args: int) -> None:
    """Queue the task at dotted path `task` with `args`, or run it here inside `inline()`."""
    if _INLINE.get():
        import_string(task)(*args)
    else:
        async_task(task, *args)
