"""The lifecycle's structure: one place decides, transitions queue their own follow-up, edits are decided again."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from approvals import services as approval_services
from approvals.models import ApprovalRequest
from approvals.services import ApprovalRefused, approve_action
from playbooks.choices import ActionStatus
from playbooks.services import transition_action
from playbooks.signals import action_settled
from tests.approvals.factories import waiting

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("rallied", "audit", "tenants", "tickets", "playbooks", "approvals", "workflow")
# Who may import what decides: the one re-decision function, the admin's policy matrix, which runs decide()
# on made-up contexts to show a service lead what a policy row leads to, and the backtest, which runs it on past
# tickets that are never stored (neither decides an action).
ALLOWED = {
    "verify_actions": {"workflow/decisions.py"},
    "decide": {"workflow/decisions.py", "approvals/policy_matrix.py", "workflow/backtest/simulate.py"},
    # The directory's own spelling of an action's target, group and mailbox is kept inside the re-decision,
    # before the floor reads it (the same object, never another one).
    "canonicalise_action": {"workflow/decisions.py"},
}


def _importers(name: str) -> set[str]:
    found = set()
    for package in PRODUCT:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and any(alias.name == name for alias in node.names):
                    found.add(str(path.relative_to(ROOT)))
    return found


@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_only_the_lifecycle_verifies_and_decides(name):
    assert _importers(name) == ALLOWED[name]


@pytest.mark.django_db
def test_an_action_that_becomes_approved_is_queued_to_run_once_committed(world, monkeypatch,
                                                                        django_capture_on_commit_callbacks):
    import playbooks.tasks

    rung: list[int] = []
    monkeypatch.setattr(playbooks.tasks, "execute_action_task", rung.append)
    action = waiting()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert transition_action(action=action, to=ActionStatus.APPROVED, actor="system:test")
        assert rung == []  # nothing before the commit: a worker must never see an uncommitted approval
    for callback in callbacks:
        callback()
    assert rung == [action.pk]


@pytest.mark.django_db
def test_an_action_that_ends_tells_the_lifecycle_once_committed(world, django_capture_on_commit_callbacks):
    heard: list[tuple[int, str]] = []

    def listen(sender, *, action_id, ticket_id, status, **kwargs):
        heard.append((action_id, status))

    action_settled.connect(listen)
    try:
        action = waiting()
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            transition_action(action=action, to=ActionStatus.AWAITING_APPROVAL, actor="system:test")
            transition_action(action=action, to=ActionStatus.REJECTED, actor="system:test", message="no")
        assert heard == []
        for callback in callbacks:
            callback()
    finally:
        action_settled.disconnect(listen)
    assert heard == [(action.pk, ActionStatus.REJECTED)]  # not for a status it will leave again


@pytest.mark.django_db
def test_an_edit_is_refused_when_no_re_decision_is_registered(world, monkeypatch):
    """Fail closed: an edit nobody can decide again is refused, never saved unchecked."""
    monkeypatch.setattr(approval_services, "_redecider", None)
    action = waiting()
    tech = get_user_model().objects.get(username="tech")
    with pytest.raises(ApprovalRefused, match="Edits cannot be checked"):
        approve_action(actor=tech, action_id=action.pk, params={"group": "Billing Team"})
    action.refresh_from_db()
    assert action.params["group"] == "Finance-Readers" and action.version == 1


@pytest.mark.django_db
def test_an_edit_goes_through_the_re_decision_and_its_stricter_decision_applies(world, monkeypatch, sandbox):
    calls: list[int] = []
    real = approval_services._redecider

    def counting(*, action, actor):
        calls.append(action.pk)
        return real(action=action, actor=actor)

    monkeypatch.setattr(approval_services, "_redecider", counting)
    action = waiting()
    tech = get_user_model().objects.get(username="tech")
    # Into a role-assignable admin group: the floor refuses the edit, and nothing of it is kept.
    with pytest.raises(ApprovalRefused, match="refused"):
        approve_action(actor=tech, action_id=action.pk, params={"group": "Privileged Admins"})
    action.refresh_from_db()
    assert calls == [action.pk] and action.params["group"] == "Finance-Readers" and action.version == 1
    # An ordinary group is decided again and approved.
    approve_action(actor=tech, action_id=action.pk, params={"group": "Billing Team"})
    action.refresh_from_db()
    assert calls == [action.pk, action.pk] and action.version == 2
    assert ApprovalRequest.objects.get(action=action).action_version == 2


def _writers_of_action_params() -> set[str]:
    """Modules that write an action's params or target: `.update(params=..)`/`.update(target=..)` or an assignment
    to `<x>.params` / `<x>.target` (creating an action in the planner is not a change)."""
    found = set()
    for package in PRODUCT:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "update"
                        and any(k.arg in ("params", "target") for k in node.keywords)):
                    found.add(str(path.relative_to(ROOT)))
                targets = node.targets if isinstance(node, ast.Assign) else []
                for target in targets:
                    for leaf in (target.elts if isinstance(target, ast.Tuple) else [target]):
                        if isinstance(leaf, ast.Attribute) and leaf.attr in ("params", "target") and (
                                isinstance(leaf.value, ast.Name) and leaf.value.id == "action"):
                            found.add(str(path.relative_to(ROOT)))
    return found


def test_only_the_edit_function_changes_what_an_action_does():
    """approvals.services.edit_action is the one place an action's params or target change (and it re-decides).

    playbooks.services.canonicalise_action rewrites them too, but only to the directory's spelling of the same
    object, and only from inside the re-decision (ALLOWED above: workflow/decisions.py alone imports it)."""
    assert _writers_of_action_params() == {"approvals/services.py", "playbooks/services.py"}


@pytest.mark.django_db
def test_an_edited_action_is_never_decided_autonomous_again(world, sandbox):
    """Any later re-decision (a manager's answer, a pause) keeps an edited version waiting for a technician."""
    from approvals.models import AutonomyPolicy
    from tenants.models import Tenant
    from workflow.decisions import redecide

    AutonomyPolicy.objects.update_or_create(tenant=Tenant.objects.get(slug="contoso"), kind="unlock_account",
                                            defaults={"mode": "autonomous"})
    planned = waiting(kind="unlock_account", params={"target": "adele.vance@contoso.example"})
    assert redecide(ticket=planned.ticket, actions=[planned], actor="system:test")[planned.pk].mode == "autonomous"
    edited = waiting(kind="unlock_account", params={"target": "adele.vance@contoso.example"})
    type(edited).objects.filter(pk=edited.pk).update(version=2)
    edited.refresh_from_db()
    decision = redecide(ticket=edited.ticket, actions=[edited], actor="system:test")[edited.pk]
    assert decision.mode == "approval" and any("edited this action" in r for r in decision.reasons)
