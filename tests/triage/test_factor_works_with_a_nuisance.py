"""A second factor said to work, with a nuisance beside it (tickets/triage/second_factor.py, _WORKS_WITH_A_NUISANCE):
the push does not pop up but approving in the app signs the writer in. A notification setting to look at, no factor
to register again. And the near tickets that are resets: a new or lost phone, or a reset asked. Set h104 showed the
meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("authenticator pop-up", "The authenticator push never pops up on my phone, I have to open the app to approve. "
                             "It works, but it's annoying."),
    ("MFA Benachrichtigung", "Die Authenticator-App zeigt keine Benachrichtigung, ich muss die App öffnen und dort "
                             "bestätigen. Funktioniert, aber nervig."),
    ("notification MFA", "L'application d'authentification n'affiche pas la notification, je dois l'ouvrir. Ça "
                         "marche mais c'est pénible."),
    ("authenticator melding", "De authenticator geeft geen melding meer, ik moet de app zelf openen. Het werkt wel "
                              "maar irritant."),
])
def test_a_factor_that_works_with_a_nuisance_is_no_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("authenticator new phone", "Got a new phone and the authenticator has no accounts now. Email works, but I cannot "
                                "approve sign-ins. Please reset my MFA."),
    ("MFA reset", "The authenticator shows no notification at all and the codes are refused. Please reset my MFA so I "
                  "can register it again."),
])
def test_a_factor_to_register_again_stays_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason
