"""The sandbox's machinery: one loopback HTTP server, one vendor per path prefix, faults, a control API.

Each simulated vendor is a `Vendor` subclass in `sandbox/vendors/` with its own state
(seeded from the directory file) and its own routes. This module knows nothing of any vendor: it
routes, records every request (for contract tests and "no write happened" checks), applies injected
faults, and serves the control API under `/_control/`:

    POST   /_control/reset            reseed every vendor from the directory file
    GET    /_control/state            every vendor's state as JSON
    GET    /_control/requests         the request log (?vendor=graph&since=N)
    POST   /_control/faults           add a fault (see Fault)
    DELETE /_control/faults           clear all faults
    *      /_control/vendors/<prefix>/...   a vendor's own controls (its `control` method), if it has any
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

JSON = dict[str, Any] | list[Any]
DROP = 0  # a Response with this status is no response: the server closes the connection without answering
# The request log serves contract tests and "no write happened" checks; served over HTTP it must
# never hand out the temporary passwords and client secrets it saw.
_SECRET_FIELD = re.compile(r"pass(word)?|secret|token|assertion|tempPassword|temporaryAccessPass", re.I)
MASK = "[redacted]"
# The header a batch's item carries when the sandbox dispatches it (the batch's row in the log): never sent by a client.
BATCH_ITEM = "x-sandbox-batch-of"


def _mask(value: Any, secret: bool = False) -> Any:
    """Every string under a secret-named key, however deep: Okta nests the value ({"password": {"value": ...}})."""
    if isinstance(value, dict):
        return {k: _mask(v, secret or bool(_SECRET_FIELD.search(str(k)))) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask(v, secret) for v in value]
    return MASK if secret and isinstance(value, str) else value


def redact_body(body: bytes) -> str:
    text = body.decode("utf-8", "replace")
    if not text:
        return text
    try:
        return json.dumps(_mask(json.loads(text)))
    except ValueError:
        pass
    if "=" in text and "\n" not in text:  # a form body
        pairs = parse_qs(text, keep_blank_values=True)
        return "&".join(f"{k}={MASK if _SECRET_FIELD.search(k) else v[0]}" for k, v in pairs.items())
    return text


@dataclass
class Request:
    """One incoming request, as a vendor handler sees it (path without the vendor prefix)."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    body: bytes
    base_url: str  # e.g. http://127.0.0.1:8900/graph — for absolute links such as @odata.nextLink
    params: dict[str, str] = field(default_factory=dict)  # named groups of the route pattern
    n: int = -1  # this request's row in the request log: a batch names its items' parent by it

    def json(self) -> Any:
        if not self.body:
            return None
        return json.loads(self.body.decode("utf-8"))

    def form(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.body.decode("utf-8"), keep_blank_values=True).items()}

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def header(self, name: str, default: str | None = None) -> str | None:
        return self.headers.get(name.lower(), default)


@dataclass
class Response:
    """What a handler returns. A dict or list body is sent as JSON."""

    status: int = 200
    body: JSON | bytes | str | None = None
    headers: list[tuple[str, str]] = field(default_factory=list)
    content_type: str = "application/json"

    def encoded(self) -> bytes:
        if self.body is None:
            return b""
        if isinstance(self.body, bytes):
            return self.body
        if isinstance(self.body, str):
            return self.body.encode("utf-8")
        return json.dumps(self.body).encode("utf-8")


Handler = Callable[[Request], Response]


class Vendor:
    """One simulated vendor. Subclasses set `prefix`, build state in `reset`, and declare `routes`."""

    prefix: str = ""
    sandbox: Sandbox

    def __init__(self, directory: dict[str, Any]) -> None:
        self.lock = threading.RLock()
        self.reset(directory)

    def reset(self, directory: dict[str, Any]) -> None:
        raise NotImplementedError

    def routes(self) -> list[tuple[str, str, Handler]]:
        """(method, regex over the path after the prefix, handler). Named groups become req.params."""
        raise NotImplementedError

    def dump(self) -> JSON:
        raise NotImplementedError

    @classmethod
    def connection_for(cls, tenant: dict[str, Any], sandbox_url: str) -> dict[str, Any] | None:
        """How a tenant of the directory file connects to this vendor in the sandbox, or None if it doesn't.

        Returns {"vendor", "base_url", "config", "credentials"}: what seed_demo stores on a Connection.
        The credentials are sandbox-only values that this vendor's `authenticate` accepts.
        """
        return None

    def error(self, status: int, code: str, message: str) -> Response:
        """The vendor's own error envelope; used for injected faults too."""
        return Response(status, {"error": {"code": code, "message": message}})

    def authenticate(self, req: Request) -> Response | None:
        """Return an error response when the request's credentials are wrong; None when fine."""
        return None

    # Compiled once per vendor instance.
    def _compiled(self) -> list[tuple[str, re.Pattern[str], Handler]]:
        if not hasattr(self, "_route_cache"):
            self._route_cache = [(m, re.compile(f"^{p}$"), h) for m, p, h in self.routes()]
        return self._route_cache


@dataclass
class Fault:
    """An injected failure for one vendor, optionally one method and path pattern.

    statuses: answer these statuses in order, one per matching request (0 = let it through);
    retry_after: seconds to send in Retry-After with a 429/503; latency: seconds to wait first;
    hang: seconds to wait before answering at all (past the client's timeout); the request still runs afterwards,
        so a write hung this way lands `hang` seconds after it arrived, when the client has given up (a delayed apply);
    apply_then_fail: run the real handler (the write lands) and then answer this status;
    times: how many matching requests the fault applies to (None = until cleared);
    writes: only requests that could change the vendor's state (as `Sandbox.writes` counts them), so one fault
    covers every write route of a vendor, e.g. {"vendor": "graph", "writes": true, "apply_then_fail": 429};
    body_contains: only requests whose body holds this text (Exchange sends every cmdlet to one POST path);
    for_seconds: the fault lasts this long from when it was added, by the sandbox's clock (an outage: a test
    moves `Sandbox.clock` instead of sleeping through it);
    drop: close the connection without answering (the client sees a connection error, not a status).
    """

    vendor: str
    method: str | None = None
    path: str | None = None
    statuses: list[int] = field(default_factory=list)
    retry_after: float | None = None
    latency: float = 0.0
    hang: float = 0.0
    apply_then_fail: int | None = None
    times: int | None = None
    writes: bool = False
    body_contains: str | None = None
    for_seconds: float | None = None
    drop: bool = False
    hits: int = 0
    until: float | None = None  # set from for_seconds when the fault is added

    def matches(self, vendor: str, method: str, path: str, body: str = "", now: float | None = None) -> bool:
        if self.vendor != vendor:
            return False
        if self.until is not None and now is not None and now >= self.until:
            return False
        if self.method and self.method.upper() != method:
            return False
        if self.path and not re.search(self.path, path):
            return False
        if self.writes and not _is_write({"vendor": vendor, "method": method, "path": path, "body": body}):
            return False
        if self.body_contains is not None and self.body_contains not in body:
            return False
        return self.times is None or self.hits < self.times


class Sandbox:
    """All vendors, the fault list and the request log; independent of the HTTP server."""

    def __init__(self, directory_path: str | Path, vendor_classes: list[type[Vendor]]) -> None:
        self.directory_path = Path(directory_path)
        self.vendor_classes = vendor_classes
        self.lock = threading.RLock()
        self.faults: list[Fault] = []
        self.log: list[dict[str, Any]] = []
        self.clock: Callable[[], float] = time.time  # what a fault's `for_seconds` is measured by
        self.reset()

    def load_directory(self) -> dict[str, Any]:
        return json.loads(self.directory_path.read_text(encoding="utf-8"))

    def reset(self) -> None:
        directory = self.load_directory()
        with self.lock:
            self.vendors = {cls.prefix: cls(directory) for cls in self.vendor_classes}
            for vendor in self.vendors.values():
                vendor.sandbox = self  # vendors that share facts (tokens from the login authority) look here
            self.faults = []
            self.log = []

    def vendor(self, prefix: str) -> Vendor:
        return self.vendors[prefix]

    def add_fault(self, **spec: Any) -> Fault:
        fault = Fault(**spec)
        if fault.for_seconds is not None:
            fault.until = self.clock() + float(fault.for_seconds)
        with self.lock:
            self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        with self.lock:
            self.faults = []

    def requests(self, vendor: str | None = None, since: int = 0) -> list[dict[str, Any]]:
        with self.lock:
            rows = self.log[since:]
        return [r for r in rows if vendor is None or r["vendor"] == vendor]

    def writes(self, vendor: str | None = None) -> list[dict[str, Any]]:
        """Requests that could change vendor state (not GET, not token requests, not an Exchange Get- cmdlet)."""
        return [r for r in self.requests(vendor) if _is_write(r)]

    def state(self) -> dict[str, JSON]:
        with self.lock:
            return {prefix: v.dump() for prefix, v in self.vendors.items()}

    # -- dispatch ---------------------------------------------------------------------------------
    def _take_fault(self, vendor: str, method: str, path: str, body: str = "", item: bool = False) -> Fault | None:
        """The first fault that applies. A batch item meets only the faults that answer something (a status, or
        apply-then-fail): latency, hangs and drops are the HTTP call's, which its batch already met."""
        with self.lock:
            now = self.clock()
            for fault in self.faults:
                if item and not (fault.statuses or fault.apply_then_fail):
                    continue
                if fault.matches(vendor, method, path, body, now):
                    fault.hits += 1
                    return fault
        return None

    def dispatch(self, method: str, raw_path: str, headers: dict[str, str], body: bytes, host: str) -> Response:
        """Route, log and answer one request. A JSON batch (Graph's `$batch`) hands each of its items back here with
        the `BATCH_ITEM` header naming the batch's row, so every item is logged, judged a write or not, and meets
        the faults on its own path, as it would at the vendor."""
        parts = urlsplit(raw_path)
        path = parts.path
        if path.startswith("/_control/"):
            return self._control(method, path, parse_qs(parts.query), body, host=host)
        match = re.match(r"^/([^/]+)(/.*)?$", path)
        if not match or match.group(1) not in self.vendors:
            return Response(404, {"error": "no such sandbox vendor"})
        prefix, rest = match.group(1), match.group(2) or "/"
        vendor = self.vendors[prefix]
        req = Request(
            method=method,
            path=rest,
            query=parse_qs(parts.query, keep_blank_values=True),
            headers=headers,
            body=body,
            base_url=f"http://{host}/{prefix}",
        )
        parent = headers.get(BATCH_ITEM)
        with self.lock:
            req.n = len(self.log)
            row: dict[str, Any] = {
                "n": req.n,
                "vendor": prefix,
                "method": method,
                "path": rest,
                "query": {k: v if len(v) > 1 else v[0] for k, v in req.query.items()},
                "headers": {k: v for k, v in headers.items() if k not in ("authorization", "secret", BATCH_ITEM)},
                "body": body.decode("utf-8", "replace"),
                "at": time.time(),
                # Once answered: the status sent, and the status the vendor's own handler gave (None when an
                # injected fault answered first). A write landed when `applied` is 2xx, whatever was sent.
                "status": None,
                "applied": None,
                # The row of the batch this request came inside (None: it came over HTTP on its own).
                "batch": int(parent) if parent is not None else None,
            }
            self.log.append(row)
        response, applied = self._answer(vendor, prefix, method, rest, req, item=parent is not None)
        row["status"], row["applied"] = response.status, applied
        return response

    def calls(self, vendor: str | None = None) -> list[dict[str, Any]]:
        """The requests that came over HTTP: a batch counts once, its items (logged too) not again."""
        return [r for r in self.requests(vendor) if r["batch"] is None]

    def _answer(self, vendor: Vendor, prefix: str, method: str, rest: str, req: Request,
                item: bool = False) -> tuple[Response, int | None]:
        fault = self._take_fault(prefix, method, rest, req.body.decode("utf-8", "replace"), item=item)
        if fault is not None:
            if fault.latency:
                time.sleep(fault.latency)
            if fault.hang:
                time.sleep(fault.hang)
            if fault.drop:
                return Response(DROP, {}), None
            if fault.statuses:
                status = fault.statuses[min(fault.hits - 1, len(fault.statuses) - 1)]
                if status:
                    return self._fault_response(vendor, status, fault), None
        response = self._route(vendor, req)
        if fault is not None and fault.apply_then_fail:
            return self._fault_response(vendor, fault.apply_then_fail, fault), response.status
        return response, response.status

    def _fault_response(self, vendor: Vendor, status: int, fault: Fault) -> Response:
        codes = {429: "TooManyRequests", 503: "ServiceUnavailable"}
        response = vendor.error(status, codes.get(status, "InjectedFault"), f"Injected fault: HTTP {status}")
        if fault.retry_after is not None and status in (429, 503):
            response.headers.append(("Retry-After", str(int(fault.retry_after))))
        return response

    def _route(self, vendor: Vendor, req: Request) -> Response:
        denied = vendor.authenticate(req)
        if denied is not None:
            return denied
        allowed = False
        for method, pattern, handler in vendor._compiled():
            m = pattern.match(req.path)
            if not m:
                continue
            allowed = True
            if method != req.method:
                continue
            req.params = {k: v for k, v in m.groupdict().items() if v is not None}
            with vendor.lock:
                return handler(req)
        if allowed:
            return vendor.error(405, "MethodNotAllowed", f"{req.method} is not allowed on {req.path}")
        return vendor.error(404, "NotFound", f"No route for {req.method} {req.path}")

    def _control(
        self, method: str, path: str, query: dict[str, list[str]], body: bytes, host: str = ""
    ) -> Response:
        if path == "/_control/reset" and method == "POST":
            self.reset()
            return Response(200, {"ok": True})
        if path == "/_control/state" and method == "GET":
            return Response(200, self.state())
        if path == "/_control/requests" and method == "GET":
            vendor = query.get("vendor", [None])[0]
            since = int(query.get("since", ["0"])[0])
            # Over HTTP the log is masked: the in-process tests may read exact bodies, nobody else.
            rows = [{**r, "body": redact_body(r["body"].encode("utf-8"))} for r in self.requests(vendor, since)]
            return Response(200, rows)
        if path == "/_control/faults" and method == "POST":
            try:
                fault = self.add_fault(**json.loads(body or b"{}"))
            except (TypeError, ValueError) as exc:
                return Response(400, {"error": f"bad fault: {exc}"})
            return Response(201, {"ok": True, "vendor": fault.vendor})
        if path == "/_control/faults" and method == "DELETE":
            self.clear_faults()
            return Response(200, {"ok": True})
        # Vendor-specific controls (e.g. "a new PSA ticket arrives"): /_control/vendors/<prefix>/...
        own = re.match(r"^/_control/vendors/(?P<prefix>[^/]+)(?P<rest>/.*)$", path)
        handler = getattr(self.vendors.get(own["prefix"]), "control", None) if own else None
        if own and handler is not None:
            return handler(method, own["rest"], body, f"http://{host}")  # the vendor takes its own lock
        return Response(404, {"error": "no such control route"})


class _HTTPHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY each response waits on a delayed ACK.
    disable_nagle_algorithm = True
    sandbox: Sandbox  # set on the server class

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        # Only the sandbox itself marks a batch's items.
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() != BATCH_ITEM}
        host = self.headers.get("Host") or f"{self.server.server_address[0]}:{self.server.server_address[1]}"
        try:
            response = self.server.sandbox.dispatch(self.command, self.path, headers, body, host)  # type: ignore[attr-defined]
        except Exception as exc:  # a sandbox bug must show as a 500, not a dropped connection
            response = Response(500, {"error": {"code": "SandboxError", "message": repr(exc)}})
        if response.status == DROP:  # an injected fault: the vendor hung up
            self.close_connection = True
            return
        payload = response.encoded()
        self.send_response(response.status)
        names = {k.lower() for k, _ in response.headers}
        if payload and "content-type" not in names:
            self.send_header("Content-Type", response.content_type)
        if "date" not in names:
            self.send_header("Date", self.date_time_string())
        for key, value in response.headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        if payload and self.command != "HEAD":
            self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = _serve

    def log_message(self, format: str, *args: Any) -> None:  # quiet: the request log is the record
        return


class _QuietHTTPServer(ThreadingHTTPServer):
    """A client that gave up (a test's short timeout against an injected hang) is not an error."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


class SandboxServer:
    """Serves a Sandbox on a loopback port in a background thread (port 0 = any free port)."""

    def __init__(self, sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sandbox = sandbox
        self.httpd = _QuietHTTPServer((host, port), _HTTPHandler)
        self.httpd.daemon_threads = True
        self.httpd.sandbox = sandbox  # type: ignore[attr-defined]
        self.thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> SandboxServer:
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="sandbox", daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _is_write(row: dict[str, Any]) -> bool:
    """A request that could change vendor state: not GET, not a token request, not an Exchange Get- cmdlet, not a
    batch envelope (each of its items is logged and judged on its own)."""
    return (row["method"] not in ("GET", "HEAD") and "/oauth2/" not in row["path"] and "/token" not in row["path"]
            and not row["path"].endswith("/$batch") and not _exchange_read(row))


def _exchange_read(row: dict[str, Any]) -> bool:
    """Exchange's admin API is one POST for every cmdlet: a Get- cmdlet (Get-Mailbox ...) only reads."""
    if row["vendor"] != "exchange" or not row["path"].endswith("/InvokeCommand"):
        return False
    try:
        name = json.loads(row["body"] or "{}").get("CmdletInput", {}).get("CmdletName", "")
    except (ValueError, AttributeError):
        return False
    return isinstance(name, str) and name.startswith("Get-")
