"""The tenant's admin page changes mode and the kill switch through their services: each change typed into the
form leaves the same audit event as the dedicated buttons (the value report reads live mode from those events)."""

from __future__ import annotations

import pytest

from audit.models import AuditEvent
from tenants.models import Tenant
from tests.helpers import staff_client
from tests.robust.test_tenant_settings import _change_form_data


def _post(data: dict, tenant: Tenant, **changes):
    form = {**data, **changes}
    for name, value in changes.items():
        if value is None:
            form.pop(name, None)  # an unticked checkbox is absent from the post
    response = staff_client("lead").post(f"/admin/tenants/tenant/{tenant.pk}/change/", form)
    assert response.status_code == 302, response.context["adminform"].form.errors
    return Tenant.objects.get(pk=tenant.pk)


def _verbs(tenant: Tenant) -> list[str]:
    return list(AuditEvent.objects.filter(tenant=tenant, verb__startswith="tenant.").order_by("id")
                .values_list("verb", flat=True))


@pytest.mark.django_db
def test_a_mode_typed_into_the_tenant_form_is_recorded_like_the_go_live_switch(world):
    tenant = Tenant.objects.get(slug="contoso")
    before, other = tenant.mode, "plan" if tenant.mode == "live" else "live"
    data = _change_form_data(staff_client("lead"), tenant)

    unchanged = _post(data, tenant)
    assert unchanged.mode == before and _verbs(tenant) == []

    changed = _post(data, tenant, mode=other)
    assert changed.mode == other
    event = AuditEvent.objects.get(tenant=tenant, verb="tenant.mode_changed")
    assert event.details == {"from": before, "to": other}
    assert event.actor == "user:lead"


@pytest.mark.django_db
def test_the_kill_switch_typed_into_the_tenant_form_pauses_and_resumes_with_their_records(world):
    tenant = Tenant.objects.get(slug="contoso")
    assert not tenant.paused
    data = _change_form_data(staff_client("lead"), tenant)

    paused = _post(data, tenant, paused="on")
    assert paused.paused and paused.paused_at is not None and paused.paused_reason
    resumed = _post(_change_form_data(staff_client("lead"), tenant), tenant, paused=None)
    assert not resumed.paused and resumed.resumed_at is not None
    assert _verbs(tenant) == ["tenant.paused", "tenant.resumed"]


@pytest.mark.django_db
def test_the_kill_switchs_reason_and_times_cannot_be_typed(world):
    tenant = Tenant.objects.get(slug="contoso")
    data = _change_form_data(staff_client("lead"), tenant)
    saved = _post(data, tenant, paused_reason="typed by hand", paused_at_0="2020-01-01", paused_at_1="00:00:00")
    assert saved.paused_reason == "" and saved.paused_at is None
