"""End-to-end latency: N password-reset tickets through the API, resolved by a real qcluster.

Run: `make bench` (or `.venv/bin/python bench/e2e.py --tickets 200`). It builds its own world in a
temporary folder (a copy of the demo directory with N extra Contoso users, so no per-user rate limit
interferes), its own SQLite database (or DATABASE_URL / RALLIED_BROKER if set), starts the sandbox,
gunicorn and `qcluster`, posts the tickets, waits for every one to be resolved and prints p50 / p95 /
max of ticket-in (received_at) to ticket-closed (the PSA accepted the close), measured by the server's own clock.
`--rate R` posts R tickets a second (steady arrivals) instead of all at once. `--latency graph=0.3 --latency
connectwise=0.15` makes the sandbox wait that long before answering each call to that vendor (a sandbox fault with
`latency`), so vendor waits weigh as they do in production. "first" is the ticket-in to ticket-closed time of the
ticket received first: with continuations first (rallied/broker.py) it no longer waits for the whole burst.

It also counts, per ticket, the SQL statements and commits of every web and cluster process (bench/sqlcount: the
schedules that ran meanwhile are in it too, a few statements a ticket in a long run), and the HTTP calls each vendor
of the sandbox served (a Graph `$batch` once). `--baseline PATH` runs the
same bench first on the checkout at PATH (another commit, e.g. `git archive <commit> | tar -x -C /tmp/perf-base`)
and then on this one, each on its own fresh database (PostgreSQL: `<name>_base` beside DATABASE_URL's) and an
emptied Redis db, and prints the two side by side.

CPU is read from /proc for every process of the web app's and the cluster's process groups (their reaped children
included), from once the cluster's processes are all up until the last ticket closed, in clock ticks: per ticket, and
for the cluster by role (workers, monitor, pusher, sentinel). `--py-spy OUT` also samples the cluster with py-spy
while the tickets run; `bench/spy_top.py OUT` ranks where its CPU went.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.stack import (
    ROOT,
    Stack,
    contoso_user,
    cpu_seconds_by_group,
    cpu_seconds_by_process,
    fresh_database_and_broker,
)

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


def sql_counts(folder: Path) -> tuple[int, int]:
    """(statements, commits) summed over every process that wrote its counts to `folder` (bench/sqlcount)."""
    statements = commits = 0
    for path in folder.glob("*.json"):
        try:
            counts = json.loads(path.read_text())
        except (OSError, ValueError):  # being replaced right now: the next read has it
            continue
        statements, commits = statements + counts["statements"], commits + counts["commits"]
    return statements, commits


def vendor_calls(stack: Stack) -> Counter[str]:
    """HTTP calls the sandbox has served so far, by vendor (a Graph `$batch` counts once: its items are logged under
    it with `batch` set, by a sandbox that has batching)."""
    return Counter(r["vendor"] for r in stack.sandbox_get("/_control/requests") if r.get("batch") is None)


def cluster_roles(pgid: int) -> dict[int, str]:
    """{pid: role} of the live processes of the qcluster started as `pgid`: django-q2 1.11's Sentinel (the
    qcluster's only child) spawns its workers first, then the monitor, then the pusher (Sentinel.spawn_cluster),
    and later a worker in place of one recycled or dead."""
    procs = cpu_seconds_by_process([pgid])
    sentinels = [pid for pid, (_g, ppid, _s) in procs.items() if ppid == pgid]
    roles = {pgid: "qcluster", **dict.fromkeys(sentinels, "sentinel")}
    workers = int(os.environ.get("RALLIED_WORKERS", "2") or 2)
    children = sorted(pid for pid, (_g, ppid, _s) in procs.items() if ppid in sentinels)
    for i, pid in enumerate(children):
        roles[pid] = "monitor" if i == workers else "pusher" if i == workers + 1 else "workers"
    return roles


def database_cpu_seconds() -> dict[int, float] | None:
    """{pid: CPU seconds} of the PostgreSQL backends serving DATABASE_URL's database, but this process's own (the
    bench reads results through it), read from /proc: the server runs on this machine. None on SQLite.

    A backend that ends before the second reading takes its seconds with it: the web app's and the workers'
    connections live for CONN_MAX_AGE (60 s), longer than a bench."""
    from django.db import close_old_connections, connection

    if connection.vendor != "postgresql":
        return None
    close_old_connections()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                       "AND pid <> pg_backend_pid()")
        pids = [row[0] for row in cursor.fetchall()]
    tick = os.sysconf("SC_CLK_TCK")
    used: dict[int, float] = {}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        used[pid] = sum(int(x) for x in fields[11:13]) / tick
    return used


def wait_cluster_started(pgid: int, deadline: float) -> None:
    """Until the cluster has spawned its workers, monitor and pusher: its start-up (Django's set-up in each) is CPU
    that no ticket costs, and counted for 8 ms a ticket or more in a run of 100 when the count began before it."""
    workers = int(os.environ.get("RALLIED_WORKERS", "2") or 2)
    while len(cpu_seconds_by_process([pgid])) < workers + 4 and time.time() < deadline:  # + qcluster, sentinel,
        time.sleep(0.2)  # monitor and pusher


def cluster_cpu_by_role(roles: dict[int, str], before: dict, after: dict) -> dict[str, float]:
    """CPU seconds each role of the cluster used between the two readings of cpu_seconds_by_process."""
    used: dict[str, float] = {}
    for pid, (_g, _p, seconds) in after.items():
        role = roles.get(pid, "workers")  # spawned after the roles were read: a replacement worker
        used[role] = used.get(role, 0.0) + seconds - before.get(pid, (0, 0, 0.0))[2]
    return used


def start_py_spy(out: str, pid: int) -> subprocess.Popen:
    """py-spy (on PATH, not a dependency of the product) sampling the cluster and every process it forks while the
    tickets run, as collapsed stacks in `out` (one line a stack and its count): rank them with bench/spy_top.py.
    `--gil` samples only a thread holding the GIL, so time spent waiting on the database or a vendor is left out."""
    return subprocess.Popen(["py-spy", "record", "--pid", str(pid), "--subprocesses", "--gil", "--rate", "250",
                             "--format", "raw", "--nonblocking", "--output", out], stdout=subprocess.DEVNULL)


def run(args: argparse.Namespace, root: Path) -> dict:
    """One bench run of the product at `root`; returns its numbers (and prints them)."""
    users = [contoso_user(f"bench.user{i}@contoso.example", f"Bench User {i}") for i in range(args.tickets)]
    stack = Stack({"contoso": users}, root=root)
    env, web_port = stack.env, stack.web_port
    counts_dir = stack.work / "sql"
    counts_dir.mkdir()
    env["BENCH_SQL_COUNT_DIR"] = str(counts_dir)
    env["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).resolve().parent / "sqlcount"),
                                         *filter(None, [env.get("PYTHONPATH")])])
    fresh_database_and_broker(env)
    stack.migrate_and_setup_django()
    stack.manage("seed_demo")
    stack.lift_daily_limits(["reset_password"])
    token = stack.manage("create_api_token", "--tenant", "contoso", "--name", "bench").strip()
    stack.start_sandbox()
    stack.start_web()
    stack.start_cluster()
    procs = list(stack.procs.values())
    spy = None
    try:
        time.sleep(3)
        stack.wait_until_up()  # the sandbox takes the faults below once it answers (a loaded machine starts slowly)
        for spec in args.latency:
            vendor, _, seconds = spec.partition("=")
            stack.sandbox_post("/_control/faults", {"vendor": vendor, "latency": float(seconds)})

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

        wait_cluster_started(stack.procs["cluster"].pid, time.time() + 120)
        time.sleep(1)  # every process has flushed what it counted while starting (migrations, schedules' first run)
        sql_before = sql_counts(counts_dir)
        calls_before = vendor_calls(stack)
        cpu_before = cpu_seconds_by_group([proc.pid for proc in procs])
        cluster_pgid = stack.procs["cluster"].pid
        cluster_before = cpu_seconds_by_process([cluster_pgid])
        database_before = database_cpu_seconds()
        spy = start_py_spy(args.py_spy, stack.procs["cluster"].pid) if args.py_spy else None
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
        cpu = [after - before for after, before in
               zip(cpu_seconds_by_group([proc.pid for proc in procs]), cpu_before, strict=True)]
        cluster_after = cpu_seconds_by_process([cluster_pgid])
        database_after = database_cpu_seconds()
        by_role = cluster_cpu_by_role(cluster_roles(cluster_pgid), cluster_before, cluster_after)
        time.sleep(1.2)  # the last counts reach their files
        sql_after = sql_counts(counts_dir)
        calls = vendor_calls(stack) - calls_before
    finally:
        if spy is not None:
            spy.send_signal(signal.SIGINT)  # py-spy writes its samples on SIGINT
            spy.wait(timeout=60)
        stack.stop()
    resolved = [r for r in rows if r[0] == "resolved"]
    latencies = sorted((r[2] - r[1]).total_seconds() for r in resolved)
    first = min(resolved, key=lambda r: r[1]) if resolved else None
    n = max(1, len(ids))
    result = {"tickets": len(ids), "resolved": len(resolved), "posted_s": posted, "total_s": total,
              "tickets_per_s": len(resolved) / total,
              "statements": (sql_after[0] - sql_before[0]) / n, "commits": (sql_after[1] - sql_before[1]) / n}
    print(f"tickets: {len(ids)} posted in {posted:.1f}s; resolved {len(resolved)}, "
          f"other: {len(rows) - len(resolved)}; all done in {total:.1f}s "
          f"({result['tickets_per_s']:.1f} tickets/s)")
    if latencies:
        p95 = latencies[max(0, round(0.95 * len(latencies)) - 1)]
        result.update(p50=statistics.median(latencies), p95=p95, max=latencies[-1])
        result["first"] = (first[2] - first[1]).total_seconds()
        print(f"ticket-in to ticket-closed: p50 {result['p50']:.2f}s  p95 {p95:.2f}s  max {latencies[-1]:.2f}s  "
              f"first received {result['first']:.2f}s")
    print(f"per ticket: {result['statements']:.0f} SQL statements, {result['commits']:.1f} commits "
          f"(web + cluster, schedules included)")
    result["graph_calls"] = calls["graph"] / n
    print("vendor calls per ticket: " + ", ".join(f"{v} {c / n:.1f}" for v, c in sorted(calls.items())))
    if os.environ.get("BENCH_TASK_STATS"):
        print(stack.manage("shell", "-c", "from django_q.models import Success as S\n"
                     "for t in S.objects.order_by('started')[:40]: "
                     "print(t.func.rsplit('.',1)[-1], t.started.time(), "
                     "round((t.stopped-t.started).total_seconds(),3))"))
    sandbox_cpu, web_cpu, cluster_cpu = cpu
    result.update(cpu_ms=(web_cpu + cluster_cpu) / n * 1000, web_cpu_ms=web_cpu / n * 1000,
                  cluster_cpu_ms=cluster_cpu / n * 1000)
    result.update({f"cluster_{role}_ms": seconds / n * 1000 for role, seconds in by_role.items()})
    print(f"CPU seconds: web {web_cpu:.2f}, cluster {cluster_cpu:.2f} (our own: {result['cpu_ms']:.1f} ms a ticket); "
          f"sandbox vendors {sandbox_cpu:.2f}")
    if database_before is not None and database_after is not None:
        database_cpu = sum(seconds - database_before.get(pid, 0.0) for pid, seconds in database_after.items())
        result["database_cpu_ms"] = database_cpu / n * 1000
        print(f"PostgreSQL backends of the bench's database: {database_cpu:.2f} CPU seconds "
              f"({result['database_cpu_ms']:.1f} ms a ticket; the machine's other share of each ticket)")
    print("cluster CPU a ticket: " + ", ".join(f"{role} {seconds / n * 1000:.1f} ms"
                                               for role, seconds in sorted(by_role.items())))
    print(f"database: {env['DATABASE_URL'].split('@')[-1]}  broker: {env.get('RALLIED_BROKER', 'orm')}")
    return result


ROWS = (("resolved", "{:.0f}"), ("tickets_per_s", "{:.1f}"), ("p50", "{:.2f} s"), ("p95", "{:.2f} s"),
        ("max", "{:.2f} s"), ("first", "{:.2f} s"), ("statements", "{:.1f}"), ("commits", "{:.1f}"),
        ("graph_calls", "{:.1f}"),
        ("cpu_ms", "{:.1f} ms"), ("web_cpu_ms", "{:.1f} ms"), ("cluster_cpu_ms", "{:.1f} ms"),
        ("cluster_workers_ms", "{:.1f} ms"), ("cluster_monitor_ms", "{:.1f} ms"), ("cluster_pusher_ms", "{:.1f} ms"),
        ("cluster_sentinel_ms", "{:.1f} ms"), ("database_cpu_ms", "{:.1f} ms"))


def side_by_side(args: argparse.Namespace) -> int:
    """The baseline checkout, then this one, each in a child process (Django is set up once per process)."""
    url = os.environ.get("DATABASE_URL", "")
    argv = [sys.executable, __file__, "--tickets", str(args.tickets), "--concurrency", str(args.concurrency),
            "--rate", str(args.rate), "--json"] + (["--sequential"] if args.sequential else []) + [
                f"--latency={spec}" for spec in args.latency]
    results = {}
    for label, root, db_url in (("baseline", args.baseline, url.rstrip("/") + "_base" if url else ""),
                                ("this", str(ROOT), url)):
        env = dict(os.environ, **({"DATABASE_URL": db_url} if db_url else {}))
        print(f"--- {label}: {root}", flush=True)
        out = subprocess.run([*argv, "--root", root], env=env, text=True, capture_output=True)
        print(out.stdout.rsplit("\n", 2)[0] if out.stdout else "", out.stderr[-2000:] if out.returncode else "")
        results[label] = json.loads(out.stdout.strip().splitlines()[-1]) if out.stdout.strip() else {}
    print(f"\n{'per run / per ticket':<16} {'baseline':>12} {'this':>12}")
    for key, fmt in ROWS:
        cells = [fmt.format(results[k][key]) if key in results[k] else "-" for k in ("baseline", "this")]
        print(f"{key:<16} {cells[0]:>12} {cells[1]:>12}")
    return 0 if all(r.get("resolved") == r.get("tickets") for r in results.values()) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--rate", type=float, default=0.0,
                        help="post at this many tickets per second (steady arrivals); 0 posts them as fast as possible")
    parser.add_argument("--sequential", action="store_true",
                        help="post one ticket, wait until it is closed, then the next: each latency is then our own "
                             "time for one ticket, with no queueing behind other tickets")
    parser.add_argument("--latency", action="append", default=[], metavar="VENDOR=SECONDS",
                        help="the sandbox waits this long before answering each call to VENDOR (its path prefix: "
                             "graph, connectwise, duo, ...); repeatable")
    parser.add_argument("--py-spy", metavar="OUT",
                        help="sample the cluster's processes with py-spy (on PATH) while the tickets run, into OUT")
    parser.add_argument("--baseline", metavar="PATH",
                        help="a checkout of another commit: run it first, then this one, and print both side by side")
    parser.add_argument("--root", default=str(ROOT), help=argparse.SUPPRESS)  # the checkout to run (side_by_side)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # last line: the numbers as JSON
    args = parser.parse_args()
    if args.baseline:
        return side_by_side(args)
    result = run(args, Path(args.root))
    if args.json:
        print(json.dumps(result))
    return 0 if result["resolved"] == result["tickets"] else 1


if __name__ == "__main__":
    sys.exit(main())
