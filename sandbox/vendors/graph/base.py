"""What every Graph route shares: the bearer check, the tenant of the token, OData errors, $select,
$filter and @odata.nextLink paging."""

from __future__ import annotations

import base64
import datetime as dt
import re
import uuid
from typing import Any
from urllib.parse import quote, unquote, urlencode

from sandbox.core import Request, Response, Vendor
from sandbox.vendors.graph import ids
from sandbox.vendors.graph.state import EntraTenant

GRAPH_ROOT = "https://graph.microsoft.com/v1.0"
USER_DEFAULT = (
    "businessPhones",
    "displayName",
    "givenName",
    "jobTitle",
    "mail",
    "mobilePhone",
    "officeLocation",
    "preferredLanguage",
    "surname",
    "userPrincipalName",
    "id",
)
USER_SELECTABLE = (
    *USER_DEFAULT,
    "accountEnabled",
    "usageLocation",
    "assignedLicenses",
    "department",
    "createdDateTime",
    "lastPasswordChangeDateTime",
    "signInSessionsValidFromDateTime",
    "mailNickname",
    "employeeId",
    "onPremisesSyncEnabled",
    "passwordPolicies",
    "proxyAddresses",
)
_CLAUSE = re.compile(r"^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$", re.IGNORECASE)
# `and` between clauses only: one outside quoted literals ('' inside a literal keeps the count even).
_AND = re.compile(r"\s+and\s+(?=(?:[^']*'[^']*')*[^']*$)", re.IGNORECASE)
_OR = re.compile(r"\s+or\s+(?=(?:[^']*'[^']*')*[^']*$)", re.IGNORECASE)  # `and` binds tighter, as in OData
# `proxyAddresses/any(x:x eq 'smtp:a@b')`: the lambda filter Graph supports on a multi-valued string property.
_ANY = re.compile(r"^\s*(\w+)/any\((\w+):\2\s+eq\s+'((?:[^']|'')*)'\)\s*$", re.IGNORECASE)
_STARTSWITH = re.compile(r"^\s*startswith\((\w+),\s*'((?:[^']|'')*)'\)\s*$", re.IGNORECASE)


def not_found_message(key: str) -> str:
    return f"Resource '{key} does not exist or one of its queried reference-property objects are not present."


class GraphFault(Exception):
    """Raised inside a handler to answer with an OData error."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class GraphBase(Vendor):
    """Shared state and helpers; the routes live in the mixins combined in `Graph`."""

    def reset(self, directory: dict[str, Any]) -> None:
        self.tenants: dict[str, EntraTenant] = {}
        for tenant in directory.get("tenants", []):
            if tenant.get("idp") == "entra":
                state = EntraTenant.from_directory(tenant)
                self.tenants[state.tenant_id] = state

    def dump(self) -> dict[str, Any]:
        return {t.slug: t.dump() for t in self.tenants.values()}

    def tenant_by_slug(self, slug: str) -> EntraTenant | None:
        return next((t for t in self.tenants.values() if t.slug == slug), None)

    # -- errors and auth --------------------------------------------------------------------------
    def error(self, status: int, code: str, message: str) -> Response:
        request_id = str(uuid.uuid4())
        return Response(
            status,
            {
                "error": {
                    "code": code,
                    "message": message,
                    "innerError": {
                        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                        "request-id": request_id,
                        "client-request-id": request_id,
                    },
                }
            },
            headers=[("request-id", request_id)],
        )

    audience = ids.GRAPH_AUDIENCE

    def authenticate(self, req: Request) -> Response | None:
        header = req.header("authorization") or ""
        if not header.lower().startswith("bearer ") or not header[7:].strip():
            return self.error(401, "InvalidAuthenticationToken", "Access token is empty.")
        claims = ids.read_token(header[7:].strip())
        if claims is None:
            return self.error(401, "InvalidAuthenticationToken", "Access token validation failure.")
        if claims["aud"] != self.audience:
            return self.error(
                401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience."
            )
        if claims["tid"] not in self.tenants:
            return self.error(
                401, "InvalidAuthenticationToken", "Access token validation failure. Invalid tenant."
            )
        return None

    def tenant(self, req: Request) -> EntraTenant:
        """The tenant the bearer token belongs to: every object lookup is confined to it."""
        claims = ids.read_token((req.header("authorization") or "")[7:].strip())
        assert claims is not None  # authenticate() ran first
        return self.tenants[claims["tid"]]

    def guarded(self, handler: Any) -> Any:
        """Wrap a route handler so a GraphFault raised anywhere in it becomes an OData error."""

        def run(req: Request) -> Response:
            try:
                return handler(req)
            except GraphFault as fault:
                return self.error(fault.status, fault.code, fault.message)

        return run

    # -- object helpers ---------------------------------------------------------------------------
    def user_or_404(self, req: Request, key: str | None = None) -> dict[str, Any]:
        raw = unquote(key if key is not None else req.params["user"])
        match = re.fullmatch(r"\('(.+)'\)", raw)  # /users('$upn@x') form
        if match:
            raw = match.group(1).replace("''", "'")
        user = self.tenant(req).find_user(raw)
        if user is None:
            raise GraphFault(
                404,
                "Request_ResourceNotFound",
                not_found_message(raw),
            )
        return user

    def group_or_404(self, req: Request, gid: str) -> dict[str, Any]:
        group = self.tenant(req).groups.get(unquote(gid))
        if group is None:
            raise GraphFault(
                404,
                "Request_ResourceNotFound",
                not_found_message(gid),
            )
        return group

    def body(self, req: Request) -> dict[str, Any]:
        try:
            data = req.json()
        except ValueError as exc:
            raise GraphFault(400, "BadRequest", "Unable to read JSON request payload.") from exc
        if data is not None and not isinstance(data, dict):
            raise GraphFault(400, "BadRequest", "Unable to read JSON request payload.")
        return data or {}

    # -- OData query options ----------------------------------------------------------------------
    def select(
        self,
        req: Request,
        obj: dict[str, Any],
        default: tuple[str, ...],
        allowed: tuple[str, ...],
        type_name: str,
    ) -> dict[str, Any]:
        wanted = req.arg("$select")
        names = [n.strip() for n in wanted.split(",") if n.strip()] if wanted else list(default)
        for name in names:
            if name not in allowed:
                raise GraphFault(
                    400,
                    "Request_BadRequest",
                    f"Could not find a property named '{name}' on type '{type_name}'.",
                )
        return {name: obj.get(name) for name in names}

    def filtered(
        self, req: Request, items: list[dict[str, Any]], fields: tuple[str, ...]
    ) -> list[dict[str, Any]]:
        expression = req.arg("$filter")
        if not expression:
            return items
        tests = [[self._clause(clause, fields) for clause in _AND.split(branch)] for branch in _OR.split(expression)]
        return [i for i in items if any(all(test(i) for test in branch) for branch in tests)]

    @staticmethod
    def _clause(clause: str, fields: tuple[str, ...]) -> Any:
        """A predicate for one `field eq 'v'` or `startswith(field,'v')` clause (case-insensitive, like Graph)."""
        any_of = _ANY.match(clause)
        if any_of:
            if any_of.group(1) not in fields:
                raise GraphFault(400, "Request_UnsupportedQuery", "Unsupported Query.")
            prop, wanted = any_of.group(1), any_of.group(3).replace("''", "'").lower()
            return lambda i: wanted in [str(v).lower() for v in i.get(prop) or []]
        eq, starts = _CLAUSE.match(clause), _STARTSWITH.match(clause)
        match = eq or starts
        if not match or match.group(1) not in fields:
            raise GraphFault(400, "Request_UnsupportedQuery", "Unsupported Query.")
        name, value = match.group(1), match.group(2).replace("''", "'").lower()
        if eq:
            return lambda i: str(i.get(name) or "").lower() == value
        return lambda i: str(i.get(name) or "").lower().startswith(value)

    def collection(
        self, req: Request, items: list[dict[str, Any]], context: str, default_top: int = 100
    ) -> Response:
        """A page of `items` with an absolute @odata.nextLink back to the sandbox when more remain."""
        try:
            top = int(req.arg("$top") or default_top)
        except ValueError:
            top = 0
        if not 1 <= top <= 999:
            raise GraphFault(
                400, "Request_BadRequest", "Invalid page size specified: '" + str(req.arg("$top")) + "'."
            )
        token = req.arg("$skiptoken")
        try:
            start = int(base64.urlsafe_b64decode(token.encode()).decode()) if token else 0
        except ValueError as exc:
            raise GraphFault(
                400, "Request_BadRequest", "The specified page token value has expired."
            ) from exc
        page = items[start : start + top]
        body: dict[str, Any] = {"@odata.context": f"{GRAPH_ROOT}/$metadata#{context}", "value": page}
        if start + top < len(items):
            query = {k: v[0] for k, v in req.query.items() if k != "$skiptoken"}
            query["$skiptoken"] = base64.urlsafe_b64encode(str(start + top).encode()).decode()
            body["@odata.nextLink"] = (
                f"{req.base_url}{req.path}?{urlencode(query, quote_via=quote, safe='$,')}"
            )
        return Response(200, body)
