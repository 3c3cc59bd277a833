"""Checks whose inputs live outside the repository, and the gate that runs them only when they are given.

Two inputs are not the project's to ship. Beside a working copy they sit in ../shared (CI puts a copy there,
and .ci/run points the variables at it):
- the vendors' own spec subsets, which the vendor contract checks validate traffic against
  (RALLIED_CONTRACT_SPECS: the specs folder);
- the public dev set of real tickets, on which triage's acceptance thresholds are measured
  (RALLIED_DEV_TICKETS: the .jsonl file). It carries no licence, so it is read in place and never copied here.

A test that needs one asks for its fixture: `contract_specs` (or the `needs_contract_specs` mark, for tests whose
helpers read the specs) or `dev_tickets`. When the variable is unset, those tests are deselected, not skipped,
and the run ends with one line saying what was not run and how to run it. When it is set and wrong, they fail.
A relative path is read from the repository root.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONTRACT_SPECS = "RALLIED_CONTRACT_SPECS"
DEV_TICKETS = "RALLIED_DEV_TICKETS"


@dataclass(frozen=True)
class Input:
    fixture: str
    variable: str
    beside: str  # where a working copy finds it, relative to the repository root
    checks: str


INPUTS = (
    Input("contract_specs", CONTRACT_SPECS, "../shared/contracts/specs", "vendor contract checks"),
    Input("dev_tickets", DEV_TICKETS, "../shared/datasets/dev_tickets.jsonl", "dev-set triage checks"),
)


def given(variable: str) -> Path | None:
    """The path the variable names (relative ones from the repository root), or None when it is unset."""
    value = os.environ.get(variable, "").strip()
    return (ROOT / value).resolve() if value else None


def contract_specs_folder() -> Path:
    folder = given(CONTRACT_SPECS)
    if folder is None:
        raise RuntimeError(f"{CONTRACT_SPECS} is not set: a test that reads the vendor specs must ask for the "
                           "contract_specs fixture (or carry needs_contract_specs), so it is not run without them.")
    return folder


@cache
def read_spec(name: str) -> dict[str, Any]:
    """One spec file of the vendor specs folder, parsed."""
    return json.loads((contract_specs_folder() / name).read_text(encoding="utf-8"))


def dev_tickets_path() -> Path | None:
    return given(DEV_TICKETS)


@pytest.fixture(scope="session")
def contract_specs() -> Path:
    """The vendor specs folder; a test that asks for it runs only when RALLIED_CONTRACT_SPECS is set."""
    folder = contract_specs_folder()
    assert folder.is_dir(), f"{CONTRACT_SPECS}={os.environ[CONTRACT_SPECS]!r}: no such folder ({folder})"
    return folder


@pytest.fixture(scope="session")
def dev_tickets() -> Path:
    """The public dev set; a test that asks for it runs only when RALLIED_DEV_TICKETS is set."""
    path = dev_tickets_path()
    assert path is not None and path.is_file(), f"{DEV_TICKETS}={os.environ.get(DEV_TICKETS)!r}: no such file"
    return path


needs_contract_specs = pytest.mark.usefixtures("contract_specs")

_NOT_RUN = pytest.StashKey[dict[Input, int]]()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    missing = [i for i in INPUTS if given(i.variable) is None]
    not_run: dict[Input, int] = {}
    kept, dropped = [], []
    for item in items:
        needed = next((i for i in missing if i.fixture in getattr(item, "fixturenames", ())), None)
        if needed is None:
            kept.append(item)
        else:
            dropped.append(item)
            not_run[needed] = not_run.get(needed, 0) + 1
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept
    config.stash[_NOT_RUN] = not_run


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    not_run = config.stash.get(_NOT_RUN, {})
    if not_run:
        parts = [f"{count} {i.checks} (set {i.variable}={i.beside})" for i, count in not_run.items()]
        terminalreporter.write_line(f"Not run, their inputs live outside the repository: {'; '.join(parts)}. "
                                    ".ci/run sets both.")
