"""The admin as a cockpit: the home page's counts (scoped to the person's tenants, each a link to what it counts),
records that must not change shown read-only, search where a person looks, and "View site" leading somewhere."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone

from approvals.models import ApprovalRequest
from playbooks.models import Action
from sandbox.demo import demo_password
from tenants import access
from tenants.models import Connection, Tenant
from tests.approvals.factories import waiting
from tests.service_lead.pages import browser
from tickets.models import Ticket
from tickets.services import ingest_ticket


def counts(client: Client) -> dict[str, tuple[int, str]]:
    """The home page's counts as shown: key -> (number, link)."""
    html = client.get("/admin/").content.decode()
    found = re.findall(r'data-count="(\w+)">\s*<a href="([^"]+)"><span class="rl-big" data-testid="count-\w+">(\d+)',
                       html)
    return {key: (int(n), url.replace("&amp;", "&")) for key, url, n in found}


def listed(client: Client, url: str) -> int:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.context["cl"].result_count


@pytest.fixture
def seeded(world: dict[str, Any]) -> dict[str, Any]:
    """Contoso: two waiting approvals, a stuck ticket. Northwind: paused, one escalation today. Fabrikam: one
    waiting approval and a failing Slack connection. Plus what must not count: an escalation of yesterday, a
    disabled connection's old error, an approval already decided."""
    waiting("contoso", requester="adele.vance@contoso.example")
    waiting("contoso", requester="alex.wilber@contoso.example")
    waiting("fabrikam", requester="kim.abercrombie@fabrikam.example")
    decided = waiting("contoso", requester="diego.siciliani@contoso.example")
    ApprovalRequest.objects.filter(action=decided).update(status="rejected", decided_at=timezone.now())
    contoso, northwind = Tenant.objects.get(slug="contoso"), Tenant.objects.get(slug="northwind")
    stuck, _ = ingest_ticket(actor="system:test", tenant=contoso, source="api", external_id="stuck-1",
                             subject="VPN will not connect", body=".", requester_email="lynne@contoso.example",
                             enqueue=False)
    Ticket.objects.filter(pk=stuck.pk).update(updated_at=timezone.now() - timedelta(hours=2))
    for external_id, when in (("esc-today", timezone.now()), ("esc-old", timezone.now() - timedelta(days=2))):
        ticket, _ = ingest_ticket(actor="system:test", tenant=northwind, source="api", external_id=external_id,
                                  subject="Printer on fire", body=".", requester_email="nancy@northwind.example",
                                  enqueue=False)
        Ticket.objects.filter(pk=ticket.pk).update(status="escalated", updated_at=when)
    Tenant.objects.filter(pk=northwind.pk).update(paused=True, paused_reason="burst", paused_at=timezone.now())
    Connection.objects.filter(tenant__slug="fabrikam", vendor="slack").update(
        last_error="post notice: channel_not_found", last_error_at=timezone.now())
    Connection.objects.filter(tenant__slug="contoso", vendor="teams").update(
        last_error="old", last_error_at=timezone.now() - timedelta(days=3))
    return {"stuck": stuck, "decided": decided}


def lead_of(slug: str) -> Client:
    user = get_user_model().objects.create_user(f"{slug}-lead", f"{slug}-lead@harbor-it.example", demo_password(),
                                                is_staff=True)
    access.grant_role(user, Tenant.objects.get(slug=slug), "service_lead")
    return browser(user.get_username())


@pytest.mark.django_db
def test_home_counts_what_needs_the_lead_and_each_count_lists_exactly_it(seeded):
    lead = browser("lead")
    shown = counts(lead)
    assert {k: n for k, (n, _) in shown.items()} == {"waiting": 3, "escalated": 1, "paused": 1, "failing": 1,
                                                      "stuck": 1}
    for key, (n, url) in shown.items():
        assert listed(lead, url) == n, (key, url)
    stuck = lead.get(shown["stuck"][1]).context["cl"].result_list
    assert [t.pk for t in stuck] == [seeded["stuck"].pk]


@pytest.mark.django_db
def test_a_lead_of_one_tenant_counts_only_that_tenant_and_the_links_show_no_other(seeded):
    fabrikam = lead_of("fabrikam")
    shown = counts(fabrikam)
    assert {k: n for k, (n, _) in shown.items()} == {"waiting": 1, "escalated": 0, "paused": 0, "failing": 1,
                                                      "stuck": 0}
    for key, (n, url) in shown.items():
        assert listed(fabrikam, url) == n, (key, url)
    northwind = lead_of("northwind")
    shown = counts(northwind)
    assert {k: n for k, (n, _) in shown.items()} == {"waiting": 0, "escalated": 1, "paused": 1, "failing": 0,
                                                      "stuck": 0}


@pytest.mark.django_db
def test_records_are_read_only_and_configuration_stays_editable(seeded):
    lead = browser("lead")
    action: Action = Action.objects.filter(status="awaiting_approval").first()
    ticket = action.ticket
    for url in (f"/admin/tickets/ticket/{ticket.pk}/change/", f"/admin/playbooks/action/{action.pk}/change/",
                f"/admin/approvals/approvalrequest/{action.approval.pk}/change/"):
        html = lead.get(url).content.decode()
        assert 'name="_save"' not in html and 'class="deletelink"' not in html, url
        assert 'name="_continue"' not in html and 'name="_addanother"' not in html, url
    # The ticket's events are shown, with no way to add, change or remove one.
    page = lead.get(f"/admin/tickets/ticket/{ticket.pk}/change/")
    inline = page.context["inline_admin_formsets"][0]
    assert inline.has_add_permission is False and inline.has_change_permission is False
    assert inline.has_delete_permission is False
    before = Ticket.objects.get(pk=ticket.pk).subject
    assert lead.post(f"/admin/tickets/ticket/{ticket.pk}/change/", {"subject": "hand edit"}).status_code == 403
    assert lead.post(f"/admin/tickets/ticket/{ticket.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Ticket.objects.get(pk=ticket.pk).subject == before
    # What people legitimately edit keeps its Save button.
    contoso = Tenant.objects.get(slug="contoso")
    connection = Connection.objects.get(tenant=contoso, vendor="slack")
    for url in (f"/admin/tenants/tenant/{contoso.pk}/change/", f"/admin/tenants/connection/{connection.pk}/change/",
                "/admin/tenants/protectedidentity/add/", "/admin/tenants/serviceaccount/add/"):
        assert 'name="_save"' in lead.get(url).content.decode(), url


@pytest.mark.django_db
def test_search_finds_records_where_a_person_looks(seeded):
    lead = browser("lead")
    action = Action.objects.get(target="alex.wilber@contoso.example")
    Ticket.objects.filter(pk=action.ticket_id).update(psa_ticket_id="48213")
    assert listed(lead, "/admin/tickets/ticket/?q=48213") == 1
    assert listed(lead, "/admin/tickets/ticket/?q=alex.wilber") == 1
    assert listed(lead, "/admin/playbooks/action/?q=48213") == 1
    assert listed(lead, "/admin/playbooks/action/?q=kim.abercrombie") == 1
    assert listed(lead, "/admin/approvals/approvalrequest/?q=alex.wilber") == 1
    assert listed(lead, "/admin/approvals/approvalrequest/?q=48213") == 1
    assert listed(lead, "/admin/tenants/connection/?q=channel_not_found") == 1
    assert listed(lead, "/admin/tenants/connection/?q=Fabrikam") == Connection.objects.filter(
        tenant__slug="fabrikam").count()
    # Search stays inside the person's tenants.
    assert listed(lead_of("fabrikam"), "/admin/tickets/ticket/?q=alex.wilber") == 0


@pytest.mark.django_db
def test_view_site_leads_to_the_review_queue(world):
    lead = browser("lead")
    html = lead.get("/admin/").content.decode()
    link = re.search(r'<a href="([^"]+)">View site</a>', html)
    assert link and link.group(1) == "/queue/"
    assert lead.get(link.group(1)).status_code == 200
