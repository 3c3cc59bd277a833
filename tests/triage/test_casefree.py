"""Case-insensitive expressions run without case-folding on lower-case text find exactly what the folding finds.

tickets/triage/casefree.py argues it character by character; these tests check that argument where it could fail:
every single-character part of every such expression, on every lower-case character that is not a case twin, and
whole expressions on our tickets as written and lower-cased. And from the other side: text that is not lower-case,
or holds a case twin, is still read with the folding.
"""

from __future__ import annotations

import re
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from tickets.triage import noise, starter_hardware
from tickets.triage.casefree import TWINS, CaseFree
from tickets.triage.evaluation import load

OWN = Path(__file__).resolve().parents[1] / "data" / "triage_own.jsonl"
# Every module that reads with CaseFree: noise.py, and the starter's hardware it asks about.
EXPRESSIONS = [v for module in (noise, starter_hardware) for v in vars(module).values() if isinstance(v, CaseFree)]
_CATEGORIES = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s",
               sre.CATEGORY_NOT_SPACE: r"\S", sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W"}


def _one_character_parts(items: list) -> list[str]:
    """Each part of a parsed expression that matches one character, written back as an expression of its own."""
    parts: list[str] = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.NOT_LITERAL:
            parts.append(f"[^{re.escape(chr(av))}]")
        elif op is sre.IN:
            members = []
            for kind, value in av:
                if kind is sre.NEGATE:
                    members.append("^")
                elif kind is sre.LITERAL:
                    members.append(re.escape(chr(value)))
                elif kind is sre.RANGE:
                    members.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                else:
                    members.append(_CATEGORIES[value])
            parts.append(f"[{''.join(members)}]")
        elif op is sre.BRANCH:
            parts += [p for alternative in av[1] for p in _one_character_parts(alternative)]
        elif op is sre.SUBPATTERN:
            parts += _one_character_parts(av[3])
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            parts += _one_character_parts(av[1])
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            parts += _one_character_parts(av[2])
        elif op is sre.ATOMIC_GROUP:
            parts += _one_character_parts(av)
    return parts


def test_every_part_of_every_expression_matches_the_same_lower_case_characters_with_and_without_folding() -> None:
    assert EXPRESSIONS and all(e._plain is not None for e in EXPRESSIONS)
    lower = "".join(c for c in map(chr, range(0x30000)) if c.lower() == c and c not in TWINS
                    and not 0xD800 <= ord(c) < 0xE000)
    parts = {p for e in EXPRESSIONS for p in _one_character_parts(list(sre_parse.parse(e.pattern)))}
    assert len(parts) > 80  # every letter, the classes and the punctuation the modules name
    for part in parts:
        assert re.findall(part, lower, re.I) == re.findall(part, lower), part


def test_whole_expressions_find_the_same_in_our_tickets_as_written_and_lower_cased() -> None:
    pairs = [(expression, re.compile(expression.pattern, re.I)) for expression in EXPRESSIONS]
    for row in load(OWN)[:200]:  # the first 200 of our own set: every kind of message noise.py reads, in 2 s
        for text in (f"{row['subject']}\n{row['body']}", f"{row['subject']}\n{row['body']}".lower()):
            for expression, folded in pairs:
                assert [m.span() for m in expression.finditer(text)] == [m.span() for m in folded.finditer(text)]
                found, expected = expression.search(text), folded.search(text)
                assert (found and found.span()) == (expected and expected.span())


def test_text_with_capitals_or_case_twins_is_still_read_with_folding() -> None:
    password = CaseFree("password|stra(?:ß|ss)e")
    assert password.search("PASSWORD") and password.search("Straße")  # capitals: the folding reads them
    assert password.search("paſſword")  # the long s is a case twin of s: folding matches it, as re.I does
    assert password.search("password") and not password.search("passwort")
    assert CaseFree("ſ")._plain is None  # an expression naming a case twin is always folded
