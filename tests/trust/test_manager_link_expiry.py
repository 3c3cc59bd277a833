"""A manager confirmation link nobody answers in time is marked expired by the approval-expiry schedule, once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from approvals.choices import ConfirmationStatus
from approvals.expiry import expire_approvals
from approvals.manager_link import make_token, transition_confirmation
from approvals.manager_models import ManagerConfirmation
from audit.models import AuditEvent
from tests.trust.helpers import submit

pytestmark = pytest.mark.django_db(transaction=True)
NEW_PHONE = ("New phone - reset my MFA", "I got a new phone and my authenticator app is gone. Please reset my MFA.")


def lost_phone_confirmation() -> ManagerConfirmation:
    ticket = submit("contoso", "adele.vance@contoso.example", *NEW_PHONE, name="")
    return ManagerConfirmation.objects.get(ticket=ticket)


def test_an_unanswered_link_expires_and_then_cannot_be_answered(trust_world, sandbox, mailoutbox):
    row = lost_phone_confirmation()
    assert row.status == ConfirmationStatus.SENT
    expire_approvals(now=row.expires_at - timedelta(seconds=1))  # not yet due
    row.refresh_from_db()
    assert row.status == ConfirmationStatus.SENT

    later = row.expires_at + timedelta(seconds=1)
    expire_approvals(now=later)
    row.refresh_from_db()
    assert row.status == ConfirmationStatus.EXPIRED and row.decided_at == later
    assert AuditEvent.objects.filter(verb="manager_confirmation.expired").count() == 1
    expire_approvals(now=later + timedelta(minutes=1))  # a second pass changes nothing
    assert AuditEvent.objects.filter(verb="manager_confirmation.expired").count() == 1

    answered = Client().post(f"/verify/manager/{make_token(row)}/", {"decision": "confirm"})
    assert answered.status_code == 410
    row.refresh_from_db()
    assert row.status == ConfirmationStatus.EXPIRED


def test_an_answer_in_time_is_not_expired(trust_world, sandbox, mailoutbox):
    row = lost_phone_confirmation()
    # Past its deadline an answer no longer counts; in time it does.
    assert not transition_confirmation(confirmation_id=row.pk, to=ConfirmationStatus.DECLINED,
                                       now=row.expires_at + timedelta(seconds=1))
    assert transition_confirmation(confirmation_id=row.pk, to=ConfirmationStatus.DECLINED, now=timezone.now())
    expire_approvals(now=row.expires_at + timedelta(seconds=1))
    row.refresh_from_db()
    assert row.status == ConfirmationStatus.DECLINED
    # Once answered, nothing moves it again: not a late confirmation either.
    assert not transition_confirmation(confirmation_id=row.pk, to=ConfirmationStatus.CONFIRMED,
                                       now=row.expires_at + timedelta(seconds=1))
