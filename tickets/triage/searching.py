"""Whether an expression matches at all, with as little searching as that answer allows.

The rules engine asks hundreds of expressions per ticket only whether they match in a place (rules._found, the gates
of rules.open_gates). `matches(pattern, text)` answers exactly `pattern.search(text) is not None`, for less:

1. One set test for many literals. Each match of an expression contains one of its literals (prefilter.required),
   and no such literal is shorter than prefilter's shortest (three characters), so a text can hold one only where it
   holds its first three characters. The text's three-character slices are cut once per text (`grams`, kept for the
   few texts of the ticket being read) and one `isdisjoint` test, in C, rules out all of an expression's literals at
   once, where each used to be a substring search of its own (up to 64 for one expression). Where the test passes,
   the literals themselves are looked for as before, then the expression runs.
2. Alternatives apart. "A|B|C" finds a match in a text exactly when one of A, B and C does (search tries every
   alternative at every position), so each top-level alternative is searched on its own and skipped where its own
   literals are absent. One alternative with no literals of its own (r"\bpw\b" is too short) used to make the whole
   expression run on every ticket; now only that alternative runs (the alternatives without literals are joined
   into one expression again). Not split: expressions with back-references (a group's number would change), verbose
   ones (a "|" may sit in a comment) and case-insensitive ones (prefilter finds no literals in them).

tests/triage/test_searching.py compares `matches` with the plain search for every expression of the engine's tables on
every ticket of our sets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from tickets.triage import prefilter
from tickets.triage.prefilter import _SHORTEST as GRAM
from tickets.triage.prefilter import literals, required

# An expression's (or one alternative's) literals with their first GRAM characters as a set; None: no requirement.
Check = tuple[frozenset[str], tuple[str, ...]] | None
Plan = tuple[re.Pattern[str], Check, tuple[tuple[Check, re.Pattern[str]], ...] | None]

# The plan of each expression asked about, by id(); as in prefilter._KNOWN, the entry holds the expression, so its id
# is not reused while the entry stands. Filled on first use, or before a cluster forks (load_all).
_PLANS: dict[int, Plan] = {}


@lru_cache(maxsize=32)  # a ticket's few texts (its places, all of it, a part re-read) asked about by many expressions
def grams(text: str) -> frozenset[str]:
    """Every run of GRAM characters in `text`."""
    return frozenset([text[start : start + GRAM] for start in range(len(text) - GRAM + 1)])


def _check(needed: tuple[str, ...] | None) -> Check:
    return None if needed is None else (frozenset(literal[:GRAM] for literal in needed), needed)


def plan(pattern: re.Pattern[str]) -> Plan:
    """How `matches` searches this expression, worked out once."""
    known = _PLANS.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _PLANS[id(pattern)] = (pattern, _check(literals(pattern)), _parts(pattern))
    return known


def load_all() -> int:
    """prefilter.load_all, with each expression's plan worked out too: once before the cluster forks its workers."""
    return prefilter.load_all(also=plan)


def matches(pattern: re.Pattern[str], text: str) -> bool:
    """`pattern.search(text) is not None`, with less searching (see the module's doc)."""
    _, whole, parts = plan(pattern)
    if whole is None and parts is None:
        return pattern.search(text) is not None
    present = grams(text)
    if _ruled_out(whole, present, text):
        return False
    if parts is None:
        return pattern.search(text) is not None
    # An alternative whose own literals are absent cannot match here.
    return any(part.search(text) is not None for check, part in parts if not _ruled_out(check, present, text))


def _ruled_out(check: Check, present: frozenset[str], text: str) -> bool:
    """Whether none of the literals in `check` is in `text`, whose slices are `present` (None rules nothing out)."""
    return check is not None and (present.isdisjoint(check[0]) or not any(map(text.__contains__, check[1])))


def _parts(pattern: re.Pattern[str]) -> tuple[tuple[Check, re.Pattern[str]], ...] | None:
    """The top-level alternatives worth searching apart, each with its literals, or None to search it whole."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    alternatives = _alternatives(pattern.pattern)
    if len(alternatives) < 2:
        return None
    try:
        if _has_reference(sre_parse.parse(pattern.pattern, pattern.flags)):
            return None
        compiled = [re.compile(alternative, pattern.flags) for alternative in alternatives]
    except re.error:  # not alternatives after all (the scanner below misread the expression): search it whole
        return None
    needs = [required(part) for part in compiled]
    gated = [(_check(needed), part) for needed, part in zip(needs, compiled, strict=True) if needed is not None]
    if not gated:
        return None
    rest = [part.pattern for needed, part in zip(needs, compiled, strict=True) if needed is None]
    return (*gated, *([(None, re.compile("|".join(rest), pattern.flags))] if rest else []))


def _alternatives(source: str) -> list[str]:
    """`source` cut at each "|" outside brackets and parentheses; inside a "(?:...)" that is the whole of it."""
    while True:
        cuts: list[int] = []
        depth, closed_at, index, in_class = 0, -1, 0, False
        while index < len(source):
            char = source[index]
            if char == "\\":  # an escaped character, whatever it is
                index += 2
                continue
            if in_class:
                in_class = char != "]"
            elif char == "[":
                in_class = True
                index += 2 if source[index + 1 : index + 2] == "^" else 1
                index += 1 if source[index : index + 1] == "]" else 0  # "[]...]", "[^]...]": that "]" is a member
                continue
            elif char == "(":
                depth += 1
            elif char == ")":
                depth -= 1
                if depth == 0 and closed_at < 0:
                    closed_at = index
            elif char == "|" and depth == 0:
                cuts.append(index)
            index += 1
        if cuts or not (source.startswith("(?:") and closed_at == len(source) - 1):
            break
        source = source[3:-1]  # "(?:A|B)" and nothing else: the same alternatives as "A|B"
    bounds = [-1, *cuts, len(source)]
    return [source[start + 1 : end] for start, end in pairwise(bounds)]


def _has_reference(items: Any) -> bool:
    """Whether a parsed expression refers to a group anywhere ((?P=name), a numbered one, (?(1)...))."""
    for op, av in items:
        if op in (sre.GROUPREF, sre.GROUPREF_EXISTS, sre.GROUPREF_IGNORE):
            return True
        if op is sre.BRANCH:
            nested = av[1]
        elif op is sre.SUBPATTERN:
            nested = [av[3]]
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            nested = [av[1]]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            nested = [av[2]]
        elif op is sre.ATOMIC_GROUP:
            nested = [av]
        else:
            continue
        if any(_has_reference(sub) for sub in nested):
            return True
    return False
