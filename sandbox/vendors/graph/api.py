"""The Graph vendor: every route mixin on one prefix, each handler guarded for OData errors."""

from __future__ import annotations

from typing import Any

from sandbox.vendors.graph.batch import BatchRoutes
from sandbox.vendors.graph.directory import DirectoryRoutes
from sandbox.vendors.graph.methods import MethodRoutes
from sandbox.vendors.graph.users import UserRoutes


class Graph(UserRoutes, DirectoryRoutes, MethodRoutes, BatchRoutes):
    """Microsoft Graph v1.0 for the directory's Entra tenants, at `/graph/v1.0/...`."""

    prefix = "graph"

    def routes(self) -> list[tuple[str, str, Any]]:
        raw = self.method_routes() + self.directory_routes() + self.user_routes() + self.batch_routes()
        return [(method, pattern, self.guarded(handler)) for method, pattern, handler in raw]
