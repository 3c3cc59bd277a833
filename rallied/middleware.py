"""Request middleware: the request id every log line of a request (and of the work it queues) carries, and the API's
body limit (413 before anything parses a 10 MB ticket)."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

from rallied import request_id


class RequestIdMiddleware:
    """`X-Request-ID` in (validated, or a new one), current for the request's log lines and tasks, and out again.

    First in MIDDLEWARE, so everything after it, and every task the request queues, runs under the id.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        rid = request_id.accept(request.headers.get(request_id.HEADER))
        request.request_id = rid  # type: ignore[attr-defined]
        token = request_id.activate(rid)
        try:
            response = self.get_response(request)
        finally:
            request_id.deactivate(token)
        response[request_id.HEADER] = rid
        return response


class ApiBodyLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.path.startswith(("/api/", "/hooks/")):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > settings.API_MAX_BODY_BYTES:
                body = {"detail": f"Request body too large: at most {settings.API_MAX_BODY_BYTES} bytes."}
                return HttpResponse(json.dumps(body), status=413, content_type="application/json")
        return self.get_response(request)
