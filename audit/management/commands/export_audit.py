"""export_audit: write the audit trail as JSON Lines or CSV for a SIEM."""

from __future__ import annotations

import csv
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from audit.models import AuditEvent
from audit.services import event_fields


class Command(BaseCommand):
    help = ("Export audit events in sequence order as JSON Lines (default) or CSV, to --output or standard "
            "output. --tenant SLUG limits to one tenant; --since-seq N starts after event N. Details are "
            "already redacted at write time; hashes are included so the SIEM copy can be verified.")

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--output")
        parser.add_argument("--tenant")
        parser.add_argument("--since-seq", type=int, default=0)

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
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
        for event in qs.iterator(chunk_size=2000):
            row = {**event_fields(event), "prev_hash": event.prev_hash, "hash": event.hash}
            if writer:
                writer.writerow({**row, "details": json.dumps(row["details"], sort_keys=True)})
            else:
                out.write(json.dumps(row, sort_keys=True) + "\n")
            count += 1
        if out is not sys.stdout:
            out.close()
        self.stderr.write(f"Exported {count} audit events.")
