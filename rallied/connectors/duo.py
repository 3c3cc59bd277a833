"""Duo Auth API v2: an out-of-band push to verify a requester.

Config: `integration_key`; credentials: `secret_key`. Every request is signed (HMAC-SHA1 over the
canonical request, Duo's v2 scheme). The push is a synchronous `/auth/v2/auth` call: Duo answers when
the user approves, denies, or the push times out, so the read timeout must outlast Duo's wait.
"""

from __future__ import annotations

import base64
import email.utils
import hashlib
import hmac
import time
from collections.abc import Callable
from typing import Any, Literal
from urllib.parse import quote, urlencode, urlsplit

import requests

from rallied import http
from rallied.connectors.base import Connector, ConnectorError

PushResult = Literal["allow", "deny", "timeout"]


def _canonical(date: str, method: str, host: str, path: str, params: dict[str, str]) -> str:
    encoded = "&".join(f"{quote(k, safe='~')}={quote(v, safe='~')}" for k, v in sorted(params.items()))
    return "\n".join([date, method.upper(), host.lower(), path, encoded])


def _duo_errors(response: requests.Response) -> tuple[str | None, str]:
    try:
        data = response.json()
    except ValueError:
        return None, response.text[:300]
    detail = f" ({data['message_detail']})" if data.get("message_detail") else ""
    return str(data.get("code") or "") or None, f"{data.get('message', '')}{detail}"


class DuoConnector(Connector):
    vendor = "duo"
    required_config = ("integration_key",)
    required_credentials = ("secret_key",)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sleep: Callable[[float], None] = time.sleep
        if not self.config.get("integration_key") or not self.credentials.get("secret_key"):
            raise ConnectorError(
                "Duo connection needs integration_key and secret_key.",
                vendor=self.vendor,
                permanent=True,
                code="misconfigured",
            )

    def call(
        self, method: str, path: str, params: dict[str, str], *, timeout: float | None = None
    ) -> dict[str, Any]:
        url = urlsplit(self.base_url)
        full_path = url.path.rstrip("/") + path
        date = email.utils.formatdate()
        canon = _canonical(date, method, url.netloc, full_path, params)
        sig = hmac.new(str(self.credentials["secret_key"]).encode(), canon.encode(), hashlib.sha1).hexdigest()
        auth = base64.b64encode(f"{self.config['integration_key']}:{sig}".encode()).decode()
        headers = {"Date": date, "Authorization": f"Basic {auth}"}
        encoded = urlencode(sorted(params.items()), quote_via=quote, safe="~")
        if method == "GET":
            response = http.send(
                "GET",
                f"{self.base_url}{path}?{encoded}" if encoded else f"{self.base_url}{path}",
                vendor=self.vendor,
                headers=headers,
                timeout=timeout or self.timeout,
                error_parser=_duo_errors,
                sleep=self.sleep,
            )
        else:
            # The body is sent exactly as it was signed.
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            response = http.send(
                method,
                f"{self.base_url}{path}",
                vendor=self.vendor,
                headers=headers,
                data=encoded,
                timeout=timeout or self.timeout,
                error_parser=_duo_errors,
                sleep=self.sleep,
            )
        data = response.json()
        if data.get("stat") != "OK":
            raise ConnectorError(
                str(data.get("message") or "Duo refused the request"),
                vendor=self.vendor,
                permanent=True,
                code=str(data.get("code") or ""),
            )
        return data["response"]

    def check(self) -> bool:
        """Are the keys right? (A signed no-op.)"""
        self.call("GET", "/auth/v2/check", {})
        return True

    def push(self, username: str, *, display_text: str) -> PushResult:
        """Send a push and wait for the answer: "allow", "deny" or "timeout"."""
        params = {
            "username": username,
            "factor": "push",
            "device": "auto",
            "type": "Rallied verification",
            "pushinfo": urlencode({"request": display_text[:200]}),
        }
        # Duo holds the request until the user answers (about a minute at most).
        answer = self.call(
            "POST", "/auth/v2/auth", params, timeout=float(self.config.get("push_timeout", 75))
        )
        if answer.get("result") == "allow":
            return "allow"
        return "timeout" if answer.get("status") == "timeout" else "deny"
