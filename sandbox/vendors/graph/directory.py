"""Graph groups, licences and risky users."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from sandbox.core import Request, Response
from sandbox.vendors.graph.base import GRAPH_ROOT, GraphBase, GraphFault, not_found_message
from sandbox.vendors.graph.state import EntraTenant, now_iso
from sandbox.vendors.graph.users import DENIED, GROUP_FIELDS

G = r"/v1\.0/groups/(?P<group>[^/]+)"
RISKY = r"/v1\.0/identityProtection/riskyUsers"


class DirectoryRoutes(GraphBase):
    def directory_routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("GET", r"/v1\.0/groups", self.list_groups),
            ("GET", G, self.get_group),
            ("GET", G + r"/members", self.list_members),
            ("POST", G + r"/members/\$ref", self.add_member),
            ("DELETE", G + r"/members/(?P<member>[^/]+)/\$ref", self.remove_member),
            ("GET", r"/v1\.0/subscribedSkus", self.subscribed_skus),
            ("POST", r"/v1\.0/users/(?P<user>[^/]+)/assignLicense", self.assign_license),
            ("GET", RISKY, self.list_risky),
            ("POST", RISKY + r"/dismiss", self.dismiss_risk),
            ("GET", RISKY + r"/(?P<risky>[^/]+)", self.get_risky),
        ]

    # -- groups -----------------------------------------------------------------------------------
    def group_view(self, req: Request, group: dict[str, Any]) -> dict[str, Any]:
        return self.select(req, group, GROUP_FIELDS, GROUP_FIELDS, "microsoft.graph.group")

    def list_groups(self, req: Request) -> Response:
        groups = self.filtered(
            req, list(self.tenant(req).groups.values()), ("displayName", "mail", "id", "proxyAddresses")
        )
        return self.collection(req, [self.group_view(req, g) for g in groups], "groups")

    def get_group(self, req: Request) -> Response:
        group = self.group_or_404(req, req.params["group"])
        return Response(
            200, {"@odata.context": f"{GRAPH_ROOT}/$metadata#groups/$entity", **self.group_view(req, group)}
        )

    def list_members(self, req: Request) -> Response:
        group, tenant = self.group_or_404(req, req.params["group"]), self.tenant(req)
        items = [
            {
                "@odata.type": "#microsoft.graph.user",
                "id": u["id"],
                "displayName": u["displayName"],
                "userPrincipalName": u["userPrincipalName"],
                "mail": u["mail"],
            }
            for u in (tenant.users[m] for m in group["members"] if m in tenant.users)
        ]
        return self.collection(req, items, "directoryObjects")

    def _writable(self, group: dict[str, Any]) -> None:
        if group["mailEnabled"] and "Unified" not in group["groupTypes"]:
            # Distribution lists and mail-enabled security groups are mastered in Exchange (a Microsoft 365 group,
            # mail-enabled too, is Graph's own).
            raise GraphFault(
                400,
                "Request_BadRequest",
                "Cannot Update a mail-enabled security groups and or distribution list.",
            )
        if group["isAssignableToRole"]:
            # Needs RoleManagement.ReadWrite.Directory, which the sandbox's app does not hold.
            raise GraphFault(403, "Authorization_RequestDenied", DENIED)

    def add_member(self, req: Request) -> Response:
        group, tenant = self.group_or_404(req, req.params["group"]), self.tenant(req)
        ref = self.body(req).get("@odata.id")
        if not isinstance(ref, str) or "/" not in ref:
            raise GraphFault(400, "BadRequest", "Invalid object identifier '@odata.id'.")
        member_id = ref.rstrip("/").rpartition("/")[2]
        if member_id not in tenant.users:
            raise GraphFault(
                404,
                "Request_ResourceNotFound",
                not_found_message(member_id),
            )
        self._writable(group)
        if member_id in group["members"]:
            raise GraphFault(
                400,
                "Request_BadRequest",
                "One or more added object references already exist for the following modified properties: "
                "'members'.",
            )
        group["members"].append(member_id)
        return Response(204)

    def remove_member(self, req: Request) -> Response:
        group = self.group_or_404(req, req.params["group"])
        member_id = unquote(req.params["member"])
        self._writable(group)
        if member_id not in group["members"]:
            raise GraphFault(
                404,
                "Request_ResourceNotFound",
                not_found_message(member_id),
            )
        group["members"].remove(member_id)
        return Response(204)

    # -- licences ---------------------------------------------------------------------------------
    def subscribed_skus(self, req: Request) -> Response:
        tenant = self.tenant(req)
        items = [
            {
                "accountId": tenant.tenant_id,
                "accountName": tenant.slug,
                "appliesTo": "User",
                "capabilityStatus": "Enabled",
                "consumedUnits": tenant.consumed(sid),
                "id": f"{tenant.tenant_id}_{sid}",
                "skuId": sid,
                "skuPartNumber": sku["skuPartNumber"],
                "subscriptionIds": [],
                "prepaidUnits": {"enabled": sku["total"], "lockedOut": 0, "suspended": 0, "warning": 0},
                "servicePlans": [],
            }
            for sid, sku in tenant.skus.items()
        ]
        return self.collection(req, items, "subscribedSkus")

    def assign_license(self, req: Request) -> Response:
        user, tenant, body = self.user_or_404(req), self.tenant(req), self.body(req)
        add, remove = body.get("addLicenses"), body.get("removeLicenses")
        if not isinstance(add, list) or not isinstance(remove, list):
            raise GraphFault(
                400,
                "Request_BadRequest",
                "Invalid license assignment: addLicenses and removeLicenses are required.",
            )
        held = {a["skuId"] for a in user["assignedLicenses"]}
        for sid in remove:
            if sid not in held:
                raise GraphFault(400, "Request_BadRequest", "User does not have a corresponding license.")
        adding = []
        for item in add:
            sid = item.get("skuId") if isinstance(item, dict) else None
            if sid not in tenant.skus:
                raise GraphFault(
                    400,
                    "Request_BadRequest",
                    f"License {sid} does not correspond to a valid company License.",
                )
            adding.append(sid)
        if adding and not user.get("usageLocation"):
            raise GraphFault(
                400,
                "Request_BadRequest",
                "License assignment cannot be done for user with invalid usage location.",
            )
        for sid in adding:
            if sid not in held and tenant.consumed(sid) >= tenant.skus[sid]["total"]:
                raise GraphFault(
                    400, "Request_BadRequest", f"Subscription {sid} does not have any available licenses."
                )
        user["assignedLicenses"] = [a for a in user["assignedLicenses"] if a["skuId"] not in remove]
        for sid in adding:
            if sid not in {a["skuId"] for a in user["assignedLicenses"]}:
                user["assignedLicenses"].append({"disabledPlans": [], "skuId": sid})
        return Response(
            200,
            {
                "@odata.context": f"{GRAPH_ROOT}/$metadata#users/$entity",
                "id": user["id"],
                "userPrincipalName": user["userPrincipalName"],
                "displayName": user["displayName"],
                "assignedLicenses": user["assignedLicenses"],
            },
        )

    # -- risky users ------------------------------------------------------------------------------
    @staticmethod
    def risky_view(tenant: EntraTenant, uid: str) -> dict[str, Any]:
        user, risk = tenant.users[uid], tenant.risky[uid]
        return {
            "id": uid,
            "isDeleted": False,
            "isProcessing": False,
            **risk,
            "userDisplayName": user["displayName"],
            "userPrincipalName": user["userPrincipalName"],
        }

    def list_risky(self, req: Request) -> Response:
        tenant = self.tenant(req)
        items = [self.risky_view(tenant, uid) for uid in tenant.risky if uid in tenant.users]
        items = self.filtered(req, items, ("userPrincipalName", "riskState", "riskLevel", "id"))
        return self.collection(req, items, "identityProtection/riskyUsers")

    def get_risky(self, req: Request) -> Response:
        tenant, uid = self.tenant(req), unquote(req.params["risky"])
        if uid not in tenant.risky or uid not in tenant.users:
            raise GraphFault(404, "Request_ResourceNotFound", f"Resource '{uid}' does not exist.")
        return Response(
            200,
            {
                "@odata.context": f"{GRAPH_ROOT}/$metadata#identityProtection/riskyUsers/$entity",
                **self.risky_view(tenant, uid),
            },
        )

    def dismiss_risk(self, req: Request) -> Response:
        tenant, body = self.tenant(req), self.body(req)
        user_ids = body.get("userIds")
        if not isinstance(user_ids, list) or not user_ids or len(user_ids) > 60:
            raise GraphFault(400, "BadRequest", "userIds must list between 1 and 60 user ids.")
        for uid in user_ids:
            if uid in tenant.risky:
                tenant.risky[uid].update(
                    riskLevel="none",
                    riskState="dismissed",
                    riskDetail="adminDismissedAllRiskForUser",
                    riskLastUpdatedDateTime=now_iso(),
                )
        return Response(204)
