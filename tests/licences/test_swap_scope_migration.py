"""tenants 0007: an existing service account allowed to assign and remove licences is allowed to swap them; one
allowed only one of the two is not widened."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps

from tenants.models import ServiceAccount

migration = importlib.import_module("tenants.migrations.0007_swap_license_scope")


@pytest.mark.django_db
def test_swap_is_granted_only_where_assign_and_remove_both_are(world):
    both = ServiceAccount.objects.filter(connection__vendor="entra")[:1].get()
    both.allowed_kinds = ["add_to_group", "assign_license", "remove_license"]
    both.save(update_fields=["allowed_kinds"])
    only_assign = ServiceAccount.objects.create(tenant=both.tenant, connection=both.connection, name="assign-only",
                                                allowed_kinds=["assign_license"])
    migration.grant_swap(apps, None)
    both.refresh_from_db()
    only_assign.refresh_from_db()
    assert both.allowed_kinds == ["add_to_group", "assign_license", "remove_license", "swap_license"]
    assert only_assign.allowed_kinds == ["assign_license"]
    migration.take_swap_back(apps, None)
    both.refresh_from_db()
    assert both.allowed_kinds == ["add_to_group", "assign_license", "remove_license"]
