"""django-q2 entry points of the lifecycle. Each takes ids only and delegates; queued by workflow/receivers.py and
the sweep (workflow/sweep.py).

Each step runs `guarded` (workflow/escalation.py): an exception it did not expect escalates the ticket with the
reason and tells staff, so a bug or a broken setting never leaves a ticket in an open status with nothing to move it.
"""

from __future__ import annotations


def start_ticket_task(ticket_id: int) -> str:
    from workflow.escalation import guarded
    from workflow.lifecycle import start_ticket

    return guarded(ticket_id, "triaging, checking the requester or deciding", start_ticket, ticket_id)


def settle_ticket_task(ticket_id: int) -> str:
    from workflow.escalation import guarded
    from workflow.lifecycle import settle_ticket

    return guarded(ticket_id, "settling the ticket after its actions", settle_ticket, ticket_id)


def withdraw_for_takeover_task(ticket_id: int) -> str:
    """Queued when a person took a ticket over in the PSA (tickets/signals.ticket_taken_over)."""
    from workflow.escalation import guarded
    from workflow.lifecycle import withdraw_for_takeover

    return guarded(ticket_id, "withdrawing after a takeover", withdraw_for_takeover, ticket_id)


def follow_reply_task(ticket_id: int, event_id: int) -> str:
    """Queued when the requester wrote back in the PSA (tickets/signals.requester_replied)."""
    from workflow.escalation import guarded
    from workflow.reentry import follow_reply

    return guarded(ticket_id, "following the requester's reply", follow_reply, ticket_id, event_id)


def follow_manager_answer_task(confirmation_id: int, confirmed: int) -> str:
    from approvals.models import ManagerConfirmation
    from workflow.escalation import guarded
    from workflow.manager_followup import follow_manager_answer

    ticket_id = ManagerConfirmation.objects.filter(pk=confirmation_id).values_list("ticket_id", flat=True).first()
    if ticket_id is None:
        return "gone"
    return guarded(ticket_id, "following the manager's answer", follow_manager_answer,
                   confirmation_id=confirmation_id, confirmed=bool(confirmed))


def escalate_crashed_action_task(action_id: int) -> str:
    """Queued when an action's execution crashed (playbooks/signals.action_crashed). Staff hear of each crash once,
    however often this is delivered: the notice is keyed by the action and its attempt."""
    from playbooks.models import Action
    from workflow.escalation import escalate_crash

    action = Action.objects.filter(pk=action_id).first()
    if action is None:
        return "gone"
    return escalate_crash(action.ticket_id, stage=f"running {action.kind} for {action.target}",
                          error=action.error or "no error recorded", tell_anyway=True,
                          notice_key=f"action-crashed:{action.pk}:{action.attempts}")


def retry_writebacks_task() -> dict[str, int]:
    """Every minute (rallied/schedules.py): PSA write-backs whose next attempt is due try again."""
    from workflow.writeback import retry_writebacks

    return retry_writebacks()


def sweep_stuck_tickets_task() -> dict[str, int]:
    """Every minute and at cluster start (rallied/schedules.py): ring again every step whose doorbell was lost."""
    from workflow.sweep import sweep_stuck_tickets

    return sweep_stuck_tickets()
