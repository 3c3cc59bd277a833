"""Graph authentication methods: list, delete, Temporary Access Pass."""

from __future__ import annotations

import datetime as dt
import secrets
import string
from typing import Any
from urllib.parse import unquote

from sandbox.core import Request, Response
from sandbox.vendors.graph import ids
from sandbox.vendors.graph.base import GRAPH_ROOT, GraphBase, GraphFault
from sandbox.vendors.graph.state import COLLECTION_KIND, METHOD_KINDS, PASSWORD_METHOD_ID, now_iso
from sandbox.vendors.graph.users import DENIED

A = r"/v1\.0/users/(?P<user>[^/]+)/authentication"
COLLECTIONS = "|".join(COLLECTION_KIND)
TAP_ALPHABET = string.ascii_letters + string.digits + "+-=%@#&*"


def odata_suffix(collection: str) -> str:
    return METHOD_KINDS[COLLECTION_KIND[collection]][1]


def public(method: dict[str, Any]) -> dict[str, Any]:
    """A method as Graph shows it: never the TAP digest the sandbox keeps."""
    return {k: v for k, v in method.items() if k != "passSha256"}


class MethodRoutes(GraphBase):
    def method_routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("GET", A + r"/methods", self.list_methods),
            ("POST", A + r"/temporaryAccessPassMethods", self.create_tap),
            ("GET", A + rf"/(?P<coll>{COLLECTIONS})", self.list_collection),
            ("GET", A + rf"/(?P<coll>{COLLECTIONS})/(?P<mid>[^/]+)", self.get_method),
            ("DELETE", A + rf"/(?P<coll>{COLLECTIONS})/(?P<mid>[^/]+)", self.delete_method),
        ]

    def _guard_admin(self, req: Request, user: dict[str, Any]) -> None:
        # Managing an admin's methods needs Privileged Authentication Administrator; the app lacks it.
        if self.tenant(req).roles_of(user["id"]):
            raise GraphFault(403, "Authorization_RequestDenied", DENIED)

    def list_methods(self, req: Request) -> Response:
        user = self.user_or_404(req)
        password = {
            "@odata.type": "#microsoft.graph.passwordAuthenticationMethod",
            "id": PASSWORD_METHOD_ID,
            "password": None,
            "createdDateTime": user["lastPasswordChangeDateTime"],
        }
        items = [password] + [public(m) for m in user["methods"]]
        return Response(
            200,
            {
                "@odata.context": f"{GRAPH_ROOT}/$metadata#users('{user['id']}')/authentication/methods",
                "value": items,
            },
        )

    def _in_collection(self, user: dict[str, Any], coll: str) -> list[dict[str, Any]]:
        suffix = odata_suffix(coll)
        return [m for m in user["methods"] if m["@odata.type"].endswith("." + suffix)]

    def list_collection(self, req: Request) -> Response:
        user = self.user_or_404(req)
        items = [public(m) for m in self._in_collection(user, req.params["coll"])]
        return Response(
            200, {"@odata.context": f"{GRAPH_ROOT}/$metadata#{req.params['coll']}", "value": items}
        )

    def _method_or_404(self, user: dict[str, Any], coll: str, mid: str) -> dict[str, Any]:
        method = next((m for m in self._in_collection(user, coll) if m["id"] == unquote(mid)), None)
        if method is None:
            raise GraphFault(
                404, "itemNotFound", f"The requested authentication method '{mid}' was not found."
            )
        return method

    def get_method(self, req: Request) -> Response:
        user = self.user_or_404(req)
        return Response(200, public(self._method_or_404(user, req.params["coll"], req.params["mid"])))

    def delete_method(self, req: Request) -> Response:
        user = self.user_or_404(req)
        method = self._method_or_404(user, req.params["coll"], req.params["mid"])
        self._guard_admin(req, user)
        user["methods"].remove(method)
        return Response(204)

    def create_tap(self, req: Request) -> Response:
        user, body = self.user_or_404(req), self.body(req)
        self._guard_admin(req, user)
        lifetime = body.get("lifetimeInMinutes", 60)
        if not isinstance(lifetime, int) or not 10 <= lifetime <= 43200:
            raise GraphFault(400, "badRequest", "lifetimeInMinutes must be between 10 and 43200.")
        start = body.get("startDateTime") or now_iso()
        starts_now = start <= now_iso()
        tap = "".join(secrets.choice(TAP_ALPHABET) for _ in range(8))
        method = {
            "@odata.type": "#microsoft.graph.temporaryAccessPassAuthenticationMethod",
            "id": ids.sandbox_uuid("tap", user["id"], str(dt.datetime.now(dt.UTC).timestamp())),
            "createdDateTime": now_iso(),
            "startDateTime": start,
            "lifetimeInMinutes": lifetime,
            "isUsableOnce": bool(body.get("isUsableOnce", False)),
            "isUsable": starts_now,
            "methodUsabilityReason": "EnabledByPolicy" if starts_now else "NotYetValid",
            "passSha256": ids.sha256_hex(tap),
        }
        # Only one usable TAP per user: a new one replaces the old.
        user["methods"] = [m for m in user["methods"] if "temporaryAccessPass" not in m["@odata.type"]]
        user["methods"].append(method)
        return Response(
            201,
            {
                "@odata.context": f"{GRAPH_ROOT}/$metadata#users('{user['id']}')/authentication"
                "/temporaryAccessPassMethods/$entity",
                **public(method),
                "temporaryAccessPass": tap,
            },
        )
