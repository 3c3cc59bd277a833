"""rotate_keys: every stored secret moves to the newest Fernet key, the old keys can then go, nothing is lost, and a
value no configured key opens stops the rotation before anything changes."""

from __future__ import annotations

import io

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from audit.models import AuditEvent
from rallied import crypto
from tenants.models import Connection
from tests.approvals.factories import waiting
from tickets.models import OneTimeSecret
from tickets.secrets import store_secret

OLD = Fernet.generate_key().decode()
NEWER = Fernet.generate_key().decode()
NEWEST = Fernet.generate_key().decode()


@pytest.fixture(autouse=True)
def fresh_fernet():
    crypto._fernet.cache_clear()
    yield
    crypto._fernet.cache_clear()


def _plaintexts() -> dict[str, str]:
    """Every stored secret in clear, keyed by where it lives: what rotation must not change."""
    values = {f"conn{c.pk}": crypto.decrypt_text(c.credentials_encrypted)
              for c in Connection.objects.exclude(credentials_encrypted="")}
    for s in OneTimeSecret.objects.all():
        values[f"secret{s.pk}"] = crypto.decrypt_text(s.ciphertext)
        if s.link_encrypted:
            values[f"link{s.pk}"] = crypto.decrypt_text(s.link_encrypted)
    return values


def _raw() -> dict[str, str]:
    values = dict(Connection.objects.values_list("pk", "credentials_encrypted"))
    return {**{f"conn{k}": v for k, v in values.items()},
            **{f"secret{pk}": c for pk, c in OneTimeSecret.objects.values_list("pk", "ciphertext")}}


def _secrets_under_two_old_keys() -> None:
    """Credentials from the seed (the default key), two one-time secrets each under an older key."""
    with override_settings(RALLIED_SECRET_KEYS=[OLD]):
        action = waiting()
        store_secret(ticket=action.ticket, action=action, label="Temporary password", value="Tmp-Pass-0ld-1!")
    with override_settings(RALLIED_SECRET_KEYS=[NEWER]):
        action = waiting()
        store_secret(ticket=action.ticket, action=action, label="Temporary password", value="Tmp-Pass-N3w-2!")


@pytest.mark.django_db
def test_rotation_moves_every_secret_to_the_newest_key_and_the_old_keys_can_go(world, settings):
    seeded = list(settings.RALLIED_SECRET_KEYS)
    _secrets_under_two_old_keys()
    everything = [NEWEST, NEWER, OLD, *seeded]
    with override_settings(RALLIED_SECRET_KEYS=everything):
        before = _plaintexts()
        out = io.StringIO()
        call_command("rotate_keys", stdout=out)
    connections = Connection.objects.exclude(credentials_encrypted="").count()
    assert connections and len(before) == connections + 4
    report = out.getvalue()
    assert f"Re-encrypted {len(before)} stored values with key 1 of 4" in report
    assert f"key 1 opened 0; key 2 opened 2; key 3 opened 2; key 4 opened {connections}." in report
    assert "keys 2-4 can be removed" in report

    with override_settings(RALLIED_SECRET_KEYS=[NEWEST]):  # the old keys retired
        assert _plaintexts() == before
        check = io.StringIO()
        call_command("rotate_keys", "--check", stdout=check)
        assert f"key 1 opened {len(before)}." in check.getvalue()
    for key in (OLD, NEWER, *seeded):  # and none of them opens anything any more
        with override_settings(RALLIED_SECRET_KEYS=[key]), pytest.raises(crypto.DecryptionError):
            crypto.decrypt_text(OneTimeSecret.objects.first().ciphertext)
    event = AuditEvent.objects.filter(verb="keys.rotated").get()
    assert event.details == {"values": len(before), "from_older_keys": len(before), "keys_configured": 4}


@pytest.mark.django_db
def test_a_value_no_key_opens_stops_the_rotation_and_nothing_changes(world, settings):
    seeded = list(settings.RALLIED_SECRET_KEYS)
    _secrets_under_two_old_keys()
    lost = OneTimeSecret.objects.order_by("pk").first()  # the one stored under OLD
    with override_settings(RALLIED_SECRET_KEYS=[NEWEST, NEWER, *seeded]):  # OLD forgotten
        raw_before = _raw()
        with pytest.raises(CommandError) as refused:
            call_command("rotate_keys", stdout=io.StringIO())
        assert _raw() == raw_before  # not one value re-encrypted
    message = str(refused.value)
    assert "Nothing was re-encrypted" in message
    assert f"OneTimeSecret #{lost.pk} ciphertext" in message
    assert f"OneTimeSecret #{lost.pk} link_encrypted" in message
    assert "2 stored value(s) open with none of the 3 keys" in message
    assert "Tmp-Pass" not in message
    assert not AuditEvent.objects.filter(verb="keys.rotated").exists()
    with override_settings(RALLIED_SECRET_KEYS=[OLD]):  # the value is still there for whoever finds the key
        assert crypto.decrypt_text(OneTimeSecret.objects.get(pk=lost.pk).ciphertext) == "Tmp-Pass-0ld-1!"


@pytest.mark.django_db
def test_check_reports_without_changing_anything(world, settings):
    _secrets_under_two_old_keys()
    with override_settings(RALLIED_SECRET_KEYS=[NEWEST, NEWER, OLD, *settings.RALLIED_SECRET_KEYS]):
        raw_before = _raw()
        out = io.StringIO()
        call_command("rotate_keys", "--check", stdout=out)
    assert _raw() == raw_before
    assert "key 1 opened 0; key 2 opened 2; key 3 opened 2;" in out.getvalue()
    assert not AuditEvent.objects.filter(verb="keys.rotated").exists()


def test_every_encrypted_column_is_rotated():
    """A new encrypted column left out of STORES would stay on a key that is about to be removed."""
    from django.apps import apps

    from tickets.management.commands.rotate_keys import STORES

    encrypted = {(model, field.name) for model in apps.get_models() for field in model._meta.concrete_fields
                 if "encrypted" in field.name or "ciphertext" in field.name}
    assert encrypted == set(STORES)
