"""The Slack Web API in the sandbox: auth.test, chat.postMessage, chat.update and chat.postEphemeral.

chat.postMessage to a member id (U...) posts in the bot's direct conversation with that member, as Slack does
(its id starts with D); those conversations are kept under `dms`, by member id.

One workspace stands for the MSP's own Slack: the demo staff are its members, and each directory tenant
has an approvals channel. Like Slack, every method answers HTTP 200 with `{"ok": false, "error": ...}`
on failure (only rate limits and outages use other statuses), reads arguments from a JSON body, a form
body or the query string, and takes the bot token as `Authorization: Bearer xoxb-...` (or a `token`
argument). Messages are kept per channel so tests can read what a technician would see.

The interactivity side (Slack calling Rallied when a button is pressed) is not simulated here: the
tests sign the payload themselves with `signing_secret()`, exactly as Slack would.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import time
from typing import Any
from urllib.parse import parse_qs

from sandbox.core import Request, Response, Vendor

TEAM_ID = "T0HARBOR01"
TEAM_NAME = "Harbor IT Services"
BOT_USER_ID = "U0RALLIEDBOT"


def _digest(label: str, n: int) -> str:
    return hashlib.sha256(f"rallied-sandbox:slack:{label}".encode()).hexdigest()[:n]


def bot_token() -> str:
    return "xoxb-sandbox-" + _digest("bot-token", 24)


def signing_secret() -> str:
    """The Slack app's signing secret: tests sign interactivity payloads with it."""
    return _digest("signing-secret", 32)


def channel_id(tenant_slug: str) -> str:
    return "C" + _digest(f"channel:{tenant_slug}", 10).upper()


def member_id(username: str) -> str:
    """The Slack user id of an MSP staff member of the demo directory."""
    return "U" + _digest(f"member:{username}", 10).upper()


class Slack(Vendor):
    prefix = "slack"

    def reset(self, directory: dict[str, Any]) -> None:
        staff = directory.get("msp", {}).get("staff", [])
        self.members = {
            member_id(p["username"]): {"id": member_id(p["username"]), "name": p["username"],
                                       "email": p.get("email", ""), "tenants": p.get("tenants", [])}
            for p in staff
        }
        self.channels: dict[str, dict[str, Any]] = {}
        for tenant in directory.get("tenants", []):
            cid = channel_id(tenant["slug"])
            members = [m["id"] for m in self.members.values() if tenant["slug"] in m["tenants"]]
            self.channels[cid] = {"id": cid, "name": f"rallied-{tenant['slug']}", "tenant": tenant["slug"],
                                  "members": [BOT_USER_ID, *members], "messages": [], "ephemeral": []}
        self.dms: dict[str, dict[str, Any]] = {}
        self._seq = itertools.count(1)

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        return {
            "vendor": "slack",
            "base_url": f"{sandbox_url}/slack/api/",
            "config": {"team_id": TEAM_ID, "channel": channel_id(tenant["slug"])},
            "credentials": {"bot_token": bot_token(), "signing_secret": signing_secret()},
        }

    def routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("POST", r"/api/auth\.test", self.auth_test),
            ("POST", r"/api/chat\.postMessage", self.post_message),
            ("POST", r"/api/chat\.update", self.update),
            ("POST", r"/api/chat\.postEphemeral", self.post_ephemeral),
        ]

    def dump(self) -> dict[str, Any]:
        return {"team_id": TEAM_ID, "members": list(self.members.values()), "channels": self.channels,
                "dms": self.dms}

    def error(self, status: int, code: str, message: str) -> Response:
        # Slack's envelope has no message, only a code; injected 429s say "ratelimited" as Slack does.
        slack_code = {429: "ratelimited", 404: "unknown_method", 405: "unknown_method"}.get(status)
        if slack_code is None:
            slack_code = "internal_error" if status >= 500 else code
        return Response(status, {"ok": False, "error": slack_code})

    @staticmethod
    def fail(code: str) -> Response:
        return Response(200, {"ok": False, "error": code})

    # -- arguments and auth -----------------------------------------------------------------------
    @staticmethod
    def args(req: Request) -> dict[str, Any]:
        values: dict[str, Any] = {k: v[0] for k, v in req.query.items()}
        ctype = (req.header("content-type") or "").lower()
        if req.body and "json" in ctype:
            body = req.json()
            if isinstance(body, dict):
                values.update(body)
        elif req.body:
            values.update({k: v[0] for k, v in parse_qs(req.body.decode("utf-8"), keep_blank_values=True).items()})
        # Form bodies carry blocks as a JSON string.
        if isinstance(values.get("blocks"), str):
            try:
                values["blocks"] = json.loads(values["blocks"])
            except ValueError:
                values["blocks"] = "invalid"
        return values

    def authenticate(self, req: Request) -> Response | None:
        header = req.header("authorization") or ""
        token = header[7:].strip() if header.lower().startswith("bearer ") else ""
        if not token:
            token = str(self.args(req).get("token") or "")
        if not token:
            return self.fail("not_authed")
        if token != bot_token():
            return self.fail("invalid_auth")
        return None

    def _next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._seq):06d}"

    def _channel(self, args: dict[str, Any]) -> dict[str, Any] | None:
        wanted = str(args.get("channel") or "")
        return self.channels.get(wanted) or next((d for d in self.dms.values() if d["id"] == wanted), None)

    def _direct(self, member: str) -> dict[str, Any] | None:
        """The bot's direct conversation with a workspace member, opened on first use."""
        if member not in self.members:
            return None
        if member not in self.dms:
            self.dms[member] = {"id": "D" + _digest(f"dm:{member}", 10).upper(), "user": member, "messages": []}
        return self.dms[member]

    @staticmethod
    def _content_problem(args: dict[str, Any]) -> str | None:
        blocks = args.get("blocks")
        if blocks == "invalid" or (blocks is not None and not isinstance(blocks, list)):
            return "invalid_blocks"
        if not args.get("text") and not blocks:
            return "no_text"
        return None

    # -- methods ----------------------------------------------------------------------------------
    def auth_test(self, req: Request) -> Response:
        return Response(200, {"ok": True, "url": "https://harbor-it.slack.com/", "team": TEAM_NAME,
                              "user": "rallied", "team_id": TEAM_ID, "user_id": BOT_USER_ID,
                              "bot_id": "B0RALLIED", "is_enterprise_install": False})

    def post_message(self, req: Request) -> Response:
        args = self.args(req)
        channel = self._channel(args) or self._direct(str(args.get("channel") or ""))
        if channel is None:
            return self.fail("channel_not_found")
        problem = self._content_problem(args)
        if problem:
            return self.fail(problem)
        message = {"type": "message", "user": BOT_USER_ID, "bot_id": "B0RALLIED", "ts": self._next_ts(),
                   "text": str(args.get("text") or ""), "blocks": args.get("blocks") or []}
        channel["messages"].append(message)
        return Response(200, {"ok": True, "channel": channel["id"], "ts": message["ts"], "message": message})

    def update(self, req: Request) -> Response:
        args = self.args(req)
        channel = self._channel(args)
        if channel is None:
            return self.fail("channel_not_found")
        message = next((m for m in channel["messages"] if m["ts"] == str(args.get("ts") or "")), None)
        if message is None:
            return self.fail("message_not_found")
        problem = self._content_problem(args)
        if problem:
            return self.fail(problem)
        if message["user"] != BOT_USER_ID:
            return self.fail("cant_update_message")
        message["text"] = str(args.get("text") or "")
        if "blocks" in args:
            message["blocks"] = args.get("blocks") or []
        message["edited"] = {"user": BOT_USER_ID, "ts": self._next_ts()}
        return Response(200, {"ok": True, "channel": channel["id"], "ts": message["ts"],
                              "text": message["text"], "message": message})

    def post_ephemeral(self, req: Request) -> Response:
        args = self.args(req)
        channel = self.channels.get(str(args.get("channel") or ""))  # a channel's members only, never a DM
        if channel is None:
            return self.fail("channel_not_found")
        user = str(args.get("user") or "")
        if user not in channel["members"]:
            return self.fail("user_not_in_channel")
        problem = self._content_problem(args)
        if problem:
            return self.fail(problem)
        ts = self._next_ts()
        channel["ephemeral"].append({"user": user, "ts": ts, "text": str(args.get("text") or ""),
                                     "blocks": args.get("blocks") or []})
        return Response(200, {"ok": True, "message_ts": ts})
