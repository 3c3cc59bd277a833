"""An edit is a new action: every floor rule x every way a technician can approve, on the sandbox's state.

Web queue and API carry edits: each edit onto what the floor forbids is refused with the floor's reason, nothing of it
is kept (params, version, earlier approvals) and the tenant's directory in the sandbox is exactly as before. An edit
onto what the floor only watches (VIP, protected group, admin) cannot be approved by the editor alone: the directory is
unchanged until a second technician approves. Slack buttons and Teams links carry no edits: an edit smuggled into
their request is ignored, the version on the button is what is approved, and it runs on the original person. Beside
each refusal, the allowed edit runs on the person it names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model

from approvals.channels.teams import create_approval_link
from approvals.models import ApprovalRequest, Review
from audit.models import AuditEvent
from playbooks.models import Action
from rallied.kinds import get_kind
from tenants.models import ProtectedIdentity, Tenant
from tenants.services import create_api_token
from tests.approvals.factories import waiting
from tests.chat.helpers import button_payload, member, press
from tests.helpers import committed, otp_code, staff_client, token_client
from tests.trust.helpers import set_policy

pytestmark = pytest.mark.django_db

ADELE, ALEX = "adele.vance@contoso.example", "alex.wilber@contoso.example"
NANCY, JANET = "nancy.davolio@northwind.example", "janet.leverling@northwind.example"
IDP = {"contoso": "graph", "northwind": "okta"}


@dataclass(frozen=True)
class Case:
    slug: str
    requester: str
    kind: str
    params: dict[str, str]  # the waiting action as planned
    edit: dict[str, str]  # what the technician changes
    reason: str  # words of the floor's reason


ADD = "add_to_group"
# Every rule of approvals/policy.py that forbids outright what an edit could point an action at.
REFUSED = {
    "entra admin password": Case("contoso", ADELE, "reset_password", {"target": ADELE},
                                 {"target": "it.admin@contoso.example"}, "holds the directory admin role"),
    "entra admin MFA": Case("contoso", ADELE, "reset_mfa", {"target": ADELE},
                            {"target": "it.admin@contoso.example"}, "remove every MFA method of an admin"),
    "break-glass password": Case("contoso", ADELE, "reset_password", {"target": ADELE},
                                 {"target": "breakglass@contoso.example"}, "holds the directory admin role"),
    "okta super admin password": Case("northwind", NANCY, "reset_password", {"target": NANCY},
                                      {"target": "okta.admin@northwind.example"}, "SUPER_ADMIN"),
    "okta super admin MFA": Case("northwind", NANCY, "reset_mfa", {"target": NANCY},
                                 {"target": "okta.admin@northwind.example"}, "remove every MFA method of an admin"),
    "protected identity credentials": Case("contoso", ADELE, "reset_password", {"target": ADELE},
                                           {"target": ALEX}, "is a protected identity (shared kiosk account)"),
    "privileged group": Case("contoso", ADELE, ADD, {"target": ADELE, "group": "Finance-Readers"},
                             {"group": "Privileged Admins"}, "never adds anyone to"),
    "outside verified domains": Case("contoso", ADELE, ADD, {"target": ADELE, "group": "Finance-Readers"},
                                     {"target": "mallory@evil.example"}, "outside the tenant's verified domains"),
    "look-alike domain": Case("contoso", ADELE, ADD, {"target": ADELE, "group": "Finance-Readers"},
                              {"target": "adele.vance@c0ntoso.example"}, "look-alike domain"),
    "not in the directory": Case("contoso", ADELE, ADD, {"target": ADELE, "group": "Finance-Readers"},
                                 {"target": "nobody.here@contoso.example"}, "is not a user of this tenant's directory"),
}
# Rules that only watch: the edited version needs a second technician.
STRICTER = {
    "VIP target": Case("contoso", ADELE, ADD, {"target": ADELE, "group": "Finance-Readers"},
                       {"target": "lynne.robbins@contoso.example"}, "a VIP"),
    "Executives group": Case("contoso", ADELE, ADD, {"target": ADELE, "group": "Finance-Readers"},
                             {"group": "Executives"}, "a protected group"),
    "Partners group": Case("northwind", NANCY, ADD, {"target": NANCY, "group": "VPN Users"},
                           {"group": "Partners"}, "a protected group"),
    "admin target": Case("contoso", ADELE, ADD, {"target": ADELE, "group": "Finance-Readers"},
                         {"target": "it.admin@contoso.example"}, "an admin"),
}


@pytest.fixture
def floor(trust_world: dict[str, Any], sandbox: Any) -> Any:
    """The world plus one protected identity that is no admin (so the protected-identity rule is what stops it)."""
    ProtectedIdentity.objects.create(tenant=Tenant.objects.get(slug="contoso"), kind="user", identity=ALEX,
                                     reason="shared kiosk account")
    return sandbox


def directory(sandbox: Any, slug: str) -> Any:
    return sandbox.sandbox.state()[IDP[slug]][slug]


def waiting_for(case: Case, approvals_required: int = 1) -> Action:
    return waiting(case.slug, requester=case.requester, kind=case.kind, params=dict(case.params),
                   approvals_required=approvals_required)


def code(username: str) -> str:
    """The technician's second-factor code: password, MFA and mailbox approvals need it (tenants/otp.py)."""
    return otp_code(get_user_model().objects.get(username=username))


def user_key(username: str) -> str:
    _, key = create_api_token(actor="system:test", name=f"{username}-token",
                              user=get_user_model().objects.get(username=username))
    return key


def edit_on_web(action: Action, edit: dict[str, str], username: str = "tech") -> tuple[bool, str]:
    fields = {f"param_{k}": v for k, v in {**action.params, **edit}.items()}
    with committed():
        response = staff_client(username).post(f"/queue/{action.pk}/approve/",
                                      {"version": action.version, "edit": "on", "next": "/queue/", **fields},
                                      follow=True)
    text = " ".join(str(m) for m in response.context["messages"])
    return "not approved" not in text, text


def edit_on_api(action: Action, edit: dict[str, str], username: str = "tech") -> tuple[bool, str]:
    with committed():
        response = token_client(user_key(username)).post(
            f"/api/v1/actions/{action.pk}/approve", {"params": edit, "version": action.version, "otp": code(username)},
            format="json")
    if response.status_code == 200:
        return True, ""
    assert response.status_code == 403, response.content  # a clear refusal, never a server error
    return False, response.json()["detail"]


EDIT_PATHS = {"web": edit_on_web, "api": edit_on_api}


def unchanged(action: Action, case: Case) -> None:
    """Nothing of a refused edit is kept: params, version, the open request and the earlier approvals."""
    action.refresh_from_db()
    assert (action.params, action.target, action.version, action.status) == (
        case.params, case.params["target"], 1, "awaiting_approval")
    request = ApprovalRequest.objects.get(action=action)
    assert (request.status, request.action_version) == ("open", 1)


@pytest.mark.parametrize("path", sorted(EDIT_PATHS))
@pytest.mark.parametrize("rule", sorted(REFUSED))
def test_an_edit_onto_what_the_floor_forbids_is_refused_and_changes_nothing(floor, rule, path):
    case = REFUSED[rule]
    action = waiting_for(case, approvals_required=2)
    # A colleague's approval of the planned version is already there; a refused edit must not wipe it.
    with committed():
        token_client(user_key("tech2")).post(f"/api/v1/actions/{action.pk}/approve",
                                             {"version": 1, "otp": code("tech2")}, format="json")
    before = directory(floor, case.slug)
    accepted, message = EDIT_PATHS[path](action, case.edit)
    assert not accepted
    assert "This edit is refused" in message and case.reason in message, message
    unchanged(action, case)
    assert [r.reviewer.username for r in Review.objects.filter(request__action=action)] == ["tech2"]
    assert directory(floor, case.slug) == before  # e.g. the Okta super admin's password was not reset
    refusal = AuditEvent.objects.get(verb="approval.refused", object_id=str(action.pk))
    assert refusal.actor == "user:tech" and refusal.details["edit"] is True and refusal.outcome == "refused"


@pytest.mark.parametrize("path", sorted(EDIT_PATHS))
@pytest.mark.parametrize("rule", sorted(STRICTER))
def test_an_edit_onto_what_the_floor_watches_needs_a_second_technician(floor, rule, path):
    case = STRICTER[rule]
    action = waiting_for(case)
    before = directory(floor, case.slug)
    accepted, message = EDIT_PATHS[path](action, case.edit)
    assert accepted, message
    action.refresh_from_db()
    request = ApprovalRequest.objects.get(action=action)
    assert (action.status, action.version, request.approvals_required) == ("awaiting_approval", 2, 2)
    assert any("second technician" in r and case.reason in r for r in action.reasons), action.reasons
    assert directory(floor, case.slug) == before  # one technician alone changed nothing
    # The other side: a second technician approves the edited version, and it runs on the edited target.
    with committed():
        response = token_client(user_key("tech2")).post(f"/api/v1/actions/{action.pk}/approve",
                                                        {"version": 2, "otp": code("tech2")}, format="json")
    assert response.status_code == 200, response.content
    action.refresh_from_db()
    assert action.status == "succeeded", (action.status, action.error)
    assert directory(floor, case.slug) != before


ALLOWED = {
    "entra password to an ordinary user": (Case("contoso", ADELE, "reset_password", {"target": ADELE},
                                                {"target": "diego.siciliani@contoso.example"}, ""), "password"),
    "okta password to an ordinary user": (Case("northwind", NANCY, "reset_password", {"target": NANCY},
                                               {"target": JANET}, ""), "password"),
    "entra group to an ordinary group": (Case("contoso", ADELE, ADD, {"target": ADELE, "group": "Finance-Readers"},
                                              {"group": "Billing Team"}, ""), "group"),
}


def changed_person(sandbox: Any, case: Case, what: str) -> dict[str, bool]:
    """Whose password changed (Graph and Okta keep a timestamp), or who is in the edited group now."""
    state = directory(sandbox, case.slug)
    if what == "group":
        members = state["groups"][case.edit["group"]]
        return {case.params["target"]: case.params["target"] in members}
    field = "lastPasswordChangeDateTime" if case.slug == "contoso" else "passwordChanged"
    return {upn: state["users"][upn][field] for upn in (case.params["target"], case.edit["target"])}


@pytest.mark.parametrize("path", sorted(EDIT_PATHS))
@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_an_allowed_edit_runs_on_the_person_it_names(floor, name, path):
    case, what = ALLOWED[name]
    action = waiting_for(case)
    before = changed_person(floor, case, what)
    accepted, message = EDIT_PATHS[path](action, case.edit)
    assert accepted, message
    action.refresh_from_db()
    assert action.status == "succeeded", (action.status, action.error, action.reasons)
    assert action.target == {**case.params, **case.edit}["target"] and action.version == 2
    after = changed_person(floor, case, what)
    if what == "group":
        assert after == {ADELE: True} and before == {ADELE: False}
    else:  # the edited target's password changed, the original requester's did not
        assert after[case.params["target"]] == before[case.params["target"]]
        assert after[case.edit["target"]] != before[case.edit["target"]]
    event = AuditEvent.objects.get(verb="action.edited", object_id=str(action.pk))
    assert event.details["version"] == 2
    # The requester was verified again, against the edited target.
    action.ticket.refresh_from_db()
    assert action.ticket.verification["target"] == action.target


def slack_press_with_edit(action: Action, edit: dict[str, str]) -> str:
    payload = button_payload(action, "approve", member("tech"), slug=action.ticket.tenant.slug)
    # What a Slack form would carry; the interactivity handler reads only the button's action and version.
    payload["state"] = {"values": {"edit": {k: {"type": "plain_text_input", "value": v} for k, v in edit.items()}}}
    return press(payload).json()["text"]


def teams_link_with_edit(action: Action, edit: dict[str, str]) -> str:
    path = urlsplit(create_approval_link(request=ApprovalRequest.objects.get(action=action))).path
    client = staff_client("tech")  # the link's page is a signed-in web page: the session proved the second factor
    fields = {f"param_{k}": v for k, v in edit.items()}
    with committed():
        response = client.post(path, {"decision": "approve", "edit": "on", "params": str(edit), **fields})
    return response.content.decode()


CHAT_PATHS = {"slack": slack_press_with_edit, "teams": teams_link_with_edit}


@pytest.mark.parametrize("path", sorted(CHAT_PATHS))
@pytest.mark.parametrize("rule", sorted(REFUSED) + sorted(STRICTER))
def test_chat_approvals_carry_no_edit_and_run_the_version_shown(floor, rule, path):
    case = {**REFUSED, **STRICTER}[rule]
    action = waiting_for(case)
    before = directory(floor, case.slug)
    CHAT_PATHS[path](action, case.edit)
    action.refresh_from_db()
    assert (action.params, action.version) == (case.params, 1)
    if path == "slack" and get_kind(action.kind).sensitive:
        # A Slack button carries no second factor: password and MFA approvals are refused there and nothing runs.
        assert action.status == "awaiting_approval" and directory(floor, case.slug) == before
        return
    assert action.status == "succeeded", (action.status, action.error)
    after = directory(floor, case.slug)
    # Only the original person's record may have changed; whatever the edit named is exactly as before.
    for name, row in before["users"].items():
        if name != case.params["target"]:
            assert after["users"][name] == row, name
    if "group" in case.edit and "groups" in before:  # Graph keeps groups apart; Okta on each user (above)
        assert after["groups"].get(case.edit["group"]) == before["groups"].get(case.edit["group"])


def test_an_edit_that_would_run_on_its_own_still_needs_the_approval_it_is_given(floor):
    """Unlocking is autonomous for a user asking for themself; an edit to exactly that is still the editor's call."""
    set_policy("unlock_account", "autonomous", tenant=Tenant.objects.get(slug="contoso"))
    action = waiting("contoso", requester=ADELE, kind="unlock_account",
                     params={"target": "diego.siciliani@contoso.example"})
    accepted, message = edit_on_api(action, {"target": ADELE})
    assert accepted, message
    action.refresh_from_db()
    assert action.decision == "approval" and action.status == "succeeded"
    assert any("edited this action" in r for r in action.reasons)
    intent = AuditEvent.objects.get(verb="action.intent", object_id=str(action.pk))
    assert intent.authority == "approved by tech"  # the technician's review is the authority, not the policy


def test_an_edit_never_lowers_the_approvals_required(floor):
    action = waiting("contoso", requester=ADELE, approvals_required=2)
    accepted, _ = edit_on_web(action, {"group": "Billing Team"})
    assert accepted
    action.refresh_from_db()
    request = ApprovalRequest.objects.get(action=action)
    assert (action.status, request.approvals_required) == ("awaiting_approval", 2)
    assert ADELE not in directory(floor, "contoso")["groups"]["Billing Team"]
    accepted, _ = edit_on_api(action, {}, username="tech2")  # a plain approval of version 2
    action.refresh_from_db()
    assert accepted and action.status == "succeeded"
    assert ADELE in directory(floor, "contoso")["groups"]["Billing Team"]


def test_the_admin_cannot_change_an_action(floor):
    action = waiting_for(REFUSED["entra admin password"])
    lead = staff_client("lead")  # a service lead, second factor proved
    url = f"/admin/playbooks/action/{action.pk}/change/"
    response = lead.post(url, {"target": "it.admin@contoso.example", "params": '{"target": "it.admin@contoso.example"}'})
    assert response.status_code == 403
    action.refresh_from_db()
    assert action.target == ADELE
    assert lead.get(url).status_code in (200, 302)  # still readable as a record
