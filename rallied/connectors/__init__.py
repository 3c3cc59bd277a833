"""Vendor connectors: one small class per vendor, found by walking this package (the registry)."""

from __future__ import annotations

import functools
import importlib
import pkgutil
from typing import Any

from rallied.connectors.base import (
    Connector,
    ConnectorError,
    DirectoryObject,
    DirectoryUser,
    IdentityConnector,
    PsaConnector,
    ScopeError,
)

__all__ = [
    "Connector",
    "ConnectorError",
    "DirectoryObject",
    "DirectoryUser",
    "IdentityConnector",
    "PsaConnector",
    "ScopeError",
    "build_connector",
    "connector_classes",
]

_SKIP = {"base"}


@functools.cache
def _import_connector_modules() -> None:
    """Import every connector module of this package, once per process: the walk lists the package's folder,
    which a worker did for every connector it built (issue 17: 1.6% of the cluster's CPU)."""
    import rallied.connectors as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name not in _SKIP:
            importlib.import_module(f"{pkg.__name__}.{info.name}")


def connector_classes() -> dict[str, type[Connector]]:
    """vendor name -> connector class, for every connector module in this package. The classes are looked up on
    each call, so a subclass defined later (a test's) is found as before."""
    _import_connector_modules()
    found: dict[str, type[Connector]] = {}
    stack = list(Connector.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.vendor:
            found[cls.vendor] = cls
    return found


def build_connector(
    vendor: str,
    *,
    base_url: str,
    config: dict[str, Any] | None = None,
    credentials: dict[str, Any] | None = None,
    allowed_kinds: set[str] | frozenset[str] | None = None,
    timeout: float = 10.0,
) -> Connector:
    classes = connector_classes()
    if vendor not in classes:
        raise ConnectorError(f"No connector for vendor '{vendor}'.", vendor=vendor, permanent=True)
    return classes[vendor](
        base_url=base_url, config=config, credentials=credentials, allowed_kinds=allowed_kinds, timeout=timeout
    )
