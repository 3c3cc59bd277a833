"""Microsoft Entra ID through Microsoft Graph (and Exchange Online for mailbox permissions).

Tokens: msal's client-credentials flow, one long-lived `ConfidentialClientApplication` per app so its
in-memory token cache is reused across connector instances (a connector is built per action).
When the connection's authority is not Microsoft's (the sandbox), msal keeps the real authority
form - it only accepts https - and an `http_client` session rewrites its requests to the configured
authority (contracts §1.14). Graph and Exchange calls go through `rallied.http.send`.

Secrets (client secret, temporary passwords, TAPs) are never logged nor put in an error message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

import msal
import requests
from requests.adapters import HTTPAdapter

from rallied import http
from rallied.connectors.base import ConnectorError, DirectoryUser, IdentityConnector

log = logging.getLogger("rallied.connectors.entra")

MICROSOFT_AUTHORITY = "https://login.microsoftonline.com"
GRAPH_SCOPE = "https://graph.microsoft.com/.default"
EXCHANGE_SCOPE = "https://outlook.office365.com/.default"
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
PERMANENT_TOKEN_ERRORS = {
    "invalid_client",
    "unauthorized_client",
    "invalid_tenant",
    "invalid_scope",
    "invalid_request",
    "unsupported_grant_type",
}
USER_SELECT = (
    "id,displayName,userPrincipalName,mail,accountEnabled,usageLocation,assignedLicenses,"
    "jobTitle,department,lastPasswordChangeDateTime"
)

_apps: dict[tuple[str, str, str, str], msal.ConfidentialClientApplication] = {}
_apps_lock = threading.Lock()


class _RedirectAdapter(HTTPAdapter):
    """Sends msal's https://login.microsoftonline.com/... requests to another authority base URL."""

    def __init__(self, target: str) -> None:
        super().__init__()
        self.target = urlsplit(target.rstrip("/"))

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        original = urlsplit(request.url or "")
        request.url = urlunsplit(
            (self.target.scheme, self.target.netloc, self.target.path + original.path, original.query, "")
        )
        return super().send(request, **kwargs)


def msal_app(
    *, tenant_id: str, client_id: str, secret: str, authority_url: str | None, timeout: float
) -> msal.ConfidentialClientApplication:
    """The process-wide msal app for this app registration (its token cache lives as long as it)."""
    authority_url = (authority_url or MICROSOFT_AUTHORITY).rstrip("/")
    # The secret's digest is in the key so a rotated secret gets a fresh app, never a stale token.
    key = (authority_url, tenant_id, client_id, hashlib.sha256(secret.encode()).hexdigest())
    with _apps_lock:
        app = _apps.get(key)
        if app is None:
            options: dict[str, Any] = {}
            if authority_url != MICROSOFT_AUTHORITY:
                session = requests.Session()
                session.trust_env = False
                session.mount(f"{MICROSOFT_AUTHORITY}/", _RedirectAdapter(authority_url))
                options = {"http_client": session, "instance_discovery": False}
            app = msal.ConfidentialClientApplication(
                client_id,
                client_credential=secret,
                authority=f"{MICROSOFT_AUTHORITY}/{tenant_id}",
                timeout=timeout,
                **options,
            )
            _apps[key] = app
        return app


def forget_msal_apps() -> None:
    """Drop every cached msal app (tests that fake token-endpoint errors start clean)."""
    with _apps_lock:
        _apps.clear()


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
                "X-AnchorMailbox": f"UPN:{parameters.get('Identity', '')}",
            },
            json={"CmdletInput": {"CmdletName": cmdlet, "Parameters": parameters}},
            timeout=self.timeout,
            sleep=self.sleep,
        )
        return list((response.json() or {}).get("value") or [])


class EntraConnector(IdentityConnector):
    vendor = "entra"
    # fmt: off
    supports = frozenset({
        "reset_password", "unlock_account", "revoke_sessions", "reset_mfa", "add_to_group",
        "remove_from_group",
        "assign_license", "remove_license", "create_user", "disable_user", "grant_mailbox_access",
        "revoke_mailbox_access",
    })
    # fmt: on

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.sleep: Callable[[float], None] = time.sleep  # tests replace it to observe Retry-After waits
        self.tenant_id = str(self.config.get("tenant_id") or "")
        self.client_id = str(self.config.get("client_id") or "")
        if not self.tenant_id or not self.client_id or not self.credentials.get("client_secret"):
            raise self.fail("Entra connection needs tenant_id, client_id and client_secret.", "misconfigured")

    # -- plumbing ---------------------------------------------------------------------------------
    def fail(
        self, message: str, code: str, *, permanent: bool = True, status: int | None = None
    ) -> ConnectorError:
        return ConnectorError(message, vendor=self.vendor, permanent=permanent, status=status, code=code)

    def token(self, scope: str = GRAPH_SCOPE) -> str:
        app = msal_app(
            tenant_id=self.tenant_id,
            client_id=self.client_id,
            secret=str(self.credentials["client_secret"]),
            authority_url=self.config.get("authority_url"),
            timeout=self.timeout,
        )
        try:
            result = app.acquire_token_for_client(scopes=[scope])
        except (requests.RequestException, ValueError) as exc:
            raise self.fail(
                f"Could not get a token from Entra: {type(exc).__name__}",
                "token_unavailable",
                permanent=False,
            ) from exc
        if "access_token" not in result:
            error = str(result.get("error") or "token_error")
            description = str(result.get("error_description") or error).split(" Trace ID:")[0]
            raise self.fail(
                description,
                error,
                permanent=error in PERMANENT_TOKEN_ERRORS,
                status=401 if error == "invalid_client" else None,
            )
        return str(result["access_token"])

    def call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, Any] | None = None,
        json: Any = None,
        url: str | None = None,
        ok: tuple[int, ...] = (),
    ) -> requests.Response:
        return http.send(
            method,
            url or f"{self.base_url}{path}",
            vendor=self.vendor,
            headers={"Authorization": f"Bearer {self.token()}", "Accept": "application/json"},
            params=params,
            json=json,
            timeout=self.timeout,
            ok_statuses=ok,
            sleep=self.sleep,
        )

    def get_json(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.call("GET", path, params=params).json()

    def pages(self, path: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Every item of a collection, following @odata.nextLink only while it stays on Graph's host."""
        data = self.get_json(path, params)
        own_host = urlsplit(self.base_url).netloc
        while True:
            yield from data.get("value", [])
            next_link = data.get("@odata.nextLink")
            if not next_link:
                return
            if urlsplit(next_link).netloc != own_host:
                raise self.fail("Graph paging link points to another host.", "foreign_next_link")
            data = self.call("GET", "", url=next_link).json()

    @staticmethod
    def key(identifier: str) -> str:
        """A user id or UPN as a path segment ('#' of guest UPNs encoded; '$'-UPNs in the quoted form)."""
        if identifier.startswith("$"):
            return "('" + quote(identifier.replace("'", "''"), safe="@$") + "')"
        return quote(identifier, safe="@")

    def ref(self, user: DirectoryUser | str) -> str:
        return self.key(user.id if isinstance(user, DirectoryUser) else user)

    def object_id(self, user: DirectoryUser | str) -> str:
        if isinstance(user, DirectoryUser):
            return user.id
        return str(self.get_json(f"/users/{self.key(user)}", {"$select": "id"})["id"])

    @staticmethod
    def odata_literal(value: str) -> str:
        return "'" + value.replace("'", "''") + "'"

    # -- reads ------------------------------------------------------------------------------------
    def get_user(self, identifier: str) -> DirectoryUser | None:
        data = self._find_user(identifier)
        if data is None:
            return None
        uid = data["id"]
        manager = self._optional(f"/users/{uid}/manager", {"$select": "id,userPrincipalName"})
        memberships = list(self.pages(f"/users/{uid}/transitiveMemberOf"))
        roles = tuple(
            m["displayName"] for m in memberships if m.get("@odata.type") == "#microsoft.graph.directoryRole"
        )
        groups = [m["displayName"] for m in memberships if m.get("@odata.type") == "#microsoft.graph.group"]
        risk = self._risk(uid)
        risky = risk.get("riskState") in ("atRisk", "confirmedCompromised")
        methods = tuple(
            self._method_name(m["@odata.type"])
            for m in self.get_json(f"/users/{uid}/authentication/methods").get("value", [])
            if m.get("@odata.type") != PASSWORD_METHOD_TYPE
        )
        return DirectoryUser(
            id=uid,
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

    def _find_user(self, identifier: str) -> dict[str, Any] | None:
        found = self._optional(f"/users/{self.key(identifier)}", {"$select": USER_SELECT})
        if found is None and "@" in identifier:
            # The address people type is the mail, which may differ from the UPN.
            matches = self.get_json(
                "/users", {"$filter": f"mail eq {self.odata_literal(identifier)}", "$select": USER_SELECT}
            ).get("value", [])
            found = matches[0] if len(matches) == 1 else None
        return found

    def _optional(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any] | None:
        try:
            return self.get_json(path, params)
        except ConnectorError as exc:
            if exc.status == 404:
                return None
            raise

    def _risk(self, uid: str) -> dict[str, Any]:
        try:
            return self._optional(f"/identityProtection/riskyUsers/{uid}") or {}
        except ConnectorError as exc:
            if exc.status == 403:  # no Entra ID P2 or no IdentityRiskyUser permission: risk unknown
                return {}
            raise

    @staticmethod
    def _method_name(odata_type: str) -> str:
        return odata_type.rsplit(".", 1)[-1].removesuffix("AuthenticationMethod")

    def password_was_reset_since(self, user: DirectoryUser, since_iso: str) -> bool | None:
        data = self._optional(f"/users/{self.ref(user)}", {"$select": "id,lastPasswordChangeDateTime"})
        changed = (data or {}).get("lastPasswordChangeDateTime")
        if not changed:
            return None
        return dt.datetime.fromisoformat(changed) >= dt.datetime.fromisoformat(since_iso)

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
        for method in self.get_json(f"/users/{ref}/authentication/methods").get("value", []):
            odata_type = str(method.get("@odata.type", ""))
            if odata_type in (PASSWORD_METHOD_TYPE, TAP_METHOD_TYPE):
                continue
            collection = METHOD_COLLECTIONS.get(odata_type.rsplit(".", 1)[-1])
            if collection is None:
                log.warning("entra: cannot remove authentication method of type %s", odata_type)
                continue
            self.call("DELETE", f"/users/{ref}/authentication/{collection}/{quote(str(method['id']))}")
        return str(created["temporaryAccessPass"])

    def _group_id(self, group_name: str) -> str:
        found = self.get_json(
            "/groups",
            {"$filter": f"displayName eq {self.odata_literal(group_name)}", "$select": "id,displayName"},
        ).get("value", [])
        if len(found) != 1:
            problem = "No group is" if not found else "More than one group is"
            raise self.fail(
                f"{problem} named '{group_name}'.", "group_not_found", status=404 if not found else 409
            )
        return str(found[0]["id"])

    def add_to_group(self, user: DirectoryUser, group_name: str) -> bool:
        """Add the user; False (and success) when they were already a member."""
        self.ensure_allowed("add_to_group")
        gid, uid = self._group_id(group_name), self.object_id(user)
        try:
            self.call(
                "POST",
                f"/groups/{gid}/members/$ref",
                json={"@odata.id": f"{self.base_url}/directoryObjects/{uid}"},
            )
        except ConnectorError as exc:
            if exc.status == 400 and "already exist" in exc.message:
                return False
            raise
        return True

    def remove_from_group(self, user: DirectoryUser, group_name: str) -> bool:
        """Remove the user; False (and success) when they were not a member."""
        self.ensure_allowed("remove_from_group")
        gid, uid = self._group_id(group_name), self.object_id(user)
        try:
            self.call("DELETE", f"/groups/{gid}/members/{uid}/$ref")
        except ConnectorError as exc:
            if exc.status == 404:  # the group exists (looked up above), so the member reference does not
                return False
            raise
        return True

    def _sku(self, sku_part_number: str) -> dict[str, Any]:
        for sku in self.pages("/subscribedSkus"):
            if str(sku.get("skuPartNumber", "")).lower() == sku_part_number.lower():
                return sku
        raise self.fail(
            f"The tenant has no subscription for '{sku_part_number}'.", "sku_not_found", status=404
        )

    def _licenses(self, user: DirectoryUser | str) -> tuple[str, dict[str, Any]]:
        data = self.get_json(f"/users/{self.ref(user)}", {"$select": "id,usageLocation,assignedLicenses"})
        return str(data["id"]), data

    def assign_license(self, user: DirectoryUser, sku_part_number: str) -> bool:
        """Assign a licence by its part number; False when the user already has it."""
        self.ensure_allowed("assign_license")
        sku = self._sku(sku_part_number)
        uid, data = self._licenses(user)
        if any(a.get("skuId") == sku["skuId"] for a in data.get("assignedLicenses") or []):
            return False
        free = int((sku.get("prepaidUnits") or {}).get("enabled", 0)) - int(sku.get("consumedUnits", 0))
        if free <= 0:
            raise self.fail(f"No free '{sku_part_number}' licences left.", "no_free_licenses", status=400)
        if not data.get("usageLocation"):
            location = self.config.get("default_usage_location")
            if not location:
                raise self.fail(
                    "The user has no usage location, which licensing requires.",
                    "no_usage_location",
                    status=400,
                )
            self.call("PATCH", f"/users/{uid}", json={"usageLocation": location})
        self.call(
            "POST",
            f"/users/{uid}/assignLicense",
            json={"addLicenses": [{"disabledPlans": [], "skuId": sku["skuId"]}], "removeLicenses": []},
        )
        return True

    def remove_license(self, user: DirectoryUser, sku_part_number: str) -> bool:
        """Remove a licence; False when the user did not have it."""
        self.ensure_allowed("remove_license")
        sku = self._sku(sku_part_number)
        uid, data = self._licenses(user)
        if not any(a.get("skuId") == sku["skuId"] for a in data.get("assignedLicenses") or []):
            return False
        self.call(
            "POST", f"/users/{uid}/assignLicense", json={"addLicenses": [], "removeLicenses": [sku["skuId"]]}
        )
        return True

    def create_user(
        self,
        *,
        upn: str,
        display_name: str,
        temporary_password: str,
        usage_location: str | None = None,
        job_title: str | None = None,
        department: str | None = None,
        manager_upn: str | None = None,
    ) -> DirectoryUser:
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
        assert user is not None
        return user

    def disable_user(self, user: DirectoryUser) -> None:
        self.ensure_allowed("disable_user")
        self.call("PATCH", f"/users/{self.ref(user)}", json={"accountEnabled": False})

    # -- mailboxes (Exchange Online) --------------------------------------------------------------
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

    def mailbox_permissions(self, mailbox: str, *, rights: str = "FullAccess") -> list[str]:
        """Who holds `rights` on the mailbox (a read, for reconciling)."""
        cmdlet, who = (
            ("Get-MailboxPermission", "User")
            if rights == "FullAccess"
            else ("Get-RecipientPermission", "Trustee")
        )
        return [str(row.get(who)) for row in self.exchange().invoke(cmdlet, {"Identity": mailbox})]
