"""django-q2 entry points of the lifecycle. Each takes ids only and delegates; queued by workflow/receivers.py."""

from __future__ import annotations


def start_ticket_task(ticket_id: int) -> str:
    from workflow.lifecycle import start_ticket

    return start_ticket(ticket_id)


def settle_ticket_task(ticket_id: int) -> str:
    from workflow.lifecycle import settle_ticket

    return settle_ticket(ticket_id)


def follow_manager_answer_task(confirmation_id: int, confirmed: int) -> str:
    from workflow.manager_followup import follow_manager_answer

    return follow_manager_answer(confirmation_id=confirmation_id, confirmed=bool(confirmed))
