"""All outbound HTTP goes through here: timeouts, Retry-After, capped backoff, one error type.

Connectors describe a call; this module decides whether to try again. The rules:
- A call is *repeatable* when sending it twice has the effect of sending it once: every GET/HEAD/OPTIONS,
  and a call its connector declares `idempotent=True` (a read sent as POST: a token request, a query; or a
  write that sets a field to a value, such as a PSA ticket's status). Anything else is a *write*.
- A repeatable call is retried on 429, any 5xx, a timeout or a dropped connection, honouring Retry-After
  (seconds or an HTTP date) capped at `max_wait`; without it, exponential backoff.
- A write is never sent twice once the vendor may have received it, whatever it answered: a 429 or a
  503 with Retry-After usually means "refused before acting", but a gateway or the vendor itself can
  apply the write and still answer so (the sandbox's apply-then-429 fault). Its error is `ambiguous`:
  the executor records `unknown_outcome` and only the reconciler settles it, from the vendor's state.
- A connect failure is retried for any call (nothing was sent).
- 4xx (other than 429): permanent, carrying the vendor's own code and message.
Every attempt is counted and timed for /metrics (rallied_vendor_call_seconds) and logged at DEBUG.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable
from typing import Any

import requests
from prometheus_client import Histogram

from rallied.errors import ConnectorError

log = logging.getLogger("rallied.http")

# Every HTTP attempt to a vendor (retries included), by connector and answer: the HTTP status, or
# `connection_error` / `timeout`. Calls run in the cluster's workers: under gunicorn + qcluster the web app's
# /metrics sees them through prometheus_client's multiprocess mode (PROMETHEUS_MULTIPROC_DIR, set by `make serve`).
VENDOR_CALLS = Histogram("rallied_vendor_call_seconds", "Outbound vendor calls by connector and answer, in seconds",
                         ["connector", "status"], buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))


def _observe(vendor: str, method: str, answer: str, started: float) -> None:
    elapsed = time.monotonic() - started
    VENDOR_CALLS.labels(connector=vendor, status=answer).observe(elapsed)
    # No URL: paths name users and mailboxes, and some carry tokens.
    log.debug("%s %s answered %s in %.0f ms", vendor, method, answer, elapsed * 1000)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
ErrorParser = Callable[[requests.Response], tuple[str | None, str]]

_session = requests.Session()
# Never pick up proxies or netrc from the environment: every call goes exactly where we say.
_session.trust_env = False


def default_error_parser(response: requests.Response) -> tuple[str | None, str]:
    """(code, message) from the common JSON envelopes; the raw text otherwise."""
    try:
        data = response.json()
    except ValueError:
        return None, (response.text or response.reason or "")[:500]
    if isinstance(data, dict):
        err = data.get("error")
        if isinstance(err, dict):  # Graph, Google
            return str(err.get("code") or "") or None, str(err.get("message") or "")
        if isinstance(err, str):  # OAuth token endpoints, Slack
            return err, str(data.get("error_description") or err)
        if "errorCode" in data:  # Okta
            return data["errorCode"], str(data.get("errorSummary") or "")
        if "errors" in data and isinstance(data["errors"], list):  # Autotask
            return None, "; ".join(str(e) for e in data["errors"])
        if "code" in data and "message" in data:  # ConnectWise
            return str(data["code"]), str(data["message"])
    return None, str(data)[:500]


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def send(
    method: str,
    url: str,
    *,
    vendor: str,
    headers: dict[str, str] | None = None,
    params: dict[str, Any] | list[tuple[str, Any]] | None = None,
    json: Any = None,
    data: Any = None,
    auth: Any = None,
    timeout: float = 10.0,
    max_retries: int = 3,
    max_wait: float = 30.0,
    error_parser: ErrorParser = default_error_parser,
    ok_statuses: tuple[int, ...] = (),
    session: requests.Session | None = None,
    sleep: Callable[[float], None] = time.sleep,
    idempotent: bool = False,
) -> requests.Response:
    """Send one logical request; returns the response for 2xx (or `ok_statuses`), raises ConnectorError.

    `idempotent=True` is the caller's word that this non-GET call may be repeated (see the module docstring);
    an identity provider's write never says so.
    """
    method = method.upper()
    repeatable = method in SAFE_METHODS or idempotent
    http = session or _session
    attempt = 0
    while True:
        attempt += 1
        started = time.monotonic()
        try:
            response = http.request(
                method, url, headers=headers, params=params, json=json, data=data, auth=auth,
                timeout=(min(5.0, timeout), timeout), allow_redirects=False,
            )
        except requests.ConnectionError as exc:
            _observe(vendor, method, "connection_error", started)
            sent = not isinstance(exc, requests.exceptions.ConnectTimeout) and "Connection refused" not in str(exc)
            if attempt <= max_retries and (repeatable or not sent):
                sleep(_backoff(attempt, None, max_wait))
                continue
            raise ConnectorError(
                f"Could not reach {vendor}: {type(exc).__name__}", vendor=vendor, permanent=False,
                code="connection_error", ambiguous=sent and not repeatable,
            ) from exc
        except requests.Timeout as exc:
            _observe(vendor, method, "timeout", started)
            if attempt <= max_retries and repeatable:
                sleep(_backoff(attempt, None, max_wait))
                continue
            raise ConnectorError(
                f"{vendor} did not answer within {timeout:g}s", vendor=vendor, permanent=False,
                code="timeout", ambiguous=not repeatable,
            ) from exc

        status = response.status_code
        _observe(vendor, method, str(status), started)
        if 200 <= status < 300 or status in ok_statuses:
            return response
        code, message = error_parser(response)
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        if status == 429 or status >= 500:
            if not repeatable:
                raise _unsettled_write(vendor, status, code, message, retry_after)
            if attempt <= max_retries:
                wait = _backoff(attempt, retry_after, max_wait)
                log.info("%s answered %s; waiting %.1fs (attempt %d)", vendor, status, wait, attempt)
                sleep(wait)
                continue
            raise ConnectorError(
                message or _unavailable(vendor, status), vendor=vendor, permanent=False, status=status,
                code=code, retry_after=retry_after,
            )
        raise ConnectorError(
            message or f"{vendor} refused the request (HTTP {status})", vendor=vendor, permanent=True,
            status=status, code=code,
        )


def _unavailable(vendor: str, status: int) -> str:
    return f"{vendor} is throttling" if status == 429 else f"{vendor} failed with HTTP {status}"


def _unsettled_write(vendor: str, status: int, code: str | None, message: str,
                     retry_after: float | None) -> ConnectorError:
    """A write answered 429 or 5xx: it may have been applied, so it is reported, never sent again."""
    log.info("%s answered %s to a write; not repeated, its outcome is for the reconciler", vendor, status)
    return ConnectorError(
        message or _unavailable(vendor, status), vendor=vendor, permanent=False, status=status, code=code,
        retry_after=retry_after, ambiguous=True,
    )


def _backoff(attempt: int, retry_after: float | None, cap: float) -> float:
    if retry_after is not None:
        return min(retry_after, cap)
    return min(0.25 * (2 ** (attempt - 1)), cap)
