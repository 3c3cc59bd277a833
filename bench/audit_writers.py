"""Audit writes from 8 workers in 8 tenants on PostgreSQL: per-tenant chains beside the old single head, in one run.

Run: `.venv/bin/python bench/audit_writers.py --database-url postgres://postgres@127.0.0.1:5432/rallied_bench`
(options: --workers, --events, --hold-ms, --old-commit). It checks the old code out beside this one in a temporary git
worktree (default 0ae3d62, the last commit with one AuditHead row for every tenant), and for each checkout creates its
own scratch database (`<name>_old`, `<name>_new`, dropped afterwards), migrates it, creates one tenant per worker, and
starts the workers together. Each worker is a process of that checkout's code writing `--events` events through its
`audit.services.record()`, each in its own transaction that then holds on for `--hold-ms` (the rest of the business
transaction an audit event is recorded in, e.g. a ticket's status update, during which the head row stays locked).

Printed per checkout: events per second over the whole run; the time the workers spent in `SELECT ... FOR UPDATE`
(queueing for a head row, plus the statement's own cost: total, share of worker time, p50 and p99); and lock waits
as PostgreSQL shows them: sessions waiting for a lock in pg_locks, sampled every 20 ms while the workers run (average,
and what they wait on: a table's rows or another transaction).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
OLD_COMMIT = "0ae3d62"


# ---- one worker: a process of one checkout's code ------------------------------------------------------------


def worker(root: Path, slug: str, events: int, hold_ms: float) -> None:
    """Write `events` audit events in tenant `slug` with the checkout at `root`; print one JSON line of results."""
    sys.path.insert(0, str(root))
    os.chdir(root)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rallied.settings")
    import django

    django.setup()
    from django.db import connection, transaction

    from audit.services import record
    from tenants.models import Tenant

    tenant = Tenant.objects.get(slug=slug)
    waits: list[float] = []

    def time_row_locks(execute, sql, params, many, context):  # type: ignore[no-untyped-def]
        if "FOR UPDATE" not in sql:
            return execute(sql, params, many, context)
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            waits.append(time.perf_counter() - started)

    print("ready", flush=True)
    sys.stdin.readline()  # the go signal: every worker starts together
    started = time.time()
    with connection.execute_wrapper(time_row_locks):
        for n in range(events):
            with transaction.atomic():
                record(actor="system:bench", verb="bench.write", tenant=tenant, details={"n": n})
                if hold_ms:
                    with connection.cursor() as cursor:
                        cursor.execute("SELECT pg_sleep(%s)", [hold_ms / 1000])
    ended = time.time()
    print(json.dumps({"started": started, "ended": ended, "waits": waits}), flush=True)


# ---- the orchestrator -----------------------------------------------------------------------------------------


def database_url(base: str, suffix: str) -> str:
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=f"{parts.path.rstrip('/')}_{suffix}"))


def admin(url: str, statement: str) -> None:
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(urlunsplit(parts._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(statement)


def manage(root: Path, url: str, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "1", "LOG_LEVEL": "WARNING"}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=root, env=env, check=True, capture_output=True,
                          text=True).stdout


def prepare(root: Path, url: str, workers: int) -> list[str]:
    name = urlsplit(url).path.lstrip("/")
    admin(url, f'DROP DATABASE IF EXISTS "{name}"')
    admin(url, f'CREATE DATABASE "{name}"')
    manage(root, url, "migrate", "--verbosity", "0")
    slugs = [f"bench-writer-{n}" for n in range(workers)]
    code = ("from tenants.models import Tenant\n"
            f"for slug in {slugs!r}: Tenant.objects.create(slug=slug, name=slug)")
    manage(root, url, "shell", "-c", code)
    return slugs


def sample_lock_waits(url: str, stop: threading.Event, counts: list[int], on: Counter[str]) -> None:
    """Every 20 ms: how many sessions wait for a lock, and on what (a table's rows, or another transaction)."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        while not stop.is_set():
            # Only this database's sessions: pg_locks shows the whole server's.
            rows = conn.execute("SELECT l.locktype, c.relname FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                                "LEFT JOIN pg_class c ON c.oid = l.relation "
                                "WHERE NOT l.granted AND a.datname = current_database()").fetchall()
            counts.append(len(rows))
            on.update(relname or locktype for locktype, relname in rows)
            stop.wait(0.02)


def run(root: Path, url: str, workers: int, events: int, hold_ms: float) -> dict[str, float]:
    slugs = prepare(root, url, workers)
    env = {**os.environ, "DATABASE_URL": url, "DEBUG": "1", "LOG_LEVEL": "WARNING"}
    procs = [subprocess.Popen([sys.executable, __file__, "--worker", str(root), slug, str(events), str(hold_ms)],
                              env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for slug in slugs]
    for proc in procs:
        if proc.stdout.readline().strip() != "ready":
            raise SystemExit(f"a worker of {root} did not start")
    stop, counts, on = threading.Event(), [], Counter()
    sampler = threading.Thread(target=sample_lock_waits, args=(url, stop, counts, on))
    sampler.start()
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode:
            raise SystemExit(f"a worker of {root} failed ({proc.returncode})")
        results.append(json.loads(out.strip().splitlines()[-1]))
    stop.set()
    sampler.join()
    verified = manage(root, url, "verify_audit").strip().splitlines()[-1]
    wall = max(r["ended"] for r in results) - min(r["started"] for r in results)
    waits = [w for r in results for w in r["waits"]]
    quantiles = statistics.quantiles(waits, n=100) if len(waits) > 1 else [0.0] * 99
    return {"events": workers * events, "wall": wall, "rate": workers * events / wall, "lock_wait": sum(waits),
            "p50_ms": 1000 * quantiles[49], "p99_ms": 1000 * quantiles[98],
            "waiting_sessions": statistics.fmean(counts) if counts else 0.0, "waiting_on": dict(on.most_common(3)),
            "verified": verified}


def report(label: str, r: dict, workers: int) -> None:
    share = r["lock_wait"] / (r["wall"] * workers) if r["wall"] else 0
    print(f"{label:<28} {r['events']:>6} events in {r['wall']:6.2f} s = {r['rate']:7.0f} events/s | in FOR UPDATE "
          f"{r['lock_wait']:6.2f} s ({share:4.0%} of worker time), p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms")
    print(f"{'':<28} sessions waiting for a lock: {r['waiting_sessions']:.2f} on average (samples by what they "
          f"wait on: {r['waiting_on'] or 'none'}); {r['verified']}")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(Path(sys.argv[2]), sys.argv[3], int(sys.argv[4]), float(sys.argv[5]))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True, help="postgres://...; <name>_old and <name>_new are made")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--events", type=int, default=500, help="events per worker")
    parser.add_argument("--hold-ms", type=float, default=2.0, help="the rest of each transaction, after record()")
    parser.add_argument("--old-commit", default=OLD_COMMIT)
    args = parser.parse_args()
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        raise SystemExit("PostgreSQL only: SQLite locks the whole file, so per-row head locks cannot show there")
    old_root = Path(tempfile.mkdtemp(prefix="rallied-audit-old-"))
    subprocess.run(["git", "worktree", "add", "--detach", str(old_root), args.old_commit], cwd=ROOT, check=True,
                   capture_output=True)
    urls = {"old": database_url(args.database_url, "old"), "new": database_url(args.database_url, "new")}
    try:
        print(f"{args.workers} workers x {args.events} events, each in its own transaction held {args.hold_ms} ms "
              f"after record(); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        old = run(old_root, urls["old"], args.workers, args.events, args.hold_ms)
        new = run(ROOT, urls["new"], args.workers, args.events, args.hold_ms)
        report(f"single head ({args.old_commit})", old, args.workers)
        report("per-tenant chains (this)", new, args.workers)
        print(f"speed-up {new['rate'] / old['rate']:.1f}x; lock wait {old['lock_wait']:.2f} s -> "
              f"{new['lock_wait']:.2f} s")
        return 0
    finally:
        for url in urls.values():
            admin(url, f'DROP DATABASE IF EXISTS "{urlsplit(url).path.lstrip("/")}"')
        subprocess.run(["git", "worktree", "remove", "--force", str(old_root)], cwd=ROOT, check=False,
                       capture_output=True)


if __name__ == "__main__":
    raise SystemExit(main())
