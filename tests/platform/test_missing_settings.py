"""manage.py without DEBUG=1 and without the production secrets: one line saying what is missing, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.conf import settings

DROP = ("DEBUG", "SECRET_KEY", "RALLIED_SECRET_KEYS", "DJANGO_SETTINGS_MODULE")


def manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    values = {k: v for k, v in os.environ.items() if k not in DROP}
    values.update(env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=settings.BASE_DIR, env=values,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("command", [["runserver", "--noreload"], ["qcluster"], ["shell", "-c", "print(1)"]])
def test_one_line_names_both_secrets_and_how_to_set_them(command: list[str]) -> None:
    result = manage(*command)
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "SECRET_KEY and RALLIED_SECRET_KEYS must be set when DEBUG is off" in lines[0]
    assert "DEBUG=1" in lines[0] and ".env.example" in lines[0]


def test_only_the_one_still_missing_is_named() -> None:
    result = manage("shell", "-c", "print(1)", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "RALLIED_SECRET_KEYS must be set" in result.stderr and "SECRET_KEY and" not in result.stderr


def test_with_debug_the_same_command_runs() -> None:
    result = manage("shell", "-c", "print('started')", DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "started"
