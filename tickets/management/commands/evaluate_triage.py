"""manage.py evaluate_triage: measure triage against a labelled JSON Lines set."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from rallied.progress import progress
from tickets.triage import ENGINES, triage
from tickets.triage.evaluation import evaluate, load, render


class Command(BaseCommand):
    help = (
        "Evaluate triage on a labelled dataset (JSON Lines: id, subject, body, label, ambiguous). "
        "Prints accuracy on all rows and on non-ambiguous rows, per-category precision and recall, "
        "action precision (of all tickets predicted as anything but `other`, the share whose label is "
        "exactly that category), recall of "
        "`other` on non-ambiguous rows, and the confusion matrix (rows = label, columns = prediction). "
        "When the rows are in more than one language (a row's `language` field, else the detected one), the "
        "three acceptance numbers are also printed per language, with how often the language was detected right. "
        "--engine rules (default) or llm. On a terminal a progress bar runs on standard error."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dataset", required=True, help="labelled JSON Lines file")
        parser.add_argument(
            "--engine", choices=ENGINES, default="rules", help="triage engine (default: rules)"
        )
        parser.add_argument("--mistakes", action="store_true", help="also list the misclassified ids")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            rows = load(options["dataset"])
        except (OSError, ValueError) as exc:
            raise CommandError(f"cannot read {options['dataset']}: {exc}") from exc
        engine = options["engine"]
        # The bar goes to standard error so the report on standard output reads the same on a terminal or a pipe.
        tracked = progress(rows, total=len(rows), desc=f"classifying ({engine})", stream=self.stderr, unit="row",
                           quiet=options["verbosity"] == 0)
        try:
            report = evaluate(tracked, lambda s, b: triage(s, b, engine=engine))
        except (KeyError, ValueError) as exc:
            raise CommandError(f"{options['dataset']}: {exc}") from exc
        self.stdout.write(f"engine: {engine}")
        self.stdout.write(render(report))
        if options["mistakes"]:
            self.stdout.write("\nmistakes (id: label -> prediction, confidence)")
            for m in report.mistakes:
                flag = " (ambiguous)" if m["ambiguous"] else ""
                self.stdout.write(f"{m['id']}: {m['label']} -> {m['guess']} {m['confidence']:.2f}{flag}")
