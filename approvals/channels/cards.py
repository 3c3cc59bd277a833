"""What a technician sees in chat: one summary of an approval request, drawn as Slack blocks or a Teams card.

Pure functions over a snapshot (`ApprovalView`), so the Slack and Teams cards and their updates say
the same things. Ticket text is the requester's and untrusted: it is escaped so it cannot mention
@channel, fake a link or break the layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from approvals.choices import RequestStatus, ReviewDecision
from approvals.manager_models import ManagerConfirmation
from approvals.models import ApprovalRequest
from rallied.kinds import get_kind

APPROVE = "approve"
REJECT = "reject"
BLOCK_PREFIX = "rallied:approval:"


@dataclass(frozen=True)
class ApprovalView:
    """The facts a card shows, read once from the database."""

    action_id: int
    version: int
    status: str
    tenant: str
    ticket_id: int
    psa_ticket_id: str
    subject: str
    requester: str
    verification: str
    action_label: str
    target: str
    params: dict[str, Any]
    reasons: list[str]
    risk_signals: list[str]
    approvals_required: int
    approvers: list[str] = field(default_factory=list)
    rejected_by: str = ""
    reject_reason: str = ""
    channels: list[str] = field(default_factory=list)
    expires: str = ""
    declined_by_manager: str = ""  # the manager's address when their confirmation link was declined
    # A sensitive kind (rallied/kinds.py): its approval needs the approver's second factor, which a Slack button
    # cannot carry (approvals/services.approve_action), so its Slack card offers Reject and sends approval to the queue.
    needs_second_factor: bool = False

    @property
    def is_open(self) -> bool:
        return self.status == RequestStatus.OPEN

    @property
    def button_value(self) -> str:
        """What the Slack buttons carry: the action and the exact version the technician is looking at."""
        return f"{self.action_id}:{self.version}"

    def state_line(self) -> str:
        via = f" via {', '.join(sorted(set(self.channels)))}" if self.channels else ""
        if self.status == RequestStatus.APPROVED:
            return f"Approved by {', '.join(self.approvers)}{via}."
        if self.status == RequestStatus.REJECTED and not self.rejected_by:
            # Rejected by Rallied itself, not by a technician's review.
            if self.declined_by_manager:
                return (f"Declined by the target's manager ({self.declined_by_manager}) through the confirmation "
                        "link; the ticket went to a technician.")
            return "Rejected without a technician's review; the ticket went to a technician."
        if self.status == RequestStatus.REJECTED:
            return f"Rejected by {self.rejected_by}{via}: {self.reject_reason}"
        if self.status == RequestStatus.EXPIRED:
            return "Expired without a decision."
        if self.status == RequestStatus.WITHDRAWN:
            return "No approval needed any more: the missing proof arrived and the policy lets it run on its own."
        given = len(self.approvers)
        who = f" ({', '.join(self.approvers)})" if self.approvers else ""
        return f"Waiting for approval: {given} of {self.approvals_required}{who}. Expires {self.expires}."


def view_of(request: ApprovalRequest) -> ApprovalView:
    action = request.action
    ticket = action.ticket
    verification = ticket.verification or {}
    requester = ticket.requester_email + (f" ({ticket.requester_name})" if ticket.requester_name else "")
    reviews = list(request.reviews.select_related("reviewer").order_by("at", "pk"))
    approvals = [r for r in reviews if r.decision != ReviewDecision.REJECT and r.action_version == action.version]
    rejection = next((r for r in reviews if r.decision == ReviewDecision.REJECT), None)
    declined = None
    if request.status == RequestStatus.REJECTED and rejection is None:
        declined = (ticket.manager_confirmations.filter(status=ManagerConfirmation.Status.DECLINED)
                    .order_by("-decided_at").first())
    return ApprovalView(
        action_id=action.pk, version=action.version, status=request.status, tenant=ticket.tenant.name,
        ticket_id=ticket.pk, psa_ticket_id=ticket.psa_ticket_id, subject=ticket.subject,
        requester=requester, verification=str(verification.get("summary") or "No directory check recorded."),
        action_label=get_kind(action.kind).label, target=action.target,
        params={k: v for k, v in action.params.items() if k != "target"},
        reasons=[str(r) for r in action.reasons or []],
        risk_signals=[str(s) for s in verification.get("risk_signals") or []],
        approvals_required=request.approvals_required,
        approvers=[r.reviewer.get_username() for r in approvals],
        rejected_by=rejection.reviewer.get_username() if rejection else "",
        reject_reason=rejection.comment if rejection else "",
        channels=[r.channel for r in reviews],
        expires=request.expires_at.strftime("%Y-%m-%d %H:%M UTC"),
        declined_by_manager=declined.manager_email if declined else "",
        needs_second_factor=get_kind(action.kind).sensitive,
    )


# -- Slack ----------------------------------------------------------------------------------------
def slack_escape(text: Any, limit: int = 500) -> str:
    """Slack's three control characters; with them escaped, no <!channel>, <@U..> or <url|label> survives."""
    value = str(text)
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _bullets(items: list[str]) -> str:
    return "\n".join(f"• {slack_escape(i, 300)}" for i in items[:8])


def slack_text(view: ApprovalView) -> str:
    """The notification / fallback text (Slack shows it where blocks can't be drawn)."""
    return (f"Approval needed: {view.action_label} for {slack_escape(view.target, 200)} "
            f"({slack_escape(view.tenant, 100)}). {view.state_line()}")


def slack_blocks(view: ApprovalView) -> list[dict[str, Any]]:
    title = f"{view.action_label} for {view.target}"[:150]
    ticket = f"#{view.ticket_id}" + (f" (PSA {slack_escape(view.psa_ticket_id, 40)})" if view.psa_ticket_id else "")
    fields = [
        f"*Client*\n{slack_escape(view.tenant, 100)}",
        f"*Ticket*\n{ticket}: {slack_escape(view.subject, 200)}",
        f"*Requester*\n{slack_escape(view.requester, 200)}",
        f"*Verification*\n{slack_escape(view.verification, 600)}",
        f"*Action*\n{view.action_label} (version {view.version})",
        f"*Target*\n{slack_escape(view.target, 200)}",
    ]
    for key, value in list(view.params.items())[:4]:
        fields.append(f"*{slack_escape(key, 40)}*\n{slack_escape(value, 200)}")
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": title, "emoji": False}},
        {"type": "section", "fields": [{"type": "mrkdwn", "text": f} for f in fields[:10]]},
    ]
    if view.reasons:
        blocks.append({"type": "section", "text": {"type": "mrkdwn",
                                                   "text": "*Why a technician decides*\n" + _bullets(view.reasons)}})
    if view.risk_signals:
        blocks.append({"type": "section", "text": {"type": "mrkdwn",
                                                   "text": "*Risk signals*\n" + _bullets(view.risk_signals)}})
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": slack_escape(view.state_line(), 600)}]})
    if view.is_open and view.needs_second_factor:
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": (
            "Approving this change needs your second factor: approve it in the review queue. "
            "You can reject it here.")}]})
    if view.is_open:
        approve = [] if view.needs_second_factor else [
            {"type": "button", "action_id": APPROVE, "style": "primary", "value": view.button_value,
             "text": {"type": "plain_text", "text": "Approve"}}]
        blocks.append({"type": "actions", "block_id": f"{BLOCK_PREFIX}{view.action_id}", "elements": [
            *approve,
            {"type": "button", "action_id": REJECT, "style": "danger", "value": view.button_value,
             "text": {"type": "plain_text", "text": "Reject"},
             "confirm": {"title": {"type": "plain_text", "text": "Reject this action?"},
                         "text": {"type": "mrkdwn", "text": "The ticket goes back to a technician with "
                                                            "\"Rejected in Slack by you\" as the reason."},
                         "confirm": {"type": "plain_text", "text": "Reject"},
                         "deny": {"type": "plain_text", "text": "Cancel"}}},
        ]})
    return blocks


# -- Teams ----------------------------------------------------------------------------------------
def teams_escape(text: Any, limit: int = 500) -> str:
    """Adaptive Card text is a markdown subset: break link syntax so ticket text cannot plant a link."""
    value = str(text)
    if len(value) > limit:
        value = value[: limit - 1] + "…"
    return re.sub(r"\]\s*\(", "] (", value).replace("<", "‹").replace(">", "›")


def teams_card(view: ApprovalView, link_url: str | None) -> dict[str, Any]:
    from rallied.connectors.teams import adaptive_card

    facts = [
        ("Client", view.tenant), ("Ticket", f"#{view.ticket_id}: {view.subject}"),
        ("Requester", view.requester), ("Verification", view.verification),
        ("Action", f"{view.action_label} (version {view.version})"), ("Target", view.target),
        *[(str(k), str(v)) for k, v in list(view.params.items())[:4]],
    ]
    body: list[dict[str, Any]] = [
        {"type": "TextBlock", "size": "Medium", "weight": "Bolder", "wrap": True,
         "text": teams_escape(f"Approval needed: {view.action_label} for {view.target}", 200)},
        {"type": "FactSet", "facts": [{"title": t, "value": teams_escape(v, 400)} for t, v in facts]},
    ]
    if view.reasons:
        body.append({"type": "TextBlock", "wrap": True, "weight": "Bolder", "text": "Why a technician decides"})
        body.append({"type": "TextBlock", "wrap": True,
                     "text": "\n".join(f"- {teams_escape(r, 300)}" for r in view.reasons[:8])})
    if view.risk_signals:
        body.append({"type": "TextBlock", "wrap": True, "weight": "Bolder", "color": "Attention",
                     "text": "Risk signals"})
        body.append({"type": "TextBlock", "wrap": True,
                     "text": "\n".join(f"- {teams_escape(s, 300)}" for s in view.risk_signals[:8])})
    body.append({"type": "TextBlock", "wrap": True, "isSubtle": True, "text": teams_escape(view.state_line(), 600)})
    actions = None
    if link_url and view.is_open:
        # Webhooks are one-way: the only button is a link to a page that asks the technician to sign in.
        actions = [{"type": "Action.OpenUrl", "title": "Review and decide", "url": link_url}]
    return adaptive_card(body, actions)
