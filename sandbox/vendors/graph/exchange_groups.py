"""Exchange Online's distribution-group cmdlets: the members of distribution lists and mail-enabled security groups.

Those groups are mastered in Exchange (Graph answers 400 to a change of their members), but they are the same
directory objects Graph lists: the cmdlets here change the Graph tenant's group `members`, so `/_control/state`
shows the change under graph -> <tenant> -> groups. -Identity takes the group's address, an alias, its alias name
or its display name; a security group without mail, or a Microsoft 365 group, is not a distribution group to
Exchange ("couldn't be found"), as in Exchange Online.
"""

from __future__ import annotations

from typing import Any

from sandbox.vendors.graph.state import EntraTenant

NOT_FOUND = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"
# What Exchange answers to adding a member twice or removing a non-member (the cmdlet writes nothing).
ALREADY_MEMBER = "Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException"
NOT_MEMBER = "Microsoft.Exchange.Management.Tasks.MemberNotFoundException"


class ExchangeFault(Exception):
    def __init__(self, exception: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.exception, self.message, self.status = exception, message, status


class GroupCmdlets:
    """Mixed into the Exchange vendor (which has `sandbox` and `slugs`)."""

    slugs: dict[str, str]

    def graph_tenant(self, tid: str) -> EntraTenant | None:
        graph = getattr(self, "sandbox", None) and self.sandbox.vendors.get("graph")  # type: ignore[attr-defined]
        return getattr(graph, "tenants", {}).get(tid) if graph else None

    def group_cmdlets(self, tid: str, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "Get-DistributionGroupMember": lambda: self.group_members(tid, params),
            "Add-DistributionGroupMember": lambda: self.change_member(tid, params, add=True),
            "Remove-DistributionGroupMember": lambda: self.change_member(tid, params, add=False),
        }

    def distribution_group(self, tid: str, identity: Any) -> tuple[EntraTenant, dict[str, Any]]:
        key = str(identity or "").lower()
        tenant = self.graph_tenant(tid)
        groups = [] if tenant is None else [
            g for g in tenant.groups.values()
            if g["mailEnabled"] and "Unified" not in g["groupTypes"] and key in {
                g["displayName"].lower(), str(g.get("mail") or "").lower(), str(g.get("mail") or "").partition("@")[0]
                .lower(), *(str(a).partition(":")[2].lower() for a in g["proxyAddresses"])}]
        if tenant is None or len(groups) != 1:
            raise ExchangeFault(
                NOT_FOUND,
                f"The operation couldn't be performed because object '{identity}' couldn't be found on "
                f"'{self.slugs.get(tid, 'tenant')}.prod.outlook.com'.",
            )
        return tenant, groups[0]

    @staticmethod
    def member_row(user: dict[str, Any]) -> dict[str, Any]:
        return {"Identity": user["displayName"], "Name": user["mailNickname"], "DisplayName": user["displayName"],
                "PrimarySmtpAddress": user["mail"], "RecipientType": "UserMailbox",
                "ExternalDirectoryObjectId": user["id"]}

    def group_members(self, tid: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        tenant, group = self.distribution_group(tid, params.get("Identity"))
        return [self.member_row(tenant.users[m]) for m in group["members"] if m in tenant.users]

    def change_member(self, tid: str, params: dict[str, Any], *, add: bool) -> list[dict[str, Any]]:
        tenant, group = self.distribution_group(tid, params.get("Identity"))
        member = str(params.get("Member") or "")
        user = tenant.find_user(member.lower())
        if user is None:
            raise ExchangeFault(NOT_FOUND, f"Couldn't find object \"{member}\". Please make sure that it was spelled "
                                           "correctly or specify a different object.")
        if params.get("BypassSecurityGroupManagerCheck") is not True:
            # The app holds the Exchange Administrator role, not the group's ManagedBy.
            raise ExchangeFault(
                "Microsoft.Exchange.Configuration.Tasks.OperationRequiresGroupManagerException",
                "You don't have sufficient permissions. This operation can only be performed by a manager of the "
                "group.")
        present = user["id"] in group["members"]
        if add and present:
            raise ExchangeFault(ALREADY_MEMBER, f"The recipient \"{member}\" is already a member of the group "
                                                f"\"{group['displayName']}\".")
        if not add and not present:
            raise ExchangeFault(NOT_MEMBER, f"Couldn't find object \"{member}\" in the group "
                                            f"\"{group['displayName']}\".")
        if add:
            group["members"].append(user["id"])
        else:
            group["members"].remove(user["id"])
        return []
