"""Graph user routes: read, list, create, update (password, enable/disable), manager, memberships,
revoke sessions."""

from __future__ import annotations

import re
from typing import Any

from sandbox.core import Request, Response
from sandbox.vendors.graph import ids
from sandbox.vendors.graph.base import (
    GRAPH_ROOT,
    USER_DEFAULT,
    USER_SELECTABLE,
    GraphBase,
    GraphFault,
    not_found_message,
)
from sandbox.vendors.graph.state import now_iso

U = r"/v1\.0/users/(?P<user>[^/]+)"
PATCHABLE = {
    "accountEnabled",
    "passwordProfile",
    "displayName",
    "givenName",
    "surname",
    "jobTitle",
    "department",
    "usageLocation",
    "mobilePhone",
    "officeLocation",
    "passwordPolicies",
}
DENIED = "Insufficient privileges to complete the operation."


def password_ok(password: str) -> bool:
    """Entra's rule: 8-256 characters, at least three of lower, upper, digit, symbol."""
    if not 8 <= len(password) <= 256:
        return False
    classes = [r"[a-z]", r"[A-Z]", r"[0-9]", r"[^a-zA-Z0-9]"]
    return sum(1 for c in classes if re.search(c, password)) >= 3


# Group properties Graph returns by default; memberOf omits createdDateTime.
GROUP_FIELDS = (
    "id",
    "displayName",
    "description",
    "mail",
    "mailEnabled",
    "securityEnabled",
    "groupTypes",
    "isAssignableToRole",
    "createdDateTime",
    "proxyAddresses",
)


def group_ref(group: dict[str, Any]) -> dict[str, Any]:
    return {
        "@odata.type": "#microsoft.graph.group",
        **{k: group[k] for k in GROUP_FIELDS if k != "createdDateTime"},
    }


def role_ref(role: dict[str, Any]) -> dict[str, Any]:
    return {
        "@odata.type": "#microsoft.graph.directoryRole",
        **{k: role[k] for k in ("id", "displayName", "description", "roleTemplateId")},
    }


class UserRoutes(GraphBase):
    def user_routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("GET", r"/v1\.0/users", self.list_users),
            ("POST", r"/v1\.0/users", self.create_user),
            ("GET", U, self.get_user),
            ("PATCH", U, self.patch_user),
            ("GET", U + r"/manager", self.get_manager),
            ("PUT", U + r"/manager/\$ref", self.set_manager),
            ("GET", U + r"/memberOf", self.member_of),
            ("GET", U + r"/transitiveMemberOf", self.transitive_member_of),
            ("POST", U + r"/revokeSignInSessions", self.revoke_sessions),
        ]

    def user_view(self, req: Request, user: dict[str, Any]) -> dict[str, Any]:
        return self.select(req, user, USER_DEFAULT, USER_SELECTABLE, "microsoft.graph.user")

    # -- reads ------------------------------------------------------------------------------------
    def list_users(self, req: Request) -> Response:
        users = self.filtered(
            req,
            list(self.tenant(req).users.values()),
            ("userPrincipalName", "mail", "displayName", "surname", "id", "proxyAddresses"),
        )
        return self.collection(req, [self.user_view(req, u) for u in users], "users")

    def get_user(self, req: Request) -> Response:
        user = self.user_or_404(req)
        return Response(
            200, {"@odata.context": f"{GRAPH_ROOT}/$metadata#users/$entity", **self.user_view(req, user)}
        )

    def get_manager(self, req: Request) -> Response:
        user = self.user_or_404(req)
        manager = self.tenant(req).users.get(user["managerId"] or "")
        if manager is None:
            raise GraphFault(
                404,
                "Request_ResourceNotFound",
                not_found_message("manager"),
            )
        view = self.user_view(req, manager)
        return Response(
            200,
            {
                "@odata.context": f"{GRAPH_ROOT}/$metadata#directoryObjects/$entity",
                "@odata.type": "#microsoft.graph.user",
                **view,
            },
        )

    def member_of(self, req: Request) -> Response:
        user, tenant = self.user_or_404(req), self.tenant(req)
        items = [group_ref(g) for g in tenant.groups_of(user["id"])] + [
            role_ref(r) for r in tenant.roles_of(user["id"])
        ]
        return self.collection(req, items, "directoryObjects")

    def transitive_member_of(self, req: Request) -> Response:
        user, tenant = self.user_or_404(req), self.tenant(req)
        groups = tenant.groups_of(user["id"])
        # Roles held directly, or through a role-assignable group the user belongs to.
        holders = {user["id"], *(g["id"] for g in groups)}
        roles = [r for r in tenant.roles.values() if holders & set(r["members"])]
        return self.collection(
            req, [group_ref(g) for g in groups] + [role_ref(r) for r in roles], "directoryObjects"
        )

    # -- writes -----------------------------------------------------------------------------------
    def patch_user(self, req: Request) -> Response:
        user, body = self.user_or_404(req), self.body(req)
        unknown = set(body) - PATCHABLE
        if unknown:
            name = sorted(unknown)[0]
            raise GraphFault(
                400, "Request_BadRequest", f"Property '{name}' does not exist on type 'microsoft.graph.user'."
            )
        tenant = self.tenant(req)
        sensitive = "passwordProfile" in body or "accountEnabled" in body
        if sensitive and tenant.roles_of(user["id"]):
            # The sandbox's app holds a helpdesk-level role: admins are out of its reach, as in Entra.
            raise GraphFault(403, "Authorization_RequestDenied", DENIED)
        if "usageLocation" in body and not re.fullmatch(r"[A-Z]{2}", str(body["usageLocation"] or "")):
            raise GraphFault(
                400,
                "Request_BadRequest",
                "Invalid value specified for property 'usageLocation' of resource 'User'.",
            )
        if "accountEnabled" in body and not isinstance(body["accountEnabled"], bool):
            raise GraphFault(
                400,
                "Request_BadRequest",
                "Invalid value specified for property 'accountEnabled' of resource 'User'.",
            )
        if "passwordProfile" in body:
            self.apply_password(user, body["passwordProfile"])
        for key, value in body.items():
            if key != "passwordProfile":
                user[key] = value
        return Response(204)

    def apply_password(self, user: dict[str, Any], profile: Any) -> None:
        if not isinstance(profile, dict):
            raise GraphFault(
                400, "Request_BadRequest", "Invalid value specified for property 'passwordProfile'."
            )
        force = bool(profile.get("forceChangePasswordNextSignIn", False))
        password = profile.get("password")
        if password is None:
            if user["password"] is not None:
                user["password"]["forceChangePasswordNextSignIn"] = force
            else:
                user["password"] = {"sha256": None, "setAt": None, "forceChangePasswordNextSignIn": force}
            return
        if not isinstance(password, str) or not password_ok(password):
            raise GraphFault(
                400,
                "Request_BadRequest",
                "The specified password does not comply with password complexity requirements. "
                "Please provide a different password.",
            )
        when = now_iso()
        # Only a digest and the time: the clear password must never be readable from the sandbox.
        user["password"] = {
            "sha256": ids.sha256_hex(password),
            "setAt": when,
            "forceChangePasswordNextSignIn": force,
        }
        user["lastPasswordChangeDateTime"] = when

    def create_user(self, req: Request) -> Response:
        body, tenant = self.body(req), self.tenant(req)
        required = ("accountEnabled", "displayName", "mailNickname", "userPrincipalName", "passwordProfile")
        missing = [k for k in required if body.get(k) in (None, "")]
        if missing:
            raise GraphFault(
                400, "Request_BadRequest", f"Property '{missing[0]}' is required when creating the object."
            )
        upn = str(body["userPrincipalName"])
        domain = upn.rpartition("@")[2].lower()
        if domain not in [d.lower() for d in tenant.domains]:
            raise GraphFault(
                400,
                "Request_BadRequest",
                "The domain portion of the userPrincipalName property is invalid. "
                "You must use one of the verified domain names in your organization.",
            )
        if tenant.find_user(upn) is not None:
            raise GraphFault(
                400,
                "Request_BadRequest",
                "Another object with the same value for property userPrincipalName already exists.",
            )
        profile = body["passwordProfile"]
        if not isinstance(profile, dict) or not profile.get("password"):
            raise GraphFault(400, "Request_BadRequest", "Property 'passwordProfile.password' is required.")
        extra = {
            k: body.get(k)
            for k in (
                "jobTitle",
                "department",
                "mobilePhone",
                "givenName",
                "surname",
                "mailNickname",
                "officeLocation",
            )
        }
        user = tenant.new_user(
            upn=upn,
            display_name=str(body["displayName"]),
            enabled=bool(body["accountEnabled"]),
            usage_location=body.get("usageLocation"),
            extra=extra,
        )
        user["createdDateTime"] = now_iso()
        try:
            self.apply_password(user, profile)
        except GraphFault:
            del tenant.users[user["id"]]
            raise
        return Response(
            201,
            {
                "@odata.context": f"{GRAPH_ROOT}/$metadata#users/$entity",
                **{k: user.get(k) for k in USER_DEFAULT},
            },
        )

    def set_manager(self, req: Request) -> Response:
        user, tenant = self.user_or_404(req), self.tenant(req)
        ref = str(self.body(req).get("@odata.id") or "")
        manager = tenant.find_user(ref.rstrip("/").rpartition("/")[2])
        if manager is None:
            raise GraphFault(404, "Request_ResourceNotFound", f"Resource '{ref}' does not exist.")
        user["managerId"] = manager["id"]
        return Response(204)

    def revoke_sessions(self, req: Request) -> Response:
        user = self.user_or_404(req)
        user["signInSessionsValidFromDateTime"] = now_iso()
        return Response(200, {"@odata.context": f"{GRAPH_ROOT}/$metadata#Edm.Boolean", "value": True})
