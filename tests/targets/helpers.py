"""Helpers for the named-target tests: extra people in the sandbox directory, connectors, tickets."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model

from approvals.models import AutonomyPolicy
from approvals.services import approve_action
from playbooks.models import Action
from rallied.connectors import build_connector
from sandbox.vendors.okta import okta_id
from tenants.models import Tenant
from tests.helpers import committed, post_ticket, second_factor, ticket_payload, token_client
from tests.sandbox.vendor_helpers import connection
from tickets.models import Ticket

IDP_OF = {"contoso": "entra", "northwind": "okta", "fabrikam": "google"}
PREFIX_OF = {"entra": "graph", "okta": "okta", "google": "google"}


def add_person(sandbox: Any, slug: str, display_name: str, email: str, *, enabled: bool = True) -> None:
    """Put one more user into the sandbox directory of `slug` (whatever its identity provider)."""
    vendor = IDP_OF[slug]
    if vendor == "entra":
        tenant = sandbox.sandbox.vendor("graph").tenant_by_slug(slug)
        tenant.new_user(upn=email, display_name=display_name, enabled=enabled, usage_location="US", extra={})
    elif vendor == "okta":
        okta = sandbox.sandbox.vendor("okta")
        org, uid = okta.orgs[slug], okta_id("00u", slug, email)
        first, _, last = display_name.partition(" ")
        profile = {"firstName": first, "lastName": last or first, "displayName": display_name, "email": email,
                   "login": email}
        org["users"][uid] = okta._new_user(uid, profile, status="ACTIVE" if enabled else "SUSPENDED")
        org["factors"][uid], org["roles"][uid] = [], []
    else:
        google = sandbox.sandbox.vendor("google")
        user = google._new_user(slug, email, display_name)
        user["suspended"] = not enabled


def idp(sandbox: Any, slug: str) -> Any:
    """The tenant's identity connector, built from the sandbox's own connection settings (reads only)."""
    vendor = IDP_OF[slug]
    conn = connection(sandbox.url, slug, vendor)
    return build_connector(vendor, base_url=conn["base_url"], config=conn["config"],
                           credentials=conn["credentials"], timeout=5.0)


def searches(sandbox: Any, vendor: str) -> list[dict[str, Any]]:
    """The user-list requests the connector sent (the name searches)."""
    prefix = PREFIX_OF[vendor]
    return [r for r in sandbox.sandbox.requests(prefix)
            if r["method"] == "GET" and r["path"].rstrip("/").endswith(("/users", "/api/v1/users"))]


def let_group_adds_run(slug: str) -> None:
    """The tenant is live and lets group additions run without a technician where the floor allows.

    The floor still asks a technician the first time Rallied adds a given person to any group
    (a risk signal), so the tests approve those with `approve_as_technician`.
    """
    tenant = Tenant.objects.get(slug=slug)
    tenant.mode = "live"
    tenant.save(update_fields=["mode"])
    AutonomyPolicy.objects.update_or_create(tenant=tenant, kind="add_to_group", defaults={"mode": "autonomous"})


def approve_as_technician(action: Action) -> Action:
    """tech2 (a technician of every demo tenant) approves the action, having entered their second-factor code (a
    password, MFA or mailbox change needs it); it runs on commit (committed()). Where the out-of-band proof is still
    pending (a tenant that verifies through managers), tech2 says they called the person back on the directory's
    number (approvals/identity.py); elsewhere that choice is not asked and not kept."""
    tech2 = get_user_model().objects.get(username="tech2")
    with committed():
        approve_action(actor=tech2, action_id=action.pk, comment="checked", identity_check="callback",
                       second_factor=second_factor(tech2))
    action.refresh_from_db()
    return action


def submit(tenant_key: Any, slug: str, external_id: str, requester: str, body: str, *,
           subject: str = "Group access", name: str = "") -> Ticket:
    client = token_client(tenant_key(slug))
    with committed():
        response = post_ticket(client, ticket_payload(external_id, requester, subject=subject, body=body, name=name))
    assert response.status_code == 201, response.content
    return Ticket.objects.get(pk=response.json()["id"])
