"""resolve: run JSON Lines tickets through the whole pipeline, synchronously, and print the outcome."""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tenants.models import Tenant
from tickets import tasks
from tickets.choices import TicketSource
from tickets.models import Ticket
from tickets.services import ingest_ticket

REQUIRED = ("external_id", "subject", "body", "requester_email")


def ticket_outcome(ticket: Ticket) -> dict[str, Any]:
    ticket.refresh_from_db()
    verification = ticket.verification or {}
    return {
        "external_id": ticket.external_id,
        "ticket_id": ticket.pk,
        "status": ticket.status,
        "category": ticket.category,
        "verification": {k: verification.get(k) for k in ("summary", "relation", "proof", "proof_method",
                                                          "risk_signals")},
        "escalation_reason": ticket.escalation_reason,
        "actions": [
            {"kind": a.kind, "target": a.target, "params": a.params, "decision": a.decision,
             "status": a.status, "reasons": a.reasons}
            for a in ticket.actions.order_by("pk")
        ],
    }


class Command(BaseCommand):
    help = (
        "Read tickets as JSON Lines ({\"external_id\", \"subject\", \"body\", \"requester_email\"}) from --input or "
        "standard input, run each through triage, planning, verification, policy and execution synchronously "
        "for --tenant, and print one JSON line per ticket with its status, category, verification and actions "
        "(kind, target, params, decision, status, reasons). The tenant's mode and policies apply as they would "
        "in production. A bad line is reported on standard error with its line number and skipped; the exit code "
        "is 1 if any line was bad."
    )

    def add_arguments(self, parser):  # type: ignore[no-untyped-def]
        parser.add_argument("--tenant", required=True)
        parser.add_argument("--input")

    def handle(self, *args, **opts):  # type: ignore[no-untyped-def]
        tenant = Tenant.objects.filter(slug=opts["tenant"]).first()
        if tenant is None:
            raise CommandError(f"No tenant with slug '{opts['tenant']}' (run seed_demo first).")
        bad = self._run(tenant, opts["input"])
        if bad:
            raise CommandError(f"{bad} input line(s) could not be processed.", returncode=1)

    def _run(self, tenant: Tenant, path: str | None) -> int:
        source = open(path, encoding="utf-8") if path else sys.stdin  # noqa: SIM115
        bad = 0
        try:
            for number, line in enumerate(source, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    if not isinstance(row, dict):
                        raise ValueError("not a JSON object")
                    missing = [k for k in REQUIRED if not isinstance(row.get(k), str) or
                               (k != "body" and not row.get(k))]
                    if missing:
                        raise ValueError(f"missing or empty: {', '.join(missing)}")
                except ValueError as exc:
                    self.stderr.write(f"line {number}: {exc}")
                    bad += 1
                    continue
                with tasks.inline():
                    ticket, _ = ingest_ticket(
                        actor="system:resolve", tenant=tenant, source=TicketSource.API,
                        external_id=row["external_id"], subject=row["subject"], body=row["body"],
                        requester_email=row["requester_email"], requester_name=row.get("requester_name", ""),
                    )
                self.stdout.write(json.dumps(ticket_outcome(ticket)))
        finally:
            if path:
                source.close()
        return bad
