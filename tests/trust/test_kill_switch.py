"""The kill switch: a burst of sensitive actions for one tenant pauses its autonomy, tells the service lead, and
only a service lead resumes it."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command
from django.test import override_settings

from audit.models import AuditEvent
from tenants.models import Tenant
from tenants.services import resume_tenant
from tests.helpers import committed
from tests.trust.helpers import identity_writes, submit

pytestmark = pytest.mark.django_db
RESET = ("Password reset please", "Hi, I forgot my password, can you reset it please?")
UNLOCK = ("Account locked", "My account is locked out, can you unlock it please?")
# Contoso users whose self-service reset runs on its own (Duo push approved, no floor, no signal).
RESETTABLE = ["adele.vance@contoso.example", "megan.bowen@contoso.example", "sarah.lee@contoso.example"]


def burst(count: int, slug: str = "contoso") -> list:
    people = {"contoso": RESETTABLE, "northwind": ["janet.leverling@northwind.example",
                                                    "nancy.davolio@northwind.example"],
              "fabrikam": ["priya.shah@fabrikam.example", "tom.higgins@fabrikam.example"]}[slug]
    return [submit(slug, people[i % len(people)], *RESET, external_id=f"burst-{slug}-{i}") for i in range(count)]


def test_the_fifth_sensitive_action_in_ten_minutes_pauses_the_tenant_and_tells_the_service_lead(trust_world,
                                                                                               sandbox):
    tickets = burst(5)
    assert [t.status for t in tickets[:3]] == ["resolved"] * 3
    fifth = tickets[4].actions.get()
    assert fifth.decision == "approval"
    assert any("autonomy is paused (kill switch): 5 sensitive actions in 10 minutes" in r for r in fifth.reasons)
    tenant = Tenant.objects.get(slug="contoso")
    assert tenant.paused and "5 sensitive actions" in tenant.paused_reason
    told = AuditEvent.objects.filter(verb="staff.notified", tenant=tenant).get()
    assert told.details["topic"] == "tenant.paused" and "paused" in told.details["subject"]
    assert AuditEvent.objects.filter(verb="tenant.paused", tenant=tenant, actor="system:kill-switch").count() == 1


def test_four_do_not_trip_it(trust_world, sandbox):
    burst(4)
    assert not Tenant.objects.get(slug="contoso").paused


def test_a_paused_tenant_needs_approval_for_everything_even_an_unlock(trust_world, sandbox):
    burst(5)
    writes_before = len(identity_writes(sandbox))
    unlock = submit("contoso", "diego.siciliani@contoso.example", *UNLOCK)
    action = unlock.actions.get()
    assert (action.kind, action.decision, action.status) == ("unlock_account", "approval", "awaiting_approval")
    assert any("kill switch" in r for r in action.reasons)
    assert len(identity_writes(sandbox)) == writes_before


def test_the_switch_is_per_tenant(trust_world, sandbox):
    burst(5)
    other = submit("northwind", "robert.king@northwind.example", *UNLOCK)
    assert not Tenant.objects.get(slug="northwind").paused
    assert other.status == "resolved"


def test_plan_mode_never_trips_it(trust_world, sandbox):
    burst(6, "fabrikam")
    assert not Tenant.objects.get(slug="fabrikam").paused


@override_settings(RALLIED_KILL_SWITCH_BURST=2, RALLIED_KILL_SWITCH_WINDOW_MINUTES=1)
def test_the_threshold_comes_from_settings(trust_world, sandbox):
    tickets = burst(2)
    assert tickets[0].status == "resolved"
    assert Tenant.objects.get(slug="contoso").paused


def test_only_a_service_lead_resumes_and_the_burst_then_counts_afresh(trust_world, sandbox):
    burst(5)
    tenant = Tenant.objects.get(slug="contoso")
    users = get_user_model().objects
    for who in (users.get(username="tech"), users.get(username="auditor"), "system:pipeline"):
        with committed(), pytest.raises(PermissionDenied):
            resume_tenant(actor=who, tenant=tenant)
    assert Tenant.objects.get(slug="contoso").paused

    with committed():
        assert resume_tenant(actor=users.get(username="lead"), tenant=tenant, comment="Phishing drill, explained")
    event = AuditEvent.objects.get(verb="tenant.resumed")
    assert event.actor == "user:lead" and "5 sensitive actions" in event.details["was_paused_for"]
    assert submit("contoso", "adele.vance@contoso.example", *UNLOCK).status == "resolved"
    assert not Tenant.objects.get(slug="contoso").paused


def test_a_burst_already_answered_is_not_counted_again_however_the_tenant_was_unpaused(trust_world, sandbox):
    burst(5)
    Tenant.objects.filter(slug="contoso").update(paused=False)  # e.g. the box unticked in the admin
    again = submit("contoso", "adele.vance@contoso.example", *RESET, external_id="after-the-burst")
    assert again.status == "resolved"
    assert not Tenant.objects.get(slug="contoso").paused


def test_the_resume_command_acts_as_the_named_service_lead_only(trust_world, sandbox, capsys):
    burst(5)
    with committed(), pytest.raises(CommandError, match="service lead"):
        call_command("resume_tenant", "--tenant", "contoso", "--user", "tech")
    assert Tenant.objects.get(slug="contoso").paused
    with committed():
        call_command("resume_tenant", "--tenant", "contoso", "--user", "lead", "--comment", "drill")
    assert "contoso: resumed" in capsys.readouterr().out
    assert not Tenant.objects.get(slug="contoso").paused
