"""Simulated vendors for the demo and the tests, on their real contracts (see core.py).

A development package on top of the product: it imports product code, and no product app imports it.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path
from typing import Any

from sandbox.core import Sandbox, SandboxServer, Vendor


def vendor_classes() -> list[type[Vendor]]:
    """Every Vendor subclass in sandbox/vendors/: the registry is the folder."""
    from sandbox import vendors

    for info in pkgutil.iter_modules(vendors.__path__):
        importlib.import_module(f"{vendors.__name__}.{info.name}")
    found: dict[str, type[Vendor]] = {}
    stack = list(Vendor.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.prefix:
            found[cls.prefix] = cls
    return [found[k] for k in sorted(found)]


def build_sandbox(directory_path: str | Path) -> Sandbox:
    return Sandbox(directory_path, vendor_classes())


def start_sandbox(directory_path: str | Path, host: str = "127.0.0.1", port: int = 0) -> SandboxServer:
    """Build and serve the sandbox on a loopback port in a background thread."""
    return SandboxServer(build_sandbox(directory_path), host=host, port=port).start()


def sandbox_connections(tenant: dict[str, Any], sandbox_url: str) -> list[dict[str, Any]]:
    """The Connection settings (vendor, base_url, config, credentials) a directory tenant uses in the sandbox."""
    rows = []
    for cls in vendor_classes():
        row = cls.connection_for(tenant, sandbox_url.rstrip("/"))
        if row:
            rows.append(row)
    return rows
