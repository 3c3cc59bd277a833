"""Server time of the review queue page with 10,000 waiting approvals over 50 tenants.

Run: `.venv/bin/python bench/queue_page.py` (options: --rows, --tenants, --requests, --database-url). It
builds a throwaway SQLite database in a temporary folder (or fills the scratch database given), seeds the
approvals with bulk inserts, signs a technician in and times GET /queue/ through the Django test client
(the whole server stack: middleware, view, queries, template; no network).
Prints p50 / p95 / max in milliseconds and the number of queries per page.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def configure(database_url: str) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = database_url  # never the environment's own database: the bench fills it
    os.environ.setdefault("DEBUG", "1")  # development defaults for keys; DEBUG itself is switched off below
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rallied.settings")
    import django

    django.setup()


def seed(rows: int, tenants: int):  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    from tests.approvals.factories import seed_waiting_bulk

    call_command("migrate", verbosity=0)
    user = get_user_model().objects.create_user(username="bench-tech", email="bench-tech@msp.example")
    started = time.perf_counter()
    seed_waiting_bulk(total=rows, tenants=tenants, approver=user, prefix="bench")
    print(f"seeded {rows} waiting approvals over {tenants} tenants in {time.perf_counter() - started:.1f} s")
    return user


def measure(client, path: str, requests: int) -> list[float]:  # type: ignore[no-untyped-def]
    for _ in range(3):  # warm-up: template loading, content-type cache
        assert client.get(path).status_code == 200
    wall, cpu = [], []
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        assert response.status_code == 200
    return wall, cpu


def stats(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return f"p50 {statistics.median(ordered):6.1f}  p95 {p95:6.1f}  max {ordered[-1]:6.1f} ms"


def report(label: str, wall: list[float], cpu: list[float], queries: int) -> None:
    # Wall time is what a technician waits for; CPU time (this process, SQLite runs in it) is the same work
    # without the waiting for a core, which matters on a busy machine.
    print(f"{label}  [{queries} queries]\n    wall  {stats(wall)}\n    cpu   {stats(cpu)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--tenants", type=int, default=50)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--database-url", default="", help="a scratch database to fill (default: a temporary SQLite)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="rallied-queue-bench-"))
    try:
        configure(args.database_url or f"sqlite:///{work / 'bench.sqlite3'}")
        return run(args)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def run(args: argparse.Namespace) -> int:
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    user = seed(args.rows, args.tenants)
    # As a production server runs: DEBUG off (no query log), and the test client's host allowed. Not
    # setup_test_environment(): it instruments template rendering, which would add to the time measured.
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    client = Client()
    client.force_login(user)
    print(f"database: {connection.vendor}; {args.requests} requests per page; load average {os.getloadavg()[0]:.1f}"
          f" on {os.cpu_count()} CPUs")
    last = max(1, -(-args.rows // 50))
    pages = ["/queue/", f"/queue/?page={last}", "/queue/?tenant=bench-07&kind=add_to_group&age=1h"]
    for path in pages:
        queries: list[str] = []

        def count(execute, sql, *rest, seen=queries):  # type: ignore[no-untyped-def]
            seen.append(sql)
            return execute(sql, *rest)

        with connection.execute_wrapper(count):
            client.get(path)
        report(f"GET {path}", *measure(client, path, args.requests), len(queries))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
