"""export_audit --bundle: one tenant's chain and nothing of any other tenant's, public keys only, and a refusal
that says what is missing."""

from __future__ import annotations

import base64
import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from audit.checkpoints import checkpoint_chain
from audit.keys import signing_keys
from audit.models import AuditEvent, chain_of
from audit.services import record
from tenants.models import Tenant

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_signed_chains(world, settings, tmp_path) -> tuple[Tenant, Tenant]:
    settings.RALLIED_AUDIT_WITNESSES = [f"file:{tmp_path / 'witness.jsonl'}"]
    contoso, fabrikam = Tenant.objects.get(slug="contoso"), Tenant.objects.get(slug="fabrikam")
    for tenant in (contoso, fabrikam):
        record(actor="system:test", verb="test.export", tenant=tenant, details={"who": tenant.slug})
        checkpoint_chain(chain=chain_of(tenant.pk))
    return contoso, fabrikam


def _parts(path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def test_a_bundle_holds_one_tenants_chain_and_only_public_keys(two_signed_chains, tmp_path):
    contoso, fabrikam = two_signed_chains
    path = tmp_path / "contoso.zip"
    call_command("export_audit", tenant="contoso", bundle=path, stdout=io.StringIO())
    parts = _parts(path)
    assert set(parts) == {"manifest.json", "events.jsonl", "checkpoints.jsonl", "keys.txt", "verify_bundle.py",
                          "README.txt"}
    events = [json.loads(line) for line in parts["events.jsonl"].splitlines()]
    assert len(events) == AuditEvent.objects.filter(chain=chain_of(contoso.pk)).count()
    assert {event["chain"] for event in events} == {chain_of(contoso.pk)}
    assert "fabrikam" not in parts["events.jsonl"] and f"/audit/{chain_of(fabrikam.pk)}\n" not in str(parts)
    manifest = json.loads(parts["manifest.json"])
    assert (manifest["tenant"], manifest["events"], manifest["checkpoints"]) == ("contoso", len(events), 1)
    for key in signing_keys():  # the private halves never leave the server
        raw = key.private_key.private_bytes_raw()
        for form in (raw.hex(), base64.b64encode(raw).decode(), "PRIVATE KEY"):
            assert form not in str(parts)
        assert key.verifier in parts["keys.txt"].splitlines()


def test_a_bundle_needs_a_tenant_that_exists(two_signed_chains, tmp_path):
    with pytest.raises(CommandError, match="--tenant SLUG"):
        call_command("export_audit", bundle=tmp_path / "x.zip", stdout=io.StringIO())
    with pytest.raises(CommandError, match="No tenant 'nope'"):
        call_command("export_audit", tenant="nope", bundle=tmp_path / "x.zip", stdout=io.StringIO())
    assert not (tmp_path / "x.zip").exists()
