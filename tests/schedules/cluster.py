"""A real `manage.py qcluster` for a test: a subprocess on this pytest process's own SQLite test file and the
in-process sandbox, in its own process group so a test can stop it (SIGTERM) or kill it with everything it forked
(SIGKILL), as an operator's restart or a crashed host would.

It needs a `django_db(transaction=True)` test: the cluster only sees what the test committed. It runs the plain
settings (not tests/settings.py: that one runs tasks in-process), with the test's keys so it can read the
connections' credentials, and audit checkpoint signing off (it would write key files outside the test's folder).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.db import connection

MANAGE = Path(settings.BASE_DIR) / "manage.py"


def _test_database_url() -> str:
    """The database this test runs on (the test database, not the configured one), as the cluster's DATABASE_URL:
    the SQLite test file, or the PostgreSQL test database CI's second run uses. The cluster's broker is the ORM
    broker on that same database either way, so it sees exactly what the test committed."""
    cfg = connection.settings_dict
    if connection.vendor == "sqlite":
        assert Path(cfg["NAME"]).is_file(), "a real cluster needs the SQLite test file, not an in-memory database"
        return f"sqlite:///{cfg['NAME']}"
    assert connection.vendor == "postgresql", f"no real cluster for {connection.vendor}"
    user = quote(cfg.get("USER") or "", safe="")
    password = f":{quote(cfg['PASSWORD'], safe='')}" if cfg.get("PASSWORD") else ""
    return f"postgres://{user}{password}@{cfg.get('HOST') or '127.0.0.1'}:{cfg.get('PORT') or 5432}/{cfg['NAME']}"


class Cluster:
    """One qcluster process group; its log (django-q2 at INFO) in `log`."""

    def __init__(self, log: Path) -> None:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "rallied.settings", "DEBUG": "1",
               "DATABASE_URL": _test_database_url(), "RALLIED_BROKER": "orm", "RALLIED_TASKS_SYNC": "0",
               "SECRET_KEY": settings.SECRET_KEY, "RALLIED_SECRET_KEYS": ",".join(settings.RALLIED_SECRET_KEYS),
               "RALLIED_AUDIT_SIGNING": "0", "Q_LOG_LEVEL": "INFO", "RALLIED_WORKERS": "1"}
        self.log = log
        self._out = log.open("ab")
        self.proc = subprocess.Popen([sys.executable, str(MANAGE), "qcluster"], cwd=settings.BASE_DIR, env=env,
                                     stdout=self._out, stderr=subprocess.STDOUT, start_new_session=True)

    def text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_running(self, timeout: float = 120.0) -> None:
        """Until django-q2 says this cluster runs (it logs "Q Cluster <name> [<queue>] running." once its workers,
        monitor and pusher are up)."""
        until(lambda: "] running." in self.text() or self.proc.poll() is not None, timeout, "the cluster to start")
        assert self.proc.poll() is None, f"the cluster exited at start:\n{self.text()[-3000:]}"

    def stop(self, sig: signal.Signals, timeout: float = 60.0) -> None:
        """SIGTERM: django-q2's own shutdown, which waits for its workers. SIGKILL: the whole group at once."""
        if self.proc.poll() is None:
            if sig == signal.SIGKILL:
                os.killpg(self.proc.pid, signal.SIGKILL)
            else:
                self.proc.send_signal(sig)
            self.proc.wait(timeout=timeout)
        if sig == signal.SIGTERM:
            # Its workers end with it; anything left of the group after a graceful stop is killed, not leaked.
            _kill_group(self.proc.pid)
        self._out.close()

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.proc.poll() is None:
            _kill_group(self.proc.pid)
            self.proc.wait(timeout=30)
        self._out.close()


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pgid, signal.SIGKILL)


def until(check: Callable[[], Any], timeout: float, what: str, every: float = 0.25) -> Any:
    """Poll `check` until it returns something true (returned), or fail after `timeout` seconds naming `what`."""
    deadline = time.monotonic() + timeout
    while True:
        got = check()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(every)
