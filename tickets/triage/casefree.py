"""Case-insensitive expressions, run without case-folding on text that is already lower-case.

An expression compiled with re.IGNORECASE folds the case of every character it compares, which makes a long
alternation about three times slower (patterns.rx). Much of what noise.py reads is lower-cased before it is searched,
so there the folding finds nothing the plain comparison would not. `CaseFree(pattern)` behaves exactly as
`re.compile(pattern, re.IGNORECASE)` and searches text that is its own lower case with the same expression compiled
without the flag.

Why that cannot change an answer. With IGNORECASE, Python's engine lets a character of the text match a character
of the expression when their lower cases are equal or when the two are "case twins", distinct lower-case letters
with one upper case (i and dotless ı, s and long ſ, σ and ς: re._casefix). So where
- every character the expression names (its literals and the members of its classes) is its own lower case and no
  case twin (`_plain_enough`), and
- the text is its own lower case and holds no case twin (`_plain_text`),
a character of the text matches a character of the expression with the flag exactly when it is that character, as
without it; assertions (\\b, ^, lookarounds) and classes such as \\w or \\s do not depend on the flag. Any other
expression or text is searched with the flag, as before. tests/triage/test_casefree.py checks every single-character
part of every such expression on every lower-case character. Compared as written, an expression is also not searched
where none of the literals its matches contain is in the text (prefilter.py), as the rules engine's are not.
"""

from __future__ import annotations

import re
from re import _casefix  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from tickets.triage.prefilter import literals, may_match

# The case twins outside ASCII (each of i and s has one, ı and ſ; both are listed in the other's entry).
TWINS = frozenset(
    chr(c) for key, others in _casefix._EXTRA_CASES.items() for c in (key, *others) if c > 127
)
_TWIN = re.compile("[" + "".join(re.escape(c) for c in sorted(TWINS)) + "]")


def _plain_char(code: int) -> bool:
    char = chr(code)
    return char.lower() == char and char not in TWINS


def _plain_enough(items: Any) -> bool:
    """Whether every character the parsed expression names is its own lower case and has no case twin."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if not _plain_char(av):
                return False
        elif op is sre.IN:
            for kind, value in av:
                if kind in (sre.LITERAL, sre.NOT_LITERAL) and not _plain_char(value):
                    return False
                if kind is sre.RANGE and not all(_plain_char(c) for c in range(value[0], value[1] + 1)):
                    return False
        elif op is sre.BRANCH:
            if not all(_plain_enough(alternative) for alternative in av[1]):
                return False
        elif op is sre.SUBPATTERN:
            if av[1] or av[2] or not _plain_enough(av[3]):  # inline flags: not this module's case
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _plain_enough(av[1]):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _plain_enough(av[2]):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _plain_enough(av):
                return False
        elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS, sre.GROUPREF_IGNORE):
            return False  # a back-reference compares case-folded text it captured
    return True


def _plain_text(text: str) -> bool:
    """Whether `text` is its own lower case and holds no case twin."""
    return text == text.lower() and not _TWIN.search(text)


class CaseFree:
    """`re.compile(pattern, re.IGNORECASE | flags)`, searched without the flag where that cannot change a match."""

    __slots__ = ("_folding", "_plain", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._folding = re.compile(pattern, flags | re.IGNORECASE)
        self.pattern, self.flags = self._folding.pattern, self._folding.flags
        plain = _plain_enough(sre_parse.parse(pattern, flags))
        self._plain = re.compile(pattern, flags & ~re.IGNORECASE) if plain else None

    def _for(self, text: str) -> re.Pattern[str]:
        return self._plain if self._plain is not None and _plain_text(text) else self._folding

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        pattern = self._for(text)
        if pattern is self._plain and not may_match(literals(pattern), text):
            # Compared as written (no folding), a match contains one of these literals (prefilter.py): none in the
            # text, none in any part of it the search is limited to.
            return None
        return pattern.search(text, *args)

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        return self._for(text).match(text, *args)

    def fullmatch(self, text: str, *args: Any) -> re.Match[str] | None:
        return self._for(text).fullmatch(text, *args)

    def finditer(self, text: str, *args: Any) -> Any:
        return self._for(text).finditer(text, *args)

    def findall(self, text: str, *args: Any) -> list[Any]:
        return self._for(text).findall(text, *args)

    def split(self, text: str, *args: Any) -> list[str]:
        return self._for(text).split(text, *args)

    def sub(self, replacement: Any, text: str, *args: Any) -> str:
        return self._for(text).sub(replacement, text, *args)

    def subn(self, replacement: Any, text: str, *args: Any) -> tuple[str, int]:
        return self._for(text).subn(replacement, text, *args)
