"""Literal prefilters (tickets/triage/prefilter.py) skip an expression only where it cannot match.

From both sides: each literal set read from an expression is one every match contains (the text it matches is let
through), and a text without any of them is one the expression does not match; where no literal is certain (an
optional word, a case-insensitive part, a back-reference) nothing is skipped. tests/triage/test_speed.py compares the
engine's scores with and without the shortcut on every ticket of our sets.
"""

from __future__ import annotations

import re

import pytest

from tickets.triage.prefilter import literals, may_match, required


@pytest.mark.parametrize(
    ("pattern", "matching", "not_matching"),
    [
        (r"(?:keeps?|always) asking for (?:my )?password", "outlook keeps asking for my password", "asks for it"),
        (r"(?:foo|ba)r", "a bar", "a car"),
        (r"p[ae]?s{1,2}w", "passw", "pw reset"),
        (r"(?<!not )lock(?:ed)?\b", "locked out", "log in"),
        (r"\A(?=[\s\S]*?(?:lost (?:my|the) key))(?![\s\S]*please)", "i lost my key", "lost keys"),
        (r"(?=.*secret)\w+", "top secret", "public"),
    ],
)
def test_a_text_the_expression_matches_is_let_through_and_one_without_its_literals_is_skipped(
        pattern: str, matching: str, not_matching: str) -> None:
    compiled = re.compile(pattern)
    needed = required(compiled)
    assert needed is not None
    assert compiled.search(matching) and may_match(needed, matching)
    assert not may_match(needed, not_matching) and not compiled.search(not_matching)


@pytest.mark.parametrize(
    "pattern",
    [
        r"pass(?:word)?|pw\b",  # "pw": too short to be worth a test
        r"(?:abc)*d",  # the repeated part may be absent
        r"(?i)password",  # case-insensitive: "PASSWORD" holds no "password"
        r"(a)bc\1",  # a back-reference
        r"ab|",  # the empty alternative matches anywhere
        r"[^a]bc",  # two letters after any character
    ],
)
def test_no_literal_is_required_where_none_is_certain(pattern: str) -> None:
    compiled = re.compile(pattern)
    assert required(compiled) is None and literals(compiled) is None
    assert may_match(None, "anything")


def test_a_long_list_of_alternatives_is_cut_to_their_first_characters() -> None:
    words = [f"{stem}{ending}" for stem in ("alpha", "bravo", "charlie", "delta") for ending in
             ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
              "thirteen", "fourteen", "fifteen", "sixteen", "seventeen")]
    compiled = re.compile("|".join(words))
    needed = required(compiled)
    assert needed is not None and len(needed) < len(words)
    assert all(any(n in w for n in needed) for w in words)  # every alternative still holds one of them
    assert not may_match(needed, "echo foxtrot")
