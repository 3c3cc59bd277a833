"""Fixtures of the workflow tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.trust.helpers import business_hours, pin_clock
from tests.workflow.reply_helpers import KNOWN_PASSWORD


@pytest.fixture
def replies_world(world: dict[str, Any], monkeypatch: pytest.MonkeyPatch, mailoutbox: list) -> dict[str, Any]:
    """The demo world at a Tuesday afternoon, with a temporary password the tests know."""
    from playbooks import executor

    pin_clock(monkeypatch, business_hours())
    monkeypatch.setattr(executor, "generate_password", lambda *a, **k: KNOWN_PASSWORD)
    return world
