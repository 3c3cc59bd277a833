"""A new hire's address from the tenant's naming convention: the candidates, in the order the convention tries them.

The convention is the identity connection's config `naming_patterns` (a list, tried in order), with the domain from
`naming_domain` or else the tenant's first verified domain. A pattern uses `{first}`, `{last}`, `{middle}`, `{f}`
(first initial), `{m}` (middle initial) and `{n}` (a number from 2 to 9 for the next free one). A pattern naming a
middle name is skipped for someone without one. The caller (tickets/new_hire.py) takes the first
candidate the directory does not hold yet: `first.last`, then `first.m.last`, then `first.last2` ... by default.

Names become address parts the way mail systems take them: accents and umlauts written out ("Müller" -> "mueller",
"García" -> "garcia"), spaces and apostrophes dropped ("de Vries" -> "devries", "O'Brien" -> "obrien").
"""

from __future__ import annotations

import re
import string
import unicodedata
from typing import Any

NAMING_PATTERNS_KEY = "naming_patterns"
NAMING_DOMAIN_KEY = "naming_domain"
DEFAULT_PATTERNS: tuple[str, ...] = ("{first}.{last}", "{first}.{m}.{last}", "{first}.{last}{n}")
FIELDS = frozenset({"first", "last", "middle", "f", "m", "n"})
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa"})
_LOCAL_OK = re.compile(r"[^a-z0-9-]")
_NUMBERS = range(2, 10)


def address_part(word: str) -> str:
    """A name as it can stand in an address: lower case ASCII letters, digits and dashes."""
    folded = unicodedata.normalize("NFKD", word.lower().translate(_SPELLED_OUT))
    return _LOCAL_OK.sub("", "".join(c for c in folded if not unicodedata.combining(c)))


def name_parts(name: str) -> dict[str, str]:
    """{first, middle, last} of a person's name: the first word, the last word with any particles before it
    ("Daan de Vries" -> last "devries"), and the words between."""
    words = name.split()
    if len(words) < 2:
        return {}
    particles = {"van", "von", "de", "der", "den", "da", "di", "le", "la", "del", "du", "ter", "ten", "bin", "al"}
    last_start = len(words) - 1
    while last_start > 1 and words[last_start - 1].lower() in particles:
        last_start -= 1
    return {"first": address_part(words[0]), "middle": address_part(" ".join(words[1:last_start])),
            "last": address_part("".join(words[last_start:]))}


def pattern_problem(pattern: Any) -> str:
    """'' when `pattern` is a usable naming pattern, else what is wrong with it."""
    if not isinstance(pattern, str) or not pattern.strip() or len(pattern) > 100 or "@" in pattern:
        return "each pattern must be a short text without '@', e.g. '{first}.{last}'"
    try:
        names = {name for _, name, spec, conv in string.Formatter().parse(pattern) if name is not None}
    except ValueError:
        return f"'{pattern}' is not a valid pattern"
    unknown = names - FIELDS
    if unknown:
        return f"'{pattern}' uses {', '.join(sorted(unknown))}; use {', '.join(sorted(FIELDS))}"
    if not names & {"first", "last", "f"}:
        return f"'{pattern}' names no part of the person's name"
    return ""


def check_patterns(value: Any) -> str:
    """The connection setting `naming_patterns`: a non-empty list of usable patterns."""
    if not isinstance(value, list) or not value or len(value) > 10:
        return "must be a list of 1 to 10 patterns, e.g. [\"{first}.{last}\", \"{first}.{m}.{last}\"]"
    return next((problem for problem in map(pattern_problem, value) if problem), "")


def candidates(name: str, *, domain: str, patterns: list[str] | tuple[str, ...] = DEFAULT_PATTERNS) -> list[str]:
    """Every address the convention gives for `name` at `domain`, in the order to try them, each once."""
    parts = name_parts(name)
    if not parts or not parts["first"] or not parts["last"] or not domain:
        return []
    values = {**parts, "f": parts["first"][:1], "m": parts["middle"][:1]}
    found: list[str] = []
    for pattern in patterns:
        fields = {n for _, n, _, _ in string.Formatter().parse(pattern) if n}
        if fields & {"middle", "m"} and not parts["middle"]:
            continue
        for number in _NUMBERS if "n" in fields else (None,):
            local = pattern.format_map({**values, "n": number or ""}).strip(".-_")
            address = f"{local}@{domain.lower()}"
            if local and address not in found:
                found.append(address)
    return found


__all__ = ["DEFAULT_PATTERNS", "NAMING_DOMAIN_KEY", "NAMING_PATTERNS_KEY", "address_part", "candidates",
           "check_patterns", "name_parts", "pattern_problem"]
