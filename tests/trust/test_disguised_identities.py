"""A protected identity, privileged group or VIP is protected under every spelling that reaches it.

Display names, aliases (proxy addresses, Google aliases, Okta's e-mail), a trailing dot, a look-alike letter from
another script, a zero-width character: each is resolved to its directory object before the floor looks, so the
floor sees the protected object (or refuses the look-alike), with every tenant policy set to autonomous. The
ordinary user's alias resolves to that user, who is the one changed.
"""

from __future__ import annotations

import json

import pytest

from approvals.verification import resolve_action
from playbooks.models import Action
from tenants.models import Tenant
from tests.targets.helpers import approve_as_technician, idp
from tests.trust.helpers import identity_writes, loosest_policies, submit

MEGAN, NANCY, TOM = "megan.bowen@contoso.example", "nancy.davolio@northwind.example", "tom.higgins@fabrikam.example"
LYNNE, ALEX = "lynne.robbins@contoso.example", "alex.wilber@contoso.example"
ZWSP = "\u200b"
# "Executives" as an attacker would write it: a Cyrillic Е and е, a zero-width space, a trailing dot, full-width
# letters, another case, and a soft hyphen.
EXECUTIVES = ["\u0415x\u0435cutives", f"Exec{ZWSP}utives", "Executives.", "\uff25xecutives", "EXECUTIVES",
              "Exec\u00adutives"]
# Lynne Robbins' (protected, executive) mailbox, however it is named.
LYNNE_BOX = ["Lynne Robbins", f"{LYNNE}.", f"lynne.robbins{ZWSP}@contoso.example", "LYNNE.ROBBINS@CONTOSO.EXAMPLE",
             "ceo@contoso.example", "lynne.r\u03bfbbins@contoso.example"]


def live(slug: str) -> None:
    Tenant.objects.filter(slug=slug).update(mode="live")
    loosest_policies(slug)


def entra_state(sandbox) -> dict:
    return sandbox.sandbox.state()["graph"]["contoso"]


def make_ticket(slug: str, requester: str, body: str, subject: str = "Access") -> Action | None:
    ticket = submit(slug, requester, subject, body)
    return Action.objects.filter(ticket=ticket).first()


def action_for(slug: str, requester: str, kind: str, target: str, **params) -> Action:
    """A waiting action as a technician's edit or a plan would leave it, before it is decided."""
    from workflow.decisions import redecide

    # A ticket that plans nothing of its own (a printer is a technician's), to hang the action on.
    ticket = submit(slug, requester, "Printer", "The printer on the second floor jams every morning.")
    action = Action.objects.create(ticket=ticket, kind=kind, target=target, params={"target": target, **params},
                                   idempotency_key=f"test:{ticket.pk}:{kind}")  # one action per ticket; the key column is 128 long
    redecide(ticket=ticket, actions=[action], actor="system:test")
    action.refresh_from_db()
    return action


@pytest.mark.django_db
@pytest.mark.parametrize("group", EXECUTIVES)
def test_every_disguise_of_a_protected_group_is_never_autonomous_and_the_group_is_unchanged(
        trust_world, sandbox, group):
    live("contoso")
    before = entra_state(sandbox)["groups"]["Executives"]
    action = action_for("contoso", MEGAN, "add_to_group", ALEX, group=group)
    assert action.decision != "autonomous", action.reasons
    assert action.params["group"] in ("Executives", group)  # the directory's own name, or refused as it came
    assert entra_state(sandbox)["groups"]["Executives"] == before
    assert identity_writes(sandbox) == []


@pytest.mark.django_db
@pytest.mark.parametrize("group", ["\u0415x\u0435cutives", "Ex\u0435cutives", "Privileged Adm\u0456ns"])
def test_a_look_alike_of_a_protected_group_is_refused_with_the_reason(trust_world, sandbox, group):
    live("contoso")
    action = action_for("contoso", MEGAN, "add_to_group", ALEX, group=group)
    assert action.decision == "forbidden"
    # An admin group by its name is refused by the floor first; any other look-alike by the resolution.
    assert "looks like the protected group" in " ".join(action.reasons) or "never adds anyone to" in action.reasons[0]


@pytest.mark.django_db
def test_the_real_group_under_another_spelling_resolves_and_the_floor_sees_it(trust_world, sandbox):
    live("contoso")
    action = action_for("contoso", MEGAN, "add_to_group", ALEX, group=f"  executives{ZWSP}. ")
    assert action.params["group"] == "Executives"
    assert any("protected identity" in r for r in action.reasons), action.reasons
    assert action.decision == "approval"


@pytest.mark.django_db
def test_an_ordinary_group_under_another_spelling_is_added_by_its_directory_name(trust_world, sandbox):
    live("contoso")
    action = make_ticket("contoso", MEGAN, "Please add Alex Wilber to the finance-readers group.")
    assert action is not None and action.params["group"] == "Finance-Readers", action and action.reasons
    if action.status == "awaiting_approval":
        action = approve_as_technician(action)
    assert action.status == "succeeded", action.reasons
    assert entra_state(sandbox)["groups"]["Finance-Readers"] == [ALEX]


@pytest.mark.django_db
@pytest.mark.parametrize("mailbox", LYNNE_BOX)
def test_every_name_of_the_executive_mailbox_is_never_autonomous_and_its_access_is_unchanged(
        trust_world, sandbox, mailbox):
    live("contoso")
    exchange = sandbox.sandbox.vendor("exchange")
    box = next(b for boxes in exchange.mailboxes.values() for a, b in boxes.items() if a == LYNNE)
    box["aliases"].append("ceo@contoso.example")
    action = action_for("contoso", MEGAN, "grant_mailbox_access", ALEX, mailbox=mailbox, rights="FullAccess")
    assert action.decision != "autonomous", action.reasons
    assert action.params["mailbox"] in (LYNNE, mailbox)
    assert box["full_access"] == []
    cmdlets = [json.loads(w["body"])["CmdletInput"]["CmdletName"] for w in sandbox.sandbox.writes("exchange")]
    assert [c for c in cmdlets if not c.startswith("Get-")] == []  # Get-Mailbox, the lookup, is all


@pytest.mark.django_db
def test_the_executive_mailbox_by_display_name_through_a_ticket_waits_for_a_technician(trust_world, sandbox):
    live("contoso")
    action = make_ticket("contoso", MEGAN, "Please give Alex Wilber full access to Lynne Robbins' mailbox.")
    assert action is not None and action.params["mailbox"] == LYNNE
    assert action.decision != "autonomous"
    assert any("protected identity" in r for r in action.reasons), action.reasons


@pytest.mark.django_db
def test_a_shared_mailbox_by_display_name_resolves_to_its_address(trust_world, sandbox):
    live("contoso")
    action = action_for("contoso", MEGAN, "grant_mailbox_access", ALEX, mailbox="Front Desk", rights="FullAccess")
    assert action.params["mailbox"] == "frontdesk@contoso.example"
    assert action.decision != "forbidden", action.reasons


@pytest.mark.django_db
def test_an_entra_alias_of_a_protected_user_is_the_protected_user(trust_world, sandbox):
    live("contoso")
    sandbox.sandbox.vendor("graph").tenant_by_slug("contoso").add_alias("breakglass@contoso.example",
                                                                         "emergency@contoso.example")
    action = action_for("contoso", MEGAN, "reset_password", "emergency@contoso.example")
    assert action.target == "breakglass@contoso.example"
    assert action.decision == "forbidden"
    assert identity_writes(sandbox) == []


@pytest.mark.django_db
def test_an_ordinary_users_alias_is_resolved_and_that_user_is_changed(trust_world, sandbox):
    live("contoso")
    sandbox.sandbox.vendor("graph").tenant_by_slug("contoso").add_alias(ALEX, "alex@contoso.example")
    action = make_ticket("contoso", MEGAN, "Please add alex@contoso.example to the Finance-Readers group.")
    assert action is not None and action.target == ALEX
    if action.status == "awaiting_approval":
        action = approve_as_technician(action)
    assert action.status == "succeeded", action.reasons
    assert entra_state(sandbox)["groups"]["Finance-Readers"] == [ALEX]


@pytest.mark.django_db
def test_an_okta_email_alias_of_a_vip_is_the_vip(trust_world, sandbox):
    live("northwind")
    okta = sandbox.sandbox.vendor("okta").orgs["northwind"]["users"]
    andrew = next(u for u in okta.values() if u["profile"]["login"] == "andrew.fuller@northwind.example")
    andrew["profile"]["email"] = "andrew@northwindlegal.example"
    action = action_for("northwind", NANCY, "add_to_group", "andrew@northwindlegal.example", group="VPN Users")
    assert action.target == "andrew.fuller@northwind.example"
    assert action.decision != "autonomous" and any("VIP" in r for r in action.reasons), action.reasons


@pytest.mark.django_db
def test_an_okta_users_second_address_resolves_to_them_and_they_are_added(trust_world, sandbox):
    live("northwind")
    laura_login = "laura.callahan@northwind.example"
    okta = sandbox.sandbox.vendor("okta").orgs["northwind"]["users"]
    laura = next(u for u in okta.values() if u["profile"]["login"] == laura_login)
    laura["profile"]["secondEmail"] = "laura@northwindlegal.example"
    action = make_ticket("northwind", NANCY, "Please add laura@northwindlegal.example to the Paralegals group.")
    assert action is not None and action.target == laura_login
    if action.status == "awaiting_approval":
        action = approve_as_technician(action)
    assert action.status == "succeeded", action.reasons
    users = sandbox.sandbox.state()["okta"]["northwind"]["users"]
    assert "Paralegals" in users[laura_login]["groups"]


@pytest.mark.django_db
def test_a_google_alias_of_a_vip_is_the_vip_and_an_ordinary_alias_is_that_user(trust_world, sandbox):
    live("fabrikam")
    google = sandbox.sandbox.vendor("google")
    google._find_user("kim.abercrombie@fabrikam.example")["aliases"].append("director@fabrikam.example")
    vip = action_for("fabrikam", TOM, "add_to_group", "director@fabrikam.example", group="Estimating")
    assert vip.target == "kim.abercrombie@fabrikam.example"
    assert vip.params["group"] == "estimating@fabrikam.example"  # Google's key for the group: its address
    assert vip.decision != "autonomous" and any("VIP" in r for r in vip.reasons), vip.reasons

    google._find_user("priya.shah@fabrikam.example")["aliases"].append("priya@fabrikam.example")
    action = make_ticket("fabrikam", TOM, "Please add priya@fabrikam.example to the estimating@fabrikam.example group")
    assert action is not None and action.target == "priya.shah@fabrikam.example"
    if action.status == "awaiting_approval":
        action = approve_as_technician(action)
    assert action.status == "succeeded", action.reasons
    members = sandbox.sandbox.state()["google"]["groups"]["estimating@fabrikam.example"]["members"]
    assert "priya.shah@fabrikam.example" in members and "kim.abercrombie@fabrikam.example" not in members


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "group", "expected"), [
    ("contoso", "\u0415xecutives", "looks like the protected group"),
    ("northwind", "P\u0430rtners", "looks like the protected group"),
    ("northwind", "Paralegals", ""),
    ("contoso", "No Such Group", "No group"),
])
def test_resolving_groups_on_each_directory(trust_world, sandbox, slug, group, expected):
    tenant = Tenant.objects.get(slug=slug)
    target = f"janet.leverling@{tenant.domains[0]}" if slug == "northwind" else ALEX
    resolution = resolve_action(tenant=tenant, kind="add_to_group", target=target,
                                params={"target": target, "group": group}, idp=idp(sandbox, slug))
    assert (expected in resolution.problem) if expected else resolution.problem == ""


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "requester", "body"), [
    ("contoso", MEGAN, "Please add Alex Wilber to the \u0415x\u0435cutives group."),
    ("contoso", MEGAN, f"Please add Alex Wilber to the Exec{ZWSP}utives group."),
    ("contoso", MEGAN, "Please add Alex Wilber to the Executives. group"),
    ("contoso", MEGAN, "Please add Alex Wilber to the Privileged Adm\u0456ns group."),
    ("northwind", NANCY, "Please add Janet Leverling to the P\u0430rtners group."),
    ("northwind", NANCY, f"Please add Janet Leverling to the Part{ZWSP}ners group."),
])
def test_a_ticket_naming_a_disguised_protected_group_changes_nothing(trust_world, sandbox, slug, requester, body):
    live(slug)
    ticket = submit(slug, requester, "Group access", body)
    assert not Action.objects.filter(ticket=ticket, decision="autonomous").exists()
    assert ticket.status in ("escalated", "awaiting_approval"), ticket.status
    assert identity_writes(sandbox) == []


@pytest.mark.django_db
def test_a_role_assignable_group_with_an_innocent_name_is_never_joined(trust_world, sandbox):
    """The floor knows admin groups by name; the directory knows them by isAssignableToRole. Either is enough."""
    live("contoso")
    graph = sandbox.sandbox.vendor("graph").tenant_by_slug("contoso")
    graph.add_group({"name": "Helpdesk Tier 2", "kind": "security", "role_assignable": True})
    action = action_for("contoso", MEGAN, "add_to_group", ALEX, group="Helpdesk Tier 2")
    assert action.decision == "forbidden", action.reasons
    assert any("role-assignable group Helpdesk Tier 2" in r for r in action.reasons), action.reasons
    removal = action_for("contoso", MEGAN, "remove_from_group", ALEX, group="Helpdesk Tier 2")
    assert removal.decision != "autonomous", removal.reasons  # taking someone out still needs a technician
    assert identity_writes(sandbox) == []


@pytest.mark.django_db
def test_an_ordinary_group_and_a_distribution_list_are_not_made_privileged(trust_world, sandbox):
    live("contoso")
    for group in ("Finance-Readers", "allstaff@contoso.example"):  # a DL named by its address resolves to it
        action = action_for("contoso", MEGAN, "add_to_group", ALEX, group=group)
        assert action.decision != "forbidden", action.reasons
        assert not any("role-assignable" in r for r in action.reasons), action.reasons
    assert action.params["group"] == "All Staff"
