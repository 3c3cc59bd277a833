"""Issue 12's classes that unseen tickets got wrong, from both sides, in the five languages triage reads.

A question about how something works is answered by a person and changes no account; a request put as a question
("can you reset my password?") is still the request. Costliest first: a question about passwords must never become
a password reset for its writer.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Passwords", "What's the minimum length for a password here, and do you need a number in it?"),
    ("password question", "Do I have to change my password every 90 days or is that only for admins?"),
    ("MFA", "Does the MFA app need to be installed on a personal phone, or is a work mobile fine too?"),
    ("Starter", "How much notice should we give you before a new starter's first day?"),
    ("Mailbox", "Is there a maximum size for a mailbox? Just planning ahead."),
    ("Licences", "Which licences are we paying for at the moment? The board asked me."),
    ("Lockout policy", "How many failed logins before an account is locked?"),
    ("Kennwort", "Wie lang muss ein neues Kennwort mindestens sein?"),
    ("Mot de passe", "Quelle est la longueur minimale d'un mot de passe chez nous ?"),
    ("Contraseña", "¿Cada cuánto tiempo tenemos que cambiar la contraseña?"),
    ("Wachtwoord", "Hoe vaak moeten we ons wachtwoord eigenlijk wijzigen?"),
    ("question", "Could you tell me what the rules are for a new password?"),
])
def test_a_question_about_a_policy_is_not_a_request(subject, body):
    result = triage(subject, body)
    assert result.category == "other", result.reason
    assert result.intents == []
    assert result.needs_human


@pytest.mark.parametrize(("subject", "body", "category", "kind"), [
    ("password", "Can you reset my password? It stopped working after the weekend.", "password_reset", "reset_password"),
    ("Dave", "Could you unlock Dave Morris? He mistyped it too often.", "account_unlock", "unlock_account"),
    ("Authenticator", "Can you reset my authenticator? My old phone was wiped.", "mfa_reset", "reset_mfa"),
    ("Passwort", "Könnten Sie bitte mein Passwort zurücksetzen?", "password_reset", "reset_password"),
    ("Mot de passe", "Pourriez-vous réinitialiser mon mot de passe ?", "password_reset", "reset_password"),
    ("Cuenta", "¿Podéis desbloquear mi cuenta? Está bloqueada.", "account_unlock", "unlock_account"),
    ("Wachtwoord", "Kunnen jullie mijn wachtwoord resetten?", "password_reset", "reset_password"),
    ("Locked", "Why is my account locked again?", "account_unlock", "unlock_account"),
])
def test_a_request_put_as_a_question_is_still_the_request(subject, body, category, kind):
    result = triage(subject, body)
    assert result.category == category, result.reason
    assert [i["kind"] for i in result.intents][:1] == [kind]
