"""The decision's history facts (approvals/verification/context.action_history): the first-of-kind check and the
daily limits read in one query, each still counting only what it counted alone. Through verify_actions, which the
re-decision calls: what the engine is handed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from approvals.verification import verify_actions
from playbooks.models import Action
from rallied.connectors import DirectoryUser, IdentityConnector
from tenants.models import Tenant
from tickets.models import Ticket

pytestmark = pytest.mark.django_db
TARGET = "a@t.example"


class OneUserDirectory(IdentityConnector):
    """A directory that knows one user (no `vendor`: never registered as a real connector)."""

    def __init__(self, user: DirectoryUser) -> None:
        super().__init__(base_url="http://directory.invalid")
        self.user = user

    def get_user(self, identifier: str) -> DirectoryUser | None:
        return self.user if identifier.lower() == self.user.upn else None


def tenant(slug: str = "t") -> Tenant:
    return Tenant.objects.create(name=slug.upper(), slug=slug, domains=["t.example"], mode="plan", business_hours={})


def action(t: Tenant, n: int, *, kind: str = "add_to_group", target: str = TARGET, status: str = "proposed",
           ticket: Ticket | None = None, age: timedelta | None = None) -> Action:
    ticket = ticket or Ticket.objects.create(tenant=t, external_id=f"x{n}", subject="s", requester_email=TARGET)
    made = Action.objects.create(ticket=ticket, kind=kind, target=target, params={"target": target, "group": "G"},
                                 status=status, idempotency_key=f"k{n}")
    if age is not None:
        Action.objects.filter(pk=made.pk).update(created_at=timezone.now() - age)
    return made


def context_of(now: Action):
    user = DirectoryUser(id="1", upn=TARGET, display_name="A")
    contexts, _ = verify_actions(ticket=now.ticket, actions=[now], idp=OneUserDirectory(user))
    return contexts[now.pk]


def test_first_of_kind_counts_only_this_kind_done_for_this_target_on_another_ticket_of_this_tenant():
    t = tenant()
    now = action(t, 1)
    action(tenant("o"), 2, status="succeeded")                  # another tenant's history
    action(t, 3, status="rejected")                             # refused: never done
    action(t, 4, kind="reset_password", status="succeeded")     # another kind
    action(t, 5, status="succeeded", ticket=now.ticket)         # this very ticket
    assert context_of(now).first_of_kind
    action(t, 6, target="A@T.example", status="undone")         # done (and undone) before, spelled otherwise
    assert not context_of(now).first_of_kind


def test_the_daily_limit_per_target_counts_live_actions_of_the_last_24_hours_only():
    t = tenant()
    now = action(t, 1)
    action(t, 2, status="succeeded")
    action(t, 3, status="approved")
    action(t, 4, status="executing", age=timedelta(hours=30))    # yesterday's: not today's
    action(t, 7, status="succeeded", age=timedelta(hours=30))    # yesterday's, though it makes this no first
    action(t, 5, status="rejected")                              # never ran
    assert not any("actions for" in hit for hit in context_of(now).rate_limits_hit)
    action(t, 6, status="unknown_outcome")                       # the third today
    assert f"3 add_to_group actions for {TARGET} in 24 hours" in context_of(now).rate_limits_hit
