"""Approvals in chat: Slack (Block Kit buttons, signed callbacks) and Microsoft Teams (cards with signed links).

approvals/services.py calls the two `queue_*` functions on commit; the work runs in django-q2 tasks
(approvals/tasks.py) so a slow chat vendor never holds up a decision.
"""

from __future__ import annotations

from rallied.tasks import dispatch


def queue_request_cards(request_id: int) -> None:
    """A new approval request: post its cards to the tenant's Slack channel and Teams webhook."""
    dispatch("approvals.tasks.post_request_cards_task", request_id)


def queue_card_refresh(request_id: int) -> None:
    """A decision was recorded (in any channel): redraw the Slack card, post the new state to Teams."""
    dispatch("approvals.tasks.refresh_cards_task", request_id)
