"""Approving from Teams: the card's signed link opens a page; only a signed-in, permitted technician decides."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.test import Client
from django.utils import timezone

from approvals.channels.teams import LINK_SALT
from approvals.chat_models import ApprovalLink
from approvals.models import AutonomyPolicy, Review
from playbooks.models import Action
from tenants import access
from tenants.models import Tenant
from tests.chat.helpers import link_path, link_urls, teams_posts, waiting_group_add
from tests.foundation.test_permissions_and_admin import user_client
from tests.helpers import committed, internal_notes, psa_ticket

pytestmark = pytest.mark.django_db


def signed_in(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


def first_link(sandbox) -> str:
    urls = link_urls(teams_posts(sandbox)[0]["card"])
    assert len(urls) == 1
    return link_path(urls[0])


def undecided(action: Action) -> None:
    action.refresh_from_db()
    assert action.status == "awaiting_approval"
    assert not Review.objects.filter(request__action=action).exists()


def test_card_with_a_link_is_posted_to_the_tenant_webhook(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    posts = teams_posts(sandbox)
    assert len(posts) == 1
    card = posts[0]["card"]
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.4"
    text = str(card["body"])
    assert "Add to group for adele.vance@contoso.example" in text and "Finance-Readers" in text
    assert "Requester" in text and "Verification" in text
    [url] = link_urls(card)
    assert url.startswith("http") and "/approvals/link/" in url
    link = ApprovalLink.objects.get(request__action=action)
    assert (link.action_version, link.used_at) == (1, None)
    assert teams_posts(sandbox, "northwind") == []


def test_link_requires_login(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    path = first_link(sandbox)
    with committed():
        responses = (Client().get(path), Client().post(path, {"decision": "approve"}))
    for response in responses:
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")
    undecided(action)


def test_permitted_technician_sees_the_action_and_approves(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    path = first_link(sandbox)
    tech = signed_in("tech")
    page = tech.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert "adele.vance@contoso.example" in html and "Finance-Readers" in html
    assert 'value="approve"' in html and 'name="csrfmiddlewaretoken"' in html
    undecided(action)  # opening the link (or a link scanner fetching it) decides nothing

    with committed():
        done = tech.post(path, {"decision": "approve", "comment": "ok from Teams"})
    assert done.status_code == 200
    assert "Your approval is recorded" in done.content.decode()
    action.refresh_from_db()
    assert action.status == "succeeded", action.error
    review = Review.objects.get(request__action=action)
    assert (review.reviewer.username, review.channel, review.comment) == ("tech", "teams", "ok from Teams")
    notes = internal_notes(psa_ticket(sandbox, action.ticket.psa_ticket_id))
    assert any("Approved by tech via teams" in n for n in notes), notes
    # Teams cannot edit a card: the outcome is posted as a new one, without a link.
    outcome = teams_posts(sandbox)[-1]["card"]
    assert "Approved by tech via teams" in str(outcome["body"]) and link_urls(outcome) == []


def test_link_post_needs_the_csrf_token(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username="tech"))
    with committed():
        assert client.post(first_link(sandbox), {"decision": "approve"}).status_code == 403
    undecided(action)


@pytest.mark.parametrize("username", ["auditor", "outsider"])
def test_link_with_an_unpermitted_user_is_refused(contoso_api, sandbox, username):
    action = waiting_group_add(contoso_api)
    if username == "outsider":
        get_user_model().objects.create_user("outsider", email="someone@elsewhere.example")
    client = signed_in(username)
    path = first_link(sandbox)
    page = client.get(path)
    assert page.status_code == 403
    assert "adele.vance" not in page.content.decode()  # nothing about the ticket leaks
    with committed():
        assert client.post(path, {"decision": "approve"}).status_code == 403
    undecided(action)
    # The refused attempts did not spend the link.
    with committed():
        assert signed_in("tech").post(path, {"decision": "approve"}).status_code == 200


def test_requester_as_approver_is_refused_and_the_link_stays_usable(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    adele = get_user_model().objects.create_user("adele", email="adele.vance@contoso.example")
    access.grant_role(adele, Tenant.objects.get(slug="contoso"), "technician")
    path = first_link(sandbox)
    with committed():
        refused = signed_in("adele").post(path, {"decision": "approve"})
    assert refused.status_code == 403 and "requester or the target" in refused.content.decode()
    undecided(action)
    with committed():
        assert signed_in("tech").post(path, {"decision": "approve"}).status_code == 200


def test_used_link_is_refused_the_second_time(contoso_api, sandbox, world):
    AutonomyPolicy.objects.update_or_create(tenant=Tenant.objects.get(slug="contoso"), kind="add_to_group",
                                            defaults={"mode": "approval", "approvals_required": 2})
    action = waiting_group_add(contoso_api)
    path = first_link(sandbox)
    with committed():
        assert signed_in("tech").post(path, {"decision": "approve"}).status_code == 200
    with committed():
        responses = (signed_in("tech2").get(path), signed_in("tech2").post(path, {"decision": "approve"}))
    for response in responses:
        assert response.status_code == 410
        assert "already been used" in response.content.decode()
    action.refresh_from_db()
    assert action.status == "awaiting_approval"
    # The follow-up card carries a fresh link for the second technician.
    follow_up = teams_posts(sandbox)[-1]["card"]
    assert "1 of 2 (tech)" in str(follow_up["body"])
    fresh = link_path(link_urls(follow_up)[0])
    assert fresh != path
    with committed():
        assert signed_in("tech2").post(fresh, {"decision": "approve"}).status_code == 200
    action.refresh_from_db()
    assert action.status == "succeeded"


def test_reject_through_a_link_needs_a_reason(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    path = first_link(sandbox)
    tech = signed_in("tech")
    with committed():
        assert tech.post(path, {"decision": "reject", "reason": "  "}).status_code == 403
    undecided(action)
    with committed():
        assert tech.post(path, {"decision": "reject", "reason": "HR has not signed off"}).status_code == 200
    action.refresh_from_db()
    assert action.status == "rejected"
    assert Review.objects.get(request__action=action).comment == "HR has not signed off"


def test_tampered_link_is_refused(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    path = first_link(sandbox)
    token = path.rstrip("/").rsplit("/", 1)[1]
    link = ApprovalLink.objects.get(request__action=action)
    forged_version = signing.TimestampSigner(salt=LINK_SALT).sign_object({"a": action.pk, "v": 2, "n": link.nonce})
    other_salt = signing.TimestampSigner(salt="elsewhere").sign_object({"a": action.pk, "v": 1, "n": link.nonce})
    tech = signed_in("tech")
    for bad in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), forged_version, other_salt):
        assert tech.get(f"/approvals/link/{bad}/").status_code == 404
        with committed():
            assert tech.post(f"/approvals/link/{bad}/", {"decision": "approve"}).status_code == 404
    undecided(action)


def test_expired_link_is_refused(contoso_api, sandbox):
    action = waiting_group_add(contoso_api)
    path = first_link(sandbox)
    ApprovalLink.objects.filter(request__action=action).update(expires_at=timezone.now() - timedelta(seconds=1))
    tech = signed_in("tech")
    assert tech.get(path).status_code == 410
    with committed():
        assert tech.post(path, {"decision": "approve"}).status_code == 410
    undecided(action)


def test_link_for_an_older_version_cannot_approve(contoso_api, sandbox, world):
    AutonomyPolicy.objects.update_or_create(tenant=Tenant.objects.get(slug="contoso"), kind="add_to_group",
                                            defaults={"mode": "approval", "approvals_required": 2})
    action = waiting_group_add(contoso_api)
    old = first_link(sandbox)
    with committed():
        assert user_client("tech").post(f"/api/v1/actions/{action.pk}/approve", {"params": {"group": "Billing Team"}},
                                        format="json").status_code == 200
    page = signed_in("tech2").get(old)
    assert page.status_code == 200 and "has changed since" in page.content.decode()
    assert 'value="approve"' not in page.content.decode()
    with committed():
        assert signed_in("tech2").post(old, {"decision": "approve"}).status_code == 403
    action.refresh_from_db()
    assert action.status == "awaiting_approval"
    # The follow-up card's link is for version 2 and works.
    fresh = link_path(link_urls(teams_posts(sandbox)[-1]["card"])[0])
    with committed():
        assert signed_in("tech2").post(fresh, {"decision": "approve"}).status_code == 200
    action.refresh_from_db()
    assert action.status == "succeeded" and action.version == 2
