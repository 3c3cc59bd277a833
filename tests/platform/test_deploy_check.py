"""Production settings from the environment: `check --deploy` is clean with them, and each knob is the environment's.

Each check runs `manage.py` in a subprocess with a clean production environment (no DEBUG), as a deployment would.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def production_env(**extra: str) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp"),
           "SECRET_KEY": secrets.token_urlsafe(64), "RALLIED_SECRET_KEYS": "ZGV2LW9ubHktZmVybmV0LWtleS1kby1ub3QtdXNlLTA=",
           "ALLOWED_HOSTS": "rallied.example.com", "CSRF_TRUSTED_ORIGINS": "https://rallied.example.com",
           "DJANGO_SETTINGS_MODULE": "rallied.settings",
           # The audit checkpoint signing key, from the environment (audit/keys.py); `check` loads it.
           "RALLIED_AUDIT_SIGNING_KEYS": "deploy-check=env:RALLIED_AUDIT_KEY_DEPLOY_CHECK",
           "RALLIED_AUDIT_KEY_DEPLOY_CHECK": base64.b64encode(os.urandom(32)).decode()}
    env.update(extra)
    return env


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=production_env(**env),
                          capture_output=True, text=True, timeout=120)


def test_check_deploy_has_no_warnings_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_check_deploy_names_what_the_environment_switched_off():
    """The same check is not blind: production settings weakened through the environment are reported."""
    result = manage("check", "--deploy", "--fail-level", "WARNING", SECURE_HSTS_SECONDS="0",
                    SESSION_COOKIE_SECURE="0", CSRF_COOKIE_SECURE="0", SECURE_SSL_REDIRECT="0")
    assert result.returncode != 0
    for check in ("security.W004", "security.W008", "security.W012", "security.W016"):
        assert check in result.stderr, check


SHOW = ("import json, django; django.setup(); from django.conf import settings as s; print(json.dumps({k: "
        "str(getattr(s, k, None)) for k in ['SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SECURE_HSTS_SECONDS', "
        "'SECURE_SSL_REDIRECT', 'SECURE_PROXY_SSL_HEADER', 'CSRF_TRUSTED_ORIGINS', 'AXES_FAILURE_LIMIT', "
        "'AXES_COOLOFF_TIME']}))")


def settings_under(**env: str) -> dict[str, str]:
    result = subprocess.run([sys.executable, "-c", SHOW], cwd=ROOT, env=production_env(**env), capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_security_settings_come_from_the_environment():
    shipped = settings_under()
    assert shipped["SESSION_COOKIE_SECURE"] == "True" and shipped["CSRF_COOKIE_SECURE"] == "True"
    assert shipped["SECURE_HSTS_SECONDS"] == "31536000" and shipped["SECURE_SSL_REDIRECT"] == "True"
    assert shipped["SECURE_PROXY_SSL_HEADER"] == "None"
    assert shipped["CSRF_TRUSTED_ORIGINS"] == "['https://rallied.example.com']"
    assert shipped["AXES_FAILURE_LIMIT"] == "5"

    tuned = settings_under(SECURE_HSTS_SECONDS="600", RALLIED_PROXY_SSL_HEADER="1", RALLIED_LOGIN_FAILURE_LIMIT="8",
                           RALLIED_LOGIN_COOLOFF_MINUTES="15")
    assert tuned["SECURE_HSTS_SECONDS"] == "600"
    assert tuned["SECURE_PROXY_SSL_HEADER"] == "('HTTP_X_FORWARDED_PROTO', 'https')"
    assert tuned["AXES_FAILURE_LIMIT"] == "8" and tuned["AXES_COOLOFF_TIME"] == "0:15:00"
