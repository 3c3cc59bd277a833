"""manage.py classify: triage tickets from JSON Lines to JSON Lines."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError, CommandParser

from tickets.triage import ENGINES, triage


class Command(BaseCommand):
    help = (
        'Classify help-desk tickets. Reads JSON Lines ({"id", "subject", "body"}) from --input or standard '
        'input and writes JSON Lines ({"id", "category", "confidence", "entities"}) to --output or standard '
        "output. --engine rules (default, no network) or llm (Claude when configured, falling back to "
        "the rules). "
        "A bad line is reported on standard error with its line number and skipped; the others are still "
        "classified, and the command exits non-zero at the end if any line was bad."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--input", help="JSON Lines file to read (default: standard input)")
        parser.add_argument("--output", help="JSON Lines file to write (default: standard output)")
        parser.add_argument(
            "--engine", choices=ENGINES, default="rules", help="triage engine (default: rules)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        source: TextIO = open(options["input"], encoding="utf-8") if options["input"] else sys.stdin  # noqa: SIM115
        sink: TextIO = open(options["output"], "w", encoding="utf-8") if options["output"] else self.stdout  # noqa: SIM115
        bad = 0
        try:
            for number, line in enumerate(source, 1):
                if not line.strip():
                    continue
                try:
                    row = _parse(line)
                except ValueError as exc:
                    bad += 1
                    self.stderr.write(f"line {number}: {exc}")
                    continue
                result = triage(row["subject"], row["body"], engine=options["engine"])
                out = {
                    "id": row["id"],
                    "category": result.category,
                    "confidence": result.confidence,
                    "entities": result.entities,
                }
                sink.write(json.dumps(out, ensure_ascii=False) + "\n")
        finally:
            if options["input"]:
                source.close()
            if options["output"]:
                sink.close()
        if bad:
            raise CommandError(f"{bad} bad input line(s); see the messages above")


def _parse(line: str) -> dict[str, Any]:
    """One input row, or ValueError saying what is wrong with it."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg})") from exc
    if not isinstance(row, dict):
        raise ValueError("expected a JSON object")
    if "id" not in row:
        raise ValueError('missing "id"')
    for field in ("subject", "body"):
        if not isinstance(row.get(field, ""), str):
            raise ValueError(f'"{field}" must be a string')
    if not row.get("subject") and not row.get("body"):
        raise ValueError('needs a "subject" or a "body"')
    return {"id": row["id"], "subject": row.get("subject") or "", "body": row.get("body") or ""}
