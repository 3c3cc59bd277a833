"""Shared-mailbox FullAccess / SendAs: not in Graph, so through Exchange Online."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rallied import http
from rallied.connectors.base import ConnectorError, DirectoryObject, DirectoryUser
from rallied.connectors.entra.auth import EXCHANGE_SCOPE
from rallied.connectors.entra.client import GraphClient


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
        response = http.send(
            "POST",
            self.url,
            vendor="exchange",
            headers={
                "Authorization": f"Bearer {self.token()}",
                "X-ResponseFormat": "json",
                # A header is Latin-1: an identity spelt with other letters is sent without the routing hint.
                **({"X-AnchorMailbox": f"UPN:{identity}"} if (identity := str(parameters.get("Identity", "")))
                   .isascii() else {}),
            },
            json={"CmdletInput": {"CmdletName": cmdlet, "Parameters": parameters}},
            timeout=self.timeout,
            sleep=self.sleep,
            # Every cmdlet is a POST; a Get- cmdlet only reads, so it may be repeated. Add-/Remove- never are.
            idempotent=cmdlet.startswith("Get-"),
        )
        return list((response.json() or {}).get("value") or [])


class MailboxMixin(GraphClient):
    """grant_mailbox_access / revoke_mailbox_access and the read the reconciler uses."""

    def exchange(self) -> ExchangeAdmin:
        return ExchangeAdmin(
            url=str(self.config.get("exchange_url") or "https://outlook.office365.com"),
            tenant_id=self.tenant_id,
            token=lambda: self.token(EXCHANGE_SCOPE),
            timeout=self.timeout,
            sleep=self.sleep,
        )

    def _mailbox_call(self, user: DirectoryUser | str, mailbox: str, rights: str, *, add: bool) -> None:
        upn = user.upn if isinstance(user, DirectoryUser) else user
        verb = "Add" if add else "Remove"
        if rights == "FullAccess":
            params: dict[str, Any] = {
                "Identity": mailbox,
                "User": upn,
                "AccessRights": ["FullAccess"],
                "InheritanceType": "All",
            }
            params.update({"AutoMapping": False} if add else {"Confirm": False})
            self.exchange().invoke(f"{verb}-MailboxPermission", params)
        elif rights == "SendAs":
            self.exchange().invoke(
                f"{verb}-RecipientPermission",
                {"Identity": mailbox, "Trustee": upn, "AccessRights": ["SendAs"], "Confirm": False},
            )
        else:
            raise self.fail(f"Unsupported mailbox right '{rights}'.", "unsupported_right")

    def grant_mailbox_access(self, user: DirectoryUser, mailbox: str, *, rights: str = "FullAccess") -> None:
        self.ensure_allowed("grant_mailbox_access")
        self._mailbox_call(user, mailbox, rights, add=True)

    def revoke_mailbox_access(self, user: DirectoryUser, mailbox: str, *, rights: str = "FullAccess") -> None:
        self.ensure_allowed("revoke_mailbox_access")
        self._mailbox_call(user, mailbox, rights, add=False)

    def find_mailboxes(self, identifier: str) -> list[DirectoryObject]:
        """The mailbox Exchange resolves `identifier` to (Get-Mailbox -Identity: address, alias, name).

        Exchange refuses an identity two mailboxes share; that refusal is raised as a ConnectorError, so the
        caller treats it like any failed lookup and refuses rather than guesses.
        """
        try:
            rows = self.exchange().invoke("Get-Mailbox", {"Identity": identifier})
        except ConnectorError as exc:
            if "ManagementObjectNotFoundException" in exc.message or "couldn't be found" in exc.message:
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

    def mailbox_permissions(self, mailbox: str, *, rights: str = "FullAccess") -> list[str]:
        """Who holds `rights` on the mailbox (a read, for reconciling)."""
        cmdlet, who = (
            ("Get-MailboxPermission", "User")
            if rights == "FullAccess"
            else ("Get-RecipientPermission", "Trustee")
        )
        return [str(row.get(who)) for row in self.exchange().invoke(cmdlet, {"Identity": mailbox})]
