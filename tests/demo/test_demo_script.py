"""`make demo` end to end: scripts/demo.py as a subprocess on free ports, its own SQLite file and folders.

It must print a ready banner as the last thing on the console, with ticket counts that are the database's, name
only folders that exist, and on Ctrl-C stop every process it started (web app, the cluster and its workers, the
simulated vendors) within five seconds without killing any of them.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
from django.conf import settings

DEMO = Path(settings.BASE_DIR) / "scripts" / "demo.py"
LAST_LINE = "Press Ctrl-C to stop everything."
BANNER_WITHIN = 240  # seconds; about 40 on an idle machine, most of it migrating a new database
STOP_WITHIN = 5.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def demo_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("RALLIED_", "DJANGO_")) and k not in {"DATABASE_URL", "DEBUG"}}
    env.update({
        "DJANGO_SETTINGS_MODULE": "rallied.settings",  # not pytest's: the demo runs the product as a user does
        "DATABASE_URL": f"sqlite:///{tmp / 'demo.sqlite3'}",
        "RALLIED_BROKER": "orm",
        "RALLIED_DEMO_WEB_PORT": str(free_port()),
        "RALLIED_DEMO_SANDBOX_PORT": str(free_port()),
        "RALLIED_DEMO_LOG_DIR": str(tmp / "log"),
        "RALLIED_EMAIL_FILE_PATH": str(tmp / "mail"),
    })
    return env


class Console:
    """The demo's console output, read line by line in a thread, with the time each line arrived."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self.lines: list[tuple[float, str]] = []
        self._thread = threading.Thread(target=self._read, args=(proc,), daemon=True)
        self._thread.start()

    def _read(self, proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            self.lines.append((time.monotonic(), line.rstrip("\n")))

    def wait_for(self, text: str, seconds: float) -> float:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            for at, line in self.lines:
                if text in line:
                    return at
            time.sleep(0.2)
        raise AssertionError(f"{text!r} not printed within {seconds:.0f} s:\n" + self.text())

    def text(self) -> str:
        return "\n".join(line for _, line in self.lines)


def db_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT status, COUNT(*) FROM tickets_ticket GROUP BY status").fetchall())


def banner_counts(text: str) -> tuple[int, dict[str, int]]:
    match = re.search(r"tickets in the database: (\d+) \(([^)]*)\)", text)
    assert match, text
    counts = {}
    for part in match.group(2).split(", "):
        number, status = part.split(" ", 1)
        counts[status.replace(" ", "_")] = int(number)
    return int(match.group(1)), counts


def test_the_demo_tells_the_truth_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, str(DEMO)], cwd=settings.BASE_DIR, env=demo_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    console = Console(proc)
    try:
        console.wait_for(LAST_LINE, BANNER_WITHIN)
        time.sleep(2)  # nothing may follow the banner: the processes' chatter goes to their logs
        assert console.lines[-1][1] == LAST_LINE, console.text()
        text = console.text()

        total, by_status = banner_counts(text)
        in_db = db_counts(tmp_path / "demo.sqlite3")
        assert by_status == in_db and total == sum(in_db.values()), (text, in_db)
        assert total > 7  # the seven replayed samples and the PSAs' own open tickets, as the admin lists them
        banner = text[text.index("Rallied is ready"):]
        for folder in re.findall(r": (/\S+)$", banner, re.MULTILINE):
            assert Path(folder).is_dir(), f"the banner names {folder}, which does not exist"
        assert (tmp_path / "mail").is_dir() and (tmp_path / "log" / "cluster.log").is_file()

        tree = psutil.Process(proc.pid).children(recursive=True)
        names = " ".join(" ".join(p.cmdline()) for p in tree)
        assert "runserver" in names and "sandbox" in names and "qcluster" in names
        assert len(tree) >= 5, names  # web, vendors, cluster main, its sentinel and at least one worker

        proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
        stopped_at = time.monotonic()
        _, alive = psutil.wait_procs(tree, timeout=STOP_WITHIN)
        assert not alive, f"still running {time.monotonic() - stopped_at:.1f} s after Ctrl-C: {alive}"
        proc.wait(timeout=max(0.1, STOP_WITHIN - (time.monotonic() - stopped_at)))
        console.wait_for("Everything stopped", 5)
        assert "SIGKILL" not in console.text(), console.text()
        assert proc.returncode == 0
    finally:
        if proc.poll() is None:  # only when an assertion above failed: leave nothing running behind
            for child in psutil.Process(proc.pid).children(recursive=True):
                child.kill()
            proc.kill()
            proc.wait()
