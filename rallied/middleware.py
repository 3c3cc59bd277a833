"""Request middleware: the request id every log line of a request (and of the work it queues) carries, the API's
body limit (413 before anything parses a 10 MB ticket), and django-auditlog's request context."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial

from auditlog import get_logentry_model
from auditlog.cid import set_cid
from auditlog.context import _set_extra_data, auditlog_value
from auditlog.middleware import AuditlogMiddleware
from django.conf import settings
from django.db.models.signals import pre_save
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


class AuditlogContextMiddleware(AuditlogMiddleware):
    """django-auditlog's AuditlogMiddleware, with its one pre_save receiver connected once instead of per request.

    Its own (auditlog.context.call_context_manager) connects a receiver for LogEntry's pre_save when a request
    starts and disconnects it when it ends: the connect inspects the receiver's signature, and both take the
    signal's lock and empty pre_save's receiver cache for every model, in every thread. That was 8% of an API
    submission's CPU under gunicorn's threads (py-spy on bench/ingest.py's workers, issue 17). Here the request's
    data goes into auditlog's context variable as there, under one dispatch id, and auditlog's own receiver
    (_set_extra_data), connected once for that id, reads it: a change to a registered model gets the same actor,
    address and port. A nested auditlog.context.set_actor still sets its own id, which this receiver ignores, as
    the per-request one did.
    """

    DISPATCH_UID = ("set_actor", "rallied.middleware.AuditlogContextMiddleware")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        super().__init__(get_response)
        pre_save.connect(partial(_set_extra_data, signal_duid=self.DISPATCH_UID), sender=get_logentry_model(),
                         dispatch_uid=self.DISPATCH_UID, weak=False)

    def _get_actor(self, request: HttpRequest):  # type: ignore[no-untyped-def]
        # Without a session cookie django.contrib.auth's user is AnonymousUser, which auditlog records as no actor:
        # said without building the lazy user (a token-authenticated API call never has one).
        if settings.SESSION_COOKIE_NAME not in request.COOKIES:
            return None
        return super()._get_actor(request)

    def __call__(self, request: HttpRequest) -> HttpResponse:
        set_cid(request)
        context = {**self.get_extra_data(request), "signal_duid": self.DISPATCH_UID}
        token = auditlog_value.set(context)
        try:
            return self.get_response(request)
        finally:
            # Unlike auditlog's, nothing of this request's stays current in the thread for the next one to find.
            auditlog_value.reset(token)
