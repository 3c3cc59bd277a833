"""A login in one application for someone who already works here (already has Windows and e-mail, already in the
company, an existing employee) is not an onboarding: no directory account is to be made
(tickets/triage/objects.py, the onboarding veto). With the near tickets, a real newcomer's accounts, that stay
onboardings. Sets holdout9, holdout10 and h102 showed it; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("planning tool id", "Please create a user id in the planning tool for Mara Voss, she already has Windows and email. "
                         "Started in logistics last month."),
    ("warehouse app login", "Can you create a warehouse app login for me, I already have a Windows login."),
    ("id for existing employee", "Please create a quality system user id for dtrwqz, moved from sales to the lab."),
    ("CAD-Benutzer", "Bitte einen CAD-Benutzer für Herrn Falk anlegen, er hat schon ein Windows-Konto und ist bereits "
                     "im Unternehmen."),
    ("compte outil", "Merci de créer un identifiant dans l'outil de planning pour Mme Roux, elle a déjà son compte "
                     "Windows."),
])
def test_an_application_login_for_someone_already_here_is_not_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category != "onboarding", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new starter", "New starter Ines Park starts on Monday in finance, please create her account and email."),
    ("Neuer Mitarbeiter", "Neuer Mitarbeiter Tom Haas ab 1.5. im Einkauf, bitte Benutzerkonto und Postfach anlegen."),
    ("new starter like colleague", "New starter on Monday, Leo Brandt, please set up accounts like existing user "
                                   "kmrtz in the same team."),
])
def test_a_newcomers_accounts_stay_an_onboarding(subject, body):
    result = triage(subject, body)
    assert result.category == "onboarding", result.reason
