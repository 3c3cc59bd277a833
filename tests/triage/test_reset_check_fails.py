"""A self-service password reset stopped at its own check (tickets/triage/reset_check_fails.py): the code never comes
or no method is registered, and the person needs the password reset, not a factor re-registered. And the near
readings that stay the factor's. Sets holdout68 and holdout91 showed the meaning; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("reset tool", "The password reset tool never sends me the verification code, so I can't reset my password. My number is right."),
    ("SSPR", "Forgot my password over the holidays. The self-service reset says no authentication methods are registered."),
    ("Passwort", "Ich habe mein Passwort vergessen und das Passwort-Tool schickt mir keinen Bestätigungscode."),
    ("mot de passe", "J'ai oublié mon mot de passe et le code de vérification n'arrive jamais sur l'outil de réinitialisation."),
    ("contraseña", "Olvidé mi contraseña y el código de verificación no me llega en la página de restablecimiento."),
    ("wachtwoord", "Ik ben mijn wachtwoord vergeten en de verificatiecode komt niet aan bij de resetpagina."),
])
def test_a_reset_stopped_at_its_check_is_a_reset(subject, body):
    result = triage(subject, body)
    assert result.category == "password_reset", result.reason


@pytest.mark.parametrize(("subject", "body"), [
    ("new phone", "I have a new phone and the MFA codes don't arrive on it anymore, please reset my MFA so I can register it again."),
    ("authenticator", "Lost my phone with the authenticator on it, please reset my MFA."),
])
def test_a_sign_in_factor_stays_the_factor(subject, body):
    result = triage(subject, body)
    assert result.category == "mfa_reset", result.reason
