"""Exchange Online's admin REST endpoint (InvokeCommand): mailbox FullAccess, SendAs and SendOnBehalf, and the
members of distribution lists and mail-enabled security groups.

Graph has no API for mailbox permissions nor for Exchange-mastered groups; the Exchange PowerShell module's own REST
call is what a Python daemon can use. Simulated: the four permission cmdlets and their Get- twins, Get-Mailbox,
Set-Mailbox -GrantSendOnBehalfTo (an add/remove hashtable), -Type (Shared/Regular),
-HiddenFromAddressListsEnabled and -ForwardingSmtpAddress with -DeliverToMailboxAndForward, and the three
*-DistributionGroupMember cmdlets (exchange_groups.py), which change the same group members Graph shows.
"""

from __future__ import annotations

import copy
import re
import uuid
from typing import Any

from sandbox.core import Request, Response, Vendor
from sandbox.vendors.graph import ids
from sandbox.vendors.graph.exchange_groups import NOT_FOUND, ExchangeFault, GroupCmdlets

AMBIGUOUS = "Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException"


PARAMETER_BINDING = "System.Management.Automation.ParameterBindingException"


class Exchange(GroupCmdlets, Vendor):
    prefix = "exchange"

    def reset(self, directory: dict[str, Any]) -> None:
        # tenant id -> address (lower) -> {"address", "display_name", "kind", "full_access", "send_as",
        # "send_on_behalf"}: each a list of user UPNs (lower)
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
                    "send_on_behalf": [u.lower() for u in box.get("send_on_behalf", [])],
                    # Shown in the address list unless hidden: stated from the start, so a state read before a hide
                    # and after its undo compare equal (Exchange's HiddenFromAddressListsEnabled defaults to false).
                    "hidden": bool(box.get("hidden", False)),
                    # No forwarding unless seeded, stated from the start for the same reason as `hidden`.
                    "forwarding": box.get("forwarding"),
                    "deliver_and_forward": bool(box.get("deliver_and_forward", False)),
                }
                for box in tenant.get("mailboxes", [])
            }
            # Every licensed user has their own mailbox in Exchange Online (a user mailbox), as in a real tenant.
            for user in tenant.get("users", []):
                address = user["upn"].lower()
                if user.get("licenses") and address not in self.mailboxes[tid]:
                    self.mailboxes[tid][address] = {
                        "address": user["upn"], "display_name": user.get("display_name", user["upn"]),
                        "kind": "user", "aliases": [], "full_access": [], "send_as": [], "send_on_behalf": [],
                        "hidden": False, "forwarding": None, "deliver_and_forward": False}

    def routes(self) -> list[tuple[str, str, Any]]:
        return [("POST", r"/adminapi/beta/(?P<tenant>[^/]+)/InvokeCommand", self.invoke)]

    def dump(self) -> dict[str, Any]:
        # A copy: a caller keeps a snapshot to compare with a later one, and the live lists change under it.
        return copy.deepcopy({self.slugs[tid]: boxes for tid, boxes in self.mailboxes.items()})

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
                "Get-MailboxPermission": lambda: self.listing(tid, params, "full_access", "User"),
                "Add-RecipientPermission": lambda: self.change(tid, params, "send_as", "Trustee", add=True),
                "Remove-RecipientPermission": lambda: self.change(
                    tid, params, "send_as", "Trustee", add=False
                ),
                "Get-RecipientPermission": lambda: self.listing(tid, params, "send_as", "Trustee"),
                "Get-Mailbox": lambda: [self.mailbox_row(tid, self.mailbox(tid, params.get("Identity"), strict=True))],
                "Set-Mailbox": lambda: self.set_mailbox(tid, params),
                **self.group_cmdlets(tid, params),
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
        tenant = self.graph_tenant(tid)
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
                PARAMETER_BINDING, f"Cannot process argument 'AccessRights': this sandbox supports only {wanted}."
            )
        # Idempotent like Exchange: adding an existing entry or removing a missing one only warns.
        if add and upn not in box[field]:
            box[field].append(upn)
        elif not add and upn in box[field]:
            box[field].remove(upn)
        return [self.row(box, upn, wanted, who)] if add else []

    def listing(self, tid: str, params: dict[str, Any], field: str, who: str) -> list[dict[str, Any]]:
        """Get-MailboxPermission / Get-RecipientPermission; -User / -Trustee narrows the rows to one principal.
        Like Exchange, the mailbox's own SELF entry is listed too (it grants nobody else anything)."""
        box = self.mailbox(tid, params.get("Identity"))
        wanted = "FullAccess" if field == "full_access" else "SendAs"
        only = str(params.get(who) or "").lower()
        rows = [self.row(box, upn, wanted, who) for upn in box[field] if not only or upn == only]
        if field == "full_access" and not only:
            rows.insert(0, {**self.row(box, "NT AUTHORITY\\SELF", "FullAccess", who), "AccessRights": [
                "FullAccess", "ReadPermission"], "IsInherited": False})
        return rows

    def set_mailbox(self, tid: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """Set-Mailbox -GrantSendOnBehalfTo: a hashtable {add: ..., remove: ...} changes the list, a list replaces
        it; -Type converts (Shared/Regular); -HiddenFromAddressListsEnabled hides from the GAL. Any other parameter
        is refused the way PowerShell refuses an unknown one."""
        box = self.mailbox(tid, params.get("Identity"))
        for key in params:
            if key not in ("Identity", "GrantSendOnBehalfTo", "Confirm", "Type", "HiddenFromAddressListsEnabled",
                           "ForwardingSmtpAddress", "DeliverToMailboxAndForward"):
                raise ExchangeFault(PARAMETER_BINDING,
                                    f"A parameter cannot be found that matches parameter name '{key}'.")
        change = params.get("GrantSendOnBehalfTo")
        if isinstance(change, dict):
            for verb in ("add", "remove"):
                values = change.get(verb) or change.get(verb.capitalize()) or []
                for upn in [values] if isinstance(values, str) else values:
                    self._delegate(tid, box, upn, add=verb == "add")
        elif isinstance(change, list):
            box["send_on_behalf"] = [self.principal(tid, upn) for upn in change]
        if "Type" in params:  # -Type Shared | Regular (Room and Equipment are not simulated)
            kinds = {"shared": "shared", "regular": "user"}
            if str(params["Type"]).lower() not in kinds:
                raise ExchangeFault(PARAMETER_BINDING, f"Cannot bind parameter 'Type' to the value '{params['Type']}'.")
            box["kind"] = kinds[str(params["Type"]).lower()]
        if "HiddenFromAddressListsEnabled" in params:
            if not isinstance(params["HiddenFromAddressListsEnabled"], bool):
                raise ExchangeFault(PARAMETER_BINDING, "Cannot process argument 'HiddenFromAddressListsEnabled': "
                                                       "a Boolean is required.")
            box["hidden"] = params["HiddenFromAddressListsEnabled"]
        self._forwarding(box, params)
        # Exchange answers with no output (a warning when nothing changed).
        return []

    @staticmethod
    def _forwarding(box: dict[str, Any], params: dict[str, Any]) -> None:
        """-ForwardingSmtpAddress "smtp:x@y" (or $null to stop) and -DeliverToMailboxAndForward $true|$false. Like
        Exchange, any well-formed SMTP address is taken, inside the organisation or not: whether mail may leave is
        an outbound policy of the tenant, not a property of the mailbox."""
        if "ForwardingSmtpAddress" in params:
            raw = params["ForwardingSmtpAddress"]
            if raw is None or raw == "":
                box["forwarding"] = None
            else:
                address = str(raw).partition(":")[2] if str(raw).lower().startswith("smtp:") else str(raw)
                if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address):
                    raise ExchangeFault(PARAMETER_BINDING, f"Cannot process argument 'ForwardingSmtpAddress': "
                                                           f"'{raw}' is not a valid SMTP address.")
                box["forwarding"] = address.lower()
        if "DeliverToMailboxAndForward" in params:
            if not isinstance(params["DeliverToMailboxAndForward"], bool):
                raise ExchangeFault(PARAMETER_BINDING, "Cannot process argument 'DeliverToMailboxAndForward': "
                                                       "a Boolean is required.")
            box["deliver_and_forward"] = params["DeliverToMailboxAndForward"]

    def _delegate(self, tid: str, box: dict[str, Any], identity: Any, *, add: bool) -> None:
        upn = self.principal(tid, identity)
        if add and upn not in box["send_on_behalf"]:
            box["send_on_behalf"].append(upn)
        elif not add and upn in box["send_on_behalf"]:
            box["send_on_behalf"].remove(upn)

    def display_name(self, tid: str, upn: str) -> str:
        tenant = self.graph_tenant(tid)
        user = tenant.find_user(upn) if tenant is not None else None
        return str(user["displayName"]) if user else upn

    def mailbox_row(self, tid: str, box: dict[str, Any]) -> dict[str, Any]:
        """Get-Mailbox's answer, reduced to the properties that identify the mailbox and its send-on-behalf
        delegates, which Exchange lists by their recipient name (here the display name), not their address."""
        return {
            "Identity": box["display_name"],
            "DisplayName": box["display_name"],
            "Alias": box["address"].partition("@")[0],
            "PrimarySmtpAddress": box["address"],
            "EmailAddresses": [f"SMTP:{box['address']}"] + [f"smtp:{a}" for a in box["aliases"]],
            "RecipientTypeDetails": "SharedMailbox" if box["kind"] == "shared" else "UserMailbox",
            "ExternalDirectoryObjectId": str(uuid.uuid5(ids.NAMESPACE, f"mailbox:{box['address'].lower()}")),
            "GrantSendOnBehalfTo": [self.display_name(tid, upn) for upn in box["send_on_behalf"]],
            "HiddenFromAddressListsEnabled": bool(box.get("hidden")),
            # Exchange writes the forwarding address with its proxy prefix, and null when there is none.
            "ForwardingSmtpAddress": f"smtp:{box['forwarding']}" if box.get("forwarding") else None,
            "DeliverToMailboxAndForward": bool(box.get("deliver_and_forward")),
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
