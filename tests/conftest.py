"""Shared fixtures: the sandbox on a free loopback port, reset between tests, and the demo world seeded once per
test run into the test database, so each test starts from it and rolls back to it."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings

from sandbox import start_sandbox
from sandbox.core import SandboxServer
from tests.helpers import _CommitWork, contoso_api, seed_world, tenant_key, world  # noqa: F401  (shared fixtures)

# The checks whose inputs live outside the repository (vendor specs, the public dev set) run only when given.
pytest_plugins = ["tests.external"]


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    """Every simulated vendor, served once per test session on a free port."""
    server = start_sandbox(settings.RALLIED_DIRECTORY_FILE)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None, django_db_blocker: Any, sandbox_server: SandboxServer) -> None:
    """pytest-django's test database, plus the demo world seeded once and committed.

    Every `django_db` test runs in a transaction rolled back to this state. A transactional test flushes the tables
    when it ends, so `world` seeds again for the transactional tests that follow (tests/helpers.py).
    """
    with django_db_blocker.unblock():
        seed_world(sandbox_server.url)


@pytest.fixture
def sandbox(sandbox_server: SandboxServer) -> Iterator[SandboxServer]:
    """The sandbox with fresh state, no faults and an empty request log for this test."""
    sandbox_server.sandbox.reset()
    yield sandbox_server
    sandbox_server.sandbox.clear_faults()


@pytest.fixture(autouse=True)
def _no_on_commit_work_dropped() -> Iterator[None]:
    """A test that runs on-commit work with `committed()` (tests/helpers.py) must run all of it: a step whose
    follow-up was never run would let "nothing happened" assertions pass for the wrong reason."""
    _CommitWork.reset()
    yield
    dropped = _CommitWork.dropped()
    _CommitWork.reset()
    if dropped:
        pytest.fail(f"on-commit work registered outside committed() never ran: {dropped}", pytrace=False)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remove this process's SQLite test file (tests/settings.py names one per process)."""
    name = settings.DATABASES["default"].get("TEST", {}).get("NAME")
    if name and settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(name + suffix)
