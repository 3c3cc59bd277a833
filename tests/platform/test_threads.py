"""Calls sent side by side (the PSA write-back's parts, a decision's directory reads) keep the caller's context: the
ticket's request id stamps their log lines as it does the caller's (rallied/threads.py)."""

from __future__ import annotations

import threading

import pytest

from rallied import request_id
from rallied.threads import map_in_threads


def test_each_call_in_its_own_thread_sees_the_callers_request_id():
    token = request_id.activate("ticket-77")
    try:
        seen = map_in_threads(lambda n: (n, request_id.current(), threading.current_thread().name), range(3),
                              max_workers=3, name="side-by-side")
    finally:
        request_id.deactivate(token)
    assert [n for n, _, _ in seen] == [0, 1, 2]  # in the items' order
    assert {rid for _, rid, _ in seen} == {"ticket-77"}
    assert all(name.startswith("side-by-side") for _, _, name in seen)  # really in the pool's threads


def test_a_call_that_raises_raises_for_the_caller_after_the_others_ran():
    ran = []

    def call(n: int) -> int:
        ran.append(n)
        if n == 1:
            raise ValueError("refused")
        return n

    with pytest.raises(ValueError, match="refused"):
        map_in_threads(call, range(3), max_workers=3, name="side-by-side")
    assert sorted(ran) == [0, 1, 2]


def test_a_call_setting_a_context_variable_does_not_change_the_callers():
    token = request_id.activate("caller")
    try:
        map_in_threads(lambda _: request_id.activate("inside"), range(2), max_workers=2, name="side-by-side")
        assert request_id.current() == "caller"
    finally:
        request_id.deactivate(token)


def test_a_single_call_runs_in_the_callers_thread_with_the_callers_request_id():
    token = request_id.activate("ticket-78")
    try:
        [(rid, thread)] = map_in_threads(lambda _: (request_id.current(), threading.current_thread()), ["one"],
                                         max_workers=1, name="side-by-side")
        map_in_threads(lambda _: request_id.activate("inside"), ["one"], max_workers=1, name="side-by-side")
        assert request_id.current() == "ticket-78"  # the call's own changes stayed in its copy of the context
    finally:
        request_id.deactivate(token)
    assert rid == "ticket-78" and thread is threading.current_thread()
