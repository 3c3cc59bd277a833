"""The second factor's codes refused while the writer says nothing changed (tickets/triage/other_senses.py): the
factor is in hand and makes codes, so a clock or a sync is to look at, not a factor to register again. And the near
readings that stay MFA resets: a new phone, a re-registration asked. holdout28 (a hospital group's) showed them; the
sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Verification code not accepted", "The verification code keeps failing when I sign in to email from home. Same "
                                       "phone, nothing changed."),
    ("Authenticator", "My authenticator codes are rejected every time I sign in from home. Same phone, nothing changed."),
    ("Bestätigungscode", "Der Bestätigungscode ist beim Anmelden von zu Hause immer falsch. Gleiches Handy, nichts "
                         "geändert."),
    ("Code de vérification", "Le code de vérification est refusé à chaque connexion depuis chez moi. Même téléphone, "
                             "rien n'a changé."),
    ("Verificatiecode", "De verificatiecode is steeds ongeldig als ik thuis inlog. Zelfde telefoon, niets veranderd."),
])
def test_codes_refused_with_nothing_changed_ask_for_no_mfa_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("MFA", "My authenticator codes are rejected since I got a new phone. Please reset my MFA."),
    ("MFA", "Authenticator code wrong every time, same phone, nothing changed. Please reset my MFA."),
])
def test_a_reset_asked_or_a_new_phone_is_still_an_mfa_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason
