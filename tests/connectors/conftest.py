"""Connector fixtures: real connectors built from the sandbox's own Connection settings.

`sandbox` (tests/conftest.py) gives a freshly reset sandbox with no faults and an empty request log.
Each connector here records the waits http.send asks for in `.waits` instead of sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from rallied.connectors import build_connector
from rallied.connectors.connectwise import ConnectWiseConnector
from rallied.connectors.duo import DuoConnector
from rallied.connectors.entra import EntraConnector
from sandbox.core import SandboxServer
from tests.connectors.contract_specs import wire  # noqa: F401  (records request/response pairs)
from tests.sandbox.vendor_helpers import connection

ALL_ENTRA_KINDS = EntraConnector.supports


def _build(server: SandboxServer, slug: str, vendor: str, **overrides: Any) -> Any:
    conn = connection(server.url, slug, vendor)
    connector = build_connector(
        vendor,
        base_url=conn["base_url"],
        config={**conn["config"], **overrides.pop("config", {})},
        credentials={**conn["credentials"], **overrides.pop("credentials", {})},
        allowed_kinds=overrides.pop("allowed_kinds", None),
        timeout=overrides.pop("timeout", 3.0),
    )
    connector.waits = []
    connector.sleep = connector.waits.append  # honour Retry-After without really waiting
    return connector


@pytest.fixture
def make_connector(sandbox: SandboxServer) -> Callable[..., Any]:
    """make_connector(vendor, slug="contoso", allowed_kinds=..., timeout=..., config=..., credentials=...)."""

    def make(vendor: str, slug: str = "contoso", **overrides: Any) -> Any:
        return _build(sandbox, slug, vendor, **overrides)

    return make


@pytest.fixture
def entra(make_connector: Callable[..., Any]) -> EntraConnector:
    """Contoso's Entra connector, allowed every kind it supports."""
    return make_connector("entra", allowed_kinds=ALL_ENTRA_KINDS)


@pytest.fixture
def cw(make_connector: Callable[..., Any]) -> ConnectWiseConnector:
    return make_connector("connectwise")


@pytest.fixture
def duo(make_connector: Callable[..., Any]) -> DuoConnector:
    return make_connector("duo")
