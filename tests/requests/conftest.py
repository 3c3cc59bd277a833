"""After a run of the acceptance rows: how many passed, per category and per language (the issue's closing note)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pytest

from tests.requests.spec import CATEGORIES, LANGUAGES

_RESULTS: dict[str, tuple[Any, bool]] = {}  # row id -> (row, passed)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Any:
    outcome = yield
    report = outcome.get_result()
    row = getattr(item, "callspec", None) and item.callspec.params.get("row")
    if row is not None and report.when == "call":
        # A strict xfail that failed as expected is a row not yet passing; only a plain pass counts.
        _RESULTS[row.id] = (row, report.passed and not hasattr(report, "wasxfail"))


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _RESULTS:
        return
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for row, passed in _RESULTS.values():
        for key in ((row.cat, row.lang), (row.cat, "all"), ("all", row.lang), ("all", "all")):
            table[key][0] += passed
            table[key][1] += 1
    write = terminalreporter.write_line
    write("")
    write("acceptance rows passing (issue 12), category x language:")
    write(f"{'':10}" + "".join(f"{lang:>9}" for lang in (*LANGUAGES, "all")))
    for cat in (*CATEGORIES, "all"):
        cells = [table.get((cat, lang)) for lang in (*LANGUAGES, "all")]
        write(f"{cat:10}" + "".join(f"{c[0]:>4}/{c[1]:<4}" if c else f"{'-':>9}" for c in cells))
