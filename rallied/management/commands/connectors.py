"""`manage.py connectors`: the registered vendor connectors and, with --matrix, what each can do."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from rallied.connectors import IdentityConnector, PsaConnector, connector_classes
from rallied.connectors.capabilities import as_json, build_matrix, render_text
from rallied.connectors.rmm_types import RmmConnector
from rallied.kinds import KINDS


class Command(BaseCommand):
    help = (
        "List the registered vendor connectors. With --matrix, print the capability matrix read from the "
        "connectors' own declarations: action kinds (rallied/kinds.py) x identity providers (entra, okta, "
        "google), then PSA operations (fetch_ticket, add_internal_note, add_reply, set_status, add_time_entry, "
        "parse_webhook, poll_new_tickets) x PSAs (connectwise, autotask, halopsa), then RMM operations "
        "(find_devices, tag_device, unassign_device, run_script, device_health) x RMMs (ninjaone, datto). "
        "Each cell is yes, "
        "yes (a short note on how), or no. --json prints the same as JSON, with the method behind each yes. "
        "Makes no vendor calls."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--matrix", action="store_true", help="Print the capability matrix.")
        parser.add_argument("--json", action="store_true", help="Print JSON instead of text tables.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["matrix"]:
            matrix = build_matrix(KINDS)
            text = json.dumps(as_json(matrix), indent=2) + "\n" if options["json"] else render_text(matrix)
        else:
            text = self._listing(as_json_output=options["json"])
        self.stdout.write(text, ending="")

    @staticmethod
    def _listing(*, as_json_output: bool) -> str:
        rows = []
        for vendor, cls in sorted(connector_classes().items()):
            role = "other"
            if issubclass(cls, IdentityConnector):
                role = "identity"
            elif issubclass(cls, PsaConnector):
                role = "psa"
            elif issubclass(cls, RmmConnector):
                role = "rmm"
            rows.append({"vendor": vendor, "role": role, "class": f"{cls.__module__}.{cls.__qualname__}"})
        if as_json_output:
            return json.dumps(rows, indent=2) + "\n"
        width = max(len(r["vendor"]) for r in rows)
        return "".join(f"{r['vendor'].ljust(width)}  {r['role'].ljust(8)}  {r['class']}\n" for r in rows)
