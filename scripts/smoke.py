"""`make smoke`: the production processes, started as a deployment starts them, take one ticket end to end.

With DEBUG off and every setting from the environment, it:
  1. runs `manage.py check --deploy` (warnings fail it) under the environment a real deployment sets;
  2. starts the sandbox vendors and `make serve` (migrate, collectstatic, gunicorn + one qcluster) on free ports;
  3. seeds the demo world wired to the sandbox and makes a tenant API token;
  4. fetches hashed static files (the admin's CSS, the queue's CSS and JS): 200 and a year-long cache;
  5. posts a password reset through the REST API and waits until the sandbox itself shows the user's password
     changed in the IdP and the PSA ticket closed;
  6. checks that the cluster's log lines for that ticket's vendor calls carry the POST's X-Request-ID;
  7. opens the one-time link the requester got on the PSA ticket, as a browser does (the page, then the button);
  8. waits for `/health/` to answer 200 (the cluster's first scheduler pass comes ~30 s after it starts);
  9. reads `/metrics` with the bearer token and finds the domain series, the cluster's vendor calls included;
 10. stops everything and checks that it stopped, and that no log file of the run (gunicorn's access log included)
     holds the link's token, while the access log does show ordinary paths.

Any failure exits 1 with one line saying what failed (the processes' output stays in the temporary folder named
there). Database and broker come from DATABASE_URL and RALLIED_BROKER (CI: PostgreSQL and Redis; unset: a fresh
SQLite file and the ORM broker); the database should be empty, since a deployment's first `migrate` builds it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import secrets
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
TICKET_DEADLINE = 120  # seconds from the ticket's POST to the sandbox PSA showing it closed
HEALTH_DEADLINE = 90  # the first scheduler pass (the reconciler) comes ~30 s after the cluster starts
START_DEADLINE = 120  # migrate + collectstatic + gunicorn answering
TARGET = "adele.vance@contoso.example"
YEAR = 31536000  # whitenoise's max-age for a hashed name is ten years; at least one is what we need


class SmokeFailure(Exception):
    """One line: what failed."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(work: Path, web_port: int, sandbox_port: int) -> dict[str, str]:
    """The environment of a deployment behind a TLS proxy, with throwaway secrets unless the caller set them."""
    env = dict(os.environ)
    env.update({
        "DEBUG": "0",
        "PYTHONUNBUFFERED": "1",
        "DJANGO_SETTINGS_MODULE": "rallied.settings",
        "RALLIED_BIND": f"127.0.0.1:{web_port}",
        "RALLIED_WEB_WORKERS": env.get("RALLIED_WEB_WORKERS", "2"),
        "RALLIED_SANDBOX_URL": f"http://127.0.0.1:{sandbox_port}",
        "RALLIED_PUBLIC_URL": f"https://127.0.0.1:{web_port}",
        # A fresh folder, so a file collected by an earlier run cannot hide a collectstatic that did not happen.
        "RALLIED_STATIC_ROOT": str(work / "static"),
        "RALLIED_EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "RALLIED_EMAIL_FILE_PATH": str(work / "mail"),
        "RALLIED_LOG_FORMAT": "json",
        "RALLIED_ACCESS_LOG": str(work / "access.log"),  # gunicorn's, beside serve.log (gunicorn's errors, the cluster)
        # The smoke client plays the TLS proxy: it sends X-Forwarded-Proto: https on every request.
        "RALLIED_PROXY_SSL_HEADER": "1",
        "ALLOWED_HOSTS": "127.0.0.1",
        "CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{web_port}",
    })
    env.setdefault("SECRET_KEY", secrets.token_urlsafe(64))
    env.setdefault("RALLIED_SECRET_KEYS", base64.urlsafe_b64encode(os.urandom(32)).decode())
    env.setdefault("RALLIED_METRICS_TOKEN", secrets.token_urlsafe(32))
    # Production signs audit checkpoints with a key kept out of the database (audit/keys.py): one from the environment.
    env.setdefault("RALLIED_AUDIT_SMOKE_KEY", base64.b64encode(os.urandom(32)).decode())
    env.setdefault("RALLIED_AUDIT_SIGNING_KEYS", "smoke=env:RALLIED_AUDIT_SMOKE_KEY")
    # One JSON line per vendor call (rallied.http logs them at DEBUG): the request id check reads them.
    env.setdefault("LOG_LEVEL", "DEBUG")
    env["PROMETHEUS_MULTIPROC_DIR"] = str(work / "metrics")
    if not env.get("DATABASE_URL"):
        env["DATABASE_URL"] = f"sqlite:///{work / 'smoke.sqlite3'}"
    env.setdefault("RALLIED_BROKER", "orm")
    return env


class Smoke:
    def __init__(self, work: Path) -> None:
        self.work = work
        self.web_port, self.sandbox_port = free_port(), free_port()
        self.env = production_env(work, self.web_port, self.sandbox_port)
        self.base = f"http://127.0.0.1:{self.web_port}"
        self.sandbox = f"http://127.0.0.1:{self.sandbox_port}"
        self.http = requests.Session()
        self.http.trust_env = False
        self.http.headers["X-Forwarded-Proto"] = "https"
        self.procs: dict[str, subprocess.Popen] = {}
        self.request_id = f"smoke-{secrets.token_hex(8)}"
        self.link_token = ""

    # -- processes ------------------------------------------------------------------------------------------

    def manage(self, *args: str) -> str:
        done = subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=self.env, capture_output=True, text=True,
                              timeout=120)
        if done.returncode:
            last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
            raise SmokeFailure(f"manage.py {' '.join(args)} failed: {last}")
        return done.stdout

    def start(self, name: str, cmd: list[str]) -> None:
        log = open(self.work / f"{name}.log", "wb")  # noqa: SIM115 - stays open while the process runs
        self.procs[name] = subprocess.Popen(cmd, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                            start_new_session=True)

    def alive(self) -> None:
        for name, proc in self.procs.items():
            if proc.poll() is not None:
                raise SmokeFailure(f"{name} exited with {proc.returncode} (see {self.work / (name + '.log')})")

    def stop(self) -> list[str]:
        """SIGTERM each process group, as a process manager does; names of those that needed SIGKILL."""
        for proc in self.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        stubborn = []
        deadline = time.time() + 30
        for name, proc in self.procs.items():
            try:
                proc.wait(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                stubborn.append(name)
            # Whatever the group still holds (a qcluster worker, a gunicorn worker) goes too.
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            if proc.poll() is None:
                proc.wait(timeout=10)
        return stubborn

    def wait_for(self, what: str, probe: Callable[[], Any], seconds: float, every: float = 0.5) -> Any:
        """Call probe until it returns something truthy; its last answer (or error) names the failure."""
        deadline = time.time() + seconds
        last: object = None
        while time.time() < deadline:
            self.alive()
            try:
                answer = probe()
            except requests.RequestException as exc:
                answer, last = None, type(exc).__name__
            else:
                last = answer if not isinstance(answer, bool) else last
            if answer:
                return answer
            time.sleep(every)
        raise SmokeFailure(f"{what} within {seconds:.0f}s" + (f" (last: {last})" if last else ""))

    # -- steps ----------------------------------------------------------------------------------------------

    def check_deploy(self) -> None:
        done = subprocess.run([PY, "manage.py", "check", "--deploy", "--fail-level", "WARNING"], cwd=ROOT,
                              env=self.env, capture_output=True, text=True, timeout=120)
        if done.returncode:
            found = sorted(set(re.findall(r"\(([\w.]+\.[EW]\d+)\)", done.stderr))) or [done.stderr.strip()[-200:]]
            raise SmokeFailure(f"manage.py check --deploy is not clean: {', '.join(found)}")

    def boot(self) -> None:
        self.start("sandbox", [PY, "manage.py", "sandbox", "--port", str(self.sandbox_port)])
        self.wait_for("the sandbox did not answer", lambda: self.http.get(f"{self.sandbox}/_control/state",
                                                                          timeout=5).ok, 30)
        self.start("serve", [*shlex.split(os.environ.get("MAKE") or "make"), "--no-print-directory", "serve"])
        # Any answer from gunicorn means migrate and collectstatic are done (make serve runs them first).
        self.wait_for("make serve did not answer HTTP", lambda: self.http.get(f"{self.base}/health/",
                                                                              timeout=5) is not None, START_DEADLINE)

    def seed(self) -> str:
        self.manage("seed_demo", "--sandbox-url", self.sandbox)
        return self.manage("create_api_token", "--tenant", "contoso", "--name", "smoke test").strip()

    def static_files(self) -> None:
        admin = self.http.get(f"{self.base}/admin/login/", timeout=10)
        accounts = self.http.get(f"{self.base}/accounts/login/", timeout=10)
        for page in (admin, accounts):
            if page.status_code != 200:
                raise SmokeFailure(f"GET {page.url} answered {page.status_code}")
        wanted = [(r"/static/admin/css/base\.[0-9a-f]{12}\.css", admin.text),
                  (r"/static/approvals/queue\.[0-9a-f]{12}\.css", accounts.text)]
        paths = []
        for pattern, html in wanted:
            found = re.search(pattern, html)
            if not found:
                raise SmokeFailure(f"no hashed static file matching {pattern} is linked (collectstatic?)")
            paths.append(found.group(0))
        # The queue's script is only on the signed-in queue page; its hashed name comes from the same manifest.
        paths.append("/static/" + self.manifest_name("approvals/queue.js"))
        for path in paths:
            response = self.http.get(self.base + path, timeout=10)
            max_age = re.search(r"max-age=(\d+)", response.headers.get("Cache-Control", ""))
            if response.status_code != 200 or not max_age or int(max_age.group(1)) < YEAR:
                raise SmokeFailure(f"GET {path} answered {response.status_code} with Cache-Control "
                                   f"{response.headers.get('Cache-Control')!r}; want 200 and a year-long cache")

    def manifest_name(self, name: str) -> str:
        manifest = Path(self.env["RALLIED_STATIC_ROOT"]) / "staticfiles.json"
        try:
            return json.loads(manifest.read_text())["paths"][name]
        except (OSError, ValueError, KeyError):
            raise SmokeFailure(f"{name} is not in the collected static manifest {manifest}") from None

    def sandbox_user(self) -> dict:
        return self.http.get(f"{self.sandbox}/_control/state", timeout=10).json()["graph"]["contoso"]["users"][TARGET]

    def resolve_ticket(self, token: str) -> None:
        before = self.sandbox_user()["lastPasswordChangeDateTime"]
        auth = {"Authorization": f"Token {token}"}
        body = {"external_id": f"smoke-{secrets.token_hex(4)}", "subject": "Forgot my password",
                "body": "Hi, I can't remember my password after my holiday. Could you reset it please? Thanks",
                "requester_email": TARGET, "requester_name": "Adele Vance"}
        posted = self.http.post(f"{self.base}/api/v1/tickets/", json=body, timeout=30,
                                headers={**auth, "X-Request-ID": self.request_id})
        if posted.status_code != 201:
            raise SmokeFailure(f"POST /api/v1/tickets/ answered {posted.status_code}: {posted.text[:200]}")
        if posted.headers.get("X-Request-ID") != self.request_id:
            raise SmokeFailure(f"the response's X-Request-ID is {posted.headers.get('X-Request-ID')!r}, not ours")
        ticket_url = f"{self.base}/api/v1/tickets/{posted.json()['id']}/"
        seen: dict[str, Any] = {}

        def closed() -> bool:
            ticket = self.http.get(ticket_url, headers=auth, timeout=10).json()
            seen["status"] = ticket.get("status")
            if ticket.get("status") in ("escalated", "planned"):
                raise SmokeFailure(f"the ticket ended {ticket['status']} instead of resolved")
            psa_id = ticket.get("psa_ticket_id")
            if not psa_id:
                return False
            state = self.http.get(f"{self.sandbox}/_control/state", timeout=10).json()
            psa = state["connectwise"]["tickets"].get(str(psa_id), {})
            seen["psa"] = psa.get("status", {}).get("name")
            changed = state["graph"]["contoso"]["users"][TARGET]["lastPasswordChangeDateTime"] != before
            seen["idp"] = "password changed" if changed else "password unchanged"
            return bool(psa.get("closedFlag")) and changed

        try:
            self.wait_for("the ticket was not closed in the sandbox PSA", closed, TICKET_DEADLINE)
        except SmokeFailure as exc:
            raise SmokeFailure(f"{exc} (ticket {seen.get('status')}, PSA {seen.get('psa')}, "
                               f"IdP {seen.get('idp')})") from None

    def open_secret_link(self) -> None:
        """The requester's one-time link from the PSA reply, opened as a browser behind the TLS proxy opens it."""
        state = self.http.get(f"{self.sandbox}/_control/state", timeout=10).json()
        notes = [n.get("text", "") for t in state["connectwise"]["tickets"].values() for n in t.get("notes", [])
                 if not n.get("internalAnalysisFlag")]
        found = re.search(r"/s/([A-Za-z0-9_-]{20,})/", "\n".join(notes))
        if not found:
            raise SmokeFailure("no one-time link in the requester's reply on the PSA ticket")
        self.link_token = found.group(1)
        path = f"/s/{self.link_token}/"
        page = self.http.get(self.base + path, timeout=10)
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        cookie = page.cookies.get("csrftoken")  # Secure: sent back by hand over the proxy's plain-HTTP hop
        if page.status_code != 200 or not csrf or not cookie:
            raise SmokeFailure(f"GET of the one-time link answered {page.status_code} without its form")
        shown = self.http.post(self.base + path, data={"csrfmiddlewaretoken": csrf.group(1)}, timeout=10,
                               headers={"Referer": f"https://127.0.0.1:{self.web_port}{path}",
                                        "Cookie": f"csrftoken={cookie}"})
        if shown.status_code != 200 or "no-store" not in shown.headers.get("Cache-Control", ""):
            raise SmokeFailure(f"POST of the one-time link answered {shown.status_code}")

    def logs_hold_no_link_token(self) -> None:
        """After the stop: the token is in no log file of the run, and the access log shows ordinary paths."""
        for log in sorted(self.work.glob("*.log")):
            if self.link_token in log.read_text(errors="replace"):
                raise SmokeFailure(f"{log.name} holds the one-time link's token")
        access = (self.work / "access.log").read_text(errors="replace")
        if '"GET /health/ ' not in access or '/s/***/' not in access:
            raise SmokeFailure("access.log lacks the /health/ requests or the masked link requests")

    def health(self) -> None:
        answer: dict[str, Any] = {}

        def healthy() -> bool:
            # As a load balancer asks: no Accept header of its own (requests sends */*, the HTML page).
            response = self.http.get(f"{self.base}/health/", timeout=10)
            answer["last"] = f"{response.status_code} {response.text.strip()[:200]}"
            return response.status_code == 200

        try:
            self.wait_for("/health/ did not answer 200", healthy, HEALTH_DEADLINE, every=2)
        except SmokeFailure:
            raise SmokeFailure(f"/health/ did not answer 200 within {HEALTH_DEADLINE}s "
                               f"(last: {answer.get('last')})") from None

    def metrics(self) -> None:
        response = self.http.get(f"{self.base}/metrics", timeout=10,
                                 headers={"Authorization": f"Bearer {self.env['RALLIED_METRICS_TOKEN']}"})
        if response.status_code != 200:
            raise SmokeFailure(f"GET /metrics with the token answered {response.status_code}")
        (self.work / "metrics.txt").write_text(response.text)  # what a scraper saw, for the curious
        # The vendor calls were made by the cluster's workers: only the multiprocess files bring them here.
        for series in ('rallied_tickets{status="resolved"}', 'rallied_ticket_outcomes{category="password_reset",'
                       'outcome="resolved"}', 'rallied_vendor_call_seconds_count{connector="entra",status="204"}',
                       'rallied_vendor_call_seconds_bucket{connector="connectwise",le="+Inf",status="201"}',
                       "# TYPE rallied_approval_wait_seconds histogram"):
            if series not in response.text:
                raise SmokeFailure(f"/metrics has no {series}")

    def worker_logs_carry_the_request_id(self) -> None:
        """The cluster's JSON log lines for the ticket's vendor calls carry the id the POST came with."""
        connectors = set()
        for line in (self.work / "serve.log").read_text(errors="replace").splitlines():
            if line.startswith("{") and self.request_id in line:
                record = json.loads(line)
                if record.get("logger") == "rallied.http" and record.get("request_id") == self.request_id:
                    connectors.add(record["message"].split()[0])
        if not {"entra", "connectwise"} <= connectors:
            raise SmokeFailure(f"the vendor calls logged under request id {self.request_id} were to "
                               f"{sorted(connectors) or 'nothing'}, not entra and connectwise")


def run(work: Path) -> None:
    smoke = Smoke(work)
    step = "check --deploy"
    try:
        print("smoke: manage.py check --deploy", flush=True)
        smoke.check_deploy()
        step = "start"
        print(f"smoke: sandbox on :{smoke.sandbox_port}, make serve on :{smoke.web_port}", flush=True)
        smoke.boot()
        token = smoke.seed()
        print("smoke: static files", flush=True)
        smoke.static_files()
        print("smoke: a password reset through the API", flush=True)
        started = time.time()
        smoke.resolve_ticket(token)
        print(f"smoke: closed in the sandbox PSA, password changed in the IdP ({time.time() - started:.1f}s)",
              flush=True)
        smoke.worker_logs_carry_the_request_id()
        print("smoke: the one-time link", flush=True)
        smoke.open_secret_link()
        smoke.health()
        smoke.metrics()
        step = "stop"
    finally:
        stubborn = smoke.stop()
    if stubborn and step == "stop":
        raise SmokeFailure(f"{', '.join(stubborn)} did not stop within 30s of SIGTERM")
    if step == "stop":
        smoke.logs_hold_no_link_token()


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="rallied-smoke-"))
    started = time.time()
    try:
        run(work)
    except SmokeFailure as exc:
        print(f"smoke: FAIL: {exc} [logs: {work}]", flush=True)
        return 1
    print(f"smoke: OK in {time.time() - started:.0f}s [logs: {work}]", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
