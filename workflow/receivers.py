"""Work flows upward: the layers below send signals once their writes commit, and the lifecycle queues its step.

Connected once, in WorkflowConfig.ready(). Each receiver only rings a doorbell (a task carrying ids); the
task's entry point is idempotent, so a signal that is sent twice, or a task the broker delivers twice, is
harmless.
"""

from __future__ import annotations

from typing import Any

from approvals.signals import manager_answered
from playbooks.choices import ActionStatus
from playbooks.signals import action_crashed, action_settled
from rallied.tasks import dispatch
from tickets.signals import requester_replied, ticket_received, ticket_taken_over


def on_ticket_received(sender: Any, *, ticket_id: int, **kwargs: Any) -> None:
    dispatch("workflow.tasks.start_ticket_task", ticket_id)


def on_action_settled(sender: Any, *, ticket_id: int, action_id: int, status: str, **kwargs: Any) -> None:
    dispatch("workflow.tasks.settle_ticket_task", ticket_id)
    if status == ActionStatus.FAILED:
        # The technicians who approved it are told (a Slack message to each; the queue shows a badge).
        dispatch("approvals.tasks.tell_approvers_of_failure_task", action_id)


def on_action_crashed(sender: Any, *, action_id: int, **kwargs: Any) -> None:
    dispatch("workflow.tasks.escalate_crashed_action_task", action_id)


def on_manager_answered(sender: Any, *, confirmation_id: int, confirmed: bool, **kwargs: Any) -> None:
    dispatch("workflow.tasks.follow_manager_answer_task", confirmation_id, int(confirmed))


def on_ticket_taken_over(sender: Any, *, ticket_id: int, **kwargs: Any) -> None:
    dispatch("workflow.tasks.withdraw_for_takeover_task", ticket_id)


def on_requester_replied(sender: Any, *, ticket_id: int, event_id: int, **kwargs: Any) -> None:
    dispatch("workflow.tasks.follow_reply_task", ticket_id, event_id)


def connect() -> None:
    ticket_received.connect(on_ticket_received, dispatch_uid="workflow.ticket_received")
    action_settled.connect(on_action_settled, dispatch_uid="workflow.action_settled")
    manager_answered.connect(on_manager_answered, dispatch_uid="workflow.manager_answered")
    action_crashed.connect(on_action_crashed, dispatch_uid="workflow.action_crashed")
    ticket_taken_over.connect(on_ticket_taken_over, dispatch_uid="workflow.ticket_taken_over")
    requester_replied.connect(on_requester_replied, dispatch_uid="workflow.requester_replied")
