"""Checking wire traffic against the vendors' own specs (the folder RALLIED_CONTRACT_SPECS names), plus a recorder.

- Okta: the OpenAPI subset. Operation by method + path template; query parameter names, request and
  response bodies validated with jsonschema (OpenAPI 3.0 `nullable` mapped to a JSON Schema union).
- Google: the Discovery document subset. Method by httpMethod + path; request/response by schema id,
  objects may carry only the properties the schema declares.
- Microsoft Graph: the CSDL subset. Every property name of a body must be declared on its entity or
  complex type (base types included); enum values must be members; nested complex values recurse.
- Autotask: method + path per operation, through tests/sandbox/test_autotask_sandbox.in_spec.

The checks read the specs, so a test using them carries `needs_contract_specs` (tests/external.py): it runs only
when the specs are given. The recorder (`wire`) needs no spec.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest

from tests.external import read_spec as spec
from tests.sandbox.vendor_helpers import discovery_to_jsonschema, openapi_nullable


# -- the recorder ------------------------------------------------------------------------------------------
@dataclass
class Exchange:
    """One request the sandbox answered, with its response (path without the vendor prefix)."""

    vendor: str
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased; in-process only (the HTTP request log drops credentials)
    request: Any
    status: int
    response: Any


def _json(value: Any) -> Any:
    if isinstance(value, (dict, list)) or value is None:
        return value
    text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


@pytest.fixture
def wire(sandbox, monkeypatch) -> list[Exchange]:
    """Every request/response pair the sandbox serves during the test, in order."""
    seen: list[Exchange] = []
    original = sandbox.sandbox.dispatch

    def recording(method: str, raw_path: str, headers: dict[str, str], body: bytes, host: str) -> Any:
        response = original(method, raw_path, headers, body, host)
        parts = urlsplit(raw_path)
        match = re.match(r"^/([^/]+)(/.*)?$", parts.path)
        if match and not parts.path.startswith("/_control/"):
            seen.append(Exchange(match.group(1), method, match.group(2) or "/", parse_qs(parts.query),
                                 dict(headers), _json(body), response.status, _json(response.body)))
        return response

    monkeypatch.setattr(sandbox.sandbox, "dispatch", recording)
    return seen


def template_match(template: str, path: str) -> bool:
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
    return re.fullmatch(pattern, path) is not None


# -- Okta ----------------------------------------------------------------------------------------------------

@cache
def _okta_root() -> dict[str, Any]:
    return openapi_nullable({"components": spec("okta_management_subset.json")["components"]})


def _okta_resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node and node["$ref"].startswith("#/components/") and "/schemas/" not in node["$ref"]:
        kind, name = node["$ref"].split("/")[2:4]
        node = spec("okta_management_subset.json")["components"][kind][name]
    return node


# Operations the shared spec subset lacks, taken from the okta SDK's own generated code [code: okta 3.4.6,
# okta/api/user_risk_api.py and okta/models/user_risk_get_response.py]: the user's risk, read by get_user.
OKTA_SDK_PATHS: dict[str, Any] = {
    "/api/v1/users/{userId}/risk": {"get": {"parameters": [], "responses": {"200": {"content": {"application/json": {
        "schema": {"type": "object", "required": ["riskLevel"], "properties": {
            "riskLevel": {"type": "string", "enum": ["HIGH", "MEDIUM", "LOW", "NONE"]},
            "reason": {"type": "string"}, "_links": {"type": "object"}}}}}}}}},
}


def okta_operation(method: str, path: str) -> tuple[str, dict[str, Any]] | None:
    for template, item in {**spec("okta_management_subset.json")["paths"], **OKTA_SDK_PATHS}.items():
        if template_match(template, path) and method.lower() in item:
            return template, item[method.lower()]
    return None


def _okta_validate(instance: Any, schema: dict[str, Any]) -> None:
    jsonschema.validate(instance, {**_okta_root(), **openapi_nullable(schema)}, cls=jsonschema.Draft202012Validator)


def check_okta(ex: Exchange) -> str:
    """Validate one Okta exchange against its operation; returns the operation's template."""
    found = okta_operation(ex.method, ex.path)
    assert found, f"{ex.method} {ex.path} is not an operation of the Okta spec subset"
    template, op = found
    names = {_okta_resolve(p).get("name") for p in op.get("parameters", [])}
    assert set(ex.query) <= names, f"{ex.method} {template}: query {sorted(ex.query)} not in {sorted(names)}"
    body_schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if ex.request is not None:
        assert body_schema, f"{ex.method} {template} takes no body"
        _okta_validate(ex.request, body_schema)
    response = _okta_resolve(op.get("responses", {}).get(str(ex.status)) or {})
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema and ex.response not in (None, {}):
        _okta_validate(ex.response, schema)
    elif ex.status >= 400:
        _okta_validate(ex.response, {"$ref": "#/components/schemas/Error"})
    return f"{ex.method} {template}"


# -- Google --------------------------------------------------------------------------------------------------
def _google_methods() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def walk(resources: dict[str, Any]) -> None:
        for resource in resources.values():
            out.extend(resource.get("methods", {}).values())
            walk(resource.get("resources", {}))

    walk(spec("google_admin_directory_v1_subset.json")["resources"])
    return out



def _google_validate(instance: Any, schema_id: str) -> None:
    doc = spec("google_admin_directory_v1_subset.json")
    definitions = {k: discovery_to_jsonschema(v) for k, v in doc["schemas"].items()}
    jsonschema.validate(instance, {"$ref": f"#/definitions/{schema_id}", "definitions": definitions})


def check_google(ex: Exchange) -> str:
    doc = spec("google_admin_directory_v1_subset.json")
    path = ex.path.lstrip("/")
    method = next((m for m in _google_methods() if m["httpMethod"] == ex.method and template_match(m["path"], path)),
                  None)
    assert method, f"{ex.method} {path} is not a method of the Directory API subset"
    allowed = set(method.get("parameters", {})) | set(doc["parameters"])
    assert set(ex.query) <= allowed, f"{method['id']}: query {sorted(ex.query)}"
    if ex.request is not None:
        assert "request" in method, f"{method['id']} takes no body"
        _google_validate(ex.request, method["request"]["$ref"])
    if 200 <= ex.status < 300:
        if "response" in method:
            _google_validate(ex.response, method["response"]["$ref"])
        else:
            assert ex.response is None, f"{method['id']} answers with an empty body"
    return method["id"]


# -- Microsoft Graph (CSDL) ----------------------------------------------------------------------------------
@cache
def csdl_types() -> dict[str, dict[str, Any]]:
    """type name -> {"base", "props": {name: type}, "members"} from the CSDL fragments."""
    out: dict[str, dict[str, Any]] = {}
    for xml in spec("msgraph_v1.0_csdl_subset.json")["types"].values():
        node = ET.fromstring(xml)
        props = {p.get("Name"): p.get("Type") for p in node if p.tag in ("Property", "NavigationProperty")}
        out[node.get("Name", "")] = {
            "base": (node.get("BaseType") or "").removeprefix("graph."),
            "props": props,
            "members": {m.get("Name") for m in node if m.tag == "Member"},
        }
    return out


@cache
def csdl_action(name: str, binding: str) -> dict[str, str]:
    """Parameter name -> type of a bound action (excluding the binding parameter)."""
    for xml in spec("msgraph_v1.0_csdl_subset.json")["actions"]:
        node = ET.fromstring(xml)
        params = {p.get("Name"): p.get("Type") for p in node if p.tag == "Parameter"}
        if node.get("Name") == name and params.get("bindingParameter", "").endswith(binding):
            params.pop("bindingParameter")
            return params
    raise KeyError(name)


def _all_props(type_name: str) -> dict[str, str]:
    types, props = csdl_types(), {}
    while type_name in types:
        props = {**types[type_name]["props"], **props}
        type_name = types[type_name]["base"]
    return props


def check_csdl(value: Any, type_name: str, where: str = "") -> None:
    """Every property of `value` is declared on `type_name` (or its bases), recursively for complex values."""
    types = csdl_types()
    if isinstance(value, dict) and value.get("@odata.type"):
        type_name = str(value["@odata.type"]).rsplit(".", 1)[-1]
    assert type_name in types, f"{where}: type {type_name} is not in the CSDL subset"
    if types[type_name]["members"]:
        assert value in types[type_name]["members"], f"{where}: {value!r} is not a {type_name}"
        return
    assert isinstance(value, dict), f"{where}: a {type_name} must be an object"
    props = _all_props(type_name)
    for key, item in value.items():
        if key.startswith("@odata.") or "@odata." in key:
            continue
        assert key in props, f"{where}: '{key}' is not a property of {type_name}"
        check_typed(item, props[key], f"{where}.{key}")


def check_typed(item: Any, declared: str, where: str) -> None:
    inner = declared.removeprefix("Collection(").removesuffix(")")
    if not inner.startswith("graph.") or item is None:
        return
    if declared.startswith("Collection("):
        assert isinstance(item, list), f"{where}: expected a collection"
        for n, element in enumerate(item):
            check_csdl(element, inner.removeprefix("graph."), f"{where}[{n}]")
    elif inner.removeprefix("graph.") in csdl_types():
        check_csdl(item, inner.removeprefix("graph."), where)
