"""`make demo`: migrate, seed, start the sandbox, the web app and the django-q2 cluster, replay samples.

Stops everything it started on Ctrl-C (or when any of the processes dies). Ports come from
RALLIED_DEMO_WEB_PORT (8000) and RALLIED_DEMO_SANDBOX_PORT (8900).
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
WEB_PORT = int(os.environ.get("RALLIED_DEMO_WEB_PORT", "8000"))
SANDBOX_PORT = int(os.environ.get("RALLIED_DEMO_SANDBOX_PORT", "8900"))
SAMPLES = ROOT / "demo" / "sample_tickets.jsonl"


def env() -> dict[str, str]:
    values = dict(os.environ)
    values.setdefault("DEBUG", "1")
    values.setdefault("RALLIED_SANDBOX_URL", f"http://127.0.0.1:{SANDBOX_PORT}")
    values.setdefault("RALLIED_PUBLIC_URL", f"http://127.0.0.1:{WEB_PORT}")
    values.setdefault("PYTHONUNBUFFERED", "1")
    return values


def manage(*args: str, capture: bool = False) -> str:
    result = subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env(), check=True, text=True,
                            stdout=subprocess.PIPE if capture else None)
    return result.stdout or ""


def port_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def wait_http(url: str, seconds: float = 30) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answered
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not come up in {seconds:.0f}s")


def post_ticket(token: str, row: dict) -> dict:
    body = json.dumps({k: v for k, v in row.items() if k != "tenant"}).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{WEB_PORT}/api/v1/tickets/", data=body, method="POST",
                                 headers={"Authorization": f"Token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def get_ticket(token: str, ticket_id: int) -> dict:
    req = urllib.request.Request(f"http://127.0.0.1:{WEB_PORT}/api/v1/tickets/{ticket_id}/",
                                 headers={"Authorization": f"Token {token}"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def main() -> int:
    for port in (WEB_PORT, SANDBOX_PORT):
        if not port_free(port):
            print(f"Port {port} is in use; stop what uses it or set RALLIED_DEMO_WEB_PORT / RALLIED_DEMO_SANDBOX_PORT.")
            return 2
    print("== migrating and seeding")
    manage("migrate", "--noinput", "-v0")
    print(manage("seed_demo", capture=True).rstrip())
    procs: list[subprocess.Popen] = []

    def start(name: str, *args: str) -> None:
        print(f"== starting {name}")
        procs.append(subprocess.Popen([PY, "manage.py", *args], cwd=ROOT, env=env(), start_new_session=True))

    def stop(*_: object) -> None:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.time() + 10
        for proc in procs:
            try:
                proc.wait(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)

    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    try:
        start("sandbox", "sandbox", "--port", str(SANDBOX_PORT))
        wait_http(f"http://127.0.0.1:{SANDBOX_PORT}/_control/state")
        start("web app", "runserver", f"127.0.0.1:{WEB_PORT}", "--noreload")
        start("django-q2 cluster", "qcluster")
        wait_http(f"http://127.0.0.1:{WEB_PORT}/admin/login/")
        tokens: dict[str, str] = {}
        posted = []
        for line in SAMPLES.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            slug = row["tenant"]
            if slug not in tokens:
                tokens[slug] = manage("create_api_token", "--tenant", slug, "--name", f"{slug} demo replay",
                                      capture=True).strip()
            ticket = post_ticket(tokens[slug], row)
            posted.append((slug, ticket["id"], row["subject"]))
        print(f"== replayed {len(posted)} sample tickets; waiting for the cluster")
        deadline = time.time() + 60
        final = {"resolved", "escalated", "planned", "awaiting_approval"}
        states: dict[int, str] = {}
        while time.time() < deadline:
            states = {tid: get_ticket(tokens[slug], tid)["status"] for slug, tid, _ in posted}
            if all(s in final for s in states.values()):
                break
            time.sleep(0.5)
        for slug, tid, subject in posted:
            print(f"   #{tid:<4} {slug:<10} {states.get(tid, '?'):<18} {subject}")
        print()
        base = f"http://127.0.0.1:{WEB_PORT}"
        print(f"Rallied is ready: {base}/admin/  (sandbox: http://127.0.0.1:{SANDBOX_PORT})")
        print(f"  review queue (technicians): {base}/queue/")
        print(f"  service lead: {base}/admin/tenants/tenant/reports/ (plan-mode report, policy matrix per tenant)")
        print(f"  mail the demo sent (manager links): {ROOT / 'var' / 'mail'}")
        print("Logins: lead (service lead, admin), tech and tech2 (technicians), auditor — password "
              f"{os.environ.get('RALLIED_DEMO_PASSWORD', 'rallied-demo')}")
        print("Second factor (the lead's admin, sensitive approvals): enter the code from "
              "`.venv/bin/python manage.py demo_otp lead` (or tech, tech2, auditor)")
        print("Press Ctrl-C to stop everything.")
        while all(p.poll() is None for p in procs):
            time.sleep(0.5)
        print("A demo process stopped on its own; shutting down the rest.")
        return 1
    except KeyboardInterrupt:
        print("\nStopping…")
        return 0
    finally:
        stop()


if __name__ == "__main__":
    sys.exit(main())
