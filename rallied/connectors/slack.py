"""Slack Web API through the official SDK (slack_sdk): post, update and whisper approval messages.

Config: `team_id` (the workspace) and `channel` (the tenant's approvals channel id); credentials:
`bot_token` (xoxb-...) and `signing_secret` (verifies Slack's calls to /hooks/slack/). The base URL is
the Web API root, `https://slack.com/api/` in production or the sandbox's `/slack/api/`.

slack_sdk makes its own HTTP calls (urllib), as msal and okta do; this class gives it a timeout, turns
every failure into ConnectorError and decides retries itself, by the rule of rallied/http.py: a read or an
idempotent call (chat.update redraws a card to the content given) gets one short wait on a rate limit; a post
(chat.postMessage, chat.postEphemeral) is never sent twice, because a repeat would show the technician the same
card twice. Its rate-limit error is `ambiguous`: the message may have gone out.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from http.client import HTTPException
from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from rallied.connectors.base import Connector, ConnectorError

# Slack error codes worth trying again later; every other code is a configuration or request problem.
TRANSIENT = frozenset({"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"})
MAX_RATE_LIMIT_WAIT = 5.0


class SlackConnector(Connector):
    vendor = "slack"
    required_config = ("team_id", "channel")
    required_credentials = ("bot_token", "signing_secret")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sleep: Callable[[float], None] = time.sleep
        if not self.credentials.get("bot_token"):
            raise ConnectorError("Slack connection needs a bot_token.", vendor=self.vendor, permanent=True,
                                 code="misconfigured")
        # No SDK retry handlers: retries are decided below, where a double post can be avoided.
        self.client = WebClient(token=str(self.credentials["bot_token"]), base_url=self.base_url + "/",
                                timeout=max(1, round(self.timeout)), retry_handlers=[])

    @property
    def channel(self) -> str:
        return str(self.config.get("channel") or "")

    @property
    def team_id(self) -> str:
        return str(self.config.get("team_id") or "")

    @property
    def signing_secret(self) -> str:
        return str(self.credentials.get("signing_secret") or "")

    def _call(self, method: str, *, write: bool, idempotent: bool = False, **kwargs: Any) -> dict[str, Any]:
        repeatable = not write or idempotent
        for attempt in (1, 2):
            try:
                return dict(getattr(self.client, method)(**kwargs).data)
            except SlackApiError as exc:
                error = self._api_error(exc)
                if error.code == "ratelimited" and not repeatable:
                    error.ambiguous = True
                elif error.code == "ratelimited" and attempt == 1 and (error.retry_after or 1) <= MAX_RATE_LIMIT_WAIT:
                    self.sleep(error.retry_after or 1)
                    continue
                raise error from exc
            except (URLError, TimeoutError, ConnectionError, HTTPException, SlackClientError, ValueError) as exc:
                # A timeout or dropped connection after sending may still have posted the message.
                raise ConnectorError(f"Could not reach Slack: {type(exc).__name__}", vendor=self.vendor,
                                     permanent=False, code="connection_error", ambiguous=write) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _api_error(self, exc: SlackApiError) -> ConnectorError:
        response = exc.response
        data = response.data if isinstance(getattr(response, "data", None), dict) else {}
        code = str(data.get("error") or f"http_{response.status_code}")
        retry_after = None
        headers = {k.lower(): v for k, v in (response.headers or {}).items()}
        raw = headers.get("retry-after")
        if isinstance(raw, list):
            raw = raw[0] if raw else None
        if raw is not None:
            try:
                retry_after = float(raw)
            except ValueError:
                retry_after = None
        return ConnectorError(f"Slack refused the call: {code}", vendor=self.vendor,
                              permanent=code not in TRANSIENT and response.status_code < 500,
                              status=response.status_code, code=code, retry_after=retry_after)

    # -- the calls Rallied makes ------------------------------------------------------------------
    def check(self) -> dict[str, Any]:
        """auth.test: is the token good, and which workspace is it for?"""
        return self._call("auth_test", write=False)

    def post_message(self, *, text: str, blocks: list[dict[str, Any]] | None = None,
                     channel: str | None = None) -> tuple[str, str]:
        """Post to the tenant's channel (or `channel`); returns (channel id, message ts) for later updates."""
        data = self._call("chat_postMessage", write=True, channel=channel or self.channel, text=text,
                          blocks=blocks, unfurl_links=False, unfurl_media=False)
        return str(data.get("channel") or channel or self.channel), str(data["ts"])

    def update_message(self, *, channel: str, ts: str, text: str, blocks: list[dict[str, Any]]) -> None:
        self._call("chat_update", write=True, idempotent=True, channel=channel, ts=ts, text=text, blocks=blocks)

    def post_ephemeral(self, *, user: str, text: str, channel: str | None = None) -> None:
        """A message only `user` sees, in the channel; used to answer a button press privately."""
        self._call("chat_postEphemeral", write=True, channel=channel or self.channel, user=user, text=text)
