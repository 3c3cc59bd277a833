"""The default cache's Redis backend (settings.CACHES), with one Redis client per connection pool.

Django's RedisCacheClient builds a new redis.Redis for every get and set, and each copies redis-py's table of about
170 response callbacks: two per API request for the rate limit (tenants/api_throttle.py), most of the CPU the
limit cost besides its round trip (issue 17). A redis.Redis over a pool is safe to share between threads (each
command takes a connection from the pool), and the pool itself notices a fork, so one per pool is kept.
"""

from __future__ import annotations

from typing import Any

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class _Client(RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            if index not in self._pools:  # as RedisCacheClient._get_connection_pool, for this index
                self._pools[index] = self._pool_class.from_url(self._servers[index], **self._pool_options)
            client = self._clients[index] = self._client(connection_pool=self._pools[index])
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server: Any, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = _Client

    def count_and_read(self, key: str, other: str, timeout: int, *, by: int = 1,
                       refund: tuple[str, int] | None = None) -> tuple[int, int]:
        """Add `by` to the count at `key` (made at 0, kept `timeout` seconds) and read the count at `other`, in one
        round trip: (key's new count, other's count or 0). The rate limit's per-request work (tenants/api_throttle.py):
        a read and then a write were two round trips, each a wait for the GIL under gunicorn's threads (issue 17).
        `refund` (a key, n) takes n off that count first, in the same round trip: a lease's unused requests.
        Counts are stored as Django's serializer stores integers, so get and get_many read them as before."""
        counted, read = self.make_and_validate_key(key), self.make_and_validate_key(other)
        pipe = self._cache.get_client(key, write=True).pipeline(transaction=False)
        if refund is not None:
            returned = self.make_and_validate_key(refund[0])
            # The expiry again: a count that has gone meanwhile is not left behind negative and for good.
            pipe.decrby(returned, refund[1]).expire(returned, timeout)
        pipe.incrby(counted, by).expire(counted, timeout).get(read)
        *_, count, _, previous = pipe.execute()
        return int(count), int(previous or 0)
