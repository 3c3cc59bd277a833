"""Fixtures of the workflow tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.trust.helpers import business_hours, pin_clock
from tests.workflow.reply_helpers import KNOWN_PASSWORD


@pytest.fixture
def replies_world(world: dict[str, Any], monkeypatch: pytest.MonkeyPatch, mailoutbox: list) -> dict[str, Any]:
    """The demo world at a Tuesday afternoon, with a temporary password the tests know."""
    from tickets import secrets as secrets_module  # the claim puts the password aside there

    pin_clock(monkeypatch, business_hours())
    monkeypatch.setattr(secrets_module, "generate_password", lambda *a, **k: KNOWN_PASSWORD)
    return world
