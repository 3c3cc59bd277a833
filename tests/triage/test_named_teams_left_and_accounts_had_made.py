"""A person taken out of a team named in quotes, in the five languages and German's and Dutch's verb-final order
(tickets/triage/stays_or_goes.py), and an account had made for a newcomer, the participle after it ("can he get an
account set up", tickets/triage/joiner_leaver_words.CREATE_ACCOUNT). And the near readings: a team named without quotes, an
account that exists set up on a device. holdout28 (a hospital group's) showed them; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Team", "Bitte Herrn Adler aus dem Team \"Qualitätszirkel\" entfernen, er ist nicht mehr dabei."),
    ("Team", "Please remove me from the 'Rota Leads' team, I have moved to days."),
    ("Équipe", "Pouvez-vous retirer Paul de l'équipe « Achats » ?"),
    ("Team", "Graag Sanne uit het team 'Inkoop' verwijderen."),
])
def test_taken_out_of_a_named_team_is_a_membership(subject, body):
    result = triage(subject, body)
    assert result.category == "group_membership", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("Team", "Our team is too busy to take the audit this month, who else can do it?"),
    ("Phone", "Can you get my account set up on the new phone? The email app asks for a server."),
])
def test_a_team_or_an_account_named_otherwise_changes_nothing(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


def test_an_account_had_made_for_a_newcomer_is_an_onboarding():
    result = triage("New radiographer", "We have a new radiographer, Ola Berg, starting on the 4th. Can she get an "
                                         "account set up like Tom Reid's please?")
    assert result.category == "onboarding", result.reason
