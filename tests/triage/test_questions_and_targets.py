"""Issue 12 triage, from both sides: a question is not a request, and a request is read whole in every language."""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Question", "How do I reset my password?"),
    ("Password reset", "How do I reset my password?"),
    ("Self-service", "Can users reset their own password?"),
    ("Groups", "what is the process to add someone to a group"),
    ("Passwort", "Wie kann ich mein Passwort zurücksetzen?"),
    ("Mot de passe", "Comment puis-je réinitialiser mon mot de passe ?"),
    ("Contraseña", "¿Cómo puedo restablecer mi contraseña?"),
    ("Wachtwoord", "Hoe kan ik mijn wachtwoord resetten?"),
    ("Sessions", "How do I sign out of all sessions on my old laptop and unlock my account myself?"),
])
def test_a_question_about_how_it_is_done_is_not_a_request(subject, body):
    result = triage(subject, body)
    assert result.category == "other"
    assert result.intents == []
    assert result.needs_human


@pytest.mark.parametrize(("subject", "body", "category"), [
    ("Password", "Can you reset my password?", "password_reset"),
    ("Password", "I forgot my password, how do I reset it?", "password_reset"),
    ("Locked", "Is it possible to unlock my account? I'm locked out.", "account_unlock"),
    ("upgrade to E3", "Can we upgrade aisha.walsh@northwind.example from Business Basic to E3?", "license_change"),
])
def test_a_request_asked_politely_as_a_question_is_still_a_request(subject, body, category):
    result = triage(subject, body)
    assert result.category == category
    assert result.intents
