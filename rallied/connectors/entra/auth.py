"""App-only tokens for Graph and Exchange through msal's client-credentials flow.

One long-lived `ConfidentialClientApplication` per app registration, so its in-memory token cache is
reused across connector instances (a connector is built per action). When the connection's authority
is not Microsoft's (the sandbox), msal keeps the real authority form - it only accepts https - and an
`http_client` session rewrites its requests to the configured authority.
"""

from __future__ import annotations

import hashlib
import threading
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import msal
import requests
from requests.adapters import HTTPAdapter

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
GRAPH_SCOPE = "https://graph.microsoft.com/.default"
EXCHANGE_SCOPE = "https://outlook.office365.com/.default"
PERMANENT_TOKEN_ERRORS = frozenset(
    {
        "invalid_client",
        "unauthorized_client",
        "invalid_tenant",
        "invalid_scope",
        "invalid_request",
        "unsupported_grant_type",
    }
)

_apps: dict[tuple[str, str, str, str], msal.ConfidentialClientApplication] = {}
_apps_lock = threading.Lock()


class _RedirectAdapter(HTTPAdapter):
    """Sends msal's https://login.microsoftonline.com/... requests to another authority base URL."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = urlsplit(target.rstrip("/"))

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        original = urlsplit(request.url or "")
        request.url = urlunsplit(
            (self.target.scheme, self.target.netloc, self.target.path + original.path, original.query, "")
        )
        return super().send(request, **kwargs)


def msal_app(
    *, tenant_id: str, client_id: str, secret: str, authority_url: str | None, timeout: float
) -> msal.ConfidentialClientApplication:
    """The process-wide msal app for this app registration (its token cache lives as long as it)."""
    authority_url = (authority_url or MICROSOFT_AUTHORITY).rstrip("/")
    # The secret's digest is in the key so a rotated secret gets a fresh app, never a stale token.
    key = (authority_url, tenant_id, client_id, hashlib.sha256(secret.encode()).hexdigest())
    with _apps_lock:
        app = _apps.get(key)
        if app is None:
            options: dict[str, Any] = {}
            if authority_url != MICROSOFT_AUTHORITY:
                session = requests.Session()
                session.trust_env = False
                session.mount(f"{MICROSOFT_AUTHORITY}/", _RedirectAdapter(authority_url))
                options = {"http_client": session, "instance_discovery": False}
            app = msal.ConfidentialClientApplication(
                client_id,
                client_credential=secret,
                authority=f"{MICROSOFT_AUTHORITY}/{tenant_id}",
                timeout=timeout,
                **options,
            )
            _apps[key] = app
        return app


def forget_msal_apps() -> None:
    """Drop every cached msal app (tests that fake token-endpoint errors start clean)."""
    with _apps_lock:
        _apps.clear()
