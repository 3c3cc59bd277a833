"""The checkpoint signing keys: read from a file or the environment (PEM or raw base64), newest signs and every listed
key verifies, a bad entry is named without the key in the message, and production does not start without a key."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.test import override_settings

from audit.checkpoints import make_checkpoint
from audit.checks import check_audit_signing
from audit.keys import KeyConfigError, newest_key, signing_keys, verifiers, write_key_file
from audit.models import AuditCheckpoint, chain_of
from audit.services import record
from audit.verify_bundle import open_note, verifier_key
from tenants.models import Tenant

ROOT = Path(__file__).resolve().parents[2]


def _pem(key: Ed25519PrivateKey) -> str:
    return key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()).decode()


def _raw_b64(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())).decode()


def _public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def test_a_pem_file_and_a_base64_environment_value_both_load_newest_first(tmp_path: Path, monkeypatch):
    new, old = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    (tmp_path / "new.pem").write_text(_pem(new))
    monkeypatch.setenv("RALLIED_TEST_OLD_KEY", _raw_b64(old))
    entries = [f"k2026b={tmp_path / 'new.pem'}", "k2026a=env:RALLIED_TEST_OLD_KEY"]
    with override_settings(RALLIED_AUDIT_SIGNING_KEYS=entries):
        keys = signing_keys()
        assert [k.name for k in keys] == ["k2026b", "k2026a"] and newest_key().name == "k2026b"
        assert _public(keys[0].private_key) == _public(new) and _public(keys[1].private_key) == _public(old)
        assert [v.name for v in verifiers()] == ["k2026b", "k2026a"]
        assert "PRIVATE" not in repr(keys) and _raw_b64(old) not in repr(keys)


@pytest.mark.parametrize(("entries", "problem"), [
    (["nokey"], "NAME=SOURCE"),
    (["a b=/x"], "no spaces"),
    (["k=/no/such/file.pem"], "cannot read"),
    (["k=env:RALLIED_TEST_UNSET_KEY"], "RALLIED_TEST_UNSET_KEY is not set"),
    (["k=env:RALLIED_TEST_SHORT_KEY"], "32 bytes"),
    (["k=env:RALLIED_TEST_JUNK_KEY"], "neither PEM nor base64"),
])
def test_an_unusable_entry_is_named_and_the_key_never_shown(entries, problem, monkeypatch):
    monkeypatch.setenv("RALLIED_TEST_SHORT_KEY", base64.b64encode(b"s3cr3t-short").decode())
    monkeypatch.setenv("RALLIED_TEST_JUNK_KEY", "s3cr3t junk!")
    monkeypatch.delenv("RALLIED_TEST_UNSET_KEY", raising=False)
    with override_settings(RALLIED_AUDIT_SIGNING_KEYS=entries):
        with pytest.raises(KeyConfigError, match=problem) as error:
            signing_keys()
        assert "s3cr3t" not in str(error.value)
        (found,) = [p for p in check_audit_signing() if p.id == "audit.E001"]
        assert problem in found.msg
        with pytest.raises(SystemCheckError, match=r"audit\.E001"):
            call_command("check")


@pytest.mark.django_db
def test_after_a_rotation_the_new_key_signs_and_old_checkpoints_still_verify(world, tmp_path, settings):
    settings.RALLIED_AUDIT_WITNESSES = [f"file:{tmp_path / 'witness.jsonl'}"]
    contoso = Tenant.objects.get(slug="contoso")
    old, new = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    (tmp_path / "old.pem").write_text(_pem(old))
    (tmp_path / "new.pem").write_text(_pem(new))
    record(actor="system:test", verb="test.before", tenant=contoso)
    with override_settings(RALLIED_AUDIT_SIGNING_KEYS=[f"old={tmp_path / 'old.pem'}"]):
        before = make_checkpoint(chain=chain_of(contoso.pk))
    record(actor="system:test", verb="test.after", tenant=contoso)
    with override_settings(RALLIED_AUDIT_SIGNING_KEYS=[f"new={tmp_path / 'new.pem'}", f"old={tmp_path / 'old.pem'}"]):
        after = make_checkpoint(chain=chain_of(contoso.pk))
        assert (before.key_name, after.key_name) == ("old", "new")
        assert open_note(before.note, verifiers())[1] == ["old"]
        assert open_note(after.note, verifiers())[1] == ["new"]
    # The old private key retired: its public verifier key keeps its checkpoints verifiable.
    retired = verifier_key("old", old.public_key())
    with override_settings(RALLIED_AUDIT_SIGNING_KEYS=[f"new={tmp_path / 'new.pem'}"],
                           RALLIED_AUDIT_VERIFIER_KEYS=[retired]):
        assert open_note(before.note, verifiers())[1] == ["old"]
    for checkpoint in AuditCheckpoint.objects.all():
        assert _pem(old) not in checkpoint.note and _raw_b64(new) not in checkpoint.note


def test_debug_generates_one_development_key_readable_by_its_owner_only(tmp_path: Path):
    path = tmp_path / "dev" / "signing.key"
    with override_settings(RALLIED_AUDIT_SIGNING_KEYS=[], RALLIED_AUDIT_DEV_KEY_FILE=str(path)):
        first = newest_key()
        assert path.stat().st_mode & 0o077 == 0
        assert _public(newest_key().private_key) == _public(first.private_key)
    assert write_key_file(path, Ed25519PrivateKey.generate()) is False  # never replaced once there
    # Outside DEBUG settings.py configures no development key file.
    with override_settings(RALLIED_AUDIT_SIGNING_KEYS=[], RALLIED_AUDIT_DEV_KEY_FILE=""), \
            pytest.raises(KeyConfigError, match="empty"):
        signing_keys()


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    values = {"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", "/tmp"),
              "SECRET_KEY": "x" * 50, "RALLIED_SECRET_KEYS": "ZGV2LW9ubHktZmVybmV0LWtleS1kby1ub3QtdXNlLTA=",
              "DJANGO_SETTINGS_MODULE": "rallied.settings", **env}
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=values, capture_output=True, text=True,
                          timeout=120)


def test_production_does_not_start_without_a_signing_key_unless_signing_is_off(tmp_path: Path):
    refused = _manage("shell", "-c", "print('started')")
    assert refused.returncode != 0 and refused.stdout == ""
    assert refused.stderr.strip().count("\n") == 0 and "Traceback" not in refused.stderr
    assert "RALLIED_AUDIT_SIGNING_KEYS must be set when DEBUG is off" in refused.stderr

    assert _manage("shell", "-c", "print('started')", RALLIED_AUDIT_SIGNING="0").stdout.strip().endswith("started")

    key = Ed25519PrivateKey.generate()
    witness = tmp_path / "witness.jsonl"
    ok = _manage("check", RALLIED_AUDIT_SIGNING_KEYS="prod=env:RALLIED_PROD_KEY", RALLIED_PROD_KEY=_raw_b64(key),
                 RALLIED_AUDIT_WITNESSES=f"file:{witness}")
    assert ok.returncode == 0, ok.stderr
    assert _raw_b64(key) not in ok.stdout + ok.stderr
    assert settings.RALLIED_AUDIT_SIGNING  # on by default
