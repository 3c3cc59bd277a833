"""Deciding on the web queue: every rule from both sides, the audit event and the PSA note of every decision.

Every decision runs inside committed() (tests/helpers.py), so what happens on commit (execution, PSA notes) happens
here too.
"""

from __future__ import annotations

import pytest
from django.test import Client

from approvals.models import AutonomyPolicy, Review
from approvals.services import ApprovalRefused, approve_action
from audit.models import AuditEvent
from playbooks.models import Action
from tests.approvals.factories import staff_user, waiting, web
from tests.helpers import committed, internal_notes, psa_ticket, staff_client

pytestmark = pytest.mark.django_db


def approve(client: Client, action: Action, version: int | None = None, **fields):
    data = {"version": version or action.version, "next": "/queue/", **fields}
    with committed():
        return client.post(f"/queue/{action.pk}/approve/", data, follow=True)


def reject(client: Client, action: Action, reason: str):
    with committed():
        return client.post(f"/queue/{action.pk}/reject/", {"reason": reason, "next": "/queue/"}, follow=True)


def notes_of(sandbox, action: Action) -> list[str]:
    action.ticket.refresh_from_db()
    if not action.ticket.psa_ticket_id:
        return []
    return internal_notes(psa_ticket(sandbox, action.ticket.psa_ticket_id))


def group_adds(sandbox) -> list[dict]:
    return [w for w in sandbox.sandbox.writes("graph") if w["method"] == "POST" and "/members" in w["path"]]


def audit(verb: str, action: Action) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(verb=verb, object_id=str(action.pk)))


def test_approve_runs_the_action_and_leaves_audit_and_psa_note(world, sandbox):
    action = waiting()
    response = approve(web("tech"), action)
    assert b"Approved Add to group for adele.vance@contoso.example" in response.content
    action.refresh_from_db()
    assert action.status == "succeeded", action.error
    assert len(group_adds(sandbox)) == 1
    [event] = audit("approval.approved", action)
    assert event.actor == "user:tech" and event.authority == "review via web"
    notes = notes_of(sandbox, action)
    assert any(n.startswith("Approved by tech via web: Add to group for adele.vance@contoso.example") for n in notes)
    # The card is gone from the queue once decided.
    assert f'id="card-{action.pk}"'.encode() not in web("tech").get("/queue/").content


def test_technician_cannot_decide_for_a_tenant_outside_their_permissions(world, sandbox):
    fabrikam = waiting("fabrikam", requester="tom.higgins@fabrikam.example",
                       params={"target": "tom.higgins@fabrikam.example", "group": "Estimating"})
    tech = web("tech")  # no permission on fabrikam: the action does not exist for them
    with committed():
        assert tech.post(f"/queue/{fabrikam.pk}/approve/", {"version": 1}).status_code == 404
    with committed():
        assert tech.post(f"/queue/{fabrikam.pk}/reject/", {"reason": "no"}).status_code == 404
    fabrikam.refresh_from_db()
    assert fabrikam.status == "awaiting_approval" and not audit("approval.approved", fabrikam)
    # The other side: tech2 holds approve permission there.
    approve(web("tech2"), fabrikam)
    fabrikam.refresh_from_db()
    assert fabrikam.status != "awaiting_approval"
    assert Review.objects.get(request__action=fabrikam).reviewer.username == "tech2"


def test_view_permission_alone_does_not_allow_deciding(world, sandbox):
    action = waiting()
    response = approve(web("auditor"), action)
    assert b"You do not have approve permission on this tenant." in response.content
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and not Review.objects.exists()


def test_anonymous_posts_decide_nothing(world, sandbox):
    action = waiting()
    with committed():
        response = Client().post(f"/queue/{action.pk}/approve/", {"version": 1})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    with committed():
        response = Client().post(f"/queue/{action.pk}/reject/", {"reason": "x"})
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == "awaiting_approval"


def test_the_model_never_approves(world, sandbox):
    action = waiting()
    for actor in ("ai:triage", "system:pipeline", None):
        with committed(), pytest.raises(ApprovalRefused):
            approve_action(actor=actor, action_id=action.pk, version=1, channel="web")
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and not Review.objects.exists()
    approve(web("tech"), action)  # a person can
    action.refresh_from_db()
    assert action.status == "succeeded"


def test_requester_cannot_approve_their_own_request(world, sandbox):
    staff_user("adele", "adele.vance@contoso.example", ["contoso"])  # a technician who also works at Contoso
    own = waiting(requester="adele.vance@contoso.example",
                  params={"target": "alex.wilber@contoso.example", "group": "Finance-Readers"})
    card = web("adele").get("/queue/").content.decode()
    assert "You are the requester or the target of this action" in card
    assert f'action="/queue/{own.pk}/approve/"' not in card
    response = approve(web("adele"), own)
    assert b"The requester or the target of an action cannot approve it." in response.content
    own.refresh_from_db()
    assert own.status == "awaiting_approval"
    # Someone else's request with another target: the same person may approve.
    other = waiting(requester="megan.bowen@contoso.example",
                    params={"target": "alex.wilber@contoso.example", "group": "Finance-Readers"})
    approve(web("adele"), other)
    other.refresh_from_db()
    assert other.status == "succeeded"


def test_target_cannot_approve_a_change_to_their_own_account(world, sandbox):
    staff_user("alex", "alex.wilber@contoso.example", ["contoso"])
    about_alex = waiting(requester="megan.bowen@contoso.example",
                         params={"target": "alex.wilber@contoso.example", "group": "Finance-Readers"})
    response = approve(web("alex"), about_alex)
    assert b"cannot approve it" in response.content
    about_alex.refresh_from_db()
    assert about_alex.status == "awaiting_approval"
    response = reject(web("alex"), about_alex, "I do not want it")
    assert b"cannot approve it" in response.content
    about_alex.refresh_from_db()
    assert about_alex.status == "awaiting_approval"


def test_two_approvers_where_the_policy_asks_for_two(world, sandbox):
    action = waiting(approvals_required=2)
    first = approve(web("tech"), action)
    assert b"Your approval of Add to group" in first.content and b"1 of 2" in first.content
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and group_adds(sandbox) == []
    again = approve(web("tech"), action)  # the same person twice does not make two
    assert b"You have already decided on this action." in again.content
    action.refresh_from_db()
    assert action.status == "awaiting_approval"
    approve(web("tech2"), action)
    action.refresh_from_db()
    assert action.status == "succeeded"
    assert len(group_adds(sandbox)) == 1
    assert len(audit("approval.approved", action)) == 2
    assert any("Approval 2 of 2" in n for n in notes_of(sandbox, action))


def test_first_of_two_approvers_can_still_reject(world, sandbox):
    action = waiting(approvals_required=2)
    approve(web("tech"), action)
    stopped = reject(web("tech"), action, "On second look the manager never asked for this.")
    assert b"Rejected Add to group" in stopped.content
    action.refresh_from_db()
    assert action.status == "rejected" and group_adds(sandbox) == []
    assert list(Review.objects.filter(request__action=action).values_list("decision", flat=True)) == ["reject"]


def test_pipeline_opens_two_approver_requests_when_the_tenant_policy_says_so(world, sandbox, contoso_api):
    from tests.helpers import post_ticket, ticket_payload

    AutonomyPolicy.objects.update_or_create(tenant=None, kind="add_to_group",
                                            defaults={"mode": "approval", "approvals_required": 2})
    with committed():
        response = post_ticket(contoso_api, ticket_payload(
            "two-1", "adele.vance@contoso.example", name="Adele Vance", subject="Access to Finance-Readers group",
            body='Hi, please add me to the "Finance-Readers" group so I can read the reports. Thanks, Adele'))
    action = Action.objects.get(ticket_id=response.json()["id"])
    html = web("tech").get("/queue/").content.decode()
    assert f'id="card-{action.pk}"' in html and "Needs 2 approvers · 0 given" in html


def test_approval_binds_to_the_version_seen(world, sandbox):
    action = waiting()
    # Someone edits the action (version 2) while this technician still looks at version 1.
    Action.objects.filter(pk=action.pk).update(params={"target": action.target, "group": "Billing Team"}, version=2)
    stale = approve(web("tech"), action, version=1)
    assert b"The action changed since you looked at it; review it again." in stale.content
    action.refresh_from_db()
    assert action.status == "awaiting_approval"
    approve(web("tech"), action, version=2)
    action.refresh_from_db()
    assert action.status == "succeeded"


def test_editing_after_an_approval_needs_new_approvals(world, sandbox):
    action = waiting(approvals_required=2)
    approve(web("tech"), action)
    edited = approve(web("tech2"), action, edit="1", param_target=action.target, param_group="Billing Team",
                     comment="Billing, not finance")
    assert b"1 of 2" in edited.content  # tech's approval was of the old version and no longer counts
    action.refresh_from_db()
    assert action.version == 2 and action.params["group"] == "Billing Team"
    assert action.status == "awaiting_approval"
    assert list(Review.objects.filter(request__action=action).values_list("reviewer__username", flat=True)) == ["tech2"]
    approve(web("tech"), action, version=2)
    action.refresh_from_db()
    assert action.status == "succeeded"


def test_approve_with_edits_validates_against_the_schema_and_keeps_the_diff(world, sandbox):
    action = waiting()
    client = staff_client("tech")  # a mailbox grant below: the session has proved the second factor
    blank = approve(client, action, edit="1", param_target=action.target, param_group="")
    assert b"not approved: group: required." in blank.content
    action.refresh_from_db()
    assert action.status == "awaiting_approval" and action.version == 1

    mailbox = waiting(kind="grant_mailbox_access",
                      params={"target": "adele.vance@contoso.example", "mailbox": "billing@contoso.example",
                              "rights": "FullAccess"})
    bad = approve(client, mailbox, edit="1", param_target=mailbox.target, param_mailbox="billing@contoso.example",
                  param_rights="Owner")
    assert b"rights: Owner is not one of FullAccess, SendAs, SendOnBehalf" in bad.content
    mailbox.refresh_from_db()
    assert mailbox.params["rights"] == "FullAccess" and mailbox.status == "awaiting_approval"

    good = approve(client, action, edit="1", param_target=action.target, param_group="Billing Team",
                   comment="They asked for the wrong group")
    assert b"Approved Add to group" in good.content
    action.refresh_from_db()
    review = Review.objects.get(request__action=action)
    assert review.decision == "approve_with_edits"
    assert review.edits == {"group": {"from": "Finance-Readers", "to": "Billing Team"}}
    assert action.status == "succeeded" and action.version == 2
    groups = sandbox.sandbox.state()["graph"]["contoso"]["groups"]
    assert action.target in groups["Billing Team"] and action.target not in groups["Finance-Readers"]
    notes = notes_of(sandbox, action)
    assert any("Approved with edits by tech" in n and "group changed from 'Finance-Readers' to 'Billing Team'" in n
               for n in notes), notes


def test_reject_needs_a_reason_which_goes_to_the_ticket(world, sandbox):
    action = waiting()
    client = web("tech")
    empty = reject(client, action, "   ")
    assert b"a rejection needs a reason" in empty.content
    action.refresh_from_db()
    assert action.status == "awaiting_approval"

    done = reject(client, action, "Finance access needs the practice manager's OK first.")
    assert b"Rejected Add to group" in done.content
    action.refresh_from_db()
    assert action.status == "rejected"
    assert group_adds(sandbox) == []
    [event] = audit("approval.rejected", action)
    assert event.actor == "user:tech" and event.details["reason"].startswith("Finance access needs")
    assert action.ticket.events.filter(message__contains="Finance access needs the practice manager").exists()
    notes = notes_of(sandbox, action)
    assert any(n.startswith("Rejected by tech via web") and "Reason: Finance access needs the practice manager's OK"
               in n for n in notes), notes


def test_a_decided_action_cannot_be_decided_again(world, sandbox):
    action = waiting()
    reject(web("tech"), action, "Not without the manager.")
    late = approve(web("tech2"), action)
    assert b"This action is no longer waiting for approval (rejected)." in late.content
    action.refresh_from_db()
    assert action.status == "rejected"


def test_bulk_approve_takes_low_risk_items_and_refuses_the_rest(world, sandbox):
    unlock = waiting(kind="unlock_account", params={"target": "alex.wilber@contoso.example"})
    unlock2 = waiting(kind="unlock_account", params={"target": "diego.siciliani@contoso.example"})
    risky = waiting(kind="unlock_account", params={"target": "sarah.lee@contoso.example"},
                    reasons=["Risk signal: urgency or secrecy pressure in the request."])
    group = waiting()
    with committed():
        response = web("tech").post("/queue/bulk-approve/", {
            "item": [f"{a.pk}:{a.version}" for a in (unlock, unlock2, risky, group)], "next": "/queue/"}, follow=True)
    body = response.content.decode()
    assert "Approved 2 low-risk actions." in body
    assert f"#{risky.pk}: Unlock account carries risk signals" in body
    assert f"#{group.pk}: Add to group is a medium-risk action" in body
    statuses = {a.pk: Action.objects.get(pk=a.pk).status for a in (unlock, unlock2, risky, group)}
    assert statuses == {unlock.pk: "succeeded", unlock2.pk: "succeeded", risky.pk: "awaiting_approval",
                        group.pk: "awaiting_approval"}
    assert len(audit("approval.approved", unlock)) == 1


def test_bulk_approve_respects_tenant_permissions_and_versions(world, sandbox):
    theirs = waiting("fabrikam", kind="unlock_account", requester="tom.higgins@fabrikam.example",
                     params={"target": "tom.higgins@fabrikam.example"})
    stale = waiting(kind="unlock_account", params={"target": "alex.wilber@contoso.example"})
    Action.objects.filter(pk=stale.pk).update(version=2)
    with committed():
        response = web("tech").post("/queue/bulk-approve/", {
            "item": [f"{theirs.pk}:1", f"{stale.pk}:1"], "next": "/queue/"}, follow=True)
    body = response.content.decode()
    assert f"#{theirs.pk}: no longer waiting in your queue." in body
    assert f"#{stale.pk}: The action changed since you looked at it" in body
    assert not Review.objects.exists()


def test_after_a_decision_the_queue_keeps_its_filters_but_never_leaves_the_site(world, sandbox):
    action = waiting()
    with committed():
        kept = web("tech").post(f"/queue/{action.pk}/reject/", {"reason": "no", "next": "/queue/?tenant=contoso"})
    assert kept["Location"] == "/queue/?tenant=contoso"
    other = waiting()
    with committed():
        away = web("tech").post(f"/queue/{other.pk}/reject/", {"reason": "no", "next": "https://evil.example/queue/"})
    assert away["Location"] == "/queue/"


def test_a_technician_sees_and_edits_several_mailbox_rights_as_one_field(world, sandbox):
    """Rights may be a list: the card shows it as 'FullAccess, SendAs', offers each combination, and an edit to
    another combination is what runs (and only that: no right is added that was not chosen)."""
    from approvals.selectors import edit_fields

    mailbox = waiting(kind="grant_mailbox_access",
                      params={"target": "adele.vance@contoso.example", "mailbox": "billing@contoso.example",
                              "rights": ["FullAccess", "SendAs"]})
    field = next(f for f in edit_fields(mailbox.kind, mailbox.params) if f.name == "rights")
    assert field.value == "FullAccess, SendAs" and field.value in field.choices and field.required
    assert "SendAs, SendOnBehalf" in field.choices and "SendOnBehalf" in field.choices
    page = staff_client("tech").get("/queue/")
    assert b'<option value="FullAccess, SendAs" selected>' in page.content

    done = approve(staff_client("tech"), mailbox, edit="1", param_target=mailbox.target,
                   param_mailbox="billing@contoso.example", param_rights="SendAs, SendOnBehalf")
    assert b"Approved" in done.content
    mailbox.refresh_from_db()
    assert mailbox.params["rights"] == ["SendAs", "SendOnBehalf"]
    assert mailbox.status == "succeeded", (mailbox.status, mailbox.error)
    box = sandbox.sandbox.state()["exchange"]["contoso"]["billing@contoso.example"]
    adele = "adele.vance@contoso.example"
    assert adele in box["send_as"] and adele in box["send_on_behalf"] and adele not in box["full_access"]


def test_a_mailbox_action_without_rights_is_not_approved_until_a_technician_chooses_them(world, sandbox):
    """No default right: approving 'access to billing@' as it stands is refused with why, nothing reaches
    Exchange; choosing Send As in the edit approves exactly that."""
    mailbox = waiting(kind="grant_mailbox_access",
                      params={"target": "adele.vance@contoso.example", "mailbox": "billing@contoso.example"})
    client = staff_client("tech")
    plain = approve(client, mailbox)
    assert b"does not say which mailbox rights" in plain.content
    mailbox.refresh_from_db()
    assert mailbox.status == "awaiting_approval" and not Review.objects.filter(request__action=mailbox).exists()
    assert sandbox.sandbox.writes("exchange") == []
    assert audit("approval.refused", mailbox)

    chosen = approve(client, mailbox, edit="1", param_target=mailbox.target, param_mailbox="billing@contoso.example",
                     param_rights="SendAs")
    assert b"Approved" in chosen.content
    mailbox.refresh_from_db()
    assert mailbox.status == "succeeded" and mailbox.params["rights"] == "SendAs"
    box = sandbox.sandbox.state()["exchange"]["contoso"]["billing@contoso.example"]
    assert "adele.vance@contoso.example" in box["send_as"]
    assert "adele.vance@contoso.example" not in box["full_access"]  # never FullAccess by default
