"""Audit bundles for the verifier tests, and the verifier run the way a client runs it: a separate python that can
import `cryptography` and nothing of Rallied or Django."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import _cffi_backend
import cryptography
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from audit import verify_bundle
from audit.verify_bundle import BUNDLE_FORMAT, Checkpoint, compute_hash, format_checkpoint, sign_note, verifier_key

VERIFIER = Path(verify_bundle.__file__)
ORIGIN = "rallied.test/audit/contoso"


def chain(n: int, *, start: int = 1, prev: str = verify_bundle.GENESIS, note: str = "") -> list[dict[str, Any]]:
    """n events as an export writes them: the hashed fields, then prev_hash and hash."""
    rows = []
    for seq in range(start, start + n):
        fields = {"seq": seq, "at": f"2026-12-02T10:{seq // 60 % 60:02d}:{seq % 60:02d}+00:00",
                  "verb": "action.executed", "actor": "service_account:entra-helpdesk", "outcome": "ok",
                  "object_id": str(seq), "details": {"kind": "reset_password", "note": note}}
        hash_ = compute_hash(prev, fields)
        rows.append({**fields, "prev_hash": prev, "hash": hash_})
        prev = hash_
    return rows


def rehash(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chain as whoever can write the database would leave it: every hash recomputed over what is there now."""
    prev, out = verify_bundle.GENESIS, []
    for row in rows:
        fields = {k: v for k, v in row.items() if k not in ("prev_hash", "hash")}
        hash_ = compute_hash(prev, fields)
        out.append({**fields, "prev_hash": prev, "hash": hash_})
        prev = hash_
    return out


def checkpoints(rows: list[dict[str, Any]], sizes: list[int], key: Ed25519PrivateKey, name: str = "rallied-audit",
                origin: str = ORIGIN) -> list[str]:
    return [sign_note(format_checkpoint(Checkpoint(origin, size, rows[size - 1]["hash"],
                                                   (f"time 2026-12-02T11:00:{size % 60:02d}Z",))), name, key)
            for size in sizes]


def public(key: Ed25519PrivateKey, name: str = "rallied-audit") -> str:
    return verifier_key(name, key.public_key())


def write_bundle(path: Path, rows: list[dict[str, Any]], notes: list[str], keys: list[str], *,
                 origin: str = ORIGIN, as_zip: bool = False) -> Path:
    """The bundle layout `export_audit --bundle` writes (documented in audit/verify_bundle.py)."""
    parts = {
        "manifest.json": json.dumps({"format": BUNDLE_FORMAT, "tenant": "contoso", "origin": origin,
                                     "events": len(rows), "checkpoints": len(notes)}),
        "events.jsonl": "".join(json.dumps(row, sort_keys=True) + "\n" for row in rows),
        "checkpoints.jsonl": "".join(json.dumps({"note": note}) + "\n" for note in notes),
        "keys.txt": "".join(key + "\n" for key in keys),
        "verify_bundle.py": VERIFIER.read_text(encoding="utf-8"),
    }
    if as_zip:
        with zipfile.ZipFile(path, "w") as archive:
            for name, text in parts.items():
                archive.writestr(name, text)
        return path
    path.mkdir(parents=True, exist_ok=True)
    for name, text in parts.items():
        (path / name).write_text(text, encoding="utf-8")
    return path


def client_python(tmp_path: Path) -> tuple[list[str], Path]:
    """A python with the standard library and `cryptography` only: no site-packages, so no Django, no Rallied."""
    only = tmp_path / "client-site"
    only.mkdir(exist_ok=True)
    for module in (Path(cryptography.__file__).parent, Path(_cffi_backend.__file__)):
        target = only / module.name
        if not target.exists():
            target.symlink_to(module)
    return [sys.executable, "-I", "-S"], only


# Runs the client's copy of the verifier with sys.path cut down to the standard library plus `cryptography`, then
# says on standard error whether anything of Django or Rallied got imported (it must not).
_BOOT = """
import runpy, sys
sys.path = [p for p in sys.path if 'site-packages' not in p] + [{only!r}]
sys.argv = [{script!r}, *{args!r}]
try:
    runpy.run_path({script!r}, run_name='__main__')
finally:
    leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'rallied', 'audit', 'tenants', 'tickets'))
    print('IMPORTED:' + ','.join(leaked), file=sys.stderr)
"""


def run_client_verifier(tmp_path: Path, bundle: Path, *args: str) -> subprocess.CompletedProcess[str]:
    python, only = client_python(tmp_path)
    script = tmp_path / "client-verify_bundle.py"
    if bundle.is_dir():  # the copy that travels with the bundle, not the repository's file (unless it has none)
        copy = bundle / "verify_bundle.py"
        shutil.copy(copy if copy.exists() else VERIFIER, script)
    else:
        with zipfile.ZipFile(bundle) as archive:
            script.write_bytes(archive.read("verify_bundle.py"))
    boot = _BOOT.format(only=str(only), script=str(script), args=[str(bundle), *args])
    result = subprocess.run([*python, "-c", boot], capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert result.stderr.splitlines()[-1:] == ["IMPORTED:"], result.stderr  # nothing of Django or Rallied loaded
    return result
