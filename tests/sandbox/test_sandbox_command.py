"""`manage.py sandbox` serves on loopback, prints its URL and prefixes, and stops cleanly."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ignore_sigint() -> None:  # what a job started with `&` by a non-interactive shell inherits
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize("started", ["from a terminal", "as a background job"])
def test_sandbox_command_serves_and_stops_on_ctrl_c(started):
    port = free_port()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "manage.py", "sandbox", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=ignore_sigint if started == "as a background job" else None,
    )
    try:
        lines = []
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if "control:" in line or not line:
                break
        text = "".join(lines)
        assert f"http://127.0.0.1:{port}" in text
        assert f"http://127.0.0.1:{port}/graph/" in text and f"http://127.0.0.1:{port}/connectwise/" in text
        session = requests.Session()
        session.trust_env = False
        assert session.get(f"http://127.0.0.1:{port}/duo/auth/v2/ping", timeout=5).json()["stat"] == "OK"
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        assert proc.returncode == 0, err
        assert "Sandbox stopped." in out and "Traceback" not in err
    finally:
        if proc.poll() is None:
            proc.kill()


def test_sandbox_command_help_states_its_rules():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    out = subprocess.run([sys.executable, "manage.py", "help", "sandbox"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=30).stdout
    assert "127.0.0.1" in out and "sandbox-only" in out and "--directory" in out
