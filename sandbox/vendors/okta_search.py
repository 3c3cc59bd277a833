"""Okta's `search`/`filter` expressions for the sandbox: `attr eq|sw|co "value"` with and, or, parentheses.

String literals follow the SCIM filter grammar Okta uses: double quotes, `\\"` for a quote and
`\\\\` for a backslash, so a name with quotes or the word "and" in it is one value. Property names
are case-sensitive, operators and values are not (as the spec says for user search). `and` binds
tighter than `or`.
"""

from __future__ import annotations

import re
from typing import Any

_TOKEN = re.compile(r'\s*(?:(?P<paren>[()])|"(?P<str>(?:[^"\\]|\\.)*)"|(?P<word>[\w.]+))')
OPERATORS = ("eq", "sw", "co")


class SearchError(ValueError):
    """An expression the sandbox cannot read (Okta answers E0000031)."""


def _tokens(expression: str) -> list[tuple[str, str]]:
    out, at = [], 0
    while at < len(expression):
        if expression[at:].strip() == "":
            break
        match = _TOKEN.match(expression, at)
        if not match:
            raise SearchError(f"unexpected text at {at}")
        at = match.end()
        if match.group("paren"):
            out.append(("paren", match.group("paren")))
        elif match.group("str") is not None:
            out.append(("str", re.sub(r"\\(.)", r"\1", match.group("str"))))
        else:
            out.append(("word", match.group("word")))
    return out


def _actual(user: dict[str, Any], attr: str) -> str:
    if attr in ("status", "id"):
        value = user.get(attr)
    elif attr.startswith("profile."):
        value = user["profile"].get(attr.removeprefix("profile."))
    else:
        raise SearchError(f"unsupported property {attr}")
    return "" if value is None else str(value)


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], user: dict[str, Any]) -> None:
        self.tokens, self.at, self.user = tokens, 0, user

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.peek()
        if token is None:
            raise SearchError("expression ends too early")
        self.at += 1
        return token

    def keyword(self, word: str) -> bool:
        token = self.peek()
        if token and token[0] == "word" and token[1].lower() == word:
            self.at += 1
            return True
        return False

    def expression(self) -> bool:
        result = self.term()
        while self.keyword("or"):
            result = self.term() or result
        return result

    def term(self) -> bool:
        result = self.factor()
        while self.keyword("and"):
            result = self.factor() and result
        return result

    def factor(self) -> bool:
        if self.peek() == ("paren", "("):
            self.take()
            result = self.expression()
            if self.take() != ("paren", ")"):
                raise SearchError("missing )")
            return result
        kind, attr = self.take()
        _, op = self.take()
        value_kind, value = self.take()
        if kind != "word" or op.lower() not in OPERATORS or value_kind != "str":
            raise SearchError("expected: attribute operator \"value\"")
        actual, value = _actual(self.user, attr).casefold(), value.casefold()
        op = op.lower()
        return actual == value if op == "eq" else actual.startswith(value) if op == "sw" else value in actual


def matches(user: dict[str, Any], expression: str) -> bool:
    """Whether the user matches; raises SearchError for an expression the sandbox cannot read."""
    parser = _Parser(_tokens(expression), user)
    result = parser.expression()
    if parser.peek() is not None:
        raise SearchError("unexpected text after the expression")
    return result
