"""Onboarding end to end on the sandbox, judged from each vendor's own state: the account under the tenant's naming
convention, its manager, licence, groups and shared mailbox, in order, and the first-day password's one-time link
e-mailed to the manager (never the password itself, never to the requester)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail

from playbooks.choices import ActionStatus
from tenants.models import Connection, Tenant
from tests.helpers import graph_user
from tests.targets.helpers import approve_as_technician
from tests.trust.helpers import loosest_policies, submit
from tickets.models import Ticket
from tickets.secrets import held_for_handover

pytestmark = pytest.mark.django_db

REQUESTER = {"contoso": "megan.bowen@contoso.example", "northwind": "nancy.davolio@northwind.example",
             "fabrikam": "kim.abercrombie@fabrikam.example"}


def live(slug: str) -> None:
    Tenant.objects.filter(slug=slug).update(mode=Tenant.Mode.LIVE)
    loosest_policies(slug)


def approve_all(ticket: Ticket) -> Ticket:
    for _ in range(8):
        waiting = list(ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL).order_by("pk"))
        if not waiting:
            break
        for action in waiting:
            approve_as_technician(action)
    ticket.refresh_from_db()
    return ticket


def account(sandbox: Any, slug: str, address: str) -> dict[str, Any] | None:
    """The account as the tenant's identity provider holds it: display name, manager and groups, or None."""
    state = sandbox.sandbox.state()
    if slug == "contoso":
        user = state["graph"]["contoso"]["users"].get(address)
        if user is None:
            return None
        groups = {name for name, members in state["graph"]["contoso"]["groups"].items() if address in members}
        return {"name": user["displayName"], "manager": user.get("manager"), "groups": groups,
                "skus": {lic["skuId"] for lic in user.get("assignedLicenses") or []}, "title": user.get("jobTitle")}
    if slug == "northwind":
        user = state["okta"]["northwind"]["users"].get(address)
        if user is None:
            return None
        manager_id = user["profile"].get("managerId")
        manager = next((login for login, u in state["okta"]["northwind"]["users"].items() if u["id"] == manager_id),
                       None)
        return {"name": f"{user['profile']['firstName']} {user['profile']['lastName']}", "manager": manager,
                "groups": set(user["groups"]), "title": user["profile"].get("title")}
    user = state["google"]["users"].get(address)
    if user is None:
        return None
    manager = next((r["value"] for r in user.get("relations") or [] if r.get("type") == "manager"), None)
    groups = {email for email, g in state["google"]["groups"].items() if address in g["members"]}
    title = next((o.get("title") for o in user.get("organizations") or []), None)
    return {"name": user["name"]["fullName"], "manager": manager, "groups": groups, "title": title}


CASES = [
    ("contoso", "Jordan Miles", "jordan.miles@contoso.example", "lynne.robbins@contoso.example",
     "Hi,\nnew starter: Jordan Miles starts on 2026-11-30 as a Billing Specialist in the Finance team.\n"
     "Manager: Lynne Robbins\nGroups: Finance-Readers, Project Phoenix\nShared mailbox: billing@contoso.example\n"
     "Please give him a Microsoft 365 E3 licence.\n\nThanks\nMegan",
     {"Finance-Readers", "Project Phoenix"}),
    ("northwind", "Margaret Peacock", "margaret.peacock@northwind.example", "andrew.fuller@northwind.example",
     "Hello,\nnew starter: Margaret Peacock starts on 2026-11-30 as a Paralegal.\nManager: Andrew Fuller\n"
     "Groups: Paralegals, VPN Users\n\nThanks\nNancy",
     {"Paralegals", "VPN Users"}),
    ("fabrikam", "Oliver Grant", "oliver.grant@fabrikam.example", "tom.higgins@fabrikam.example",
     "Hi,\nnew starter: Oliver Grant starts on 2026-11-30 as an Estimator.\nManager: Tom Higgins\n"
     "Groups: estimating@fabrikam.example\n\nThanks\nKim",
     {"estimating@fabrikam.example"}),
]


@pytest.mark.parametrize(("slug", "name", "address", "manager", "body", "groups"), CASES,
                         ids=[c[0] for c in CASES])
def test_an_onboarding_ends_with_the_account_set_up_and_the_manager_holding_the_first_password(
        world: Any, sandbox: Any, slug: str, name: str, address: str, manager: str, body: str,
        groups: set[str]) -> None:
    live(slug)
    assert account(sandbox, slug, address) is None
    mail.outbox.clear()
    ticket = approve_all(submit(slug, REQUESTER[slug], f"New starter: {name}", body))

    made = account(sandbox, slug, address)
    assert made is not None, [(a.kind, a.status, a.error) for a in ticket.actions.all()]
    assert made["name"] == name
    assert made["manager"] == manager
    assert groups <= made["groups"]
    assert made["title"]
    if slug == "contoso":
        e3 = sandbox.sandbox.state()["graph"]["contoso"]["skus"]["SPE_E3"]["skuId"]
        assert e3 in made["skus"]
        billing = sandbox.sandbox.state()["exchange"]["contoso"]["billing@contoso.example"]
        assert address in billing["full_access"]
    # The first-day password: its one-time link to the manager, alone; the requester's mail and the PSA never hold it.
    to_manager = [m for m in mail.outbox if m.to == [manager]]
    assert len(to_manager) == 1, [(m.to, m.subject) for m in mail.outbox]
    assert "/s/" in to_manager[0].body or "http" in to_manager[0].body
    secret = ticket.actions.get(kind="create_user").secrets.get()
    assert secret.link_encrypted == "" and held_for_handover(secret) is None  # sent, and kept to show nobody else
    assert not any(REQUESTER[slug] in m.to for m in mail.outbox if "password" in m.subject.lower())


def test_the_steps_run_in_order_the_account_first(world: Any, sandbox: Any) -> None:
    live("contoso")
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], "New starter: Jordan Miles", CASES[0][4]))
    steps = list(ticket.actions.order_by("executed_at").values_list("kind", flat=True))
    assert steps[:3] == ["create_user", "set_manager", "assign_license"]
    assert set(steps[3:-1]) == {"add_to_group", "grant_mailbox_access"}
    assert steps[-1] == "tag_device"  # the device last, once the account it is tagged for exists
    assert ticket.actions.filter(status=ActionStatus.SUCCEEDED).count() == len(steps)
    assert ticket.status == "resolved"


def test_a_taken_address_gives_the_next_one_under_the_convention(world: Any, sandbox: Any) -> None:
    live("contoso")
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], "New starter: Alex James Wilber",
                                "New starter: Alex James Wilber starts on 2026-11-30.\nManager: Megan Bowen"))
    assert graph_user(sandbox, "alex.wilber@contoso.example")["displayName"] == "Alex Wilber"  # untouched
    made = account(sandbox, "contoso", "alex.j.wilber@contoso.example")
    assert made is not None and made["name"] == "Alex James Wilber"
    assert ticket.entities["new_hire_address"] == "alex.j.wilber@contoso.example"


def test_the_tenants_own_naming_pattern_is_used(world: Any, sandbox: Any) -> None:
    live("northwind")
    connection = Connection.objects.get(tenant__slug="northwind", vendor="okta")
    connection.config = {**connection.config, "naming_patterns": ["{f}{last}"]}
    connection.save(update_fields=["config"])
    approve_all(submit("northwind", REQUESTER["northwind"], "New starter: Margaret Peacock",
                       "New starter: Margaret Peacock starts on 2026-11-30.\nManager: Andrew Fuller"))
    assert account(sandbox, "northwind", "mpeacock@northwind.example") is not None
    assert account(sandbox, "northwind", "margaret.peacock@northwind.example") is None


def test_someone_of_the_same_name_in_the_directory_stops_the_onboarding(world: Any, sandbox: Any) -> None:
    live("contoso")
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], "New starter: Alex Wilber",
                                "New starter: Alex Wilber starts on 2026-11-30.\nManager: Megan Bowen"))
    assert account(sandbox, "contoso", "alex.wilber2@contoso.example") is None
    assert not ticket.actions.filter(kind="create_user").exists()
    assert ticket.status == "escalated"


def test_an_unresolved_manager_is_a_technicians_step_and_the_password_stays_with_the_technicians(
        world: Any, sandbox: Any) -> None:
    live("contoso")
    mail.outbox.clear()
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], "New starter: Jordan Miles",
                                "New starter: Jordan Miles starts on 2026-11-30.\nManager: Quentin Blake"))
    made = account(sandbox, "contoso", "jordan.miles@contoso.example")
    assert made is not None and made["manager"] is None
    assert ticket.status == "escalated"
    assert not [m for m in mail.outbox if "Temporary password" in m.subject]
    secret = ticket.actions.get(kind="create_user").secrets.get()
    assert held_for_handover(secret) == "jordan.miles@contoso.example"  # a technician hands it over


def test_an_admin_group_asked_for_by_name_stops_the_whole_onboarding(world: Any, sandbox: Any) -> None:
    live("contoso")
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], "New starter: Jordan Miles",
                                "New starter: Jordan Miles starts on 2026-11-30.\nManager: Lynne Robbins\n"
                                "Groups: Privileged Admins"))
    assert account(sandbox, "contoso", "jordan.miles@contoso.example") is None
    assert ticket.status == "escalated"


def test_a_protected_group_waits_for_a_technician(world: Any, sandbox: Any) -> None:
    live("northwind")
    ticket = submit("northwind", REQUESTER["northwind"], "New starter: Margaret Peacock",
                    "New starter: Margaret Peacock starts on 2026-11-30.\nManager: Andrew Fuller\nGroups: Partners")
    partners = ticket.actions.get(kind="add_to_group")
    assert partners.status == ActionStatus.AWAITING_APPROVAL
    assert any("Partners" in reason for reason in partners.reasons)
    approve_all(ticket)
    assert "Partners" in account(sandbox, "northwind", "margaret.peacock@northwind.example")["groups"]


def test_no_step_runs_once_the_account_could_not_be_created(world: Any, sandbox: Any) -> None:
    live("contoso")
    # The create is refused (a 400 is permanent): there is no account for the other steps to act on.
    sandbox.sandbox.add_fault(vendor="graph", method="POST", path=r".*/users$", statuses=[400])
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], "New starter: Jordan Miles", CASES[0][4]))
    assert account(sandbox, "contoso", "jordan.miles@contoso.example") is None
    assert ticket.actions.get(kind="create_user").status == ActionStatus.FAILED
    others = ticket.actions.exclude(kind="create_user")
    assert others.exists() and not others.exclude(status=ActionStatus.REJECTED).exists()
    groups = sandbox.sandbox.state()["graph"]["contoso"]["groups"]
    assert "jordan.miles@contoso.example" not in groups["Finance-Readers"]


def test_same_access_as_a_colleague_copies_their_groups_and_licence_but_never_a_privileged_group(
        world: Any, sandbox: Any) -> None:
    live("contoso")
    graph = sandbox.sandbox.vendor("graph").tenant_by_slug("contoso")
    diego = next(uid for uid, u in graph.users.items() if u["userPrincipalName"] == "diego.siciliani@contoso.example")
    admins = next(g for g in graph.groups.values() if g["displayName"] == "Privileged Admins")
    admins["members"].append(diego)  # Diego holds an admin group: the copy must stop short of it
    ticket = approve_all(submit("contoso", REQUESTER["contoso"], "New starter: Jordan Miles",
                                "New starter: Jordan Miles starts on 2026-11-30.\nManager: Lynne Robbins\n"
                                "Same access as Diego Siciliani please."))
    made = account(sandbox, "contoso", "jordan.miles@contoso.example")
    assert made is not None
    assert {"All Staff", "Finance Approvers"} <= made["groups"]
    assert "Privileged Admins" not in made["groups"]
    basic = sandbox.sandbox.state()["graph"]["contoso"]["skus"]["O365_BUSINESS_ESSENTIALS"]["skuId"]
    assert made["skus"] == {basic}
    blocked = ticket.actions.get(kind="add_to_group", params__group="Privileged Admins")
    assert blocked.status == ActionStatus.BLOCKED
    assert made["manager"] == "lynne.robbins@contoso.example"  # the rest of the onboarding ran
