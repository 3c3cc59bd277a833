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

On Redis a process also counts ahead (leases, below): far from a bucket's rate it adds up to LEASE_MAX requests to
the count in one round trip and lets that many through without asking again, so a busy integration's submissions
make one round trip in LEASE_MAX, not one each: the round trip was a tenth of a submission's CPU under gunicorn's
threads, and its wait for the GIL back a good part of its time (py-spy on bench/ingest.py's workers, issue 17).
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

from rest_framework.permissions import SAFE_METHODS
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from tenants.models import ApiToken

READ, WRITE = "api_read", "api_write"
# A lease is requests counted in the shared count before they come, so the limit is never exceeded: each was allowed
# by the same check a request counted alone passes, made when the lease was taken (the last window's share only
# shrinks as the window goes on). What it can cost is a refusal a little early, when another process holds requests
# it has counted and not used yet: so a lease is at most LEASE_MAX requests and at most 1/LEASE_SHARE of what was
# still free when it was taken, and within LEASE_SHARE requests of the rate every request is counted alone, as before.
# A lease is good for its window only; what is left of it when the next one begins is given back in the next round
# trip for that bucket.
LEASE_MAX = 32
LEASE_SHARE = 32
# Leases of buckets not seen in the last two windows are let go once this many are held.
LEASES_HELD = 4096


@dataclass
class _Lease:
    window: int
    left: int = 0  # counted in the window's count, not used yet
    free: int = 0  # what the last round trip found still free in the window, after its own lease


_leases: dict[tuple[str, int, int], _Lease] = {}
_leases_lock = threading.Lock()


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
            return self._allow_leased(counter, key, int(window), into)
        counts = self.cache.get_many([current, previous])
        before, last = counts.get(current, 0), counts.get(previous, 0)
        if self._carried(last, into) + before >= self.num_requests:
            return self._refuse(into)
        self.cache.set(current, before + 1, timeout=2 * self.duration)
        return True

    def _allow_leased(self, counter, key: str, window: int, into: float) -> bool:  # type: ignore[no-untyped-def]
        """Allow from this process's lease on the bucket, else count in Redis (one round trip), taking a lease
        while the bucket is far from its rate."""
        held = (key, self.num_requests, self.duration)
        refund = None
        with _leases_lock:
            lease = _leases.get(held)
            if lease is not None and lease.window == window and lease.left > 0:
                lease.left -= 1
                return True
            take = 1
            if lease is not None and lease.window == window:
                take = max(1, min(LEASE_MAX, lease.free // LEASE_SHARE))
            elif lease is not None and lease.window == window - 1 and lease.left > 0:
                refund = (f"{key}:{lease.window}", lease.left)  # still counted in the last window: given back
                lease.left = 0
        current = f"{key}:{window}"
        counted, last = counter(current, f"{key}:{window - 1}", 2 * self.duration, by=take, refund=refund)
        free = self.num_requests - self._carried(last, into) - (counted - take)  # as before this round trip
        granted = min(take, free)
        if granted < take:  # near the rate: what this request cannot use is not counted
            self.cache.decr(current, take - max(granted, 0))
        with _leases_lock:
            lease = _leases.get(held)
            if lease is None or lease.window != window:
                if len(_leases) >= LEASES_HELD:
                    for stale in [k for k, v in _leases.items() if v.window < window - 1]:
                        del _leases[stale]
                lease = _leases[held] = _Lease(window)
            lease.free = max(0, free - granted)
            if granted <= 0:
                return self._refuse(into)
            lease.left += granted - 1
        return True

    def _carried(self, last: int, into: float) -> int:
        """The last window's count that still weighs in, `into` seconds into this window."""
        return math.ceil(max(0, last) * (1 - into / self.duration))

    def _refuse(self, into: float) -> bool:
        self.wait_seconds = max(1.0, self.duration - into)  # when this window's count stops counting in full
        return False

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
