"""Which playbook plans a ticket: the tenant's own for the category, else the MSP default; a disabled one is not
there. Read in one query since issue 17, so pinned here from both sides: a tenant whose own playbook is later in
the table than the default still gets its own, and a tenant without one (or with a disabled one) the default."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from playbooks.models import Playbook, PlaybookStep
from playbooks.planning import playbook_for
from tenants.models import Tenant
from tickets.models import Ticket

CATEGORY = "test_choice"


def _ticket(tenant: Tenant) -> Ticket:
    return Ticket(tenant=tenant, category=CATEGORY)


def _playbook(tenant: Tenant | None, name: str, *, enabled: bool = True) -> Playbook:
    playbook = Playbook.objects.create(tenant=tenant, category=CATEGORY, name=name, enabled=enabled)
    PlaybookStep.objects.create(playbook=playbook, order=1, kind="reset_password",
                                params_template={"target": "{target}"})
    return playbook


@pytest.mark.django_db
def test_the_tenants_own_playbook_wins_over_the_default_created_before_it(world):
    contoso, fabrikam = Tenant.objects.get(slug="contoso"), Tenant.objects.exclude(slug="contoso").first()
    default = _playbook(None, "MSP default")
    own = _playbook(contoso, "Contoso's own")
    assert own.pk > default.pk  # the own one is not first by pk: the choice is not an accident of order
    with CaptureQueriesContext(connection) as seen:
        chosen = playbook_for(_ticket(contoso))
    assert chosen == own
    assert [s.kind for s in chosen.steps.all()] == ["reset_password"]  # steps came with it
    # The playbook and its steps in one query (issue 17: two, the playbook then its steps, before).
    assert len(seen.captured_queries) == 1, [q["sql"] for q in seen.captured_queries]
    assert playbook_for(_ticket(fabrikam)) == default


@pytest.mark.django_db
def test_a_disabled_own_playbook_leaves_the_default_and_a_disabled_default_leaves_none(world):
    contoso = Tenant.objects.get(slug="contoso")
    default = _playbook(None, "MSP default")
    _playbook(contoso, "Contoso's own, switched off", enabled=False)
    assert playbook_for(_ticket(contoso)) == default
    Playbook.objects.filter(pk=default.pk).update(enabled=False)
    assert playbook_for(_ticket(contoso)) is None


@pytest.mark.django_db
def test_a_chosen_playbook_without_steps_is_still_the_one_chosen(world):
    contoso = Tenant.objects.get(slug="contoso")
    _playbook(None, "MSP default")
    own = Playbook.objects.create(tenant=contoso, category=CATEGORY, name="Contoso's own, empty")
    chosen = playbook_for(_ticket(contoso))
    assert chosen == own and list(chosen.steps.all()) == []
