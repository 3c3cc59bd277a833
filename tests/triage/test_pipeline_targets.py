"""Through the whole pipeline: a named colleague never turns into an action on the requester."""

from __future__ import annotations

import pytest

from playbooks.models import Action
from tests.helpers import submit_ticket as _submit

MEGAN = "megan.bowen@contoso.example"


@pytest.mark.django_db
def test_a_colleague_named_by_address_is_the_target(contoso_api, sandbox):
    ticket = _submit(
        contoso_api, "tgt-1", "Add Alex to Finance-Readers",
        "Hello,\nplease add alex.wilber@contoso.example to the Finance-Readers group so he can see the month-end "
        "reports.\n\nMegan Bowen\nOffice Manager",
    )
    assert ticket.category == "group_membership" and ticket.status != "escalated", ticket.escalation_reason
    action = Action.objects.get(ticket=ticket)
    assert action.target == "alex.wilber@contoso.example"
    assert action.params["group"] == "Finance-Readers"


@pytest.mark.django_db
def test_a_colleague_named_without_address_is_resolved_in_the_directory(contoso_api, sandbox):
    ticket = _submit(contoso_api, "tgt-2", "Finance-Readers",
                     "Please add Alex Wilber to the Finance-Readers group.\n\nMegan Bowen\nOffice Manager")
    assert ticket.status != "escalated", ticket.escalation_reason
    action = Action.objects.get(ticket=ticket)
    assert action.target == "alex.wilber@contoso.example"  # the named colleague, never Megan's own account
    assert ticket.events.filter(
        message="Resolved 'Alex Wilber' to alex.wilber@contoso.example in the directory.").exists()


@pytest.mark.django_db
def test_a_colleague_the_directory_does_not_know_goes_to_a_technician(contoso_api, sandbox):
    ticket = _submit(contoso_api, "tgt-4", "Finance-Readers",
                     "Please add Alex Wilbur to the Finance-Readers group.\n\nMegan Bowen\nOffice Manager")
    assert ticket.status == "escalated"
    assert "No one named 'Alex Wilbur' in the directory" in ticket.escalation_reason
    assert not Action.objects.filter(ticket=ticket).exists()  # in particular none on Megan's own account
    assert sandbox.sandbox.writes("graph") == []


@pytest.mark.django_db
def test_a_leaver_without_address_never_disables_the_requester(contoso_api, sandbox):
    ticket = _submit(contoso_api, "tgt-3", "Leaver",
                     "Alex Wilber is leaving the company, last day 30.06.2025. Please disable the account.")
    assert ticket.category == "offboarding"
    assert ticket.status == "escalated"
    assert not Action.objects.filter(ticket=ticket, target=MEGAN).exists()
    assert sandbox.sandbox.writes("graph") == []
