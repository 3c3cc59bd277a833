"""A paused tenant shows on the admin home and on its own page; a service lead resumes it there, a technician cannot."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from audit.models import AuditEvent
from audit.services import record
from tenants.models import Tenant
from tenants.services import pause_tenant
from tests.approvals.factories import staff_user
from tests.helpers import committed, verified

pytestmark = pytest.mark.django_db
REASON = "6 sensitive actions ran in 10 minutes (the limit is 5)"


@pytest.fixture
def paused(trust_world) -> Tenant:
    tenant = Tenant.objects.get(slug="contoso")
    with committed():
        pause_tenant(actor="system:kill-switch", tenant=tenant, reason=REASON)
    return tenant


def signed_in(role: str, slugs: list[str] | None = None) -> Client:
    user = staff_user(f"staff-{role}", f"{role}@harbor-it.example", slugs or ["contoso"], role=role)
    user.is_staff = True
    user.save()
    return verified(Client(), user)


def test_the_admin_home_shows_the_pause_with_a_resume_button_for_the_service_lead(paused):
    page = signed_in("service_lead").get(reverse("admin:index")).content.decode()
    assert "Autonomy paused for Contoso" in page and REASON in page
    assert reverse("admin:tenants_tenant_resume", args=[paused.pk]) in page and "Resume autonomy" in page


def test_a_technician_sees_the_pause_but_no_resume_button(paused):
    page = signed_in("technician").get(reverse("admin:index")).content.decode()
    assert "Autonomy paused for Contoso" in page
    assert "Resume autonomy" not in page and "A service lead of this tenant can resume it" in page


def test_staff_of_another_tenant_do_not_see_it(paused):
    page = signed_in("service_lead", ["northwind"]).get(reverse("admin:index")).content.decode()
    assert "Autonomy paused" not in page


def test_the_tenant_page_shows_the_pause_and_the_button(paused):
    page = signed_in("service_lead").get(reverse("admin:tenants_tenant_change", args=[paused.pk])).content.decode()
    assert "Autonomy paused for Contoso" in page and "Resume autonomy" in page


def test_a_service_lead_resumes_from_the_admin_with_a_reason(paused):
    client = signed_in("service_lead")
    url = reverse("admin:tenants_tenant_resume", args=[paused.pk])
    with committed():
        refused = client.post(url, {"comment": "", "next": reverse("admin:index")})
    assert refused.status_code == 302 and Tenant.objects.get(pk=paused.pk).paused  # a reason is required
    with committed():
        done = client.post(url, {"comment": "Integration bug fixed", "next": reverse("admin:index")})
    assert done.status_code == 302 and done["Location"] == reverse("admin:index")
    assert not Tenant.objects.get(pk=paused.pk).paused
    event = AuditEvent.objects.get(verb="tenant.resumed")
    assert event.actor == "user:staff-service_lead" and event.details["comment"] == "Integration bug fixed"
    assert "Autonomy paused" not in client.get(reverse("admin:index")).content.decode()


def test_a_technician_is_refused_and_the_tenant_stays_paused(paused):
    client = signed_in("technician")
    with committed():
        response = client.post(reverse("admin:tenants_tenant_resume", args=[paused.pk]), {"comment": "please"})
    assert response.status_code == 403
    assert Tenant.objects.get(pk=paused.pk).paused
    assert not AuditEvent.objects.filter(verb="tenant.resumed").exists()


def test_resume_only_answers_a_post_and_never_redirects_off_site(paused):
    client = signed_in("service_lead")
    url = reverse("admin:tenants_tenant_resume", args=[paused.pk])
    assert client.get(url).status_code == 405
    with committed():
        response = client.post(url, {"comment": "ok", "next": "https://evil.example/"})
    assert response["Location"] == reverse("admin:tenants_tenant_change", args=[paused.pk])


def test_the_tenant_page_lists_the_identities_under_watch(trust_world):
    tenant = Tenant.objects.get(slug="contoso")
    url = reverse("admin:tenants_tenant_change", args=[tenant.pk])
    assert "Under watch" not in signed_in("service_lead").get(url).content.decode()
    with committed():
        record(actor="system:kill-switch", verb="tenant.refusal_burst", obj=tenant, tenant=tenant,
               details={"attempts": 5, "minutes": 10, "limit": 5, "targets": ["adele.vance@contoso.example"]})
    page = verified(Client(), get_user_model().objects.get(username="lead")).get(url).content.decode()
    assert "Under watch after a burst of refused attempts" in page and "adele.vance@contoso.example until" in page
