"""Slack approvals: post the card, keep it up to date, and turn a signed button press into a decision.

A button press is trusted only when all of these hold, in this order:
1. the workspace and channel belong to a tenant's Slack connection (that is where the secret comes from);
2. the request timestamp is within five minutes and the v0 signature over the raw body matches;
3. the action belongs to a tenant whose connection names that channel (several may share one);
4. the Slack member is linked to an MSP user (ChatIdentity);
5. approvals/services agrees: approve permission, approver is neither requester nor target, the
   version on the button is the current one, one decision per technician.
Anything else changes nothing and gets a private (ephemeral) answer.
"""

from __future__ import annotations

import json
import logging
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from django.contrib.auth.models import AbstractBaseUser
from django.utils import timezone
from slack_sdk.signature import SignatureVerifier

from approvals.channels.cards import APPROVE, REJECT, slack_blocks, slack_escape, slack_text, view_of
from approvals.channels.once import Undeliverable, hold_request_row, post_once
from approvals.chat_models import ChatIdentity, ChatMessage, ChatVendor, DeliveryState
from approvals.choices import Channel, RequestStatus
from approvals.models import ApprovalRequest, Review
from approvals.services import ApprovalRefused, SecondFactorRequired, approve_action, reject_action
from audit.services import record
from playbooks.models import Action
from rallied.connectors import ConnectorError
from rallied.connectors.slack import SlackConnector
from tenants.models import Connection, Tenant
from tenants.selectors import connection_for, connector_for

log = logging.getLogger("rallied.slack")
ACTOR = "system:slack"
MAX_SKEW_SECONDS = 300


@dataclass
class SlackReply:
    """What /hooks/slack/ answers: an HTTP status and, for Slack, an ephemeral message body."""

    status: int
    text: str

    def body(self) -> dict[str, Any]:
        return {"response_type": "ephemeral", "replace_original": False, "text": self.text}


def slack_connector(tenant: Tenant) -> tuple[Connection | None, SlackConnector | None]:
    connection = connection_for(tenant, {ChatVendor.SLACK})
    if connection is None:
        return None, None
    return connection, connector_for(connection)  # type: ignore[return-value]


def record_chat_error(*, connection: Connection, what: str, exc: ConnectorError, obj: Any = None) -> None:
    """A chat delivery failed: the service lead sees it on the connection and in the audit trail."""
    Connection.objects.filter(pk=connection.pk).update(last_error=f"{what}: {exc}"[:2000],
                                                      last_error_at=timezone.now())
    record(actor=f"system:{connection.vendor}", verb="chat.error", obj=obj, tenant=connection.tenant,
           outcome="error", details={"vendor": connection.vendor, "operation": what, "error": str(exc)[:500]})
    log.warning("%s %s failed: %s", connection.vendor, what, exc)


# -- posting and updating -------------------------------------------------------------------------
def post_slack_card(*, request: ApprovalRequest) -> ChatMessage | None:
    """Post the approval card to the tenant's channel once; remember where, so decisions can update it.

    Once however often the doorbell rings: the post is claimed first (approvals/channels/once.py)."""
    if ChatMessage.objects.filter(request=request, vendor=ChatVendor.SLACK).exists():
        return None  # the doorbell rang twice
    connection, slack = slack_connector(request.action.ticket.tenant)
    if slack is None or connection is None:
        return None
    view = view_of(request)
    where: dict[str, str] = {}

    def post() -> str:
        where["channel"], where["ts"] = slack.post_message(text=slack_text(view), blocks=slack_blocks(view))
        return where["ts"]

    def remember(ts: str) -> None:
        hold_request_row(request.pk)  # before the card's row and the audit head: see hold_request_row
        ChatMessage.objects.get_or_create(request=request, vendor=ChatVendor.SLACK,
                                          defaults={"channel": where["channel"], "ts": ts})
        record(actor=ACTOR, verb="chat.card_posted", obj=request.action, tenant=connection.tenant,
               details={"vendor": "slack", "channel": where["channel"], "ts": ts, "version": view.version})

    outcome = post_once(tenant=connection.tenant, key=f"approval-card:{request.pk}", destination="slack", post=post,
                        then=remember, on_error=lambda exc: record_chat_error(
                            connection=connection, what="post approval card", exc=exc, obj=request.action))
    if outcome != DeliveryState.POSTED:
        return None
    return ChatMessage.objects.get(request=request, vendor=ChatVendor.SLACK)


def refresh_slack_card(*, request: ApprovalRequest) -> bool:
    """Redraw the posted card with the request's current state (buttons only while it is open)."""
    message = ChatMessage.objects.filter(request=request, vendor=ChatVendor.SLACK).first()
    if message is None:
        return False
    connection, slack = slack_connector(request.action.ticket.tenant)
    if slack is None or connection is None:
        return False
    view = view_of(request)
    try:
        slack.update_message(channel=message.channel, ts=message.ts, text=slack_text(view),
                             blocks=slack_blocks(view))
    except ConnectorError as exc:
        record_chat_error(connection=connection, what="update approval card", exc=exc, obj=request.action)
        return False
    ChatMessage.objects.filter(pk=message.pk).update(updated_at=timezone.now())
    return True


def post_slack_notice(*, tenant: Tenant, subject: str, text: str, key: str) -> bool:
    """A plain message to the tenant's channel (approval expired, tenant paused ...), once per `key`; False if this
    call did not post it (no connection, refused, or another delivery of the same notice has it)."""
    connection, slack = slack_connector(tenant)
    if slack is None or connection is None:
        return False

    def post() -> str:
        return slack.post_message(text=f"*{slack_escape(subject, 200)}*\n{slack_escape(text, 2500)}")[1]

    return post_once(tenant=tenant, key=key, destination="slack", post=post, on_error=lambda exc: record_chat_error(
        connection=connection, what="post notice", exc=exc)) == DeliveryState.POSTED


def post_slack_direct(*, tenant: Tenant, user: Any, text: str, key: str) -> str:
    """A message to one staff member alone: the bot's direct conversation with their linked Slack account (Slack's
    chat.postMessage to a member id), once per (`key`, user). Returns "sent", "no slack connection", "not linked",
    "failed", "unknown" (the answer was lost: not sent again) or "already" (another delivery has it)."""
    connection, slack = slack_connector(tenant)
    if slack is None or connection is None:
        return "no slack connection"

    def post() -> str:
        identity = (ChatIdentity.objects.filter(user=user, vendor=ChatVendor.SLACK,
                                                workspace__in=[slack.team_id, ""]).order_by("-workspace").first())
        if identity is None:
            raise Undeliverable("not linked")
        return slack.post_message(text=text, channel=identity.external_id)[1]

    outcome = post_once(tenant=tenant, key=key, destination=f"slack:user:{user.pk}", post=post,
                        on_error=lambda exc: record_chat_error(connection=connection, what="post direct message",
                                                               exc=exc))
    return {DeliveryState.POSTED: "sent", DeliveryState.UNDELIVERABLE: "not linked"}.get(outcome, outcome)


def _whisper(connection: Connection, channel: str, user: str, text: str) -> None:
    """Best effort: the HTTP answer already carries the text; a failed ephemeral is only logged."""
    try:
        slack = connector_for(connection)
        slack.post_ephemeral(channel=channel, user=user, text=text)  # type: ignore[attr-defined]
    except ConnectorError as exc:
        log.warning("Slack ephemeral answer failed: %s", exc)


# -- the interactivity endpoint ---------------------------------------------------------------------
def _payload(raw_body: bytes) -> dict[str, Any] | None:
    try:
        form = parse_qs(raw_body.decode("utf-8"), keep_blank_values=True)
        payload = json.loads(form.get("payload", [""])[0])
    except (UnicodeDecodeError, ValueError):
        return None
    return payload if isinstance(payload, dict) else None


def _where(payload: dict[str, Any]) -> tuple[str, str]:
    team = payload.get("team") or {}
    channel = payload.get("channel") or {}
    container = payload.get("container") or {}
    user = payload.get("user") or {}
    team_id = str(team.get("id") or user.get("team_id") or "")
    return team_id, str(channel.get("id") or container.get("channel_id") or "")


def connections_for_channel(team_id: str, channel_id: str) -> list[Connection]:
    """Slack connections naming this workspace and channel (several tenants may share one approvals channel).

    The tenant is decided by these connections and the action, never by words in the payload.
    """
    if not team_id or not channel_id:
        return []
    return list(Connection.objects.select_related("tenant").filter(
        vendor=ChatVendor.SLACK, disabled=False, config__team_id=team_id, config__channel=channel_id))


def signature_problem(*, secret: str, raw_body: bytes, timestamp: str | None, signature: str | None,
                      now: float | None = None) -> str | None:
    """Why Slack's v0 signature does not hold, or None. Compared in constant time by slack_sdk."""
    if not secret:
        return "no signing secret is configured"
    if not timestamp or not signature:
        return "missing signature headers"
    try:
        skew = abs((now if now is not None else time.time()) - int(timestamp))
    except ValueError:
        return "bad timestamp"
    if skew > MAX_SKEW_SECONDS:
        return "timestamp outside the five-minute window"
    if not SignatureVerifier(secret).is_valid(body=raw_body, timestamp=timestamp, signature=signature):
        return "signature mismatch"
    return None


def _button(payload: dict[str, Any]) -> tuple[str, int, int] | None:
    """(approve|reject, action id, version) from the pressed button, or None."""
    if payload.get("type") != "block_actions":
        return None
    pressed = (payload.get("actions") or [{}])[0]
    decision = pressed.get("action_id")
    try:
        action_id, version = (int(x) for x in str(pressed.get("value") or "").split(":"))
    except ValueError:
        return None
    if decision not in (APPROVE, REJECT):
        return None
    return decision, action_id, version


def _reviewer(team_id: str, slack_user: str) -> AbstractBaseUser | None:
    identity = (ChatIdentity.objects.select_related("user")
                .filter(vendor=ChatVendor.SLACK, external_id=slack_user, workspace__in=[team_id, ""])
                .order_by("-workspace").first())
    return identity.user if identity else None


def handle_slack_action(*, raw_body: bytes, headers: dict[str, str], now: float | None = None) -> SlackReply:
    """Verify and carry out one button press (see the module docstring for the order of checks)."""
    payload = _payload(raw_body)
    if payload is None:
        return SlackReply(400, "Malformed interactivity payload.")
    team_id, channel_id = _where(payload)
    verified, problem = [], "unknown workspace or channel"
    for connection in connections_for_channel(team_id, channel_id):
        problem = signature_problem(secret=str(connection.get_credentials().get("signing_secret") or ""),
                                    raw_body=raw_body, now=now,
                                    timestamp=headers.get("x-slack-request-timestamp"),
                                    signature=headers.get("x-slack-signature"))
        if problem is None:
            verified.append(connection)
    if not verified:
        log.warning("Slack request refused: %s", problem)
        return SlackReply(401, "Request not verified.")
    slack_user = str((payload.get("user") or {}).get("id") or "")
    reply = _decide(verified, payload, team_id, slack_user)
    _whisper(verified[0], channel_id, slack_user, reply.text)
    return reply


def _refuse(tenant: Tenant, who: Any, text: str, action: Action | None = None, detail: str = "") -> SlackReply:
    """Slack wants a 200 to show the answer; the refusal itself is audited (it may be someone probing)."""
    record(actor=who, verb="approval.refused", obj=action, tenant=tenant, outcome="refused",
           details={"channel": Channel.SLACK, "reason": detail or text})
    return SlackReply(200, text)


def _decide(connections: list[Connection], payload: dict[str, Any], team_id: str, slack_user: str) -> SlackReply:
    button = _button(payload)
    if button is None:
        return SlackReply(200, "That button is not one Rallied understands.")
    decision, action_id, version = button
    action = Action.objects.select_related("ticket__tenant").filter(pk=action_id).first()
    request = ApprovalRequest.objects.filter(action_id=action_id).first()
    # A signed press from one client's channel never decides another client's action.
    connection = next((c for c in connections if action is not None and c.tenant_id == action.ticket.tenant_id),
                      None)
    user = _reviewer(team_id, slack_user)
    who = user if user is not None else f"slack:{slack_user}"
    if action is None or request is None or connection is None:
        return _refuse(connections[0].tenant, who, "This button does not belong to an approval of this "
                       "channel's client; nothing was recorded.",
                       detail=f"action {action_id} is not an approval of this channel's tenant")
    if user is None:
        return _refuse(connection.tenant, who, "Your Slack account is not linked to a Rallied technician, so "
                       "this decision was not recorded. Ask your service lead to link it.", action=action)
    already = _already_decided(request, user)
    if already:
        return SlackReply(200, already)  # a replay or a second press: nothing changes, nothing is recorded
    try:
        if decision == APPROVE:
            approve_action(actor=user, action_id=action_id, version=version, channel=Channel.SLACK)
        else:
            reject_action(actor=user, action_id=action_id, reason=f"Rejected in Slack by {user.get_username()}",
                          channel=Channel.SLACK)
    except SecondFactorRequired:
        # A button press carries no second factor, and a Slack session is not Rallied's to trust for one: password,
        # MFA and mailbox changes are approved where the factor is proved (the web queue, the API's `otp`).
        return _refuse(connection.tenant, user, "Not recorded: password, MFA and mailbox changes need your second "
                       "factor, which a Slack button cannot carry. Approve it in the review queue.", action=action)
    except ApprovalRefused as exc:
        # approvals/services audited this refusal itself (approval.refused), as it does for every channel.
        return SlackReply(200, f"Not recorded: {exc}")
    request.refresh_from_db()
    return SlackReply(200, _outcome_text(request, decision, action))


def _already_decided(request: ApprovalRequest, user: Any) -> str:
    review = Review.objects.filter(request=request, reviewer=user).first()
    if review is not None:
        return f"You already decided on this action ({review.get_decision_display().lower()}); nothing changed."
    if request.status != RequestStatus.OPEN:
        return f"This approval is already {request.get_status_display().lower()}; nothing changed."
    return ""


def _outcome_text(request: ApprovalRequest, decision: str, action: Action) -> str:
    what = f"{action.kind} for {action.target}"
    if decision == REJECT:
        return f"You rejected {what}. The ticket goes back to a technician."
    if request.status == RequestStatus.APPROVED:
        return f"You approved {what}. It runs now."
    given = request.reviews.filter(action_version=request.action_version).count()
    return f"You approved {what}: {given} of {request.approvals_required} approvals; another technician must approve."
