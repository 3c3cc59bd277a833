"""Trust-layer tests use the shared fixtures of tests/conftest.py, plus a world whose pushes answer quickly and a
clock pinned inside business hours (so no result depends on when the suite runs)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.trust.helpers import business_hours, fast_okta_pushes, pin_clock


@pytest.fixture
def trust_world(world: dict[str, Any], monkeypatch: pytest.MonkeyPatch, mailoutbox: list) -> dict[str, Any]:
    fast_okta_pushes()
    pin_clock(monkeypatch, business_hours())
    return world
