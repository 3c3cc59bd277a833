"""The production web server's logs never carry a one-time link's token: the real gunicorn, as `make serve` runs it
(rallied/gunicorn_conf.py), with its access log and error log in files, serving a real one-time secret link."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection

from playbooks.models import Action
from tenants.models import Tenant
from tickets.secrets import link_for, store_secret
from tickets.services import ingest_ticket

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = Path(sys.executable).with_name("gunicorn")
PASSWORD = "Temp-Pass-Log-4821!"
UNKNOWN = "NotARealTokenButSecretLooking42"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def one_time_link() -> str:
    """A real one-time secret in the (committed) test database; returns its token."""
    tenant = Tenant.objects.get(slug="contoso")
    ticket, _ = ingest_ticket(actor="system:test", tenant=tenant, source="api", external_id="log-mask-1",
                              subject="Password reset", body="Please reset it.", enqueue=False,
                              requester_email="adele.vance@contoso.example")
    action = Action.objects.create(ticket=ticket, kind="reset_password", target="adele.vance@contoso.example",
                                   params={"target": "adele.vance@contoso.example"}, decision="autonomous",
                                   status="succeeded", idempotency_key="test:log-mask-1")
    secret = store_secret(ticket=ticket, action=action, label="Temporary password", value=PASSWORD)
    return link_for(secret).rstrip("/").rsplit("/", 1)[1]


def start_gunicorn(logs: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings",
           "DATABASE_URL": f"sqlite:///{connection.settings_dict['NAME']}",
           "RALLIED_ACCESS_LOG": str(logs / "access.log"), "RALLIED_ERROR_LOG": str(logs / "error.log")}
    output = open(logs / "output.log", "wb")  # noqa: SIM115 - the process's own stdout and stderr, closed below
    return subprocess.Popen([str(GUNICORN), "rallied.wsgi", "-c", "python:rallied.gunicorn_conf", "--bind",
                             f"127.0.0.1:{port}", "--workers", "1"], cwd=ROOT, env=env, stdout=output,
                            stderr=subprocess.STDOUT, start_new_session=True)


def wait_until_serving(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert server.poll() is None, "gunicorn exited"
        try:
            requests.get(f"{base}/accounts/login/", timeout=5)
            return
        # Not listening yet, or listening while the worker still loads the app: its first request imports Django
        # and the triage rules, which on a loaded 2-core machine has taken longer than one request's 5 s.
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.2)
    raise AssertionError("gunicorn did not answer within 60 s")


def open_the_link(base: str, token: str) -> None:
    """As a browser does: the page, then the button (a POST whose Referer is the link itself)."""
    http = requests.Session()
    http.trust_env = False
    page = http.get(f"{base}/s/{token}/", timeout=10)
    assert page.status_code == 200
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    shown = http.post(f"{base}/s/{token}/", data={"csrfmiddlewaretoken": csrf}, timeout=10,
                      headers={"Referer": f"{base}/s/{token}/"})
    assert shown.status_code == 200 and PASSWORD in shown.text  # the link worked: the secret was really shown
    assert http.get(f"{base}/s/{UNKNOWN}/", timeout=10).status_code == 404  # Django logs this one as a warning


@pytest.mark.django_db(transaction=True)  # gunicorn reads the test database from its own process
def test_gunicorn_logs_a_normal_path_and_never_a_link_token(world, tmp_path):
    if not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        pytest.skip("the server shares the test database through its SQLite file")
    token = one_time_link()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_gunicorn(tmp_path, port)
    try:
        wait_until_serving(base, server)
        open_the_link(base, token)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)

    logs = {path.name: path.read_text(errors="replace") for path in tmp_path.glob("*.log")}
    assert set(logs) == {"access.log", "error.log", "output.log"}
    for name, text in logs.items():
        assert token not in text, name
        assert UNKNOWN not in text, name
        assert PASSWORD not in text, name
    access = logs["access.log"]
    assert re.search(r'"GET /accounts/login/ HTTP/1\.1" 200', access)  # an ordinary path is logged as it is
    assert len(re.findall(r'"(GET|POST) /s/\*\*\*/ HTTP/1\.1"', access)) == 3  # each link request, masked
    assert f'"{base}/s/***/"' in access  # and the Referer of the POST
    assert "/s/***/" in logs["error.log"] + logs["output.log"]  # Django's "Not Found" warning, masked


def test_the_cluster_logs_through_the_mask():
    """qcluster boots as every manage.py command does; django-q2 then logs as "django-q" through Django's masked
    handlers, adding its own unmasked handler only when there is none. Logged from such a process, a link is masked."""
    script = ("import logging, django_q.conf; "
              "logging.getLogger('django-q').error('task failed for /s/ClusterTok3n99/'); "
              "logging.getLogger('rallied.tasks').error('task failed for /approvals/link/ClusterTok3n98/')")
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "rallied.settings", "DEBUG": "1"}
    done = subprocess.run([sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "ClusterTok3n" not in out
    assert "/s/***/" in out and "/approvals/link/***/" in out
