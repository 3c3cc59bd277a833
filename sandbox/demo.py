"""The demo world: MSP staff, tenants, sandbox connections, policies and playbooks from the world file.

The world file is settings.RALLIED_DIRECTORY_FILE (default sandbox/world.json). Idempotent: running it again
updates in place and never duplicates. Used by `seed_demo`, by `resolve --with-sandbox` and by the tests.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from approvals.channels.identities import link_chat_identity
from approvals.models import AutonomyPolicy
from approvals.policy import SHIPPED_DEFAULTS
from playbooks.models import Playbook, PlaybookStep
from rallied.connectors import connector_classes
from rallied.kinds import KINDS
from sandbox import sandbox_connections
from sandbox.vendors.slack import TEAM_ID, member_id
from tenants.models import Connection, ProtectedIdentity, ServiceAccount, Tenant
from tenants.services import grant_role, save_connection

ACTOR = "system:seed_demo"
DEMO_PASSWORD_ENV = "RALLIED_DEMO_PASSWORD"

# category -> ordered (kind, params template); the MSP defaults a service lead can override.
DEFAULT_PLAYBOOKS: dict[str, list[tuple[str, dict[str, str]]]] = {
    "password_reset": [("reset_password", {"target": "{target}"})],
    "account_unlock": [("unlock_account", {"target": "{target}"})],
    "mfa_reset": [("reset_mfa", {"target": "{target}"})],
    "mailbox_access": [("grant_mailbox_access", {"target": "{target}", "mailbox": "{mailbox}"})],
    "group_membership": [("add_to_group", {"target": "{target}", "group": "{group}"})],
    "license_change": [("assign_license", {"target": "{target}", "license": "{license}"})],
    "offboarding": [("disable_user", {"target": "{target}"}), ("revoke_sessions", {"target": "{target}"})],
    "session_revoke": [("revoke_sessions", {"target": "{target}"})],
    # In order (playbooks/onboarding.py, playbooks/sequence.py): the account, its manager (who then receives the
    # first-day credentials), the licence, each group, each shared mailbox. The mailbox step names its right here,
    # the service lead's choice for a new hire's team mailbox, since Rallied never picks one on its own.
    "onboarding": [("create_user", {"target": "{target}", "display_name": "{new_hire_name}"}),
                   ("set_manager", {"target": "{target}", "manager": "{manager}"}),
                   ("assign_license", {"target": "{target}", "license": "{license}"}),
                   ("add_to_group", {"target": "{target}", "group": "{group}"}),
                   ("grant_mailbox_access", {"target": "{target}", "mailbox": "{mailbox}", "rights": "FullAccess"})],
}


def demo_password() -> str:
    return os.environ.get(DEMO_PASSWORD_ENV) or "rallied-demo"


def load_directory(path: str | Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def seed_defaults() -> None:
    for kind in KINDS:
        AutonomyPolicy.objects.get_or_create(
            tenant=None, kind=kind, defaults={"mode": SHIPPED_DEFAULTS.get(kind, "approval")}
        )
    for category, steps in DEFAULT_PLAYBOOKS.items():
        playbook, created = Playbook.objects.get_or_create(
            tenant=None, category=category, defaults={"name": category.replace("_", " ").capitalize()}
        )
        if created:
            for order, (kind, template) in enumerate(steps, start=1):
                PlaybookStep.objects.create(playbook=playbook, order=order, kind=kind, params_template=template)


def seed_staff(directory: dict[str, Any]) -> list[tuple[str, str]]:
    user_model = get_user_model()
    logins = []
    for person in directory["msp"]["staff"]:
        user, _ = user_model.objects.get_or_create(username=person["username"])
        user.email = person["email"]
        user.is_staff = person["role"] in ("service_lead", "auditor")
        user.is_superuser = person["role"] == "service_lead"
        user.set_password(demo_password())
        user.save()
        demo_second_factor(user)
        logins.append((person["username"], person["role"]))
    return logins


DEMO_DEVICE = "Demo authenticator"


def demo_second_factor(user: Any) -> TOTPDevice:
    """A confirmed TOTP device for a demo staff member, so the demo's admin and sensitive approvals work without a
    phone: `manage.py demo_otp <username>` prints its current code. Only devices with this name are read there."""
    device, _ = TOTPDevice.objects.get_or_create(user=user, name=DEMO_DEVICE, defaults={"confirmed": True})
    return device


def _protected(tenant: Tenant, data: dict[str, Any]) -> None:
    for user in data.get("users", []):
        identity = user.get("upn") or user.get("email") or user.get("login")
        if user.get("protected"):
            _protect(tenant, "user", identity, user["protected"])
        elif user.get("vip"):
            _protect(tenant, "user", identity, "VIP")
    for group in data.get("groups", []):
        if group.get("protected") or group.get("role_assignable"):
            reason = "role-assignable group" if group.get("role_assignable") else "protected group"
            _protect(tenant, "group", group.get("email") or group["name"], reason)
    for mailbox in data.get("mailboxes", []):
        if mailbox.get("protected"):
            _protect(tenant, "mailbox", mailbox["address"], mailbox["protected"])


def _protect(tenant: Tenant, kind: str, identity: str, reason: str) -> None:
    ProtectedIdentity.objects.update_or_create(
        tenant=tenant, kind=kind, identity=identity.lower(), defaults={"reason": reason}
    )


def connect_tenant(tenant: Tenant, data: dict[str, Any], sandbox_url: str) -> list[Connection]:
    """Point the tenant's connections at the sandbox, with service accounts scoped to what each can do."""
    classes = connector_classes()
    connections = []
    for row in sandbox_connections(data, sandbox_url):
        connection = save_connection(actor=ACTOR, tenant=tenant, vendor=row["vendor"], base_url=row["base_url"],
                                     config=row.get("config", {}), credentials=row.get("credentials", {}))
        connections.append(connection)
        cls = classes.get(row["vendor"])
        # An RMM's account may do its device steps (tag, unassign, restore) and nothing else.
        if row["vendor"] in Connection.IDP_VENDORS | Connection.RMM_VENDORS and cls is not None:
            ServiceAccount.objects.update_or_create(
                tenant=tenant, connection=connection, name=f"rallied-{row['vendor']}",
                defaults={"allowed_kinds": sorted(cls.supports)},
            )
    return connections


def seed_tenant(data: dict[str, Any], sandbox_url: str) -> Tenant:
    tenant, created = Tenant.objects.get_or_create(slug=data["slug"], defaults={"name": data["name"]})
    tenant.name = data["name"]
    tenant.domains = data["domains"]
    tenant.psa_company_id = str(data.get("psa_company_id", ""))
    tenant.time_zone = data.get("time_zone", "UTC")
    tenant.business_hours = data.get("business_hours", {})
    tenant.verification = data.get("verification", "manager")
    tenant.authorized_requesters = data.get("authorized_requesters", [])
    tenant.directory_users = len(data.get("users", []))  # what the kill switch's burst is sized to
    if created:
        tenant.mode = data.get("mode", "plan")
    tenant.save()
    _protected(tenant, data)
    connect_tenant(tenant, data, sandbox_url)
    return tenant


def link_sandbox_identities(*, actor: Any, users: list[Any]) -> None:
    """The demo staff's Slack accounts in the sandbox workspace."""
    for user in users:
        link_chat_identity(actor=actor, user=user, external_id=member_id(user.get_username()), workspace=TEAM_ID)


def _grant_roles(directory: dict[str, Any], tenants: dict[str, Tenant]) -> None:
    user_model = get_user_model()
    for person in directory["msp"]["staff"]:
        user = user_model.objects.get(username=person["username"])
        for slug in person["tenants"]:
            grant_role(actor=ACTOR, user=user, tenant=tenants[slug], role=person["role"])
    # Their Slack accounts in the sandbox workspace, so the demo's approval buttons know who pressed them.
    staff = [p["username"] for p in directory["msp"]["staff"]]
    link_sandbox_identities(actor=ACTOR, users=list(user_model.objects.filter(username__in=staff)))


Track = Callable[[list[tuple[str, Callable[[], object]]], int], Iterable[tuple[str, Callable[[], object]]]]


def seed_demo(directory_path: str | Path, sandbox_url: str, *, track: Track | None = None) -> dict[str, Any]:
    """Seed everything in one transaction. `track(steps, total)` may wrap the steps (the command's progress bar)."""
    directory = load_directory(directory_path)
    tenants: dict[str, Tenant] = {}
    logins: list[tuple[str, str]] = []
    steps: list[tuple[str, Callable[[], object]]] = [
        ("policies and playbooks", seed_defaults),
        ("staff", lambda: logins.extend(seed_staff(directory))),
        *[(f"tenant {data['slug']}", lambda data=data: tenants.update({data["slug"]: seed_tenant(data, sandbox_url)}))
          for data in directory["tenants"]],
        ("roles", lambda: _grant_roles(directory, tenants)),
    ]
    with transaction.atomic():
        for _label, step in (track(steps, len(steps)) if track else steps):
            step()
    return {"tenants": sorted(tenants), "logins": logins, "password": demo_password()}
