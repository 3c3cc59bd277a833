"""Through the whole pipeline: every request the intents read becomes its own action, never an action on the
wrong person or the opposite of what was asked (the sandbox's own state is the judge)."""

from __future__ import annotations

import pytest

from playbooks.models import Action
from tests.helpers import submit_ticket as _submit


@pytest.mark.django_db
def test_a_removal_becomes_a_removal_never_an_add(contoso_api, sandbox):
    ticket = _submit(contoso_api, "pi-1", "Finance-Readers",
                     "Hello,\nplease remove alex.wilber@contoso.example from the Finance-Readers group, he moved "
                     "to sales.\n\nMegan Bowen\nOffice Manager")
    assert [i["kind"] for i in ticket.intents] == ["remove_from_group"]
    kinds = list(Action.objects.filter(ticket=ticket).values_list("kind", flat=True))
    assert "add_to_group" not in kinds
    assert kinds == ["remove_from_group"], ticket.escalation_reason


@pytest.mark.django_db
def test_two_people_are_two_actions_each_on_its_own_person(contoso_api, sandbox):
    ticket = _submit(contoso_api, "pi-2", "Billing Team",
                     "Please add Alex Wilber and Adele Vance to the Billing Team group.\n\nMegan Bowen")
    assert [(i["kind"], i["target_name"]) for i in ticket.intents] == [
        ("add_to_group", "Alex Wilber"), ("add_to_group", "Adele Vance")]
    targets = sorted(Action.objects.filter(ticket=ticket).values_list("target", flat=True))
    assert targets == ["adele.vance@contoso.example", "alex.wilber@contoso.example"], ticket.escalation_reason
