"""Long commands show a progress bar on a terminal and nothing extra on a pipe; the summary is printed either way."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from audit.models import AuditEvent
from audit.services import record


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _tickets(tmp_path: Path, rows: int = 40) -> Path:
    path = tmp_path / "tickets.jsonl"
    lines = [{"id": str(n), "subject": "pw", "body": "please reset my password", "label": "password_reset",
              "ambiguous": False} for n in range(rows)]
    path.write_text("".join(json.dumps(row) + "\n" for row in lines), encoding="utf-8")
    return path


# name -> (bar description, summary text, where the summary goes)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "verify_audit": ("verifying audit chain", "Audit chain intact", "stdout"),
    "export_audit": ("exporting audit events", "Exported", "stderr"),
    "rotate_keys": ("re-encrypting", "Re-encrypted", "stdout"),
    "seed_demo": ("seeding the demo world", "Seeded tenants", "stdout"),
    "classify": ("classifying (rules)", "Classified 40 ticket(s)", "stderr"),
    "evaluate_triage": ("classifying (rules)", "accuracy (all rows)", "stdout"),
}


def _run(name: str, tmp_path: Path, sandbox_url: str, stderr: io.StringIO) -> io.StringIO:
    out = io.StringIO()
    args: dict[str, Any] = {
        "export_audit": {"output": str(tmp_path / "audit.jsonl")},
        "seed_demo": {"sandbox_url": sandbox_url},
        "classify": {"input": str(_tickets(tmp_path)), "output": str(tmp_path / "out.jsonl")},
        "evaluate_triage": {"dataset": str(_tickets(tmp_path))},
    }.get(name, {})
    call_command(name, stdout=out, stderr=stderr, **args)
    return out


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_terminal_sees_a_bar_and_the_summary(name: str, world: Any, sandbox: Any, tmp_path: Path) -> None:
    for n in range(30):
        record(actor="system:test", verb="test.filled", details={"n": n})
    desc, summary, where = COMMANDS[name]
    err = FakeTerminal()
    out = _run(name, tmp_path, sandbox.url, err)
    assert desc in err.getvalue()
    assert "\r" in err.getvalue()  # redrawn in place, not a line per step
    assert summary in (out if where == "stdout" else err).getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_a_pipe_sees_no_bar_but_still_the_summary(name: str, world: Any, sandbox: Any, tmp_path: Path) -> None:
    desc, summary, where = COMMANDS[name]
    err = io.StringIO()
    out = _run(name, tmp_path, sandbox.url, err)
    assert desc not in err.getvalue()
    assert "\r" not in err.getvalue() + out.getvalue()
    assert summary in (out if where == "stdout" else err).getvalue()


@pytest.mark.django_db
def test_export_to_the_terminal_draws_no_bar_over_the_events(world: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stdout", terminal)
    err = FakeTerminal()
    call_command("export_audit", stderr=err)
    assert "exporting audit events" not in err.getvalue()
    assert len(terminal.getvalue().splitlines()) == AuditEvent.objects.count()


@pytest.mark.django_db
def test_verify_audit_queries_do_not_grow_with_the_trail(world: Any, django_assert_max_num_queries) -> None:
    for n in range(30):
        record(actor="system:test", verb="test.filled", details={"n": n})
    # The head (before and after), one streamed select and the pending events' summary (audit.services's
    # deferred chaining, 947c4c7): no query per event.
    with django_assert_max_num_queries(4):
        call_command("verify_audit", stdout=io.StringIO(), stderr=io.StringIO())
