"""django-q2 entry points for chat approvals. Each takes one id and calls the code that does the work."""

from __future__ import annotations

from collections.abc import Callable

from django_q.tasks import async_task


def dispatch(func: Callable[[int], object], arg: int) -> None:
    """Through the broker, or right here when the caller runs the pipeline inline (the `resolve` command)."""
    from tickets.tasks import is_inline

    if is_inline():
        func(arg)
    else:
        async_task(f"{__name__}.{func.__name__}", arg)


def post_request_cards_task(request_id: int) -> str:
    from approvals.channels.followup import announce_request

    return announce_request(request_id)


def refresh_cards_task(request_id: int) -> str:
    from approvals.channels.followup import refresh_request_cards

    return refresh_request_cards(request_id)


def deliver_notice_task(event_id: int) -> str:
    from approvals.notify import deliver_notice

    return deliver_notice(event_id)
