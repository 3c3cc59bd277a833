"""The user search language of the Directory API's users.list `query` (the part the sandbox needs).

Clauses are separated by spaces and joined by an implicit AND: `field:value` (word match),
`field=value` (exact), `field:prefix*` (starts with). A value with spaces or quotes sits in single
quotes, where `\\'` is a quote and `\\\\` a backslash. Fields: name (given + family name), givenName,
familyName, email (primary address and aliases), isSuspended, isAdmin. Matching ignores case, as
Google's does. An expression the sandbox cannot read is a 400 `invalid` like Google's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_FIELD = re.compile(r"\s*(\w+)\s*([:=])\s*")
TEXT_FIELDS = ("name", "givenName", "familyName", "email")
BOOL_FIELDS = {"isSuspended": "suspended", "isAdmin": "isAdmin"}


class QueryError(ValueError):
    """The query is not one the sandbox (or Google) understands."""


def _value(text: str, at: int) -> tuple[str, bool, int]:
    """(value, is_prefix, next position) of the value starting at `at`."""
    if at < len(text) and text[at] == "'":
        out, i = [], at + 1
        while i < len(text):
            ch = text[i]
            if ch == "\\" and i + 1 < len(text):
                out.append(text[i + 1])
                i += 2
                continue
            if ch == "'":
                return "".join(out), False, i + 1
            out.append(ch)
            i += 1
        raise QueryError("unterminated quoted value")
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    raw = text[at:end]
    if not raw or "'" in raw:
        raise QueryError("missing or badly quoted value")
    return (raw[:-1], True, end) if raw.endswith("*") else (raw, False, end)


def parse(query: str) -> list[tuple[str, str, str, bool]]:
    """(field, operator, value, is_prefix) for each clause."""
    clauses, at = [], 0
    while at < len(query):
        if query[at].isspace():
            at += 1
            continue
        field = _FIELD.match(query, at)
        if not field or field.group(1) not in (*TEXT_FIELDS, *BOOL_FIELDS):
            raise QueryError(f"unsupported clause at {at}")
        value, prefix, at = _value(query, field.end())
        if prefix and field.group(2) != ":":
            raise QueryError("a prefix needs ':'")
        clauses.append((field.group(1), field.group(2), value, prefix))
    return clauses


def _texts(user: dict[str, Any], field: str) -> list[str]:
    name = user.get("name") or {}
    if field == "name":
        return [f"{name.get('givenName', '')} {name.get('familyName', '')}".strip()]
    if field == "email":
        return [user["primaryEmail"], *user.get("aliases", [])]
    return [str(name.get(field) or "")]


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)*", text.casefold())


def _text_match(actual: str, op: str, value: str, prefix: bool) -> bool:
    actual, value = actual.casefold(), value.casefold()
    if prefix:
        return actual.startswith(value) or any(w.startswith(value) for w in _words(actual))
    if op == "=":
        return actual == value
    wanted, have = _words(value), _words(actual)  # ':' matches whole words, in order
    return bool(wanted) and any(have[i : i + len(wanted)] == wanted for i in range(len(have)))


def matcher(query: str) -> Callable[[dict[str, Any]], bool]:
    """A predicate over sandbox user records; raises QueryError for what it cannot read."""
    clauses = parse(query)

    def matches(user: dict[str, Any]) -> bool:
        for field, op, value, prefix in clauses:
            if field in BOOL_FIELDS:
                if value.lower() not in ("true", "false"):
                    raise QueryError("boolean fields take true or false")
                if bool(user.get(BOOL_FIELDS[field])) != (value.lower() == "true"):
                    return False
            elif not any(_text_match(text, op, value, prefix) for text in _texts(user, field)):
                return False
        return True

    return matches
