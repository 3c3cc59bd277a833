"""Shared fixtures: the sandbox on a free loopback port, reset between tests."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator

import pytest
from django.conf import settings

from sandbox import start_sandbox
from sandbox.core import SandboxServer
from tests.helpers import contoso_api, tenant_key, world  # noqa: F401  (shared fixtures)

# The checks whose inputs live outside the repository (vendor specs, the public dev set) run only when given.
pytest_plugins = ["tests.external"]


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[SandboxServer]:
    """Every simulated vendor, served once per test session on a free port."""
    server = start_sandbox(settings.RALLIED_DIRECTORY_FILE)
    yield server
    server.stop()


@pytest.fixture
def sandbox(sandbox_server: SandboxServer) -> Iterator[SandboxServer]:
    """The sandbox with fresh state, no faults and an empty request log for this test."""
    sandbox_server.sandbox.reset()
    yield sandbox_server
    sandbox_server.sandbox.clear_faults()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Remove this process's SQLite test file (tests/settings.py names one per process)."""
    name = settings.DATABASES["default"].get("TEST", {}).get("NAME")
    if name and settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.remove(name + suffix)
