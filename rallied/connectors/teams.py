"""Microsoft Teams through a Workflows (Power Automate) webhook: post an Adaptive Card to a channel.

Credentials: `webhook_url`, the flow's trigger URL. Its `sig=` query parameter is the only thing that
authorises a post, so the whole URL is kept encrypted with the credentials; `base_url` is the same URL
without the query, safe to show in the admin. Webhooks are one-way: cards can only open links.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from rallied import http
from rallied.connectors.base import Connector, ConnectorError

CARD_TYPE = "application/vnd.microsoft.card.adaptive"
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"


def adaptive_card(body: list[dict[str, Any]], actions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """An Adaptive Card 1.4 (the version Teams renders everywhere) from body elements and actions."""
    card: dict[str, Any] = {"$schema": CARD_SCHEMA, "type": "AdaptiveCard", "version": "1.4", "body": body}
    if actions:
        card["actions"] = actions
    return card


class TeamsConnector(Connector):
    vendor = "teams"
    required_credentials = ("webhook_url",)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sleep: Callable[[float], None] = time.sleep
        self.webhook_url = str(self.credentials.get("webhook_url") or "")
        if not self.webhook_url.startswith(("https://", "http://")):
            raise ConnectorError("Teams connection needs the workflow's webhook_url.", vendor=self.vendor,
                                 permanent=True, code="misconfigured")

    def post_card(self, card: dict[str, Any]) -> None:
        """Post one Adaptive Card; the flow answers 202 (accepted) or 200."""
        envelope = {"type": "message",
                    "attachments": [{"contentType": CARD_TYPE, "contentUrl": None, "content": card}]}
        # The URL's signature must never reach a log line: http.send names the vendor, not the URL.
        http.send("POST", self.webhook_url, vendor=self.vendor, json=envelope, timeout=self.timeout,
                  sleep=self.sleep)

    def post_text(self, *, title: str, text: str) -> None:
        """A plain notice as a minimal card (Workflows only accept cards)."""
        self.post_card(adaptive_card([
            {"type": "TextBlock", "text": title, "weight": "Bolder", "size": "Medium", "wrap": True},
            {"type": "TextBlock", "text": text, "wrap": True},
        ]))
