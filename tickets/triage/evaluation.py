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

from tickets.triage import ACTION_CATEGORIES, CATEGORIES, ENTITY_KEYS, TriageResult, triage
from tickets.triage.dates import parse_date
from tickets.triage.rules import CONFIDENT

# Confidence buckets for the calibration table: does "0.9" mean about nine in ten right?
BUCKETS: tuple[tuple[float, float], ...] = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01))
# Always checked on a row with expected entities: naming the wrong person is the costly mistake.
PERSON_KEYS = ("target_user", "target_name")


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
    # (low, high) -> [action rows, right, other rows, right]; `auto` counts rows the pipeline would act on.
    calibration: dict[tuple[float, float], list[int]] = field(
        default_factory=lambda: {b: [0, 0, 0, 0] for b in BUCKETS}
    )
    auto: list[int] = field(default_factory=lambda: [0, 0])
    actions: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, right) per action prediction
    # Entities, on rows with expectations whose category was read right.
    entity_rows: int = 0
    entity_exact: int = 0
    entity_counts: dict[str, list[int]] = field(default_factory=dict)  # key -> [expected, predicted, correct]
    entity_mistakes: list[dict[str, Any]] = field(default_factory=list)
    # The same tallies for each language's rows, and per labelled language [rows, detected as that language].
    by_language: dict[str, Report] = field(default_factory=dict)
    language_detected: dict[str, list[int]] = field(default_factory=dict)

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
    def auto_accuracy(self) -> float | None:
        """Accuracy on the rows the pipeline would act on without a human (an action category, no doubts)."""
        return self.auto[1] / self.auto[0] if self.auto[0] else None

    @property
    def entity_accuracy(self) -> float | None:
        return self.entity_exact / self.entity_rows if self.entity_rows else None

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
    """Classify every row and tally the result, overall and per language.

    A row's language is its `language` field when the set labels it, else the language triage detected; rows with
    a labelled language also count whether the detection agreed (the reply goes out in the detected one).
    """
    classify = classify or (lambda s, b: triage(s, b))
    report = Report()
    for row in rows:
        label = row.get("label")
        if label not in CATEGORIES:
            raise ValueError(f"row {row.get('id')!r}: unknown label {label!r}; use one of {', '.join(CATEGORIES)}")
        result = classify(row.get("subject", ""), row.get("body", ""))
        language = row.get("language") or result.language
        _tally(report, row, result)
        _tally(report.by_language.setdefault(language, Report()), row, result)
        if row.get("language"):
            detected = report.language_detected.setdefault(language, [0, 0])
            detected[0] += 1
            detected[1] += result.language == language
    return report


def _tally(report: Report, row: dict[str, Any], result: TriageResult) -> None:
    label, guess = row["label"], result.category
    report.total += 1
    report.correct += label == guess
    report.confusion[label][guess] += 1
    if not row.get("ambiguous"):
        report.clear_total += 1
        report.clear_correct += label == guess
        report.clear_confusion[label][guess] += 1
    for bucket in BUCKETS:
        if bucket[0] <= result.confidence < bucket[1]:
            column = 2 if guess == "other" else 0
            report.calibration[bucket][column] += 1
            report.calibration[bucket][column + 1] += label == guess
    if guess != "other":
        report.actions.append((result.confidence, label == guess))
    if guess != "other" and not result.needs_human:
        report.auto[0] += 1
        report.auto[1] += label == guess
    if label == guess and isinstance(row.get("entities"), dict):
        _score_entities(report, row, result.entities)
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


def _same(key: str, expected: str | None, got: str | None) -> bool:
    if expected is None or got is None:
        return expected is got
    if key in ("start_date", "last_day"):
        expected, got = parse_date(expected), parse_date(got)
    return " ".join(expected.split()).casefold() == " ".join(got.split()).casefold()


def _score_entities(report: Report, row: dict[str, Any], predicted: dict[str, str]) -> None:
    expected: dict[str, str] = row["entities"]
    keys = [k for k in ENTITY_KEYS if k in expected or k in PERSON_KEYS]
    exact = True
    for key in keys:
        want, got = expected.get(key), predicted.get(key)
        counts = report.entity_counts.setdefault(key, [0, 0, 0])
        counts[0] += want is not None
        counts[1] += got is not None
        right = _same(key, want, got)
        counts[2] += right and want is not None
        exact = exact and right
    report.entity_rows += 1
    report.entity_exact += exact
    if not exact:
        report.entity_mistakes.append(
            {"id": row.get("id"), "expected": {k: expected[k] for k in keys if k in expected},
             "got": {k: predicted[k] for k in keys if k in predicted}}
        )


def calibration_at(report: Report, threshold: float) -> tuple[int, float | None]:
    """Action predictions with confidence >= threshold: how many, and the share that was right."""
    chosen = [right for confidence, right in report.actions if confidence >= threshold]
    return len(chosen), (sum(chosen) / len(chosen) if chosen else None)


def render_calibration(report: Report) -> list[str]:
    def share(rows: int, right: int) -> str:
        return f"{right / rows:.3f}" if rows else "-"

    lines = [
        "confidence calibration (share of rows whose category is right)",
        f"{'confidence':<14}{'action rows':>12}{'right':>8}{'other rows':>12}{'right':>8}",
    ]
    for (low, high), (a_rows, a_right, o_rows, o_right) in report.calibration.items():
        if a_rows or o_rows:
            lines.append(
                f"{f'{low:.2f}-{min(high, 1.0):.2f}':<14}{a_rows:>12}{share(a_rows, a_right):>8}"
                f"{o_rows:>12}{share(o_rows, o_right):>8}"
            )
    rows, accuracy = calibration_at(report, CONFIDENT)
    lines.append(
        f"action predictions at confidence >= {CONFIDENT:.2f} (the escalation threshold): {rows} rows, accuracy "
        + ("-" if accuracy is None else f"{accuracy:.3f}")
    )
    auto = report.auto_accuracy
    lines.append(
        f"acted on without a human: {report.auto[0]} rows, accuracy {'-' if auto is None else f'{auto:.3f}'}"
    )
    return lines


def render_entities(report: Report) -> list[str]:
    if not report.entity_rows:
        return []
    lines = [
        f"entities (rows with expectations and the right category): {report.entity_rows}, "
        f"all correct {report.entity_accuracy:.3f}",
        f"{'entity':<16}{'precision':>10}{'recall':>8}{'expected':>10}",
    ]
    for key in ENTITY_KEYS:
        if key not in report.entity_counts:
            continue
        want, got, right = report.entity_counts[key]
        precision = f"{right / got:.3f}" if got else "-"
        recall = f"{right / want:.3f}" if want else "-"
        lines.append(f"{key:<16}{precision:>10}{recall:>8}{want:>10}")
    return lines


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
    lines += ["", *render_languages(report)] if len(report.by_language) > 1 else []
    lines += ["", *render_calibration(report)]
    entity_lines = render_entities(report)
    if entity_lines:
        lines += ["", *entity_lines]
    return "\n".join(lines)


def render_languages(report: Report) -> list[str]:
    """One line per language: the three acceptance numbers on its rows, and how often its language was detected."""
    lines = [
        "per language (accuracy on non-ambiguous rows, action precision, other recall on non-ambiguous rows)",
        f"{'language':<10}{'rows':>6}{'clear':>7}{'accuracy':>10}{'act.prec':>10}{'oth.rec':>9}{'detected':>10}",
    ]
    for code in sorted(report.by_language, key=lambda c: (c != "en", c)):
        part = report.by_language[code]
        detected = report.language_detected.get(code)
        seen = f"{detected[1]}/{detected[0]}" if detected else "-"
        lines.append(
            f"{code:<10}{part.total:>6}{part.clear_total:>7}{part.clear_accuracy:>10.3f}"
            f"{part.action_precision:>10.3f}{part.clear_other_recall:>9.3f}{seen:>10}"
        )
    return lines
