"""The password rules asked about beside a refusal told (tickets/triage/rules_asked.py): `other`, a question for a
technician. A reset asked in so many words, or a forgotten or expired password, stays a reset.

A meaning that came back wrong in sets h85 and h90; the sentences are our own.
"""

from __future__ import annotations

import pytest

from tickets.triage import triage


@pytest.mark.parametrize(("subject", "body"), [
    ("Password refused", "I'm changing my password and it says it does not meet the complexity requirements. It has 16 characters with symbols. What exactly is required?"),
    ("Policy", "Read about the new password policy. Is it 12 characters now, and do I have to change mine today or only at the next expiry?"),
    ("Passwortregeln", "Mein neues Passwort wird abgelehnt, es erfülle die Richtlinien nicht. Welche Anforderungen gelten genau?"),
    ("Mot de passe", "Mon nouveau mot de passe est refusé par le portail. Quelles sont exactement les règles ?"),
    ("Contraseña", "Al cambiar la contraseña me dice que no cumple la política. ¿Cuáles son exactamente los requisitos?"),
    ("Wachtwoord", "Mijn nieuwe wachtwoord wordt geweigerd bij het wijzigen. Wat zijn precies de regels?"),
])
def test_the_rules_asked_are_a_question(subject: str, body: str) -> None:
    result = triage(subject, body)
    assert result.category == "other", (subject, body, result.category, result.reasoning)


@pytest.mark.parametrize(("subject", "body"), [
    ("Password", "My new password is refused by the rules, what are the rules? Please just reset it for me."),
    ("Forgot", "I forgot my password. What are the rules for the new one?"),
    ("Expired", "My password has expired and I can't sign in. What exactly is required for a new one?"),
])
def test_a_reset_asked_stays_a_reset(subject: str, body: str) -> None:
    result = triage(subject, body)
    assert result.category == "password_reset", (subject, body, result.category, result.reasoning)
