"""Chat test helpers: a group-add waiting for approval, signed Slack button presses, sandbox chat readers."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode

from django.test import Client

from approvals.models import ApprovalRequest
from playbooks.models import Action
from sandbox.vendors import slack as slack_sandbox
from tests.helpers import committed, post_ticket, ticket_payload
from tickets.models import Ticket

GROUP_BODY = "Hi, please add me to the \"Finance-Readers\" group so I can read the reports. Thanks, Adele"


def waiting_group_add(api: Any, external_id: str = "chat-1", requester: str = "adele.vance@contoso.example",
                      name: str = "Adele Vance", body: str = GROUP_BODY,
                      subject: str = "Access to Finance-Readers group") -> Action:
    """Through the real pipeline: an add_to_group action waiting for a technician (its cards posted)."""
    with committed():
        response = post_ticket(api, ticket_payload(external_id, requester, name=name, subject=subject, body=body))
    assert response.status_code == 201, response.content
    ticket = Ticket.objects.get(pk=response.json()["id"])
    assert ticket.status == "awaiting_approval", (ticket.status, ticket.escalation_reason)
    action = Action.objects.get(ticket=ticket)
    assert action.status == "awaiting_approval" and ApprovalRequest.objects.filter(action=action).exists()
    return action


def sign(body: bytes, timestamp: int, secret: str | None = None) -> str:
    """Slack's v0 signature, computed independently of the code under test."""
    base = b"v0:" + str(timestamp).encode() + b":" + body
    return "v0=" + hmac.new((secret or slack_sandbox.signing_secret()).encode(), base, hashlib.sha256).hexdigest()


def button_payload(action: Action, decision: str, user: str, *, slug: str = "contoso",
                   version: int | None = None, team: str = slack_sandbox.TEAM_ID) -> dict[str, Any]:
    """What Slack sends when `user` presses Approve/Reject on the card of `action` in `slug`'s channel."""
    channel = slack_sandbox.channel_id(slug)
    value = f"{action.pk}:{version if version is not None else action.version}"
    return {
        "type": "block_actions",
        "user": {"id": user, "username": "someone", "team_id": team},
        "team": {"id": team, "domain": "harbor-it"},
        "channel": {"id": channel, "name": f"rallied-{slug}"},
        "container": {"type": "message", "channel_id": channel, "message_ts": "1.000001"},
        "trigger_id": "123.456.abc",
        "response_url": "https://hooks.slack.com/actions/T0/1/xyz",
        "actions": [{"type": "button", "action_id": decision, "block_id": f"rallied:approval:{action.pk}",
                     "value": value, "action_ts": str(time.time())}],
    }


def slack_body(payload: dict[str, Any]) -> bytes:
    return urlencode({"payload": json.dumps(payload)}).encode()


def press(payload: dict[str, Any] | bytes, *, timestamp: int | None = None, secret: str | None = None,
          signature: str | None = None, client: Client | None = None):
    """POST a (signed) interactivity request to /hooks/slack/ the way Slack does, and run the work it commits."""
    body = payload if isinstance(payload, bytes) else slack_body(payload)
    ts = int(time.time()) if timestamp is None else timestamp
    headers = {"HTTP_X_SLACK_REQUEST_TIMESTAMP": str(ts),
               "HTTP_X_SLACK_SIGNATURE": sign(body, ts, secret) if signature is None else signature}
    with committed():
        return (client or Client()).post("/hooks/slack/", data=body,
                                         content_type="application/x-www-form-urlencoded", **headers)


def member(username: str) -> str:
    return slack_sandbox.member_id(username)


def channel(sandbox: Any, slug: str = "contoso") -> dict[str, Any]:
    return sandbox.sandbox.state()["slack"]["channels"][slack_sandbox.channel_id(slug)]


def card_messages(sandbox: Any, slug: str = "contoso") -> list[dict[str, Any]]:
    """Messages in the channel that carry an approval card (a header block)."""
    return [m for m in channel(sandbox, slug)["messages"] if any(b["type"] == "header" for b in m["blocks"])]


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"]]


def context_text(message: dict[str, Any]) -> str:
    return " ".join(e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"])


def teams_posts(sandbox: Any, slug: str = "contoso") -> list[dict[str, Any]]:
    return sandbox.sandbox.vendor("teams").posts(slug)


def link_urls(card: dict[str, Any]) -> list[str]:
    return [a["url"] for a in card.get("actions", []) if a["type"] == "Action.OpenUrl"]


def link_path(url: str) -> str:
    """The path of an approval link (the card carries the public URL)."""
    return "/" + url.split("://", 1)[1].split("/", 1)[1]
