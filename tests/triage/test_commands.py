"""manage.py classify and evaluate_triage."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command


def test_classify_reads_and_writes_json_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "a", "subject": "DL", "body": "Please add me to the Ops distribution list"})
        + "\n"
        + json.dumps({"id": "b", "subject": "printer", "body": "paper jam"})
        + "\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    call_command("classify", input=str(source), output=str(target))
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a", "b"]
    assert rows[0]["category"] == "group_membership" and rows[1]["category"] == "other"
    assert set(rows[0]) == {"id", "category", "confidence", "entities"}


def test_classify_reports_bad_lines_and_continues(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": 1, "subject": "pw", "body": "please reset my password"}\nnot json\n'
        '{"subject": "no id"}\n{"id": 4, "subject": "vpn", "body": "vpn down"}\n',
        encoding="utf-8",
    )
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("classify", input=str(source), stdout=out, stderr=err)
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == [1, 4]
    assert "line 2" in err.getvalue() and "line 3" in err.getvalue()


def test_evaluate_triage_prints_the_report(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    rows = [
        {
            "id": "1",
            "subject": "pw",
            "body": "please reset my password",
            "label": "password_reset",
            "ambiguous": False,
        },
        {"id": "2", "subject": "vpn", "body": "vpn is down", "label": "other", "ambiguous": False},
    ]
    data.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    out = io.StringIO()
    call_command("evaluate_triage", dataset=str(data), stdout=out)
    text = out.getvalue()
    for needle in (
        "accuracy (all rows)",
        "non-ambiguous",
        "action precision",
        "other recall",
        "confusion matrix",
        "password_reset",
    ):
        assert needle in text


def test_evaluate_triage_reports_each_language_and_whether_it_was_detected(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    rows = [
        {"id": "1", "language": "en", "subject": "pw", "body": "please reset my password", "label": "password_reset"},
        {"id": "2", "language": "de", "subject": "Drucker", "label": "other",
         "body": "Der Drucker im zweiten Stock druckt seit heute Morgen überhaupt nichts mehr."},
        {"id": "3", "language": "de", "subject": "Passwort", "label": "password_reset",
         "body": "Hallo, ich habe mein Passwort vergessen. Bitte setzen Sie es zurück."},
    ]
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    out = io.StringIO()
    call_command("evaluate_triage", dataset=str(data), stdout=out)
    lines = {line.split()[0]: line.split() for line in out.getvalue().splitlines() if line[:3] in ("en ", "de ")}
    # language, rows, non-ambiguous rows, accuracy, action precision, other recall, detected right / labelled
    assert lines["de"][1:3] == ["2", "2"] and lines["de"][-1] == "2/2"
    assert lines["en"][1] == "1" and lines["en"][-1] == "1/1"


def test_evaluate_triage_refuses_an_unknown_label_by_row(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    data.write_text(json.dumps({"id": "x7", "subject": "s", "body": "b", "label": "printer"}), encoding="utf-8")
    with pytest.raises(CommandError, match=r"x7.*unknown label 'printer'"):
        call_command("evaluate_triage", dataset=str(data), stdout=io.StringIO())
