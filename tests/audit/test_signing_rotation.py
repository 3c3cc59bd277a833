"""The audit signing key rotates with an overlap: a new key signs from the moment it is listed first, the old one
keeps verifying what it signed, and once the old private key is destroyed its public half still proves its
checkpoints, in verify_audit and in a client's bundle."""

from __future__ import annotations

import io
import re
import stat

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from audit.checkpoints import checkpoint_chain
from audit.models import AuditCheckpoint, AuditEvent, chain_of
from audit.services import record
from tenants.models import Tenant
from tests.audit.bundles import run_client_verifier

pytestmark = pytest.mark.django_db


def _rotate(*args: str) -> str:
    out = io.StringIO()
    call_command("rotate_keys", *args, stdout=out)
    return out.getvalue()


def _setting(output: str, name: str) -> list[str]:
    value = re.search(rf"^  {name}=(.*)$", output, re.M).group(1)
    return [entry for entry in value.split(",") if entry]


def _grow(tenant: Tenant, events: int = 5) -> AuditCheckpoint:
    for n in range(events):
        record(actor="system:test", verb="test.rotation", tenant=tenant, details={"n": n})
    return checkpoint_chain(chain=chain_of(tenant.pk))


def _verify_audit() -> str:
    out = io.StringIO()
    call_command("verify_audit", stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_checkpoints_by_a_rotated_out_key_stay_verifiable(world, settings, tmp_path):
    settings.RALLIED_AUDIT_WITNESSES = [f"file:{tmp_path / 'witness.jsonl'}"]
    contoso = Tenant.objects.get(slug="contoso")
    fabrikam = Tenant.objects.get(slug="fabrikam")
    _rotate("--new-signing-key", f"audit-2026a={tmp_path / 'a.pem'}")
    settings.RALLIED_AUDIT_SIGNING_KEYS = [f"audit-2026a={tmp_path / 'a.pem'}"]
    assert _grow(contoso).key_name == "audit-2026a"
    assert _grow(fabrikam).key_name == "audit-2026a"

    added = _rotate("--new-signing-key", f"audit-2026b={tmp_path / 'b.pem'}")
    settings.RALLIED_AUDIT_SIGNING_KEYS = _setting(added, "RALLIED_AUDIT_SIGNING_KEYS")
    assert [e.split("=")[0] for e in settings.RALLIED_AUDIT_SIGNING_KEYS] == ["audit-2026b", "audit-2026a"]
    assert _grow(contoso).key_name == "audit-2026b"  # the newest signs from the moment it is listed first
    assert "Audit chain intact" in _verify_audit()  # and the older one still verifies its own (the overlap)

    retire = _rotate("--retire-signing-keys")
    # fabrikam has not moved since: its newest checkpoint is still the old key's, and the plan says so
    assert f"1 chain(s) still end on a checkpoint by a retiring key ({chain_of(fabrikam.pk)})" in retire
    settings.RALLIED_AUDIT_SIGNING_KEYS = _setting(retire, "RALLIED_AUDIT_SIGNING_KEYS")
    settings.RALLIED_AUDIT_VERIFIER_KEYS = _setting(retire, "RALLIED_AUDIT_VERIFIER_KEYS")
    (tmp_path / "a.pem").unlink()  # the old private key destroyed
    assert "Audit chain intact" in _verify_audit()

    bundle = tmp_path / "contoso.zip"
    call_command("export_audit", tenant="contoso", bundle=bundle, stdout=io.StringIO())
    new_key = added.split("(verify_bundle.py --key):\n  ")[1].split("\n")[0]
    result = run_client_verifier(tmp_path, bundle, "--key", new_key)
    assert result.returncode == 0, result.stdout
    assert "signed by audit-2026a, audit-2026b" in result.stdout

    # From the other side: drop the retired key's public half too, and its checkpoints no longer prove anything.
    settings.RALLIED_AUDIT_VERIFIER_KEYS = []
    with pytest.raises(CommandError, match="does not verify: the note is not signed by any trusted key"):
        _verify_audit()


def test_a_new_key_file_is_owner_only_and_its_private_half_is_never_printed(world, settings, tmp_path):
    path = tmp_path / "keys" / "new.pem"
    output = _rotate("--new-signing-key", f"audit-new={path}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    pem = path.read_text()
    body = "".join(pem.splitlines()[1:-1])
    assert body not in output and "PRIVATE KEY" not in output
    event = AuditEvent.objects.filter(verb="audit_key.added").get()
    assert event.details["name"] == "audit-new"
    assert body not in str(event.details)
    assert event.details["verifier"].startswith("audit-new+")


def test_an_existing_key_file_or_a_taken_name_is_refused_and_left_alone(world, settings, tmp_path):
    path = tmp_path / "taken.pem"
    path.write_text("something else\n")
    with pytest.raises(CommandError, match="already exists"):
        _rotate("--new-signing-key", f"audit-x={path}")
    assert path.read_text() == "something else\n"
    _rotate("--new-signing-key", f"audit-y={tmp_path / 'y.pem'}")
    settings.RALLIED_AUDIT_SIGNING_KEYS = [f"audit-y={tmp_path / 'y.pem'}"]
    with pytest.raises(CommandError, match="already has this name"):
        _rotate("--new-signing-key", f"audit-y={tmp_path / 'y2.pem'}")
    assert not (tmp_path / "y2.pem").exists()


def test_retiring_with_one_key_says_there_is_nothing_to_retire(world, settings, tmp_path):
    _rotate("--new-signing-key", f"only={tmp_path / 'only.pem'}")
    settings.RALLIED_AUDIT_SIGNING_KEYS = [f"only={tmp_path / 'only.pem'}"]
    assert "nothing to retire" in _rotate("--retire-signing-keys")
