"""Service-lead screens: signed-in browsers for the demo staff and for a service lead of one tenant only."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from sandbox.demo import demo_password
from tenants import access
from tenants.models import Tenant
from tests.service_lead.pages import browser
from tests.service_lead.value_data import seed_tailspin


@pytest.fixture
def lead(world: dict[str, Any]) -> Client:
    """The demo service lead (a superuser)."""
    return browser("lead")


@pytest.fixture
def auditor(world: dict[str, Any]) -> Client:
    """Staff with VIEW (and VIEW_AUDIT) on every demo tenant, but not MANAGE."""
    return browser("auditor")


@pytest.fixture
def contoso_lead(world: dict[str, Any]) -> Client:
    """A staff member who is service lead (MANAGE) for contoso only: no superuser powers."""
    user = get_user_model().objects.create_user("contoso-lead", "cl@harbor-it.example", demo_password(),
                                                is_staff=True)
    access.grant_role(user, Tenant.objects.get(slug="contoso"), "service_lead")
    return browser("contoso-lead")


@pytest.fixture
def tailspin(db: Any) -> Tenant:
    """A live tenant with a fixed set of March and April 2026 tickets (tests/service_lead/value_data.py)."""
    return seed_tailspin()
