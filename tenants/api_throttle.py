"""API rate limits: one bucket per credential and scope, so one runaway integration cannot starve the others.

The bucket is the API token (a PSA integration's tenant token or a person's token, each its own), else the signed-in
user (session), else the client address. Scopes: a view's own `throttle_scope`, otherwise `api_read` for safe
methods and `api_write` for the rest, so a client flooding submissions can still read its tickets' progress. The
rates are settings (REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], from RALLIED_API_RATE_READ / _WRITE), read at each
request. Counts live in the default cache: Redis in production, so every gunicorn worker shares one count.
Over the rate: 429 with Retry-After (DRF's Throttled), and nothing is taken in.

Counted in fixed windows of the rate's period: a request is allowed while this window's count plus the share of the
last window's that still falls within one period of now stays under the rate (the sliding-window estimate). Two
small integers per bucket, whatever the rate: DRF's SimpleRateThrottle keeps one timestamp per request of the last
period and reads and writes the whole list on every request, about 100 KB each way at a few hundred submissions a
second (0.6 ms a request at 12,000 timestamps, 1.4 ms at 30,000; issue 17). On Redis the count is added to and the
last window's read in one round trip (rallied/cache.py), and taken back when the request is refused; elsewhere (the
per-process cache) it is read, then written, as DRF's is: requests racing in the same instant may then each be
counted once between them, never refused wrongly.
"""

from __future__ import annotations

import math

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
        if self.rate is None:
            return True
        self.num_requests, self.duration = self.parse_rate(self.rate)
        key = self.get_cache_key(request, view)
        window, into = divmod(self.timer(), self.duration)
        current, previous = f"{key}:{int(window)}", f"{key}:{int(window) - 1}"
        counter = getattr(self.cache, "count_and_read", None)  # Redis (rallied/cache.py): one round trip
        if counter is not None:
            counted, last = counter(current, previous, 2 * self.duration)
            before = counted - 1
        else:
            counts = self.cache.get_many([current, previous])
            before, last = counts.get(current, 0), counts.get(previous, 0)
        carried = math.ceil(last * (1 - into / self.duration))
        if carried + before >= self.num_requests:
            if counter is not None:
                self.cache.decr(current)  # a refused request is not counted, as below
            self.wait_seconds = max(1.0, self.duration - into)  # when this window's count stops counting in full
            return False
        if counter is None:
            self.cache.set(current, before + 1, timeout=2 * self.duration)
        return True

    def wait(self) -> float:
        return self.wait_seconds

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
