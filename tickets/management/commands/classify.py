"""manage.py classify: triage tickets from JSON Lines to JSON Lines."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rallied.progress import is_terminal, progress, say
from tickets.triage import ENGINES, triage


class Command(BaseCommand):
    help = (
        'Classify help-desk tickets. Reads JSON Lines ({"id", "subject", "body"}) from --input or standard '
        'input and writes JSON Lines ({"id", "category", "confidence", "entities"}) to --output or standard '
        "output. --engine rules (default, no network) or llm (Claude when configured, falling back to "
        "the rules). "
        "A bad line is reported on standard error with its line number and skipped; the others are still "
        "classified, and the command exits non-zero at the end if any line was bad. A summary line goes to "
        "standard error at the end; on a terminal a progress bar runs there while it works (not when the "
        "results themselves go to the terminal)."
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
        # Results scrolling on the terminal and a bar on the same terminal would overwrite each other.
        quiet = options["verbosity"] == 0 or (not options["output"] and is_terminal(self.stdout))
        lines = progress(source, total=_count_lines(options["input"]), desc=f"classifying ({options['engine']})",
                         stream=self.stderr, unit="line", quiet=quiet)
        bad = done = 0
        try:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    row = _parse(line)
                except ValueError as exc:
                    bad += 1
                    say(f"line {number}: {exc}", stream=self.stderr)
                    continue
                result = triage(row["subject"], row["body"], engine=options["engine"])
                out = {
                    "id": row["id"],
                    "category": result.category,
                    "confidence": result.confidence,
                    "entities": result.entities,
                }
                sink.write(json.dumps(out, ensure_ascii=False) + "\n")
                done += 1
        finally:
            lines.close()
            if options["input"]:
                source.close()
            if options["output"]:
                sink.close()
        self.stderr.write(f"Classified {done} ticket(s) with the {options['engine']} engine"
                          + (f"; {bad} bad line(s) skipped." if bad else "."))
        if bad:
            raise CommandError(f"{bad} bad input line(s); see the messages above")


def _count_lines(path: str | None) -> int | None:
    """The bar's total: a file's line count (one quick pass); unknown for standard input."""
    if not path:
        return None
    with open(path, "rb") as counted:
        return sum(1 for _ in counted)


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
