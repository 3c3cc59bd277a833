"""One id per web request, carried into the work it queues, so an operator can follow a ticket from the POST that
brought it to the last log line the cluster wrote for it.

- The web: RequestIdMiddleware (rallied/middleware.py) takes the caller's `X-Request-ID` when it is a plain token
  (letters, digits, `-_.:`, at most 128), else makes one; the response carries it back.
- The queue: every task queued while an id is current carries it in the task package (django-q2's pre_enqueue
  signal), and the worker makes it current again while the task runs (pre_execute / post_execute_in_worker). Work a
  task queues in turn carries it on, so a whole ticket shares its intake's id.
- The logs: RequestIdFilter (rallied/logs.py's handlers) writes it on every record as `request_id`.
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar, Token
from typing import Any

HEADER = "X-Request-ID"
TASK_KEY = "rallied_request_id"
_VALID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")
_current: ContextVar[str | None] = ContextVar("rallied_request_id", default=None)
# Worker-side tokens by task id: the task dict itself goes back through a multiprocessing queue (pickled), so it
# cannot hold a ContextVar token.
_running: dict[str, Token] = {}


def current() -> str | None:
    return _current.get()


def accept(offered: str | None) -> str:
    """The caller's id when it is safe to log and echo, else a new one."""
    if offered and _VALID.fullmatch(offered):
        return offered
    return uuid.uuid4().hex


def activate(request_id: str | None) -> Token:
    return _current.set(request_id)


def deactivate(token: Token) -> None:
    _current.reset(token)


def stamp_task(sender: Any = None, task: dict | None = None, **_: Any) -> None:
    """pre_enqueue: the task package takes the current id along (it is signed and pickled after this)."""
    request_id = _current.get()
    if task is not None and request_id:
        task[TASK_KEY] = request_id


def task_started(sender: Any = None, task: dict | None = None, **_: Any) -> None:
    """pre_execute: the task's id is current while it runs, so its log lines and the work it queues carry it."""
    if task is not None and task.get("id"):
        _running[task["id"]] = _current.set(task.get(TASK_KEY) or None)


def task_finished(sender: Any = None, task: dict | None = None, **_: Any) -> None:
    token = _running.pop(task.get("id"), None) if task else None
    if token is not None:
        _current.reset(token)


def connect() -> None:
    from django_q.signals import post_execute_in_worker, pre_enqueue, pre_execute

    pre_enqueue.connect(stamp_task, dispatch_uid="rallied.request_id.stamp")
    pre_execute.connect(task_started, dispatch_uid="rallied.request_id.started")
    post_execute_in_worker.connect(task_finished, dispatch_uid="rallied.request_id.finished")
