"""Trust-layer tests use the shared fixtures of tests/conftest.py, plus a clock pinned inside business hours (so no
result depends on when the suite runs). The world's Okta pushes answer quickly (tests/helpers.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.trust.helpers import business_hours, pin_clock


@pytest.fixture
def trust_world(world: dict[str, Any], monkeypatch: pytest.MonkeyPatch, mailoutbox: list) -> dict[str, Any]:
    pin_clock(monkeypatch, business_hours())
    return world
