"""Issue 14's onboarding and offboarding kinds through every channel a technician decides in, judged from the
sandbox's own state (the directory, Exchange, the RMM), not from Rallied's rows.

- Approval: the web queue, the API, a Teams link and a Slack button each approve every step of an onboarding and an
  offboarding, and the steps run. A Slack button carries no second factor, so the mailbox step (sensitive) is refused
  there with that reason and approved in the queue; everything else runs from the Slack presses alone.
- Edits: only the web queue and the API carry edits (Slack buttons and Teams links approve the version shown:
  tests/trust/test_edit_floor_matrix.py). An edit of a leaver's steps onto a directory admin, or of a new hire's group
  onto a role-assignable admin group, goes through the one re-decision (workflow/decisions.redecide_edited_action)
  and ends exactly where the original decision for that person or group ends: refused with the floor's own reason
  where the floor forbids it, sent to a second technician where it only watches; the allowed edit runs.
- The manager's confirmation link: never sent for these steps, and one answered on such a ticket decides them again
  through the same function without approving them; a technician's approval still runs them.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from approvals.channels.teams import create_approval_link
from approvals.manager_link import make_token
from approvals.manager_models import ManagerConfirmation
from approvals.models import ApprovalRequest
from playbooks.choices import ActionStatus
from playbooks.models import Action
from tenants.models import Tenant
from tenants.services import create_api_token
from tests.chat.helpers import button_payload, member, press
from tests.helpers import committed, otp_code, staff_client, token_client
from tests.onboarding.test_offboarding import directory
from tests.onboarding.test_onboarding import CASES, REQUESTER, account
from tests.rmm.helpers import rmm_device, spare_host
from tests.trust.helpers import submit
from tickets.models import Ticket

pytestmark = pytest.mark.django_db

ALEX, ADMIN = "alex.wilber@contoso.example", "it.admin@contoso.example"
_, NEW_NAME, NEW_HIRE, NEW_MANAGER, NEW_BODY, NEW_GROUPS = CASES[0]  # contoso's new starter, Jordan Miles
LEAVER_BODY = "Please offboard {}, today was their last day."


def _live() -> None:
    """Live, under the shipped policies: every write of these playbooks waits for a technician."""
    Tenant.objects.filter(slug="contoso").update(mode=Tenant.Mode.LIVE)


def _key(username: str) -> str:
    _, key = create_api_token(actor="system:test", name=f"{username}-token",
                              user=get_user_model().objects.get(username=username))
    return key


def _code(username: str) -> str:
    return otp_code(get_user_model().objects.get(username=username))


def _who(action: Action) -> str:
    """A technician of the action's client: tech for Contoso, tech2 (a technician of every demo client) elsewhere."""
    return "tech" if action.ticket.tenant.slug == "contoso" else "tech2"


def on_web(action: Action, params: dict[str, Any] | None = None, username: str = "") -> str:
    """The review queue's approve (with the edit form's fields when `params`); returns the page's messages."""
    username = username or _who(action)
    fields = {f"param_{k}": v for k, v in {**action.params, **(params or {})}.items()}
    data = {"version": action.version, "next": "/queue/", "identity_check": "callback"}
    if params is not None:
        data.update(edit="on", **fields)
    with committed():
        response = staff_client(username).post(f"/queue/{action.pk}/approve/", data, follow=True)
    return " ".join(str(m) for m in response.context["messages"])


def on_api(action: Action, params: dict[str, Any] | None = None, username: str = "") -> str:
    username = username or _who(action)
    body = {"version": action.version, "otp": _code(username), "identity_check": "callback"}
    if params is not None:
        body["params"] = params
    with committed():
        response = token_client(_key(username)).post(f"/api/v1/actions/{action.pk}/approve", body, format="json")
    assert response.status_code in (200, 403), response.content  # a clear answer, never a server error
    return "" if response.status_code == 200 else response.json()["detail"]


def on_teams(action: Action) -> str:
    path = urlsplit(create_approval_link(request=ApprovalRequest.objects.get(action=action))).path
    with committed():
        response = staff_client(_who(action)).post(path, {"decision": "approve"})
    assert response.status_code == 200, response.content.decode()[:500]
    return ""


def on_slack(action: Action) -> str:
    slug = action.ticket.tenant.slug
    return press(button_payload(action, "approve", member(_who(action)), slug=slug)).json()["text"]


APPROVE = {"web": on_web, "api": on_api, "teams": on_teams, "slack": on_slack}


def approve_through(channel: str, ticket: Ticket) -> dict[str, str]:
    """Approve every waiting step through `channel`; what Slack refused goes to the queue. Returns kind -> refusal."""
    refused: dict[str, str] = {}
    for _ in range(8):
        waiting = list(ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL).order_by("pk"))
        if not waiting:
            break
        for action in waiting:
            APPROVE[channel](action)
            action.refresh_from_db()
            if action.status == ActionStatus.AWAITING_APPROVAL and channel == "slack":
                refused[action.kind] = action.kind
                assert on_web(action).startswith("Approved"), action.kind
    ticket.refresh_from_db()
    return refused


@pytest.mark.parametrize("channel", sorted(APPROVE))
def test_an_onboarding_approved_through_each_channel_runs_every_step(world: Any, sandbox: Any, channel: str) -> None:
    _live()
    spare = spare_host("contoso")
    assert account(sandbox, "contoso", NEW_HIRE) is None and rmm_device(sandbox, "contoso", spare)["owner"] is None
    ticket = submit("contoso", REQUESTER["contoso"], f"New starter: {NEW_NAME}", NEW_BODY)
    assert ticket.status == "awaiting_approval"
    refused = approve_through(channel, ticket)

    made = account(sandbox, "contoso", NEW_HIRE)
    assert made is not None, [(a.kind, a.status, a.error) for a in ticket.actions.all()]
    assert made["name"] == NEW_NAME and made["manager"] == NEW_MANAGER and made["groups"] >= NEW_GROUPS
    assert sandbox.sandbox.state()["graph"]["contoso"]["skus"]["SPE_E3"]["skuId"] in made["skus"]
    assert NEW_HIRE in sandbox.sandbox.state()["exchange"]["contoso"]["billing@contoso.example"]["full_access"]
    assert rmm_device(sandbox, "contoso", spare)["owner"] == NEW_HIRE
    assert set(ticket.actions.values_list("status", flat=True)) == {ActionStatus.SUCCEEDED}
    # Only the sensitive step needed the queue, and only on Slack.
    assert set(refused) == ({"grant_mailbox_access"} if channel == "slack" else set())


@pytest.mark.parametrize("channel", sorted(APPROVE))
def test_an_offboarding_approved_through_each_channel_runs_every_step(world: Any, sandbox: Any, channel: str) -> None:
    _live()
    before = directory(sandbox, "contoso", ALEX)
    assert before["enabled"] and before["mfa"] and before["mailbox"] == "user"
    ticket = submit("contoso", REQUESTER["contoso"], "Leaver: Alex Wilber", LEAVER_BODY.format(ALEX))
    assert ticket.status == "awaiting_approval"
    refused = approve_through(channel, ticket)

    after = directory(sandbox, "contoso", ALEX)
    assert not after["enabled"] and after["mfa"] == [] and after["groups"] == set() and after["licences"] == []
    assert after["mailbox"] == "shared" and after["hidden"] is True and REQUESTER["contoso"] in after["full_access"]
    assert after["password"] != before["password"]
    assert rmm_device(sandbox, "contoso", "CONT-LT-AWILBER")["owner"] is None
    assert set(ticket.actions.values_list("status", flat=True)) == {ActionStatus.SUCCEEDED}
    assert set(refused) == ({"grant_mailbox_access"} if channel == "slack" else set())


# -- edits: the web queue and the API ------------------------------------------------------------------------------
EDITS = {"web": on_web, "api": on_api}


def _original(kind: str, ticket: Ticket) -> Action:
    return ticket.actions.get(kind=kind)


@pytest.fixture
def admin_offboarding(world: Any, sandbox: Any) -> Ticket:
    """The original decision: the same offboarding asked for the admin directly, decided by the planner."""
    _live()
    return submit("contoso", REQUESTER["contoso"], "Leaver: IT Admin", LEAVER_BODY.format(ADMIN))


@pytest.mark.parametrize("path", sorted(EDITS))
@pytest.mark.parametrize("kind", ["scramble_password", "remove_mfa_methods", "disable_user", "convert_mailbox"])
def test_editing_a_leavers_step_onto_an_admin_ends_where_the_original_decision_does(
        admin_offboarding: Ticket, sandbox: Any, path: str, kind: str) -> None:
    original = _original(kind, admin_offboarding)
    ticket = submit("contoso", REQUESTER["contoso"], "Leaver: Alex Wilber", LEAVER_BODY.format(ALEX))
    action = ticket.actions.get(kind=kind)
    before = directory(sandbox, "contoso", ADMIN), directory(sandbox, "contoso", ALEX)
    message = EDITS[path](action, {"target": ADMIN})
    action.refresh_from_db()
    if original.decision == "forbidden":  # the floor forbids it for the admin: the edit is refused with its reason
        assert original.status == ActionStatus.BLOCKED
        assert "This edit is refused" in message and original.reasons[0] in message, (message, original.reasons)
        assert (action.target, action.version, action.status) == (ALEX, 1, ActionStatus.AWAITING_APPROVAL)
    else:  # the floor only watches it: decided again to approval, for the same reason, and by a second technician
        assert original.decision == action.decision == "approval", (original.decision, action.decision)
        floor = next(r for r in original.reasons if "never autonomous" in r)
        assert floor in action.reasons and "admin_target" in action.flags, action.reasons
        assert ApprovalRequest.objects.get(action=action).approvals_required == 2
        assert any("second technician" in r for r in action.reasons), action.reasons
        assert (action.target, action.version, action.status) == (ADMIN, 2, ActionStatus.AWAITING_APPROVAL)
    # Either way the admin's account and the leaver's are exactly as before: one technician's edit ran nothing.
    assert (directory(sandbox, "contoso", ADMIN), directory(sandbox, "contoso", ALEX)) == before


def _groups(sandbox: Any) -> dict[str, list[str]]:
    return sandbox.sandbox.state()["graph"]["contoso"]["groups"]


@pytest.mark.parametrize("path", sorted(EDITS))
def test_editing_a_new_hires_group_onto_an_admin_group_is_refused_and_the_ordinary_one_runs(
        world: Any, sandbox: Any, path: str) -> None:
    _live()
    ticket = submit("contoso", REQUESTER["contoso"], f"New starter: {NEW_NAME}", NEW_BODY)
    for action in ticket.actions.exclude(kind="add_to_group").order_by("pk"):
        assert on_web(action).startswith("Approved"), action.kind
    first, second = ticket.actions.filter(kind="add_to_group").order_by("pk")
    admins_before = list(_groups(sandbox)["Privileged Admins"])

    # The original decision for a new hire asked into that group: forbidden, for the floor's reason.
    asked = submit("contoso", REQUESTER["contoso"], "New starter: Sam Rivera",
                   NEW_BODY.replace(NEW_NAME, "Sam Rivera").replace("Finance-Readers, Project Phoenix",
                                                                     "Privileged Admins"))
    (original,) = asked.actions.filter(kind="add_to_group")
    assert (original.params["group"], original.decision) == ("Privileged Admins", "forbidden"), original.reasons

    message = EDITS[path](first, {"group": "Privileged Admins"})
    assert "This edit is refused" in message and original.reasons[0] in message, (message, original.reasons)
    first.refresh_from_db()
    assert (first.params["group"], first.version, first.status) == ("Finance-Readers", 1, "awaiting_approval")
    assert _groups(sandbox)["Privileged Admins"] == admins_before

    # The other side: an edit onto an ordinary group is decided again, approved, and runs on the new hire.
    message = EDITS[path](second, {"group": "Billing Team"})
    assert "not approved" not in message and "refused" not in message, message
    second.refresh_from_db()
    assert (second.params["group"], second.version) == ("Billing Team", 2)
    assert on_web(first).startswith("Approved")  # the planned version, as it stood
    ticket.refresh_from_db()
    assert NEW_HIRE in _groups(sandbox)["Billing Team"] and NEW_HIRE in _groups(sandbox)["Finance-Readers"]
    assert NEW_HIRE not in _groups(sandbox)["Privileged Admins"] and NEW_HIRE not in _groups(sandbox)["Project Phoenix"]


# -- the manager's confirmation link ---------------------------------------------------------------------------------
def test_a_managers_confirmation_decides_the_playbook_again_and_is_no_technicians_approval(world: Any,
                                                                                          sandbox: Any) -> None:
    """The manager's link proves who asked; it approves nothing. A playbook's steps never ask for it (their kinds are
    not self-service: approvals/verification/proof.choose_route), but a confirmation answered on such a ticket goes
    through the one re-decision like any other fact, and its steps still wait for a technician, whose approval runs
    them."""
    _live()
    ticket = submit("contoso", REQUESTER["contoso"], "Leaver: Alex Wilber", LEAVER_BODY.format(ALEX))
    assert not ManagerConfirmation.objects.filter(ticket=ticket).exists()  # no link was sent for these steps
    waiting = list(ticket.actions.filter(status=ActionStatus.AWAITING_APPROVAL).order_by("pk"))
    before = directory(sandbox, "contoso", ALEX)
    row = ManagerConfirmation.objects.create(
        ticket=ticket, target=ALEX, manager_email=REQUESTER["contoso"], manager_name="Megan Bowen",
        reason="test: a confirmation answered on a playbook's ticket", nonce=secrets.token_urlsafe(24),
        expires_at=timezone.now() + timedelta(hours=1))
    with committed():
        response = Client().post(f"/verify/manager/{make_token(row)}/", {"decision": "confirm"})
    assert response.status_code == 200
    redecided = set(ticket.events.filter(kind="action.redecided").values_list("data__action", flat=True))
    assert redecided == {a.pk for a in waiting}  # every waiting step, through the one re-decision
    assert set(ticket.actions.values_list("status", flat=True)) == {ActionStatus.AWAITING_APPROVAL}
    assert directory(sandbox, "contoso", ALEX) == before  # nothing ran on the manager's word alone
    approve_through("web", ticket)
    after = directory(sandbox, "contoso", ALEX)
    assert not after["enabled"] and after["mailbox"] == "shared"
    assert set(ticket.actions.values_list("status", flat=True)) == {ActionStatus.SUCCEEDED}
