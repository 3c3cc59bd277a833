"""Reads remembered for the length of one django-q2 task, never longer.

One ticket step asked for the tenant's identity connection, its connector and its service accounts five or six
times over (issue 17): each caller on its own is right to ask, so the answer is remembered here instead of being
threaded through every signature. The scope is one task: it opens when the worker starts a task (pre_execute) and
is dropped when the task ends (post_execute_in_worker), so a change a service lead makes (a connection disabled, a
service account's scope narrowed) is seen by the very next task. Outside a task (a web request, the `resolve`
command, a test calling a service directly) nothing is remembered and every call reads afresh.

A task run inside another (django-q2's sync mode, used by the tests) gets its own scope, stacked on the outer one.
Only configuration belongs here (connections, connectors, service accounts, protected identities): never directory
state, which the safety floor must read fresh before every write.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextvars import ContextVar, Token
from typing import Any, TypeVar

T = TypeVar("T")

_scope: ContextVar[dict[Hashable, Any] | None] = ContextVar("rallied_task_cache", default=None)
# Worker-side tokens by task id, as in rallied/request_id.py: the task dict is pickled back, it cannot hold a token.
_running: dict[str, Token] = {}


def remembered(key: Hashable, read: Callable[[], T]) -> T:
    """`read()`'s answer, asked once per task for `key`; outside a task, `read()` every time."""
    scope = _scope.get()
    if scope is None:
        return read()
    if key not in scope:
        scope[key] = read()
    return scope[key]


def task_started(sender: Any = None, task: dict | None = None, **_: Any) -> None:
    """pre_execute: a fresh, empty scope for this task."""
    if task is not None and task.get("id"):
        _running[task["id"]] = _scope.set({})


def task_finished(sender: Any = None, task: dict | None = None, **_: Any) -> None:
    """post_execute_in_worker: forget everything the task read."""
    token = _running.pop(task.get("id"), None) if task else None
    if token is not None:
        _scope.reset(token)


def connect() -> None:
    from django_q.signals import post_execute_in_worker, pre_execute

    pre_execute.connect(task_started, dispatch_uid="rallied.task_cache.started")
    post_execute_in_worker.connect(task_finished, dispatch_uid="rallied.task_cache.finished")
