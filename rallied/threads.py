"""Calls run side by side in a few threads, each in a copy of the caller's context.

A thread a ThreadPoolExecutor starts does not inherit the caller's context variables, so a call made there loses what
the caller's context holds, among them the ticket's request id (rallied/request_id.py), which every log line of a
vendor call is stamped with. Each call gets its own copy: one Context cannot be entered by two threads at once.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_in_threads(call: Callable[[T], R], items: Iterable[T], *, max_workers: int, name: str) -> list[R]:
    """`[call(item) for item in items]`, the calls in up to `max_workers` threads at once, results in the items'
    order; the first call that raised (in that order) raises here, once every call has ended. A single call runs
    in this thread (in a copy of the context all the same): a thread would only add its start-up."""
    items = list(items)
    if len(items) == 1:
        return [contextvars.copy_context().run(call, items[0])]
    with ThreadPoolExecutor(max_workers=max_workers, thread_name_prefix=name) as pool:
        futures = [pool.submit(contextvars.copy_context().run, call, item) for item in items]
    return [future.result() for future in futures]
