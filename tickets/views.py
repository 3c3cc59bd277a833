"""Web pages outside the admin: the one-time secret page."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from tickets.secrets import peek_secret, reveal_secret


@never_cache
@require_http_methods(["GET", "POST"])
def secret_page(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button, POST reveals once: link scanners that GET the URL don't burn the secret."""
    if request.method == "GET":
        row = peek_secret(token)
        return render(request, "secrets/confirm.html", {"row": row}, status=200 if row else 404)
    value = reveal_secret(token)
    response = render(request, "secrets/reveal.html", {"value": value}, status=200 if value else 404)
    response["Cache-Control"] = "no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response
