"""The Entra connector: directory reads and the identity writes through Microsoft Graph."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any, ClassVar
from urllib.parse import quote

from rallied.connectors.base import NAME_SEARCH_LIMIT, DirectoryObject, DirectoryUser, name_words
from rallied.connectors.entra.groups import GroupMixin
from rallied.connectors.entra.licenses import LicenseMixin
from rallied.connectors.leaver import unknowable_password

log = logging.getLogger("rallied.connectors.entra")

PASSWORD_METHOD_TYPE = "#microsoft.graph.passwordAuthenticationMethod"
TAP_METHOD_TYPE = "#microsoft.graph.temporaryAccessPassAuthenticationMethod"
# @odata.type suffix of an authentication method -> its collection under /authentication (for DELETE).
METHOD_COLLECTIONS = {
    "microsoftAuthenticatorAuthenticationMethod": "microsoftAuthenticatorMethods",
    "phoneAuthenticationMethod": "phoneMethods",
    "fido2AuthenticationMethod": "fido2Methods",
    "softwareOathAuthenticationMethod": "softwareOathMethods",
    "emailAuthenticationMethod": "emailMethods",
    "temporaryAccessPassAuthenticationMethod": "temporaryAccessPassMethods",
    "windowsHelloForBusinessAuthenticationMethod": "windowsHelloForBusinessMethods",
    "platformCredentialAuthenticationMethod": "platformCredentialMethods",
}
USER_SELECT = (
    "id,displayName,userPrincipalName,mail,accountEnabled,usageLocation,assignedLicenses,"
    "jobTitle,department,lastPasswordChangeDateTime"
)
# What a name search needs to choose between people; manager, roles and risk come from get_user later.
NAME_SELECT = "id,displayName,userPrincipalName,mail,accountEnabled"
# Every action kind is a method of the same name here.
_KINDS = (
    "reset_password", "unlock_account", "revoke_sessions", "reset_mfa", "add_to_group", "remove_from_group",
    "assign_license", "remove_license", "swap_license", "create_user", "disable_user", "grant_mailbox_access",
    "revoke_mailbox_access", "enable_user", "set_manager", "scramble_password", "remove_mfa_methods",
    "convert_mailbox", "hide_from_address_list", "show_in_address_list", "set_mail_forwarding",
    "clear_mail_forwarding",
)


class EntraConnector(LicenseMixin, GroupMixin):
    vendor = "entra"
    required_config = ("tenant_id", "client_id")
    required_credentials = ("client_secret",)
    supports: ClassVar[Mapping[str, str]] = {kind: kind for kind in _KINDS}
    capability_notes: ClassVar[Mapping[str, str]] = {
        "unlock_account": "dismiss user risk",
        "reset_mfa": "TAP + remove methods",
        "grant_mailbox_access": "via Exchange",
        "revoke_mailbox_access": "via Exchange",
        "swap_license": "one assignLicense call",
        "add_to_group": "DLs via Exchange",
        "remove_from_group": "DLs via Exchange",
        "remove_mfa_methods": "delete every method",
        "convert_mailbox": "via Exchange",
        "hide_from_address_list": "via Exchange",
        "show_in_address_list": "via Exchange",
        "set_mail_forwarding": "via Exchange",
        "clear_mail_forwarding": "via Exchange",
    }

    # -- reads ------------------------------------------------------------------------------------
    def get_user(self, identifier: str) -> DirectoryUser | None:
        # One round trip for the usual case (issue 17): the user and the four reads about them in one $batch, each
        # keyed by the id or UPN given, which Graph resolves the same way for every item. The user and then a batch
        # by id were two calls a read, each waiting for the last; a reset reads its requester twice (to decide, and
        # right before the write), so four Graph round trips on the ticket's path became two.
        key = self.key(identifier)
        answers = self.read_batch({"user": (f"/users/{key}", {"$select": USER_SELECT}), **self._about(key, identifier)})
        data = self.batch_json(answers.pop("user"), absent=(404,))
        if data is None:
            # Not an id or UPN: the address people type may be a mail or an alias, found by a search; the reads
            # about the user then go by the id it found.
            data = self._search_user(identifier)
            if data is None:
                return None
            answers = self.read_batch(self._about(self.key(data["id"]), data["id"]))
        return self._user_from(data, identifier, answers)

    def _about(self, key: str, identifier: str) -> dict[str, tuple[str, dict[str, Any] | None]]:
        """The reads about a user keyed `key` (its path segment): manager, memberships, risk and sign-in methods.
        Risk is keyed by id only in Graph, so a UPN's risk is the riskyUsers list filtered to that UPN."""
        risk: tuple[str, dict[str, Any] | None] = (f"/identityProtection/riskyUsers/{key}", None)
        if "@" in identifier:
            risk = ("/identityProtection/riskyUsers",
                    {"$filter": f"userPrincipalName eq {self.odata_literal(identifier)}"})
        return {
            "manager": (f"/users/{key}/manager", {"$select": "id,userPrincipalName"}),
            "memberships": (f"/users/{key}/transitiveMemberOf", None),
            "risk": risk,
            "methods": (f"/users/{key}/authentication/methods", None),
        }

    def _user_from(self, data: dict[str, Any], identifier: str, answers: dict[str, Any]) -> DirectoryUser:
        manager = self.batch_json(answers["manager"], absent=(404,))
        memberships = list(self.following(self.batch_json(answers["memberships"]) or {}))
        roles = tuple(
            m["displayName"] for m in memberships if m.get("@odata.type") == "#microsoft.graph.directoryRole"
        )
        groups = [m["displayName"] for m in memberships if m.get("@odata.type") == "#microsoft.graph.group"]
        # No Entra ID P2 or no IdentityRiskyUser permission (403), or no risk recorded (404, or an empty list for a
        # UPN): risk unknown.
        risk = self.batch_json(answers["risk"], absent=(403, 404)) or {}
        if "value" in risk:  # the list filtered to one UPN
            risk = next(iter(risk["value"]), {})
        risky = risk.get("riskState") in ("atRisk", "confirmedCompromised")
        methods = tuple(
            self._method_name(m["@odata.type"])
            for m in (self.batch_json(answers["methods"]) or {}).get("value", [])
            if m.get("@odata.type") != PASSWORD_METHOD_TYPE
        )
        return DirectoryUser(
            id=data["id"],
            upn=data.get("userPrincipalName") or identifier,
            display_name=data.get("displayName") or "",
            mail=data.get("mail") or "",
            enabled=bool(data.get("accountEnabled", True)),
            # Entra has no lockout API: a sign-in blocked by high user risk is what "locked" means here.
            locked=risky and risk.get("riskLevel") == "high",
            manager_upn=(manager or {}).get("userPrincipalName"),
            admin_roles=roles,
            risky=risky,
            mfa_methods=methods,
            raw={**data, "groups": groups, "risk": risk},
        )

    def _search_user(self, identifier: str) -> dict[str, Any] | None:
        """The user whose mail, else one of whose aliases, is `identifier` (no id or UPN is: get_user asked that)."""
        if "@" not in identifier:
            return None
        # The address people type is the mail, which may differ from the UPN.
        matches = self.get_json(
            "/users", {"$filter": f"mail eq {self.odata_literal(identifier)}", "$select": USER_SELECT}
        ).get("value", [])
        found = matches[0] if len(matches) == 1 else None
        if found is None and not matches:
            # An alias: Exchange keeps every address of the user in proxyAddresses ("smtp:alias@…").
            literal = self.odata_literal(f"smtp:{identifier}")
            matches = self.get_json(
                "/users", {"$filter": f"proxyAddresses/any(x:x eq {literal})", "$select": USER_SELECT}
            ).get("value", [])
            found = matches[0] if len(matches) == 1 else None
        return found

    def find_groups(self, identifier: str) -> list[DirectoryObject]:
        """Groups whose displayName or mail is `identifier`, or that have it as an alias (proxyAddresses).

        Graph compares these case-insensitively and exactly; the add and remove calls later look the group up
        by the displayName returned here.
        """
        literal = self.odata_literal(identifier)
        expression = f"displayName eq {literal} or mail eq {literal}"
        if "@" in identifier:
            expression += f" or proxyAddresses/any(x:x eq {self.odata_literal('smtp:' + identifier)})"
        found = []
        select = "id,displayName,mail,proxyAddresses,isAssignableToRole"
        for item in self.pages("/groups", {"$filter": expression, "$select": select}):
            aliases = tuple(str(a).partition(":")[2].lower() for a in item.get("proxyAddresses") or [])
            found.append(DirectoryObject(id=str(item["id"]), key=item.get("displayName") or "",
                                         name=item.get("displayName") or "", address=(item.get("mail") or "").lower(),
                                         aliases=aliases, privileged=bool(item.get("isAssignableToRole"))))
        return found

    def count_users(self, *, up_to: int) -> int:
        """GET /users, ids only, 999 a page (Graph's maximum), following @odata.nextLink until `up_to`."""
        count = 0
        for _ in self.pages("/users", {"$select": "id", "$top": "999"}):
            count += 1
            if count >= up_to:
                break
        return count

    def find_users_by_name(self, name: str, *, limit: int = NAME_SEARCH_LIMIT) -> list[DirectoryUser]:
        """`displayName eq '…'` for a full name; for one word, a first name or a last name:
        `startswith(displayName,'…') or surname eq '…'`.

        All are basic Graph filters on users (no ConsistencyLevel header needed); quotes are
        doubled as OData requires ("O'Brien" -> 'O''Brien'); Graph compares case-insensitively.
        """
        words = name_words(name)
        if not words:
            return []
        literal = self.odata_literal(" ".join(words))
        if len(words) == 1:
            expression = f"startswith(displayName,{literal}) or surname eq {literal}"
        else:
            expression = f"displayName eq {literal}"
        found: list[DirectoryUser] = []
        for item in self.pages("/users", {"$filter": expression, "$select": NAME_SELECT, "$top": limit}):
            found.append(
                DirectoryUser(
                    id=str(item["id"]),
                    upn=item.get("userPrincipalName") or "",
                    display_name=item.get("displayName") or "",
                    mail=item.get("mail") or "",
                    enabled=bool(item.get("accountEnabled", True)),
                )
            )
            if len(found) >= limit:
                break
        return found

    @staticmethod
    def _method_name(odata_type: str) -> str:
        return odata_type.rsplit(".", 1)[-1].removesuffix("AuthenticationMethod")

    def password_was_reset_since(self, user: DirectoryUser, since_iso: str) -> bool | None:
        data = self._optional(f"/users/{self.ref(user)}", {"$select": "id,lastPasswordChangeDateTime"})
        changed = (data or {}).get("lastPasswordChangeDateTime")
        if not changed:
            return None
        return dt.datetime.fromisoformat(changed) >= dt.datetime.fromisoformat(since_iso)

    def sessions_revoked_since(self, user: DirectoryUser, since_iso: str) -> bool | None:
        """For reconciling revoke_sessions: are sign-in sessions valid only from `since_iso` or later?"""
        data = self._optional(f"/users/{self.ref(user)}", {"$select": "id,signInSessionsValidFromDateTime"})
        valid_from = (data or {}).get("signInSessionsValidFromDateTime")
        if not valid_from:
            return None
        return dt.datetime.fromisoformat(valid_from) >= dt.datetime.fromisoformat(since_iso)

    # -- writes -----------------------------------------------------------------------------------
    def reset_password(self, user: DirectoryUser, *, temporary_password: str) -> None:
        self.ensure_allowed("reset_password")
        body = {"passwordProfile": {"forceChangePasswordNextSignIn": True, "password": temporary_password}}
        self.call("PATCH", f"/users/{self.ref(user)}", json=body)

    def unlock_account(self, user: DirectoryUser) -> None:
        """Dismiss the user's risk: the sign-in block that stands in for a lockout in Entra."""
        self.ensure_allowed("unlock_account")
        self.call("POST", "/identityProtection/riskyUsers/dismiss", json={"userIds": [self.object_id(user)]})

    def revoke_sessions(self, user: DirectoryUser) -> None:
        self.ensure_allowed("revoke_sessions")
        # Documented known issue: 200 with a boolean or 204, both mean done.
        self.call("POST", f"/users/{self.ref(user)}/revokeSignInSessions")

    def reset_mfa(self, user: DirectoryUser, *, lifetime_minutes: int = 60) -> str:
        """Issue a Temporary Access Pass, then remove every other method so the user re-registers.

        The TAP comes first: if the tenant's policy refuses it, the user keeps the methods they have
        instead of being left with none. Returns the TAP; the caller stores it encrypted.
        """
        self.ensure_allowed("reset_mfa")
        ref = self.ref(user)
        created = self.call(
            "POST",
            f"/users/{ref}/authentication/temporaryAccessPassMethods",
            json={"lifetimeInMinutes": lifetime_minutes, "isUsableOnce": False},
        ).json()
        self._delete_methods(ref, keep=(PASSWORD_METHOD_TYPE, TAP_METHOD_TYPE))
        return str(created["temporaryAccessPass"])

    def _delete_methods(self, ref: str, *, keep: tuple[str, ...]) -> list[str]:
        """DELETE every authentication method but the `keep` types; the names of those deleted."""
        removed = []
        for method in self.get_json(f"/users/{ref}/authentication/methods").get("value", []):
            odata_type = str(method.get("@odata.type", ""))
            if odata_type in keep:
                continue
            collection = METHOD_COLLECTIONS.get(odata_type.rsplit(".", 1)[-1])
            if collection is None:
                log.warning("entra: cannot remove authentication method of type %s", odata_type)
                continue
            self.call("DELETE", f"/users/{ref}/authentication/{collection}/{quote(str(method['id']))}")
            removed.append(self._method_name(odata_type))
        return removed

    # -- offboarding: nothing is issued to the leaver ----------------------------------------------
    def scramble_password(self, user: DirectoryUser) -> dict[str, Any]:
        """A random password nobody receives (rallied/connectors/leaver.py): drawn, sent, dropped."""
        self.ensure_allowed("scramble_password")
        body = {"passwordProfile": {"forceChangePasswordNextSignIn": False, "password": unknowable_password()}}
        self.call("PATCH", f"/users/{self.ref(user)}", json=body)
        return {"scrambled": True}

    def remove_mfa_methods(self, user: DirectoryUser) -> dict[str, Any]:
        """Delete every authentication method (a TAP included) and issue none: the password is not a method."""
        self.ensure_allowed("remove_mfa_methods")
        removed = self._delete_methods(self.ref(user), keep=(PASSWORD_METHOD_TYPE,))
        left = [m for m in self.get_json(f"/users/{self.ref(user)}/authentication/methods").get("value", [])
                if m.get("@odata.type") != PASSWORD_METHOD_TYPE]
        if left:
            raise self.fail(f"{len(left)} authentication method(s) could not be removed.", "methods_left")
        return {"removed": removed}

    def create_user(
        self,
        upn: str,
        display_name: str,
        *,
        temporary_password: str,
        usage_location: str | None = None,
        job_title: str | None = None,
        department: str | None = None,
        manager_upn: str | None = None,
    ) -> DirectoryUser:
        """Create an enabled user who must change `temporary_password` at first sign-in."""
        self.ensure_allowed("create_user")
        body: dict[str, Any] = {
            "accountEnabled": True,
            "displayName": display_name,
            "mailNickname": "".join(c for c in upn.split("@")[0] if c.isalnum() or c in "._-") or "user",
            "userPrincipalName": upn,
            "passwordProfile": {"forceChangePasswordNextSignIn": True, "password": temporary_password},
            "usageLocation": usage_location or self.config.get("default_usage_location"),
            "jobTitle": job_title,
            "department": department,
        }
        created = self.call("POST", "/users", json={k: v for k, v in body.items() if v is not None}).json()
        if manager_upn:
            manager = self.object_id(manager_upn)
            self.call(
                "PUT",
                f"/users/{created['id']}/manager/$ref",
                json={"@odata.id": f"{self.base_url}/users/{manager}"},
            )
        user = self.get_user(created["id"])
        if user is None:  # created a moment ago; only a broken vendor gets here
            raise self.fail("Created user is not readable.", "created_user_missing", permanent=False)
        return user

    def groups_of(self, user: DirectoryUser) -> list[str] | None:
        return [m["displayName"] for m in self.pages(f"/users/{self.ref(user)}/memberOf")
                if m.get("@odata.type") == "#microsoft.graph.group" and m.get("displayName")]

    def set_manager(self, user: DirectoryUser, manager: str) -> dict[str, Any]:
        """Make `manager` (an address) the user's manager; what it was before is kept for undo."""
        self.ensure_allowed("set_manager")
        manager_id = self.object_id(manager)
        self.call("PUT", f"/users/{self.ref(user)}/manager/$ref",
                  json={"@odata.id": f"{self.base_url}/users/{manager_id}"})
        return {"manager": manager.lower(), "manager_before": user.manager_upn}

    def disable_user(self, user: DirectoryUser) -> None:
        self.ensure_allowed("disable_user")
        self.call("PATCH", f"/users/{self.ref(user)}", json={"accountEnabled": False})

    def enable_user(self, user: DirectoryUser) -> None:
        """The undo of disable_user: sign-in allowed again."""
        self.ensure_allowed("enable_user")
        self.call("PATCH", f"/users/{self.ref(user)}", json={"accountEnabled": True})
