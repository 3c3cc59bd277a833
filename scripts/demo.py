"""`make demo`: migrate, seed, start the sandbox, the web app and the django-q2 cluster, replay samples.

The console shows the steps and ends with a ready banner built from the database (every ticket, by status); the
processes' own output goes to log files under var/log/ (RALLIED_DEMO_LOG_DIR). Ctrl-C (or SIGTERM) stops
everything it started: SIGTERM to each process's main pid, so the cluster stops its workers itself; all of them
are gone within STOP_SECONDS or the demo says which one it had to kill.

Ports: RALLIED_DEMO_WEB_PORT (8000) and RALLIED_DEMO_SANDBOX_PORT (8900).
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SAMPLES = ROOT / "demo" / "sample_tickets.jsonl"
# How long the processes get to stop after SIGTERM before the demo kills what is left (and says so).
STOP_SECONDS = 5.0
# How long the demo waits for every ticket to settle before printing the banner anyway (with the open ones).
SETTLE_SECONDS = 90.0
# Statuses a ticket only passes through: the banner waits until none is left in one.
MOVING = {"received", "triaged", "executing"}
VENDORS = "simulated vendors"


@dataclass
class Config:
    web_port: int
    sandbox_port: int
    log_dir: Path

    @classmethod
    def from_env(cls) -> Config:
        return cls(web_port=_port("RALLIED_DEMO_WEB_PORT", 8000), sandbox_port=_port("RALLIED_DEMO_SANDBOX_PORT", 8900),
                   log_dir=Path(os.environ.get("RALLIED_DEMO_LOG_DIR") or ROOT / "var" / "log"))

    @property
    def web(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    @property
    def sandbox(self) -> str:
        return f"http://127.0.0.1:{self.sandbox_port}"


def _port(name: str, default: int) -> int:
    value = os.environ.get(name) or str(default)
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise SystemExit(f"{name}={value!r} is not a port number (1-65535).")
    return int(value)


def child_env(config: Config) -> dict[str, str]:
    values = dict(os.environ)
    values.setdefault("DEBUG", "1")
    values.setdefault("RALLIED_SANDBOX_URL", config.sandbox)
    values.setdefault("RALLIED_PUBLIC_URL", config.web)
    values.setdefault("PYTHONUNBUFFERED", "1")
    # /metrics adds up every process's counts, the cluster's vendor calls included (prometheus_client's
    # multiprocess mode, as under make serve); beside the logs (var/prometheus), emptied at each start in main().
    values.setdefault("PROMETHEUS_MULTIPROC_DIR", str(config.log_dir.parent / "prometheus"))
    return values


@dataclass
class Child:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path
    _file: IO[bytes] = field(repr=False)


@dataclass
class Demo:
    config: Config
    children: list[Child] = field(default_factory=list)

    def start(self, name: str, log_name: str, *args: str) -> Child:
        log = self.config.log_dir / log_name
        out = log.open("ab")
        # Its own session: Ctrl-C in the terminal reaches the demo alone, which then stops each process in order.
        proc = subprocess.Popen([PY, "manage.py", *args], cwd=ROOT, env=child_env(self.config), stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
        child = Child(name, proc, log, out)
        self.children.append(child)
        return child

    def stop(self) -> list[str]:
        """SIGTERM to each process's main pid: the web app and the cluster first, the simulated vendors once they
        are gone (a worker finishing its task still calls them). Everything within STOP_SECONDS, or it is killed
        and the demo says so.

        Never to a process group: django-q2's sentinel and workers must hear it from the cluster's main process,
        which stops them in order; signalled directly they die under it and it waits forever.
        """
        started = time.monotonic()
        lines = []
        for stage in ([c for c in self.children if c.name != VENDORS], [c for c in self.children if c.name == VENDORS]):
            for child in stage:
                if child.proc.poll() is None:
                    child.proc.send_signal(signal.SIGTERM)
            for child in stage:
                said = _wait(child, STOP_SECONDS - (time.monotonic() - started))
                lines.append(f"  {child.name}: {said} at {time.monotonic() - started:.1f} s")
        for child in self.children:  # a worker its parent left behind would keep the session alive
            if _session_alive(child.proc.pid):
                _kill_session(child.proc.pid)
                lines.append(f"  {child.name}: left processes behind, killed (SIGKILL)")
        lines.append(f"Everything stopped in {time.monotonic() - started:.1f} s.")
        return lines


def _wait(child: Child, seconds: float) -> str:
    try:
        code = child.proc.wait(timeout=max(0.1, seconds))
        said = f"exited ({_exit(code)})"
    except subprocess.TimeoutExpired:
        _kill_session(child.proc.pid)
        child.proc.wait()
        said = f"still running after {STOP_SECONDS:.0f} s, killed (SIGKILL)"
    child._file.close()
    return said


def _exit(code: int) -> str:
    return f"signal {signal.Signals(-code).name}" if code < 0 else f"code {code}"


def _session_alive(sid: int) -> bool:
    try:
        os.killpg(sid, 0)  # start_new_session: the session id is the group id is the child's pid
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _kill_session(sid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(sid, signal.SIGKILL)


def port_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def wait_http(url: str, child: Child, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if child.proc.poll() is not None:
            raise SystemExit(f"The {child.name} stopped while starting; see {child.log}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except urllib.error.HTTPError:
            return  # it answered
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"{url} did not come up in {seconds:.0f}s; see {child.log}")


def post_ticket(config: Config, token: str, row: dict[str, Any]) -> dict[str, Any]:
    body = json.dumps({k: v for k, v in row.items() if k != "tenant"}).encode()
    req = urllib.request.Request(f"{config.web}/api/v1/tickets/", data=body, method="POST",
                                 headers={"Authorization": f"Token {token}", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


def replay(config: Config) -> list[tuple[str, int, str]]:
    """Post the sample tickets through the API as each tenant's PSA would; (tenant, ticket id, subject)."""
    from tenants.models import Tenant
    from tenants.services import create_api_token

    tokens: dict[str, str] = {}
    posted = []
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        slug = row["tenant"]
        if slug not in tokens:
            _, tokens[slug] = create_api_token(actor="system:demo", tenant=Tenant.objects.get(slug=slug),
                                               name=f"{slug} demo replay")
        posted.append((slug, post_ticket(config, tokens[slug], row)["id"], row["subject"]))
    return posted


def poll_psas_now() -> None:
    """Take in the PSAs' open tickets now rather than at the cluster's first scheduled poll (30 s in), so the
    banner's counts are the ones the admin will keep showing."""
    from tenants.models import Connection
    from tickets.intake import poll_connection, pollable_connection_ids

    for connection in Connection.objects.filter(pk__in=pollable_connection_ids()):
        poll_connection(connection=connection)


def ticket_counts() -> Counter[str]:
    from tickets.models import Ticket

    return Counter(dict(Ticket.objects.values_list("status").annotate(n=_count()).order_by("status")))


def _count() -> Any:
    from django.db.models import Count

    return Count("id")


def still_moving() -> int:
    """Tickets the cluster is still working on: the passing statuses, and a verification in progress (a push the
    sandbox answers in a moment), but not one waiting for a manager to open the link mailed to them."""
    from approvals.manager_models import ManagerConfirmation
    from tickets.models import Ticket

    waiting_on_manager = ManagerConfirmation.objects.filter(status=ManagerConfirmation.Status.SENT)
    verifying = Ticket.objects.filter(status="awaiting_verification").exclude(
        pk__in=waiting_on_manager.values("ticket_id"))
    return Ticket.objects.filter(status__in=MOVING).count() + verifying.count()


def wait_settled(seconds: float = SETTLE_SECONDS) -> Counter[str]:
    """Nothing still moving, and the counts unchanged for a second and a half."""
    deadline = time.monotonic() + seconds
    last, since = None, time.monotonic()
    while time.monotonic() < deadline:
        counts = ticket_counts()
        if counts != last:
            last, since = counts, time.monotonic()
        elif time.monotonic() - since >= 1.5 and not still_moving():
            return counts
        time.sleep(0.3)
    return ticket_counts()


def setup_django(config: Config) -> None:
    """This process reads the database itself (the banner's counts) with the children's settings."""
    os.environ.update(child_env(config))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rallied.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def banner(config: Config, counts: Counter[str], posted: list[tuple[str, int, str]], seconds: float) -> list[str]:
    from django.conf import settings

    from tickets.choices import TicketStatus
    from tickets.models import Ticket

    mail = Path(settings.EMAIL_FILE_PATH)
    mail.mkdir(parents=True, exist_ok=True)  # the banner names it: it exists before anything is mailed
    total = sum(counts.values())
    by_status = ", ".join(f"{counts[s]} {s.replace('_', ' ')}" for s in TicketStatus.values if counts[s])
    sources = Counter(Ticket.objects.values_list("source", flat=True))
    from_psa = total - sources.get("api", 0)
    password = os.environ.get("RALLIED_DEMO_PASSWORD") or "rallied-demo"
    return [
        "",
        f"Rallied is ready (started in {seconds:.0f} s): {config.web}/admin/",
        f"  tickets in the database: {total} ({by_status}); {len(posted)} replayed from {SAMPLES.name}, "
        f"{from_psa} taken in from the PSAs",
        f"  review queue (technicians): {config.web}/queue/",
        f"  service lead: {config.web}/admin/tenants/tenant/reports/ (plan-mode report, policy matrix per tenant)",
        f"  mail the demo sends (manager links): {mail}",
        f"  simulated vendors: {config.sandbox}/_control/state",
        f"  logs of the web app, the cluster and the vendors: {config.log_dir}",
        f"  logins: lead (service lead, admin), tech and tech2 (technicians), auditor; password {password}",
        "  second factor: in another shell, `DEBUG=1 .venv/bin/python manage.py demo_otp lead` prints the code",
        "Press Ctrl-C to stop everything.",
    ]


def migrate_and_seed(log: Path) -> None:
    """In this process (it has Django set up already): two fewer interpreters to start than `manage.py` twice."""
    from django.core.management import call_command

    with log.open("a", encoding="utf-8") as out:
        try:
            call_command("migrate", interactive=False, stdout=out, stderr=out)
            call_command("seed_demo", stdout=out, stderr=out)
        except Exception as exc:
            raise SystemExit(f"Migrating and seeding failed ({exc}); see {log}") from exc


def run(demo: Demo) -> int:
    config = demo.config
    started = time.monotonic()
    setup_log = config.log_dir / "setup.log"
    print(f"== migrating and seeding the demo world (log: {setup_log})", flush=True)
    setup_django(config)
    migrate_and_seed(setup_log)
    print(f"== starting the simulated vendors ({config.sandbox}), the web app ({config.web}) and the django-q2 "
          "cluster", flush=True)
    sandbox = demo.start(VENDORS, "sandbox.log", "sandbox", "--port", str(config.sandbox_port))
    web = demo.start("web app", "web.log", "runserver", f"127.0.0.1:{config.web_port}", "--noreload")
    demo.start("django-q2 cluster", "cluster.log", "qcluster")
    wait_http(f"{config.sandbox}/_control/state", sandbox)
    wait_http(f"{config.web}/admin/login/", web)
    posted = replay(config)
    poll_psas_now()
    print(f"== replayed {len(posted)} sample tickets and polled the PSAs; waiting for the cluster", flush=True)
    counts = wait_settled()
    statuses = dict(_statuses([tid for _, tid, _ in posted]))
    for slug, tid, subject in posted:
        print(f"   #{tid:<4} {slug:<10} {statuses.get(tid, '?'):<22} {subject}")
    print("\n".join(banner(config, counts, posted, time.monotonic() - started)), flush=True)
    while all(c.proc.poll() is None for c in demo.children):
        time.sleep(0.5)
    gone = next(c for c in demo.children if c.proc.poll() is not None)
    print(f"The {gone.name} stopped on its own (see {gone.log}); stopping the rest.", flush=True)
    return 1


def _statuses(ids: list[int]) -> list[tuple[int, str]]:
    from tickets.models import Ticket

    return list(Ticket.objects.filter(pk__in=ids).values_list("pk", "status"))


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    config = Config.from_env()
    for port, name in ((config.web_port, "RALLIED_DEMO_WEB_PORT"), (config.sandbox_port, "RALLIED_DEMO_SANDBOX_PORT")):
        if not port_free(port):
            print(f"Port {port} is in use; stop what uses it or set {name} to another port.")
            return 2
    config.log_dir.mkdir(parents=True, exist_ok=True)
    metrics_dir = Path(child_env(config)["PROMETHEUS_MULTIPROC_DIR"])
    metrics_dir.mkdir(parents=True, exist_ok=True)
    for stale in metrics_dir.glob("*.db"):  # the last run's counts
        stale.unlink()
    demo = Demo(config)
    # `kill <demo pid>` stops it like Ctrl-C does; SIGINT set explicitly because a shell that starts the demo in the
    # background hands it SIGINT ignored.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    code = 0
    try:
        code = run(demo)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the stopping short
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        if demo.children:
            print("\nStopping…", flush=True)
            print("\n".join(demo.stop()), flush=True)
    return code


if __name__ == "__main__":
    # Nothing needs collecting on the way out: freeze the heap so the interpreter's teardown does not walk the
    # product's objects (seconds on a busy machine), as manage.py does.
    atexit.register(gc.freeze)
    sys.exit(main())
