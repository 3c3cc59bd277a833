"""Duo Auth API v2 in the sandbox: check, preauth and a synchronous push.

Requests are signed the Duo way: HTTP Basic with the integration key as user and, as password, the
hex HMAC-SHA1 (secret key) of the canonical request "date, METHOD, host, path, sorted params".
Each directory tenant with `"verification": "duo"` is one Auth API application; its users answer a
push as their `push_response` says (approve by default, deny, timeout).
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
import os
import time
from typing import Any
from urllib.parse import parse_qs, quote

from sandbox.core import Request, Response, Vendor

MAX_SKEW = 300  # seconds between the request's Date and ours that Duo tolerates


def integration_key(slug: str) -> str:
    return "DI" + hashlib.sha256(f"rallied-sandbox:duo-ikey:{slug}".encode()).hexdigest()[:18].upper()


def secret_key(slug: str) -> str:
    return hashlib.sha256(f"rallied-sandbox:duo-skey:{slug}".encode()).hexdigest()[:40]


def canonical(date: str, method: str, host: str, path: str, params: dict[str, list[str]]) -> str:
    """Duo's v2 canonical request (the connector builds the same string independently)."""
    pairs = sorted((k, v) for k, values in params.items() for v in values)
    encoded = "&".join(f"{quote(k, safe='~')}={quote(v, safe='~')}" for k, v in pairs)
    return "\n".join([date, method.upper(), host.lower(), path, encoded])


def signature(skey: str, canon: str) -> str:
    return hmac.new(skey.encode(), canon.encode(), hashlib.sha1).hexdigest()


class Duo(Vendor):
    prefix = "duo"
    # How long a "timeout" user leaves the push unanswered; real Duo waits about 60 s.
    push_wait = float(os.environ.get("RALLIED_SANDBOX_DUO_TIMEOUT", "0.2"))

    def reset(self, directory: dict[str, Any]) -> None:
        # ikey -> {"slug", "skey", "users": {username: {"upn", "push_response", "enabled"}}}
        self.apps: dict[str, dict[str, Any]] = {}
        self.pushes: list[dict[str, Any]] = []
        for tenant in directory.get("tenants", []):
            if tenant.get("verification") != "duo":
                continue
            users = {}
            for user in tenant.get("users", []):
                record = {
                    "upn": user["upn"],
                    "push_response": user.get("push_response", "approve"),
                    "enabled": (user.get("state") or {}).get("enabled", True),
                }
                users[user["upn"].lower()] = record
                users.setdefault(
                    user["upn"].split("@")[0].lower(), record
                )  # Duo usernames are often local parts
            self.apps[integration_key(tenant["slug"])] = {
                "slug": tenant["slug"],
                "skey": secret_key(tenant["slug"]),
                "users": users,
            }

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        if tenant.get("verification") != "duo":
            return None
        return {
            "vendor": "duo",
            "base_url": f"{sandbox_url}/duo",
            "config": {"integration_key": integration_key(tenant["slug"])},
            "credentials": {"secret_key": secret_key(tenant["slug"])},
        }

    def routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("GET", r"/auth/v2/ping", self.ping),
            ("GET", r"/auth/v2/check", self.check),
            ("POST", r"/auth/v2/preauth", self.preauth),
            ("POST", r"/auth/v2/auth", self.auth),
        ]

    def dump(self) -> dict[str, Any]:
        return {"pushes": self.pushes}

    def error(self, status: int, code: str, message: str) -> Response:
        numeric = {401: 40101, 429: 42901, 404: 40401, 405: 40501}.get(status, status * 100 + 1)
        return Response(status, {"stat": "FAIL", "code": numeric, "message": message})

    @staticmethod
    def ok(response: dict[str, Any]) -> Response:
        return Response(200, {"stat": "OK", "response": response})

    # -- signature check --------------------------------------------------------------------------
    def authenticate(self, req: Request) -> Response | None:
        if req.path == "/auth/v2/ping":
            return None
        header = req.header("authorization") or ""
        try:
            ikey, _, sig = base64.b64decode(header[6:]).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            ikey, sig = "", ""
        if not header.startswith("Basic ") or not ikey:
            return Response(401, {"stat": "FAIL", "code": 40101, "message": "Missing request credentials"})
        app = self.apps.get(ikey)
        if app is None:
            return Response(
                401,
                {"stat": "FAIL", "code": 40102, "message": "Invalid integration key in request credentials"},
            )
        date = req.header("date") or req.header("x-duo-date") or ""
        try:
            skew = abs(time.time() - email.utils.parsedate_to_datetime(date).timestamp())
        except (TypeError, ValueError):
            skew = MAX_SKEW + 1
        if skew > MAX_SKEW:
            return Response(401, {"stat": "FAIL", "code": 40105, "message": "Request has expired"})
        params = req.query if req.method == "GET" else parse_qs(req.body.decode(), keep_blank_values=True)
        canon = canonical(date, req.method, req.header("host") or "", f"/{self.prefix}{req.path}", params)
        if not hmac.compare_digest(signature(app["skey"], canon), sig):
            return Response(
                401, {"stat": "FAIL", "code": 40103, "message": "Invalid signature in request credentials"}
            )
        return None

    def app_of(self, req: Request) -> dict[str, Any]:
        ikey = base64.b64decode((req.header("authorization") or "")[6:]).decode().partition(":")[0]
        return self.apps[ikey]

    # -- handlers ---------------------------------------------------------------------------------
    def ping(self, req: Request) -> Response:
        return self.ok({"time": int(time.time())})

    def check(self, req: Request) -> Response:
        return self.ok({"time": int(time.time())})

    def _user(self, req: Request) -> tuple[dict[str, Any] | None, dict[str, str]]:
        form = req.form()
        return self.app_of(req)["users"].get(form.get("username", "").lower()), form

    def preauth(self, req: Request) -> Response:
        user, form = self._user(req)
        if not form.get("username"):
            return Response(
                400,
                {
                    "stat": "FAIL",
                    "code": 40002,
                    "message": "Missing required request parameters",
                    "message_detail": "username",
                },
            )
        if user is None:
            return self.ok({"result": "enroll", "status_msg": "Enroll an authentication device to proceed"})
        if not user["enabled"]:
            return self.ok({"result": "deny", "status_msg": "Your account is disabled."})
        device = {
            "device": "DPSANDBOX0001",
            "type": "phone",
            "number": "XXX-XXX-0000",
            "name": "iPhone",
            "capabilities": ["auto", "push", "sms"],
        }
        return self.ok({"result": "auth", "status_msg": "Account is active", "devices": [device]})

    def auth(self, req: Request) -> Response:
        user, form = self._user(req)
        if not form.get("username") or not form.get("factor"):
            return Response(
                400, {"stat": "FAIL", "code": 40002, "message": "Missing required request parameters"}
            )
        if form["factor"] not in ("push", "auto"):
            return Response(
                400,
                {
                    "stat": "FAIL",
                    "code": 40002,
                    "message": "Invalid request parameters",
                    "message_detail": "factor",
                },
            )
        if user is None or not user["enabled"]:
            return self.ok({"result": "deny", "status": "deny", "status_msg": "Login request denied."})
        answer = user["push_response"]
        if answer == "timeout":
            # Released from the vendor lock while "waiting for the phone", so other requests go on.
            self.lock.release()
            try:
                time.sleep(self.push_wait)
            finally:
                self.lock.acquire()
        result = {
            "approve": ("allow", "allow", "Success. Logging you in..."),
            "deny": ("deny", "deny", "Login request denied."),
        }.get(answer, ("deny", "timeout", "Login timed out."))
        self.pushes.append(
            {
                "user": user["upn"],
                "type": form.get("type"),
                "pushinfo": form.get("pushinfo"),
                "result": result[0],
                "status": result[1],
                "at": time.time(),
            }
        )
        return self.ok({"result": result[0], "status": result[1], "status_msg": result[2]})
