"""Issue 13: what the reconciler does when the vendor cannot show whether a write landed.

- A kind that is safe to repeat is written again only where its connector says why a second write is harmless there
  (Okta's and Google's revoke_sessions); without that word it goes to a technician, written once.
- Google shows a password change only in its Reports API, which lags behind the write: "no report yet" is believed
  after RALLIED_RECONCILE_REPORT_LAG_SECONDS, not the usual grace period, so a late report still settles the reset as
  done and the password put aside is delivered instead of destroyed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from django.utils import timezone

from playbooks import reconciler
from playbooks.executor import execute_action
from playbooks.models import Action
from playbooks.services import LEASE
from rallied.connectors import connector_classes
from tests.helpers import committed
from tests.reliability.test_throttled_writes import FAULTS, ROUTES, approved_action, past_the_grace, sent
from tickets.secrets import secret_put_aside

pytestmark = pytest.mark.django_db
GOOGLE_RESET = ROUTES["google-reset-password"]


def unknown_outcome(sandbox, name: str, fault: dict) -> Action:
    route = ROUTES[name]
    action = approved_action(route, f"unreadable-{name}")
    sandbox.sandbox.add_fault(vendor=route.vendor, method=route.method, path=route.path, times=1, **fault)
    with committed():
        assert execute_action(action_id=action.pk) == "unknown_outcome"
    return action


def reconcile(at: datetime) -> dict[str, int]:
    with committed():
        return reconciler.reconcile_actions(now=at)


def test_an_unreadable_kind_without_a_stated_reason_is_not_written_again(world, sandbox, monkeypatch):
    monkeypatch.setattr(connector_classes()["okta"], "harmless_repeats", {})
    action = unknown_outcome(sandbox, "okta-revoke-sessions", FAULTS["apply-then-429"])

    assert reconcile(past_the_grace()) == {"failed": 1}
    action.refresh_from_db()
    assert action.status == "failed" and "not repeated" in action.error and action.attempts == 1
    assert len(sent(sandbox, ROUTES["okta-revoke-sessions"])) == 1


@pytest.mark.parametrize("name", ["okta-revoke-sessions", "google-sign-out"])
def test_a_stated_harmless_repeat_waits_for_the_grace_period_before_the_second_write(world, sandbox, name):
    action = unknown_outcome(sandbox, name, FAULTS["apply-then-429"])

    assert reconcile(timezone.now() + timedelta(seconds=30)) == {"waiting": 1}  # the first may still land
    assert len(sent(sandbox, ROUTES[name])) == 1
    assert reconcile(past_the_grace()) == {"completed": 1}
    assert len(sent(sandbox, ROUTES[name])) == 2
    action.refresh_from_db()
    repeat = action.ticket.events.get(kind="action.repeat")
    assert "two " in repeat.message and "leave what one does" in repeat.message


def test_a_google_reset_without_a_report_yet_waits_past_the_usual_grace_then_fails_and_destroys_the_password(
        world, sandbox):
    action = unknown_outcome(sandbox, "google-reset-password", {"statuses": [503]})  # refused: it never landed
    began = timezone.now()
    assert secret_put_aside(action) is not None

    assert reconcile(past_the_grace()) == {"waiting": 1}  # past the 120 s grace: Google's report may be late
    assert secret_put_aside(action) is not None
    lag = reconciler.report_lag_grace()
    assert lag == timedelta(seconds=900) > reconciler.grace_period()
    assert reconcile(began + lag - timedelta(seconds=5)) == {"waiting": 1}
    assert reconcile(began + lag + LEASE + timedelta(seconds=1)) == {"failed": 1}
    action.refresh_from_db()
    assert action.status == "failed" and "cannot tell" in action.error
    assert secret_put_aside(action) is None  # destroyed: the write never landed
    assert sent(sandbox, GOOGLE_RESET) and len(sent(sandbox, GOOGLE_RESET)) == 1  # never repeated


def test_a_google_reset_whose_report_arrives_late_is_settled_done_and_keeps_its_password(world, sandbox,
                                                                                           monkeypatch):
    google = connector_classes()["google"]
    real = google.password_was_reset_since
    monkeypatch.setattr(google, "password_was_reset_since", lambda self, user, since: None)  # report not in yet
    action = unknown_outcome(sandbox, "google-reset-password", FAULTS["apply-then-503-retry-after"])

    assert reconcile(past_the_grace()) == {"waiting": 1}
    monkeypatch.setattr(google, "password_was_reset_since", real)  # the report arrives
    assert reconcile(past_the_grace() + timedelta(minutes=5)) == {"settled": 1}
    action.refresh_from_db()
    assert action.status == "succeeded"
    assert secret_put_aside(action) is not None  # confirmed for delivery, not destroyed
    assert len(sent(sandbox, GOOGLE_RESET)) == 1


def test_the_report_lag_grace_is_configurable_and_never_shorter_than_the_grace_period(settings):
    settings.RALLIED_RECONCILE_REPORT_LAG_SECONDS = 3600
    assert reconciler.report_lag_grace() == timedelta(hours=1)
    settings.RALLIED_RECONCILE_REPORT_LAG_SECONDS = 5
    assert reconciler.report_lag_grace() == reconciler.grace_period()
