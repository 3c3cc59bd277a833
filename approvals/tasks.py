"""django-q2 entry points of the approvals app. Each takes ids only (scheduled ones nothing) and delegates."""

from __future__ import annotations


def expire_approvals_task() -> int:
    """Every minute (rallied/schedules.py): expire open approval requests and manager links past their deadline."""
    from approvals.expiry import expire_approvals

    return expire_approvals()


def post_request_cards_task(request_id: int) -> str:
    from approvals.channels.followup import announce_request

    return announce_request(request_id)


def refresh_cards_task(request_id: int) -> str:
    from approvals.channels.followup import refresh_request_cards

    return refresh_request_cards(request_id)


def deliver_notice_task(event_id: int) -> str:
    from approvals.notify import deliver_notice

    return deliver_notice(event_id)



def tell_approvers_of_failure_task(action_id: int) -> str:
    from approvals.notify import tell_approvers_of_failure

    return tell_approvers_of_failure(action_id)
