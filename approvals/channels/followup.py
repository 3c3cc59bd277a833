"""What the chat channels do when an approval request opens or changes, whichever channel the change came from.

Runs in tasks after the change has committed: a chat outage is recorded on the connection and never
undoes a decision. (The PSA internal note for each decision is written by approvals/services.py.)
"""

from __future__ import annotations

from approvals.channels.slack import post_slack_card, refresh_slack_card
from approvals.channels.teams import post_teams_card
from approvals.models import ApprovalRequest


def _request(request_id: int) -> ApprovalRequest | None:
    return (ApprovalRequest.objects.select_related("action__ticket__tenant")
            .filter(pk=request_id).first())


def announce_request(request_id: int) -> str:
    """Post the new request's cards to Slack and Teams (each only if the tenant has that connection)."""
    request = _request(request_id)
    if request is None:
        return "gone"
    posted = [name for name, ok in (("slack", post_slack_card(request=request) is not None),
                                    ("teams", post_teams_card(request=request))) if ok]
    return ",".join(posted) or "none"


def refresh_cards(request: ApprovalRequest, *, teams: bool = True) -> None:
    """Bring every posted card up to date: Slack is edited in place, Teams gets a follow-up card."""
    refresh_slack_card(request=request)
    if teams:
        post_teams_card(request=request, follow_up=True)


def refresh_request_cards(request_id: int) -> str:
    request = _request(request_id)
    if request is None:
        return "gone"
    refresh_cards(request)
    return "ok"
