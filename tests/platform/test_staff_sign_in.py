"""Staff sign-in: wrong passwords lock the username out from that address (django-axes), a second factor can be
enrolled (django-otp TOTP), and a service lead uses the admin only with it. Both sides of each."""

from __future__ import annotations

import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from audit.models import AuditEvent
from sandbox.demo import demo_password
from tenants import access
from tenants.models import Tenant
from tests.helpers import otp_code, staff_client

LOGIN = "/accounts/login/"


def sign_in(client: Client, username: str, password: str, address: str = "10.0.0.1"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.django_db
@override_settings(AXES_FAILURE_LIMIT=5)
def test_wrong_passwords_lock_the_account_out_from_that_address(world):
    client = Client()
    for _ in range(5):
        assert sign_in(client, "tech", "wrong-password").status_code in (200, 429)
    locked = sign_in(client, "tech", demo_password())
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
    # The lockout is for that username from that address: the same person from elsewhere, and another person
    # from the same address, still sign in.
    assert sign_in(Client(), "tech", demo_password(), address="10.0.0.2").status_code == 302
    assert sign_in(Client(), "tech2", demo_password()).status_code == 302


@pytest.mark.django_db
@override_settings(AXES_FAILURE_LIMIT=5)
def test_a_few_typos_then_the_right_password_signs_in(world):
    client = Client()
    for _ in range(4):
        assert sign_in(client, "tech", "wrong-password").status_code == 200
    assert sign_in(client, "tech", demo_password()).status_code == 302
    assert client.get("/queue/").status_code == 200


@pytest.mark.django_db
def test_service_lead_needs_the_second_factor_for_the_admin(world):
    lead = Client()
    assert sign_in(lead, "lead", demo_password()).status_code == 302
    page = lead.get("/admin/tickets/ticket/", follow=True)
    assert page.redirect_chain[-1][0].startswith("/accounts/otp/")
    assert "Enter your code" in page.content.decode()
    # A wrong code changes nothing.
    wrong = lead.post("/accounts/otp/", {"code": "000000", "next": "/admin/tickets/ticket/"})
    assert wrong.status_code == 200 and "not valid" in wrong.content.decode()
    assert lead.get("/admin/tickets/ticket/").status_code == 302
    # The code from the lead's app: the admin opens, and the lead is sent where they were going.
    user = get_user_model().objects.get(username="lead")
    right = lead.post("/accounts/otp/", {"code": otp_code(user), "next": "/admin/tickets/ticket/"})
    assert right.status_code == 302 and right["Location"] == "/admin/tickets/ticket/"
    assert lead.get("/admin/tickets/ticket/").status_code == 200


@pytest.mark.django_db
def test_a_code_is_accepted_once(world):
    user = get_user_model().objects.get(username="lead")
    code = otp_code(user)
    first, second = Client(), Client()
    first.force_login(user)
    second.force_login(user)
    assert first.post("/accounts/otp/", {"code": code}).status_code == 302
    assert second.post("/accounts/otp/", {"code": code}).status_code == 200  # replayed: refused
    assert second.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_staff_who_are_not_leads_use_the_admin_with_a_password(world):
    """The auditor (read-only, no tenant to manage) is not asked for the factor in the admin."""
    auditor = Client()
    assert sign_in(auditor, "auditor", demo_password()).status_code == 302
    assert auditor.get("/admin/audit/auditevent/").status_code == 200
    # A per-tenant service lead (not a superuser) is a lead: asked for the factor.
    user = get_user_model().objects.create_user("contoso-lead", password="x-test-pass-1", is_staff=True)
    access.grant_role(user, Tenant.objects.get(slug="contoso"), "service_lead")
    assert access.is_service_lead(user)
    lead = Client()
    lead.force_login(user)
    assert lead.get("/admin/").status_code == 302


@pytest.mark.django_db
def test_a_new_lead_enrols_an_authenticator_app(world):
    user = get_user_model().objects.create_user("new-lead", password="x-test-pass-1", is_staff=True,
                                                is_superuser=True)
    client = Client()
    client.force_login(user)
    page = client.get("/admin/", follow=True)
    html = page.content.decode()
    assert "Set up your authenticator app" in html and "<svg" in html
    pending = TOTPDevice.objects.get(user=user, confirmed=False)
    assert page.context["manual_key"] in html
    assert page["Cache-Control"].startswith("max-age=0") or "no-store" in page["Cache-Control"]
    # Reloading shows the same pending key, not a new one each time.
    client.get("/accounts/otp/")
    assert TOTPDevice.objects.filter(user=user).count() == 1

    assert client.post("/accounts/otp/", {"code": "123456"}).status_code == 200
    assert not TOTPDevice.objects.get(pk=pending.pk).confirmed
    time.sleep(1.1)  # django-otp makes the next try wait a second after a wrong code (its throttling)
    code = f"{totp(pending.bin_key, pending.step, pending.t0, pending.digits, pending.drift):06d}"
    assert client.post("/accounts/otp/", {"code": code, "next": "/admin/"}).status_code == 302
    assert TOTPDevice.objects.get(pk=pending.pk).confirmed
    assert client.get("/admin/").status_code == 200
    # The key is never shown again, and never in the audit trail (which records the enrolment).
    again = client.get("/accounts/otp/").content.decode()
    assert "Enter your code" in again and page.context["manual_key"] not in again
    event = AuditEvent.objects.get(verb="staff.second_factor_enrolled", actor="user:new-lead")
    assert pending.key not in str(event.details) and page.context["manual_key"] not in str(event.details)


@pytest.mark.django_db
def test_the_second_factor_page_only_sends_people_to_this_site(world):
    user = get_user_model().objects.get(username="lead")
    client = Client()
    client.force_login(user)
    response = client.post("/accounts/otp/", {"code": otp_code(user), "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert staff_client("lead").get("/admin/").status_code == 200


@pytest.mark.django_db
def test_the_demo_prints_its_staff_codes_and_only_for_demo_devices(world):
    import io

    from django.core.management import call_command
    from django.core.management.base import CommandError

    out = io.StringIO()
    call_command("demo_otp", "lead", stdout=out)
    client = Client()
    client.force_login(get_user_model().objects.get(username="lead"))
    assert client.post("/accounts/otp/", {"code": out.getvalue().strip()}).status_code == 302
    assert client.get("/admin/").status_code == 200
    # A device someone enrolled themself is never printed.
    own = get_user_model().objects.create_user("real-lead", password="x-test-pass-1", is_staff=True)
    TOTPDevice.objects.create(user=own, name="Authenticator app", confirmed=True)
    with pytest.raises(CommandError):
        call_command("demo_otp", "real-lead", stdout=io.StringIO())
