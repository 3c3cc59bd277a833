"""The facts gathered for the engine: business hours in the tenant's own time zone, first-ever actions from history,
admin groups, the IdP risk flag from whichever directory reports it, and `resolve` printing the reasons."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from approvals.verification import first_of_kind, verify_actions, within_business_hours
from approvals.verification.context import group_floor
from playbooks.models import Action
from rallied.connectors import DirectoryUser, IdentityConnector
from tenants.models import Tenant
from tickets.models import Ticket

pytestmark = pytest.mark.django_db


def tenant(**fields) -> Tenant:
    base = {"name": "T", "slug": "t", "domains": ["t.example"], "time_zone": "America/Chicago", "mode": "live",
            "business_hours": {"days": [1, 2, 3, 4, 5], "start": "07:00", "end": "18:00"}}
    return Tenant.objects.create(**{**base, **fields})


@pytest.mark.parametrize(("moment", "inside"), [
    (datetime(2025, 1, 14, 13, 30, tzinfo=UTC), True),    # Tuesday 07:30 in Chicago (UTC-6)
    (datetime(2025, 1, 14, 12, 30, tzinfo=UTC), False),   # Tuesday 06:30 in Chicago: before opening
    (datetime(2025, 1, 15, 0, 30, tzinfo=UTC), False),    # Tuesday 18:30 in Chicago: after closing
    (datetime(2025, 7, 15, 12, 30, tzinfo=UTC), True),    # Tuesday 07:30 in Chicago in summer (UTC-5)
    (datetime(2025, 1, 18, 16, 0, tzinfo=UTC), False),    # Saturday 10:00: not a business day
])
def test_business_hours_are_read_in_the_tenants_own_time_zone(moment, inside):
    assert within_business_hours(tenant(), moment) is inside


def test_a_tenant_without_business_hours_is_always_inside():
    assert within_business_hours(tenant(business_hours={}), datetime(2025, 1, 18, 3, 0, tzinfo=UTC))


def make_action(t: Tenant, kind: str, target: str, status: str, n: int) -> Action:
    ticket = Ticket.objects.create(tenant=t, external_id=f"x{n}", subject="s", requester_email=target)
    return Action.objects.create(ticket=ticket, kind=kind, target=target, params={"target": target}, status=status,
                                 idempotency_key=f"k{n}")


def test_first_ever_comes_from_this_tenants_finished_history():
    t, other = tenant(), tenant(slug="o", name="O")
    now = make_action(t, "add_to_group", "a@t.example", "proposed", 1)
    assert first_of_kind(now.ticket, now)
    make_action(other, "add_to_group", "a@t.example", "succeeded", 2)   # another tenant's history
    make_action(t, "add_to_group", "a@t.example", "rejected", 3)        # refused: never done
    make_action(t, "reset_password", "a@t.example", "succeeded", 4)     # another kind
    assert first_of_kind(now.ticket, now)
    make_action(t, "add_to_group", "A@t.example", "succeeded", 5)
    assert not first_of_kind(now.ticket, now)


def test_admin_and_role_assignable_groups_are_privileged_other_protected_groups_are_protected():
    t = tenant()
    t.protected_identities.create(kind="group", identity="Privileged Admins", reason="role-assignable group")
    t.protected_identities.create(kind="group", identity="Executives", reason="protected group")
    assert group_floor(t, "Privileged Admins")[0]
    assert group_floor(t, "Domain Admins")[0]          # its name says so
    assert group_floor(t, "Executives") == ("", "Executives: protected group")
    assert group_floor(t, "Billing Team") == ("", "")


class OneUserDirectory(IdentityConnector):
    """Any identity provider whose connector reports a risky user (Entra does today; Okta's risk API could).

    No `vendor`: the connector registry collects every subclass that names one, and this fake must never
    stand in for a real connector elsewhere in the run.
    """

    def __init__(self, user: DirectoryUser) -> None:
        super().__init__(base_url="http://directory.invalid")
        self.user = user

    def get_user(self, identifier: str) -> DirectoryUser | None:
        return self.user if identifier.lower() == self.user.upn else None


@pytest.mark.parametrize(("kind", "flagged"), [("reset_password", True), ("unlock_account", False)])
def test_the_idp_risk_flag_sends_a_change_to_a_person_whatever_the_idp(kind, flagged):
    t = tenant(verification="manager", mode="plan")
    user = DirectoryUser(id="1", upn="a@t.example", display_name="A", risky=True)
    ticket = Ticket.objects.create(tenant=t, external_id="r", subject="s", requester_email=user.upn, confidence=0.9)
    action = Action.objects.create(ticket=ticket, kind=kind, target=user.upn, params={"target": user.upn},
                                   idempotency_key="r1")
    contexts, _ = verify_actions(ticket=ticket, actions=[action], idp=OneUserDirectory(user))
    signals = contexts[action.pk].risk_signals
    # An unlock is what clears the risk block, so the flag cannot hold back the unlock itself.
    assert ("the identity provider flags the target as a risky user" in signals) is flagged


# Transactional: `resolve` prints each ticket after its pipeline ran, which it does at the ingest's own commit.
@pytest.mark.django_db(transaction=True)
def test_resolve_prints_each_decision_with_its_reasons(trust_world, sandbox, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"external_id": "r-1", "subject": "Password reset please",
                                  "body": "Hi, I forgot my password.", "requester_email": "it.admin@contoso.example"})
                      + "\n")
    out = io.StringIO()
    call_command("resolve", "--tenant", "contoso", "--input", str(source), stdout=out)
    result = json.loads(out.getvalue().strip().splitlines()[-1])
    assert result["status"] == "escalated"
    [action] = result["actions"]
    assert action["decision"] == "forbidden"
    assert any("holds the directory admin role Global Administrator" in r for r in action["reasons"])
