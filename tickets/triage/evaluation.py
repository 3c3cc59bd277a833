"""Measuring triage against a labelled set (JSON Lines: id, subject, body, label, ambiguous).

Shared by `manage.py evaluate_triage` and the threshold tests, so the numbers a reviewer sees on
the command line are the numbers the tests enforce.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tickets.triage import ACTION_CATEGORIES, CATEGORIES, TriageResult, triage


@dataclass
class Report:
    total: int = 0
    correct: int = 0
    clear_total: int = 0
    clear_correct: int = 0
    confusion: dict[str, dict[str, int]] = field(
        default_factory=lambda: {t: dict.fromkeys(CATEGORIES, 0) for t in CATEGORIES}
    )
    clear_confusion: dict[str, dict[str, int]] = field(
        default_factory=lambda: {t: dict.fromkeys(CATEGORIES, 0) for t in CATEGORIES}
    )
    mistakes: list[dict[str, Any]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def clear_accuracy(self) -> float:
        return self.clear_correct / self.clear_total if self.clear_total else 0.0

    def precision(self, category: str) -> float | None:
        predicted = sum(self.confusion[t][category] for t in CATEGORIES)
        return self.confusion[category][category] / predicted if predicted else None

    def recall(self, category: str) -> float | None:
        actual = sum(self.confusion[category].values())
        return self.confusion[category][category] / actual if actual else None

    @property
    def action_precision(self) -> float:
        """Of all tickets predicted as an action category, the share that had exactly that label."""
        predicted = sum(self.confusion[t][p] for t in CATEGORIES for p in ACTION_CATEGORIES)
        right = sum(self.confusion[p][p] for p in ACTION_CATEGORIES)
        return right / predicted if predicted else 1.0

    @property
    def clear_other_recall(self) -> float:
        row = self.clear_confusion["other"]
        total = sum(row.values())
        return row["other"] / total if total else 1.0


def load(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(
    rows: Iterable[dict[str, Any]], classify: Callable[[str, str], TriageResult] | None = None
) -> Report:
    classify = classify or (lambda s, b: triage(s, b))
    report = Report()
    for row in rows:
        result = classify(row.get("subject", ""), row.get("body", ""))
        label, guess = row["label"], result.category
        report.total += 1
        report.correct += label == guess
        report.confusion[label][guess] += 1
        if not row.get("ambiguous"):
            report.clear_total += 1
            report.clear_correct += label == guess
            report.clear_confusion[label][guess] += 1
        if label != guess:
            report.mistakes.append(
                {
                    "id": row.get("id"),
                    "label": label,
                    "guess": guess,
                    "confidence": result.confidence,
                    "ambiguous": bool(row.get("ambiguous")),
                }
            )
    return report


def render(report: Report) -> str:
    """The report as plain text for a terminal."""
    short = {c: c[:6] for c in CATEGORIES}
    lines = [
        f"rows: {report.total}  (non-ambiguous: {report.clear_total})",
        f"accuracy (all rows):           {report.accuracy:.3f}",
        f"accuracy (non-ambiguous rows): {report.clear_accuracy:.3f}",
        f"action precision:              {report.action_precision:.3f}",
        f"other recall (non-ambiguous):  {report.clear_other_recall:.3f}",
        "",
        f"{'category':<18}{'precision':>10}{'recall':>8}{'support':>9}",
    ]
    for c in CATEGORIES:
        p, r = report.precision(c), report.recall(c)
        support = sum(report.confusion[c].values())
        lines.append(
            f"{c:<18}{'-' if p is None else f'{p:.3f}':>10}{'-' if r is None else f'{r:.3f}':>8}{support:>9}"
        )
    lines += [
        "",
        "confusion matrix (rows = label, columns = prediction)",
        " " * 18 + "".join(f"{short[c]:>8}" for c in CATEGORIES),
    ]
    for t in CATEGORIES:
        lines.append(f"{t:<18}" + "".join(f"{report.confusion[t][p]:>8}" for p in CATEGORIES))
    return "\n".join(lines)
