"""export_audit: write the audit trail as JSON Lines or CSV for a SIEM, or one tenant's verifiable bundle."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from audit.bundle import export_bundle
from audit.keys import KeyConfigError
from audit.models import AuditEvent
from audit.proof import WitnessUnreadable
from audit.verify import chain_rows, event_fields
from rallied.progress import is_terminal, progress


class Command(BaseCommand):
    help = ("Export audit events in sequence order as JSON Lines (default) or CSV, to --output or standard "
            "output. --tenant SLUG limits to one tenant; --since-seq N starts after event N of each chain (a tenant's "
            "chain counts its own sequence: use it with --tenant). Details are "
            "already redacted at write time; hashes are included so the SIEM copy can be verified. On a terminal "
            "a progress bar runs on standard error (the export itself goes to --output or standard output). "
            "--tenant SLUG --bundle PATH instead writes a zip a client verifies without Rallied: the tenant's chain, "
            "its signed checkpoints (database and witness), the public keys and verify_bundle.py (`python "
            "verify_bundle.py PATH`; layout in audit/verify_bundle.py).")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--output")
        parser.add_argument("--tenant")
        parser.add_argument("--since-seq", type=int, default=0)
        parser.add_argument("--bundle", type=Path, help="Write the --tenant's verifiable bundle (a zip) here.")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        if opts["bundle"]:
            self._bundle(opts["tenant"], opts["bundle"])
            return
        qs = AuditEvent.objects.filter(seq__gt=opts["since_seq"]).order_by("seq")
        if opts["tenant"]:
            qs = qs.filter(tenant__slug=opts["tenant"])
        try:
            out = open(opts["output"], "w", encoding="utf-8", newline="") if opts["output"] else sys.stdout  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"Cannot write {opts['output']}: {exc}") from exc
        columns = [*event_fields(AuditEvent(seq=0)).keys(), "prev_hash", "hash"]
        writer = csv.DictWriter(out, fieldnames=columns) if opts["format"] == "csv" else None
        if writer:
            writer.writeheader()
        count = 0
        # No bar when the events themselves scroll past on the terminal: the two would overwrite each other.
        quiet = opts["verbosity"] == 0 or (out is sys.stdout and is_terminal(sys.stdout))
        rows = progress(chain_rows(qs), total=qs.count(), desc="exporting audit events", stream=self.stderr,
                        unit="event", quiet=quiet)
        for fields, prev_hash, hash_ in rows:
            row = {**fields, "prev_hash": prev_hash, "hash": hash_}
            if writer:
                writer.writerow({**row, "details": json.dumps(row["details"], sort_keys=True)})
            else:
                out.write(json.dumps(row, sort_keys=True) + "\n")
            count += 1
        if out is not sys.stdout:
            out.close()
        self.stderr.write(f"Exported {count} audit events.")

    def _bundle(self, slug: str | None, path: Path) -> None:
        if not slug:
            raise CommandError("--bundle exports one tenant's chain: name it with --tenant SLUG.")
        # The tenant model through the audit row's foreign key: audit sits below tenants and does not import it.
        tenant = AuditEvent._meta.get_field("tenant").related_model.objects.filter(slug=slug).first()
        if tenant is None:
            raise CommandError(f"No tenant {slug!r}.")
        try:
            bundle = export_bundle(tenant_id=tenant.pk, tenant_label=slug, path=path)
        except OSError as exc:
            raise CommandError(f"Cannot write {path}: {exc}") from exc
        except (KeyConfigError, WitnessUnreadable) as exc:
            raise CommandError(f"Cannot export the checkpoints: {exc}") from exc
        self.stdout.write(f"Exported {bundle.events} audit events and {bundle.checkpoints} signed checkpoints of "
                          f"{slug} to {bundle.path}; verify with: python verify_bundle.py {bundle.path.name} "
                          "(inside the zip).")
