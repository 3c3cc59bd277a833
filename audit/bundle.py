"""One tenant's audit chain as a bundle a client verifies without Rallied: a zip holding the events, every signed
checkpoint of the chain (from the checkpoint table and the witnesses), the public keys and the standalone verifier
itself. The layout is documented in audit/verify_bundle.py, the one file that reads it.
"""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from audit import verify_bundle
from audit.checkpoints import origin
from audit.models import AuditEvent, chain_of
from audit.proof import stored_notes, trusted_keys, witnessed_notes
from audit.verify import chain_rows
from audit.verify_bundle import BUNDLE_FORMAT

README = """Audit trail of {tenant} ({chain}), exported {exported}: {events} events, {checkpoints} signed checkpoints.

Verify it with Python 3.11+ and the `cryptography` package, nothing else:

    python verify_bundle.py {name}

or, to trust only a key your MSP gave you (recommended; the keys in keys.txt come with the bundle itself):

    python verify_bundle.py {name} --key 'NAME+ID+KEY'

It prints one line, VERIFIED or TAMPERED (naming the first bad sequence), and exits 0 or 1.
"""


@dataclass(frozen=True)
class Exported:
    path: Path
    events: int
    checkpoints: int


def export_bundle(*, tenant_id: int, tenant_label: str, path: Path) -> Exported:
    """Write the tenant's bundle to `path` (a zip), atomically: a half-written bundle never sits at `path`."""
    chain = chain_of(tenant_id)
    # Checkpoints before events: a checkpoint only ever covers committed events, so read in this order none can
    # reach past the exported chain and look like a cut tail.
    notes = list(dict.fromkeys([*stored_notes({chain}).get(chain, []), *witnessed_notes({chain}).get(chain, [])]))
    keys = [verify_bundle.verifier_key(key.name, key.public_key) for key in trusted_keys()]
    partial = path.with_name(f".{path.name}.partial")
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        events = _write_events(archive, chain)
        exported = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        manifest = {"format": BUNDLE_FORMAT, "tenant": tenant_label, "chain": chain, "origin": origin(chain),
                    "exported_at": exported, "events": events, "checkpoints": len(notes)}
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        archive.writestr("checkpoints.jsonl", "".join(json.dumps({"note": note}) + "\n" for note in notes))
        archive.writestr("keys.txt", "".join(f"{key}\n" for key in dict.fromkeys(keys)))
        archive.write(verify_bundle.__file__, "verify_bundle.py")
        archive.writestr("README.txt", README.format(tenant=tenant_label, chain=chain, exported=exported,
                                                     events=events, checkpoints=len(notes), name=path.name))
    os.replace(partial, path)
    return Exported(path, events, len(notes))


def _write_events(archive: zipfile.ZipFile, chain: str) -> int:
    """Stream the chain into events.jsonl in sequence order: one line per event, never the whole chain in memory."""
    count = 0
    with archive.open("events.jsonl", "w") as out:
        for fields, prev_hash, hash_ in chain_rows(AuditEvent.objects.filter(chain=chain)):
            line = json.dumps({**fields, "prev_hash": prev_hash, "hash": hash_}, sort_keys=True) + "\n"
            out.write(line.encode("utf-8"))
            count += 1
    return count
