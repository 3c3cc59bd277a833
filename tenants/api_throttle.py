"""API rate limits: one bucket per credential and scope, so one runaway integration cannot starve the others.

The bucket is the API token (a PSA integration's tenant token or a person's token, each its own), else the signed-in
user (session), else the client address. Scopes: a view's own `throttle_scope`, otherwise `api_read` for safe
methods and `api_write` for the rest, so a client flooding submissions can still read its tickets' progress. The
rates are settings (REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], from RALLIED_API_RATE_READ / _WRITE), read at each
request. Counts live in the default cache: Redis in production, so every gunicorn worker shares one count.
Over the rate: 429 with Retry-After (DRF's Throttled), and nothing is taken in.
"""

from __future__ import annotations

from rest_framework.permissions import SAFE_METHODS
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from tenants.models import ApiToken

READ, WRITE = "api_read", "api_write"


class ApiRateThrottle(SimpleRateThrottle):
    cache_format = "rallied-throttle:%(scope)s:%(ident)s"

    def __init__(self) -> None:
        # The scope, hence the rate, is known only once the view and method are (as in DRF's ScopedRateThrottle).
        pass

    def get_rate(self) -> str | None:
        # Read per request rather than DRF's class attribute frozen at import: settings changes apply (tests).
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def allow_request(self, request, view) -> bool:  # type: ignore[no-untyped-def]
        self.scope = getattr(view, "throttle_scope", None) or (READ if request.method in SAFE_METHODS else WRITE)
        self.rate = self.get_rate()
        self.num_requests, self.duration = self.parse_rate(self.rate)
        return super().allow_request(request, view)

    def get_cache_key(self, request, view) -> str:  # type: ignore[no-untyped-def]
        return self.cache_format % {"scope": self.scope, "ident": credential(request, self.get_ident)}


def credential(request, address) -> str:  # type: ignore[no-untyped-def]
    """Whose bucket: the token (by its stored hash: ids repeat across test databases, hashes do not), the user,
    or the address `address(request)` gives."""
    token = getattr(request, "auth", None)
    if isinstance(token, ApiToken):
        return f"token:{token.key_hash[:32]}"
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and getattr(user, "pk", None) is not None:
        return f"user:{user.pk}"
    return f"addr:{address(request)}"
