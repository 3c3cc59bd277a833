"""Issue 15: the value report over the API and as CSV, tenant-scoped through tenants/access.py."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from approvals.models import ApprovalRequest
from tenants import access
from tenants.models import Tenant
from tenants.services import create_api_token
from tests.helpers import committed, post_ticket, ticket_payload, token_client
from tests.service_lead.pages import browser
from tests.service_lead.value_data import at, make_ticket
from tickets.models import Ticket

URL = "/api/v1/reports/value/"
MARCH_APRIL = {"from": "2026-03-01", "to": "2026-04-30"}


def user_key(username: str) -> str:
    _, key = create_api_token(actor="system:test", name=f"{username}-token",
                              user=get_user_model().objects.get(username=username))
    return key


@pytest.fixture
def tailspin_in_world(world, tailspin):
    """Tailspin beside the demo tenants, with a service lead of its own and one of Contoso's."""
    users = get_user_model().objects
    tailspin_lead = users.create_user("tailspin-lead", "tl@harbor-it.example", "pw-tailspin-1", is_staff=True)
    access.grant_role(tailspin_lead, tailspin, "service_lead")
    contoso_lead = users.create_user("contoso-lead", "cl@harbor-it.example", "pw-contoso-1", is_staff=True)
    access.grant_role(contoso_lead, Tenant.objects.get(slug="contoso"), "service_lead")
    return tailspin


@pytest.mark.django_db
def test_a_tenants_lead_reads_the_figures_with_their_definitions(tailspin_in_world):
    response = token_client(user_key("tailspin-lead")).get(URL, {"tenant": "tailspin", **MARCH_APRIL})
    assert response.status_code == 200, response.content
    data = response.json()
    assert (data["scope"], data["from"], data["to"], data["time_zone"]) == (
        "tailspin", "2026-03-01", "2026-04-30", "America/New_York")
    total = data["rows"][-1]
    assert (total["month"], total["tickets"], total["minutes_saved"], total["dollars_saved"]) == ("total", 8, 47.0, 70.5)
    assert (total["autonomous_rate"], total["reopen_rate"], total["median_minutes_to_close"]) == (28.6, 20.0, 10.0)
    assert total["after_hours_resolved"] == 1
    assert set(data["definitions"]) >= {"autonomous", "minutes_saved", "dollars_saved", "reopen_rate",
                                        "median_minutes_to_close", "after_hours_resolved"}
    assert data["plan_mode"] == {"tickets": 1, "would_be_autonomous": 1, "would_have_saved_minutes": 10.0,
                                 "would_have_saved_hours": 0.17, "would_have_saved_dollars": 15.0}


@pytest.mark.django_db
def test_csv_export_is_the_rows_the_page_shows(tailspin_in_world):
    response = token_client(user_key("tailspin-lead")).get(URL, {"tenant": "tailspin", "format": "csv",
                                                                 **MARCH_APRIL})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert 'filename="rallied-value-tailspin-2026-03-01-2026-04-30.csv"' in response["Content-Disposition"]
    api_rows = list(csv.DictReader(io.StringIO(response.content.decode())))

    tenant = Tenant.objects.get(slug="tailspin")
    page = browser("lead").get(f"/admin/tenants/tenant/{tenant.pk}/report/", {"start": "2026-03-01",
                                                                              "end": "2026-04-30"})
    csv_link = page.context["csv_query"]
    page_csv = browser("lead").get(f"/admin/tenants/tenant/{tenant.pk}/report/?{csv_link}")
    assert page_csv.status_code == 200
    assert page_csv.content == response.content
    shown = [(row["tenant"], row["month"], [str(v) if v is not None else "" for _, v in cells])
             for row, cells in page.context["value_rows"]]
    assert shown == [(r["tenant"], r["month"], list(r.values())[2:]) for r in api_rows]


@pytest.mark.django_db
def test_another_tenants_lead_cannot_read_it_and_a_tenant_token_reads_none(tailspin_in_world, tenant_key):
    contoso_lead = token_client(user_key("contoso-lead"))
    refused = contoso_lead.get(URL, {"tenant": "tailspin"})
    assert refused.status_code == 403 and "tailspin" in refused.json()["detail"]
    assert contoso_lead.get(URL, {"tenant": "no-such-tenant"}).status_code == 403
    # Without a tenant: only what they may view; Tailspin's tickets are not in their figures.
    mine = contoso_lead.get(URL, MARCH_APRIL).json()
    assert mine["tenants"] == ["contoso"] and mine["rows"][-1]["tickets"] == 0
    psa = token_client(tenant_key("contoso")).get(URL, {"tenant": "contoso"})
    assert psa.status_code == 403
    tenant = Tenant.objects.get(slug="tailspin")
    assert browser("contoso-lead").get(f"/admin/tenants/tenant/{tenant.pk}/report/?format=csv").status_code == 403
    assert token_client(None).get(URL).status_code == 401


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "field"), [
    ({"from": "2026-13-01"}, "from"),
    ({"to": "yesterday"}, "to"),
    ({"from": "2026-04-02", "to": "2026-04-01"}, "from"),
    ({"from": "2020-01-01", "to": "2026-01-01"}, "to"),
    ({"format": "xlsx"}, "format"),
])
def test_bad_query_is_a_400_naming_the_parameter(tailspin_in_world, query, field):
    response = token_client(user_key("tailspin-lead")).get(URL, {"tenant": "tailspin", **query})
    assert response.status_code == 400
    assert list(response.json()) == [field]


@pytest.mark.django_db
def test_msp_wide_rows_price_each_tenant_at_its_own_cost(tailspin_in_world):
    # A Contoso autonomous unlock at the MSP default ($60, 12 minutes) beside Tailspin's ($90).
    make_ticket(Tenant.objects.get(slug="contoso"), "account_unlock", at(5, 3, 10), status="resolved",
                closed_after=3, actions=[("unlock_account", "autonomous", "succeeded")])
    data = token_client(user_key("lead")).get(URL, MARCH_APRIL).json()
    assert data["scope"] == "all" and data["time_zone"] == "UTC"
    by_key = {(r["tenant"], r["month"]): r for r in data["rows"]}
    assert by_key[("all", "total")]["minutes_saved"] == 59.0
    assert by_key[("all", "total")]["dollars_saved"] == 82.5  # 47 min at $90 + 12 min at $60
    assert by_key[("contoso", "total")]["dollars_saved"] == 12.0
    assert by_key[("tailspin", "total")]["dollars_saved"] == 70.5


@pytest.mark.django_db
def test_the_api_reads_a_constant_number_of_queries(tailspin_in_world):
    client = token_client(user_key("tailspin-lead"))
    client.get(URL, {"tenant": "tailspin", **MARCH_APRIL})
    with CaptureQueriesContext(connection) as few:
        client.get(URL, {"tenant": "tailspin", **MARCH_APRIL})
    for day in range(1, 21):
        make_ticket(tailspin_in_world, "account_unlock", at(day, 4, 12), status="resolved", closed_after=5,
                    actions=[("unlock_account", "autonomous", "succeeded")])
    with CaptureQueriesContext(connection) as many:
        assert client.get(URL, {"tenant": "tailspin", **MARCH_APRIL}).json()["rows"][-1]["tickets"] == 28
    assert len(many) == len(few), [q["sql"][:100] for q in many.captured_queries]


@pytest.mark.django_db
def test_a_ticket_stores_the_reports_minutes_not_twelve_for_everything(contoso_api, sandbox):
    """The ticket API's minutes_saved follows the report's definition: a technician's approval that took five
    minutes leaves 12 - 5 = 7 of the category's 12."""
    with committed():
        posted = post_ticket(contoso_api, ticket_payload(
            "value-approved", "adele.vance@contoso.example", name="Adele Vance",
            subject="Access to Finance-Readers group",
            body='Hi, please add me to the "Finance-Readers" group so I can read the reports. Thanks, Adele'))
    ticket = Ticket.objects.get(pk=posted.json()["id"])
    action = ticket.actions.get()
    assert (ticket.status, action.decision) == ("awaiting_approval", "approval")
    ApprovalRequest.objects.filter(action=action).update(created_at=timezone.now() - timedelta(minutes=5))
    with committed():
        approved = token_client(user_key("tech")).post(f"/api/v1/actions/{action.pk}/approve",
                                                      {"version": action.version}, format="json")
    assert approved.status_code == 200, approved.content
    shown = contoso_api.get(f"/api/v1/tickets/{ticket.pk}/").json()
    assert (shown["status"], shown["minutes_saved"]) == ("resolved", 7)
