"""The Graph plumbing every Entra capability shares: tokens, one call, paging and path keys.

Graph and Exchange calls go through `rallied.http.send`, which owns Retry-After, backoff and the
"a failed write may have landed" rule. Secrets (client secret, temporary passwords, TAPs) are never
logged nor put in an error message.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import requests

from rallied import http
from rallied.connectors.base import ConnectorError, DirectoryUser, IdentityConnector
from rallied.connectors.entra.auth import GRAPH_SCOPE, PERMANENT_TOKEN_ERRORS, msal_app


class GraphClient(IdentityConnector):
    """Base of the Entra connector (no `vendor` here: only the full connector is registered)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sleep: Callable[[float], None] = time.sleep  # tests replace it to observe Retry-After waits
        self.tenant_id = str(self.config.get("tenant_id") or "")
        self.client_id = str(self.config.get("client_id") or "")
        if not self.tenant_id or not self.client_id or not self.credentials.get("client_secret"):
            raise self.fail("Entra connection needs tenant_id, client_id and client_secret.", "misconfigured")

    def fail(
        self, message: str, code: str, *, permanent: bool = True, status: int | None = None
    ) -> ConnectorError:
        return ConnectorError(message, vendor=self.vendor, permanent=permanent, status=status, code=code)

    def token(self, scope: str = GRAPH_SCOPE) -> str:
        app = msal_app(
            tenant_id=self.tenant_id,
            client_id=self.client_id,
            secret=str(self.credentials["client_secret"]),
            authority_url=self.config.get("authority_url"),
            timeout=self.timeout,
        )
        try:
            result = app.acquire_token_for_client(scopes=[scope])
        except (requests.RequestException, ValueError) as exc:
            raise self.fail(
                f"Could not get a token from Entra: {type(exc).__name__}",
                "token_unavailable",
                permanent=False,
            ) from exc
        if "access_token" not in result:
            error = str(result.get("error") or "token_error")
            description = str(result.get("error_description") or error).split(" Trace ID:")[0]
            raise self.fail(
                description,
                error,
                permanent=error in PERMANENT_TOKEN_ERRORS,
                status=401 if error == "invalid_client" else None,
            )
        return str(result["access_token"])

    def call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        url: str | None = None,
        ok: tuple[int, ...] = (),
    ) -> requests.Response:
        return http.send(
            method,
            url or f"{self.base_url}{path}",
            vendor=self.vendor,
            headers={"Authorization": f"Bearer {self.token()}", "Accept": "application/json"},
            params=params,
            json=json,
            timeout=self.timeout,
            ok_statuses=ok,
            sleep=self.sleep,
        )

    def get_json(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.call("GET", path, params=params).json()

    def read_batch(self, reads: dict[str, tuple[str, dict[str, Any] | None]]) -> dict[str, http.BatchAnswer]:
        """Several reads (id -> path, query) in one `POST /$batch`; each answer as Graph gave it (rallied/http.py
        retries the throttled ones). The caller judges each: `batch_json` below."""
        relative = {key: path + (f"?{urlencode(params, quote_via=quote, safe='$,')}" if params else "")
                    for key, (path, params) in reads.items()}
        return http.send_batch(
            f"{self.base_url}/$batch", relative, vendor=self.vendor, timeout=self.timeout, sleep=self.sleep,
            headers={"Authorization": f"Bearer {self.token()}", "Accept": "application/json"},
        )

    def batch_json(self, answer: http.BatchAnswer, *, absent: tuple[int, ...] = ()) -> dict[str, Any] | None:
        """An item's body; None when its status is one of `absent` (a user with no manager: 404); else its error."""
        if answer.ok:
            return answer.body if isinstance(answer.body, dict) else {}
        if answer.status in absent:
            return None
        raise answer.error(self.vendor)

    def pages(self, path: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a collection, following @odata.nextLink only while it stays on Graph's host."""
        return self.following(self.get_json(path, params))

    def following(self, data: dict[str, Any]) -> Iterator[dict[str, Any]]:
        """The items of a collection's first page `data` and of every page after it (@odata.nextLink), the links
        followed only while they stay on Graph's host."""
        own_host = urlsplit(self.base_url).netloc
        while True:
            yield from data.get("value", [])
            next_link = data.get("@odata.nextLink")
            if not next_link:
                return
            if urlsplit(next_link).netloc != own_host:
                raise self.fail("Graph paging link points to another host.", "foreign_next_link")
            data = self.call("GET", "", url=next_link).json()

    def _optional(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any] | None:
        try:
            return self.get_json(path, params)
        except ConnectorError as exc:
            if exc.status == 404:
                return None
            raise

    @staticmethod
    def key(identifier: str) -> str:
        """A user id or UPN as a path segment ('#' of guest UPNs encoded; '$'-UPNs in the quoted form)."""
        if identifier.startswith("$"):
            return "('" + quote(identifier.replace("'", "''"), safe="@$") + "')"
        return quote(identifier, safe="@")

    def ref(self, user: DirectoryUser | str) -> str:
        return self.key(user.id if isinstance(user, DirectoryUser) else user)

    def object_id(self, user: DirectoryUser | str) -> str:
        if isinstance(user, DirectoryUser):
            return user.id
        return str(self.get_json(f"/users/{self.key(user)}", {"$select": "id"})["id"])

    @staticmethod
    def odata_literal(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"
