"""The policy matrix keeps the conditions it does not show, edits `secret_delivery` as a column, and says what the
floor does to group removals (a technician decides) as well as to adds (never)."""

from __future__ import annotations

import pytest

from approvals.models import AutonomyPolicy
from tenants.models import Tenant
from tests.service_lead.pages import matrix_cells, matrix_form, set_row
from tests.service_lead.test_policy_matrix import MSP_MATRIX, matrix_url


@pytest.mark.django_db
def test_saving_a_row_keeps_conditions_the_matrix_does_not_show(lead):
    contoso = Tenant.objects.get(slug="contoso")
    AutonomyPolicy.objects.create(tenant=contoso, kind="reset_mfa", mode="autonomous",
                                  conditions={"secret_delivery": "manager", "future_rule": {"x": 1}})
    url = matrix_url("contoso")
    data = matrix_form(lead, url)
    set_row(data, "reset_mfa", business_hours_only=True)
    assert lead.post(url, data).status_code == 302
    policy = AutonomyPolicy.objects.get(tenant=contoso, kind="reset_mfa")
    assert policy.conditions == {"secret_delivery": "manager", "future_rule": {"x": 1}, "business_hours_only": True}


@pytest.mark.django_db
def test_secret_delivery_is_a_column_for_actions_that_create_a_secret(lead):
    url = matrix_url("contoso")
    html = lead.get(url).content.decode()
    assert 'name="policy-' in html and "Secret link" in html
    for value in ("manager", "requester"):
        assert f'<option value="{value}"' in html
    data = matrix_form(lead, url)
    set_row(data, "reset_password", mode="autonomous", secret_delivery="requester")
    assert lead.post(url, data).status_code == 302
    policy = AutonomyPolicy.objects.get(tenant__slug="contoso", kind="reset_password")
    assert policy.conditions == {"secret_delivery": "requester"}
    cells = matrix_cells(lead.get(url).content.decode(), "reset_password")
    assert "the one-time secret link goes in the reply to the requester" in cells["detail"]

    data = matrix_form(lead, url)  # clearing the column removes the condition (the default applies again)
    set_row(data, "reset_password", secret_delivery="")
    assert lead.post(url, data).status_code == 302
    assert AutonomyPolicy.objects.get(tenant__slug="contoso", kind="reset_password").conditions == {}


@pytest.mark.django_db
def test_secret_delivery_is_refused_for_an_action_without_a_secret(lead):
    url = matrix_url("contoso")
    data = matrix_form(lead, url)
    set_row(data, "unlock_account", mode="autonomous", secret_delivery="manager")
    response = lead.post(url, data)
    assert response.status_code == 200
    assert "Only actions that create a one-time secret have a delivery channel." in response.content.decode()
    assert not AutonomyPolicy.objects.filter(tenant__slug="contoso").exists()


@pytest.mark.django_db
def test_floor_note_says_removals_from_admin_groups_need_a_technician(lead):
    html = lead.get(MSP_MATRIX).content.decode()
    removal = matrix_cells(html, "remove_from_group")["admin_note"]
    assert "never autonomous for removals from admin or role-assignable groups" in removal
    assert "into" not in removal
    add = matrix_cells(html, "add_to_group")["admin_note"]
    assert "forbidden for adds to admin or role-assignable groups" in add
