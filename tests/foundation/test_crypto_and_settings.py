"""Acceptance 8 (secrets at rest) and 9 (production settings refuse to start without a SECRET_KEY)."""

from __future__ import annotations

import base64
import io
import os
import subprocess
import sys

import pytest
from cryptography.fernet import Fernet
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from rallied import crypto
from rallied.crypto import DecryptionError
from tenants.models import Connection


def raw_credentials(pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT credentials_encrypted FROM {Connection._meta.db_table} WHERE id = %s", [pk])
        return cursor.fetchone()[0]


def secret_strings(values: dict) -> list[str]:
    return [v for v in values.values() if isinstance(v, str) and len(v) >= 6]


@pytest.fixture(autouse=True)
def fresh_fernet():
    crypto._fernet.cache_clear()
    yield
    crypto._fernet.cache_clear()


@pytest.mark.django_db
def test_connection_credentials_are_encrypted_at_rest(world):
    connections = list(Connection.objects.exclude(credentials_encrypted=""))
    assert connections
    for conn in connections:
        creds = conn.get_credentials()
        raw = raw_credentials(conn.pk)
        assert raw and raw.startswith("gAAAA")  # a Fernet token
        for value in secret_strings(creds):
            assert value not in raw, f"{conn}: a credential is stored in clear"


@pytest.mark.django_db
def test_credentials_round_trip_through_set_and_get(world):
    conn = Connection.objects.get(tenant__slug="contoso", vendor="entra")
    conn.set_credentials({"client_secret": "s3cr3t-Value-42", "extra": 1})
    conn.save()
    assert "s3cr3t-Value-42" not in raw_credentials(conn.pk)
    assert Connection.objects.get(pk=conn.pk).get_credentials() == {"client_secret": "s3cr3t-Value-42", "extra": 1}
    assert crypto.decrypt_text(crypto.encrypt_text("héllo")) == "héllo"


def test_a_value_from_an_unknown_key_raises():
    foreign = Fernet.generate_key().decode()
    with override_settings(RALLIED_SECRET_KEYS=[foreign]):
        crypto._fernet.cache_clear()
        token = crypto.encrypt_json({"api_key": "abc"})
    crypto._fernet.cache_clear()
    with pytest.raises(DecryptionError):
        crypto.decrypt_json(token)
    with pytest.raises(DecryptionError):
        crypto.decrypt_text("not-a-token")


@pytest.mark.django_db
def test_rotate_keys_lets_the_old_key_be_dropped(world):
    old = list(settings.RALLIED_SECRET_KEYS)
    new = Fernet.generate_key().decode()
    before = {c.pk: c.get_credentials() for c in Connection.objects.exclude(credentials_encrypted="")}
    with override_settings(RALLIED_SECRET_KEYS=[new, *old]):
        crypto._fernet.cache_clear()
        call_command("rotate_keys", stdout=io.StringIO())
    with override_settings(RALLIED_SECRET_KEYS=[new]):
        crypto._fernet.cache_clear()
        after = {c.pk: c.get_credentials() for c in Connection.objects.exclude(credentials_encrypted="")}
    assert after == before
    crypto._fernet.cache_clear()
    with pytest.raises(DecryptionError):  # the old key alone no longer opens them
        Connection.objects.exclude(credentials_encrypted="").first().get_credentials()


def _django_setup(env_overrides: dict[str, str], drop: tuple[str, ...]) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=60,
    )


ENV_SECRETS = ("DEBUG", "SECRET_KEY", "RALLIED_SECRET_KEYS", "DJANGO_SETTINGS_MODULE")


def test_production_start_without_secret_key_fails_naming_it():
    result = _django_setup({"DJANGO_SETTINGS_MODULE": "rallied.settings"}, ENV_SECRETS)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr
    assert "started" not in result.stdout


def test_production_start_without_fernet_keys_fails_naming_them():
    result = _django_setup({"DJANGO_SETTINGS_MODULE": "rallied.settings", "SECRET_KEY": "x" * 50},
                           ENV_SECRETS)
    assert result.returncode != 0
    assert "RALLIED_SECRET_KEYS" in result.stderr


def test_production_start_with_everything_set_works():
    audit_key = base64.b64encode(os.urandom(32)).decode()  # the checkpoint signing key (audit/keys.py)
    result = _django_setup({"DJANGO_SETTINGS_MODULE": "rallied.settings", "SECRET_KEY": "x" * 50,
                            "RALLIED_SECRET_KEYS": Fernet.generate_key().decode(),
                            "RALLIED_AUDIT_SIGNING_KEYS": "test=env:RALLIED_TEST_AUDIT_KEY",
                            "RALLIED_TEST_AUDIT_KEY": audit_key}, ENV_SECRETS)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout
