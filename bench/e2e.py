"""End-to-end latency: N password-reset tickets through the API, resolved by a real qcluster.

Run: `make bench` (or `.venv/bin/python bench/e2e.py --tickets 200`). It builds its own world in a
temporary folder (a copy of the demo directory with N extra Contoso users, so no per-user rate limit
interferes), its own SQLite database (or DATABASE_URL / RALLIED_BROKER if set), starts the sandbox,
gunicorn and `qcluster`, posts the tickets, waits for every one to be resolved and prints p50 / p95 /
max of ticket-in (received_at) to ticket-closed (the PSA accepted the close), measured by the server's own clock.
`--rate R` posts R tickets a second (steady arrivals) instead of all at once.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.stack import Stack, contoso_user, cpu_seconds_by_group

# The timeline row tickets/psa.write_back adds once the PSA accepted the close.
CLOSED_EVENT = {"kind": "psa.write", "message": "PSA close posted."}


def closed_rows() -> list[list]:
    """[status, received_at, closed_at] per bench ticket, read from the database by this process.

    Closed means the PSA ticket is closed: the timeline row written after the PSA accepted the close, which comes
    after the note, the reply and the time entry (resolved_at is set before those writes). Querying in-process
    matters on a 2-core machine: a `manage.py shell` per poll costs a CPU-second of Django start-up.
    """
    from django.db import close_old_connections
    from django.db.models import Max, Q

    from tickets.models import Ticket

    close_old_connections()
    qs = Ticket.objects.filter(external_id__startswith="bench-").annotate(
        closed=Max("events__at", filter=Q(**{f"events__{k}": v for k, v in CLOSED_EVENT.items()})))
    return [[t.status, t.received_at, t.closed] for t in qs]


def wait_closed(external_id: str, deadline: float) -> None:
    """Until the ticket's PSA close is recorded (or the deadline: the final summary then shows it unresolved)."""
    from django.db import close_old_connections

    from tickets.models import TicketEvent

    while time.time() < deadline:
        close_old_connections()
        if TicketEvent.objects.filter(ticket__external_id=external_id, **CLOSED_EVENT).exists():
            return
        time.sleep(0.02)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rate", type=float, default=0.0,
                        help="post at this many tickets per second (steady arrivals); 0 posts them as fast as possible")
    parser.add_argument("--sequential", action="store_true",
                        help="post one ticket, wait until it is closed, then the next: each latency is then our own "
                             "time for one ticket, with no queueing behind other tickets")
    args = parser.parse_args()

    users = [contoso_user(f"bench.user{i}@contoso.example", f"Bench User {i}") for i in range(args.tickets)]
    stack = Stack({"contoso": users})
    env, web_port = stack.env, stack.web_port
    stack.migrate_and_setup_django()
    stack.manage("seed_demo")
    stack.lift_daily_limits(["reset_password"])
    token = stack.manage("create_api_token", "--tenant", "contoso", "--name", "bench").strip()
    stack.start_sandbox()
    stack.start_web()
    stack.start_cluster()
    procs = list(stack.procs.values())
    try:
        time.sleep(3)

        def post(i: int) -> int:
            body = json.dumps({"external_id": f"bench-{i}", "subject": "Password reset",
                               "body": "Hi, I forgot my password, could you reset it please? Thanks",
                               "requester_email": f"bench.user{i}@contoso.example",
                               "requester_name": f"Bench User {i}"}).encode()
            req = urllib.request.Request(f"http://127.0.0.1:{web_port}/api/v1/tickets/", data=body, method="POST",
                                         headers={"Authorization": f"Token {token}",
                                                  "Content-Type": "application/json"})
            with urllib.request.urlopen(req, timeout=30) as resp:
                return json.loads(resp.read())["id"]

        started = time.time()
        with ThreadPoolExecutor(args.concurrency) as pool:
            if args.sequential:
                ids = []
                for i in range(args.tickets):
                    ids.append(post(i))
                    wait_closed(f"bench-{i}", time.time() + 60)
            elif args.rate > 0:
                futures = []
                for i in range(args.tickets):
                    time.sleep(max(0.0, started + i / args.rate - time.time()))
                    futures.append(pool.submit(post, i))
                ids = [f.result() for f in futures]
            else:
                ids = list(pool.map(post, range(args.tickets)))
        posted = time.time() - started
        deadline = time.time() + 900
        rows: list[list] = []
        while time.time() < deadline:
            rows = closed_rows()
            done = all(r[0] in ("escalated", "awaiting_approval") or (r[0] == "resolved" and r[2]) for r in rows)
            if done and len(rows) == len(ids):
                break
            time.sleep(0.5)
        total = time.time() - started
        cpu = cpu_seconds_by_group([proc.pid for proc in procs])
    finally:
        stack.stop()
    resolved = [r for r in rows if r[0] == "resolved"]
    latencies = sorted((r[2] - r[1]).total_seconds() for r in resolved)
    print(f"tickets: {len(ids)} posted in {posted:.1f}s; resolved {len(resolved)}, "
          f"other: {len(rows) - len(resolved)}; all done in {total:.1f}s "
          f"({len(resolved) / total:.1f} tickets/s)")
    if latencies:
        p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
        print(f"ticket-in to ticket-closed: p50 {statistics.median(latencies):.2f}s  p95 {p95:.2f}s  "
              f"max {latencies[-1]:.2f}s")
    if os.environ.get("BENCH_TASK_STATS"):
        print(stack.manage("shell", "-c", "from django_q.models import Success as S\n"
                     "for t in S.objects.order_by('started')[:40]: "
                     "print(t.func.rsplit('.',1)[-1], t.started.time(), "
                     "round((t.stopped-t.started).total_seconds(),3))"))
    sandbox_cpu, web_cpu, cluster_cpu = cpu
    print(f"CPU seconds: web {web_cpu:.0f}, cluster {cluster_cpu:.0f} (our own: "
          f"{(web_cpu + cluster_cpu) / max(1, len(ids)) * 1000:.0f} ms a ticket); sandbox vendors {sandbox_cpu:.0f}")
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}  broker: {env.get('RALLIED_BROKER', 'orm')}")
    return 0 if len(resolved) == len(ids) else 1


if __name__ == "__main__":
    sys.exit(main())
