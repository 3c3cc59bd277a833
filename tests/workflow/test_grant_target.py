"""A grant of access or a licence goes to the requester only when they ask for it in the first person."""

import pytest

from playbooks.planning import intent_values
from rallied.intents import Intent
from tickets.models import Ticket

MEGAN = "megan.bowen@contoso.example"


def values_for(body: str, intent: Intent) -> dict[str, str]:
    ticket = Ticket(requester_email=MEGAN, subject="Mailbox", body=body, entities={})
    return intent_values(ticket, intent, only=True)


@pytest.mark.parametrize("body", [
    "Sarah Lee soll im Auftrag von billing@contoso.example senden dürfen (Send on Behalf).",
    "Sarah Lee doit pouvoir envoyer de la part de billing@contoso.example.",
    "Please set up Send As on billing@contoso.example for the new coordinator.",
])
def test_a_grant_for_someone_triage_could_not_name_is_not_given_to_the_requester(body):
    intent = Intent(kind="grant_mailbox_access", object="billing@contoso.example", rights=("SendOnBehalf",),
                    text=body)
    assert "target" not in values_for(body, intent)  # the planner hands it over as "does not say whose"


@pytest.mark.parametrize("body", [
    "Please give me Send As on billing@contoso.example.",
    "Bitte gib mir Vollzugriff auf billing@contoso.example.",
    "Pouvez-vous me donner l'accès à billing@contoso.example ?",
    "Geef mij toegang tot billing@contoso.example.",
])
def test_a_requester_asking_for_themself_is_the_target(body):
    intent = Intent(kind="grant_mailbox_access", object="billing@contoso.example", rights=("FullAccess",), text=body)
    assert values_for(body, intent)["target"] == MEGAN


def test_a_sign_in_problem_with_no_name_is_still_the_requesters():
    body = "Password expired this morning, cannot get into Outlook."
    assert values_for(body, Intent(kind="reset_password", text=body))["target"] == MEGAN
