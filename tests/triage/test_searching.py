"""searching.matches answers exactly what a plain search would, for less work (tickets/triage/searching.py).

Checked both ways: on chosen expressions (alternatives cut in the right places, back-references left whole), and for
every expression of the rules engine's that is searched by its alternatives (signals, vetoes, their anchors and the
category gates) on every place of every ticket of our own set, where any difference would be a changed answer. (The
literal test before a search skips only what prefilter proves cannot match: tests/triage/test_prefilter.py.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tickets.triage.evaluation import load
from tickets.triage.rules import _GATES, _SIGNALS_OF, _VETOES_OF
from tickets.triage.searching import _alternatives, grams, matches, plan
from tickets.triage.text import clean

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("source", "alternatives"),
    [
        ("a|b", ["a", "b"]),
        ("(?:a|b(?:c|d)|[|)]x|\\|y)", ["a", "b(?:c|d)", "[|)]x", "\\|y"]),
        ("[]|]x|y", ["[]|]x", "y"]),
        ("[^]|]x|y", ["[^]|]x", "y"]),
        ("(?:a|b)?", ["(?:a|b)?"]),
        ("(?:a)|(?:b)", ["(?:a)", "(?:b)"]),
        ("(?:a)(?:b|c)", ["(?:a)(?:b|c)"]),
        ("(?:(?:a|b))", ["a", "b"]),
    ],
)
def test_an_expression_is_cut_only_at_its_own_top_level_bars(source: str, alternatives: list[str]) -> None:
    assert _alternatives(source) == alternatives


@pytest.mark.parametrize(
    ("pattern", "texts"),
    [
        (r"\bpw\b|password reset|kennwort", ["my pw please", "password reset", "kennwort", "pwned", "nothing"]),
        (r"(?P<w>ab)c|x(?P=w)", ["xab", "abc", "ab"]),  # a back-reference: searched whole
        (r"(?<!not )locked out|unlock me", ["not locked out", "locked out", "pls unlock me"]),
        (r"^reset|done$", ["reset it", "i reset", "all done", "done now"]),
        (r"(?:new (?:user|account)|\bneu\b)", ["new user", "neu", "neuer", "newt"]),
    ],
)
def test_matches_is_the_plain_search(pattern: str, texts: list[str]) -> None:
    compiled = re.compile(pattern)
    for text in texts:
        assert matches(compiled, text) == (compiled.search(text) is not None), (pattern, text)


def test_a_back_reference_keeps_the_expression_whole() -> None:
    assert plan(re.compile(r"(?P<w>abc)d|x(?P=w)"))[2] is None


def test_grams_are_every_run_of_three() -> None:
    assert grams("abcd") == {"abc", "bcd"}
    assert grams("ab") == frozenset()


def _split(patterns: list[re.Pattern[str] | None]) -> list[re.Pattern[str]]:
    """The expressions searched by their alternatives (the others are searched whole, as before), once each."""
    unique = {id(p): p for p in patterns if p is not None}
    return [pattern for pattern in unique.values() if plan(pattern)[2] is not None]


def test_every_engine_expression_searched_by_parts_answers_as_its_plain_search() -> None:
    rules = [r for table in (*_SIGNALS_OF.values(), *_VETOES_OF.values()) for r in table]
    in_places = _split([p for r in rules for p in (r.pattern, r.anchor)])
    gates = _split([gate for _, gate in _GATES.values()])  # searched in the whole ticket (rules.open_gates)
    places: set[str] = set()
    wholes: set[str] = set()
    for row in load(DATA / "triage_own.jsonl"):
        text = clean(row["subject"], row["body"])
        places.update((text.lower_subject, text.lower_request, text.lower_quoted))
        wholes.add(text.lower_all)
    for patterns, texts in ((in_places, places), (gates, wholes)):
        for pattern in patterns:
            for text in texts:
                assert matches(pattern, text) == (pattern.search(text) is not None), (pattern.pattern[:80], text[:80])
