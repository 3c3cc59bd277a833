"""Mailbox delegation (FullAccess, SendAs, SendOnBehalf) and Exchange-mastered group membership: not in Graph,
so through Exchange Online's admin endpoint.

Each right is its own Exchange object, granted and removed on its own:
- FullAccess: an entry of the mailbox's permissions (Add-/Remove-/Get-MailboxPermission, -User);
- SendAs: a recipient permission (Add-/Remove-/Get-RecipientPermission, -Trustee);
- SendOnBehalf: the mailbox's GrantSendOnBehalfTo list (Set-Mailbox with an add/remove hashtable; Get-Mailbox).
A mailbox action says which rights it means; there is no default right. After the writes the three are read back
and the change must be exactly the one asked (the asked rights added or removed, nothing else moved), otherwise the
action fails with what Exchange shows: a grant that did not land is not "done".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rallied import http
from rallied.connectors.base import ConnectorError, DirectoryObject, DirectoryUser
from rallied.connectors.entra.auth import EXCHANGE_SCOPE
from rallied.connectors.entra.client import GraphClient
from rallied.kinds import MAILBOX_RIGHTS, mailbox_rights

# Exchange answers "nothing to do" (a right already held, a member already in the group) with these exceptions;
# the goal holds, so they are success. Matched on the exception's name, which the message carries ("|Microsoft…|").
ALREADY_DONE = ("MemberAlreadyExistsException", "MemberNotFoundException")
NOT_FOUND = ("ManagementObjectNotFoundException", "couldn't be found")
# Set-Mailbox takes a multi-valued property's change as a hashtable; the REST endpoint needs its type named.
HASHTABLE = "#Exchange.GenericHashTable"


class ExchangeAdmin:
    """Exchange Online's InvokeCommand REST endpoint: the only app-only route to FullAccess / SendAs.

    Undocumented by Microsoft, so it sits behind this small class and can be swapped for a
    PowerShell worker without touching the connector's callers.
    """

    def __init__(
        self,
        *,
        url: str,
        tenant_id: str,
        token: Callable[[], str],
        timeout: float,
        sleep: Callable[[float], None],
    ) -> None:
        self.url = f"{url.rstrip('/')}/adminapi/beta/{tenant_id}/InvokeCommand"
        self.token, self.timeout, self.sleep = token, timeout, sleep

    def invoke(self, cmdlet: str, parameters: dict[str, Any]) -> list[dict[str, Any]]:
        identity = str(parameters.get("Identity", ""))
        # The routing hint names a mailbox; a distribution group is not one, so its cmdlets go without it (the
        # header is optional). A header is Latin-1: an identity spelt with other letters is sent without it too.
        anchor = identity.isascii() and "DistributionGroup" not in cmdlet
        response = http.send(
            "POST",
            self.url,
            vendor="exchange",
            headers={
                "Authorization": f"Bearer {self.token()}",
                "X-ResponseFormat": "json",
                **({"X-AnchorMailbox": f"UPN:{identity}"} if anchor else {}),
            },
            json={"CmdletInput": {"CmdletName": cmdlet, "Parameters": parameters}},
            timeout=self.timeout,
            sleep=self.sleep,
            # Every cmdlet is a POST; a Get- cmdlet only reads, so it may be repeated. Add-/Remove-/Set- never are.
            idempotent=cmdlet.startswith("Get-"),
        )
        return list((response.json() or {}).get("value") or [])


def _upn(user: DirectoryUser | str) -> str:
    return user.upn if isinstance(user, DirectoryUser) else user


def _names(user: DirectoryUser | str) -> set[str]:
    """Every way Exchange may write the user in a permission row: UPN, mail, alias, display name (casefolded)."""
    if not isinstance(user, DirectoryUser):
        return {user.casefold()}
    return {n.casefold() for n in (user.upn, user.mail, user.upn.partition("@")[0], user.display_name) if n}


class MailboxMixin(GraphClient):
    """grant_mailbox_access / revoke_mailbox_access, the read-back both confirm with, and the reconciler's read."""

    def exchange(self) -> ExchangeAdmin:
        return ExchangeAdmin(
            url=str(self.config.get("exchange_url") or "https://outlook.office365.com"),
            tenant_id=self.tenant_id,
            token=lambda: self.token(EXCHANGE_SCOPE),
            timeout=self.timeout,
            sleep=self.sleep,
        )

    def invoke_tolerant(self, cmdlet: str, parameters: dict[str, Any]) -> list[dict[str, Any]]:
        """A write whose "already so" answer is success (see ALREADY_DONE)."""
        try:
            return self.exchange().invoke(cmdlet, parameters)
        except ConnectorError as exc:
            if exc.code in ALREADY_DONE or any(name in exc.message for name in ALREADY_DONE):
                return []
            raise

    # -- the rights, one by one ---------------------------------------------------------------------------
    def _asked(self, rights: Any) -> tuple[str, ...]:
        try:
            asked = mailbox_rights(rights)
        except ValueError as exc:
            raise self.fail(f"Mailbox rights {exc}.", "unsupported_right") from exc
        if not asked:
            raise self.fail("The action does not say which mailbox rights (FullAccess, SendAs, SendOnBehalf) are "
                            "meant; nothing was changed.", "rights_not_stated")
        return asked

    def _change_right(self, user: DirectoryUser | str, mailbox: str, right: str, *, add: bool) -> None:
        upn, verb = _upn(user), "Add" if add else "Remove"
        if right == "FullAccess":
            params: dict[str, Any] = {"Identity": mailbox, "User": upn, "AccessRights": ["FullAccess"],
                                      "InheritanceType": "All"}
            params.update({"AutoMapping": False} if add else {"Confirm": False})
            self.exchange().invoke(f"{verb}-MailboxPermission", params)
        elif right == "SendAs":
            self.exchange().invoke(f"{verb}-RecipientPermission",
                                   {"Identity": mailbox, "Trustee": upn, "AccessRights": ["SendAs"], "Confirm": False})
        else:  # SendOnBehalf: a change to the mailbox's own list, not a permission entry
            self.exchange().invoke("Set-Mailbox", {
                "Identity": mailbox,
                "GrantSendOnBehalfTo": {"@odata.type": HASHTABLE, "add" if add else "remove": upn}})

    def mailbox_rights_held(self, user: DirectoryUser | str, mailbox: str) -> set[str]:
        """Which of FullAccess, SendAs and SendOnBehalf Exchange shows `user` holding on `mailbox` (three reads).

        Inherited and deny entries grant nothing a person asked for, so they do not count."""
        names, held = _names(user), set()
        for cmdlet, who, right in (("Get-MailboxPermission", "User", "FullAccess"),
                                   ("Get-RecipientPermission", "Trustee", "SendAs")):
            for row in self.exchange().invoke(cmdlet, {"Identity": mailbox, who: _upn(user)}):
                rights = row.get("AccessRights") or []
                rights = [rights] if isinstance(rights, str) else rights
                if (str(row.get(who) or "").casefold() in names and right in rights
                        and not row.get("Deny") and not row.get("IsInherited")):
                    held.add(right)
        boxes = self.exchange().invoke("Get-Mailbox", {"Identity": mailbox})
        delegates = {str(d).casefold() for box in boxes for d in box.get("GrantSendOnBehalfTo") or []}
        if delegates & names:
            held.add("SendOnBehalf")
        return held

    def _set_rights(self, user: DirectoryUser, mailbox: str, rights: Any, *, add: bool) -> dict[str, Any]:
        asked = self._asked(rights)
        before = self.mailbox_rights_held(user, mailbox)
        changed: list[str] = []
        for right in asked:
            if (right in before) == add:
                continue  # already so: nothing to send
            try:
                self._change_right(user, mailbox, right, add=add)
            except ConnectorError as exc:
                if changed:  # say what landed before the failure, so nobody thinks nothing changed
                    exc.message += f" ({', '.join(changed)} {'granted' if add else 'removed'} before this failed.)"
                    exc.args = (exc.message,)
                raise
            changed.append(right)
        after = self.mailbox_rights_held(user, mailbox)
        expected = (before | set(asked)) if add else (before - set(asked))
        if after != expected:
            shown = ", ".join(r for r in MAILBOX_RIGHTS if r in after) or "no rights"
            raise self.fail(
                f"Exchange does not show the change on {mailbox}: {user.upn} should hold "
                f"{', '.join(r for r in MAILBOX_RIGHTS if r in expected) or 'no rights'} and holds {shown}.",
                "not_confirmed")
        order = [r for r in MAILBOX_RIGHTS if r in after]
        # The rights held before are the undo: what to give back (after a removal) or take away (after a grant).
        return {"mailbox": mailbox, "rights": list(asked), "changed": changed,
                "before": [r for r in MAILBOX_RIGHTS if r in before], "after": order}

    def grant_mailbox_access(self, user: DirectoryUser, mailbox: str, rights: Any = None) -> dict[str, Any]:
        """Grant exactly the rights asked (one or several of MAILBOX_RIGHTS), then confirm from Exchange."""
        self.ensure_allowed("grant_mailbox_access")
        return self._set_rights(user, mailbox, rights, add=True)

    def revoke_mailbox_access(self, user: DirectoryUser, mailbox: str, rights: Any = None) -> dict[str, Any]:
        """Remove exactly the rights asked, then confirm from Exchange that they are gone and nothing else moved."""
        self.ensure_allowed("revoke_mailbox_access")
        return self._set_rights(user, mailbox, rights, add=False)

    def find_mailboxes(self, identifier: str) -> list[DirectoryObject]:
        """The mailbox Exchange resolves `identifier` to (Get-Mailbox -Identity: address, alias, name).

        Exchange refuses an identity two mailboxes share; that refusal is raised as a ConnectorError, so the
        caller treats it like any failed lookup and refuses rather than guesses.
        """
        try:
            rows = self.exchange().invoke("Get-Mailbox", {"Identity": identifier})
        except ConnectorError as exc:
            if any(name in exc.message for name in NOT_FOUND):
                return []
            raise
        return [
            DirectoryObject(
                id=str(row.get("ExternalDirectoryObjectId") or row.get("PrimarySmtpAddress")),
                key=str(row.get("PrimarySmtpAddress") or "").lower(),
                name=str(row.get("DisplayName") or ""),
                address=str(row.get("PrimarySmtpAddress") or "").lower(),
                aliases=tuple(str(a).partition(":")[2].lower() for a in row.get("EmailAddresses") or []),
                kind="mailbox",
            )
            for row in rows
        ]

    # -- a leaver's mailbox (Set-Mailbox), each change read back from Get-Mailbox -----------------------------
    def _own_mailbox(self, user: DirectoryUser) -> dict[str, Any]:
        rows = self.exchange().invoke("Get-Mailbox", {"Identity": user.upn})
        if len(rows) != 1:
            raise self.fail(f"Exchange shows no single mailbox for {user.upn}.", "mailbox_not_found", status=404)
        return rows[0]

    def convert_mailbox(self, user: DirectoryUser, mailbox_type: str) -> dict[str, Any]:
        """Set-Mailbox -Type Shared (or Regular, the undo). Shared first: a licence removed from a user mailbox
        deletes it after 30 days, a shared one keeps its mail without a licence (playbooks/offboarding.py)."""
        self.ensure_allowed("convert_mailbox")
        wanted = {"shared": "SharedMailbox", "regular": "UserMailbox"}.get(str(mailbox_type).lower())
        if wanted is None:
            raise self.fail(f"Mailbox type {mailbox_type!r} is not Shared or Regular.", "unsupported_type")
        before = str(self._own_mailbox(user).get("RecipientTypeDetails") or "")
        if before != wanted:
            self.exchange().invoke("Set-Mailbox", {"Identity": user.upn, "Type": mailbox_type.capitalize()})
        after = str(self._own_mailbox(user).get("RecipientTypeDetails") or "")
        if after != wanted:
            raise self.fail(f"Exchange still shows {user.upn}'s mailbox as {after}.", "not_confirmed")
        names = {"SharedMailbox": "Shared", "UserMailbox": "Regular"}
        return {"type_before": names.get(before, before), "type": names[after]}

    def _address_list(self, user: DirectoryUser, kind: str, *, hidden: bool) -> dict[str, Any]:
        self.ensure_allowed(kind)
        was_hidden = bool(self._own_mailbox(user).get("HiddenFromAddressListsEnabled"))
        if was_hidden != hidden:
            self.exchange().invoke("Set-Mailbox", {"Identity": user.upn, "HiddenFromAddressListsEnabled": hidden})
        if bool(self._own_mailbox(user).get("HiddenFromAddressListsEnabled")) != hidden:
            raise self.fail(f"Exchange does not show {user.upn} {'hidden' if hidden else 'shown'}.", "not_confirmed")
        return {"was_hidden": was_hidden}

    def hide_from_address_list(self, user: DirectoryUser) -> dict[str, Any]:
        """Set-Mailbox -HiddenFromAddressListsEnabled $true: the leaver is no longer offered in the GAL."""
        return self._address_list(user, "hide_from_address_list", hidden=True)

    def show_in_address_list(self, user: DirectoryUser) -> dict[str, Any]:
        return self._address_list(user, "show_in_address_list", hidden=False)

    # -- a leaver's mail forwarded (Set-Mailbox -ForwardingSmtpAddress), read back from Get-Mailbox ----------
    @staticmethod
    def _forwarding(box: dict[str, Any]) -> tuple[str | None, bool]:
        """(the address mail is forwarded to, or None; whether a copy stays in the mailbox). Exchange shows the
        address with its proxy prefix ("smtp:anna@contoso.com")."""
        raw = str(box.get("ForwardingSmtpAddress") or "")
        address = raw.partition(":")[2] if raw.lower().startswith("smtp:") else raw
        return (address.lower() or None), bool(box.get("DeliverToMailboxAndForward"))

    def _set_forwarding(self, user: DirectoryUser, kind: str, address: str | None) -> dict[str, Any]:
        self.ensure_allowed(kind)
        before, kept = self._forwarding(self._own_mailbox(user))
        wanted = address.strip().lower() if address else None
        if (before, kept) != (wanted, wanted is not None):
            # The leaver's mailbox keeps a copy as well (DeliverToMailboxAndForward): converting it to shared and
            # forwarding are asked together, and nothing that arrives is only in someone else's inbox.
            self.exchange().invoke("Set-Mailbox", {
                "Identity": user.upn, "ForwardingSmtpAddress": f"smtp:{wanted}" if wanted else None,
                "DeliverToMailboxAndForward": wanted is not None})
        after, kept_after = self._forwarding(self._own_mailbox(user))
        if (after, kept_after) != (wanted, wanted is not None):
            shown = f"forwarding to {after}" if after else "no forwarding"
            raise self.fail(f"Exchange shows {shown} on {user.upn}'s mailbox, not what was asked.", "not_confirmed")
        return {"forwarding_before": before, "kept_copy_before": kept, "forwarding": after}

    def mail_forwarding(self, user: DirectoryUser) -> str | None:
        """Where Exchange forwards the user's mail (None: nowhere); the reconciler's read."""
        return self._forwarding(self._own_mailbox(user))[0]

    def set_mail_forwarding(self, user: DirectoryUser, forward_to: str) -> dict[str, Any]:
        """Forward the mailbox's incoming mail to `forward_to`, a copy kept in the mailbox; confirmed from
        Get-Mailbox. Whether the address may receive it is the floor's question (approvals/policy.py), not this."""
        self.ensure_allowed("set_mail_forwarding")  # out of scope is refused before anything else is looked at
        if not forward_to or "@" not in forward_to:
            raise self.fail(f"{forward_to!r} is not an e-mail address to forward to.", "bad_address")
        return self._set_forwarding(user, "set_mail_forwarding", forward_to)

    def clear_mail_forwarding(self, user: DirectoryUser) -> dict[str, Any]:
        """Set-Mailbox -ForwardingSmtpAddress $null: the undo of a forwarding set where there was none."""
        return self._set_forwarding(user, "clear_mail_forwarding", None)

    # -- distribution lists and mail-enabled security groups ------------------------------------------------
    def exchange_group_members(self, group: str) -> set[str]:
        """The primary addresses of the members of an Exchange-mastered group (Get-DistributionGroupMember)."""
        rows = self.exchange().invoke("Get-DistributionGroupMember", {"Identity": group})
        return {str(r.get("PrimarySmtpAddress") or "").casefold() for r in rows} - {""}

    def change_exchange_group(self, user: DirectoryUser, group: str, *, add: bool) -> None:
        """Add-/Remove-DistributionGroupMember. The service principal holds the Exchange Administrator role, not
        the group's ManagedBy, so the manager check is bypassed explicitly (Exchange refuses otherwise)."""
        params: dict[str, Any] = {"Identity": group, "Member": user.upn, "BypassSecurityGroupManagerCheck": True}
        if not add:
            params["Confirm"] = False
        self.invoke_tolerant(f"{'Add' if add else 'Remove'}-DistributionGroupMember", params)
