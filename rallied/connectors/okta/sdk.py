"""Driving the official `okta` SDK (async, aiohttp) from synchronous workers.

Three things the SDK does not do the way a worker needs, handled here:
- It is async. Workers are sync and may or may not already run an event loop, so every operation
  runs with `asyncio.run` in a short-lived thread of its own, with a fresh client: an aiohttp
  session is never shared across loops.
- It reads `OKTA_*` environment variables and `okta.yaml` files, which would let a stray file or
  variable redirect a tenant's calls. The client is built from the Connection alone; the one
  testing switch (`testing.testingDisableHttpsCheck`) is set only for a loopback
  `http://` org, i.e. the sandbox.
- Its 429 back-off sleeps `X-Rate-Limit-Reset - Date + 1` with no cap (a worker could block for an
  hour) and it repeats 503/504 writes blindly. So the SDK's own retries are off (`maxRetries: 0`)
  and `_call` applies the same rules as `rallied.http`: a read is retried on 429, 5xx, dropped
  connections and timeouts, with a capped wait; a write is never sent twice, whatever Okta answered
  (a 429 or 503 can follow a write that was applied), and its error is `ambiguous` for the reconciler.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import ipaddress
import logging
import os
import threading
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar
from unittest import mock
from urllib.parse import urlsplit

import okta
import okta.client
from okta.client import Client as OktaClient
from okta.config.config_setter import ConfigSetter
from okta.errors.http_error import HTTPError
from okta.errors.okta_api_error import OktaAPIError

from rallied.connectors.base import ConnectorError, IdentityConnector

log = logging.getLogger("rallied.connectors.okta")
T = TypeVar("T")
_SDK_DIR = os.path.dirname(okta.__file__)
_CONFIG_LOCK = threading.Lock()  # the ConfigSetter swap below is process-wide for its few microseconds


def _is_loopback_http(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme != "http":
        return False
    try:
        return parts.hostname == "localhost" or ipaddress.ip_address(parts.hostname or "").is_loopback
    except ValueError:
        return False


def _raised_in_sdk(exc: BaseException) -> bool:
    """Whether the innermost frame of `exc` is in the okta package (its generated API code)."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and tb.tb_frame.f_code.co_filename.startswith(_SDK_DIR)


class _ConnectionOnlyConfig(ConfigSetter):
    """The SDK's defaults and nothing else: no OKTA_* variables, no ~/.okta/okta.yaml, no ./okta.yaml."""

    allow_http = False

    def _update_config(self) -> None:
        self._apply_default_values()
        if self.allow_http:
            self._config["testing"]["testingDisableHttpsCheck"] = True


class OktaSdkConnector(IdentityConnector):
    """Base of the Okta connector: client construction, one call, errors (no `vendor`: not registered)."""

    def _client(self) -> OktaClient:
        settings = {
            "orgUrl": self.base_url,
            "authorizationMode": "SSWS",
            "token": self.credentials["token"],
            "rateLimit": {"maxRetries": 0},  # see the module docstring: _call does the retrying
            "requestTimeout": 0,  # per-attempt time limits come from asyncio.wait_for in _call
            "cache": {"enabled": False},
            "logging": {"enabled": False},  # SDK debug logs would print request bodies
        }
        config_class = type(
            "_Cfg", (_ConnectionOnlyConfig,), {"allow_http": _is_loopback_http(self.base_url)}
        )
        try:
            with _CONFIG_LOCK, mock.patch.object(okta.client, "ConfigSetter", config_class):
                return OktaClient(settings)
        except ValueError as exc:  # the SDK's config validation: a bad Connection, not a passing failure
            raise ConnectorError(
                f"Invalid Okta connection: {exc}", vendor=self.vendor, permanent=True, code="bad_config"
            ) from exc

    @property
    def _auth(self) -> dict[str, str]:
        # okta 3.4.6 builds the per-request header as "SSWS" + token with no space (configuration.py
        # auth_settings), which overrides its own correct default header; Okta documents
        # "SSWS {token}". `_request_auth` is the SDK's per-call override, so the header is set here.
        return {
            "in": "header",
            "type": "api_key",
            "key": "Authorization",
            "value": f"SSWS {self.credentials['token']}",
        }

    def _run(self, operation: Callable[[OktaClient], Awaitable[T]]) -> T:
        """Run one async operation to completion on a private loop in its own thread."""

        async def main() -> T:
            return await operation(self._client())

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="okta-sdk") as pool:
            return pool.submit(asyncio.run, main()).result()

    async def _call(
        self,
        method: Callable[..., Awaitable[tuple[Any, ...]]],
        *args: Any,
        write: bool = False,
        raw: bool = False,
        **kwargs: Any,
    ) -> Any:
        """One SDK call: per-attempt timeout, bounded retries, every failure as a ConnectorError."""
        retries = int(self.config.get("max_retries", 2))
        max_wait = float(self.config.get("max_wait", 30))
        for attempt in range(retries + 1):
            try:
                result = await asyncio.wait_for(
                    method(*args, _request_auth=self._auth, **kwargs), self.timeout
                )
            except TimeoutError as exc:
                error = ConnectorError(
                    f"okta did not answer within {self.timeout:g}s",
                    vendor=self.vendor,
                    permanent=False,
                    code="timeout",
                    ambiguous=write,
                )
                if write or attempt >= retries:
                    raise error from exc
                await asyncio.sleep(self._backoff(attempt, None, max_wait))
                continue
            except (AttributeError, TypeError) as exc:
                # The SDK's generated methods drop the transport error and read `response.status` of a None
                # response (a connection closed before any answer, seen under load): that is "no response", not a
                # bug of ours, and a read may be retried like any dropped connection. Only errors raised inside
                # the SDK are mapped; one of Rallied's own would still surface as itself.
                if not _raised_in_sdk(exc):
                    raise
                result = None
            if result is None:
                error = self._no_response(write)
                if write or attempt >= retries:
                    raise error
                await asyncio.sleep(self._backoff(attempt, None, max_wait))
                continue
            data, err = (result[0], result[-1]) if len(result) in (2, 3) else (result, None)
            if err is None:
                # raw: the SDK's ApiResponse, for bodies its model drops (see reset_password)
                return result[1] if raw and len(result) == 3 else data
            error = self._map_error(err, write)
            if attempt < retries and self._may_retry(error, write, max_wait):
                wait = self._backoff(attempt, error.retry_after, max_wait)
                log.info("okta answered %s; waiting %.1fs (attempt %d)", error.status, wait, attempt + 1)
                await asyncio.sleep(wait)
                continue
            raise error
        raise AssertionError("unreachable")

    def _no_response(self, write: bool) -> ConnectorError:
        return ConnectorError(
            "okta gave no response (the connection closed before an answer)",
            vendor=self.vendor,
            permanent=False,
            code="no_response",
            ambiguous=write,  # a write may have landed before the connection closed: the reconciler settles it
        )

    @staticmethod
    def _may_retry(error: ConnectorError, write: bool, max_wait: float) -> bool:
        if write:
            return False  # whatever the answer, the write may have landed: the reconciler settles it
        if error.retry_after is not None and error.retry_after > max_wait:
            return False  # the caller (a schedule) retries later rather than blocking a worker
        return error.status is None or error.status == 429 or error.status >= 500

    @staticmethod
    def _backoff(attempt: int, retry_after: float | None, cap: float) -> float:
        if retry_after is not None:
            return min(retry_after, cap)
        return min(0.25 * (2**attempt), cap)

    def _map_error(self, err: Exception, write: bool) -> ConnectorError:
        if isinstance(err, OktaAPIError | HTTPError):
            status = err.status
            headers = err.headers if isinstance(err, OktaAPIError) else err.response_headers
            retry_after = self._retry_after(headers) if status in (429, 503) else None
            code = getattr(err, "error_code", None)
            summary = getattr(err, "error_summary", "") or err.message
            causes = "; ".join(c.get("errorSummary", "") for c in getattr(err, "error_causes", []) or [])
            message = f"{summary} ({causes})" if causes else summary
            permanent = status is not None and 400 <= status < 500 and status != 429
            return ConnectorError(
                message,
                vendor=self.vendor,
                permanent=permanent,
                status=status,
                code=code,
                retry_after=retry_after,
                ambiguous=write and status is not None and (status == 429 or status >= 500),
            )
        # Transport failures: aiohttp errors, or the SDK's own "Request Timeout exceeded".
        return ConnectorError(
            f"Could not reach okta: {type(err).__name__}: {err}",
            vendor=self.vendor,
            permanent=False,
            code="connection_error",
            ambiguous=write,
        )

    @staticmethod
    def _retry_after(headers: Any) -> float | None:
        """Okta says when the window resets (epoch seconds) relative to its own Date; +1 as the SDK does."""
        if headers is None:
            return None
        if headers.get("Retry-After"):
            with contextlib.suppress(ValueError):
                return max(0.0, float(headers["Retry-After"]))
        reset, date = headers.get("X-Rate-Limit-Reset"), headers.get("Date")
        if not reset:
            return None
        try:
            now = email.utils.parsedate_to_datetime(date).timestamp() if date else time.time()
            return max(0.0, float(reset) - now + 1)
        except (TypeError, ValueError):
            return None
