"""Helpers shared by the Microsoft/ConnectWise/Duo sandbox and connector tests (no fixtures here)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import requests
from django.conf import settings

from sandbox import sandbox_connections
from sandbox.vendors.graph import ids


@cache
def directory() -> dict[str, Any]:
    return json.loads(Path(settings.RALLIED_DIRECTORY_FILE).read_text(encoding="utf-8"))


def tenant(slug: str) -> dict[str, Any]:
    return next(t for t in directory()["tenants"] if t["slug"] == slug)


def connection(url: str, slug: str, vendor: str) -> dict[str, Any]:
    """The Connection settings the sandbox hands out for a directory tenant and vendor."""
    return next(c for c in sandbox_connections(tenant(slug), url) if c["vendor"] == vendor)


def raw_session() -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # never a proxy: loopback only
    return session


def graph_token(url: str, slug: str = "contoso", scope: str = "https://graph.microsoft.com/.default") -> str:
    """A client-credentials token straight from the sandbox's token endpoint (no msal)."""
    response = raw_session().post(
        f"{url}/entra/{ids.tenant_id(slug)}/oauth2/v2.0/token",
        data={
            "client_id": ids.client_id(slug),
            "client_secret": ids.client_secret(slug),
            "grant_type": "client_credentials",
            "scope": scope,
        },
        timeout=5,
    )
    response.raise_for_status()
    return response.json()["access_token"]


def graph(url: str, method: str, path: str, token: str | None = None, **kwargs: Any) -> requests.Response:
    """One raw Graph call against the sandbox (path after /v1.0)."""
    headers = kwargs.pop("headers", {})
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return raw_session().request(method, f"{url}/graph/v1.0{path}", headers=headers, timeout=5, **kwargs)


def state(url: str) -> dict[str, Any]:
    return raw_session().get(f"{url}/_control/state", timeout=5).json()


def discovery_to_jsonschema(node: dict[str, Any]) -> dict[str, Any]:
    """A Google discovery schema as JSON Schema; objects with declared properties allow no others."""
    if "$ref" in node:
        return {"$ref": f"#/definitions/{node['$ref']}"}
    out: dict[str, Any] = {}
    if node.get("type") not in (None, "any"):
        out["type"] = node["type"]
    if "properties" in node:
        out["properties"] = {k: discovery_to_jsonschema(v) for k, v in node["properties"].items()}
        out["additionalProperties"] = False
    if "items" in node:
        out["items"] = discovery_to_jsonschema(node["items"])
    return out


def openapi_nullable(node: Any) -> Any:
    """OpenAPI 3.0 `nullable: true` -> JSON Schema's type union, so jsonschema can check the spec."""
    if isinstance(node, dict):
        out = {k: openapi_nullable(v) for k, v in node.items()}
        if out.get("nullable") and isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
        return out
    if isinstance(node, list):
        return [openapi_nullable(v) for v in node]
    return node
