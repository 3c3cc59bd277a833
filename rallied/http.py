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
`send_batch` sends reads in OData JSON batches (Graph's $batch): the items a vendor throttled inside the batch's 200
are sent again by the same rules, and only they.
"""

from __future__ import annotations

import email.utils
import itertools
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
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
    return envelope_error(data)


def envelope_error(data: Any) -> tuple[str | None, str]:
    """(code, message) from a vendor's decoded JSON error body (also what a batch item carries)."""
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


# -- OData JSON batching (Graph's $batch) ----------------------------------------------------------------------------
BATCH_LIMIT = 20  # Graph takes at most 20 requests in one batch


@dataclass(frozen=True)
class BatchAnswer:
    """One item's answer inside a batch's 200: its own status, headers (names lower-cased) and decoded body."""

    status: int
    headers: dict[str, str]
    body: Any

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def error(self, vendor: str) -> ConnectorError:
        """This item's failure as a lone call's would be: 429/5xx transient (with its Retry-After), other 4xx
        permanent, each with the vendor's own code and message."""
        code, message = envelope_error(self.body)
        if self.status == 429 or self.status >= 500:
            return ConnectorError(message or _unavailable(vendor, self.status), vendor=vendor, permanent=False,
                                  status=self.status, code=code,
                                  retry_after=parse_retry_after(self.headers.get("retry-after")))
        return ConnectorError(message or f"{vendor} refused the request (HTTP {self.status})", vendor=vendor,
                              permanent=True, status=self.status, code=code)


def send_batch(
    url: str,
    reads: Mapping[str, str],
    *,
    vendor: str,
    headers: dict[str, str] | None = None,
    timeout: float = 10.0,
    max_retries: int = 3,
    max_wait: float = 30.0,
    sleep: Callable[[float], None] = time.sleep,
    session: requests.Session | None = None,
) -> dict[str, BatchAnswer]:
    """GET each of `reads` (id -> URL relative to the API's root) in JSON batches of up to 20, one POST each.

    Only reads go in, so any item may be sent again: an item answered 429 or 5xx inside the batch's 200 is sent
    again, with the other throttled ones only, after the longest Retry-After among them (capped at `max_wait`), up to
    `max_retries` times, and its last answer is returned as it came. Every other answer (a 404 included: a user with
    no manager) is the caller's to judge. The envelope is itself a repeatable call through `send`, so a batch refused
    or lost as a whole is retried by the rules every read follows.
    """
    answers: dict[str, BatchAnswer] = {}
    pending = dict(reads)
    for attempt in itertools.count(1):
        got: dict[str, BatchAnswer] = {}
        ids = list(pending)
        for start in range(0, len(ids), BATCH_LIMIT):
            chunk = {i: pending[i] for i in ids[start:start + BATCH_LIMIT]}
            body = {"requests": [{"id": i, "method": "GET", "url": u} for i, u in chunk.items()]}
            response = send("POST", url, vendor=vendor, headers=headers, json=body, timeout=timeout,
                            max_retries=max_retries, max_wait=max_wait, sleep=sleep, session=session,
                            idempotent=True)  # a batch of reads changes nothing
            got.update(_batch_answers(response, chunk, vendor))
        answers.update(got)
        throttled = {i: a for i, a in got.items() if a.status == 429 or a.status >= 500}
        if not throttled or attempt > max_retries:
            return answers
        wait = max(_backoff(attempt, parse_retry_after(a.headers.get("retry-after")), max_wait)
                   for a in throttled.values())
        log.info("%s answered %d of a batch's reads 429/5xx; waiting %.1fs (attempt %d)", vendor, len(throttled),
                 wait, attempt)
        sleep(wait)
        pending = {i: pending[i] for i in throttled}
    raise AssertionError("unreachable")


def _batch_answers(response: requests.Response, sent: Mapping[str, str], vendor: str) -> dict[str, BatchAnswer]:
    """The batch's answers by id (they come in any order); a batch that leaves one out is a failed read."""
    try:
        items = response.json()["responses"]
        got = {str(i["id"]): BatchAnswer(int(i["status"]), {str(k).lower(): str(v) for k, v in
                                                            (i.get("headers") or {}).items()}, i.get("body"))
               for i in items}
    except (ValueError, KeyError, TypeError) as exc:
        raise ConnectorError(f"{vendor} answered a batch with an unreadable body", vendor=vendor, permanent=False,
                             code="bad_batch_answer") from exc
    missing = set(sent) - set(got)
    if missing:
        raise ConnectorError(f"{vendor} left {len(missing)} request(s) of a batch unanswered", vendor=vendor,
                             permanent=False, code="bad_batch_answer")
    for key, answer in got.items():  # no URL: paths name users
        log.debug("%s batch item %s answered %s", vendor, key, answer.status)
    return {key: got[key] for key in sent}
