"""Through the whole pipeline: a colleague named without an address is found in the tenant's directory,
or the ticket goes to a technician; the requester is never the fallback, and trust rules still apply."""

from __future__ import annotations

import pytest

from audit.models import AuditEvent
from playbooks.models import Action
from tests.targets.helpers import add_person, approve_as_technician, let_group_adds_run, submit

MEGAN, NANCY, KIM = "megan.bowen@contoso.example", "nancy.davolio@northwind.example", "kim.abercrombie@fabrikam.example"


def graph_group(sandbox, name: str) -> list[str]:
    return sandbox.sandbox.state()["graph"]["contoso"]["groups"][name]


def okta_groups(sandbox, login: str) -> list[str]:
    return sandbox.sandbox.state()["okta"]["northwind"]["users"][login]["groups"]


def google_members(sandbox, group: str) -> dict[str, str]:
    return sandbox.sandbox.state()["google"]["groups"][group]["members"]


@pytest.mark.django_db
def test_entra_a_unique_name_resolves_and_the_action_runs_on_that_user(tenant_key, sandbox):
    let_group_adds_run("contoso")
    ticket = submit(tenant_key, "contoso", "n-1", MEGAN, "Please add Alex Wilber to the Finance-Readers group.",
                    name="Megan Bowen")
    action = approve_as_technician(Action.objects.get(ticket=ticket))  # first add for Alex: a technician looks
    assert action.status == "succeeded" and action.target == "alex.wilber@contoso.example"
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert "alex.wilber@contoso.example" in graph_group(sandbox, "Finance-Readers")
    assert MEGAN not in graph_group(sandbox, "Finance-Readers")
    assert ticket.events.filter(
        kind="target_resolved", message="Resolved 'Alex Wilber' to alex.wilber@contoso.example in the directory."
    ).exists()
    assert AuditEvent.objects.filter(verb="ticket.target_resolved", tenant=ticket.tenant).exists()


@pytest.mark.django_db
def test_okta_a_unique_name_resolves_and_the_action_runs_on_that_user(tenant_key, sandbox):
    let_group_adds_run("northwind")
    ticket = submit(tenant_key, "northwind", "n-2", NANCY, "Please add Janet Leverling to the 'VPN Users' group.",
                    name="Nancy Davolio")
    assert approve_as_technician(Action.objects.get(ticket=ticket)).status == "succeeded"
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    assert "VPN Users" in okta_groups(sandbox, "janet.leverling@northwind.example")
    janet = sandbox.sandbox.state()["okta"]["northwind"]["users"]["janet.leverling@northwind.example"]["id"]
    assert [w["path"].rsplit("/", 1)[-1] for w in sandbox.sandbox.writes("okta")] == [janet]  # nobody else


@pytest.mark.django_db
def test_google_a_unique_name_resolves_and_the_action_runs_on_that_user(tenant_key, sandbox):
    let_group_adds_run("fabrikam")
    ticket = submit(tenant_key, "fabrikam", "n-3", KIM,
                    "Please add Tom Higgins to the estimating@fabrikam.example group.", name="Kim Abercrombie")
    assert approve_as_technician(Action.objects.get(ticket=ticket)).status == "succeeded"
    ticket.refresh_from_db()
    assert ticket.status == "resolved", ticket.escalation_reason
    members = google_members(sandbox, "estimating@fabrikam.example")
    assert "tom.higgins@fabrikam.example" in members and KIM not in members


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "requester", "group", "domain"), [
    ("contoso", MEGAN, "the Finance-Readers group", "contoso.example"),
    ("northwind", NANCY, "the Paralegals group", "northwind.example"),
    ("fabrikam", KIM, "the estimating@fabrikam.example group", "fabrikam.example"),
])
def test_an_ambiguous_name_escalates_without_any_write(tenant_key, sandbox, slug, requester, group, domain):
    let_group_adds_run(slug)
    add_person(sandbox, slug, "Robin Hale", f"robin.hale@{domain}")
    add_person(sandbox, slug, "Robin Hale", f"robin.hale2@{domain}")
    before = len(sandbox.sandbox.writes())
    ticket = submit(tenant_key, slug, f"amb-{slug}", requester, f"Please add Robin Hale to {group}.")
    assert ticket.status == "escalated"
    assert ticket.escalation_reason.startswith("2 people named 'Robin Hale' in the directory")
    assert "which one?" in ticket.escalation_reason
    assert not Action.objects.filter(ticket=ticket).exists()
    idp_writes = [w for w in sandbox.sandbox.writes()[before:] if w["vendor"] in ("graph", "okta", "google")]
    assert idp_writes == []


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "requester", "group", "domain"), [
    ("contoso", MEGAN, "the Finance-Readers group", "contoso.example"),
    ("northwind", NANCY, "the Paralegals group", "northwind.example"),
    ("fabrikam", KIM, "the estimating@fabrikam.example group", "fabrikam.example"),
])
def test_a_lone_word_that_is_one_first_name_and_another_last_name_escalates(tenant_key, sandbox, slug, requester,
                                                                           group, domain):
    let_group_adds_run(slug)
    add_person(sandbox, slug, "Lee Chen", f"lee.chen@{domain}")
    if slug != "contoso":  # contoso's directory already has Sarah Lee
        add_person(sandbox, slug, "Sarah Lee", f"sarah.lee@{domain}")
    before = len(sandbox.sandbox.writes())
    ticket = submit(tenant_key, slug, f"lee-{slug}", requester, f"Please add Lee to {group}.")
    assert ticket.status == "escalated"
    assert ticket.escalation_reason.startswith(
        f"2 people named 'Lee' in the directory (lee.chen@{domain}, sarah.lee@{domain}); which one?")
    assert not Action.objects.filter(ticket=ticket).exists()
    assert [w for w in sandbox.sandbox.writes()[before:] if w["vendor"] in ("graph", "okta", "google")] == []


@pytest.mark.django_db
def test_a_first_name_alone_resolves_only_when_unique(tenant_key, sandbox):
    let_group_adds_run("contoso")
    ticket = submit(tenant_key, "contoso", "first-1", MEGAN, "Please add Diego to the Finance-Readers group.")
    assert approve_as_technician(Action.objects.get(ticket=ticket)).status == "succeeded"
    assert "diego.siciliani@contoso.example" in graph_group(sandbox, "Finance-Readers")

    add_person(sandbox, "contoso", "Sarahjane Moss", "sarahjane.moss@contoso.example")
    again = submit(tenant_key, "contoso", "first-2", MEGAN, "Please add Sarah to the Finance-Readers group.")
    assert again.status == "escalated"
    assert again.escalation_reason.startswith("2 people named 'Sarah' in the directory")
    assert "sarah.lee@contoso.example" not in graph_group(sandbox, "Finance-Readers")


@pytest.mark.django_db
def test_an_unknown_name_escalates(tenant_key, sandbox):
    let_group_adds_run("northwind")
    ticket = submit(tenant_key, "northwind", "unk-1", NANCY, "Please add Jane Doorman to the Paralegals group.")
    assert ticket.status == "escalated"
    assert "No one named 'Jane Doorman' in the directory" in ticket.escalation_reason
    assert not Action.objects.filter(ticket=ticket).exists()
    assert sandbox.sandbox.writes("okta") == []


@pytest.mark.django_db
def test_a_name_outside_the_verified_domains_is_not_used(tenant_key, sandbox):
    let_group_adds_run("contoso")
    add_person(sandbox, "contoso", "Vera Outsider", "vera.outsider@partner.example")  # a guest-like account
    ticket = submit(tenant_key, "contoso", "dom-1", MEGAN, "Please add Vera Outsider to the Finance-Readers group.")
    assert ticket.status == "escalated"
    assert "outside the tenant's verified domains" in ticket.escalation_reason
    assert sandbox.sandbox.writes("graph") == []


@pytest.mark.django_db
def test_a_disabled_namesake_is_not_used(tenant_key, sandbox):
    let_group_adds_run("contoso")
    ticket = submit(tenant_key, "contoso", "dis-1", MEGAN, "Please add Johanna Lorenz to the Finance-Readers group.")
    assert ticket.status == "escalated"
    assert "johanna.lorenz@contoso.example) is disabled" in ticket.escalation_reason
    assert sandbox.sandbox.writes("graph") == []


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "requester", "group", "domain"), [
    ("contoso", MEGAN, "the Finance-Readers group", "contoso.example"),
    ("northwind", NANCY, "the Paralegals group", "northwind.example"),
    ("fabrikam", KIM, "the estimating@fabrikam.example group", "fabrikam.example"),
])
def test_a_name_with_a_quote_resolves(tenant_key, sandbox, slug, requester, group, domain):
    let_group_adds_run(slug)
    add_person(sandbox, slug, "Sinead O'Brien", f"sinead.obrien@{domain}")
    ticket = submit(tenant_key, slug, f"q-{slug}", requester, f"Please add Sinead O'Brien to {group}.")
    action = Action.objects.get(ticket=ticket)
    assert action.target == f"sinead.obrien@{domain}"


@pytest.mark.django_db
def test_the_trust_rules_still_apply_to_a_resolved_target(tenant_key, sandbox):
    """Adele is neither Alex's manager nor an authorised requester: resolving the name does not make it allowed."""
    let_group_adds_run("contoso")
    ticket = submit(tenant_key, "contoso", "trust-1", "adele.vance@contoso.example",
                    "Please add Alex Wilber to the Finance-Readers group.", name="Adele Vance")
    action = Action.objects.get(ticket=ticket)
    assert action.target == "alex.wilber@contoso.example"
    assert action.decision == "approval" and action.status == "awaiting_approval"
    assert "The requester is neither the target's manager nor an authorised requester." in action.reasons
    assert "alex.wilber@contoso.example" not in graph_group(sandbox, "Finance-Readers")


@pytest.mark.django_db
def test_a_resolved_admin_is_never_changed_on_its_own(tenant_key, sandbox):
    let_group_adds_run("contoso")
    ticket = submit(tenant_key, "contoso", "adm-1", MEGAN, "Please add Contoso IT Admin to the Finance-Readers group.")
    action = Action.objects.filter(ticket=ticket).first()
    assert action is None or action.decision != "autonomous"
    assert "it.admin@contoso.example" not in graph_group(sandbox, "Finance-Readers")
