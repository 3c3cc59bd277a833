"""The running product for a bench: its world, its processes and how a bench talks to them.

Shared by bench/e2e.py, bench/kill_run.py and bench/broker_flush.py. A `Stack` builds everything in a temporary
folder: a copy of the demo world with extra users (so no per-user limit interferes), the database from
DATABASE_URL (SQLite in the folder by default) and the broker from RALLIED_BROKER (the ORM by default), then starts
the sandbox vendors, gunicorn and a `qcluster` on free loopback ports, each in its own process group so a bench can
stop (or SIGKILL) one of them with everything it forked.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
WORLD = ROOT / "sandbox" / "world.json"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def contoso_user(upn: str, name: str, **extra: Any) -> dict[str, Any]:
    """An ordinary Contoso (Entra, Duo push) staff member in the world file's shape."""
    return {"upn": upn, "display_name": name, "job_title": "Staff", "department": "Clinical",
            "manager": "megan.bowen@contoso.example", "mobile": None, "groups": ["All Staff"], "licenses": [],
            "mfa": ["microsoftAuthenticator"], **extra}


def northwind_user(login: str, name: str, **extra: Any) -> dict[str, Any]:
    """An ordinary Northwind (Okta, Okta Verify push) staff member in the world file's shape."""
    return {"login": login, "display_name": name, "job_title": "Associate", "department": "Legal",
            "manager": "andrew.fuller@northwind.example", "mobile": None, "groups": ["Everyone"],
            "mfa": ["okta_verify_push"], **extra}


def write_world(target: Path, extra_users: dict[str, list[dict[str, Any]]], source: Path = WORLD) -> None:
    """The demo world plus `extra_users` per tenant slug, written to `target` for the sandbox and seed_demo."""
    world = json.loads(source.read_text(encoding="utf-8"))
    for tenant in world["tenants"]:
        tenant["users"].extend(extra_users.get(tenant["slug"], []))
    target.write_text(json.dumps(world), encoding="utf-8")


def cpu_seconds_by_process(pgids: list[int]) -> dict[int, tuple[int, int, float]]:
    """{pid: (pgid, ppid, CPU seconds)} of every live process of the process groups `pgids`, read from /proc.

    The seconds are user + system time in clock ticks (10 ms), plus the children's that the process has waited for:
    a worker django-q2 recycled, or gunicorn replaced, still counts, in its parent. `ps -o times` rounded each
    process to whole seconds, too coarse to see 5 ms a ticket over 200 tickets.
    """
    tick = os.sysconf("SC_CLK_TCK")
    wanted = set(pgids)
    found: dict[int, tuple[int, int, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:  # gone meanwhile: its parent waited for it, so its time is in the parent's children's
            continue
        # after the command name in parentheses (which may hold spaces): state ppid pgrp ... utime stime cutime cstime
        fields = stat[stat.rindex(")") + 2:].split()
        ppid, pgid = int(fields[1]), int(fields[2])
        if pgid in wanted:
            found[int(entry)] = (pgid, ppid, sum(int(x) for x in fields[11:15]) / tick)
    return found


def cpu_seconds_by_group(pgids: list[int]) -> list[float]:
    """CPU seconds (user + system, waited-for children included) used so far by each process group."""
    used = dict.fromkeys(pgids, 0.0)
    for pgid, _ppid, seconds in cpu_seconds_by_process(pgids).values():
        used[pgid] += seconds
    return [used[p] for p in pgids]


def fresh_database_and_broker(env: dict[str, str]) -> None:
    """Drop and recreate DATABASE_URL's PostgreSQL database, and empty RALLIED_BROKER's Redis db (that db only,
    FLUSHDB, never FLUSHALL), so a bench starts from nothing. Only ever point this at a bench's own database."""
    from urllib.parse import urlsplit

    url = env.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        import psycopg

        name = urlsplit(url).path.lstrip("/")
        admin = urlsplit(url)._replace(path="/postgres").geturl()
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
    broker = env.get("RALLIED_BROKER", "")
    if broker.startswith(("redis://", "rediss://")):
        import redis

        redis.Redis.from_url(broker).flushdb()


class Stack:
    """The sandbox, the web app and the cluster of one bench run, over one database and broker."""

    def __init__(self, extra_users: dict[str, list[dict[str, Any]]], *, prefix: str = "rallied-bench-",
                 env: dict[str, str] | None = None, root: Path = ROOT) -> None:
        # `root`: the checkout whose product runs (another commit's, for a side-by-side bench); the bench is ours.
        self.root = root
        self.work = Path(tempfile.mkdtemp(prefix=prefix))
        self.directory = self.work / "directory.json"
        write_world(self.directory, extra_users, root / "sandbox" / "world.json")
        self.sandbox_port, self.web_port = free_port(), free_port()
        self.env = dict(os.environ, DEBUG="1", RALLIED_DIRECTORY_FILE=str(self.directory), PYTHONUNBUFFERED="1",
                        RALLIED_SANDBOX_URL=self.sandbox_url, Q_LOG_LEVEL="ERROR", LOG_LEVEL="WARNING",
                        RALLIED_EMAIL_FILE_PATH=str(self.work / "mail"))
        self.env.setdefault("DATABASE_URL", f"sqlite:///{self.work / 'bench.sqlite3'}")
        # Hundreds of resets in minutes is exactly the burst the kill switch exists to stop: off for a bench.
        self.env.setdefault("RALLIED_KILL_SWITCH_BURST", "0")
        self.env.update(env or {})
        self.procs: dict[str, subprocess.Popen] = {}
        self.posted_at: float | None = None  # set by a bench once its last ticket went out

    @property
    def cluster_log(self) -> Path:
        return self.work / "cluster.log"

    @property
    def web_log(self) -> Path:
        return self.work / "web.log"

    @property
    def sandbox_url(self) -> str:
        return f"http://127.0.0.1:{self.sandbox_port}"

    @property
    def web_url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    # -- set-up ------------------------------------------------------------------------------------
    def manage(self, *cmd: str) -> str:
        return subprocess.run([PY, "manage.py", *cmd], cwd=self.root, env=self.env, check=True, text=True,
                              capture_output=True).stdout

    def migrate_and_setup_django(self) -> None:
        """Migrate, then make this process a Django client of the same database (it reads results in-process:
        a `manage.py shell` per poll costs a CPU-second of start-up on a 2-core machine)."""
        self.manage("migrate", "--noinput", "-v0")
        os.environ.update(self.env)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rallied.settings")
        if str(ROOT) not in sys.path:
            sys.path.insert(0, str(ROOT))
        import django

        django.setup()

    def lift_daily_limits(self, kinds: list[str]) -> None:
        """One tenant taking hundreds of one kind in minutes would trip the tenant-wide daily limit: lift it."""
        self.manage("shell", "-c", "from approvals.models import AutonomyPolicy as P; "
                    f"P.objects.filter(tenant=None, kind__in={kinds!r})"
                    ".update(conditions={'daily_limit_tenant': 100000})")

    def prepare_world(self, kinds: tuple[str, ...] = ("reset_password", "unlock_account", "add_to_group"),
                      ) -> dict[str, str]:
        """seed_demo, limits lifted for `kinds`, Okta pushes polled every 0.2 s (the sandbox answers at once), and
        API tokens: one per demo tenant with an identity provider in live mode, and the technician `tech`'s."""
        self.manage("seed_demo")
        self.lift_daily_limits(list(kinds))
        self.manage("shell", "-c", "from tenants.models import Connection as C\n"
                    "for c in C.objects.filter(vendor='okta'):\n"
                    "    c.config = {**(c.config or {}), 'push_poll_interval': 0.2}; c.save(update_fields=['config'])")
        tokens = {slug: self.manage("create_api_token", "--tenant", slug, "--name", "bench").strip()
                  for slug in ("contoso", "northwind")}
        tokens["tech"] = self.manage("create_api_token", "--user", "tech", "--name", "bench").strip()
        return tokens

    def boot(self, *, fresh: bool = False) -> dict[str, str]:
        """A durability bench's start-up: the database and broker emptied first (`fresh`), migrated, the world
        prepared, then the sandbox, the web app and the cluster started (logging to `web_log` and `cluster_log`),
        and waited for. Returns prepare_world's API tokens. If they do not come up, everything started is stopped.
        """
        if fresh:
            fresh_database_and_broker(self.env)
        self.migrate_and_setup_django()
        tokens = self.prepare_world()
        self.start_sandbox()
        self.start_web(log=self.web_log)
        self.start_cluster(self.cluster_log)
        try:
            self.wait_until_up()
        except BaseException:
            self.stop()
            raise
        return tokens

    # -- processes ---------------------------------------------------------------------------------
    def start(self, name: str, argv: list[str], **popen: Any) -> subprocess.Popen:
        proc = subprocess.Popen(argv, cwd=self.root, env=self.env, start_new_session=True, **popen)
        self.procs[name] = proc
        return proc

    def start_sandbox(self) -> None:
        self.start("sandbox", [PY, "manage.py", "sandbox", "--port", str(self.sandbox_port)],
                   stdout=subprocess.DEVNULL)

    def start_web(self, workers: int = 2, log: Path | None = None) -> None:
        out = open(log, "a") if log else None  # noqa: SIM115 (the child holds it; closed when the stack stops)
        self.start("web", [str(Path(PY).parent / "gunicorn"), "rallied.wsgi", "-b", f"127.0.0.1:{self.web_port}",
                           "-w", str(workers), "--log-level", "warning"], stdout=out, stderr=out)

    def start_cluster(self, log: Path | None = None) -> None:
        out = open(log, "a") if log else None  # noqa: SIM115 (the child holds it; closed when the stack stops)
        self.start("cluster", [PY, "manage.py", "qcluster"], stdout=out, stderr=out)

    def wait_until_up(self, timeout: float = 60) -> None:
        """Until the sandbox and the web app answer."""
        deadline = time.time() + timeout
        for url in (f"{self.sandbox_url}/_control/state", f"{self.web_url}/api/v1/schema/"):
            while not self._answers(url):
                if time.time() > deadline:
                    raise TimeoutError(f"{url} did not answer within {timeout:.0f}s")
                time.sleep(0.2)

    @staticmethod
    def _answers(url: str) -> bool:
        try:
            with urllib.request.urlopen(url, timeout=5):
                return True
        except urllib.error.HTTPError:
            return True  # an error status is an answer: the server is up
        except OSError:
            return False

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        """Send `sig` to the whole process group of `name` (the cluster's sentinel, pusher, monitor and workers)."""
        proc = self.procs.pop(name, None)
        if proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()

    def stop(self, sig: int = signal.SIGTERM) -> None:
        for name in list(self.procs):
            self.kill(name, sig)

    def pgids(self) -> list[int]:
        return [proc.pid for proc in self.procs.values()]

    # -- talking to it -----------------------------------------------------------------------------
    def api(self, path: str, token: str, body: dict[str, Any] | None = None, method: str | None = None) -> Any:
        """A JSON call to the web app's API with a token; returns the decoded body."""
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.web_url}{path}", data=data, method=method or ("POST" if data else "GET"),
                                     headers={"Authorization": f"Token {token}", "Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def sandbox_get(self, path: str) -> Any:
        with urllib.request.urlopen(f"{self.sandbox_url}{path}", timeout=60) as resp:
            return json.loads(resp.read())

    def sandbox_post(self, path: str, body: dict[str, Any]) -> Any:
        req = urllib.request.Request(f"{self.sandbox_url}{path}", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read() or b"null")
