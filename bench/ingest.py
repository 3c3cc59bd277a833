"""Ticket ingest over the REST API against a bare Django view, on the same gunicorn, in one run: ratio and p99.

Run: `.venv/bin/python bench/ingest.py` (DATABASE_URL / RALLIED_BROKER as for bench/e2e.py: only ever a bench's own
database and Redis db, both emptied first). It migrates and seeds the demo world, makes a Contoso API token, and
starts one gunicorn (2 workers x 4 threads, as deployed) serving the product's URLs plus one bare view: a Django
function that answers `{"ok": true}` to a POST, through the same middleware. No cluster runs: ingest only rings the
doorbell, and the doorbells wait in the broker. Then, in turns (bare, API, bare, API ... `--rounds`), it keeps
`--concurrency` requests in flight for `--seconds` against each, from client processes on keep-alive connections,
and prints requests a second, p50 and p99 of each, and the API's share of the bare view's rate.

It runs the product as deployed (README, Deployment; `make serve`): DEBUG off with throwaway secrets and an audit
signing key, behind a TLS proxy (RALLIED_PROXY_SSL_HEADER=1; the clients send the proxy's X-Forwarded-Proto:
https), gunicorn with its config file (rallied/gunicorn_conf.py: the masked access log, here to a file) and
prometheus_client's multiprocess folder. Both views run under exactly these settings. `--debug` runs DEBUG=1 without
the config file and the folder, as this bench did before, for figures comparable with earlier ones: DEBUG keeps
every query in memory and times it, which the deployed product does not.

`--baseline PATH` serves the checkout at PATH as well (another commit), on its own fresh database, measures the two in
turns, round by round, and prints both side by side.
"""

from __future__ import annotations

import argparse
import base64
import http.client
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path
from threading import Thread

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.stack import ROOT, Stack, fresh_database_and_broker

BARE = "/bench/bare/"
API = "/api/v1/tickets/"
# The bare view and its URLs, as modules written beside the run (not in the product, and importable whichever
# checkout's product is served).
SETTINGS = '''from rallied.settings import *  # noqa: F403
ROOT_URLCONF = "rallied_bench_ingest_urls"
'''
URLS = '''from django.http import JsonResponse
from django.urls import include, path
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def bare(request):
    return JsonResponse({"ok": True}, status=201 if request.method == "POST" else 200)


urlpatterns = [path("bench/bare/", bare), path("", include("rallied.urls"))]
'''


def client(job: tuple[int, str, str, int, float, int]) -> list[float]:
    """One client process: `threads` keep-alive connections, each posting until `seconds` have passed."""
    port, path, token, threads, seconds, worker = job
    latencies: list[list[float]] = [[] for _ in range(threads)]
    errors: list[str] = []
    stop_at = time.monotonic() + seconds

    def loop(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = 0
        while time.monotonic() < stop_at:
            i += 1
            body = json.dumps({"external_id": f"ingest-{os.getpid()}-{worker}-{n}-{i}-{time.time_ns()}",
                               "subject": "Password reset", "body": "Hi, I forgot my password, please reset it.",
                               "requester_email": "adele.vance@contoso.example", "requester_name": "Adele Vance"})
            started = time.perf_counter()
            try:
                conn.request("POST", path, body=body, headers={"Authorization": f"Token {token}",
                                                               "Content-Type": "application/json", **PROXY})
                response = conn.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as exc:
                errors.append(repr(exc))
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            if response.status != 201:
                errors.append(str(response.status))
                continue
            latencies[n].append(time.perf_counter() - started)
        conn.close()

    pool = [Thread(target=loop, args=(n,)) for n in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    if errors:
        print(f"client {worker}: {len(errors)} failed requests, e.g. {errors[:3]}", file=sys.stderr)
    return [x for per_thread in latencies for x in per_thread]


# What the TLS proxy in front of gunicorn adds to every request (README, Deployment). Harmless with --debug.
PROXY = {"X-Forwarded-Proto": "https"}


def answers(port: int) -> bool:
    """Whether gunicorn answers (any status) on `port`, asked as through the proxy."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", "/api/v1/schema/", headers=PROXY)
        conn.getresponse().read()
        return True
    except (OSError, http.client.HTTPException):
        return False
    finally:
        conn.close()


def deployed_env(work: Path) -> dict[str, str]:
    """The settings of a deployment behind a TLS proxy (as scripts/smoke.py's), with throwaway secrets."""
    (work / "static").mkdir()
    (work / "metrics").mkdir()
    return {"DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(64),
            "RALLIED_SECRET_KEYS": base64.urlsafe_b64encode(os.urandom(32)).decode(),
            "RALLIED_AUDIT_BENCH_KEY": base64.b64encode(os.urandom(32)).decode(),
            "RALLIED_AUDIT_SIGNING_KEYS": "bench=env:RALLIED_AUDIT_BENCH_KEY",
            "RALLIED_PROXY_SSL_HEADER": "1", "ALLOWED_HOSTS": "127.0.0.1", "RALLIED_STATIC_ROOT": str(work / "static"),
            "PROMETHEUS_MULTIPROC_DIR": str(work / "metrics"), "RALLIED_ACCESS_LOG": str(work / "access.log"),
            "RALLIED_ERROR_LOG": str(work / "error.log"), "LOG_LEVEL": "INFO", "Q_LOG_LEVEL": "WARNING"}


def measure(port: int, path: str, token: str, concurrency: int, seconds: float) -> dict:
    processes = min(4, concurrency)
    threads = concurrency // processes
    jobs = [(port, path, token, threads, seconds, w) for w in range(processes)]
    started = time.monotonic()
    with Pool(processes) as pool:
        latencies = sorted(x for part in pool.map(client, jobs) for x in part)
    wall = time.monotonic() - started
    if not latencies:
        return {"rate": 0.0, "p50_ms": 0.0, "p99_ms": 0.0, "requests": 0}
    return {"requests": len(latencies), "rate": len(latencies) / min(wall, seconds + 0.5),
            "p50_ms": statistics.median(latencies) * 1000,
            "p99_ms": latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] * 1000}


def serve(args: argparse.Namespace, root: Path, env: dict[str, str]) -> tuple[Stack, str]:
    """The checkout at `root` migrated, seeded and served by gunicorn, warmed up: (its stack, a Contoso token)."""
    modules = Path(tempfile.mkdtemp(prefix="rallied-ingest-modules-"))
    (modules / "rallied_bench_ingest_settings.py").write_text(SETTINGS)
    (modules / "rallied_bench_ingest_urls.py").write_text(URLS)
    stack = Stack({}, prefix="rallied-ingest-", root=root, env={
        "PYTHONPATH": os.pathsep.join([str(modules), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "DJANGO_SETTINGS_MODULE": "rallied_bench_ingest_settings",
        "RALLIED_API_RATE_WRITE": "1000000/minute", "RALLIED_API_RATE_READ": "1000000/minute", **env})
    if not args.debug:
        stack.env.update(deployed_env(stack.work))
    fresh_database_and_broker(stack.env)
    stack.manage("migrate", "--noinput", "-v0")
    stack.manage("seed_demo")
    token = stack.manage("create_api_token", "--tenant", "contoso", "--name", "ingest-bench").strip()
    config = [] if args.debug else ["-c", "python:rallied.gunicorn_conf"]
    stack.start("web", [str(Path(sys.executable).parent / "gunicorn"), "rallied.wsgi", *config, "-b",
                        f"127.0.0.1:{stack.web_port}", "-w", "2", "--threads", "4", "--log-level", "warning"])
    try:
        deadline = time.time() + 60  # no sandbox in this run: only the web app must answer
        while not answers(stack.web_port):
            if time.time() > deadline:
                raise TimeoutError("gunicorn did not answer within 60s")
            time.sleep(0.2)
        for path in (BARE, API):  # warm both: imports, connections, the first request's caches
            measure(stack.web_port, path, token, args.concurrency, 1.0)
    except BaseException:
        stack.stop()
        raise
    return stack, token


def summarize(label: str, results: dict[str, list[dict]], args: argparse.Namespace) -> dict:
    best = {k: max(v, key=lambda r: r["rate"]) for k, v in results.items()}
    summary = {"bare_rate": best["bare"]["rate"], "bare_p99_ms": best["bare"]["p99_ms"],
               "api_rate": best["api"]["rate"], "api_p50_ms": best["api"]["p50_ms"],
               "api_p99_ms": best["api"]["p99_ms"], "share": best["api"]["rate"] / max(1e-9, best["bare"]["rate"])}
    print(f"--- {label}")
    for name, rounds in results.items():
        for r in rounds:
            print(f"{name:<5} {r['requests']:>6} requests  {r['rate']:7.0f} req/s  p50 {r['p50_ms']:6.1f} ms  "
                  f"p99 {r['p99_ms']:6.1f} ms")
    print(f"API ingest at {summary['share']:.1%} of the bare view's rate; API p99 {summary['api_p99_ms']:.0f} ms "
          f"(best round of {args.rounds}; concurrency {args.concurrency}, gunicorn 2 workers x 4 threads, "
          f"{'DEBUG=1' if args.debug else 'as deployed'})")
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=8.0, help="per target and round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--debug", action="store_true", help="DEBUG=1, no gunicorn config (the bench before)")
    parser.add_argument("--baseline", metavar="PATH", help="another commit's checkout, measured in turns with this")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    checkouts = [("this", ROOT, {})]
    if args.baseline:
        # Its own database beside this one's; both servers run for the whole bench and are measured in turns
        # (baseline bare, baseline API, this bare, this API, then again), so a load that comes and goes on the
        # machine (other processes) weighs on both alike, rather than on whichever ran while it lasted.
        checkouts.insert(0, ("baseline", Path(args.baseline), {"DATABASE_URL": url.rstrip("/") + "_base"} if url
                                                                else {}))
    served: dict[str, tuple[Stack, str]] = {}
    results = {label: {"bare": [], "api": []} for label, _, _ in checkouts}
    try:
        for label, root, env in checkouts:
            served[label] = serve(args, root, env)
        for _ in range(args.rounds):
            for label, (stack, token) in served.items():
                results[label]["bare"].append(measure(stack.web_port, BARE, token, args.concurrency, args.seconds))
                results[label]["api"].append(measure(stack.web_port, API, token, args.concurrency, args.seconds))
    finally:
        for stack, _ in served.values():
            stack.stop()
    summaries = {label: summarize(f"{label}: {root}", results[label], args) for label, root, _ in checkouts}
    if args.json:
        print(json.dumps(summaries))
    if args.baseline:
        print(f"\n{'':<14} {'baseline':>10} {'this':>10}")
        for key, fmt in (("bare_rate", "{:.0f}/s"), ("api_rate", "{:.0f}/s"), ("share", "{:.1%}"),
                         ("api_p50_ms", "{:.1f} ms"), ("api_p99_ms", "{:.1f} ms"), ("bare_p99_ms", "{:.1f} ms")):
            print(f"{key:<14} {fmt.format(summaries['baseline'][key]):>10} {fmt.format(summaries['this'][key]):>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
