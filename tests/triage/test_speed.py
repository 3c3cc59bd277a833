"""The rules engine stays fast, and its shortcuts never change an answer.

The throughput goal (2,000 tickets/s on one core) is measured by bench/triage_throughput.py; the
tests here guard against what would break it by orders of magnitude (an expression that
backtracks for seconds on one unlucky ticket, a shortcut that skips a rule it should run).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.external import dev_tickets_path
from tickets.triage import triage
from tickets.triage.evaluation import load
from tickets.triage.rules import _score
from tickets.triage.text import MAX_QUOTED, MAX_REQUEST, clean

OWN = Path(__file__).resolve().parents[1] / "data" / "triage_own.jsonl"


def _tickets() -> list[dict[str, str]]:
    """Our own sets, plus the public dev set when RALLIED_DEV_TICKETS names it (tests/external.py)."""
    dev = dev_tickets_path()
    return load(OWN) + load(OWN.with_name("triage_languages.jsonl")) + (load(dev) if dev else [])


def test_anchors_only_skip_work_never_change_a_score() -> None:
    for row in _tickets():
        text = clean(row["subject"], row["body"])
        assert _score(text) == _score(text, use_anchors=False), row["id"]


def _cpu_seconds(subject: str, body: str) -> float:
    started = time.process_time()
    triage(subject, body)
    return time.process_time() - started


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # Long runs of capitalised words and letters: where a name expression could backtrack.
        ("Reset", "Please reset the password for " + " ".join(["Kowalskiewiczowna"] * 400)),
        ("Unlock", "Bitte Benutzerkonto von " + "Abcdefghijklmnopqrstuvwxyz" * 200 + " freischalten."),
        ("DL", "add " + "a" * 20_000 + "@" + "b" * 5_000 + ".example to the Sales distribution list"),
        ("Leaver", ("Paul Grant is leaving, last day 14/04/2025. " * 800)),
        ("mixed", ("Hi, please add Tom Becker to the Sales-EMEA group.\n> quoted line\n" * 2_000)),
        ("html", "<div>" + "<p>password reset please</p>" * 3_000 + "</div>"),
    ],
)
def test_no_ticket_takes_long(subject: str, body: str) -> None:
    triage(subject, body)  # compile-on-first-use is not the ticket's fault
    assert _cpu_seconds(subject, body) < 0.25


def test_long_threads_are_cut_to_what_matters() -> None:
    body = "Please add me to the Sales-EMEA distribution list.\n\n" + "More context. " * 5_000
    text = clean("DL", body + "\n\nOn Mon, 3 Feb 2025, Helpdesk wrote:\n" + "> old news\n" * 5_000)
    assert len(text.request) <= MAX_REQUEST and len(text.quoted) <= MAX_QUOTED
    assert triage("DL", body).entities.get("group") == "Sales-EMEA"


def test_throughput_is_far_from_pathological() -> None:
    tickets = _tickets()
    for row in tickets[:50]:
        triage(row["subject"], row["body"])
    started = time.process_time()
    for row in tickets:
        triage(row["subject"], row["body"])
    rate = len(tickets) / (time.process_time() - started)
    # The bench measures the goal (2,000/s) on a quiet core; this only catches a collapse (a regex gone quadratic is
    # 10-100x slower). Reading every intent made triage about 870/s here, and a loaded CI core measured below 800.
    # The floor was 400 until the near-miss and company studies of issue 12 (each understanding a veto of its own) took
    # the engine from about 620/s to about 500/s and then, with four more studies, to about 385/s on this 2-core
    # machine under load (main beside it read 400-460/s in the same alternating runs), where a helper's landing run
    # also saw unchanged main fail at 268/s with the load at 7. A collapse is still 10x or more: 250 catches it.
    assert rate > 250, f"{rate:.0f} tickets per CPU-second"
