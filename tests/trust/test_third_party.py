"""A ticket about someone else never acts on the requester, on each of the three identity providers.

Every tenant policy is set to autonomous (the loosest a service lead could write), so anything that would let a
ticket reach the requester's account would show as a write to the sandbox directory.
"""

from __future__ import annotations

import pytest

from playbooks.models import Action
from tests.targets.helpers import approve_as_technician
from tests.trust.helpers import identity_writes, loosest_policies, submit
from tickets.triage.about import who_is_meant

MEGAN, NANCY, KIM = "megan.bowen@contoso.example", "nancy.davolio@northwind.example", "kim.abercrombie@fabrikam.example"
REQUESTERS = [("contoso", MEGAN), ("northwind", NANCY), ("fabrikam", KIM)]
# A colleague named only by role or pronoun, a first name that fits several people, a whole team, everyone.
UNNAMED = [
    ("Locked out", "My manager is locked out, can you unlock her account?"),
    ("Password", "Please reset her password, she forgot it over the weekend."),
    ("Can't log in", "The new guy can't log in. Could you reset his password?"),
    ("Password reset", "Could you reset my boss's password? He is travelling and needs it today."),
    ("MFA", "My colleague lost her phone, please reset her MFA."),
    ("Unlock", "Please unlock the sales team, they are all locked out."),
    ("Password reset", "Please reset the password for everyone in Finance."),
    ("Unlock", "Unlock all users please"),
]


def live(slug: str) -> None:
    from tenants.models import Tenant

    Tenant.objects.filter(slug=slug).update(mode="live")
    loosest_policies(slug)


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "requester"), REQUESTERS)
@pytest.mark.parametrize(("subject", "body"), UNNAMED)
def test_a_colleague_not_named_or_a_bulk_request_escalates_and_nobody_changes(
        trust_world, sandbox, slug, requester, subject, body):
    live(slug)
    before = len(sandbox.sandbox.requests())
    ticket = submit(slug, requester, subject, body)
    assert ticket.status == "escalated"
    assert "without naming them" in ticket.escalation_reason or "bulk requests" in ticket.escalation_reason
    assert not Action.objects.filter(ticket=ticket).exists()
    assert identity_writes(sandbox, before) == []


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "requester"), REQUESTERS)
@pytest.mark.parametrize(("subject", "body"), [
    ("Locked out", "I'm locked out of my account, can you unlock me?"),
    ("Password", "I forgot my password, please reset it."),
    ("Password", "My manager asked me to get my password reset."),
])
def test_a_ticket_about_the_requester_plans_on_the_requester(trust_world, sandbox, slug, requester, subject, body):
    live(slug)
    ticket = submit(slug, requester, subject, body)
    targets = set(Action.objects.filter(ticket=ticket).values_list("target", flat=True))
    if slug == "fabrikam" and subject == "Locked out":  # Google Workspace cannot unlock: planned on nobody
        assert targets == set() and "on Google Workspace" in ticket.escalation_reason
        return
    assert targets == {requester}, ticket.escalation_reason


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "requester", "handle"), [
    ("contoso", MEGAN, "it.admin"), ("northwind", NANCY, "okta.admin"), ("fabrikam", KIM, "ops-admin"),
])
def test_an_admin_named_by_handle_is_the_target_and_refused_never_the_requester(
        trust_world, sandbox, slug, requester, handle):
    live(slug)
    before = len(sandbox.sandbox.requests())
    ticket = submit(slug, requester, "Password reset", f"Please reset the password for {handle}")
    assert ticket.status == "escalated"
    domain = requester.rpartition("@")[2]
    assert list(Action.objects.filter(ticket=ticket).values_list("target", flat=True)) == [f"{handle}@{domain}"]
    assert "admin role" in ticket.escalation_reason
    assert identity_writes(sandbox, before) == []


@pytest.mark.django_db
@pytest.mark.parametrize(("slug", "requester"), REQUESTERS)
@pytest.mark.parametrize("handle", ["jdoe", "jdoe42", "no.such.person"])
def test_a_named_account_that_does_not_resolve_escalates(trust_world, sandbox, slug, requester, handle):
    live(slug)
    before = len(sandbox.sandbox.requests())
    ticket = submit(slug, requester, "Password reset", f"Please reset the password for {handle}, thanks")
    assert ticket.status == "escalated"
    assert handle in ticket.escalation_reason
    assert not Action.objects.filter(ticket=ticket).exists()
    assert identity_writes(sandbox, before) == []


@pytest.mark.django_db
def test_entra_a_colleague_by_handle_is_unlocked_and_the_requester_is_untouched(trust_world, sandbox):
    live("contoso")
    diego = "diego.siciliani@contoso.example"
    assert diego in sandbox.sandbox.state()["graph"]["contoso"]["risky"]  # locked: a risk-based block
    ticket = submit("contoso", MEGAN, "Locked out", "Please unlock diego.siciliani, he is locked out.")
    action = Action.objects.get(ticket=ticket)
    assert action.target == diego
    if action.status == "awaiting_approval":
        action = approve_as_technician(action)
    assert action.status == "succeeded", action.reasons
    risky = sandbox.sandbox.state()["graph"]["contoso"]["risky"]
    assert risky[diego]["riskState"] == "dismissed"
    assert MEGAN not in risky


@pytest.mark.django_db
def test_okta_a_colleague_by_handle_is_unlocked_and_the_requester_is_untouched(trust_world, sandbox):
    live("northwind")
    robert = "robert.king@northwind.example"
    users = sandbox.sandbox.state()["okta"]["northwind"]["users"]
    assert users[robert]["status"] == "LOCKED_OUT"
    before = len(sandbox.sandbox.requests())
    ticket = submit("northwind", NANCY, "Unlock", "Can you unlock robert.king please")
    action = Action.objects.get(ticket=ticket)
    assert action.target == robert
    if action.status == "awaiting_approval":
        action = approve_as_technician(action)
    assert action.status == "succeeded", action.reasons
    assert sandbox.sandbox.state()["okta"]["northwind"]["users"][robert]["status"] == "ACTIVE"
    nancy_id = users[NANCY]["id"]
    assert not [w for w in identity_writes(sandbox, before) if nancy_id in w["path"]]


@pytest.mark.django_db
def test_google_a_colleague_by_handle_is_added_and_the_requester_is_not(trust_world, sandbox):
    live("fabrikam")
    ticket = submit("fabrikam", KIM, "Group access", "Please add priya.shah to the estimating@fabrikam.example group")
    action = Action.objects.get(ticket=ticket)
    assert action.target == "priya.shah@fabrikam.example"
    if action.status == "awaiting_approval":
        action = approve_as_technician(action)
    assert action.status == "succeeded", action.reasons
    members = sandbox.sandbox.state()["google"]["groups"]["estimating@fabrikam.example"]["members"]
    assert "priya.shah@fabrikam.example" in members and KIM not in members


@pytest.mark.parametrize(("text", "kind"), [
    ("I forgot my password", "self"),
    ("Password reset please", "self"),
    ("My manager asked me to reset my password", "self"),
    ("my manager is locked out", "other"),
    ("she can't log in since this morning", "other"),
    ("reset the CFO's password", "other"),
    ("unlock the new starter", "other"),
    ("Reset password for everyone in Sales", "bulk"),
    ("all of us are locked out", "bulk"),
    ("un\u200block all users", "bulk"),
])
def test_whose_account_a_ticket_means(text, kind):
    assert who_is_meant(text).kind == kind
