"""RALLIED_LOG_FORMAT=json: each log record is one JSON line carrying the ids as fields, with link secrets masked.

Run in a subprocess with the real settings, because LOGGING is configured once, when Django starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Unsaved instances: the ids come from the objects already in memory (rallied.logs.log_ids), no database needed.
SCRIPT = """
import logging, django
django.setup()
from playbooks.models import Action
from rallied.logs import log_ids
from tickets.models import Ticket
ticket = Ticket(pk=7, tenant_id=3)
action = Action(pk=11, ticket=ticket)
logging.getLogger("rallied.executor").warning(
    "action %s crashed; link was /s/%s/", action.pk, "SuperSecretLinkTok3n", extra=log_ids(action=action))
logging.getLogger("django.server").info('"GET /approvals/link/%s/ HTTP/1.1" 200 12', "SignedApprovalTok")
"""


def _run(log_format: str | None) -> list[str]:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "rallied.settings", "DEBUG": "1"}
    env.pop("RALLIED_LOG_FORMAT", None)
    if log_format:
        env["RALLIED_LOG_FORMAT"] = log_format
    done = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60, check=True)
    return [line for line in done.stderr.splitlines() if line.strip()]


def test_json_format_writes_one_object_per_line_with_ids_and_no_secret():
    lines = _run("json")
    assert len(lines) == 2
    event, access = (json.loads(line) for line in lines)
    assert event["level"] == "WARNING" and event["logger"] == "rallied.executor"
    assert (event["action_id"], event["ticket_id"], event["tenant_id"]) == (11, 7, 3)
    assert event["message"] == "action 11 crashed; link was /s/***/"
    assert "/approvals/link/***/" in access["message"]
    joined = "\n".join(lines)
    assert "SuperSecretLinkTok3n" not in joined and "SignedApprovalTok" not in joined


def test_plain_format_stays_the_default():
    lines = _run(None)
    assert len(lines) == 2
    assert lines[0].endswith("WARNING rallied.executor action 11 crashed; link was /s/***/")
    assert not lines[0].startswith("{")
    assert "SignedApprovalTok" not in "\n".join(lines)
