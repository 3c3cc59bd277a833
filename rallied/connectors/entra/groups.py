"""Group membership on Entra: security and Microsoft 365 groups through Graph, distribution lists and mail-enabled
security groups through Exchange.

Graph refuses to change the members of a group Exchange masters (400 "Cannot Update a mail-enabled security groups
and or distribution list"), so the group is read first and its kind decides the route: `mailEnabled` without
"Unified" in `groupTypes` is an Exchange object. A dynamic group's members come from its rule, so nobody adds or
removes them by hand. Each change reports the membership before it (the undo of a removal is adding back) and,
for the Exchange route, is read back from Exchange.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rallied.connectors.base import ConnectorError, DirectoryUser
from rallied.connectors.entra.exchange import MailboxMixin

GROUP_SELECT = "id,displayName,mail,mailEnabled,securityEnabled,groupTypes"


@dataclass(frozen=True)
class EntraGroup:
    id: str
    name: str
    mail: str
    kind: str  # security | microsoft365 | distribution | mail_security | dynamic

    @property
    def in_exchange(self) -> bool:
        return self.kind in ("distribution", "mail_security")

    @property
    def exchange_identity(self) -> str:
        return self.mail or self.name


def group_kind(item: dict[str, Any]) -> str:
    types = item.get("groupTypes") or []
    if "DynamicMembership" in types:
        return "dynamic"
    if "Unified" in types:
        return "microsoft365"
    if item.get("mailEnabled"):
        return "mail_security" if item.get("securityEnabled") else "distribution"
    return "security"


class GroupMixin(MailboxMixin):
    """add_to_group / remove_from_group / is_member, routed by the group's kind."""

    def entra_group(self, group_name: str) -> EntraGroup:
        found = self.get_json(
            "/groups", {"$filter": f"displayName eq {self.odata_literal(group_name)}", "$select": GROUP_SELECT},
        ).get("value", [])
        if len(found) != 1:
            problem = "No group is" if not found else "More than one group is"
            raise self.fail(
                f"{problem} named '{group_name}'.", "group_not_found", status=404 if not found else 409
            )
        item = found[0]
        return EntraGroup(id=str(item["id"]), name=str(item.get("displayName") or group_name),
                          mail=str(item.get("mail") or ""), kind=group_kind(item))

    def _group_member(self, group: EntraGroup, user: DirectoryUser) -> bool:
        if group.in_exchange:
            members = self.exchange_group_members(group.exchange_identity)
            return bool({user.upn.casefold(), user.mail.casefold()} & members)
        # The user's direct memberships (a handful) rather than the group's members (possibly thousands).
        return any(str(item.get("id")) == group.id
                   for item in self.pages(f"/users/{self.ref(user)}/memberOf", {"$select": "id"}))

    def is_member(self, user: DirectoryUser, group_name: str) -> bool:
        """For reconciling: is the user in the group (read where the group is mastered)?"""
        return self._group_member(self.entra_group(group_name), user)

    def _graph_change(self, group: EntraGroup, user: DirectoryUser, *, add: bool) -> None:
        uid = self.object_id(user)
        try:
            if add:
                self.call("POST", f"/groups/{group.id}/members/$ref",
                          json={"@odata.id": f"{self.base_url}/directoryObjects/{uid}"})
            else:
                self.call("DELETE", f"/groups/{group.id}/members/{uid}/$ref")
        except ConnectorError as exc:
            # Already a member (400 "already exist") / not a member (404 on the reference, the group exists):
            # the goal holds, a race with someone else's change.
            if (add and exc.status == 400 and "already exist" in exc.message) or (not add and exc.status == 404):
                return
            raise

    def _change_membership(self, user: DirectoryUser, group_name: str, *, add: bool) -> dict[str, Any]:
        group = self.entra_group(group_name)
        if group.kind == "dynamic":
            raise self.fail(f"'{group.name}' is a dynamic group: its members come from its membership rule, not by "
                            "hand. Change the user's attributes or the rule instead.", "dynamic_group")
        was_member = self._group_member(group, user)
        changed = was_member != add
        if changed and group.in_exchange:
            self.change_exchange_group(user, group.exchange_identity, add=add)
            if self._group_member(group, user) != add:
                raise self.fail(f"Exchange does not show {user.upn} {'in' if add else 'out of'} '{group.name}' "
                                "after the change.", "not_confirmed")
        elif changed:
            self._graph_change(group, user, add=add)
        return {"group": group.name, "group_id": group.id, "group_type": group.kind,
                "via": "exchange" if group.in_exchange else "graph", "was_member": was_member, "changed": changed}

    def add_to_group(self, user: DirectoryUser, group_name: str) -> dict[str, Any]:
        """Add the user; `changed` is False (and it is success) when they were already a member."""
        self.ensure_allowed("add_to_group")
        return self._change_membership(user, group_name, add=True)

    def remove_from_group(self, user: DirectoryUser, group_name: str) -> dict[str, Any]:
        """Remove the user; `was_member` keeps the before-state (the undo adds them back), `changed` is False
        (and it is success) when they were not a member."""
        self.ensure_allowed("remove_from_group")
        return self._change_membership(user, group_name, add=False)
