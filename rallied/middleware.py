"""Refuse oversized API bodies before anything parses them (413), so a 10 MB ticket costs nothing."""

from __future__ import annotations

import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


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
