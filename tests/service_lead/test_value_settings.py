"""Issue 15: what a ticket is worth at a tenant (minutes per category, hourly cost) and when it is after hours."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from tenants.models import Tenant
from tests.service_lead.pages import browser
from workflow.charts import Series, Total, stacked_bar_chart, trend_chart
from workflow.value import DEFAULT_MINUTES, dollars_for, hourly_cost, is_after_hours, minutes_for


def tenant(**fields) -> Tenant:
    values = {"name": "Tailspin", "slug": "tailspin", "domains": ["tailspin.example"], **fields}
    return Tenant.objects.create(**values)


@pytest.mark.django_db
def test_minutes_per_category_default_to_twelve_and_follow_the_tenant():
    t = tenant(minutes_per_category={"onboarding": 45, "password_reset": 8})
    assert DEFAULT_MINUTES == 12
    assert minutes_for(t, "onboarding") == 45 and minutes_for(t, "password_reset") == 8
    assert minutes_for(t, "account_unlock") == 12 and minutes_for(t, "") == 12


@pytest.mark.django_db
@override_settings(RALLIED_HOURLY_COST=Decimal("60"))
def test_hourly_cost_is_the_msp_default_unless_the_tenant_overrides_it():
    t = tenant()
    assert hourly_cost(t) == Decimal("60")
    assert dollars_for(t, 12) == Decimal("12.00")
    t.hourly_cost = Decimal("85.50")
    t.save()
    t.refresh_from_db()
    assert hourly_cost(t) == Decimal("85.50")
    assert dollars_for(t, 7) == Decimal("9.98")  # 7 × 85.50 / 60 = 9.975, rounded half up


@pytest.mark.django_db
@pytest.mark.parametrize(("fields", "field", "says"), [
    ({"hourly_cost": Decimal("-1")}, "hourly_cost", "cannot be negative"),
    ({"minutes_per_category": {"printer_jam": 10}}, "minutes_per_category", "Unknown category 'printer_jam'"),
    ({"minutes_per_category": {"onboarding": -5}}, "minutes_per_category", "onboarding: minutes as a whole number"),
    ({"minutes_per_category": {"onboarding": "45"}}, "minutes_per_category", "whole number"),
    ({"minutes_per_category": [12]}, "minutes_per_category", "A JSON object"),
])
def test_bad_value_settings_are_refused_naming_the_field(fields, field, says):
    with pytest.raises(ValidationError) as refused:
        tenant(**fields)
    assert field in refused.value.message_dict
    assert says in " ".join(refused.value.message_dict[field])
    assert not Tenant.objects.filter(slug="tailspin").exists()


@pytest.mark.django_db
def test_the_admin_form_names_a_negative_cost_and_keeps_the_old_value(world):
    contoso = Tenant.objects.get(slug="contoso")
    page = browser("lead").get(f"/admin/tenants/tenant/{contoso.pk}/change/")
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {name: form[name].value() for name in form.fields}
    data = {k: ("" if v is None else v) for k, v in data.items() if not isinstance(v, bool) or v}
    for name in ("domains", "business_hours", "authorized_requesters", "minutes_per_category"):
        data[name] = form[name].value()
    data.update({"hourly_cost": "-20", "connections-TOTAL_FORMS": "0", "connections-INITIAL_FORMS": "0"})
    response = browser("lead").post(f"/admin/tenants/tenant/{contoso.pk}/change/", data)
    assert response.status_code == 200
    assert "The hourly cost cannot be negative" in response.content.decode()
    contoso.refresh_from_db()
    assert contoso.hourly_cost is None


@pytest.mark.django_db
def test_after_hours_is_outside_the_tenants_business_hours_in_its_time_zone():
    t = tenant(time_zone="America/Chicago", business_hours={"days": [1, 2, 3, 4, 5], "start": "08:00", "end": "18:00"})
    chicago = ZoneInfo("America/Chicago")
    assert not is_after_hours(t, datetime(2026, 3, 4, 9, 0, tzinfo=chicago))  # Wednesday morning
    assert is_after_hours(t, datetime(2026, 3, 4, 19, 0, tzinfo=chicago))  # Wednesday evening
    assert is_after_hours(t, datetime(2026, 3, 7, 10, 0, tzinfo=chicago))  # Saturday
    # 23:30 UTC on Wednesday is 17:30 in Chicago: still open there.
    assert not is_after_hours(t, datetime(2026, 3, 4, 23, 30, tzinfo=ZoneInfo("UTC")))
    always_open = tenant(name="Open", slug="open", business_hours={})
    assert not is_after_hours(always_open, datetime(2026, 3, 7, 3, 0, tzinfo=chicago))


def test_charts_are_inline_svg_with_their_totals_as_text_and_nothing_from_a_cdn():
    trend = trend_chart(key="hours", title="Hours saved by month", labels=["Jan 2026", "Feb 2026"],
                        series=[Series("Hours saved", [1.5, 2.25])],
                        totals=[Total("hours_saved", "Hours saved", "3.75")])
    assert '<figure class="rl-chart" data-chart="hours">' in trend
    assert '<svg role="img" aria-labelledby="chart-hours-title"' in trend
    assert '<dd data-total="hours_saved">3.75</dd>' in trend
    assert "<th scope=\"row\">Feb 2026</th><td>2.25</td>" in trend
    assert "<script" not in trend and "//kozea" not in trend and "http://pygal" not in trend
    bars = stacked_bar_chart(key="categories", title="Tickets by category", labels=["password <reset>"],
                             series=[Series("Autonomous", [3]), Series("Approved", [1])])
    assert "password &lt;reset&gt;" in bars and "password <reset>" not in bars
