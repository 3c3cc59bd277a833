"""Ticket ingest over the REST API against a bare Django view, on the same gunicorn, in one run: ratio and p99.

Run: `.venv/bin/python bench/ingest.py` (DATABASE_URL / RALLIED_BROKER as for bench/e2e.py: only ever a bench's own
database and Redis db, both emptied first). It migrates and seeds the demo world, makes a Contoso API token, and
starts one gunicorn (2 workers x 4 threads, as deployed) serving the product's URLs plus one bare view: a Django
function that answers `{"ok": true}` to a POST, through the same middleware. No cluster runs: ingest only rings the
doorbell, and the doorbells wait in the broker. Then, in turns (bare, API, bare, API ... `--rounds`), it keeps
`--concurrency` requests in flight for `--seconds` against each, from client processes on keep-alive connections,
and prints requests a second, p50 and p99 of each, and the API's share of the bare view's rate.

`--baseline PATH` does the same for the checkout at PATH first (another commit), on its own fresh database, and
prints both side by side.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
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
                                                               "Content-Type": "application/json"})
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


def run(args: argparse.Namespace, root: Path) -> dict:
    modules = Path(tempfile.mkdtemp(prefix="rallied-ingest-modules-"))
    (modules / "rallied_bench_ingest_settings.py").write_text(SETTINGS)
    (modules / "rallied_bench_ingest_urls.py").write_text(URLS)
    stack = Stack({}, prefix="rallied-ingest-", root=root, env={
        "PYTHONPATH": os.pathsep.join([str(modules), *filter(None, [os.environ.get("PYTHONPATH")])]),
        "DJANGO_SETTINGS_MODULE": "rallied_bench_ingest_settings",
        "RALLIED_API_RATE_WRITE": "1000000/minute", "RALLIED_API_RATE_READ": "1000000/minute"})
    fresh_database_and_broker(stack.env)
    stack.manage("migrate", "--noinput", "-v0")
    stack.manage("seed_demo")
    token = stack.manage("create_api_token", "--tenant", "contoso", "--name", "ingest-bench").strip()
    stack.start("web", [str(Path(sys.executable).parent / "gunicorn"), "rallied.wsgi", "-b",
                        f"127.0.0.1:{stack.web_port}", "-w", "2", "--threads", "4", "--log-level", "warning"])
    results: dict[str, list[dict]] = {"bare": [], "api": []}
    try:
        deadline = time.time() + 60  # no sandbox in this run: only the web app must answer
        while not stack._answers(f"{stack.web_url}/api/v1/schema/"):
            if time.time() > deadline:
                raise TimeoutError("gunicorn did not answer within 60s")
            time.sleep(0.2)
        for path in (BARE, API):  # warm both: imports, connections, the first request's caches
            measure(stack.web_port, path, token, args.concurrency, 1.0)
        for _ in range(args.rounds):
            results["bare"].append(measure(stack.web_port, BARE, token, args.concurrency, args.seconds))
            results["api"].append(measure(stack.web_port, API, token, args.concurrency, args.seconds))
    finally:
        stack.stop()
    best = {k: max(v, key=lambda r: r["rate"]) for k, v in results.items()}
    summary = {"bare_rate": best["bare"]["rate"], "bare_p99_ms": best["bare"]["p99_ms"],
               "api_rate": best["api"]["rate"], "api_p50_ms": best["api"]["p50_ms"],
               "api_p99_ms": best["api"]["p99_ms"], "share": best["api"]["rate"] / max(1e-9, best["bare"]["rate"])}
    for name, rounds in results.items():
        for r in rounds:
            print(f"{name:<5} {r['requests']:>6} requests  {r['rate']:7.0f} req/s  p50 {r['p50_ms']:6.1f} ms  "
                  f"p99 {r['p99_ms']:6.1f} ms")
    print(f"API ingest at {summary['share']:.1%} of the bare view's rate; API p99 {summary['api_p99_ms']:.0f} ms "
          f"(best round of {args.rounds}; concurrency {args.concurrency}, gunicorn 2 workers x 4 threads)")
    return summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=8.0, help="per target and round")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--baseline", metavar="PATH", help="another commit's checkout, measured first, side by side")
    parser.add_argument("--root", default=str(ROOT), help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.baseline:
        result = run(args, Path(args.root))
        if args.json:
            print(json.dumps(result))
        return 0
    url = os.environ.get("DATABASE_URL", "")
    results = {}
    for label, root, db_url in (("baseline", args.baseline, url.rstrip("/") + "_base" if url else ""),
                                ("this", str(ROOT), url)):
        env = dict(os.environ, **({"DATABASE_URL": db_url} if db_url else {}))
        out = subprocess.run([sys.executable, __file__, "--concurrency", str(args.concurrency), "--seconds",
                              str(args.seconds), "--rounds", str(args.rounds), "--root", root, "--json"],
                             env=env, text=True, capture_output=True)
        print(f"--- {label}: {root}\n{out.stdout.rsplit(chr(10), 2)[0]}{out.stderr[-2000:] if out.returncode else ''}")
        results[label] = json.loads(out.stdout.strip().splitlines()[-1]) if out.stdout.strip() else {}
    print(f"\n{'':<14} {'baseline':>10} {'this':>10}")
    for key, fmt in (("bare_rate", "{:.0f}/s"), ("api_rate", "{:.0f}/s"), ("share", "{:.1%}"),
                     ("api_p50_ms", "{:.1f} ms"), ("api_p99_ms", "{:.1f} ms"), ("bare_p99_ms", "{:.1f} ms")):
        cells = [fmt.format(results[k][key]) if key in results[k] else "-" for k in ("baseline", "this")]
        print(f"{key:<14} {cells[0]:>10} {cells[1]:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
