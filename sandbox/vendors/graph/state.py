"""One Entra tenant's directory, seeded from the directory file, in Graph's own vocabulary.

Users, groups, directory roles, subscribed SKUs, authentication methods and risk states. Passwords
and Temporary Access Passes are kept only as a sha256 and a time: `/_control/state` must never show
a one-time secret.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sandbox.vendors.graph import ids

PASSWORD_METHOD_ID = "28c10230-6103-485e-b985-444c60001490"
PHONE_MOBILE_ID = "3179e48a-750b-4051-897c-87b9720928f7"

# Real role template ids for the roles the demo world uses; others get a derived id.
ROLE_TEMPLATES = {
    "Global Administrator": "62e90394-69f5-4237-9190-012177145e10",
    "User Administrator": "fe930be7-5e62-47db-91af-98c3a49a38b1",
    "Helpdesk Administrator": "729827e3-9c14-49f7-bb1b-9608f156bbb8",
    "Exchange Administrator": "29232cdf-9323-42fd-ade2-1d097af3e4de",
    "Privileged Authentication Administrator": "7be44c8a-adaf-4e2a-84d6-ab2649e08a13",
}

# The world file's "mfa" names -> (Graph collection under /authentication, @odata.type suffix)
METHOD_KINDS = {
    "microsoftAuthenticator": ("microsoftAuthenticatorMethods", "microsoftAuthenticatorAuthenticationMethod"),
    "phone": ("phoneMethods", "phoneAuthenticationMethod"),
    "fido2": ("fido2Methods", "fido2AuthenticationMethod"),
    "softwareOath": ("softwareOathMethods", "softwareOathAuthenticationMethod"),
    "email": ("emailMethods", "emailAuthenticationMethod"),
    "temporaryAccessPass": ("temporaryAccessPassMethods", "temporaryAccessPassAuthenticationMethod"),
}
COLLECTION_KIND = {collection: kind for kind, (collection, _) in METHOD_KINDS.items()}


def proxy_addresses(primary: str | None, aliases: Any) -> list[str]:
    """Exchange's form: the primary address prefixed SMTP:, each alias smtp:."""
    return ([f"SMTP:{primary}"] if primary else []) + [f"smtp:{a}" for a in aliases or []]


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


SEED_TIME = "2025-01-06T09:00:00Z"


@dataclass
class EntraTenant:
    slug: str
    name: str
    tenant_id: str
    domains: list[str]
    users: dict[str, dict[str, Any]] = field(default_factory=dict)
    groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    roles: dict[str, dict[str, Any]] = field(default_factory=dict)
    skus: dict[str, dict[str, Any]] = field(default_factory=dict)
    risky: dict[str, dict[str, Any]] = field(default_factory=dict)

    # -- seeding ----------------------------------------------------------------------------------
    @classmethod
    def from_directory(cls, tenant: dict[str, Any]) -> EntraTenant:
        slug = tenant["slug"]
        state = cls(slug, tenant.get("name", slug), ids.tenant_id(slug), list(tenant.get("domains", [])))
        for lic in tenant.get("licenses", []):
            sid = ids.sku_id(slug, lic["sku"])
            state.skus[sid] = {"skuId": sid, "skuPartNumber": lic["sku"], "total": int(lic.get("total", 0))}
        for group in tenant.get("groups", []):
            state.add_group(group)
        for person in tenant.get("users", []):
            state.add_seed_user(person)
        # Managers are UPNs in the file; resolve them once every user exists.
        by_upn = {u["userPrincipalName"].lower(): u for u in state.users.values()}
        for person in tenant.get("users", []):
            manager = person.get("manager")
            if manager and manager.lower() in by_upn:
                by_upn[person["upn"].lower()]["managerId"] = by_upn[manager.lower()]["id"]
        return state

    def add_group(self, group: dict[str, Any]) -> None:
        gid = ids.group_id(self.slug, group["name"])
        # security | distribution | mail_security (a mail-enabled security group) | microsoft365: Graph tells
        # them apart only by these three properties, and Exchange masters the two mail-enabled non-365 kinds.
        kind = group.get("kind", "security")
        self.groups[gid] = {
            "id": gid,
            "displayName": group["name"],
            "description": group.get("description"),
            "mail": group.get("mail"),
            "mailEnabled": kind in ("distribution", "mail_security", "microsoft365"),
            "securityEnabled": kind in ("security", "mail_security"),
            "groupTypes": ["Unified"] if kind == "microsoft365" else [],
            "isAssignableToRole": bool(group.get("role_assignable")),
            "createdDateTime": SEED_TIME,
            # Exchange's addresses of a mail-enabled group: the primary (SMTP:) and its aliases (smtp:).
            "proxyAddresses": proxy_addresses(group.get("mail"), group.get("aliases", [])),
            "members": [],
        }

    def add_alias(self, upn: str, alias: str) -> None:
        """Give a user another address (an Exchange alias): Graph then finds them by proxyAddresses."""
        user = self.find_user(upn)
        assert user is not None, upn
        user["proxyAddresses"].append(f"smtp:{alias}")

    def add_seed_user(self, person: dict[str, Any]) -> dict[str, Any]:
        upn = person["upn"]
        state = person.get("state") or {}
        user = self.new_user(
            upn=upn,
            display_name=person.get("display_name") or upn,
            enabled=state.get("enabled", True),
            usage_location="US",
            extra={
                "jobTitle": person.get("job_title"),
                "department": person.get("department"),
                "mobilePhone": person.get("mobile"),
            },
        )
        user["proxyAddresses"] += [f"smtp:{alias}" for alias in person.get("aliases", [])]
        user["assignedLicenses"] = [
            {"disabledPlans": [], "skuId": ids.sku_id(self.slug, sku)}
            for sku in person.get("licenses", [])
            if ids.sku_id(self.slug, sku) in self.skus
        ]
        user["methods"] = [
            self.seed_method(kind, person) for kind in person.get("mfa", []) if kind in METHOD_KINDS
        ]
        for name in person.get("groups", []):
            gid = ids.group_id(self.slug, name)
            if gid in self.groups:
                self.groups[gid]["members"].append(user["id"])
        for role in person.get("roles", []):
            self.role(role)["members"].append(user["id"])
        if state.get("locked"):
            # Entra has no lockout API; a risk-based sign-in block is the closest thing.
            self.risky[user["id"]] = {
                "riskLevel": "high",
                "riskState": "atRisk",
                "riskDetail": "none",
                "riskLastUpdatedDateTime": SEED_TIME,
            }
        return user

    def new_user(
        self, *, upn: str, display_name: str, enabled: bool, usage_location: str | None, extra: dict[str, Any]
    ) -> dict[str, Any]:
        uid = ids.user_id(upn)
        given, _, surname = display_name.partition(" ")
        user = {
            "id": uid,
            "userPrincipalName": upn,
            "displayName": display_name,
            "givenName": given or None,
            "surname": surname or None,
            "mail": upn,
            "mailNickname": upn.split("@")[0],
            "proxyAddresses": proxy_addresses(upn, ()),
            "jobTitle": None,
            "department": None,
            "mobilePhone": None,
            "businessPhones": [],
            "officeLocation": None,
            "preferredLanguage": "en-US",
            "accountEnabled": enabled,
            "usageLocation": usage_location,
            "createdDateTime": SEED_TIME,
            "lastPasswordChangeDateTime": SEED_TIME,
            "signInSessionsValidFromDateTime": SEED_TIME,
            "assignedLicenses": [],
            "managerId": None,
            "methods": [],
            "password": None,  # {"sha256", "setAt", "forceChangePasswordNextSignIn"}; never the clear text
        }
        user.update({k: v for k, v in extra.items() if v is not None})
        self.users[uid] = user
        return user

    def seed_method(self, kind: str, person: dict[str, Any]) -> dict[str, Any]:
        _, odata = METHOD_KINDS[kind]
        method: dict[str, Any] = {
            "@odata.type": f"#microsoft.graph.{odata}",
            "id": ids.sandbox_uuid("method", person["upn"].lower(), kind),
            "createdDateTime": SEED_TIME,
        }
        if kind == "phone":
            method.update(
                id=PHONE_MOBILE_ID,
                phoneNumber=person.get("mobile"),
                phoneType="mobile",
                smsSignInState="notAllowedByPolicy",
            )
        elif kind == "microsoftAuthenticator":
            method.update(
                displayName=f"{person.get('display_name', '')}'s phone",
                deviceTag="SoftwareTokenActivated",
                phoneAppVersion="6.2401.0119",
            )
        elif kind == "fido2":
            method.update(displayName="Security key", model="YubiKey 5 NFC", attestationLevel="attested")
        return method

    def role(self, name: str) -> dict[str, Any]:
        rid = ids.role_id(self.slug, name)
        if rid not in self.roles:
            self.roles[rid] = {
                "id": rid,
                "displayName": name,
                "description": None,
                "roleTemplateId": ROLE_TEMPLATES.get(name, ids.sandbox_uuid("role-template", name)),
                "members": [],
            }
        return self.roles[rid]

    # -- lookups ----------------------------------------------------------------------------------
    def find_user(self, key: str) -> dict[str, Any] | None:
        if key in self.users:
            return self.users[key]
        low = key.lower()
        return next((u for u in self.users.values() if u["userPrincipalName"].lower() == low), None)

    def consumed(self, sku: str) -> int:
        return sum(1 for u in self.users.values() for a in u["assignedLicenses"] if a["skuId"] == sku)

    def roles_of(self, uid: str) -> list[dict[str, Any]]:
        return [r for r in self.roles.values() if uid in r["members"]]

    def groups_of(self, uid: str) -> list[dict[str, Any]]:
        return [g for g in self.groups.values() if uid in g["members"]]

    def dump(self) -> dict[str, Any]:
        upn = {uid: u["userPrincipalName"] for uid, u in self.users.items()}
        return {
            "tenant_id": self.tenant_id,
            "users": {
                u["userPrincipalName"]: {
                    **{k: v for k, v in u.items() if k not in ("methods", "managerId")},
                    "manager": upn.get(u["managerId"] or ""),
                    "methods": [
                        {k: v for k, v in m.items() if k != "temporaryAccessPass"} for m in u["methods"]
                    ],
                }
                for u in self.users.values()
            },
            "groups": {g["displayName"]: sorted(upn[m] for m in g["members"]) for g in self.groups.values()},
            "roles": {r["displayName"]: sorted(upn[m] for m in r["members"]) for r in self.roles.values()},
            "skus": {
                s["skuPartNumber"]: {"skuId": sid, "total": s["total"], "consumed": self.consumed(sid)}
                for sid, s in self.skus.items()
            },
            "risky": {upn[uid]: r for uid, r in self.risky.items()},
        }
