"""A decision stored to ride on the action's next move (playbooks.services.store_decision's `carried`, issue 17) is
written whatever becomes of the move: with it when it wins, on its own when another worker moved the action first,
and by save_carried_decision when nothing moved it. The rows end as two updates left them."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from playbooks.choices import ActionStatus
from playbooks.models import Action
from playbooks.services import save_carried_decision, store_decision, transition_action
from tenants.models import Tenant
from tickets.models import Ticket

pytestmark = pytest.mark.django_db
DECISION = SimpleNamespace(mode="autonomous", reasons=("Allowed on its own.",), flags=("first_of_kind",))


def _action(key: str) -> Action:
    ticket = Ticket.objects.create(tenant=Tenant.objects.get(slug="contoso"), external_id=key, subject="s")
    return Action.objects.create(ticket=ticket, kind="reset_password", target="a@contoso.example",
                                 idempotency_key=key)


def _stored(action: Action) -> tuple:
    row = Action.objects.get(pk=action.pk)
    return row.status, row.decision, row.reasons, row.flags


def test_the_move_that_wins_writes_the_decision_with_it(world):
    action = _action("carried-won")
    store_decision(action=action, actor="system:test", decision=DECISION, carried=True)
    assert _stored(action)[1] == ""  # not written yet: it rides on the move
    assert transition_action(action=action, to=ActionStatus.APPROVED, actor="system:test")
    assert _stored(action) == (ActionStatus.APPROVED, "autonomous", ["Allowed on its own."], ["first_of_kind"])
    save_carried_decision(action)  # nothing left to write
    assert _stored(action)[0] == ActionStatus.APPROVED


def test_a_lost_move_still_stores_the_decision(world):
    action = _action("carried-lost")
    store_decision(action=action, actor="system:test", decision=DECISION, carried=True)
    Action.objects.filter(pk=action.pk).update(status=ActionStatus.REJECTED)  # another worker moved it first
    assert transition_action(action=action, to=ActionStatus.APPROVED, actor="system:test") is False
    assert _stored(action) == (ActionStatus.REJECTED, "autonomous", ["Allowed on its own."], ["first_of_kind"])


def test_a_decision_nothing_moved_is_written_by_save_carried_decision(world):
    action = _action("carried-unmoved")
    store_decision(action=action, actor="system:test", decision=DECISION, carried=True)
    save_carried_decision(action)
    assert _stored(action) == (ActionStatus.PROPOSED, "autonomous", ["Allowed on its own."], ["first_of_kind"])
