"""How the backtest decides one past ticket offline: the pipeline's triage, playbook and policy engine, under the
tenant's real policy and protected identities, with the assumptions it prints, and the history of earlier tickets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from approvals.models import AutonomyPolicy
from tenants.models import Tenant
from workflow.backtest.services import decide_all
from workflow.backtest.simulate import APPROVAL, AUTONOMOUS, NOT_AT_ALL, PastTicket

MONDAY_10_CHICAGO = datetime(2026, 11, 2, 16, 0, tzinfo=UTC)
RESET = ("Forgot my password", "I forgot my password and can't sign in. Please reset my password.")
UNLOCK = ("Account locked", "I typed my password wrong too many times and now I'm locked out. Please unlock my account.")


def past(subject: str, body: str, requester: str, at: datetime = MONDAY_10_CHICAGO, ref: str = "1") -> PastTicket:
    return PastTicket(ref=ref, subject=subject, body=body, requester_email=requester, created_at=at,
                      closed_at=at + timedelta(minutes=20))


def verdicts(slug: str, *tickets: PastTicket):
    return [v for _, v in decide_all(Tenant.objects.get(slug=slug), list(tickets))]


@pytest.mark.django_db
def test_a_requesters_own_password_reset_would_have_run_on_its_own(world):
    [verdict] = verdicts("contoso", past(*RESET, "megan.bowen@contoso.example"))
    assert (verdict.outcome, verdict.category, verdict.kinds) == (AUTONOMOUS, "password_reset", ("reset_password",))


@pytest.mark.django_db
def test_what_is_not_an_identity_request_or_comes_from_outside_is_not_resolved(world):
    printer, outsider = verdicts("contoso", past("Printer jammed", "The printer keeps jamming.", "adele.vance@contoso.example"),
                                 past(*RESET, "megan.bowen@outlook.example"))
    assert printer.outcome == NOT_AT_ALL and printer.category == "other"
    assert outsider.outcome == NOT_AT_ALL and "outside the tenant's verified domains" in outsider.reason


@pytest.mark.django_db
def test_a_change_to_someone_elses_access_takes_the_stricter_outcome(world):
    [verdict] = verdicts("contoso", past("Add to Billing Team", "Please add diego.siciliani@contoso.example to the "
                                         "Billing Team group.", "sarah.lee@contoso.example"))
    # Whether Sarah is Diego's manager only the directory knows, and a backtest does not ask: a technician decides.
    assert verdict.outcome == APPROVAL and verdict.kinds == ("add_to_group",)
    assert "neither the target's manager nor an authorised requester" in verdict.reason


@pytest.mark.django_db
def test_the_tenants_real_policy_and_protected_identities_apply(world):
    tenant = Tenant.objects.get(slug="contoso")
    AutonomyPolicy.objects.update_or_create(tenant=tenant, kind="unlock_account", defaults={"mode": "approval"})
    unlock, breakglass = verdicts("contoso", past(*UNLOCK, "adele.vance@contoso.example"),
                                  past(*RESET, "breakglass@contoso.example"))
    assert unlock.outcome == APPROVAL and "tenant policy requires approval" in unlock.reason
    assert breakglass.outcome == NOT_AT_ALL and "protected identity" in breakglass.reason


@pytest.mark.django_db
def test_earlier_tickets_count_towards_the_daily_limits(world):
    # The default limit is three actions of a kind for one account in 24 hours: the fourth unlock waits.
    tickets = [past(*UNLOCK, "adele.vance@contoso.example", MONDAY_10_CHICAGO + timedelta(hours=i), str(i))
               for i in range(4)]
    outcomes = [v.outcome for v in verdicts("contoso", *reversed(tickets))]  # decided in the order they came in
    assert outcomes == [AUTONOMOUS, AUTONOMOUS, AUTONOMOUS, APPROVAL]
    next_day = verdicts("contoso", *tickets[:3], past(*UNLOCK, "adele.vance@contoso.example",
                                                       MONDAY_10_CHICAGO + timedelta(days=1, hours=3)))
    assert next_day[-1].outcome == AUTONOMOUS


@pytest.mark.django_db
def test_business_hours_of_the_tickets_own_time_count_for_a_policy_that_needs_them(world):
    tenant = Tenant.objects.get(slug="contoso")
    AutonomyPolicy.objects.update_or_create(tenant=tenant, kind="unlock_account",
                                            defaults={"mode": "autonomous",
                                                      "conditions": {"business_hours_only": True}})
    day, night = verdicts("contoso", past(*UNLOCK, "adele.vance@contoso.example"),
                          past(*UNLOCK, "megan.bowen@contoso.example", MONDAY_10_CHICAGO + timedelta(hours=12)))
    assert day.outcome == AUTONOMOUS
    assert night.outcome == APPROVAL and "Outside the tenant's business hours" in night.reason


@pytest.mark.django_db
def test_minutes_follow_the_value_reports_definition(world):
    """In full on its own; with approval, less the tenant's median handling time of its live approvals, or 0."""
    from django.utils import timezone

    from approvals.models import ApprovalRequest
    from tests.approvals.factories import waiting
    from workflow.backtest.summary import summarise

    tenant = Tenant.objects.get(slug="contoso")
    tickets = [past(*RESET, "megan.bowen@contoso.example"),
               past("Add to Billing Team", "Please add diego.siciliani@contoso.example to the Billing Team group.",
                    "sarah.lee@contoso.example", ref="2")]
    before = summarise(tenant, "csv", decide_all(tenant, tickets))
    assert before.counts == {AUTONOMOUS: 1, APPROVAL: 1}
    assert before.minutes_saved == 12 and before.approval_minutes is None  # no live approvals: 0 for that one

    for minutes in (3, 4, 30):  # the tenant's technicians answered in 3, 4 and 30 minutes: the median is 4
        request = ApprovalRequest.objects.get(action=waiting(waiting_minutes=minutes))
        ApprovalRequest.objects.filter(pk=request.pk).update(status="approved", decided_at=timezone.now())
    after = summarise(tenant, "csv", decide_all(tenant, tickets))
    assert after.approval_minutes == pytest.approx(4, abs=0.1)
    assert after.minutes_saved == pytest.approx(12 + 8, abs=0.1)
    assert after.dollars_saved == "20.00"  # 20 minutes at the default $60 an hour
