"""Checking RMM wire traffic against the vendors' OpenAPI subsets (RALLIED_CONTRACT_SPECS): NinjaOne v2, Datto RMM v2.

Per exchange: the operation exists (method + path template), every query parameter is declared, the request body
validates against the operation's schema, and a JSON response validates against the schema the spec gives.

Two documented departures from a literal reading, both from the contract (../shared/contracts/rmm/README.md):
- The OAuth token endpoints are in neither spec (§2.3, §7.1): those exchanges are skipped here and checked by the
  sandbox and connector tests instead.
- The Datto spec omits every 200 response; its success schemas appear only on the error codes (§7.1 "Quirk"), so
  a 2xx answer is validated against the schema the operation's error responses declare.
- NinjaOne's generated spec types custom-field values as objects (`additionalProperties: {type: object}`); real
  clients send, and the API returns, the field's own value, a string for TEXT fields [code S3
  Set-NinjaOneDeviceCustomFields; contract §3.5 example], so those values (written and read) are checked to be JSON
  scalars or objects, not objects only.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import jsonschema

from tests.connectors.contract_specs import Exchange, template_match
from tests.external import read_spec as spec
from tests.sandbox.vendor_helpers import openapi_nullable

NINJA, DATTO = "ninjaone-v2-subset.json", "datto-rmm-v2-subset.json"
# A device's custom fields, read or written: name -> the field's own value (see the module docstring).
DEVICE_FIELDS = "/v2/device/{id}/custom-fields"
FIELD_VALUES = {"type": "object", "additionalProperties": {"type": ["string", "number", "boolean", "object", "null"]}}
TOKEN_PATHS = ("/ws/oauth/token", "/ws/oauth/authorize", "/auth/oauth/token")


def _full_enums(node: Any) -> Any:
    """The spec subset cuts big enums to 25 values (`x-enum-truncated` names the full list in the enums file)."""
    if isinstance(node, dict):
        out = {k: _full_enums(v) for k, v in node.items()}
        cut = node.get("x-enum-truncated")
        if isinstance(cut, dict) and cut.get("full_list"):
            file, _, key = str(cut["full_list"]).partition("#/")
            out["enum"] = spec(file)[key]["values"]
        return out
    if isinstance(node, list):
        return [_full_enums(v) for v in node]
    return node


@cache
def _root(name: str) -> dict[str, Any]:
    return openapi_nullable({"components": _full_enums(spec(name)["components"])})


def _validate(name: str, instance: Any, schema: dict[str, Any]) -> None:
    jsonschema.validate(instance, {**_root(name), **openapi_nullable(_full_enums(schema))},
                        cls=jsonschema.Draft202012Validator)


def _operation(name: str, method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    for template, item in spec(name)["paths"].items():
        if template_match(template, path) and method.lower() in item:
            return template, item[method.lower()]
    return None


def _json_schema(node: dict[str, Any]) -> dict[str, Any] | None:
    content = node.get("content") or {}
    for media in ("application/json", "*/*"):
        schema = (content.get(media) or {}).get("schema")
        if schema:
            return schema
    return None


def check_rmm(ex: Exchange) -> str | None:
    """Validate one NinjaOne or Datto exchange; returns "METHOD template", or None for a token request."""
    name = NINJA if ex.vendor == "ninjaone" else DATTO
    if ex.path in TOKEN_PATHS:
        return None
    path = ex.path.removeprefix("/api") if ex.path.startswith("/api/") else ex.path
    found = _operation(name, ex.method, path)
    assert found, f"{ex.vendor}: {ex.method} {path} is not an operation of the spec subset"
    template, op = found
    declared = {p["name"] for p in op.get("parameters", []) if p.get("in") == "query"}
    assert set(ex.query) <= declared, f"{ex.method} {template}: query {sorted(ex.query)} not in {sorted(declared)}"
    body_schema = _json_schema(op.get("requestBody") or {})
    if ex.request is not None:
        assert body_schema, f"{ex.method} {template} takes no body"
        if template == DEVICE_FIELDS:  # see the module docstring
            body_schema = FIELD_VALUES
        _validate(name, ex.request, body_schema)
    responses = op.get("responses", {})
    node = responses.get(str(ex.status)) or responses.get("default") or {}
    schema = _json_schema(node)
    if schema is None and name == DATTO and 200 <= ex.status < 300:
        schema = next((s for s in map(_json_schema, responses.values()) if s), None)
    if schema and template == DEVICE_FIELDS:
        schema = FIELD_VALUES
    if schema and isinstance(ex.response, (dict, list)):
        _validate(name, ex.response, schema)
    return f"{ex.method} {template}"
