"""ManagerConfirmation in the admin: listed and shown read-only, never with the link's token or its nonce."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from approvals.manager_link import link_url, make_token
from approvals.manager_models import ManagerConfirmation
from tenants.models import Tenant
from tests.helpers import staff_client as web
from tickets.services import ingest_ticket

URL = "/admin/approvals/managerconfirmation/"


@pytest.fixture
def confirmation(world) -> ManagerConfirmation:
    ticket, _ = ingest_ticket(actor="system:test", tenant=Tenant.objects.get(slug="contoso"), source="api",
                              external_id="mc-admin-1", subject="New phone - reset my MFA", body="Lost my phone.",
                              requester_email="adele.vance@contoso.example", requester_name="Adele", enqueue=False)
    return ManagerConfirmation.objects.create(
        ticket=ticket, target="adele.vance@contoso.example", manager_email="megan.bowen@contoso.example",
        manager_name="Megan Bowen", reason="the ticket says the phone was lost", nonce="n0nce-Secret-Value-123456",
        expires_at=timezone.now() + timedelta(hours=4))


@pytest.mark.django_db
def test_list_and_detail_pages_render_without_the_token_or_nonce(confirmation):
    lead = web("lead")
    token = make_token(confirmation)
    for url in (URL, f"{URL}{confirmation.pk}/change/"):
        page = lead.get(url)
        assert page.status_code == 200, url
        html = page.content.decode()
        assert "megan.bowen@contoso.example" in html
        assert token not in html and confirmation.nonce not in html and link_url(token) not in html
        assert "/verify/manager/" not in html


@pytest.mark.django_db
def test_the_admin_cannot_change_add_or_delete_a_confirmation(confirmation):
    lead = web("lead")
    page = lead.get(f"{URL}{confirmation.pk}/change/").content.decode()
    assert 'name="status"' not in page and "Save" not in page
    response = lead.post(f"{URL}{confirmation.pk}/change/", {"status": "confirmed", "manager_email": "x@evil.example"})
    assert response.status_code == 403
    assert lead.get(f"{URL}add/").status_code == 403
    assert lead.post(f"{URL}{confirmation.pk}/delete/", {"post": "yes"}).status_code == 403
    confirmation.refresh_from_db()
    assert (confirmation.status, confirmation.manager_email) == ("sent", "megan.bowen@contoso.example")


@pytest.mark.django_db
def test_staff_without_view_permission_are_refused(confirmation):
    response = web("tech").get(URL)
    assert response.status_code in (302, 403)
    assert b"megan.bowen" not in response.content
