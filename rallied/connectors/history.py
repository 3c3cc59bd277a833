"""Reading a PSA's closed tickets for the backtest ("show us your real tickets"): the shape, paging and pacing.

Each PSA connector has `closed_tickets_since(since) -> Iterator[HistoryPage]`, a read-only walk over the
client's closed tickets exactly as the vendor pages them (ConnectWise `page`/`pageSize` with conditions and the
`Link` header, Autotask `query` with `maxRecords` and `nextPageUrl`, Halo `page_no`/`page_size`). Every request
first waits on a `Pacer`, so a backtest over months of history keeps a bounded request rate and leaves the
vendor's shared API budget to the MSP's other integrations; a 429 or 503 on top of that is still honoured by
rallied/http.py (Retry-After).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# Requests per second when the connection's config does not say (`history_requests_per_second`).
DEFAULT_RATE = 4.0


@dataclass(frozen=True)
class ClosedTicket:
    """One closed PSA ticket, reduced to what the backtest reads. Times are aware (UTC) or None if unknown."""

    vendor: str
    id: str
    subject: str
    body: str = ""
    requester_email: str = ""
    requester_name: str = ""
    created_at: datetime | None = None
    closed_at: datetime | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class HistoryPage:
    """One page of closed tickets as the vendor returned it; `total` is the vendor's count when it gives one."""

    tickets: list[ClosedTicket]
    total: int | None = None


class Pacer:
    """At most `per_second` requests a second: each `wait()` sleeps until the next slot is due.

    Hand-written rather than a rate-limit library because it must sleep through the connector's own `sleep`
    (tests record the waits instead of sleeping) and needs nothing but one slot time.
    """

    def __init__(self, per_second: float, *, sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] | None = None) -> None:
        if per_second <= 0:
            raise ValueError("per_second must be positive")
        self.interval = 1.0 / per_second
        self.sleep = sleep
        self.clock = clock or monotonic
        self._next: float | None = None
        self.waited = 0.0

    def wait(self) -> None:
        now = self.clock()
        if self._next is not None and self._next > now:
            pause = self._next - now
            self.sleep(pause)
            self.waited += pause
            now = self._next
        self._next = now + self.interval


def monotonic() -> float:
    """The pacer's clock (one name, so a test can stand in for it)."""
    return time.monotonic()


def pacer_for(config: dict[str, Any], sleep: Callable[[float], None], default: float = DEFAULT_RATE) -> Pacer:
    """The connection's pacing: config `history_requests_per_second`, else the vendor's default."""
    try:
        rate = float(config.get("history_requests_per_second") or default)
    except (TypeError, ValueError):
        rate = default
    return Pacer(rate if rate > 0 else default, sleep=sleep)


def parse_when(value: Any) -> datetime | None:
    """A vendor timestamp as an aware UTC datetime; a naive one is UTC (Halo's are); None when unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def iso_z(moment: datetime) -> str:
    """An instant as the PSAs take it in filters: UTC, seconds, trailing Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
