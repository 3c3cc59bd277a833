"""Exchange Online's admin REST endpoint (InvokeCommand), for mailbox FullAccess and SendAs.

Graph has no API for mailbox permissions; the Exchange PowerShell module's own REST call is what a
Python daemon can use. The four permission cmdlets (and their Get- twins) and Get-Mailbox are simulated.
"""

from __future__ import annotations

import uuid
from typing import Any

from sandbox.core import Request, Response, Vendor
from sandbox.vendors.graph import ids

NOT_FOUND = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException"
AMBIGUOUS = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException"


class ExchangeFault(Exception):
    def __init__(self, exception: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.exception, self.message, self.status = exception, message, status


class Exchange(Vendor):
    prefix = "exchange"

    def reset(self, directory: dict[str, Any]) -> None:
        # tenant id -> address (lower) -> {"address", "display_name", "kind", "full_access", "send_as"}
        self.mailboxes: dict[str, dict[str, dict[str, Any]]] = {}
        self.slugs: dict[str, str] = {}
        self.seed_users: dict[str, set[str]] = {}
        for tenant in directory.get("tenants", []):
            if tenant.get("idp") != "entra":
                continue
            tid = ids.tenant_id(tenant["slug"])
            self.slugs[tid] = tenant["slug"]
            self.seed_users[tid] = {u["upn"].lower() for u in tenant.get("users", [])}
            self.mailboxes[tid] = {
                box["address"].lower(): {
                    "address": box["address"],
                    "display_name": box.get("display_name", box["address"]),
                    "kind": box.get("kind", "shared"),
                    "aliases": [a.lower() for a in box.get("aliases", [])],
                    "full_access": [u.lower() for u in box.get("full_access", [])],
                    "send_as": [u.lower() for u in box.get("send_as", [])],
                }
                for box in tenant.get("mailboxes", [])
            }

    def routes(self) -> list[tuple[str, str, Any]]:
        return [("POST", r"/adminapi/beta/(?P<tenant>[^/]+)/InvokeCommand", self.invoke)]

    def dump(self) -> dict[str, Any]:
        return {self.slugs[tid]: boxes for tid, boxes in self.mailboxes.items()}

    def error(self, status: int, code: str, message: str) -> Response:
        return Response(status, {"error": {"code": code, "message": message}})

    def authenticate(self, req: Request) -> Response | None:
        header = req.header("authorization") or ""
        claims = ids.read_token(header[7:].strip()) if header.lower().startswith("bearer ") else None
        if claims is None or claims["aud"] != ids.EXCHANGE_AUDIENCE:
            return self.error(
                401, "Unauthorized", "The access token is missing, invalid or not for Exchange Online."
            )
        tenant = req.path.split("/")[3] if req.path.count("/") >= 4 else ""
        if tenant not in (claims["tid"], f"{self.slugs.get(claims['tid'])}.onmicrosoft.com"):
            return self.error(403, "Forbidden", "The access token was issued for another organization.")
        return None

    # -- the one route ----------------------------------------------------------------------------
    def invoke(self, req: Request) -> Response:
        claims = ids.read_token((req.header("authorization") or "")[7:].strip())
        assert claims is not None
        tid = claims["tid"]
        try:
            payload = (req.json() or {}).get("CmdletInput") or {}
            name, params = payload.get("CmdletName"), payload.get("Parameters") or {}
            handler = {
                "Add-MailboxPermission": lambda: self.change(tid, params, "full_access", "User", add=True),
                "Remove-MailboxPermission": lambda: self.change(
                    tid, params, "full_access", "User", add=False
                ),
                "Get-MailboxPermission": lambda: self.listing(tid, params, "full_access"),
                "Add-RecipientPermission": lambda: self.change(tid, params, "send_as", "Trustee", add=True),
                "Remove-RecipientPermission": lambda: self.change(
                    tid, params, "send_as", "Trustee", add=False
                ),
                "Get-RecipientPermission": lambda: self.listing(tid, params, "send_as"),
                "Get-Mailbox": lambda: [self.mailbox_row(self.mailbox(tid, params.get("Identity"), strict=True))],
            }.get(str(name))
            if handler is None:
                raise ExchangeFault(
                    "System.Management.Automation.CommandNotFoundException",
                    f"The term '{name}' is not recognized as a name of a cmdlet, function, script file, "
                    "or executable program.",
                )
            rows = handler()
        except ExchangeFault as fault:
            return self.error(
                fault.status, fault.exception.rsplit(".", 1)[-1], f"|{fault.exception}|{fault.message}"
            )
        except (ValueError, AttributeError):
            return self.error(400, "BadRequest", "The request body is not a valid CmdletInput.")
        return Response(
            200,
            {
                "@odata.context": f"{req.base_url}/adminapi/beta/{req.params['tenant']}/$metadata"
                "#Collection(Exchange.GenericHashTable)",
                "value": rows,
            },
        )

    def mailbox(self, tid: str, identity: Any, *, strict: bool = False) -> dict[str, Any]:
        """The mailbox -Identity names: its address, an alias (proxy address), its alias name or display name.

        Like Exchange, a name two mailboxes share is refused as ambiguous by Get-Mailbox (`strict`); the
        permission cmdlets here take the first match, which is why Rallied resolves the mailbox itself first.
        """
        key = str(identity or "").lower()
        boxes = self.mailboxes.get(tid, {})
        found = [boxes[key]] if key in boxes else [
            b for b in boxes.values()
            if key in b["aliases"] or key in (b["display_name"].lower(), b["address"].lower().partition("@")[0])
        ]
        if strict and len(found) > 1:
            raise ExchangeFault(
                AMBIGUOUS, f"The operation couldn't be performed because '{identity}' matches multiple entries."
            )
        box = found[0] if found else None
        if box is None:
            raise ExchangeFault(
                NOT_FOUND,
                f"The operation couldn't be performed because object '{identity}' couldn't be found on "
                f"'{self.slugs.get(tid, 'tenant')}.prod.outlook.com'.",
            )
        return box

    def principal(self, tid: str, identity: Any) -> str:
        upn = str(identity or "").lower()
        graph = getattr(self, "sandbox", None) and self.sandbox.vendors.get("graph")
        tenant = getattr(graph, "tenants", {}).get(tid) if graph else None
        known = (
            tenant.find_user(upn) is not None
            if tenant is not None
            else upn in self.seed_users.get(tid, set())
        )
        if not known:
            raise ExchangeFault(
                NOT_FOUND,
                f"The operation couldn't be performed because object '{identity}' couldn't be found.",
            )
        return upn

    def change(
        self, tid: str, params: dict[str, Any], field: str, who: str, *, add: bool
    ) -> list[dict[str, Any]]:
        box = self.mailbox(tid, params.get("Identity"))
        upn = self.principal(tid, params.get(who))
        rights = params.get("AccessRights")
        rights = [rights] if isinstance(rights, str) else list(rights or [])
        wanted = "FullAccess" if field == "full_access" else "SendAs"
        if rights != [wanted]:
            raise ExchangeFault(
                "System.Management.Automation.ParameterBindingException",
                f"Cannot process argument 'AccessRights': this sandbox supports only {wanted}.",
            )
        # Idempotent like Exchange: adding an existing entry or removing a missing one only warns.
        if add and upn not in box[field]:
            box[field].append(upn)
        elif not add and upn in box[field]:
            box[field].remove(upn)
        return [self.row(box, upn, wanted, who)] if add else []

    def listing(self, tid: str, params: dict[str, Any], field: str) -> list[dict[str, Any]]:
        box = self.mailbox(tid, params.get("Identity"))
        wanted, who = ("FullAccess", "User") if field == "full_access" else ("SendAs", "Trustee")
        return [self.row(box, upn, wanted, who) for upn in box[field]]

    @staticmethod
    def mailbox_row(box: dict[str, Any]) -> dict[str, Any]:
        """Get-Mailbox's answer, reduced to the properties that identify the mailbox."""
        return {
            "Identity": box["display_name"],
            "DisplayName": box["display_name"],
            "Alias": box["address"].partition("@")[0],
            "PrimarySmtpAddress": box["address"],
            "EmailAddresses": [f"SMTP:{box['address']}"] + [f"smtp:{a}" for a in box["aliases"]],
            "RecipientTypeDetails": "SharedMailbox" if box["kind"] == "shared" else "UserMailbox",
            "ExternalDirectoryObjectId": str(uuid.uuid5(ids.NAMESPACE, f"mailbox:{box['address'].lower()}")),
        }

    @staticmethod
    def row(box: dict[str, Any], upn: str, rights: str, who: str) -> dict[str, Any]:
        return {
            "Identity": box["display_name"],
            who: upn,
            "AccessRights": [rights],
            "IsInherited": False,
            "Deny": False,
            "ObjectId": str(uuid.uuid5(ids.NAMESPACE, f"ace:{box['address']}:{upn}:{rights}")),
        }
