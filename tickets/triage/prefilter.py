"""Literal prefilters: the words without which an expression cannot match, read from the expression itself.

Most of the engine's expressions (patterns.SIGNALS, vetoes.VETOES and the objects' tables) find nothing in most
tickets, and a regular expression that finds nothing still tries every position of the text. Every match of, say,
`(?:keeps?|always) asking for (?:my )?password` contains "asking for "; if the text holds no "asking for ", the
expression cannot match, and one `in` test (a fast substring search) says so. `required(pattern)` computes such a set
of literals, one of which every match contains, from Python's own parse of the expression; `may_match` is the test.

Why it cannot change an answer: the literals are derived so that every string the expression matches contains one
of them (see `_sequence` and `_item` for each construct), and they are looked for in the same text the expression
would search. Where that is not certain (case-insensitive parts, back-references, character classes too wide to
list) no requirement is given and the expression always runs. tests/triage/test_speed.py compares scoring with and
without these shortcuts (use_anchors=False) on every ticket of our sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# Literal sets larger than this are not worth testing one by one (each is one substring search), and the
# combinations of alternatives grow fast; a larger set simply means "no requirement" here.
_MOST = 64
# A requirement whose shortest literal has fewer characters than this is in nearly every ticket: not worth a test.
_SHORTEST = 3

Strings = frozenset[str]


def _useful(strings: set[str] | frozenset[str] | None) -> Strings | None:
    """A set as a requirement: None where it guarantees nothing (the empty string is in every text) or is too big."""
    if strings is None or "" in strings:
        return None
    kept = _shortest(strings)
    for length in (10, 8, 6, 5, 4, _SHORTEST):
        if len(kept) <= _MOST:
            return frozenset(kept)
        # Too many to test: where a literal stands, so do its first few characters, and fewer literals remain.
        kept = _shortest({s[:length] for s in kept})
    return frozenset(kept) if len(kept) <= _MOST else None


def _shortest(strings: set[str] | frozenset[str]) -> set[str]:
    """Without the literals that contain another: wherever such a literal stands, the shorter one stands too."""
    kept: list[str] = []
    for string in sorted(strings, key=len):  # a literal can only contain shorter ones (or itself)
        if not any(map(string.__contains__, kept)):
            kept.append(string)
    return set(kept)


def _stricter(a: Strings | None, b: Strings | None) -> Strings | None:
    """The more selective of two requirements, both of which hold: longer shortest literal, then fewer literals."""
    if a is None or b is None:
        return a if b is None else b
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _sequence(items: list) -> tuple[set[str] | None, Strings | None]:
    """(every string the sequence can match, if few; a requirement) for items matched one after another.

    Consecutive items with few exact strings combine into longer literals ("pass" then "word" is "password"); any one
    item's requirement, or any such run's strings, is a requirement of the whole sequence, since each item's match is
    a part of the sequence's match.
    """
    run: set[str] | None = {""}
    best: Strings | None = None
    whole = True
    for op, av in items:
        exact, need = _item(op, av)
        best = _stricter(best, _useful(need))
        if exact is not None and run is not None and len(run) * len(exact) <= _MOST:
            run = {a + b for a in run for b in exact}
            continue
        best = _stricter(best, _useful(run))
        run = set(exact) if exact is not None and len(exact) <= _MOST else None
        whole = False
    if run is not None:
        best = _stricter(best, _useful(run))
    return (run if whole else None), best


def _item(op, av) -> tuple[set[str] | None, Strings | None]:
    """(every string this item can match, if few; a requirement) for one parsed item."""
    if op is sre.LITERAL:
        return {chr(av)}, None
    if op is sre.IN:  # a character class: its characters, if it lists a few and negates none
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE and value[1] - value[0] < 8:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # a negation, a category (\w, \s) or a wide range: too many characters
                return None, None
        return (chars if len(chars) <= _MOST else None), None
    if op is sre.AT or op is sre.ASSERT_NOT:  # \b, ^, $, (?!...), (?<!...): they match the empty string
        return {""}, None
    if op is sre.ASSERT:  # (?=...), (?<=...): the match is empty, but the text holds what they assert
        exact, need = _sequence(av[1])
        return {""}, _stricter(_useful(exact), need)
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:  # (?i:...) and the like: literals would not be compared as written
            raise _Unsure
        return _sequence(sub)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av)
    if op is sre.BRANCH:  # one of the alternatives matches: the union of their strings and of their requirements
        exacts, needs = [], []
        for alternative in av[1]:
            exact, need = _sequence(alternative)
            exacts.append(exact)
            needs.append(_stricter(_useful(exact), need))
        exact_all = set().union(*exacts) if all(e is not None for e in exacts) else None
        need_all = None if any(n is None for n in needs) else frozenset().union(*needs)
        return (exact_all if exact_all is not None and len(exact_all) <= _MOST else None), need_all
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = av
        exact, need = _sequence(sub)
        if exact is not None and high <= 3:  # "s?", "s{1,2}", "(?:my )?"
            strings, copies = ({""} if low == 0 else set()), {""}
            for count in range(1, high + 1):
                copies = {a + b for a in copies for b in exact}
                if len(copies) > _MOST:
                    break
                if count >= low:
                    strings |= copies
            else:
                if len(strings) <= _MOST:
                    return strings, None
        if low == 0:  # it may match nothing at all
            return None, None
        return None, _stricter(_useful(exact), need)  # at least one copy is in the match
    if op is sre.GROUPREF or op is sre.GROUPREF_EXISTS:
        raise _Unsure
    return None, None  # any character (., \w, [^x]): no literal


class _Unsure(Exception):
    """An expression whose literals this module does not vouch for."""


def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Literals one of which every match of `pattern` contains, or None where there is no useful such set."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        exact, need = _sequence(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    except _Unsure:
        return None
    best = _stricter(_useful(exact), need)
    if best is None or min(map(len, best)) < _SHORTEST:
        return None
    return tuple(sorted(best, key=len))


# required() of each expression asked about, by id(); the entry holds the expression, so its id is never reused for
# another while the entry stands. Filled on first use: parsing every table's expression up front costs about a second.
_KNOWN: dict[int, tuple[re.Pattern[str], tuple[str, ...] | None]] = {}


def literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """`required(pattern)`, worked out once per expression."""
    known = _KNOWN.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _KNOWN[id(pattern)] = (pattern, required(pattern))
    return known[1]


def may_match(literals: tuple[str, ...] | None, text: str) -> bool:
    """False only where the expression these literals were read from cannot match `text`."""
    return literals is None or any(map(text.__contains__, literals))  # `literal in text` for each, without a loop here


def load_all(also: Callable[[re.Pattern[str]], object] | None = None) -> int:
    """Work out `literals` of every expression the engine's modules hold, once, and say how many.

    Filled on first use, as above, each process pays for the expressions its tickets reach: about 0.2 s of a
    cluster worker's first tickets, again in every worker and in every one forked after `recycle` (4 ms a ticket
    in a burst of 200 on 4 workers). The cluster calls this before it forks them (workflow/apps.py), so they
    share one copy. The expressions are found by walking each module's names, the tables, tuples and objects they
    hold; one the walk misses (built inside a function) is still worked out on its first use. `also` is called on
    each of them too (searching.load_all works out their search plans that way).
    """
    import importlib
    import pkgutil

    import tickets.triage as package

    seen: dict[int, re.Pattern[str]] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for value in vars(module).values():
            _collect(value, seen, depth=0)
    for pattern in seen.values():
        literals(pattern)
        if also is not None:
            also(pattern)
    return len(seen)


def _collect(value: object, seen: dict[int, re.Pattern[str]], *, depth: int) -> None:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            seen[id(value)] = value
        return
    if depth > 5 or isinstance(value, (str, bytes, int, float, type)):
        return
    if isinstance(value, dict):
        items: Any = value.values()
    elif isinstance(value, (tuple, list, set, frozenset)):
        items = value
    elif type(value).__module__.startswith("tickets.triage"):  # the engine's own records (a CaseFree, a table row)
        names = (*getattr(value, "__slots__", ()), *getattr(value, "__dict__", {}))
        items = [getattr(value, name, None) for name in names]
    else:
        return
    for item in items:
        _collect(item, seen, depth=depth + 1)
